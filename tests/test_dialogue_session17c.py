"""Session 17, fan fiction: rules found on writer D11's stories, each with a story written for the
test (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def _of(got: dict, start: str) -> str | None:
    return got[next(k for k in got if k.startswith(start))]


def test_the_one_before_an_absolute_phrase_acts(nlp):
    # "Marisol looked at her properly, head tipped to one side.": the parser makes "head tipped" the
    # sentence's root clause; the head is no one, and Marisol, who looks, asks again
    text = ("The night ferry was nearly empty. Marisol Quint sat by the window with a paper cup of tea, "
            "and Odile Brack sat opposite her with a crossword she was not doing.\n\n"
            '"You don\'t like boats," Odile said.\n\n'
            '"I don\'t like this boat," said Marisol.\n\n'
            '"What\'s wrong with it?"\n\n'
            '"It moves."\n\n'
            "Marisol looked at her properly for the first time, head tipped to one side. "
            '"Far to go?"\n\n'
            '"Two more hours."\n\n')
    got = rule_speakers(text, nlp)
    assert _of(got, "Far to go") == "Marisol Quint", got
