"""Session 24 (a): fan-fiction turn order, with scenes written for the tests (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers, speaker_of


def _walk_on_then_call(call: str) -> str:
    return ("Odile Brackett checked the tickets while Piet Varga loaded the van.\n\n"
            '"Is this the bus for the harbour?" a cyclist shouted from the kerb.\n\n'
            "Piet shoved the last crate in and slammed the doors.\n\n"
            f'"{call}" said Piet. "Do you want the front seat?"\n\n'
            '"I would rather walk, thank you."\n\n')


def test_the_one_a_tagged_question_calls_answers_not_the_walk_on(nlp):
    # the walk-on two turns back would answer a bare question put to no one; a question put to Odile
    # by name is hers to answer
    got = rule_speakers(_walk_on_then_call("Odile,"), nlp, walk_ons=True)
    assert speaker_of(got, "I would rather walk") == "Odile Brackett", got


def test_a_question_put_to_no_one_by_name_still_goes_back_to_the_walk_on(nlp):
    got = rule_speakers(_walk_on_then_call("Well,"), nlp, walk_ons=True)
    assert speaker_of(got, "I would rather walk") == "the cyclist", got
