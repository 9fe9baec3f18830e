"""Relations, session 17 (romance, friendship and rivalry across writers). Sentences are our own, with
invented names; upstream layers are built by hand (``build`` from test_relations). Each positive case fails
on the session-start relations code (72cab23); a guard passes there too and fails only if the rule loses
its limit."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- a friend noun apposed to an apposition, or to a name the cast does not know --------------------------


def test_a_friend_apposed_to_an_apposition(nlp):
    """"Amaryllis's closest friend" is apposed to "the printer", which is apposed to Hollis: Hollis is the friend."""
    cast = {"Ferdinand": "he", "Hollis": "he", "Amaryllis": "she"}
    text = ("Ferdinand opened the wine at the launch. Then Hollis, the printer, Amaryllis's closest friend from art "
            "school, read out the speech.")
    a, ids = build(text, nlp, cast)
    assert "friends" in every_state(a, ids["Hollis"], ids["Amaryllis"])
    assert "friends" not in every_state(a, ids["Ferdinand"], ids["Amaryllis"])


def test_a_friend_conjoined_with_an_apposition(nlp):
    """"Amaryllis's oldest friend" is a conjunct of "the stage manager", the apposition of Sabine."""
    cast = {"Ferdinand": "he", "Sabine": "she", "Amaryllis": "she"}
    text = ("Ferdinand handed round the programmes. When the bell went, Sabine, the stage manager and Amaryllis's "
            "oldest friend, dimmed the lights.")
    a, ids = build(text, nlp, cast)
    assert "friends" in every_state(a, ids["Sabine"], ids["Amaryllis"])
    assert "friends" not in every_state(a, ids["Ferdinand"], ids["Amaryllis"])


def test_a_friend_apposed_to_a_name_nobody_in_the_cast_has(nlp):
    """"Rufus Ballantyne" is no character: the friend is him, not the nearest character named around."""
    cast = {"Kit": "he", "Philippa": "she"}
    text = ("Philippa drove the minibus to the festival. I sat at the back with Rufus Ballantyne, my closest "
            "friend in the choir, while Philippa sang along to the radio.")
    a, ids = build(text, nlp, cast, narrator="Kit")
    assert "friends" not in every_state(a, ids["Kit"], ids["Philippa"])
