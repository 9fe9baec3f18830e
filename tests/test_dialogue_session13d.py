"""Session 13, PDNC tags, second round: a name behind an adjective the tagger calls the subject,
and one speech broken by narration kept as one quote."""

from __future__ import annotations

from dialogue_helpers import rule_speakers
from fabula.dialogue.attribute import Utterance, _join_same_speaker
from fabula.dialogue.extract import Segment


def test_an_adjective_before_a_titled_name_does_not_hide_the_name(nlp):
    # the tagger makes "unsentimental" the subject noun and "Mr. Vane" its apposition
    text = (
        "Petra Holm and Osric Vane sat over their sewing in the window.\n\n"
        '"More tea?" said Petra.\n\n'
        '"And what use would that be?" inquired the unsentimental Mr. Vane.\n\n'
    )
    got = rule_speakers(text, nlp)
    assert got["And what use would that be?"] == "Osric Vane"


def _utt(start: int, end: int, para: int, speaker: str | None, kind: str = "speech") -> Utterance:
    return Utterance([Segment(start, end, para, '"', closed=True)], speaker=speaker, kind=kind)


def test_pieces_of_one_paragraph_with_one_speaker_are_one_quote():
    utts = [_utt(0, 10, 1, "c1"), _utt(30, 50, 1, "c1"), _utt(60, 70, 2, "c1")]
    out = _join_same_speaker(utts)
    assert [len(u.segs) for u in out] == [2, 1]  # the next paragraph stays its own quote


def test_the_same_speaker_opening_the_next_paragraph_is_a_new_turn():
    # '"No," said Ada. / "Tom, you...," said Ada to Tom.': two turns with their own addressees
    utts = [_utt(0, 10, 1, "c1"), _utt(60, 70, 2, "c1")]
    assert len(_join_same_speaker(utts)) == 2


def test_pieces_with_different_speakers_or_kinds_stay_apart():
    utts = [_utt(0, 10, 1, "c1"), _utt(30, 50, 1, "c2"), _utt(60, 70, 1, "c2", kind="thought"),
            _utt(80, 90, 1, None), _utt(95, 99, 1, None)]
    assert len(_join_same_speaker(utts)) == 5


def test_a_second_who_clause_the_parser_hangs_on_the_main_verb_is_still_the_antecedents(nlp):
    text = (
        "Petra Holm and Osric Vane and Minna Voss sat in the parlour.\n\n"
        '"It is late," said Minna.\n\n'
        "A long silence followed, which was ended at last by Petra, who looked eager to talk, "
        'and who then asked quite suddenly, "And how do you find the coast?"\n\n'
    )
    assert rule_speakers(text, nlp)["And how do you find the coast?"] == "Petra Holm"


def test_the_one_whose_voice_says_it_speaks(nlp):
    text = (
        "Petra Holm and Osric Vane and Minna Voss sat in the parlour.\n\n"
        '"It is late," said Minna.\n\n'
        "Minna turned to Osric, whose low voice said\n\n"
        '"It is foolish to have taken both sides at once."\n\n'
    )
    assert rule_speakers(text, nlp)["It is foolish to have taken both sides at once."] == "Osric Vane"


def test_broke_out_after_a_quote_is_a_speech_tag(nlp):
    text = (
        "Petra Holm and Osric Vane and Minna Voss rode in the cart.\n\n"
        '"They are priceless," said Petra.\n\n'
        '"I would hardly say she was mistaken," broke out Osric, from the back of the cart.\n\n'
    )
    assert rule_speakers(text, nlp)["I would hardly say she was mistaken,"] == "Osric Vane"
