"""Session 20, fan-fiction speakers: a thought is no turn in an exchange — the listener's silent
answer between two spoken lines ('"I put you down for the final." / *Absolutely not,* I thought. /
"No."') does not shift the alternation, so the bare line after it is the thinker's spoken answer."""

from __future__ import annotations

from dialogue_helpers import rule_speakers, speaker_of

_BOWLING = (
    "The alley smelled of floor polish and chips. I perched on the end of the bench and tied my laces "
    "as slowly as I could. Two lanes down, Rab was polishing his ball with his sleeve.\n\n"
    '"Ione." Renata dropped onto the bench beside me. "Ione, my favourite person."\n\n'
    '"What have you done?"\n\n'
    '"Nothing bad." She slid a card across to me. "I put you down for the singles final."\n\n'
    "*Absolutely not,* I thought. *Not in a thousand years.*\n\n"
    '"No."\n\n'
    '"Too late. You bowl third."\n\n'
    '"Renata Kettleby, I will never forgive you."\n\n'
    '"You will by Thursday."\n\n'
)


def test_a_thought_between_two_lines_is_no_turn(nlp):
    got = rule_speakers(_BOWLING, nlp)
    assert speaker_of(got, "No.") == "Ione", got  # the thinker says it aloud, not the one she answers
