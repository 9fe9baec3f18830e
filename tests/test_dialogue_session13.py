"""Session 13, PDNC tags: who a lead-in's speech verb belongs to when the small parser slips."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def _speaker_of(text: str, nlp, start: str) -> str | None:
    got = rule_speakers(text, nlp)
    return next(v for k, v in got.items() if k.startswith(start))


def test_an_owned_gerund_speaks_not_the_subject_of_its_clause(nlp):
    # "by Mr. Crane's saying": the gerund's owner speaks; "she" only was stopped
    text = (
        "Mrs. Tolley and Mr. Crane sat by the fire after dinner.\n\n"
        "Mrs. Tolley was beginning an eager assurance of the comfort he might depend on, when she was "
        'stopped by Mr. Crane\'s saying with authority, "We leave for the coast on Monday."\n\n'
    )
    assert _speaker_of(text, nlp, "We leave") == "Mr. Crane"


def test_a_gerund_the_tagger_calls_a_noun_still_speaks_for_its_owner(nlp):
    text = (
        "Petra Holm and Minna Voss sat over their sewing in the window.\n\n"
        "Petra sat musing on the weather, till roused by Minna's saying, "
        '"The carrier is late again."\n\n'
    )
    assert _speaker_of(text, nlp, "The carrier") == "Minna Voss"


def test_a_lead_in_after_a_dash_and_and_tags_the_second_quote_of_the_paragraph(nlp):
    text = (
        "Clarice Dunmore and Hetty Brand walked home along the river.\n\n"
        'Clarice said lightly, "Well, Hetty, whenever you travel, take an umbrella"--and thought '
        'no more of it, till after a minute she heard Hetty say in a low voice, "I shall never travel."\n\n'
    )
    assert _speaker_of(text, nlp, "I shall never travel") == "Hetty Brand"


def test_the_one_heard_saying_it_is_the_speaker(nlp):
    text = (
        "Ambrose Kettle stood by the bookcase while Lavinia Pole talked with her aunt across the room.\n\n"
        '"I prefer the garnets," he heard Lavinia say.\n\n'
    )
    assert _speaker_of(text, nlp, "I prefer") == "Lavinia Pole"


def test_a_name_set_off_before_an_aside_is_the_speaker(nlp):
    # the parser hangs "called out" on the aside and gives it no subject of its own
    text = (
        "Osric Vane and Lucilla Brand sat by the piano while her cousin played.\n\n"
        "The music went on and on, and her listeners began to get restive, and Osric, sharing the "
        'discontent, called out: "Now play us something shorter."\n\n'
    )
    assert _speaker_of(text, nlp, "Now play") == "Osric Vane"


def test_a_name_after_an_adverbial_and_set_off_by_an_aside_is_the_speaker(nlp):
    text = (
        "Osric Vane and Lucilla Brand sat by the piano while her cousin played.\n\n"
        "Nothing would rouse him, until at last Lucilla, getting more and more impatient, said, "
        '"And I have the tickets."\n\n'
    )
    assert _speaker_of(text, nlp, "And I have") == "Lucilla Brand"


def test_a_cast_name_the_tagger_took_for_an_adverb_after_a_speech_verb_speaks(nlp):
    text = (
        "Edmund Harcourt and Fanny Lyle sat with Lady Harcourt in the drawing room.\n\n"
        '"Fanny, you do not want to go, do you?" said Lady Harcourt.\n\n'
        '"If you put such a question to her," cried Edmund, preventing his cousin\'s speaking, '
        '"she will say No."\n\n'
    )
    assert _speaker_of(text, nlp, "If you put") == "Edmund Harcourt"


def test_a_cast_name_the_tagger_took_for_a_noun_after_a_speech_verb_speaks(nlp):
    text = (
        "Blathers and Duff stood by the window with the doctor.\n\n"
        '"It is nonsense," said the doctor.\n\n'
        '"What he says is quite correct," observed Blathers, nodding his head in a confirmatory way.\n\n'
    )
    assert _speaker_of(text, nlp, "What he says") == "Blathers"


def test_words_that_burst_from_someone_are_theirs(nlp):
    text = (
        "Wilfred Ames and Cassia Lorne walked by the river, talking of her cousins.\n\n"
        '"She has more than mere cleverness," said Cassia.\n\n'
        '"I like Hester better," said Wilfred.\n\n'
        '"Those dreadful wasps!" burst from Wilfred, with a nervous laugh.\n\n'
    )
    assert _speaker_of(text, nlp, "Those dreadful") == "Wilfred Ames"


def test_words_that_came_from_someones_lips_are_theirs(nlp):
    text = (
        "Lady Orla, Sir Rollo Keyes and the Duchess sat at the long table.\n\n"
        '"A delightful idea!" the Duchess exclaimed. "I must try it."\n\n'
        "\"A dangerous idea!\" came from Sir Rollo's tight lips. Lady Orla shook her head.\n\n"
    )
    assert _speaker_of(text, nlp, "A dangerous") == "Sir Rollo Keyes"
