"""Session 26 (c, cast): who a first-person narrator is. A kin word of the other sex is never what
others call her; 'I phoned ... and said, "Papa, ..."' is the narrator's own call; a titled surname's
calls no longer take a given name's calls with them; two forms of one name called once each outvote
a name called once; "my brother X" tells of someone the "I" is not; a common word opening a call
('"Soup, Jolyon?"') names nobody.

All texts are invented."""

import pytest

pytest.importorskip("spacy")

import fabula  # noqa: E402
from fabula import ingest  # noqa: E402
from fabula.cast import narrator  # noqa: E402
from fabula.cast.quotes import QuoteMap  # noqa: E402


def _cast(text: str):
    return fabula.analyze(text=text, only=["cast"])


def _narrator(text: str):
    an = _cast(text)
    chars = {c.id: c for c in an.characters}
    ids = {s.character for s in an.narrator if s.person == 1 and s.character}
    assert len(ids) == 1, ids
    return chars[ids.pop()]


def _names(ch) -> set[str]:
    return {ch.name, *ch.aliases}


def test_and_said_after_an_i_clause_is_the_narrators_line():
    story = ingest.from_text('At midnight I phoned my father, whose light was on, and said, "Papa, open up."\n\n'
                             'Osgood knocked while I was reading, and said, "Papa, the car."')
    qmap = QuoteMap.from_story(story)
    first, second = qmap.regions[:2]
    assert narrator.narrator_speaks(story, first)
    assert not narrator.narrator_speaks(story, second)


GRANDAD = (
    "The flat was too warm and smelled of oranges. I put my bag down by the door.\n\n"
    '"Marisela, you came," Tancred said. He folded my scarf over the back of a chair.\n\n'
    "Tancred had laid the table for three. Tancred always laid too many places.\n\n"
    '"Grandad, she is here," Tancred called down the hall.\n\n'
    '"Sit down, Marisela," Tancred said, and I sat.\n\n'
    '"Grandad, the soup," Tancred said.\n\n'
    "I ate the soup and said nothing about the salt."
)


def test_a_kin_word_of_the_other_sex_is_not_what_others_call_her():
    me = _narrator(GRANDAD)
    assert "Marisela" in _names(me)
    assert "Grandad" not in _names(me)


def test_two_forms_of_one_name_called_once_each_outvote_a_name_called_once():
    text = (
        "Sunday lunch was mine to cook, and I burnt the bread.\n\n"
        "Pim's car pulled up at noon. Pim brought wine.\n\n"
        '"Thank you for coming, Pim."\n\n'
        "The kitchen filled with steam and I opened the window.\n\n"
        '"You look tired, Drusilla."\n\n'
        "I shrugged and carved the lamb.\n\n"
        '"Sit down, Dru."\n\n'
        "I sat down."
    )
    me = _narrator(text)
    assert "Pim" not in _names(me)
    assert "Drusilla" in _names(me) or "Dru" in _names(me)


def test_my_brother_is_not_the_narrator_however_often_he_is_called():
    text = (
        "The party was in the rowing club. I came late, with my brother Leopoldo, and he went to find a chair.\n\n"
        '"That is your cousin, Leopoldo," Bellamy said.\n\n'
        '"Smile, Leopoldo," Bellamy said.\n\n'
        '"Leopoldo, the speech," Bellamy said.\n\n'
        '"Odetta, you look well," Bellamy said, and kissed my cheek.\n\n'
        '"Odetta, have some cake," Bellamy said.\n\n'
        "I ate the cake. Leopoldo made his speech."
    )
    me = _narrator(text)
    assert "Leopoldo" not in _names(me)


def test_a_titled_surname_call_keeps_the_given_name_calls():
    text = (
        "The letters came on Tuesdays, and I read them at the kitchen table.\n\n"
        '"Dear Philomena," the first one began. I read it twice.\n\n'
        '"Miss Quillon, there is a parcel," the postman said at the door.\n\n'
        '"Miss Quillon, sign here," the postman said.\n\n'
        '"Philomena Quillon, you never write back," my aunt said that evening.\n\n'
        '"Eat, Philomena," she said, and I ate.\n\n'
        '"H, is that you?" somebody called from the stairs, and I did not answer.'
    )
    me = _narrator(text)
    assert "Philomena" in _names(me) or "Philomena Quillon" in _names(me)


def test_a_common_word_opening_a_call_names_nobody():
    text = (
        "Every winter I drive out to the coast with my granddad Jolyon to mend his nets.\n\n"
        "The shed was cold. I lit the stove and set the pan of soup on it.\n\n"
        '"Soup, Jolyon?"\n\n'
        "He waved it away and went on knotting, so I ate alone by the stove."
    )
    an = _cast(text)
    chars = {c.id: c for c in an.characters}
    named = {chars[s.character].name for s in an.narrator if s.person == 1 and s.character in chars}
    assert "Tea" not in named and "Jolyon" not in named
