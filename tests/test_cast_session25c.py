"""Session 25 (c, cast): a ward title with the surname of the one person named in full; a name the
text says is a person, though once the parser reads a thing in apposition to it; a full name of common
words that the work's character tags list.

All texts are invented."""

import pytest

pytest.importorskip("spacy")

from castkit import cast_of, one_person  # noqa: E402

WARD = (
    "Isaura Vellacott had run the fracture clinic for eleven years. She knew every bed by its creak.\n\n"
    "\"Morning,\" said the porter, wheeling the trolley past her desk.\n\n"
    "Sister Vellacott looked up from the charts. \"You're late, Cosmo.\"\n\n"
    "Cosmo Adebanjo parked the trolley by the window. Sister Vellacott signed the sheet and handed it back.\n\n"
    "Isaura walked him down the clinic."
)


def test_ward_title_with_the_only_surname_joins_the_full_name():
    people = cast_of(WARD)
    assert one_person(people, "Isaura Vellacott", "Sister Vellacott")


def test_ward_title_stays_apart_when_two_people_share_the_surname():
    text = WARD + "\n\nHer cousin Melisande Vellacott came in at noon. Melisande Vellacott sat by the window and read."
    people = cast_of(text)
    assert not one_person(people, "Isaura Vellacott", "Sister Vellacott")
    assert not one_person(people, "Melisande Vellacott", "Sister Vellacott")


def test_sister_title_not_joined_to_a_man_of_the_surname():
    text = (
        "Ignatius Oxenham drove the ambulance. Ignatius Oxenham had driven it for years, and he was proud of it.\n\n"
        "Sister Oxenham met him at the doors. \"You're late,\" she said. Sister Oxenham was never late herself."
    )
    people = cast_of(text)
    assert not one_person(people, "Ignatius Oxenham", "Sister Oxenham")


INTRO = "Flint is my brother. I should say that first, because he is the reason I came home.\n\n"
TAIL = "\n\nFlint drove me to the station the night I left, and he carried my case."


def test_a_person_the_text_introduces_survives_a_thing_in_apposition():
    people = cast_of(INTRO + "Everyone on the team feared Flint, a machine in the scrum, and he knew it." + TAIL)
    assert any("Flint" in p for p in people)


def test_a_thing_in_apposition_still_rules_out_a_name_never_introduced():
    text = ("We sailed on the Puffin, a boat older than my father. The Puffin leaked at every seam.\n\n"
            "Ada Quint steered and I bailed.")
    people = cast_of(text)
    assert not any("Puffin" in p for p in people)


TAGGED_BODY = (
    "Merry Lane, who had been the clinic's intern for eleven weeks, stood at the foot of the bed.\n\n"
    "Dr Winifred Sallow read the chart twice. \"Call it,\" she said at last.\n\n"
    "Merry, white-faced, called it."
)


def test_a_tagged_full_name_of_common_words_is_a_person():
    people = cast_of("Rating: General Audiences\nCharacters: Merry Lane, Winifred Sallow\n\n* * *\n\n" + TAGGED_BODY)
    assert any("Merry Lane" in p for p in people)

