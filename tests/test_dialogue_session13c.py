"""Session 13, fan fiction, turn order: rules for who speaks next in group scenes, each with a
story written for the test (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def test_two_bare_quotes_calling_each_other_by_name_are_that_pairs_turns(nlp):
    # Dunstan and Marisol talk first; then Quillon calls Bettany on the radio and she answers
    text = ("Dunstan and Marisol sat in the cabin while Quillon and Bettany worked outside.\n\n"
            '"The engine is too loud," Dunstan said.\n\n'
            '"It always is," said Marisol.\n\n'
            "The radio on the wall clicked twice.\n\n"
            '"Bettany, can you hear me?"\n\n'
            '"Loud and clear, Quillon. The panel is open."\n\n'
            '"Is it bad?"\n\n'
            '"Not yet."\n\n')
    got = rule_speakers(text, nlp)
    assert got["Bettany, can you hear me?"] == "Quillon"
    assert got["Loud and clear, Quillon. The panel is open."] == "Bettany"
    assert got["Is it bad?"] == "Quillon"
    assert got["Not yet."] == "Bettany"
