"""Relations, session 14 (romantic states across writers): a partner named by a possessive in speech.
Sentences are our own, with invented names; upstream layers are built by hand (``build`` from
test_relations). Each negative case fails on the session-start code (1a8e209)."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- "his wife" in speech is not the speaker; "my husband" is not the one spoken to -----------------


def test_his_wife_in_speech_is_not_the_speaker(nlp):
    cast = {"Yannick": "he", "Odile": "she", "Maelle": "she"}
    q = '"Yannick was going to leave his wife,"'
    text = f"Odile had been seeing Yannick since the spring. Maelle put the kettle on. {q} Odile said."
    a, ids = build(text, nlp, cast, quotes=[(q, "Odile", "Maelle")])
    # the lover who speaks would say "me": the wife is someone else
    assert "married" not in every_state(a, ids["Yannick"], ids["Odile"])
    assert "dating" in every_state(a, ids["Yannick"], ids["Odile"])


def test_my_husband_named_to_the_one_spoken_to_still_counts(nlp):
    cast = {"Yannick": "he", "Odile": "she", "Maelle": "she"}
    q = '"This is my husband, Yannick,"'
    text = f"Odile had been seeing Yannick since the spring. Maelle put the kettle on. {q} Odile said."
    a, ids = build(text, nlp, cast, quotes=[(q, "Odile", "Yannick")])
    # the sentence names him, so the dialogue layer's guess that he is spoken to does not veto it
    assert "married" in every_state(a, ids["Yannick"], ids["Odile"])
