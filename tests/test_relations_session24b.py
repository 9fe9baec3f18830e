"""Relations, session 24 (b): family and marriage recall. Sentences are our own, with invented names; the
cast is hand-built (``build`` from test_relations)."""

from __future__ import annotations

from test_relations import build, states


def test_name_after_married_hung_on_a_later_verb(nlp):
    # the parser hangs "Osric Vane" on "asked" further on: the name right after "married" is its object
    text = ("Corin rowed Bryony home from the fair.\n\nBryony never spoke of the river again, and in March she married Tobias Hale, a steady, kind man from "
            "Ashcombe who grew plums and never once asked her about it.")
    a, ids = build(text, nlp, {"Bryony": "she", "Corin": "he", "Tobias Hale": "he"})
    assert "married" in states(a, ids["Bryony"], ids["Tobias Hale"])


def test_married_tagged_as_an_adjective_of_the_name(nlp):
    # "married" tagged an adjective of the name after it: that name is the one married
    text = ("Corin rowed Edurne home from the fair.\n\nAt fifty-eight, Edurne married Iker Zubiri, the retired "
            "ferryman who had brought the village its papers for thirty years.")
    a, ids = build(text, nlp, {"Edurne": "she", "Corin": "he", "Iker Zubiri": "he"})
    assert "married" in states(a, ids["Edurne"], ids["Iker Zubiri"])


def test_married_adjective_with_the_name_before_it_a_modifier(nlp):
    # and the name before it hung on "married" as a modifier, not its subject
    text = ("Corin rowed Edurne home from the fair.\n\nIn 1998 Edurne married Aitor Goñi, who was not a sailor "
            "from Bilbao but a baker from Vic.")
    a, ids = build(text, nlp, {"Edurne": "she", "Corin": "he", "Aitor Goñi": "he"})
    assert "married" in states(a, ids["Edurne"], ids["Aitor Goñi"])


def test_consort_is_a_spouse(nlp):
    text = "Queen Maelis sat by the fire, and Prince Orrin, her consort, stood behind her chair."
    a, ids = build(text, nlp, {"Maelis": "she", "Orrin": "he"})
    assert "married" in states(a, ids["Maelis"], ids["Orrin"])


def test_welsh_grandparent_title(nlp):
    text = ("Taid had left the boat to me in his will. I still hear Taid whistling on the slipway some mornings, "
            "and I still call it his boat.")
    a, ids = build(text, nlp, {"Taid": "he", "Efa": "she"}, narrator="Efa")
    assert "grandparent" in states(a, ids["Taid"], ids["Efa"])


def test_raised_almost_as_sisters_is_no_kin(nlp):
    text = ("Ottoline is my cousin, the daughter of Aunt Wenna. Ottoline and I had been brought up almost as "
            "sisters, in the same nursery.")
    a, ids = build(text, nlp, {"Ottoline": "she", "Wenna": "she", "Iseult": "she"}, narrator="Iseult")
    got = states(a, ids["Ottoline"], ids["Iseult"])
    assert "cousin" in got and "sibling" not in got


def test_a_parents_spouse_is_the_grandchilds_grandparent(nlp):
    text = ("The shop was the front room of Ishbel's house, with a counter her husband Fergus had built. "
            "Fergus's son Tam ran the boat. Tam's daughter Elspeth, who was nine, sorted the post on Saturdays.")
    a, ids = build(text, nlp, {"Ishbel": "she", "Fergus": "he", "Tam": "he", "Elspeth": "she"})
    assert "parent" in states(a, ids["Tam"], ids["Elspeth"])
    assert "grandparent" in states(a, ids["Ishbel"], ids["Elspeth"])


def test_i_am_mrs_surname_now(nlp):
    text = ("Jasper Quennell fixed the gate on the Tuesday and asked for tea. "
            "Well, I am Mrs Quennell now, and the gate still sticks.")
    a, ids = build(text, nlp, {"Jasper Quennell": "he", "Tirzah": "she"}, narrator="Tirzah")
    assert "married" in states(a, ids["Tirzah"], ids["Jasper Quennell"])


def test_a_daughter_named_in_a_list(nlp):
    # the list makes the name a conjunct of "a daughter"; it names her all the same
    text = "Wenna married Corin Tregear, a quiet clerk, and had a daughter, Odette, and then, years later, a divorce."
    a, ids = build(text, nlp, {"Wenna": "she", "Corin Tregear": "he", "Odette": "she"})
    assert "parent" in states(a, ids["Wenna"], ids["Odette"])
