"""Nicknames with a doubled consonant, and a nickname that must not name the narrator."""

from __future__ import annotations

import pytest

from fabula import analyze_story, ingest
from fabula.cast.aliases import _short_form_of


@pytest.mark.parametrize("short,full,ok", [
    ("Ollie", "Oliver", True), ("Sammy", "Samuel", True), ("Danny", "Daniel", True), ("Toby", "Tobias", True),
    ("Ollie", "Olga", False), ("Polly", "Paul", False), ("Teddy", "Edward", False),
])
def test_short_forms(short: str, full: str, ok: bool) -> None:
    assert _short_form_of(short, full) is ok


STORY = (
    "Quiz night at the Anchor was the only thing that got the four of us in one room.\n\n"
    '"Right," says Bex. "Nobody panic. Round one is geography."\n\n'
    '"I always panic at geography," Oliver says.\n\n'
    '"You panic at everything, Ollie."\n\n'
    '"I wasn\'t going to argue," I say.\n\n'
    '"You had your arguing face on, Dee," Sunita says.\n\n'
    "Oliver laughs at me. We all stare at him.\n\n"
    '"If it\'s wrong, Ollie, you\'re buying the next round," Sunita tells him.'
)


def test_a_nickname_of_someone_the_narration_tells_of_is_not_the_narrator(nlp) -> None:
    a = analyze_story(ingest.from_text(STORY), nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c for c in a.characters}
    oliver = next(c for c in a.characters if c.name.startswith("Oliver"))
    assert "Ollie" in oliver.aliases
    narr = next(n.character for n in a.narrator if n.person == 1)
    assert narr != oliver.id
    assert names[narr].name == "Dee"


def test_saints_places_and_nationalities_are_not_characters(nlp) -> None:
    text = ("Paul was in St. Mary's for nine days. Greta sat by his bed. Greta went home on the bus past "
            "St. Brendan's Road. Amara is married to one of the mechanics, a quiet Scot called Hamish. "
            "Hamish waved. Amara waved back.")
    a = analyze_story(ingest.from_text(text), nlp=nlp, only=["cast"])
    got = {c.name for c in a.characters}
    assert {"Greta", "Amara"} <= got
    assert not any(n.startswith(("St.", "Scot")) for n in got)


def test_a_kin_word_used_as_a_name_is_a_character(nlp) -> None:
    text = ("I was twelve when Callum kissed me behind the boathouse. Callum left for Leeds in September. "
            "Callum wrote twice.\n\nWe buried Gran in March. I rode in my dad's car. Dad didn't cry at the church.")
    a = analyze_story(ingest.from_text(text), nlp=nlp, only=["cast"])
    assert "Dad" in {c.name for c in a.characters}
