"""Session 24 (c): endearments as forms of address, with scenes written for the tests (invented names)."""

from __future__ import annotations

from fabula import analyze
from fabula.dialogue import addressee as A

_SHOP = ("Marta Quill ran the stall, Davy Orme swept up, and Lise Penhallow counted the float.\n\n"
         '"Three pounds short again," said Lise.\n\n'
         '"I counted it twice," Davy said.\n\n'
         '"{line}" Marta said, without looking up.\n\n'
         '"Ten minutes," said Lise. "Then we lock up."\n\n')


def _addressee_of(text: str, start: str, nlp) -> str | None:
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    first = {c.id: c.name.split()[0] for c in a.characters}
    q = next(q for q in a.quotes if q.text.startswith(start))
    return first.get(q.addressees[0]) if q.addressees else None


def test_an_endearment_answers_the_last_speaker_not_the_next(nlp):
    got = _addressee_of(_SHOP.format(line="Then count it a third time, love."), "Then count", nlp)
    assert got == "Davy", got


def test_an_endearment_at_the_start_of_the_line(nlp):
    got = _addressee_of(_SHOP.format(line="My darling, nobody thinks you took it."), "My darling", nlp)
    assert got == "Davy", got


def test_oh_dear_is_no_address():
    class _At:
        text = "Oh, dear. That is the float gone."

    class _Seg:
        start, end = 0, len(_At.text)

    class _U:
        segs = [_Seg()]

    assert not A.endearment_vocative(_At(), _U())


def test_a_name_said_as_its_own_sentence_before_a_question_calls_that_person():
    from fabula.dialogue.attribute import vocatives

    assert vocatives("Odile. Did you lock the shed?") == ["Odile"]
    assert vocatives("Odile. Your turn to wash up.") == ["Odile"]


def test_a_name_as_a_plain_answer_calls_no_one():
    from fabula.dialogue.attribute import vocatives

    assert vocatives("Odile. She had the key all along.") == []
