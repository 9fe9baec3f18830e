"""Session 14 cast, genders and short forms: a character called by a pet form the first-name
lexicon does not list ("Babs", "Bex", "Nell") takes the gender the full names it is short for agree
on (:data:`fabula.cast.aliases.PET_FORMS`), as a prior the story's own pronouns can outvote; a
pet form of names of both sexes ("Sam", "Kit") or given in its own right to either ("Jude") gets
none. A pet form or a clipped piece of a given name joins the one person with that name ("Becca" and
"Rebecca", "Tina" and "Florentina"), unless two people share it or the two forms stand side by side;
and a reader-insert that writes the reader's name as "Y/N" names its "you" by that blank, not by the
names said to "you"."""

from __future__ import annotations

from cast_helpers import cast_names as _cast
from cast_helpers import who as _who
from fabula import analyze
from fabula.cast.aliases import _PET_OF, _pet_or_piece


def _genders(text: str, nlp) -> dict[str, str]:
    a = analyze(text=text, nlp=nlp, only=["cast"])
    return {c.name: c.gender for c in a.characters}


def test_a_pet_form_the_lexicon_lacks_takes_the_gender_of_its_full_names(nlp):
    # "Babs" is only a pet form (of Barbara): no pronoun needed
    text = ("Babs opened the shop at nine. The bell over the door rang twice.\n\n"
            "\"Morning,\" said Babs. The postman put the letters on the counter.")
    assert _genders(text, nlp).get("Babs") == "she"


def test_a_pet_form_of_both_sexes_gives_no_prior(nlp):
    # guard: "Kit" is Christopher's and Katherine's, "Jude" a name in its own right
    text = ("Kit opened the shop at nine. The bell over the door rang twice.\n\n"
            "\"Morning,\" said Kit. Jude put the letters on the counter. \"Post,\" said Jude.")
    g = _genders(text, nlp)
    assert g.get("Kit") == "unknown" and g.get("Jude") == "unknown"


def test_the_story_outvotes_the_pet_form_prior(nlp):
    # guard: "Bex" is a pet form of Rebecca, but this Bex is a man, and the story says so
    text = ("Bex opened the shop at nine and hung his coat on the hook. He swept the step.\n\n"
            "\"Morning,\" said Bex, and he put his keys down. He smiled at the postman.\n\n"
            "Bex counted his change. He was tired.")
    assert _genders(text, nlp).get("Bex") == "he"


def test_pet_form_table():
    assert {"christopher", "katherine", "catherine"} <= _PET_OF["kit"]
    assert _PET_OF["babs"] == {"barbara"}
    assert "rebecca" in _PET_OF["bex"]


def test_the_clipped_end_of_a_name_is_the_same_person(nlp):
    text = ("Florentina Vasquez ran the lighthouse cafe. Florentina wiped the counter every morning.\n\n"
            "\"Tina, two teas,\" called Osric from the door. Tina nodded and filled the pot.\n\n"
            "\"You spoil him, Tina,\" said Marguerite. Florentina only laughed and fetched the milk.\n\n"
            "Osric took his tea to the window. \"Thanks, Tina.\"")
    cast = _cast(text, nlp)
    assert _who(cast, "Tina") == _who(cast, "Florentina Vasquez")


def test_a_pet_form_that_shares_few_letters_is_the_same_person(nlp):
    text = ("Rebecca Holm mended nets on the quay. Rebecca had done it for twenty years.\n\n"
            "\"Becca, the tide,\" said Tobin. Becca looked up and swore.\n\n"
            "Rebecca gathered the nets. \"Help me, then,\" she said, and Tobin did.\n\n"
            "\"You're slow, Becca,\" he told her later.")
    cast = _cast(text, nlp)
    assert _who(cast, "Becca") == _who(cast, "Rebecca Holm")


def test_a_short_form_two_people_share_joins_neither(nlp):
    # Alexander and his twin Alexandra keep the ferry; "Sandy" could be either, so it stays its own name
    text = ("Alexander Brandt kept the ferry with his twin sister. Alexander steered.\n\n"
            "Alexandra sold the tickets. \"Sandy, rope!\" shouted a fisherman. Sandy threw it.\n\n"
            "Alexandra counted the coins. \"Not bad, Sandy,\" said the fisherman.")
    cast = _cast(text, nlp)
    assert _who(cast, "Sandy") not in (_who(cast, "Alexander Brandt"), _who(cast, "Alexandra"))


def test_forms_side_by_side_are_two_people(nlp):
    text = ("Florentina Vasquez ran the lighthouse cafe. Florentina wiped the counter every morning.\n\n"
            "Tina and Florentina carried the tables out together. \"Lift,\" said Tina.\n\n"
            "Florentina lifted. Tina laughed at her, and Osric watched them both.\n\n"
            "\"Tina, the chairs,\" said Osric.")
    cast = _cast(text, nlp)
    assert _who(cast, "Tina") != _who(cast, "Florentina Vasquez")


def test_pieces_and_pet_forms():
    assert _pet_or_piece("Tina", "Florentina")  # the end of the name
    assert _pet_or_piece("Vals", "Valentina")  # its start and an "s"
    assert _pet_or_piece("Becca", "Rebecca")  # the table
    assert not _pet_or_piece("Gold", "Marigold")  # a common word is not a short form
    assert not _pet_or_piece("Ella", "Stella")  # too little cut off: another name
    assert not _pet_or_piece("Gran", "Granville")  # a kin word
    assert not _pet_or_piece("India", "Anglo-India")  # no given name


def test_a_reader_insert_you_is_the_reader_not_a_name_said_to_you(nlp):
    # "you" is called "Mum" by a child and "Y/N" by everyone else: the blank, not the kin word, names "you"
    text = ("You unlock the bakery at five. Y/N, says the sign over the door, and you smile at it.\n\n"
            "\"Mum, can I have a bun?\" Pip asks you. You hand her one.\n\n"
            "\"Morning, Y/N,\" Corwin says from the door. You wave at him and knead the dough.\n\n"
            "\"Mum, look,\" says Pip, and you look. You laugh. Y/N is tired but happy.\n\n"
            "You close the shop at six and you walk home with Pip.")
    cast = _cast(text, nlp)
    assert "Reader" in cast and "Mum" not in cast
