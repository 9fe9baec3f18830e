"""Session 15, fan fiction turn order: in a first-person group scene, a bare line after one whose
speaker acts on the "I" ("Bridget poked my shoulder") is the teller's answer, not a turn of the one
who spoke before (a story written for the test, invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers, speakers

FERRY = (
    "The three of them were already on the slipway when I got there, stamping against the cold.\n\n"
    '"The ferry\'s late again," Tomas said.\n\n'
    '"It\'s always late on a Sunday," said Orla.\n\n'
    "Tomas shrugged. Then Bridget poked my shoulder with the end of her umbrella. \"You promised "
    'to bring the tickets."\n\n'
    '"They\'re in my coat somewhere."\n\n'
    "Orla laughed and turned back to watch the water.\n\n"
)


def _of(got: dict, start: str) -> str | None:
    return got[next(k for k in got if k.startswith(start))]


def test_the_teller_answers_the_one_who_reached_for_them(nlp):
    got = rule_speakers(FERRY, nlp)
    assert _of(got, "You promised") == "Bridget", got
    answer = _of(got, "They're in my coat")
    assert answer not in ("Orla", "Tomas", "Bridget", None), got  # the "I", however the cast names it


def test_the_ranker_keeps_the_teller_s_answer(nlp):
    got = speakers(FERRY, nlp)
    assert _of(got, "They're in my coat") not in ("Orla", "Tomas", "Bridget", None), got
