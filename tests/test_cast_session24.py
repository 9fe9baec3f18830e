"""Session 24: the work's own character tags ("Characters: Ruth Okonjo") join a bare first name and a
bare surname the text never writes together."""

from fabula.cast.aliases import tag_full_names
from fabula.pipeline import analyze

BODY = ("Okonjo was scrubbing the stockpot when Moor came in from the yard.\n\n"
        "\"Ruth, have you seen the ladle?\" Moor asked.\n\n"
        "\"Try the drawer,\" Okonjo said, not looking up.\n\n"
        "Moor tried the drawer. Okonjo went on scrubbing. Later Moor came back again.\n\n"
        "\"Ruth, the ladle was not in the drawer.\"\n\n"
        "\"Then try the other drawer,\" said Okonjo.\n")


def _names(text: str) -> dict[str, set[str]]:
    a = analyze(text=text)
    return {c.name: {c.name, *c.aliases} for c in a.characters}


def test_tagged_full_name_joins_first_name_and_surname() -> None:
    names = _names("Rating: General Audiences\nCharacters: Ruth Okonjo, Piet Moor\n\n* * *\n\n" + BODY)
    assert any({"Okonjo", "Ruth"} <= forms for forms in names.values())
    assert "Ruth" not in names or "Okonjo" in names["Ruth"]


def test_without_the_tag_the_first_name_stays_apart() -> None:
    names = _names(BODY)
    assert not any({"Okonjo", "Ruth"} <= forms for forms in names.values())


def test_tag_full_names_skips_generic_and_one_word_tags() -> None:
    tags = ["Ruth Okonjo", "Tamsin Orr (Harbour Lights)", "Original Female Character(s)", "Reader", "Chef", "You"]
    assert tag_full_names(tags) == [("Ruth", "Okonjo"), ("Tamsin", "Orr")]
