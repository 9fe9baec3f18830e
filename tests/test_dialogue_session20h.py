"""Session 20, fan-fiction addressees: a bare line that opens its paragraph after a narration
paragraph, answered by a third person, is said to the one who answers it, not to the one who spoke
before the narration (in a first-person story, where the addressee ranker stays out); and a newcomer whose
arrival the narration paragraph before a bare line tells speaks that line."""

from __future__ import annotations

from dialogue_helpers import rule_speakers, speaker_of

_KITCHEN = (
    "The kitchen at the depot was too small for three people and a kettle. Lisandro had the only chair "
    "and was doing the crossword.\n\n"
    '"The rota is a disgrace," I said. "Nobody has cleaned the fridge since March."\n\n'
    '"Then clean it," Lisandro said without looking up.\n\n'
    "The back door banged open and Feodora came in from the car park, shaking her umbrella over the mat "
    "and dumping a box of paperwork on the counter.\n\n"
    '"Is there any coffee left?"\n\n'
    '"Half a pot," Feodora told me. "It has been sitting there since six."\n\n'
)

_KITCHEN_NO_BREAK = (
    "The kitchen at the depot was too small for three people and a kettle. Lisandro had the only chair "
    "and was doing the crossword.\n\n"
    '"The rota is a disgrace," I said. "Nobody has cleaned the fridge since March."\n\n'
    '"Then clean it," Lisandro said without looking up.\n\n'
    '"Is there any coffee left?"\n\n'
    '"Half a pot," Feodora told me. "It has been sitting there since six."\n\n'
)


def _addressee_of(text: str, start: str, nlp) -> tuple[str | None, list[str]]:
    """(speaker, addressees) of the quote that begins with ``start``, after the whole dialogue stage."""
    from fabula import analyze

    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if q.text.lstrip("\"'\u201c").startswith(start))
    return names.get(q.speaker), [names.get(x, x) for x in q.addressees]


def test_a_line_after_a_narration_paragraph_is_said_to_the_third_person_who_answers(nlp):
    speaker, told = _addressee_of(_KITCHEN, "Is there any coffee", nlp)
    assert speaker == "the narrator", (speaker, told)
    assert told == ["Feodora"], (speaker, told)


def test_without_the_narration_paragraph_the_line_answers_the_last_speaker(nlp):
    speaker, told = _addressee_of(_KITCHEN_NO_BREAK, "Is there any coffee", nlp)
    assert speaker == "the narrator", (speaker, told)
    assert told == ["Lisandro"], (speaker, told)


_ORCHARD = (
    "Iselda and Corwin had been arguing about the rota for twenty minutes.\n\n"
    '"You said Tuesday," Iselda said.\n\n'
    '"I said maybe Tuesday," Corwin said.\n\n'
    '"Maybe is not a day."\n\n'
    "Jolyon came in through the side gate with a crate of apples and set it down on the table.\n\n"
    '"Who wants to help me peel these?"\n\n'
    '"Not me," Corwin said.\n\n'
)

_ORCHARD_NO_ARRIVAL = _ORCHARD.replace(
    "Jolyon came in through the side gate with a crate of apples and set it down on the table.",
    "Jolyon was dozing in the back room with a crate of apples beside him.")


def test_the_newcomer_whose_arrival_the_paragraph_before_tells_speaks_the_bare_line(nlp):
    got = rule_speakers(_ORCHARD, nlp)
    assert speaker_of(got, "Who wants") == "Jolyon", got


def test_without_an_arrival_the_bare_line_stays_in_the_exchange(nlp):
    got = rule_speakers(_ORCHARD_NO_ARRIVAL, nlp)
    assert speaker_of(got, "Who wants") == "Corwin", got
