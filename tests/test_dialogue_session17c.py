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


def test_a_name_said_with_a_handshake_is_the_speakers_own(nlp):
    # "Perpetua. Well, Pet, really": she gives her own name as she offers her hand (the "Pet" in it
    # is no call to anyone), and the bare name that answers is the other woman's own
    text = ("The allotment shed had one dry bench and Constance Ebbe was sitting on it when the rain "
            "drove someone else in under the eaves.\n\n"
            '"Room for two?" the newcomer asked.\n\n'
            '"Just about," said Constance.\n\n'
            "The woman sat, shook the water off her hat and held out a hand. "
            '"Perpetua. Well, Pet, really, only my mother ever says the whole thing."\n\n'
            '"Constance."\n\n'
            '"That\'s a name with a hymn in it," Perpetua said.\n\n')
    got = rule_speakers(text, nlp)
    assert _of(got, "Perpetua. Well") == "Perpetua", got
    assert _of(got, "Constance.") == "Constance Ebbe", got
