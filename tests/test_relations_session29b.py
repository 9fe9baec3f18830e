"""Relations, session 29 (b): ties in period and formal-register prose. Invented sentences with invented names;
upstream layers built by hand."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build


def test_a_blessing_to_marry_is_no_proposal_to_the_one_who_gives_it(nlp):
    text = ("After the wake Kitto rode over and asked Mr. Tregenza for his blessing to marry Senara. Senara was at "
            "the window.")
    a, ids = build(text, nlp, {"Kitto": "he", "Tregenza": "he", "Senara": "she"})
    assert not {"engaged", "married", "dating"} & every_state(a, ids["Kitto"], ids["Tregenza"])
    assert not any(e.type in ("proposal", "engagement") and set(e.participants) == {ids["Kitto"], ids["Tregenza"]}
                   for e in a.events)


def test_asked_to_marry_him_is_still_a_proposal(nlp):
    text = "At Whitsun Kitto asked Senara to marry him, and Senara agreed at once."
    a, ids = build(text, nlp, {"Kitto": "he", "Senara": "she"})
    assert "engaged" in every_state(a, ids["Kitto"], ids["Senara"])


def test_both_subjects_who_had_a_son_are_his_parents(nlp):
    text = "Ebenezer kept the toll-house for forty years. He and Senara had a single son, Kitto, who went to sea."
    a, ids = build(text, nlp, {"Ebenezer": "he", "Senara": "she", "Kitto": "he"})
    assert "parent" in every_state(a, ids["Ebenezer"], ids["Kitto"])
    assert "parent" in every_state(a, ids["Senara"], ids["Kitto"])


def test_the_eldest_and_the_youngest_of_the_daughters_told_just_before(nlp):
    text = ("Ebenezer Grisedale had three daughters. Merryn, the eldest, kept the accounts of the mill. Senara, the "
            "youngest, rode to market on Thursdays.")
    a, ids = build(text, nlp, {"Ebenezer": "he", "Merryn": "she", "Senara": "she"})
    assert "parent" in every_state(a, ids["Ebenezer"], ids["Merryn"])
    assert "parent" in every_state(a, ids["Ebenezer"], ids["Senara"])


def test_the_eldest_with_no_children_counted_before_is_no_child(nlp):
    text = "Ebenezer Grisedale kept three hounds. Merryn, the eldest, kept the accounts of the mill."
    a, ids = build(text, nlp, {"Ebenezer": "he", "Merryn": "she"})
    assert "parent" not in every_state(a, ids["Ebenezer"], ids["Merryn"])


def test_the_sister_of_his_mother_is_his_aunt(nlp):
    text = ("Senara Jago ran the ferry below the town. She was also the sister of Kitto's dead mother, and so the boy "
            "came to her at nine.")
    a, ids = build(text, nlp, {"Senara": "she", "Kitto": "he"})
    assert "aunt_or_uncle" in every_state(a, ids["Senara"], ids["Kitto"])


def test_engaged_her_to_school_the_twins_is_hiring_not_a_betrothal(nlp):
    text = "Senara arrived at the rectory in March. Ebenezer had engaged her through an agency to school the twins."
    a, ids = build(text, nlp, {"Ebenezer": "he", "Senara": "she"})
    assert "boss" in every_state(a, ids["Ebenezer"], ids["Senara"])
    assert "engaged" not in every_state(a, ids["Ebenezer"], ids["Senara"])


def test_engaged_a_tutor_named_so(nlp):
    a, ids = build("That spring Ebenezer engaged a tutor named Kitto, a curate's son.", nlp,
                   {"Ebenezer": "he", "Kitto": "he"})
    assert "boss" in every_state(a, ids["Ebenezer"], ids["Kitto"])


def test_engaged_to_is_still_a_betrothal(nlp):
    a, ids = build("Kitto was engaged to Senara by Lammas.", nlp, {"Kitto": "he", "Senara": "she"})
    assert "engaged" in every_state(a, ids["Kitto"], ids["Senara"])
    assert "boss" not in every_state(a, ids["Kitto"], ids["Senara"])


def test_dismissed_and_reinstated_by_the_master(nlp):
    a, ids = build("Ebenezer dismissed Kitto after the fire. In May he reinstated him in the counting-house.", nlp,
                   {"Ebenezer": "he", "Kitto": "he"})
    assert "boss" in every_state(a, ids["Ebenezer"], ids["Kitto"])


def test_dismissed_me_from_the_room_is_no_employment(nlp):
    text = "Senara heard my news in silence, then dismissed me with a nod. I climbed the stairs to bed."
    a, ids = build(text, nlp, {"Senara": "she", "Merryn": "she"}, narrator="Merryn")
    assert "boss" not in every_state(a, ids["Senara"], ids["Merryn"])


def _holders(a, ids, state):
    inv = {v: k for k, v in ids.items()}
    return {(inv.get(r.source), inv.get(r.target), inv.get(s.holder)) for r in a.relationships for s in r.states
            if s.state == state}


def test_an_under_manager_works_for_the_owner(nlp):
    a, ids = build("Kitto was Mr. Grisedale's under-manager, the youngest he had ever appointed.", nlp,
                   {"Kitto": "he", "Grisedale": "he"})
    assert any(h == "Grisedale" for *_, h in _holders(a, ids, "boss"))
    assert not any(h == "Kitto" for *_, h in _holders(a, ids, "boss"))


def test_a_merchants_clerk_works_for_him(nlp):
    a, ids = build("Mr. Hollicombe's clerk was his cousin Kitto, a thin young man.", nlp,
                   {"Hollicombe": "he", "Kitto": "he"})
    assert any(h == "Hollicombe" for *_, h in _holders(a, ids, "boss"))
