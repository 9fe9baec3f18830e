"""Plain text and Markdown ingest: paragraphs, markers, chapters, emphasis."""

import pytest

from fabula.ingest import from_text
from fabula.ingest.plain import classify_line, pov_header_name, read_markdown


@pytest.mark.parametrize("line,kind", [
    ("***", "scene_break"), ("* * *", "scene_break"), ("~~~", "scene_break"), ("-----", "scene_break"),
    ("<hr>", "scene_break"), ("oOo", "scene_break"), ("❦", "scene_break"),
    ("Ada's point of view", "pov_header"), ("Ben's POV", "pov_header"), ("— Cleo —", "pov_header"),
    ("POV: Dana", "pov_header"),
    ("Chapter 3", "heading"), ("CHAPTER XII. The Storm", "heading"), ("Chapter Twenty-One", "heading"),
    ("Prologue", "heading"),
    ("...", "text"), ("She said nothing.", "text"), ("Flashback over", "text"),
])
def test_classify_line(line, kind):
    assert classify_line(line) == kind


def test_pov_header_name():
    assert pov_header_name("Ada's point of view") == "Ada"
    assert pov_header_name("POV: Dana Reyes") == "Dana Reyes"


def test_one_paragraph_per_line():
    story = from_text("First line here.\nSecond line here.\n\n***\nThird.")
    texts = [story.text[p.span[0]:p.span[1]] for p in story.paragraphs]
    assert texts == ["First line here.", "Second line here.", "***", "Third."]
    assert [p.kind for p in story.paragraphs] == ["text", "text", "scene_break", "text"]


def test_hard_wrapped_prose_is_joined():
    para = ("It was a bright cold day in the month of the year and the clocks\n"
            "were striking as they always did at that hour of the morning when\n"
            "everybody in the town was still asleep in their narrow beds.\n")
    story = from_text("CHAPTER I\n\n" + para + "\n" + para)
    texts = [p for p in story.paragraphs if p.kind == "text"]
    assert len(texts) == 2
    assert "\n" not in story.text[texts[0].span[0]:texts[0].span[1]]
    assert story.chapters[0].title == "CHAPTER I"


def test_chapters_from_headings():
    story = from_text("Chapter 1\nAlpha went home.\nChapter 2\nBeta stayed.")
    assert [c.title for c in story.chapters] == ["Chapter 1", "Chapter 2"]
    first, second = story.chapters
    assert story.text[second.span[0]:second.span[1]].startswith("Chapter 2")
    assert first.span[1] <= second.span[0]


def test_markdown_title_chapters_emphasis():
    src = "# My Story\n\n## One\n\nShe thought *this is fine* and left.\n\n---\n\n## Two\n\nThe end."
    story = read_markdown(src)
    assert story.metadata.title == "My Story"
    assert [c.title for c in story.chapters] == ["One", "Two"]
    assert "*" not in story.text
    (a, b), = story.emphasis
    assert story.text[a:b] == "this is fine"
    s, e = story.source_span((a, b))
    assert src[s:e] == "this is fine"
    assert any(p.kind == "scene_break" for p in story.paragraphs)


def test_source_spans_into_original_text():
    src = "He said \u201chello\u201d\u2026 then   left.\n"
    story = from_text(src)
    i = story.text.index("hello")
    s, e = story.source_span((i, i + 5))
    assert src[s:e] == "hello"
    s, e = story.source_span((0, len(story.text)))
    assert src[s:e] == src.strip()


def test_non_english_warns():
    french = ("Il était une fois une petite fille qui vivait avec sa mère dans une maison au bord de la forêt. "
              "Chaque matin elle allait chercher de l'eau à la rivière et chantait des chansons anciennes. ") * 3
    story = from_text(french)
    assert any("English" in w for w in story.warnings)
    assert not from_text("She walked to the river and sang the old songs that her mother had taught her. " * 3).warnings
