"""Session 13, PDNC tags, second round: a name behind an adjective the tagger calls the subject."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def test_an_adjective_before_a_titled_name_does_not_hide_the_name(nlp):
    # the tagger makes "unsentimental" the subject noun and "Mr. Vane" its apposition
    text = (
        "Petra Holm and Osric Vane sat over their sewing in the window.\n\n"
        '"More tea?" said Petra.\n\n'
        '"And what good would that do?" inquired the unsentimental Mr. Vane.\n\n'
    )
    got = rule_speakers(text, nlp)
    assert got["And what good would that do?"] == "Osric Vane"

