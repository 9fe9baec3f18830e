"""Session 14, PDNC Explicit quotes: one speech broken by its tag stays one quote, even when the
narration after it tags the next quote."""

from __future__ import annotations

from dialogue_helpers import segments, speakers


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
    """Guards the rule above (passes without it): only a lower-case stretch goes on with the quote
    before; a capitalised one after the tag's full stop is the next speaker's own."""
    text = (
        "Ada Brook and Tomas Vell came back from the harbour at dusk.\n\n"
        '"It is cold," said Ada. Tomas shook his head and said, "Not to me."\n\n'
    )
    got = speakers(text, nlp)
    assert got["Not to me."] == "Tomas Vell"


def test_a_speech_running_on_over_paragraphs_is_one_quote_of_its_tagged_speaker(nlp):
    # the first paragraph never closes its quote and the next one opens again: one speech, whose
    # second stretch follows Milo's tag; the reply after the whole speech is Greta's turn
    text = (
        "Milo Strand spread the chart across the galley table and turned it toward Greta Hall.\n\n"
        '"The reef we feared," Milo began, "runs further east than this chart admits.\n\n'
        '"We keep to the buoys until dawn. No shortcuts."\n\n'
        '"Understood," said Greta, yawning.\n\n'
    )
    from dialogue_helpers import dialogue_rules

    an, at, utts = dialogue_rules(text, nlp)
    names = {c.id: c.name for c in an.characters}
    speech = [u for u in utts if "admits." in at.text[u.segs[0].start:u.end] or "The reef" in at.text[u.start:u.end]]
    assert len(speech) == 1 and len(speech[0].segs) == 3
    assert names.get(speech[0].speaker) == "Milo Strand"


def test_a_narration_like_sentence_inside_a_speech_the_next_paragraph_reopens_stays_speech():
    text = (
        "Milo Strand spread the chart across the galley table.\n\n"
        '"The first winter I sailed here the harbour froze. Nobody believed it. He told me, the old '
        "harbourmaster, that he had walked across the ice to the lighthouse.\n\n"
        '"The ice never came back. Keep to the buoys."\n\n'
    )
    t, segs = segments(text)
    assert t[segs[0].start:segs[0].end].endswith("to the lighthouse.")
    assert segs[1].continues


def test_a_forgotten_closer_before_a_short_tag_still_ends_the_quote():
    """Guards the rule above (passes without it): a paragraph that goes on with one short sentence
    only ('She said sadly.') is a tag after a forgotten closer, and the next paragraph's quote is a
    new speech."""
    text = (
        "Milo Strand spread the chart across the galley table.\n\n"
        '"I am sorry. She said sadly.\n\n'
        '"It does not matter."\n\n'
    )
    t, segs = segments(text)
    assert t[segs[0].start:segs[0].end] == "I am sorry."
    assert not segs[1].continues
