"""Session 13, PDNC tags: who a lead-in's speech verb belongs to when the small parser slips."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def _speaker_of(text: str, nlp, start: str) -> str | None:
    got = rule_speakers(text, nlp)
    return next(v for k, v in got.items() if k.startswith(start))


def test_an_owned_gerund_speaks_not_the_subject_of_its_clause(nlp):
    # "by Mr. Crane's saying": the gerund's owner speaks; "she" only was checked
    text = (
        "Mrs. Tolley and Mr. Crane sat by the fire after dinner.\n\n"
        "Mrs. Tolley had started a long complaint about the price of coal, when she was "
        'checked by Mr. Crane\'s saying quite sharply, "We leave for the coast on Monday."\n\n'
    )
    assert _speaker_of(text, nlp, "We leave") == "Mr. Crane"


def test_a_gerund_the_tagger_calls_a_noun_still_speaks_for_its_owner(nlp):
    text = (
        "Petra Holm and Minna Voss sat over their sewing in the window.\n\n"
        "Petra was counting stitches under her breath, till startled by Minna's saying, "
        '"The carrier is late again."\n\n'
    )
    assert _speaker_of(text, nlp, "The carrier") == "Minna Voss"


def test_a_lead_in_after_a_dash_and_and_tags_the_second_quote_of_the_paragraph(nlp):
    text = (
        "Clarice Dunmore and Hetty Brand walked home along the river.\n\n"
        'Clarice said brightly, "Well, Hetty, if you ever go abroad, pack a coat"--and gave it '
        'no further thought, till a little later she heard Hetty say quietly, "I am never going abroad."\n\n'
    )
    assert _speaker_of(text, nlp, "I am never going") == "Hetty Brand"


def test_the_one_heard_saying_it_is_the_speaker(nlp):
    text = (
        "Ambrose Kettle stood by the bookcase while Lavinia Pole talked with her aunt across the room.\n\n"
        '"I want the green one," he heard Lavinia say.\n\n'
    )
    assert _speaker_of(text, nlp, "I want the green") == "Lavinia Pole"


def test_a_name_set_off_before_an_aside_is_the_speaker(nlp):
    # the parser hangs "called out" on the aside and gives it no subject of its own
    text = (
        "Osric Vane and Lucilla Brand sat by the piano while her cousin played.\n\n"
        "The tune went round and round, and the company began to fidget, and Osric, feeling the "
        'same, called out: "Now give us something quicker."\n\n'
    )
    assert _speaker_of(text, nlp, "Now give") == "Osric Vane"


def test_a_name_after_an_adverbial_and_set_off_by_an_aside_is_the_speaker(nlp):
    text = (
        "Osric Vane and Lucilla Brand sat by the piano while her cousin played.\n\n"
        "Nothing would stop him, until at last Lucilla, growing more and more cross, said, "
        '"And I have the tickets."\n\n'
    )
    assert _speaker_of(text, nlp, "And I have") == "Lucilla Brand"


def test_a_cast_name_the_tagger_took_for_an_adverb_after_a_speech_verb_speaks(nlp):
    text = (
        "Osmund Harcourt and Nell Lyle sat with Lady Harcourt in the morning room.\n\n"
        '"Nell, you would rather stay in, wouldn\'t you?" said Lady Harcourt.\n\n'
        '"If you ask her like that," cried Osmund, before his cousin could answer, '
        '"she will agree."\n\n'
    )
    assert _speaker_of(text, nlp, "If you ask") == "Osmund Harcourt"


def test_a_cast_name_the_tagger_took_for_a_noun_after_a_speech_verb_speaks(nlp):
    text = (
        "Bristles and Wick stood by the window with the constable.\n\n"
        '"It is rubbish," said the constable.\n\n'
        '"What he says is right enough," observed Bristles, tapping the sill with one finger.\n\n'
    )
    assert _speaker_of(text, nlp, "What he says") == "Bristles"


def test_words_that_burst_from_someone_are_theirs(nlp):
    text = (
        "Wilfred Ames and Cassia Lorne walked by the river, talking of her cousins.\n\n"
        '"She is cleverer than she lets on," said Cassia.\n\n'
        '"I prefer Nell," said Wilfred.\n\n'
        '"Those wretched midges!" burst from Wilfred, with a startled laugh.\n\n'
    )
    assert _speaker_of(text, nlp, "Those wretched") == "Wilfred Ames"


def test_a_letter_that_came_from_someone_after_a_quote_is_no_tag(nlp):
    # the verb after the quote has a subject of its own, and it is no words or cry
    text = (
        "Wilfred Ames and Cassia Lorne walked by the river, talking of her cousins.\n\n"
        '"Where is he now?" asked Cassia.\n\n'
        '"In the north," said Wilfred.\n\n'
        '"You never write." A letter came from Wilfred the next morning.\n\n'
    )
    assert _speaker_of(text, nlp, "You never write") != "Wilfred Ames"


def test_words_that_came_from_someones_lips_are_theirs(nlp):
    text = (
        "Lady Orla, Sir Rollo Keyes and the Duchess sat at the long table.\n\n"
        '"A charming plan!" the Duchess cried. "I must try it."\n\n'
        "\"A reckless plan!\" came from Sir Rollo's thin lips. Lady Orla shook her head.\n\n"
    )
    assert _speaker_of(text, nlp, "A reckless") == "Sir Rollo Keyes"
