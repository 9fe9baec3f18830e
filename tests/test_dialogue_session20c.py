"""Session 20, fan-fiction speakers: a thought is no turn in an exchange — the listener's silent
answer between two spoken lines ('"I put you down for the final." / *Absolutely not,* I thought. /
"No."') does not shift the alternation, so the bare line after it is the thinker's spoken answer."""

from __future__ import annotations

from fabula.pipeline import analyze


def _speakers(text, nlp):
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name.split()[0] for c in a.characters}
    return [(q.text, names.get(q.speaker)) for q in a.quotes]


_BOWLING = (
    "The alley smelled of floor polish and chips. I sat at the end of the bench and tied my laces "
    "as slowly as I could. Two lanes down, Tobiah was polishing his ball with his sleeve.\n\n"
    '"Ingrid." Mirela dropped onto the bench beside me. "Ingrid, Inge, my favourite person."\n\n'
    '"What have you done?"\n\n'
    '"Nothing bad." She slid a card across to me. "I put you down for the singles final."\n\n'
    "*Absolutely not,* I thought. *Not in a thousand years.*\n\n"
    '"No."\n\n'
    '"Too late. You bowl third."\n\n'
    '"Mirela Vance, I will never forgive you."\n\n'
    '"You will by Thursday."\n\n'
)


def test_a_thought_between_two_lines_is_no_turn(nlp):
    got = dict(_speakers(_BOWLING, nlp))
    assert got["No."] != "Mirela", got  # the thinker says it aloud, not the one she answers
    assert got["Too late. You bowl third."] == "Mirela", got
