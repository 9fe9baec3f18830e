"""Relations, session 27 (c): events across the whole tune set. Injuries told by the fall or the strain itself
("That winter Gran fell", "landed on her elbow", "tore something in her hip", "his ankle made an ugly crack"),
deaths that are only planned for, asked about or a figure of speech, a tie resumed after years, a sitting-with
told as a vigil, and meetings that are no first meeting. Sentences are our own, with invented names; upstream
layers are built by hand (``build`` from test_relations). Each positive test fails on the session-start code
(0aff95f); each guard checks what a rule must not do."""

from __future__ import annotations

from relations_helpers import events_by_name
from test_relations import build

_events = events_by_name

CAST = {"Ottoline Vasko": "she", "Brannagh Ruell": "he"}


# ---- a hurt told by the fall or the strain --------------------------------------------------------------------


def test_a_bare_fall_after_a_time_is_an_injury(nlp):
    text = ("Ottoline Vasko kept the ferry cafe open all winter with Brannagh Ruell.\n\nThat March, Ottoline Vasko "
            "fell. Brannagh Ruell found her by the urn and phoned for an ambulance.")
    a, ids = build(text, nlp, CAST)
    assert ["Ottoline Vasko"] in _events(a, ids, "injury")


def test_a_fall_during_the_warm_up_is_an_injury(nlp):
    text = ("On the eve of the regatta, Ottoline Vasko fell during the warm-up. Brannagh Ruell drove her "
            "home.")
    a, ids = build(text, nlp, CAST)
    assert ["Ottoline Vasko"] in _events(a, ids, "injury")


def test_landing_on_ones_elbow_is_an_injury(nlp):
    text = ("Brannagh Ruell skidded on the wet pontoon and landed on his elbow. Ottoline Vasko fetched the first "
            "aid box.")
    a, ids = build(text, nlp, CAST)
    assert ["Brannagh Ruell"] in _events(a, ids, "injury")


def test_tearing_something_in_a_hip_is_an_injury(nlp):
    text = ("In the spring Brannagh Ruell tore something in his hip at the nets. Ottoline Vasko drove "
            "him home.")
    a, ids = build(text, nlp, CAST)
    assert ["Brannagh Ruell"] in _events(a, ids, "injury")


def test_an_ankle_that_makes_a_crack_is_an_injury(nlp):
    text = ("Ottoline Vasko caught her boot on the kerb. Her ankle made an ugly crack, and Brannagh Ruell ran "
            "to her.")
    a, ids = build(text, nlp, CAST)
    assert ["Ottoline Vasko"] in _events(a, ids, "injury")


def test_falls_that_are_no_hurt(nlp):
    text = ("Ottoline Vasko fell asleep by the stove. Brannagh Ruell fell silent. Ottoline Vasko fell into step beside "
            "him. Brannagh fell in love with the new baker. Ottoline laughed until she nearly fell over. Brannagh "
            "landed a contract with the ferry company. Ottoline pulled a face. Brannagh went down the stairs to "
            "the cellar.")
    a, ids = build(text, nlp, CAST)
    assert not _events(a, ids, "injury")


# ---- deaths only planned, asked about or said in a figure of speech ----------------------------------------------


def test_catch_your_death_is_no_death(nlp):
    text = ("\"Put your scarf on, Brannagh, you'll catch your death out there,\" Ottoline Vasko said. Brannagh "
            "Ruell grinned and went out.")
    a, ids = build(text, nlp, CAST, quotes=[("\"Put your scarf on, Brannagh, you'll catch your death out there,\"",
                                            "Ottoline Vasko", "Brannagh Ruell")])
    assert not _events(a, ids, "death")


def test_a_plan_for_when_he_died_is_no_death(nlp):
    text = ("Brannagh Ruell told Ottoline Vasko that when he died they were to bury him under the old yew by "
            "the chapel.")
    a, ids = build(text, nlp, CAST)
    assert not _events(a, ids, "death")


def test_a_told_death_is_still_a_death(nlp):
    text = "Brannagh Ruell kept watch all night. Ottoline Vasko died on the Tuesday, with the window open."
    a, ids = build(text, nlp, CAST)
    assert ["Ottoline Vasko"] in _events(a, ids, "death")


# ---- a tie resumed after years ------------------------------------------------------------------------------------


def test_shaking_hands_for_the_first_time_in_years_is_a_reconciliation(nlp):
    text = ("Ottoline Vasko and Brannagh Ruell had quarrelled over the boat. At the christening, for the first "
            "time in nine years, Brannagh Ruell shook hands with Ottoline Vasko.")
    a, ids = build(text, nlp, CAST)
    assert ["Brannagh Ruell", "Ottoline Vasko"] in _events(a, ids, "reconciliation")


def test_an_embrace_for_the_first_time_in_two_summers_is_a_reconciliation(nlp):
    text = "Ottoline Vasko embraced Brannagh Ruell at the gate for the first time in two summers."
    a, ids = build(text, nlp, CAST)
    assert ["Brannagh Ruell", "Ottoline Vasko"] in _events(a, ids, "reconciliation")


def test_a_short_gap_or_a_text_is_no_reconciliation(nlp):
    text = ("Ottoline Vasko embraced Brannagh Ruell for the first time in a week. Brannagh Ruell texted Ottoline "
            "Vasko for the first time in a decade.")
    a, ids = build(text, nlp, CAST)
    assert not _events(a, ids, "reconciliation")


# ---- a sitting-with told as a vigil by its manner ------------------------------------------------------------------


def test_sitting_beside_someone_without_a_word_is_comfort(nlp):
    text = ("The last ferry had gone. Ottoline Vasko found Brannagh Ruell on the harbour steps and sat beside him "
            "without a word.")
    a, ids = build(text, nlp, CAST)
    assert ["Brannagh Ruell", "Ottoline Vasko"] in _events(a, ids, "comfort")


def test_sitting_with_a_friend_over_lunch_is_no_comfort(nlp):
    text = "On Fridays Ottoline Vasko sat with Brannagh Ruell in the canteen and argued about football."
    a, ids = build(text, nlp, CAST)
    assert not _events(a, ids, "comfort")


# ---- meetings that are no first meeting -------------------------------------------------------------------------


def test_met_on_the_jetty_is_fetched_not_a_first_meeting(nlp):
    text = ("Brannagh Ruell came out to the island on the supply boat, and Ottoline Vasko met him on the jetty "
            "with the handcart.")
    a, ids = build(text, nlp, CAST)
    assert not _events(a, ids, "meeting")


def test_meeting_in_plural_places_is_a_habit_not_a_first_meeting(nlp):
    text = "Ottoline Vasko and Brannagh Ruell met in hotel bars and at trade fairs for ten years."
    a, ids = build(text, nlp, CAST)
    assert not _events(a, ids, "meeting")


def test_met_at_a_wedding_is_still_a_meeting(nlp):
    text = "Ottoline Vasko met Brannagh Ruell at a cousin's wedding in June."
    a, ids = build(text, nlp, CAST)
    assert ["Brannagh Ruell", "Ottoline Vasko"] in _events(a, ids, "meeting")
