"""Relations, session 12, second round: guards on the cue families whose false states recur across
writers. Sentences are our own, with invented names; upstream layers are built by hand (``build`` from
test_relations). Each case fails on the session-start code (5ec1ae0), except the one that keeps a crush
beside a friendship, which guards a review fix: it fails on 328e3a8, where any non-kin tie removed the crush."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- kin is not composed through a character named only inside speech ----------------------------

def test_no_kin_composed_through_a_name_heard_only_in_speech(nlp):
    cast = {"Florin": "he", "Aurek": "he", "Mum": "she"}
    line = '"Mum needs the trailer back by noon," Florin said.'
    quotes = [(line[:line.index(",") + 1], "Florin", None)]
    text = f"Florin's son Aurek had fallen asleep in the cab. {line}"
    a, ids = build(text, nlp, cast, quotes=quotes)
    assert "parent" in every_state(a, ids["Mum"], ids["Florin"])
    assert "grandparent" not in every_state(a, ids["Mum"], ids["Aurek"])
    # the narration shows her: then she is one person, and Aurek's grandmother
    text = f"Florin's son Aurek had fallen asleep in the cab. {line} Mum stood waiting by the cattle grid."
    a, ids = build(text, nlp, cast, quotes=quotes)
    assert "grandparent" in every_state(a, ids["Mum"], ids["Aurek"])


# ---- narrated "X loved Y" is a crush only when no work tie or earlier romance ties the two ---------

ONE_SIDED = {"crush", "unrequited"}


def test_loved_is_a_crush_unless_thanks_a_group_or_a_declaration(nlp):
    cast = {"Soren": "he", "Lenka": "she"}
    a, ids = build("Soren had loved Lenka ever since the year the river froze.", nlp, cast)
    assert ONE_SIDED & every_state(a, ids["Soren"], ids["Lenka"])
    # thanks, and a group's love, are no crush
    a, ids = build("Lenka rebuilt the chimney in one afternoon, and Soren loved her for that.", nlp, cast)
    assert not ONE_SIDED & every_state(a, ids["Soren"], ids["Lenka"])
    # declared to the loved one: a declaration, not a secret
    text = "At the ferry rail Soren turned and told Lenka that he had loved her ever since the year the river froze."
    a, ids = build(text, nlp, cast)
    assert not ONE_SIDED & every_state(a, ids["Soren"], ids["Lenka"])


def test_loved_beside_a_work_tie_or_an_earlier_romance_is_no_crush(nlp):
    cast = {"Soren": "he", "Lenka": "she"}
    loved = "Soren had loved Lenka ever since the year the river froze."
    # beside a work tie it is fondness, wherever the tie is told
    a, ids = build(f"{loved} Lenka was Soren's agent.", nlp, cast)
    assert not ONE_SIDED & every_state(a, ids["Soren"], ids["Lenka"])
    # a romance told before it is that romance
    a, ids = build(f"Soren and Lenka had been married for a decade. {loved}", nlp, cast)
    assert not ONE_SIDED & every_state(a, ids["Soren"], ids["Lenka"])


def test_loved_stays_a_crush_beside_a_friendship_or_a_later_romance(nlp):
    cast = {"Soren": "he", "Lenka": "she"}
    loved = "Soren had loved Lenka ever since the year the river froze."
    # a friendship, told before or after, does not explain the love away
    a, ids = build(f"Soren and Lenka were old friends. {loved}", nlp, cast)
    assert ONE_SIDED & every_state(a, ids["Soren"], ids["Lenka"])
    a, ids = build(f"{loved} Long afterwards Soren and Lenka were friends again.", nlp, cast)
    assert ONE_SIDED & every_state(a, ids["Soren"], ids["Lenka"])
    # a romance told later keeps it: the love came first
    a, ids = build(f"{loved} Two springs later Soren and Lenka were married.", nlp, cast)
    assert ONE_SIDED & every_state(a, ids["Soren"], ids["Lenka"])
