"""Session 14, fan fiction: quote boundaries in dash dialogue, with a story written for the test
(invented names)."""

from __future__ import annotations


def _dash_quotes(text: str) -> list[str]:
    from fabula import ingest
    from fabula.dialogue.extract import extract_segments

    story = ingest.from_text(text)
    return [story.text[s.start:s.end].strip() for s in extract_segments(story.text, story.paragraphs, story.emphasis)]


def test_dash_tag_with_an_object_pronoun_a_possessive_subject_or_a_particle_ends_the_speech():
    text = ("The ferry left at six and the deck was already wet.\n\n"
            "\u2014 Hold the rail, said Tamsin.\n\n"
            "\u2014 You look pale, she told me.\n\n"
            "\u2014 I'm grand.\n\n"
            "\u2014 No shouting on deck, said her uncle.\n\n"
            "\u2014 Only the post, miss, Orrin called back.\n\n"
            "\u2014 Dearest Tamsin, she read aloud, the hens have stopped laying.\n\n"
            "\u2014 Which way? he asked when the bell rang.\n\n")
    quotes = _dash_quotes(text)
    assert "You look pale," in quotes
    assert "No shouting on deck," in quotes
    assert "Only the post, miss," in quotes
    assert "Dearest Tamsin," in quotes
    assert "Which way?" in quotes
    # an object or a clause after the verb is still speech
    assert _dash_quotes("A note.\n\n\u2014 I know, you told me already.\n\n\u2014 Fine.\n\n")[0] \
        == "I know, you told me already."
