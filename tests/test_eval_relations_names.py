"""The relations scorer links predicted characters to gold names by the most shared words."""

from __future__ import annotations

from fabula.evaluate.relations import name_map
from fabula.model import Analysis, Character, Story


def _analysis(*names: str) -> Analysis:
    a = Analysis.for_story(Story(text="x"))
    a.characters = [Character(id=f"c{i}", name=n) for i, n in enumerate(names)]
    return a


def test_family_members_sharing_a_surname_are_told_apart():
    gold = {"characters": {"Yara Okonkwo": ["Yara"], "Ngozi Okonkwo": ["Admiral Okonkwo"]}}
    m = name_map(_analysis("Admiral Ngozi Okonkwo", "Yara"), gold)
    assert m == {"c0": "Ngozi Okonkwo", "c1": "Yara Okonkwo"}


def test_a_bare_shared_surname_is_not_guessed():
    gold = {"characters": {"Yara Okonkwo": [], "Ngozi Okonkwo": []}}
    assert name_map(_analysis("Okonkwo"), gold) == {}


def test_a_title_tells_husband_and_wife_apart():
    gold = {"characters": {"Mr. Lowe": ["Arthur Lowe"], "Mrs. Lowe": ["Edna Lowe"]}}
    assert name_map(_analysis("Mrs. Lowe", "Mr. Lowe", "Lowe"), gold) == {"c0": "Mrs. Lowe", "c1": "Mr. Lowe"}
