"""Relations, session 17 (events: fights and reconciliations). Sentences are our own, with invented
names; upstream layers are built by hand (``build`` from test_relations). Each positive case fails on
the session-start relations code; a guard passes there too and fails only if the rule loses its limit."""

from __future__ import annotations

from test_relations import build


def _events(a, kind: str) -> set[frozenset]:
    return {frozenset(e.participants) for e in a.events if e.type == kind}


# ---- a long silence between two people is a falling-out ---------------------------------------


def test_had_not_spoken_in_years(nlp):
    cast = {"Oswin": "he", "Perpetua": "she"}
    text = "Oswin and Perpetua had not spoken in eleven years when the solicitor's letter came."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Oswin"], ids["Perpetua"])) in _events(a, "fight")


def test_did_not_speak_to_her_for_a_month(nlp):
    cast = {"Oswin": "he", "Perpetua": "she"}
    text = "After the business with the greenhouse, Oswin did not speak to Perpetua for a month."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Oswin"], ids["Perpetua"])) in _events(a, "fight")


def test_stopped_speaking_for_a_summer(nlp):
    cast = {"Oswin": "he", "Perpetua": "she"}
    text = "Oswin and Perpetua stopped speaking for a whole summer over a borrowed canoe."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Oswin"], ids["Perpetua"])) in _events(a, "fight")


def test_a_quiet_moment_is_no_fight(nlp):
    """Guard: a silence with no length or start is a quiet moment, and "could not speak" is shock."""
    cast = {"Oswin": "he", "Perpetua": "she"}
    text = ("Oswin and Perpetua sat on the pier and did not speak. When the boat came in, Oswin could not "
            "speak to Perpetua for a minute.")
    a, _ = build(text, nlp, cast)
    assert not _events(a, "fight")
