"""Relations, session 22 (d): events whose cue was not known or was misread, and colleagues told by where
they sit at work. Sentences are our own, with invented names; upstream layers are built by hand
(``prepare``/``build`` from test_relations). Each test fails on the code before its commit."""

from __future__ import annotations

from relations_helpers import events_by_name, states_by_name
from test_relations import build

_events, _states = events_by_name, states_by_name


# ---- fights told by their noise --------------------------------------------------------------


def test_a_shouting_match_is_a_fight(nlp):
    text = ("Brigida and Zelig worked the same kiln for a year. One evening, over a cracked jug, they had a "
            "shouting match that the whole yard could hear.")
    a, ids = build(text, nlp, {"Brigida": "she", "Zelig": "he"})
    assert ["Brigida", "Zelig"] in _events(a, ids, "fight")


def test_a_football_match_is_no_fight(nlp):
    text = "Brigida and Zelig had a football match on Sunday and both of them scored."
    a, ids = build(text, nlp, {"Brigida": "she", "Zelig": "he"})
    assert not _events(a, ids, "fight")


# ---- a partner moving out ----------------------------------------------------------------------


def test_moved_out_is_the_couples_breakup(nlp):
    text = ("Marisela married Lisandro in the spring of 1990. They ran the bakery together for ten years. "
            "Lisandro moved out after the harvest festival, and the bakery went quiet.")
    a, ids = build(text, nlp, {"Marisela": "she", "Lisandro": "he"})
    assert ["Lisandro", "Marisela"] in _events(a, ids, "breakup")


def test_moved_out_of_a_city_is_no_breakup(nlp):
    text = ("Marisela married Lisandro in the spring of 1990. In 1995 Lisandro moved out of the city to a "
            "village by the sea, and Marisela came with him.")
    a, ids = build(text, nlp, {"Marisela": "she", "Lisandro": "he"})
    assert not _events(a, ids, "breakup")


# ---- cues misread -----------------------------------------------------------------------------


def test_hands_held_up_are_no_comfort(nlp):
    text = ("Tamsk glared at Corentin across the boathouse. Corentin said he had only brought back the oars "
            "and held his hands up.")
    a, ids = build(text, nlp, {"Corentin": "he", "Tamsk": "he"})
    assert not _events(a, ids, "comfort")


def test_held_them_out_to_is_no_comfort(nlp):
    text = ("Zelig leads Wilhelmina and Corentin into the forge at noon. He lifts the spare tongs off the hook, "
            "the ones his master lent him, and holds them out to Quennie.")
    a, ids = build(text, nlp, {"Wilhelmina": "she", "Corentin": "he", "Zelig": "he", "Quennie": "she"})
    assert not _events(a, ids, "comfort")


def test_a_rota_that_splits_two_people_is_no_breakup(nlp):
    text = 'Quennie pinned the new shift list. "Radomir, I\'ve split you up for the night shifts," Quennie said.'
    a, ids = build(text, nlp, {"Quennie": "she", "Radomir": "he"},
                   quotes=[("\"Radomir, I\'ve split you up for the night shifts,\"", "Quennie", "Radomir")])
    assert not _events(a, ids, "breakup")


def test_forgive_me_asked_is_no_reconciliation(nlp):
    text = ("Dear Marisela,\nThe river froze early here. Marisela, forgive me for saying so, and throw this "
            "letter away if I am wrong.\nYour Brigida")
    a, ids = build(text, nlp, {"Marisela": "she", "Lisandro": "he", "Brigida": "she"}, narrator="Brigida")
    assert not _events(a, ids, "reconciliation")


# ---- a shared laugh begun ------------------------------------------------------------------------


def test_both_started_laughing_is_a_reconciliation(nlp):
    text = ("Radomir and Lisandro had kept apart for a decade. At the christening Radomir mentioned the old "
            "fishing boat. Lisandro answered him. Then Radomir and Lisandro both started laughing, loud enough "
            "to wake the baby.")
    a, ids = build(text, nlp, {"Radomir": "he", "Lisandro": "he"})
    assert ["Lisandro", "Radomir"] in _events(a, ids, "reconciliation")


# ---- colleagues by their desks ------------------------------------------------------------------


def test_the_woman_at_the_next_desk_is_the_narrators_colleague(nlp):
    text = ("I started at the insurance office in March. Quennie, who sat at the desk beside mine, showed me "
            "how the claims system worked, and on Fridays she brought cake.")
    a, ids = build(text, nlp, {"Quennie": "she", "Brigida": "she"}, narrator="Brigida")
    assert ["Brigida", "Quennie"] in _states(a, ids, "colleagues")


def test_desk_beside_another_persons_is_their_colleague(nlp):
    text = ("The office was on the third floor. Radomir sat at the desk next to Zelig's and the two of "
            "them argued about the heating all winter.")
    a, ids = build(text, nlp, {"Radomir": "he", "Zelig": "he"})
    assert ["Radomir", "Zelig"] in _states(a, ids, "colleagues")


def test_four_desks_away_at_work_is_a_colleague(nlp):
    text = ("The newsroom of the Gazette smelled of toner. Corentin sat four desks away and never once "
            "said good morning to me.")
    a, ids = build(text, nlp, {"Corentin": "he", "Brigida": "she"}, narrator="Brigida")
    assert ["Brigida", "Corentin"] in _states(a, ids, "colleagues")


def test_a_classmate_at_the_next_desk_is_no_colleague(nlp):
    text = ("In our classroom Zelig sat at the next desk and copied my homework every morning before the "
            "lesson.")
    a, ids = build(text, nlp, {"Zelig": "he", "Brigida": "she"}, narrator="Brigida")
    assert not _states(a, ids, "colleagues")
