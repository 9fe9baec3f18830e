"""Session 20, PDNC speakers: a role noun the text ties to one named character in so many words ("Mr.
Quill, the ferryman", "Quill is the ferryman") is that character in a nearby speech tag "said the
ferryman", not an unnamed walk-on; a plain description with "a" ("Quill, a weary ferryman") ties
nothing."""

from __future__ import annotations

from dialogue_helpers import rule_speakers, speakers

_OPEN = ("Leocadia Brisby and her brother Piet reached the inn after dark. A thin man with a lantern met "
         "them in the yard.\n\n"
         '"Rooms for two?" asked Leocadia.\n\n'
         '"Both rooms are ready, miss," said the innkeeper. "Supper is at eight."\n\n'
         'Piet turned to his sister. "Who is he?"\n\n')


def test_a_role_named_by_a_be_sentence_is_that_person(nlp):
    text = _OPEN + ('"That is Ulric Pennick. Ulric is the innkeeper here, and has been for years."\n\n'
                    '"He looks tired," said Piet.\n\n'
                    '"The road was flooded all week," the innkeeper said, lifting the lantern. '
                    '"Nobody came."\n')
    got = speakers(text, nlp)
    assert got["Both rooms are ready, miss, Supper is at eight."] == "Ulric Pennick"
    assert got["The road was flooded all week, Nobody came."] == "Ulric Pennick"


def test_a_role_named_by_an_apposition_is_that_person(nlp):
    text = ("Piet waited in the yard until Ulric Pennick, the innkeeper, came out with the keys. "
            "Leocadia stood by the cart.\n\n"
            '"Is the stable dry?" asked Piet.\n\n'
            '"Dry enough for two horses," said the innkeeper.\n')
    assert rule_speakers(text, nlp)["Dry enough for two horses,"] == "Ulric Pennick"


def test_a_description_with_a_ties_no_one(nlp):
    text = ("Piet waited in the yard until Ulric Pennick, a weary innkeeper, came out with the keys. "
            "Leocadia stood by the cart.\n\n"
            '"Is the stable dry?" asked Piet.\n\n'
            '"Dry enough for two horses," said the innkeeper.\n')
    assert rule_speakers(text, nlp, walk_ons=True)["Dry enough for two horses,"] != "Ulric Pennick"
