"""Quote extraction on small original texts: direction inference, apostrophes, recovery."""

from __future__ import annotations

from fabula import ingest
from fabula.dialogue.extract import extract_segments, recover_end


def segs_of(text: str, emphasis=None):
    story = ingest.from_text(text)
    if emphasis is not None:
        story.emphasis = emphasis(story.text)
    segs = extract_segments(story.text, story.paragraphs, story.emphasis)
    return story, [(story.text[s.start:s.end], s) for s in segs]


def texts(text: str) -> list[str]:
    return [t for t, _ in segs_of(text)[1]]


def test_plain_double_quotes_and_interruption():
    got = texts('"Wait," Mara said, "the tide is turning." She pointed at the rocks.')
    assert got == ["Wait,", "the tide is turning."]


def test_apostrophes_are_not_quotes():
    text = ("I don't know why the Smiths' dog barks 'cause nobody's home. We played rock 'n' roll "
            "all night, an' nobody minded the '90s records.")
    assert texts(text) == []


def test_single_quoted_thought_kept_but_scare_quotes_dropped():
    text = ("He made a 'whatever' kind of gesture. 'This is not going to work,' I thought. "
            "Then I left.")
    assert texts(text) == ["This is not going to work,"]


def test_unclosed_quote_is_cut_at_narration_not_swallowing_the_story():
    text = ('"Tom,... I am so sorry. She said. She told me about the storm. "Where is he?" I asked.\n\n'
            "The night went on and on without any more talking at all.")
    got = texts(text)
    assert got[0] == "Tom,... I am so sorry."
    assert got[1] == "Where is he?"
    assert all("night went on" not in t for t in got)


def test_unclosed_quote_closed_by_next_opener():
    text = '"Well the boat seems fine now. "That is great! Can we go?" I asked.'
    assert texts(text) == ["Well the boat seems fine now.", "That is great! Can we go?"]


def test_multi_paragraph_speech_continues():
    text = ('"The first part of my story is long,\n\n'
            '"and the second part is longer still," said the old sailor.\n\n'
            "Nobody answered him.")
    story, got = segs_of(text)
    assert [t for t, _ in got] == ["The first part of my story is long,",
                                   "and the second part is longer still,"]
    assert got[1][1].continues and not got[0][1].recovered


def test_paragraph_unclosed_without_continuation_stops_at_paragraph_end():
    text = '"I never finished this line\n\nThe narrator goes on, with no quotes.\n\n"Later," she said.'
    got = texts(text)
    assert got == ["I never finished this line", "Later,"]


def test_guillemets_and_dash_dialogue():
    assert texts("Il dit: «Bonjour, mon ami.» Puis il partit.") == ["Bonjour, mon ami."]
    text = "\u2014Where are you going? \u2014 she asked.\n\n\u2014Home, \u2014 he said. \u2014 It is late."
    got = texts(text)
    assert got[0] == "Where are you going?"
    assert "Home," in got[1] and "It is late." in got


def test_italic_thought_needs_a_thought_verb():
    text = "I can do this, she thought. The music was loud. Never again, he wrote."

    def em(t: str):
        a = t.index("I can do this")
        b = t.index("Never again")
        return [(a, a + len("I can do this")), (b, b + len("Never again"))]

    _, got = segs_of(text, em)
    assert [t for t, _ in got] == ["I can do this"]
    assert got[0][1].mark == "em"


def test_nested_single_quotes_stay_inside_the_outer_quote():
    got = texts('"She told me \'run, now\' and then she vanished," he said.')
    assert got == ["She told me 'run, now' and then she vanished,"]


def test_recover_end_only_cuts_at_narration():
    t = '"I love you. I mean it. He nodded slowly.'
    assert t[1:recover_end(t, 1, len(t))] == "I love you. I mean it."


def test_dash_dialogue_named_tag_after_a_comma_ends_the_speech():
    """'— I've missed you, — Odile said.': a comma, a dash and a name with its tag verb close the
    speech as "— he said" does; a name inside the speech stays speech."""
    text = ("\u2014 Is that the last bus? \u2014 I asked.\n\n"
            "\u2014 I've missed you, \u2014 Odile said. \u2014 All of you.\n\n"
            "\u2014 Later, \u2014 said Bruno, and shrugged.\n\n"
            "\u2014 Wait, Odile said you would come.")
    got = texts(text)
    assert "I've missed you," in got and "All of you." in got
    assert not any("Odile said." in t for t in got)
    assert "Later," in got
    assert "Wait, Odile said you would come." in got


def test_plain_text_underscore_italics_framed_as_thoughts():
    """A plain-text story marks italics with underscores: a run framed by a thought verb is a
    thought, as in Markdown; an unframed italic sentence there is the narrator's own emphasis."""
    from fabula.ingest import from_text

    story = from_text("Ilse set the tray down. _Two hundred,_ she thought. _Two hundred, and singing._\n\n"
                      "\"You're late,\" said Teo.\n\n"
                      "He looked at the clock. _He was hungry._ So he went home.")
    assert story.emphasis, "underscore runs are emphasis in plain text"
    got = [story.text[s.start:s.end] for s in extract_segments(story.text, story.paragraphs, story.emphasis)]
    assert "Two hundred," in got and "Two hundred, and singing." in got
    assert "He was hungry." not in got
    # the writer's marks stay in the text, outside the emphasis span
    a, b = next((a, b) for a, b in story.emphasis if story.text[a:b] == "Two hundred,")
    assert story.text[a - 1] == "_" and story.text[b] == "_"
