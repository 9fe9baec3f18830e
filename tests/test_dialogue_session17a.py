"""Session 17, addressees in fan fiction: a vocative that clips or pets a character's first name the
cast never saw ("Ros" for Rosalind, "Dorrie" for Dora) names that character as the addressee, not
the last speaker; a word the story also uses in lower case ("Right") names no one."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules

_HALL = (
    "Rosalind stacked the chairs at the back of the church hall while Leo counted the hymn books "
    "and Dora wound up the cable of the old heater. Rosalind hummed the alto line under her "
    "breath. Dora laughed at her.\n\n"
) + (
    # far enough from the full name that the cast does not join the short form to it
    "Leo carried the boxes out to the van one by one, and Dora swept the floor behind him, and the "
    "rain came and went against the tall windows of the hall.\n\n"
) * 30


def _addressed(text, nlp, start):
    an, at, utts = dialogue_rules(text, nlp)
    names = {c.id: c.name for c in an.characters}
    u = next(u for u in utts if at.text[u.start:u.end].startswith(start))
    return [names.get(a) for a in u.addressees]


def test_a_clipped_first_name_is_the_addressee(nlp):
    text = _HALL + (
        '"Forty-two books, and two of them have no covers," said Dora.\n\n'
        '"Same time next Thursday, Ros?" Leo asked, pulling on his coat.\n\n'
    )
    assert _addressed(text, nlp, "Same time")[:1] == ["Rosalind"]


def test_a_pet_first_name_is_the_addressee(nlp):
    text = _HALL + (
        '"That heater will set the curtains alight one of these nights," said Rosalind.\n\n'
        '"Leave it be, Dorrie. It has lasted forty winters," Leo said.\n\n'
    )
    assert _addressed(text, nlp, "Leave it be")[:1] == ["Dora"]


def test_a_common_word_is_no_clipped_name(nlp):
    """A clipped form the story also writes in lower case ("a dor beetle") is a word, not a name."""
    from fabula.dialogue.attribute import _clipped_name

    text = _HALL + (
        "Someone had left a dor beetle on the sill, and a pot of dor moss by the door.\n\n"
        '"It is late, Dor," said Leo.\n\n'
    )
    _an, at, _utts = dialogue_rules(text, nlp)
    assert _clipped_name(at, "Dor") is None
    assert _clipped_name(at, "Ros") is not None
