"""Relations, session 27 review fixes: the vigil, the death to come, the meeting filters, the tie resumed after
years and the fall or sound that hurts, each read too widely by the session 27 rules. Sentences are our own, with
invented names; upstream layers are built by hand (``build`` from test_relations). Each misfire test fails on
the session 27 integration code (e485815); each guard checks the rule still reads what it was made for."""

from __future__ import annotations

from relations_helpers import events_by_name
from test_relations import build

_events = events_by_name

CAST = {"Ysolde Marrack": "she", "Corwin Teague": "he"}


def _pairs(a, ids, kind):
    return [sorted(p) for p in _events(a, ids, kind)]


# ---- 1. a silent sitting-with is a vigil only in distress ------------------------------------------------------


def test_said_nothing_about_a_quarrel_is_no_comfort(nlp):
    text = ("Ysolde Marrack and Corwin Teague had quarrelled about the rent all week. On Sunday Ysolde Marrack sat "
            "with Corwin Teague at supper and said nothing about it.")
    a, ids = build(text, nlp, CAST)
    assert not _events(a, ids, "comfort")
    assert not _events(a, ids, "reconciliation")


def test_sitting_in_silence_while_furious_is_no_comfort(nlp):
    text = ("Ysolde Marrack was still furious with Corwin Teague about the van. That evening she sat with him in "
            "silence, her arms folded.")
    a, ids = build(text, nlp, CAST)
    assert not _events(a, ids, "comfort")


def test_sitting_in_silence_on_a_ward_is_a_vigil(nlp):
    text = ("Corwin Teague lay on the ward with a tube in his arm. Ysolde Marrack came in at six and sat with "
            "him in silence.")
    a, ids = build(text, nlp, CAST)
    assert ["Corwin Teague", "Ysolde Marrack"] in _pairs(a, ids, "comfort")


def test_holding_his_hand_is_still_a_vigil(nlp):
    text = ("The bus was late. Ysolde Marrack sat with Corwin Teague on the kerb, holding his hand.")
    a, ids = build(text, nlp, CAST)
    assert ["Corwin Teague", "Ysolde Marrack"] in _pairs(a, ids, "comfort")


# ---- 2. a death to come needs a future or modal main clause ---------------------------------------------------


def test_a_death_with_a_past_plan_after_it_is_a_death(nlp):
    cast = {"Ysolde Marrack": "she", "Grandad Piran": "he"}
    text = "When Grandad Piran died, Ysolde Marrack was to take over the forge. She was nineteen."
    a, ids = build(text, nlp, cast)
    assert ["Grandad Piran"] in _events(a, ids, "death")


def test_a_death_with_a_would_plan_is_still_to_come(nlp):
    cast = {"Ysolde Marrack": "she", "Grandad Piran": "he"}
    text = "Grandad Piran was still hale at ninety. When he died, the forge would go to Ysolde Marrack."
    a, ids = build(text, nlp, cast)
    assert ["Grandad Piran"] not in _events(a, ids, "death")


def test_a_plan_announced_in_a_second_that_clause_is_still_to_come(nlp):
    cast = {"Ysolde Marrack": "she", "Corwin Teague": "he", "Pella": "she"}
    text = ("Pella, sleepy after the party, said that she forgave all of them, even Corwin Teague, and that when she "
            "died they were to sell her boat.")
    a, ids = build(text, nlp, cast)
    assert not _events(a, ids, "death")


# ---- 3. meeting filters: a determiner makes a place, "first" makes a first meeting -----------------------------


def test_meeting_in_the_woods_is_a_meeting(nlp):
    text = "Ysolde and Corwin met in the woods behind the chapel when they were nine. Years later Ysolde married Corwin."
    a, ids = build(text, nlp, {"Ysolde": "she", "Corwin": "he"})
    assert ["Corwin", "Ysolde"] in _pairs(a, ids, "meeting")


def test_first_met_on_the_jetty_is_a_meeting(nlp):
    text = "Ysolde Marrack first met Corwin Teague on the jetty at Portnahaven. He was mending a creel."
    a, ids = build(text, nlp, CAST)
    assert ["Corwin Teague", "Ysolde Marrack"] in _pairs(a, ids, "meeting")


def test_meeting_in_hotel_bars_is_still_a_habit(nlp):
    text = "For two years Ysolde Marrack and Corwin Teague met in hotel bars and at trade fairs."
    a, ids = build(text, nlp, CAST)
    assert not _events(a, ids, "meeting")


# ---- 4. a shared act after years is a mending only after a rift ---------------------------------------------


def test_sitting_together_after_years_apart_is_no_reconciliation(nlp):
    cast = {"Ysolde Marrack": "she", "Granny Morwen": "she"}
    text = ("Ysolde Marrack lived in Hull and her grandmother Granny Morwen lived on Coll. For the first time in "
            "years Ysolde Marrack sat with Granny Morwen on the porch.")
    a, ids = build(text, nlp, cast)
    assert not _events(a, ids, "reconciliation")


def test_sitting_together_after_a_quarrel_and_years_is_a_reconciliation(nlp):
    text = ("Ysolde Marrack and Corwin Teague quarrelled bitterly over the will and did not speak again. For the "
            "first time in years Ysolde Marrack sat with Corwin Teague on the porch.")
    a, ids = build(text, nlp, CAST)
    assert ["Corwin Teague", "Ysolde Marrack"] in _pairs(a, ids, "reconciliation")


def test_speaking_after_years_is_still_a_reconciliation(nlp):
    text = "For the first time in six years Ysolde Marrack spoke to Corwin Teague."
    a, ids = build(text, nlp, CAST)
    assert ["Corwin Teague", "Ysolde Marrack"] in _pairs(a, ids, "reconciliation")


# ---- 5. a sound or a fall that does not hurt -----------------------------------------------------------------


def test_a_knee_that_clicks_and_is_laughed_at_is_no_injury(nlp):
    text = ("Ysolde Marrack knelt to weed the onions and her knee made a loud click. She laughed at herself and "
            "carried on.")
    a, ids = build(text, nlp, CAST)
    assert not _events(a, ids, "injury")


def test_a_knee_that_clicks_and_swells_is_an_injury(nlp):
    text = ("Ysolde Marrack knelt to weed the onions and her knee made a loud click. By night it had swelled "
            "to twice its size.")
    a, ids = build(text, nlp, CAST)
    assert ["Ysolde Marrack"] in _events(a, ids, "injury")


def test_a_fall_broken_by_a_catch_is_no_injury(nlp):
    text = "Ysolde Marrack fell, and Corwin Teague caught her."
    a, ids = build(text, nlp, CAST)
    assert not _events(a, ids, "injury")


def test_a_fall_then_a_lift_to_hospital_is_still_an_injury(nlp):
    text = "That March, Ysolde Marrack fell. Corwin Teague drove her to the hospital."
    a, ids = build(text, nlp, CAST)
    assert ["Ysolde Marrack"] in _events(a, ids, "injury")
