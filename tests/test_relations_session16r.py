"""Relations, session 16 (romance, friendship and rivalry across writers). Sentences are our own, with
invented names; upstream layers are built by hand (``build`` from test_relations). Each positive case fails
on the session-start relations code (2fe54e3); a guard passes there too and fails only if the rule loses
its limit."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- a partner or rival the text names after a modifier, a misparsed apposition, or a "with" phrase ------


def test_a_rival_named_after_a_modifier(nlp):
    """"named" hangs on the modifier's noun ("guild"), the name is the rival's."""
    cast = {"Vera": "she", "Ilse Brandt": "she"}
    text = "That year the prize went to a rival of Vera's from the guild named Ilse Brandt."
    a, ids = build(text, nlp, cast)
    assert "rivals" in every_state(a, ids["Vera"], ids["Ilse Brandt"])


def test_a_named_apposition_parsed_as_a_second_object(nlp):
    """The small parser makes "a driving instructor" a second object (or an npadvmod) of "brought"."""
    cast = {"Anton": "he", "Odette": "she"}
    text = "That Sunday Anton brought his girlfriend, a driving instructor named Odette, whose laugh carried across the garden."
    a, ids = build(text, nlp, cast)
    assert "dating" in every_state(a, ids["Anton"], ids["Odette"])


def test_came_home_with_a_named_girlfriend(nlp):
    cast = {"Pavel": "he", "Jolene Pike": "she"}
    text = "Pavel came home for Christmas with a new dog and a girlfriend called Jolene Pike."
    a, ids = build(text, nlp, cast)
    assert "dating" in every_state(a, ids["Pavel"], ids["Jolene Pike"])


def test_the_friend_of_a_man_named_is_not_named(nlp):
    """Guard: after "of", the name belongs to the inner noun ("a man"), not to the rival."""
    cast = {"Vera": "she", "Ilse": "she", "Otto": "he"}
    text = "Ilse, a rival of the man named Otto, smiled at Vera."
    a, ids = build(text, nlp, cast)
    assert "rivals" in every_state(a, ids["Ilse"], ids["Otto"])
    assert "rivals" not in every_state(a, ids["Vera"], ids["Otto"])
