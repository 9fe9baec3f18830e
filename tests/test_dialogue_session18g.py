"""Session 18, addressees: the person the speaker acts on in the narration leading into a quote
("Ysmay points a ladle at Bartek.", "She kicks him under the table.") is whom the quote is said to,
not the last speaker. (A gesture between two pieces of one quote no longer adds a second
listener: reverted in the session 18 review, see tests/test_dialogue_session18h.py.)"""

from __future__ import annotations

from fabula.pipeline import analyze

_TABLE = (
    "Ysmay Corlett, Bartek Nowicki and Zephyrine Thackeray ate supper at the long kitchen table while "
    "the rain came down on the yard outside.\n\n"
    '"Pass the bread," Zephyrine said.\n\n'
    '"Get it yourself," Ysmay said.\n\n'
)


def _addressees(text, nlp, start):
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if q.text.startswith(start))
    return [names.get(x) for x in q.addressees]


def test_a_gesture_at_someone_before_the_quote_names_the_listener(nlp):
    text = _TABLE + 'Ysmay points a ladle at Bartek. "You have not said a word all night."\n\n'
    assert _addressees(text, nlp, "You have not said")[:1] == ["Bartek Nowicki"]


def test_a_gesture_by_someone_else_does_not(nlp):
    # the beat's subject is not the speaker: Zephyrine's glance says nothing of whom Ysmay talks to
    text = _TABLE + 'Zephyrine glanced at Bartek. "You have not said a word all night," Ysmay said.\n\n'
    assert "Bartek Nowicki" not in _addressees(text, nlp, "You have not said")


_PORCH = (
    "I had only meant to return the ladder. Fennick Fitzwaring opened the door before I could knock, and "
    "his sister Ludmila came up the hall behind him with flour on her hands.\n\n"
    '"You found it, then," Fennick said.\n\n'
    '"It was behind the shed," I said.\n\n'
    '"Of course it was," Ludmila said. "He hides everything behind the shed."\n\n'
)


def test_a_line_about_the_last_speaker_that_says_you_goes_to_the_teller(nlp):
    # Ludmila speaks of Fennick as "he" and says "you": she is talking to the "I", about him
    text = _PORCH + ('"I do not," Fennick said.\n\n'
                     '"He does. Do you want to stay for tea? He will only sulk if you say no," Ludmila said.\n\n')
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if q.text.startswith("He does"))
    assert names.get(q.speaker) == "Ludmila"
    assert [names.get(x) for x in q.addressees][:1] == ["the narrator"], [names.get(x) for x in q.addressees]


def test_without_you_the_last_speaker_keeps_the_line(nlp):
    text = _PORCH + ('"I do not," Fennick said.\n\n'
                     '"Then where is the rake? He had it on Sunday," Ludmila said.\n\n')
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if q.text.startswith("Then where"))
    assert "the narrator" not in [names.get(x) for x in q.addressees]
