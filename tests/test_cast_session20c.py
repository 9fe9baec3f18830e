"""Session 20 (cast): bare given names that are pet forms of one full name ("Zach" and "Zack" of
Zachary, with "Zachary" too when the text uses it alone) are one person, unless they stand side by side
or another name of the text is a full name one of them could stand for.

All texts are invented."""

import pytest

pytest.importorskip("spacy")

from castkit import cast_of  # noqa: E402

_QUAY = (
    "The boat sat low in the water. Zach had been mending nets since dawn and his hands were raw "
    "with it.\n\n"
    '"You missed a knot," Kelyn said from the quay.\n\n'
    "Zach did not look up. He pulled the twine tight.\n\n"
    '"Zack, I mean it. There, by your boot."\n\n'
    '"I see it, Kelyn."\n\n'
    "He knelt and worked the knot loose. Kelyn sat on a bollard and watched the gulls.\n\n"
    '"Tea?" she said.\n\n'
    '"Later. Zack has nets to finish," Zach said.\n\n'
)


def test_two_pet_forms_of_one_name_are_one_person():
    people = cast_of(_QUAY)
    assert any({"Zach", "Zack"} <= p for p in people), people


def test_pet_forms_side_by_side_stay_two_people():
    people = cast_of(_QUAY + "Later Zack and Zach carried the nets up to the shed, arguing about the tide.\n\n")
    assert not any({"Zach", "Zack"} <= p for p in people), people


def test_two_different_pet_forms_without_the_full_name_stay_two_people():
    # "Izzy" and "Bella" may both come from Isabella, but the text never says "Isabella":
    # they are two people, as Alex and Sasha would be
    text = (
        "The ferry was late again. Izzy sat on her rucksack and counted the gulls.\n\n"
        '"You said seven," Bella said from the rail.\n\n'
        '"I said about seven, Bella."\n\n'
        "Izzy checked the timetable pinned to the shelter. Bella laughed at her.\n\n"
        '"About," she said.\n\n'
    )
    people = cast_of(text)
    assert not any({"Izzy", "Bella"} <= p for p in people), people


def test_two_pet_forms_join_through_the_full_name_the_text_uses():
    text = (
        "Isabella Osgood ran the ferry office. Izzy kept the keys on a string round her neck.\n\n"
        '"Late again," the skipper said. "Bella, you tell them."\n\n'
        "Bella sighed and went to tell them.\n\n"
    )
    people = cast_of(text)
    assert any({"Izzy", "Bella"} <= p for p in people), people
