"""Session 13, PDNC anaphoric tags, third round: a he/she reply to a line that called someone by
name."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def test_a_pronoun_reply_is_the_one_the_line_before_called_by_name(nlp):
    # no woman is a main-clause subject near the reply: the one Ivo called answers
    text = (
        "Marta Lind and Ivo Brenner came in from the quay. Greta Sorel, who kept the stove, gave "
        "Ivo a towel.\n\n"
        '"Are you warm enough, Marta?" asked Ivo, looking at Greta as he spoke.\n\n'
        '"Quite warm, thank you," she said.\n\n'
    )
    got = rule_speakers(text, nlp)
    assert got["Quite warm, thank you,"] == "Marta Lind"


def test_a_named_owner_of_the_subject_is_what_the_sentence_is_about(nlp):
    # "Anna's hands were shaking" is about Anna: a named owner of the subject counts as the subject
    text = (
        "Anna Avery and Dora Finch waited on the bench by the gate. The train was late, and Dora "
        "went off to ask the porter. Anna's hands were shaking.\n\n"
        '"I hate waiting," she said.\n\n'
    )
    got = rule_speakers(text, nlp)
    assert got["I hate waiting,"] == "Anna Avery"
