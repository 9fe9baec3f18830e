"""Session 18 (cast): a month-named speaker's full name, companions and juniors introduced by apposition.

All texts are invented."""

import pytest

pytest.importorskip("spacy")

import fabula  # noqa: E402


def _chars(text: str):
    an = fabula.analyze(text=text, only=["cast"])
    return {c.name: c for c in an.characters}


def test_month_first_name_keeps_its_surname():
    # the NER calls "June" a date; "June said" shows she speaks, so "June Tallack" is her full name
    text = (
        "Nobody in the cottage slept until June Tallack came home. She dropped her keys on the table "
        "and looked at her brother.\n\n"
        '"You waited up," June said.\n\n'
        'Orlick shrugged. "Somebody had to." He filled the kettle and June sat down by the stove.'
    )
    chars = _chars(text)
    assert "June Tallack" in chars
    assert "June" in chars["June Tallack"].aliases


def test_named_once_beside_my_best_mate():
    text = (
        "The summer I turned twelve I spent every night nicking apples from the orchard on Gorse Row with "
        "Quillan Fennimore, my best mate since primary school, and we watched the boats come in.\n\n"
        '"They\'re late tonight," my father said when I got home. He was mending a net by the door.\n\n'
        "I did not tell him where I had been. I went up to bed and listened to the gulls."
    )
    assert "Quillan Fennimore" in _chars(text)


def test_named_once_as_someones_junior():
    text = (
        "Inspector Vasquez read the statement twice before she spoke. Her junior, Thane Stroud, "
        "glanced up from his notebook as if he had foreseen it.\n\n"
        '"It doesn\'t hold," Vasquez said. "Not the times."\n\n'
        "She closed the file and went to the window. Rain ran down the glass."
    )
    assert "Thane Stroud" in _chars(text)


def test_mr_and_a_first_name_is_the_longer_name_with_both():
    # "Mr Percival" is the one "Mr Percival <surname>", a younger son called by his first name
    text = (
        "Mr Percival Hollowbeck came down to breakfast at ten, which the household thought very late. "
        "His brother had been out on the estate since seven.\n\n"
        '"Mr Percival will want his eggs," said the housekeeper, and sent the girl running.\n\n'
        "Mr Percival wanted nothing but coffee. He read his letters at the window and said nothing "
        "to anyone until the post-boy had gone."
    )
    chars = _chars(text)
    assert "Mr Percival" not in chars
    assert "Mr Percival" in chars["Mr Percival Hollowbeck"].aliases
