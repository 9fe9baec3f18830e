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


def test_the_other_person_a_tellers_paragraph_ends_on_speaks_the_bare_quote_after_it(nlp):
    # first person: the teller and Wilhelmina talk; Osric, new to the talk, comes up and speaks
    text = ("I met Wilhelmina by the fountain at eight.\n\n"
            '"You\'re late," Wilhelmina said.\n\n'
            '"The bus was late," I said.\n\n'
            '"The bus is always late," said Wilhelmina.\n\n'
            "I drifted through the crowd with an empty glass. Osric stopped beside me with a silver tray.\n\n"
            '"Another glass, madam?"\n\n')
    got = rule_speakers(text, nlp)
    assert got["Another glass, madam?"] == "Osric"


def test_a_walk_on_has_the_turn_after_a_bare_reply_in_a_first_person_scene(nlp):
    # the barista speaks, the teller's friend answers with a bare line, the barista goes on
    text = ("I queued behind Ingrid at the counter while the rain came down outside.\n\n"
            '"Oat milk is extra," the barista said.\n\n'
            '"That\'s fine. She\'s paying," Ingrid said.\n\n'
            '"I always pay," I said.\n\n'
            '"Then the tip jar is right there," the barista said.\n\n'
            '"We know where the tip jar is."\n\n'
            '"Name for the cup?"\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert got["Name for the cup?"] == "the barista"
