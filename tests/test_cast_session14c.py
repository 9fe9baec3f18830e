"""Session 14 cast, genders and short forms: a character called by a pet form the first-name
lexicon does not list ("Babs", "Bex", "Nell") takes the gender the full names it is short for agree
on (:data:`fabula.cast.aliases.PET_FORMS`), as a prior the story's own pronouns can outvote; a
pet form of names of both sexes ("Sam", "Kit") or given in its own right to either ("Jude") gets
none."""

from __future__ import annotations

from fabula import analyze
from fabula.cast.aliases import _PET_OF


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
