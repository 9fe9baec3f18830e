"""Relations, session 14 (first engineer): writers V and W's misses and false states, non-romantic families.
Sentences are our own, with invented names; upstream layers are built by hand (``build`` from
test_relations). Each positive case fails on the session-start code (1a8e209)."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- a kin title first heard in someone else's talk is not the narrator's kin --------------------------


def test_a_title_only_in_another_speakers_talk_is_not_the_narrators_kin(nlp):
    cast = {"Osric": "he", "Wilhelmina": "she", "Mum": "she"}
    line = "Dad, that is not how Mum remembers it,"
    text = f'"{line}" said Wilhelmina. I let her talk. I was tired of the old quarrel.'
    a, ids = build(text, nlp, cast, narrator="Osric", quotes=[(line, "Wilhelmina", "Osric")])
    assert "parent" not in every_state(a, ids["Mum"], ids["Osric"])


def test_a_title_the_narration_uses_is_still_the_narrators_kin(nlp):
    cast = {"Osric": "he", "Wilhelmina": "she", "Mum": "she"}
    line = "Dad, that is not how Mum remembers it,"
    text = f'"{line}" said Wilhelmina. Mum came in with the tea and I said nothing at all.'
    a, ids = build(text, nlp, cast, narrator="Osric", quotes=[(line, "Wilhelmina", "Osric")])
    assert "parent" in every_state(a, ids["Mum"], ids["Osric"])
