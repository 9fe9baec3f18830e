"""Relations, session 20 (family). Sentences are our own, with invented names; upstream layers are built by
hand (``build`` from test_relations). Each negative case fails on the relations code before this round
(d8eda89)."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build


def test_a_friends_mum_in_a_first_person_story_is_not_mum(nlp):
    # "Mum" is the narrator's mother; "Quillon's mum" is another woman
    text = ("Mum drove me to the rink before dawn. I waited in the back of Quillon's mum's van while "
            "Quillon laced his skates.")
    a, ids = build(text, nlp, {"Mum": "she", "Quillon": "he", "Odile": "she"}, narrator="Odile")
    assert "parent" not in every_state(a, ids["Mum"], ids["Quillon"])


def test_her_mum_said_by_a_coach_is_not_the_narrators(nlp):
    text = ('Mum had packed me two bananas. Brisk knelt by Saffie on the track. "Sprain," he said. '
            '"Her mum is on the way." I held Saffie\'s hand.')
    quotes = [("Sprain,", "Brisk", "Odile"), ("Her mum is on the way.", "Brisk", "Odile")]
    a, ids = build(text, nlp, {"Mum": "she", "Brisk": "he", "Saffie": "she", "Odile": "she"},
                   narrator="Odile", quotes=quotes)
    assert "parent" not in every_state(a, ids["Mum"], ids["Saffie"])


def test_my_mum_in_narration_is_still_mum(nlp):
    text = "Mum drove me to the rink before dawn. My mum never missed a race, and Quillon knew it."
    a, ids = build(text, nlp, {"Mum": "she", "Quillon": "he", "Odile": "she"}, narrator="Odile")
    assert "parent" in every_state(a, ids["Mum"], ids["Odile"])


def test_gran_who_brought_a_boy_up_is_his_grandparent(nlp):
    text = "The flood took the farm when Pello was three. Nan brought Pello up in a flat above the chemist."
    a, ids = build(text, nlp, {"Nan": "she", "Pello": "he"})
    got = every_state(a, ids["Nan"], ids["Pello"])
    assert "parent" not in got and "grandparent" in got


def test_a_grandmother_who_raised_two_children_is_their_grandparent(nlp):
    text = ("Lady Maren of Hollin, my father's mother, who raised Sefa and me after the fever, sat in the "
            "high seat.")
    a, ids = build(text, nlp, {"Maren": "she", "Sefa": "she", "Brannoc": "he"}, narrator="Brannoc")
    got = every_state(a, ids["Maren"], ids["Sefa"])
    assert "parent" not in got and "grandparent" in got


def test_a_governess_who_raised_a_girl_is_no_parent(nlp):
    text = ("Her governess, Miss Thorley, taught Ottoline French and the harp. Miss Thorley had raised "
            "Ottoline more truly than any guardian.")
    a, ids = build(text, nlp, {"Thorley": "she", "Ottoline": "she"})
    assert "parent" not in every_state(a, ids["Thorley"], ids["Ottoline"])


def test_a_father_who_raised_his_son_alone_is_still_a_parent(nlp):
    text = "Anselm raised Kestrin alone after the fever, in the mill house by the weir."
    a, ids = build(text, nlp, {"Anselm": "he", "Kestrin": "he"})
    assert "parent" in every_state(a, ids["Anselm"], ids["Kestrin"])


def test_a_brother_named_will_is_still_named(nlp):
    # the tagger takes "Will" after the kin noun for the modal
    text = "Seven summers before the war, Jem and my brother Will had been the two worst boys in the dale."
    a, ids = build(text, nlp, {"Jem": "he", "Will": "he", "Nell": "she"}, narrator="Nell")
    assert "sibling" in every_state(a, ids["Will"], ids["Nell"])


def test_an_aunt_the_tagger_makes_an_adjective(nlp):
    text = "Mia's aunt Ros, Anselm's sister, had taken her to watch the planes."
    a, ids = build(text, nlp, {"Mia": "she", "Ros": "she", "Anselm": "he"})
    assert "aunt_or_uncle" in every_state(a, ids["Ros"], ids["Mia"])
