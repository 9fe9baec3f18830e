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
