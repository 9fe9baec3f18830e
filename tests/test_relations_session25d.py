"""Relations, session 25 (d): family states (parent, grandparent, aunt or uncle, cousin). Sentences are our
own, with invented names; the cast is hand-built (``build`` from test_relations)."""

from __future__ import annotations

from test_relations import build, states


def test_borrowed_parent_title_is_the_narrators_parent(nlp):
    # "Umma" and "Appa" as names: the narrator's mother and father, as "Mum" and "Dad" are
    text = ("Umma ran the till and Appa ran the stockroom. On Sundays Appa drove us all to church in the van, "
            "and Umma sang louder than anyone.")
    a, ids = build(text, nlp, {"Umma": "she", "Appa": "he", "Seo-yeon": "she"}, narrator="Seo-yeon")
    assert "parent" in states(a, ids["Umma"], ids["Seo-yeon"])
    assert "parent" in states(a, ids["Appa"], ids["Seo-yeon"])


def test_borrowed_aunt_title_is_the_narrators_aunt(nlp):
    text = "Khala came every Friday with a tin of biscuits. Khala never sat down until the dishes were done."
    a, ids = build(text, nlp, {"Khala": "she", "Rubina": "she"}, narrator="Rubina")
    assert "aunt_or_uncle" in states(a, ids["Khala"], ids["Rubina"])


def test_parent_title_before_a_given_name_is_no_tie(nlp):
    # "Mama Zenobia": what the whole street calls her, not the narrator's mother
    text = ("Mama Zenobia fried plantain on a stall by the bus depot. Mama Zenobia slipped every child who "
            "passed a warm slice wrapped in newspaper.")
    a, ids = build(text, nlp, {"Mama Zenobia": "she", "Obiora": "he"}, narrator="Obiora")
    assert "parent" not in states(a, ids["Mama Zenobia"], ids["Obiora"])


def test_a_childs_dad_is_the_one_man_of_her_surname(nlp):
    # the cast keeps "Dad" apart from the named man; the one man who bears the daughter's surname is him
    text = ("Ignatius Pennington was found in the orangery on Tuesday. Quarrie spoke to Araminta Pennington "
            "in the hall.\n\n\"Dad and me fell out over the boat,\" Araminta said. \"Dad never let it go.\"")
    quotes = [("Dad and me fell out over the boat,", "Araminta Pennington", "Quarrie"),
              ("Dad never let it go.", "Araminta Pennington", "Quarrie")]
    a, ids = build(text, nlp, {"Ignatius Pennington": "he", "Araminta Pennington": "she", "Quarrie": "she",
                               "Dad": "he"}, quotes=quotes)
    assert "parent" in states(a, ids["Ignatius Pennington"], ids["Araminta Pennington"])
    assert "parent" not in states(a, ids["Dad"], ids["Araminta Pennington"])


def test_three_grandparents_are_not_all_the_one_parents_parents(nlp):
    # Gran, Grandad and Nonna are all the narrator's; with Mum the only parent told, a reader cannot say
    # which two are hers, so none is made Mum's parent
    text = ("Mum walked me down to the ferry. Gran had baked me a loaf of soda bread, Grandad had slipped me "
            "a tenner, and Nonna had posted a card from Bari.")
    a, ids = build(text, nlp, {"Mum": "she", "Gran": "she", "Grandad": "he", "Nonna": "she", "Pernille": "she"},
                   narrator="Pernille")
    for g in ("Gran", "Grandad", "Nonna"):
        assert "grandparent" in states(a, ids[g], ids["Pernille"])
        assert "parent" not in states(a, ids[g], ids["Mum"])


def test_two_grandparents_are_still_the_one_parents_parents(nlp):
    text = "Mum walked me down to the ferry. Gran had baked me a loaf of soda bread, and Grandad had slipped me a tenner."
    a, ids = build(text, nlp, {"Mum": "she", "Gran": "she", "Grandad": "he", "Pernille": "she"}, narrator="Pernille")
    assert "parent" in states(a, ids["Gran"], ids["Mum"])


def test_a_vocative_parent_is_not_composed_into_an_uncle(nlp):
    # the "Mum" heard goes to the listener the dialogue gave; her brother is not made the speaker's uncle on it
    text = ("Drusilla's brother Emrys mended nets on the slipway.\n\n\"Mum, your tea's gone cold,\" said Sigrun.")
    quotes = [("Mum, your tea's gone cold,", "Sigrun", "Drusilla")]
    a, ids = build(text, nlp, {"Drusilla": "she", "Emrys": "he", "Sigrun": "she"}, quotes=quotes)
    assert "parent" in states(a, ids["Drusilla"], ids["Sigrun"])
    assert "aunt_or_uncle" not in states(a, ids["Emrys"], ids["Sigrun"])


def test_a_told_parent_is_still_composed_into_an_uncle(nlp):
    text = "Drusilla's brother Emrys mended nets on the slipway. Sigrun's mother Drusilla kept the accounts."
    a, ids = build(text, nlp, {"Drusilla": "she", "Emrys": "he", "Sigrun": "she"})
    assert "aunt_or_uncle" in states(a, ids["Emrys"], ids["Sigrun"])


def test_a_title_others_call_someone_is_not_the_narrators(nlp):
    # "the twins called her Aunt Leocadia": the twins' word for her, not the narrator's aunt
    text = ("I took up the post at the rectory in March. The twins called her Aunt Leocadia and minded their "
            "manners whenever she came downstairs.")
    a, ids = build(text, nlp, {"Aunt Leocadia": "she", "Temperance": "she"}, narrator="Temperance")
    assert "aunt_or_uncle" not in states(a, ids["Aunt Leocadia"], ids["Temperance"])


def test_a_courtesy_uncle_is_no_kin(nlp):
    text = ("My godfather, Uncle Amadou, taught me to swim off the harbour wall. Uncle Amadou has sworn not to "
            "make a speech at the wedding.")
    a, ids = build(text, nlp, {"Uncle Amadou": "he", "Kelechi": "he"}, narrator="Kelechi")
    assert "aunt_or_uncle" not in states(a, ids["Uncle Amadou"], ids["Kelechi"])


def test_the_narrators_own_uncle_title_stays(nlp):
    text = "Uncle Amadou has sworn not to make a speech at the wedding. Uncle Amadou always makes one."
    a, ids = build(text, nlp, {"Uncle Amadou": "he", "Kelechi": "he"}, narrator="Kelechi")
    assert "aunt_or_uncle" in states(a, ids["Uncle Amadou"], ids["Kelechi"])


def test_our_mums_is_no_one_mother(nlp):
    # "our mums": two women, so neither cousin's mother is the one the story calls Mum on this alone
    text = ("Mum left me at the bus stop. \"Cyprian? He's my cousin. Our mums are twins,\" I told Dhruv.")
    quotes = [("Cyprian? He's my cousin. Our mums are twins,", "Farzana", "Dhruv")]
    a, ids = build(text, nlp, {"Mum": "she", "Cyprian": "he", "Dhruv": "he", "Farzana": "she"}, narrator="Farzana",
                   quotes=quotes)
    assert "parent" not in states(a, ids["Mum"], ids["Cyprian"])
    assert "cousin" in states(a, ids["Cyprian"], ids["Farzana"])


def test_the_kin_of_one_who_raised_a_child_are_not_composed(nlp):
    # Corwen raised Evander; Corwen's mother is not thereby Evander's grandmother
    text = "Corwen raised Evander after the flood took his parents. Corwen's mother Elspet kept the mill on the weir."
    a, ids = build(text, nlp, {"Corwen": "he", "Evander": "he", "Elspet": "she"})
    assert "parent" in states(a, ids["Elspet"], ids["Corwen"])
    assert "grandparent" not in states(a, ids["Elspet"], ids["Evander"])
