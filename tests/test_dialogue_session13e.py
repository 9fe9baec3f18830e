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
