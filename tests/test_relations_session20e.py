"""Relations, session 20 (family). Sentences are our own, with invented names; upstream layers are built by
hand (``build`` from test_relations). Each negative case fails on the relations code before this round
(d8eda89)."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build


def test_a_friends_mum_in_a_first_person_story_is_not_mum(nlp):
    # "Mum" is the narrator's mother; "Quillon's mum" is another woman
    text = ("Mum dropped me at the pool at six. I sat in Quillon's mum's van with the heater on while "
            "Quillon hunted for his goggles.")
    a, ids = build(text, nlp, {"Mum": "she", "Quillon": "he", "Linnea": "she"}, narrator="Linnea")
    assert "parent" not in every_state(a, ids["Mum"], ids["Quillon"])


def test_her_mum_said_by_a_coach_is_not_the_narrators(nlp):
    text = ('Mum had packed me a flask of soup. Ulric crouched beside Saffie at the edge of the pitch. '
            '"Twisted ankle," he told me. "Her mum is coming to fetch her." I carried Saffie\'s boots.')
    quotes = [("Twisted ankle,", "Ulric", "Linnea"), ("Her mum is coming to fetch her.", "Ulric", "Linnea")]
    a, ids = build(text, nlp, {"Mum": "she", "Ulric": "he", "Saffie": "she", "Linnea": "she"},
                   narrator="Linnea", quotes=quotes)
    assert "parent" not in every_state(a, ids["Mum"], ids["Saffie"])


def test_my_mum_in_narration_is_still_mum(nlp):
    text = "Mum dropped me at the pool at six. My mum never missed a gala, and Quillon knew it."
    a, ids = build(text, nlp, {"Mum": "she", "Quillon": "he", "Linnea": "she"}, narrator="Linnea")
    assert "parent" in every_state(a, ids["Mum"], ids["Linnea"])


def test_gran_who_brought_a_boy_up_is_his_grandparent(nlp):
    text = ("Pello's parents went north for the fishing when he was three. Nan brought Pello up in the "
            "rooms over the bakery.")
    a, ids = build(text, nlp, {"Nan": "she", "Pello": "he"})
    got = every_state(a, ids["Nan"], ids["Pello"])
    assert "parent" not in got and "grandparent" in got


def test_a_grandmother_who_raised_two_children_is_their_grandparent(nlp):
    text = ("Idony Tremlow, my father's mother, who raised Sefa and me after the shipwreck, kept the books "
            "at the chandlery.")
    a, ids = build(text, nlp, {"Idony": "she", "Sefa": "she", "Tancred": "he"}, narrator="Tancred")
    got = every_state(a, ids["Idony"], ids["Sefa"])
    assert "parent" not in got and "grandparent" in got


def test_a_governess_who_raised_a_girl_is_no_parent(nlp):
    text = ("Wendeline's governess, Miss Dorrit, drilled her in sums and scales every morning. Miss Dorrit "
            "had raised Wendeline since the girl was four.")
    a, ids = build(text, nlp, {"Dorrit": "she", "Wendeline": "she"})
    assert "parent" not in every_state(a, ids["Dorrit"], ids["Wendeline"])


def test_a_father_who_raised_his_son_alone_is_still_a_parent(nlp):
    text = "Jolyon raised Kestrin on his own after the flood, in the cottage behind the ropeworks."
    a, ids = build(text, nlp, {"Jolyon": "he", "Kestrin": "he"})
    assert "parent" in every_state(a, ids["Jolyon"], ids["Kestrin"])


def test_a_brother_named_will_is_still_named(nlp):
    # the tagger takes "Will" after the kin noun for the modal
    text = "At the choir school, Ivo and my brother Will would sing louder than all the other trebles."
    a, ids = build(text, nlp, {"Ivo": "he", "Will": "he", "Ebba": "she"}, narrator="Ebba")
    assert "sibling" in every_state(a, ids["Will"], ids["Ebba"])


def test_an_aunt_the_tagger_makes_an_adjective(nlp):
    text = "Zofie's aunt Mabyn, Rainer's sister, met her off the night train."
    a, ids = build(text, nlp, {"Zofie": "she", "Mabyn": "she", "Rainer": "he"})
    assert "aunt_or_uncle" in every_state(a, ids["Mabyn"], ids["Zofie"])
