"""Relations, session 26 (f): comfort and quarrels. A hot drink made or brought for someone just after their tears
is comfort; the same drink with no distress near is no event. Sentences are our own, with invented names; upstream
layers are built by hand (``build`` from test_relations). Each test fails on the code before its commit, or guards
what the rule must not do."""

from __future__ import annotations

from relations_helpers import events_by_name
from test_relations import build

_events = events_by_name


# ---- a drink made for someone in distress ----------------------------------------------------------------------


def test_tea_made_for_someone_after_tears_is_comfort(nlp):
    text = ("Brannoc Hale sat at the kitchen table and cried for an hour. Ulrike Dawes made him a pot of tea and "
            "said nothing at all.")
    a, ids = build(text, nlp, {"Brannoc Hale": "he", "Ulrike Dawes": "she"})
    assert ["Brannoc Hale", "Ulrike Dawes"] in _events(a, ids, "comfort")


def test_cocoa_as_a_small_clause_after_tears_is_comfort(nlp):
    # ("made him cocoa": the parser may read "him" as the subject of a small clause on the drink)
    text = ("Brannoc Hale came in from the funeral and wept on the stairs. Then Ulrike Dawes made him cocoa and "
            "turned the radio off.")
    a, ids = build(text, nlp, {"Brannoc Hale": "he", "Ulrike Dawes": "she"})
    assert ["Brannoc Hale", "Ulrike Dawes"] in _events(a, ids, "comfort")


def test_coffee_brought_with_no_distress_is_no_comfort(nlp):
    text = ("Brannoc Hale checked the invoices at the long desk all morning. Ulrike Dawes brought him a coffee at "
            "eleven, black, two sugars.")
    a, ids = build(text, nlp, {"Brannoc Hale": "he", "Ulrike Dawes": "she"})
    assert not _events(a, ids, "comfort")


# ---- a quarrel told by a split compound noun -------------------------------------------------------------------


def test_had_a_falling_out_is_a_fight(nlp):
    text = ("Brannoc Hale and Ulrike Dawes had a falling-out about the mill lease that the whole lane heard. By "
            "spring neither would sit in the same pew.")
    a, ids = build(text, nlp, {"Brannoc Hale": "he", "Ulrike Dawes": "she"})
    assert ["Brannoc Hale", "Ulrike Dawes"] in _events(a, ids, "fight")


def test_had_a_bust_up_with_someone_is_a_fight(nlp):
    text = "Ulrike Dawes had a bust-up with Brannoc Hale in the car park after the auction."
    a, ids = build(text, nlp, {"Brannoc Hale": "he", "Ulrike Dawes": "she"})
    assert ["Brannoc Hale", "Ulrike Dawes"] in _events(a, ids, "fight")


def test_falling_out_of_a_tree_is_no_fight(nlp):
    text = "Brannoc Hale and Ulrike Dawes watched the cat falling out of the pear tree."
    a, ids = build(text, nlp, {"Brannoc Hale": "he", "Ulrike Dawes": "she"})
    assert not _events(a, ids, "fight")
