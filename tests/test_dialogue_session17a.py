"""Session 17, addressees in fan fiction: a vocative that clips or pets a character's first name the
cast never saw ("Fen" for Fenella, "Corrie" for Cora) names that character as the addressee, not
the last speaker; a word the story also uses in lower case, or an oath ("God"), names no one."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules

_BOATHOUSE = (
    "At the rowing club the eights were already racked. Fenella Quayle oiled the riggers on the "
    "nearest boat, Ivo Marchbank chalked times on the board, and Cora Tull and Godwin Pell coiled "
    "the towing ropes.\n\n"
) + (
    # far enough from the full name that the cast does not join the short form to it
    "Ivo wiped the board clean and began again, and Cora hung the oars along the wall, and the "
    "tide crept up the slipway below the open doors.\n\n"
) * 30


def _addressed(text, nlp, start):
    an, at, utts = dialogue_rules(text, nlp)
    names = {c.id: c.name for c in an.characters}
    u = next(u for u in utts if at.text[u.start:u.end].startswith(start))
    return [names.get(a) for a in u.addressees]


def test_a_clipped_first_name_is_the_addressee(nlp):
    text = _BOATHOUSE + (
        '"The bow seat has come off its runners again," said Cora.\n\n'
        '"Fen? Can you look at it before the outing?" Ivo asked, capping his pen.\n\n'
    )
    assert _addressed(text, nlp, "Fen? Can")[:1] == ["Fenella Quayle"]


def test_a_pet_first_name_is_the_addressee(nlp):
    text = _BOATHOUSE + (
        '"Someone has to tell the novices about the weir," said Fenella.\n\n'
        '"Then it had better be you, Corrie. They listen to you," Ivo said.\n\n'
    )
    assert _addressed(text, nlp, "Then it had")[:1] == ["Cora Tull"]


def test_a_common_word_or_an_oath_is_no_clipped_name(nlp):
    """A clipped form the story also writes in lower case ("out on the fen") is a word, not a
    name; an oath ("God") is no Godwin."""
    from fabula.dialogue.attribute import _clipped_name

    text = _BOATHOUSE + (
        "Beyond the club the river ran out across the fen towards the sea.\n\n"
        '"God, it is cold, Fen," said Ivo.\n\n'
    )
    _an, at, _utts = dialogue_rules(text, nlp)
    assert _clipped_name(at, "Fen") is None
    assert _clipped_name(at, "God") is None
    assert _clipped_name(at, "Corrie") is not None
