"""Relations, session 18 review fixes (a thing leant is no comfort; a stall at a one-off fair is no
workplace). Sentences are our own, with invented names; upstream layers are built by hand."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build


def _events(a, kind):
    return {frozenset(e.participants) for e in a.events if e.type == kind}


def test_leaning_a_thing_against_a_wall_is_no_comfort(nlp):
    text = "Petronel came by with her tools. Osric let her lean the ladder against his wall."
    a, ids = build(text, nlp, {"Petronel": "she", "Osric": "he"})
    assert frozenset((ids["Osric"], ids["Petronel"])) not in _events(a, "comfort")


def test_leaning_on_a_person_is_still_comfort(nlp):
    text = "Petronel came by with her tools. Osric let her lean against him."
    a, ids = build(text, nlp, {"Petronel": "she", "Osric": "he"})
    assert frozenset((ids["Osric"], ids["Petronel"])) in _events(a, "comfort")


def test_a_stall_at_a_one_off_fair_makes_no_colleagues(nlp):
    text = "Jessamy ran the stall with Osric at the village fair, selling jam to strangers."
    a, ids = build(text, nlp, {"Jessamy": "she", "Osric": "he"})
    assert "colleagues" not in every_state(a, ids["Jessamy"], ids["Osric"])


def test_a_stall_on_its_own_still_makes_colleagues(nlp):
    text = "Jessamy ran the stall with Osric, rain or shine."
    a, ids = build(text, nlp, {"Jessamy": "she", "Osric": "he"})
    assert "colleagues" in every_state(a, ids["Jessamy"], ids["Osric"])
