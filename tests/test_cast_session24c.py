"""Session 24 (c, cast): a kin title and the name of the one person it stands for.

A family title with a short form of a given name the text writes in full ("Auntie Ros" beside
"Rosalind Vane") joins that person; and what one is called "to" others ("Hazel, Nan to the whole
lane"; "Mam stood there. She was Hazel Quinn to the rest of the street"), "Osric, that's Grandad",
and "I am Hazel ... call me Nan" in one quote say a kin title and a name are one person.

All texts are invented."""

import pytest

pytest.importorskip("spacy")

from castkit import cast_of, one_person  # noqa: E402


def test_kin_titled_short_form_joins_the_full_name_used_far_before():
    text = (
        "Rosalind Vane kept the bakery on Quay Street for thirty years.\n\n"
        + "The street changed around the shop, and the shop did not change. " * 50
        + "\n\nRosalind rose at four every morning and lit the ovens herself. Rosalind never let a loaf go "
        "out that she would not eat herself.\n\n"
        "The children next door called her Auntie Ros, and Auntie Ros saved them the broken biscuits."
    )
    people = cast_of(text)
    assert one_person(people, "Rosalind Vane", "Auntie Ros")


def test_name_then_kin_title_to_others():
    text = (
        "Dad drove us down on the Friday. Hazel Quinn, Nan to the whole lane, was waiting at the gate.\n\n"
        "Nan hugged us both and sent us in for tea. Nan had made scones. Dad carried the bags.\n\n"
        "Later Hazel Quinn walked us to the harbour and showed us the boats."
    )
    people = cast_of(text)
    assert one_person(people, "Hazel Quinn", "Nan")


def test_pronoun_was_name_to_others_after_the_kin_title():
    text = (
        "Mam had sold the dresser to pay for the tickets, and I remember Mam standing where it had been. "
        "She was Hazel Quinn to the rest of the street, and a terror to the coalman.\n\n"
        "On the boat Mam kept our papers in her coat. Mam never let them out of her sight.\n\n"
        "\"Stay close to me,\" Mam said, and I did. \"Mam, where are we going?\" I asked.\n\n"
        "The purser asked for Hazel Quinn at the rail, and she went up with the papers."
    )
    people = cast_of(text)
    assert one_person(people, "Hazel Quinn", "Mam")


def test_name_thats_kin_title():
    text = (
        "We lived behind the garage. Osric Pell had built it with his brother. Osric, that's Grandad, "
        "ran the pumps and fixed anything with an engine.\n\n"
        "Grandad taught me to change a tyre when I was eight. Grandad never raised his voice."
    )
    people = cast_of(text)
    assert one_person(people, "Osric Pell", "Grandad")


def test_call_me_kin_title_after_giving_a_name():
    text = (
        "The woman behind the counter put down her mop. \"I am Wanda. This is my shop. You can call me "
        "Babcia, everyone does.\"\n\n"
        "Babcia gave me a key and a bag of pierogi. Babcia said I could come back any time.\n\n"
        "I thanked Wanda and went home."
    )
    people = cast_of(text)
    assert one_person(people, "Wanda", "Babcia")


def test_kin_title_stays_apart_without_a_tie():
    text = (
        "Hazel Quinn ran the post office. Nan lived two streets away and never went in.\n\n"
        "Nan baked on Sundays. Hazel Quinn sorted the letters on Mondays."
    )
    people = cast_of(text)
    assert not one_person(people, "Hazel Quinn", "Nan")
