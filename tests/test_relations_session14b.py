"""Relations, session 14 (romantic states across writers): a partner named by a possessive in speech.
Sentences are our own, with invented names; upstream layers are built by hand (``build`` from
test_relations). Each negative case fails on the session-start code (79e135f), unless its docstring
says it is a guard (it passes there too and fails only if the rule loses its limit)."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- "his wife" in speech is not the speaker; "my husband" is not the one spoken to -----------------


def test_his_wife_in_speech_is_not_the_speaker(nlp):
    cast = {"Corwin": "he", "Hesper": "she", "Nerys": "she"}
    q = '"Corwin meant to walk out on his wife,"'
    text = f"Hesper had been seeing Corwin since the spring. Nerys put the kettle down. {q} Hesper said."
    a, ids = build(text, nlp, cast, quotes=[(q, "Hesper", "Nerys")])
    # the lover who speaks would say "me": the wife is someone else
    assert "married" not in every_state(a, ids["Corwin"], ids["Hesper"])
    assert "dating" in every_state(a, ids["Corwin"], ids["Hesper"])


def test_my_husband_named_to_the_one_spoken_to_still_counts(nlp):
    """Guard: passes on the start code too; fails if the veto ignores that the sentence names the one
    spoken to."""
    cast = {"Corwin": "he", "Hesper": "she", "Nerys": "she"}
    q = '"Meet my husband, Corwin,"'
    text = f"Hesper had been seeing Corwin since the spring. Nerys put the kettle down. {q} Hesper said."
    a, ids = build(text, nlp, cast, quotes=[(q, "Hesper", "Corwin")])
    # the sentence names him, so the dialogue layer's guess that he is spoken to does not veto it
    assert "married" in every_state(a, ids["Corwin"], ids["Hesper"])


def test_a_vetoed_pair_is_not_the_couple_the_divorce_means(nlp):
    """The vetoed "his wife" pair must not become the couple told most recently: "the divorce" a
    paragraph later is not theirs (the pair's own courtship is told too far back to count)."""
    cast = {"Corwin": "he", "Hesper": "she", "Nerys": "she"}
    q = '"Corwin meant to walk out on his wife,"'
    filler = (
        "The rain kept on over the allotments all that week, and the gutters of the old chapel ran brown. "
        "Nobody in the terrace could remember a wetter October, though everybody claimed to. "
        "The bus to the market town was cancelled twice, and the baker sold out of bread by nine. "
        "The river came up over the towpath and stayed there, grey and slow and full of branches. "
    ) * 4
    text = (f"Hesper had been seeing Corwin since the spring. {filler}Nerys put the kettle down. {q} Hesper "
            "said. The divorce was quick and very quiet.")
    a, ids = build(text, nlp, cast, quotes=[(q, "Hesper", "Nerys")])
    assert "ex" not in every_state(a, ids["Corwin"], ids["Hesper"])
    assert not any(e.type == "breakup" for e in a.events)
