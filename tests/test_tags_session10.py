"""Session 10 tags: a full name without its middle name is the KB character with that first and
last name, not the most famous bearer of the surname."""

from __future__ import annotations


def test_a_full_name_without_its_middle_name_finds_its_kb_character():
    from fabula.model import Character, Mention
    from fabula.tags.kb import load_kb
    from fabula.tags.merge import kb_character_of

    fandom = load_kb().by_name("Harry Potter - J. K. Rowling")
    ch = Character(id="c1", name="Albus Potter", aliases=["Albus"],
                   mentions=[Mention(span=(0, 12), text="Albus Potter", kind="name"),
                             Mention(span=(20, 25), text="Albus", kind="name")])
    ci = kb_character_of(ch, fandom)
    assert ci is not None and fandom.characters[ci].name == "Albus Severus Potter"
