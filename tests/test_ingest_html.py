"""AO3 HTML downloads and generic HTML → Story (fixtures built with fabula.testing.ao3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fabula.errors import MalformedInput
from fabula.ingest import load
from fabula.ingest.html import read_html
from fabula.testing.ao3 import ChapterSpec, WorkSpec, ao3_html, write_ao3_html


def _multi_spec() -> WorkSpec:
    return WorkSpec(
        title="Salt & Ember",
        authors=["quillwright", "inkmoth"],
        rating="Teen And Up Audiences",
        warnings=["Creator Chose Not To Use Archive Warnings", "No Archive Warnings Apply"],
        categories=["F/M", "Gen"],
        fandoms=["Original Work"],
        relationships=["Ada/Bram"],
        characters=["Ada", "Bram", "Corin"],
        additional_tags=["Angst", "Flashbacks", "Break Up"],
        series=[("Hearth Tales", 2)],
        summary="Ada comes home after the flood.\n\nBram has kept the lamp lit.",
        notes="Written for a *winter* challenge.",
        end_notes="Thank you for reading this far.",
        completed="2024-04-02",
        chapters=[
            ChapterSpec(title="The Lamp", summary="Arrival at dusk.", notes="Chapter one notes here.",
                        end_notes="Chapter one end note.",
                        paragraphs=["Ada\u2019s POV",
                                    "\u201cYou came back,\u201d Bram said. *She had.*",
                                    "* * *",
                                    "The kettle was already singing & the dog was asleep."]),
            ChapterSpec(title=None, paragraphs=["Morning came grey and slow.", "<hr>",
                                                "She left again \u2014 quietly\u2026"]),
        ],
    )


def _single_spec() -> WorkSpec:
    return WorkSpec(
        title="Small Hours",
        authors=["nightjar"],
        relationships=["Lio & Pell"],
        characters=["Lio", "Pell"],
        additional_tags=["Friendship"],
        summary="Two friends, one night bus.",
        chapters=[ChapterSpec(paragraphs=[
            "The bus was empty except for us.",
            "\u201cDo you ever sleep?\u201d Pell asked, and I said *never*, and meant it.",
            "Chapter Two",
            "By the river the lights were out.",
        ])],
    )


@pytest.fixture
def multi_story(tmp_path: Path):
    return load(write_ao3_html(_multi_spec(), tmp_path / "salt.html"))


def test_ao3_tags_are_typed(multi_story):
    m = multi_story.metadata
    assert m.source_format == "ao3-html"
    assert m.title == "Salt & Ember"
    assert m.authors == ["quillwright", "inkmoth"]
    assert m.rating == "Teen And Up Audiences"
    assert m.warnings == ["Creator Chose Not To Use Archive Warnings", "No Archive Warnings Apply"]
    assert m.categories == ["F/M", "Gen"]
    assert m.fandoms == ["Original Work"]
    assert m.relationships == ["Ada/Bram"]
    assert m.characters == ["Ada", "Bram", "Corin"]
    assert m.additional_tags == ["Angst", "Flashbacks", "Break Up"]
    assert m.language == "English"
    assert [(s.name, s.part) for s in m.series] == [("Hearth Tales", 2)]
    assert m.stats.published == "2024-03-01" and m.stats.completed == "2024-04-02"
    assert m.stats.chapters == "2/2"
    assert isinstance(m.stats.words, int) and m.stats.words > 20
    assert m.source_url == "https://archiveofourown.org/works/1000001"


def test_ao3_summary_and_notes_are_metadata_not_text(multi_story):
    m = multi_story.metadata
    assert m.summary == "Ada comes home after the flood.\n\nBram has kept the lamp lit."
    assert m.notes == "Written for a winter challenge."
    assert m.end_notes == "Thank you for reading this far."
    text = multi_story.text
    for meta_text in ("flood", "winter challenge", "reading this far", "Arrival at dusk", "Chapter one notes",
                      "Chapter one end note", "Posted originally", "Preface", "Afterword", "Rating",
                      "drop by the Archive", "quillwright"):
        assert meta_text not in text
    ch = multi_story.chapters[0]
    assert (ch.summary, ch.notes, ch.end_notes) == ("Arrival at dusk.", "Chapter one notes here.",
                                                    "Chapter one end note.")
    assert multi_story.chapters[1].summary is None


def test_ao3_chapters_titles_and_markers(multi_story):
    s = multi_story
    assert [c.title for c in s.chapters] == ["Chapter 1: The Lamp", "Chapter 2"]
    kinds = [(p.kind, p.chapter, s.paragraph_text(p)) for p in s.paragraphs]
    assert kinds[0] == ("heading", 0, "Chapter 1: The Lamp")
    assert kinds[1] == ("pov_header", 0, "Ada's POV")
    assert ("scene_break", 0, "* * *") in kinds
    assert any(k == "scene_break" and c == 1 for k, c, _ in kinds)  # the <hr>
    assert kinds[-1] == ("text", 1, "She left again \u2014 quietly...")
    assert '"You came back," Bram said. She had.' in s.text
    # chapter spans cover their paragraphs
    for p in s.paragraphs:
        a, b = s.chapters[p.chapter].span
        assert a <= p.span[0] and p.span[1] <= b


def test_ao3_emphasis_kept(multi_story):
    s = multi_story
    assert [s.text[a:b] for a, b in s.emphasis] == ["She had."]


@pytest.mark.parametrize("entities", [False, True])
def test_offsets_map_back_into_the_html(tmp_path: Path, entities: bool):
    path = write_ao3_html(_multi_spec(), tmp_path / "w.html", entities=entities)
    s = load(path)
    raw = path.read_text(encoding="utf-8")
    assert s.source_text == raw
    q = s.text.index("You came back")
    a, b = s.source_span((q, q + len("You came back")))
    assert raw[a:b] == "You came back"
    # a whole paragraph maps to the source from its first to its last character
    para = next(p for p in s.paragraphs if "kettle" in s.paragraph_text(p))
    a, b = para.source_span
    assert raw[a:].startswith("The kettle")
    assert raw[:b].endswith("asleep.")
    assert "&amp;" in raw[a:b]
    # the curly quote before "You" maps to the quote (or its entity) in the HTML
    a, _ = s.source_span((q - 1, q))
    assert raw[a:].startswith("&#8220;" if entities else "\u201c")
    heading = s.paragraphs[0]
    a, b = heading.source_span
    assert raw[a:b] == "Chapter 1: The Lamp"


def test_single_chapter_work(tmp_path: Path):
    s = load(write_ao3_html(_single_spec(), tmp_path / "one.html"))
    assert s.metadata.title == "Small Hours"
    assert s.metadata.relationships == ["Lio & Pell"]
    assert s.metadata.summary == "Two friends, one night bus."
    assert s.paragraphs[0].kind == "text"
    assert s.paragraph_text(s.paragraphs[0]) == "The bus was empty except for us."
    # no AO3 chapter headings: an in-text heading line starts a chapter, as in plain text
    assert [c.title for c in s.chapters] == [None, "Chapter Two"]
    assert [s.text[a:b] for a, b in s.emphasis] == ["never"]


def test_generic_html_story(tmp_path: Path):
    page = """<!DOCTYPE html><html><head><title>The Quiet Pier</title>
<style>p { color: red; } .secret { display: none }</style>
<script>document.write("<p>not story text</p>");</script></head>
<body><h1>The Quiet Pier</h1>
<p>Gulls argued over the <i>last</i> chip.</p>
<!-- an editor's comment that is not story text -->
<p>Mara laughed.<br/>Then she stopped.</p>
<hr/>
<h2>Part Two</h2>
<div>The tide went out&nbsp;slowly &amp; then all at once.</div>
</body></html>"""
    path = tmp_path / "pier.html"
    path.write_text(page, encoding="utf-8")
    s = load(path)
    assert s.metadata.title == "The Quiet Pier"
    assert s.metadata.source_format == "html"
    texts = [(p.kind, s.paragraph_text(p)) for p in s.paragraphs]
    assert texts == [
        ("text", "Gulls argued over the last chip."),
        ("text", "Mara laughed."),
        ("text", "Then she stopped."),
        ("scene_break", "***"),
        ("heading", "Part Two"),
        ("text", "The tide went out slowly & then all at once."),
    ]
    for bad in ("color", "not story text", "editor's comment", "document.write"):
        assert bad not in s.text
    assert [c.title for c in s.chapters] == [None, "Part Two"]
    assert [s.text[a:b] for a, b in s.emphasis] == ["last"]
    p = s.paragraphs[-1]
    a, b = p.source_span
    assert page[a:b] == "The tide went out&nbsp;slowly &amp; then all at once."


def test_html_with_no_story_is_malformed():
    with pytest.raises(MalformedInput):
        read_html("<html><head><title>x</title><script>var a='<p>no</p>';</script></head><body></body></html>",
                  "x.html")
    with pytest.raises(MalformedInput):
        read_html("</p></div>", "x.html")


def test_broken_markup_is_repaired_not_fatal():
    s = read_html("<html><body><p>She opened the <em>door<p>and the wind came in</body", "b.html")
    assert [s.paragraph_text(p) for p in s.paragraphs] == ["She opened the door", "and the wind came in"]


def test_html_encodings(tmp_path: Path):
    spec = _single_spec()
    for enc, prefix in (("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1252", b"")):
        raw = prefix + ao3_html(spec).encode(enc)
        path = tmp_path / f"enc-{enc}-{len(prefix)}.html"
        path.write_bytes(raw)
        s = load(path)
        assert '"Do you ever sleep?" Pell asked' in s.text, enc
        assert s.metadata.title == "Small Hours"


# A work page saved from the browser (not the download): site chrome, dl.work.meta.group with
# nested stats, h2.title.heading, "Summary:"/"Notes:" h3 labels, hidden landmark headings.
_SAVED_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Salt - Chapter 1 - quillwright - Original Work
[Archive of Our Own]</title><script>var x = 1;</script></head><body>
<div id="outer"><div id="header" class="region"><h1 class="heading"><a href="/">Archive of Our Own</a></h1>
<ul class="primary navigation actions"><li><a href="/menu/fandoms">Fandoms</a></li></ul></div>
<div id="main" class="works-show region" role="main"><div class="wrapper">
<dl class="work meta group">
<dt class="rating tags">Rating:</dt><dd class="rating tags"><ul class="commas"><li><a class="tag" href="/tags/T">Teen And Up Audiences</a></li></ul></dd>
<dt class="warning tags"><a href="/tos_faq#tags">Archive Warning</a>:</dt><dd class="warning tags"><ul class="commas"><li><a class="tag" href="/tags/N">No Archive Warnings Apply</a></li></ul></dd>
<dt class="fandom tags">Fandom:</dt><dd class="fandom tags"><ul class="commas"><li><a class="tag" href="/tags/O">Original Work</a></li></ul></dd>
<dt class="relationship tags">Relationship:</dt><dd class="relationship tags"><ul class="commas"><li><a class="tag" href="/tags/A">Ada/Bram</a></li></ul></dd>
<dt class="character tags">Characters:</dt><dd class="character tags"><ul class="commas"><li><a class="tag" href="/tags/A">Ada</a></li><li><a class="tag" href="/tags/B">Bram</a></li></ul></dd>
<dt class="freeform tags">Additional Tags:</dt><dd class="freeform tags"><ul class="commas"><li><a class="tag" href="/tags/F">Flashbacks</a></li></ul></dd>
<dt class="language" lang="en">Language:</dt><dd class="language" lang="en">English</dd>
<dt class="stats">Stats:</dt><dd class="stats"><dl class="stats"><dt class="published">Published:</dt><dd class="published">2024-03-01</dd><dt class="words">Words:</dt><dd class="words">1,234</dd><dt class="chapters">Chapters:</dt><dd class="chapters">2/2</dd><dt class="kudos">Kudos:</dt><dd class="kudos">15</dd><dt class="hits">Hits:</dt><dd class="hits">3,210</dd></dl></dd>
</dl></div>
<div id="workskin"><div class="preface group">
<h2 class="title heading">Salt</h2>
<h3 class="byline heading"><a rel="author" href="/users/quillwright/pseuds/quillwright">quillwright</a></h3>
<div class="summary module"><h3 class="heading">Summary:</h3><blockquote class="userstuff"><p>Ada comes home.</p></blockquote></div>
<div class="notes module"><h3 class="heading">Notes:</h3><ul class="associations"><li>For a challenge.</li></ul>
<blockquote class="userstuff"><p>Top notes.</p></blockquote><p class="jump">(See the end of the work for <a href="#work_endnotes">more notes</a>.)</p></div>
</div>
<div id="chapters" role="article">
<div class="chapter" id="chapter-1"><div class="chapter preface group" role="complementary">
<h3 class="title"><a href="/works/1/chapters/11">Chapter 1</a>: The Lamp</h3>
<div id="summary" class="summary module"><h3 class="heading">Summary:</h3><blockquote class="userstuff"><p>Arrival.</p></blockquote></div></div>
<div class="userstuff module" role="article"><h3 class="landmark heading" id="work">Chapter Text</h3>
<p>The lamp was lit.</p><p><em>Home,</em> she thought.</p></div>
<div class="chapter preface group" role="complementary"><div id="chapter_1_endnotes" class="end notes module">
<h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>Chapter end.</p></blockquote></div></div></div>
<div class="chapter" id="chapter-2"><div class="chapter preface group" role="complementary">
<h3 class="title"><a href="/works/1/chapters/12">Chapter 2</a></h3></div>
<div class="userstuff module" role="article"><h3 class="landmark heading">Chapter Text</h3><p>Morning came.</p></div></div>
</div>
<div class="afterword preface group"><div id="work_endnotes" class="end notes module"><h3 class="heading">Notes:</h3>
<blockquote class="userstuff"><p>Work end.</p></blockquote></div></div></div>
<div id="feedback" class="feedback"><h3 class="landmark heading">Actions</h3><ul class="actions"><li>Kudos</li></ul></div>
</div></div></body></html>"""


def test_saved_ao3_work_page():
    s = read_html(_SAVED_PAGE, "saved.html")
    m = s.metadata
    assert m.title == "Salt" and m.authors == ["quillwright"]
    assert (m.rating, m.warnings, m.fandoms) == ("Teen And Up Audiences", ["No Archive Warnings Apply"],
                                                 ["Original Work"])
    assert (m.relationships, m.characters, m.additional_tags) == (["Ada/Bram"], ["Ada", "Bram"], ["Flashbacks"])
    assert (m.stats.words, m.stats.kudos, m.stats.hits, m.stats.chapters) == (1234, 15, 3210, "2/2")
    assert (m.summary, m.notes, m.end_notes) == ("Ada comes home.", "Top notes.", "Work end.")
    assert [c.title for c in s.chapters] == ["Chapter 1: The Lamp", "Chapter 2"]
    assert (s.chapters[0].summary, s.chapters[0].end_notes) == ("Arrival.", "Chapter end.")
    assert [s.paragraph_text(p) for p in s.text_paragraphs] == ["The lamp was lit.", "Home, she thought.",
                                                                "Morning came."]
    assert "Chapter Text" not in s.text and "Kudos" not in s.text and "Fandoms" not in s.text


def test_html_declared_charset_is_used_when_not_utf8(tmp_path: Path):
    body = "\u0412\u0435\u0447\u0435\u0440 \u0431\u044b\u043b \u0442\u0438\u0445\u0438\u043c."  # Cyrillic
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            f"<title>t</title></head><body><p>{body}</p><p>\u201cDa,\u201d she said.</p></body></html>")
    path = tmp_path / "cyr.html"
    path.write_bytes(page.encode("cp1251"))
    s = load(path)
    assert s.paragraph_text(s.paragraphs[0]) == body
    # valid UTF-8 wins over a stale declaration
    path.write_bytes(page.encode("utf-8"))
    assert load(path).paragraph_text(load(path).paragraphs[0]) == body


def test_generic_page_keeps_the_story_box_and_drops_site_chrome():
    story = "".join(f"<p>Line {i}: the ferry horn sounded twice over the water and nobody moved.</p>"
                    for i in range(12))
    page = f"""<html><head><title>Ferry - Chapter 1 - SomeArchive</title></head><body>
<div id="top"><p>Sign in</p><p>Browse: Books, Anime, Games</p></div>
<div id="content"><div class="storytext" id="storytext">{story}</div></div>
<div id="reviews"><p>Great chapter!! update soon</p></div>
<div id="footer"><p>Privacy | Terms</p></div></body></html>"""
    s = read_html(page, "ferry.html")
    assert s.metadata.title == "Ferry - Chapter 1 - SomeArchive"
    texts = [s.paragraph_text(p) for p in s.paragraphs]
    assert len(texts) == 12 and texts[0].startswith("Line 0:")
    for chrome in ("Sign in", "Browse", "update soon", "Privacy"):
        assert chrome not in s.text
