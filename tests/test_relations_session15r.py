"""Relations, session 15 (romantic states across writers). Sentences are our own, with invented names;
upstream layers are built by hand (``build`` from test_relations). Each positive case fails on the
session-start relations code (eb9b5b7); a guard passes there too and fails only if the rule loses its
limit."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- a proposal told by conduct: on one knee, or "Will you have me?", then a "yes" -----------------


def test_on_one_knee_then_her_yes_is_a_proposal(nlp):
    cast = {"Oswin": "he", "Marisa": "she", "Godfrey": "he"}
    q = '"Yes," '
    text = ("The market hall was nearly empty by six. Godfrey stacked the last crates by the door. "
            f"Oswin got down on one knee beside the cheese stall. Marisa laughed. {q}Marisa said. "
            "Godfrey dropped a crate.")
    a, ids = build(text, nlp, cast, quotes=[(q.strip(), "Marisa", "Oswin")])
    assert "engaged" in every_state(a, ids["Oswin"], ids["Marisa"])
    assert any(e.type == "proposal" and set(e.participants) == {ids["Oswin"], ids["Marisa"]} for e in a.events)


def test_will_you_have_me_then_yes(nlp):
    cast = {"Oswin": "he", "Marisa": "she"}
    q1 = '"Marisa, will you have me?"'
    q2 = '"Yes. Oh, yes, Oswin."'
    text = f"The lamps along the quay were being lit. {q1} Oswin asked. {q2} Marisa said."
    a, ids = build(text, nlp, cast, quotes=[(q1, "Oswin", "Marisa"), (q2, "Marisa", "Oswin")])
    assert "engaged" in every_state(a, ids["Oswin"], ids["Marisa"])


def test_a_knee_with_no_yes_is_no_proposal(nlp):
    """Guard: someone struck to one knee, and nobody says yes."""
    cast = {"Oswin": "he", "Marisa": "she", "Godfrey": "he"}
    q = '"Stay down,"'
    text = (f"Godfrey hit him with the oar, and Oswin went down on one knee in the mud. {q} Godfrey said. "
            "Marisa ran for the harbourmaster.")
    a, ids = build(text, nlp, cast, quotes=[(q, "Godfrey", "Oswin")])
    assert "engaged" not in every_state(a, ids["Oswin"], ids["Marisa"])
    assert not any(e.type == "proposal" for e in a.events)


def test_the_kneelers_own_yes_is_no_answer(nlp):
    """Guard: the one who kneels saying "yes" accepts nothing."""
    cast = {"Oswin": "he", "Marisa": "she"}
    q = '"Yes, this is the spot,"'
    text = f"Oswin got down on one knee to look under the bench. {q} Oswin said. Marisa held the torch."
    a, ids = build(text, nlp, cast, quotes=[(q, "Oswin", "Marisa")])
    assert "engaged" not in every_state(a, ids["Oswin"], ids["Marisa"])
