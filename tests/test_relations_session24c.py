"""Relations, session 24 (c): events told in the wording of older and period stories (a sea or a fever that
took someone, a quarrel made up, ...). Sentences are our own, with invented names; upstream layers are built
by hand (``build`` from test_relations). Each test fails on the code before its commit."""

from __future__ import annotations

from relations_helpers import events_by_name
from test_relations import build

_events = events_by_name


# ---- a death told as the sea, a river or a fever taking someone -------------------------------------------


def test_the_sea_had_taken_him_is_his_death(nlp):
    text = ("Ansel Corrie sailed for the cod banks in October, and the sea had taken him before the month was "
            "out. His sister Brisa kept the chandlery alone after that.")
    a, ids = build(text, nlp, {"Ansel Corrie": "he", "Brisa": "she"})
    assert ["Ansel Corrie"] in _events(a, ids, "death")


def test_the_fever_took_her_with_a_time_after_it(nlp):
    text = ("Brisa kept the farm alone after the winter the fever took Maud two years back. Ansel came to help "
            "with the harvest.")
    a, ids = build(text, nlp, {"Ansel": "he", "Brisa": "she", "Maud": "she"})
    assert ["Maud"] in _events(a, ids, "death")


def test_the_river_took_her_to_town_is_no_death(nlp):
    text = ("Brisa had no cart that spring. The river took her to town on the ferry every Friday, and Ansel met "
            "her at the landing.")
    a, ids = build(text, nlp, {"Ansel": "he", "Brisa": "she"})
    assert not _events(a, ids, "death")
