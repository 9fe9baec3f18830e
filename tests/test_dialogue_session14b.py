"""Session 14, PDNC Explicit quotes: one speech broken by its tag stays one quote, even when the
narration after it tags the next quote."""

from __future__ import annotations

from dialogue_helpers import speakers


def test_a_lower_case_stretch_after_a_tag_goes_on_with_the_quote_before(nlp):
    # the narration after the second stretch leads into the third quote: it is Tomas's tag, not
    # the second stretch's
    text = (
        "Ada Brook and Tomas Vell came back from the harbour at dusk. A card lay on the table.\n\n"
        '"Heavens!" cried Ada, "he was here while we were out." Tomas, hoping to calm her, '
        'ventured to say, "He will surely come back tomorrow."\n\n'
    )
    got = speakers(text, nlp)
    assert got["Heavens! he was here while we were out."] == "Ada Brook"
    assert got["He will surely come back tomorrow."] == "Tomas Vell"


def test_a_capitalised_stretch_after_a_full_stop_is_not_forced_onto_the_quote_before(nlp):
    text = (
        "Ada Brook and Tomas Vell came back from the harbour at dusk.\n\n"
        '"It is cold," said Ada. Tomas shook his head and said, "Not to me."\n\n'
    )
    got = speakers(text, nlp)
    assert got["Not to me."] == "Tomas Vell"


def test_a_speech_running_on_over_paragraphs_is_one_quote_of_its_tagged_speaker(nlp):
    # the first paragraph never closes its quote and the next one opens again: one speech, whose
    # second stretch follows Rolf's tag; the reply after the whole speech is Ines's turn
    text = (
        "Rolf Amsel stood up at the long table and raised his glass to Ines Varga.\n\n"
        '"When I first met Ines," Rolf began, "she was eleven and angry at a kite.\n\n'
        '"She is still angry at kites. To Ines."\n\n'
        '"Thank you," said Ines, blushing.\n\n'
    )
    from dialogue_helpers import dialogue_rules

    an, at, utts = dialogue_rules(text, nlp)
    names = {c.id: c.name for c in an.characters}
    speech = [u for u in utts if "kite." in at.text[u.segs[0].start:u.end] or "When I first" in at.text[u.start:u.end]]
    assert len(speech) == 1 and len(speech[0].segs) == 3
    assert names.get(speech[0].speaker) == "Rolf Amsel"


def _segments(text: str):
    from fabula import ingest
    from fabula.dialogue.extract import extract_segments

    story = ingest.from_text(text)
    return story.text, extract_segments(story.text, story.paragraphs, story.emphasis)


def test_a_narration_like_sentence_inside_a_speech_the_next_paragraph_reopens_stays_speech():
    text = (
        "Rolf Amsel stood up at the long table.\n\n"
        '"When I first met Ines she was eleven. She was furious. He told me, my old teacher, '
        "that she would be a judge one day.\n\n"
        '"She is still furious. To Ines."\n\n'
    )
    t, segs = _segments(text)
    assert t[segs[0].start:segs[0].end].endswith("judge one day.")
    assert segs[1].continues


def test_a_forgotten_closer_before_a_short_tag_still_ends_the_quote():
    text = (
        "Rolf Amsel stood up at the long table.\n\n"
        '"I am sorry. She said sadly.\n\n'
        '"It does not matter."\n\n'
    )
    t, segs = _segments(text)
    assert t[segs[0].start:segs[0].end] == "I am sorry."
    assert not segs[1].continues
