"""Relations, session 17 (romance, friendship and rivalry across writers). Sentences are our own, with
invented names; upstream layers are built by hand (``build`` from test_relations). Each positive case fails
on the session-start relations code (72cab23); a guard passes there too and fails only if the rule loses
its limit."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- a friend noun apposed to an apposition, or to a name the cast does not know --------------------------


def test_a_friend_apposed_to_an_apposition(nlp):
    """"Pell's oldest friend" is apposed to "his neighbour", which is apposed to Oskar: Oskar is the friend."""
    cast = {"Greta": "she", "Oskar": "he", "Pell": "he"}
    text = ("Greta had brushed the dust off the pews. Oskar, his neighbour, Pell's oldest friend since boyhood, "
            "stood beside him at the altar.")
    a, ids = build(text, nlp, cast)
    assert "friends" in every_state(a, ids["Oskar"], ids["Pell"])
    assert "friends" not in every_state(a, ids["Greta"], ids["Pell"])


def test_a_friend_conjoined_with_an_apposition(nlp):
    """"Ilka's friend since ..." is a conjunct of "her lady-in-waiting", the apposition of Bronwen."""
    cast = {"Teodor": "he", "Bronwen": "she", "Ilka": "she"}
    text = ("Teodor said the horses were ready. Only Bronwen, her lady-in-waiting and Ilka's friend since they were "
            "both children, said what everyone was thinking.")
    a, ids = build(text, nlp, cast)
    assert "friends" in every_state(a, ids["Bronwen"], ids["Ilka"])
    assert "friends" not in every_state(a, ids["Teodor"], ids["Ilka"])


def test_a_friend_apposed_to_a_name_nobody_in_the_cast_has(nlp):
    """"Tobin Wade" is no character: the friend is him, not the nearest character named around."""
    cast = {"Gus": "he", "Doreen": "she"}
    text = ("Doreen is my stepmother now. When I was twelve I had been caught with Tobin Wade, my best mate since "
            "infants, and Doreen had to fetch me from the station.")
    a, ids = build(text, nlp, cast, narrator="Gus")
    assert "friends" not in every_state(a, ids["Gus"], ids["Doreen"])


def test_a_friend_apposed_to_a_character_is_still_that_character(nlp):
    """Guard: a plain apposition to a character keeps working."""
    cast = {"Lorna": "she", "Ines": "she"}
    text = "Lorna, Ines's best friend, brought the cake."
    a, ids = build(text, nlp, cast)
    assert "friends" in every_state(a, ids["Lorna"], ids["Ines"])
