"""Session 21, the reviewer's fixes to session 20's dialogue rules: the talker who goes on after the
listener's thought keeps the line; a role noun is tied to a name only by a "be" that states it."""

from __future__ import annotations

from dialogue_helpers import rule_speakers, speaker_of

_DARTS = (
    "The pub was loud with the league crowd. I stood by the board and chalked the scores while Odran "
    "fetched the drinks.\n\n"
    '"Thea." Benedikta slid onto the stool beside me. "Thea, my favourite person."\n\n'
    '"What have you done?"\n\n'
    '"Nothing bad." She pushed a form across the bar. "I put you down for the doubles final."\n\n'
    "{thought}\n\n"
    "{line}\n\n"
    "{after}\n\n"
)


def _darts(thought="'Absolutely not,' I thought. 'Not in a hundred years.'",
           line='"And before you say anything, the form is already in."', after='"I hate you," I said.'):
    return _DARTS.format(thought=thought, line=line, after=after)


def test_the_talker_goes_on_after_the_listeners_thought(nlp):
    # the thinker's own tagged line comes next: the bare line between is the talker's, going on
    got = rule_speakers(_darts(), nlp)
    assert speaker_of(got, "And before you say") == "Benedikta", got
    got = rule_speakers(_darts(thought="*Absolutely not,* I thought. *Not in a hundred years.*"), nlp)
    assert speaker_of(got, "And before you say") == "Benedikta", got


def test_the_listener_still_answers_after_a_thought(nlp):
    # no tagged line of the thinker's next: the bare line is the thinker's spoken answer, as before
    got = rule_speakers(_darts(line='"No."', after='"Too late. You throw second."'), nlp)
    assert speaker_of(got, "No.") == "Thea", got
