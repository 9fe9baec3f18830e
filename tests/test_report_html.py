"""Fast tests of the HTML report without a browser: escaping, missing layers, nesting of marks."""

from __future__ import annotations

import json
import re

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fabula import ingest
from fabula.model import (
    Analysis,
    Character,
    Event,
    Evidence,
    Mention,
    Quote,
    Relationship,
    RelationshipState,
    Tag,
)
from fabula.report.html import _Mark, json_for_script, render_html, render_inline
from test_report_support import STORY, enrich

HOSTILE = [
    "<script>alert('pwned')</script>",
    "</script><script>alert(2)</script>",
    "</textarea><img src=x onerror=alert(3)>",
    "<!-- a comment --> and <![CDATA[ x ]]>",
    '<a href="javascript:alert(4)">click me</a>',
    "javascript:alert(5)",
    "</style><style>body{display:none}</style>",
    "&amp; &lt; \u2028 \u2029 {{ 7*7 }}",
]
HOSTILE_STORY = "\n\n".join(
    f'Nell read the note aloud. "{h}" she said to Ros, and Ros laughed.' for h in HOSTILE)


def cls(name: str, axis: str = "//") -> str:
    """XPath for elements having CSS class ``name``."""
    return f"{axis}*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"


def X(doc, path: str) -> list:  # noqa: N802 - reads like a selector
    return doc.xpath(path)


def _analysis(text: str) -> Analysis:
    """An Analysis without running spaCy: the story layer only."""
    return Analysis.for_story(ingest.from_text(text))


def _hostile_analysis() -> Analysis:
    a = _analysis(HOSTILE_STORY)
    text = a.story.text
    meta = a.story.metadata
    meta.title = "</title><script>alert('title')</script>"
    meta.authors = ["<b>bold</b> author"]
    meta.summary = "<!-- summary --> </script>"
    meta.additional_tags = ["</textarea>", "javascript:alert(6)"]
    spans = [(m.start(), m.end()) for m in re.finditer(r"\bRos\b", text)]
    a.characters = [
        Character(id="x</script>", name="Ros <script>alert(7)</script>",
                  aliases=["javascript:alert(8)"], mentions=[Mention(span=s, text="Ros") for s in spans]),
        Character(id='n"><svg onload=alert(9)>', name="Nell", mentions=[]),
    ]
    for i, m in enumerate(re.finditer(r'"[^"\n]*"', text)):
        a.quotes.append(Quote(id=f"q{i}", spans=[(m.start(), m.end())], text=m.group(0),
                              speaker='n"><svg onload=alert(9)>', addressees=["x</script>"],
                              attribution="explicit", confidence=0.9, cue=(m.end() + 1, m.end() + 5)))
    a.relationships = [Relationship(id="r</script>", source="x</script>", target='n"><svg onload=alert(9)>',
                                    type="<script>friends</script>", states=[RelationshipState(
                                        state="</script>close", evidence=[Evidence(spans=[a.quotes[0].spans[0]])])])]
    a.tags = [Tag(type="additional<script>", name="<script>alert(10)</script>", confidence=0.5,
                  evidence=[Evidence(spans=[a.quotes[1].spans[0]])])]
    a.events = [Event(id="e", type="</script>", participants=["x</script>"])]
    return a


@pytest.fixture(scope="module")
def hostile_html() -> str:
    return render_html(_hostile_analysis())


def test_story_text_and_metadata_are_escaped(hostile_html: str) -> None:
    # exactly two script elements: the JSON data and the page's own code
    assert len(re.findall(r"<script\b", hostile_html, flags=re.I)) == 2
    assert len(re.findall(r"</script", hostile_html, flags=re.I)) == 2
    for bad in ["<textarea", "<img", "<svg onload", "<!-- a comment", "<!-- summary", "<style><",
                "<b>bold", 'href="javascript:']:
        assert bad.lower() not in hostile_html.lower(), bad
    # no HTML comments at all, no external resources
    assert "<!--" not in hostile_html
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?(?:https?:|//|javascript:|data:)""", hostile_html, flags=re.I)


def test_hostile_text_survives_as_text(hostile_html: str) -> None:
    doc = lxml.html.document_fromstring(hostile_html)
    story = X(doc, "//article")[0].text_content()
    for h in HOSTILE:
        assert " ".join(h.split()) in story, h
    assert X(doc, "//h1")[0].text_content() == "</title><script>alert('title')</script>"
    assert "</textarea>" in X(doc, "//*[@id='overview']")[0].text_content()
    names = [e.text_content() for e in X(doc, cls("castlist") + cls("nm", "//"))]
    assert "Ros <script>alert(7)</script>" in names


def test_embedded_json_round_trips(hostile_html: str) -> None:
    m = re.search(r'<script type="application/json" id="fabula-data">(.*?)</script>', hostile_html, flags=re.S)
    assert m is not None
    data = json.loads(m.group(1))
    assert "Ros <script>alert(7)</script>" in {c["n"] for c in data["chars"].values()}
    assert data["edges"]["r0"]["st"][0]["state"] == "</script>close"
    for s in ["</script>", "<!--", "\u2028"]:
        assert s not in json_for_script({"x": s})


def test_csp_forbids_network(hostile_html: str) -> None:
    doc = lxml.html.document_fromstring(hostile_html)
    csp = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')
    assert csp and "default-src 'none'" in csp[0]
    nonce = re.search(r"'nonce-([^']+)'", csp[0]).group(1)
    scripts = doc.xpath("//script[not(@type)]")
    assert scripts and all(s.get("nonce") == nonce for s in scripts)
    # nothing that loads: no src, no stylesheet links, no url() in CSS
    assert not doc.xpath("//*[@src]") and not doc.xpath("//link")
    assert "url(" not in "".join(doc.xpath("//style/text()"))


def test_story_layer_only_shows_every_panel_as_not_available() -> None:
    html = render_html(_analysis(STORY))
    doc = lxml.html.document_fromstring(html)
    missing = [e.text_content() for e in X(doc, cls("missing"))]
    for panel in ["Characters", "Relationships", "Scenes and timeline", "Feelings", "Suggested tags"]:
        assert any(m.startswith(panel) for m in missing), (panel, missing)
    paragraphs = X(doc, "//article//p")
    assert len(paragraphs) + len(X(doc, "//article//h3")) == len(_analysis(STORY).story.paragraphs)
    assert "Mira locked the lighthouse door" in X(doc, "//article")[0].text_content()


def test_partial_and_inconsistent_layers_still_render() -> None:
    """Ids that point nowhere, quotes without speakers, arcs with odd points: shown or skipped,
    never a crash."""
    a = _analysis(STORY)
    text = a.story.text
    a.characters = [Character(id="m", name="Mira", mentions=[Mention(span=(text.find("Mira"), text.find("Mira") + 4),
                                                                      text="Mira")])]
    i = text.find('"You')
    a.quotes = [Quote(id="q", spans=[(i, i + 12)], text=text[i:i + 12], speaker="ghost", addressees=["m", "nobody"]),
                Quote(id="q2", spans=[(i + 2, i + 30)], text="", speaker=None)]
    a.relationships = [Relationship(id="r", source="m", target="ghost", type="rivals")]
    from fabula.model import Arc

    a.arcs = [Arc(character="m", points=[{"valence": 0.5}, {"nothing": 1}, {"scene": "nope", "value": -0.2}])]
    html = render_html(a)
    doc = lxml.html.document_fromstring(html)
    assert [e.text_content() for e in X(doc, cls("castlist") + cls("nm", "//"))] == ["Mira"]
    assert X(doc, cls("arc") + "//*[local-name()='polyline']")
    assert X(doc, cls("q") + "[@data-q='0']") and X(doc, cls("unk") + "[@data-q='1']")


def test_enriched_story_has_every_panel() -> None:
    a = enrich(_analysis(STORY))
    doc = lxml.html.document_fromstring(render_html(a))
    assert not X(doc, cls("missing"))
    assert len(X(doc, cls("castlist") + "/li")) == len(a.characters)
    assert len(X(doc, cls("edge"))) >= len(a.relationships)
    assert len(X(doc, cls("scenes") + "/li")) == len(a.scenes)
    assert X(doc, "//article" + cls("fb", "//")) and X(doc, cls("th"))
    # every quote piece is marked, each linked to its speaker's colour key
    assert len(X(doc, "//article" + cls("q", "//"))) == sum(len(q.spans) for q in a.quotes)
    # every evidence link points at a paragraph that exists
    ids = {e.get("id") for e in doc.xpath("//*[@id]")}
    for href in doc.xpath("//a/@href"):
        assert href.startswith("#") and href[1:] in ids, href


def _strip_tags(s: str) -> str:
    import html as h

    return h.unescape(re.sub(r"<[^>]+>", "", s))


def _balanced(s: str) -> bool:
    stack = []
    for m in re.finditer(r"<(/?)(\w+)[^>]*>", s):
        if m.group(1):
            if not stack or stack.pop() != m.group(2):
                return False
        else:
            stack.append(m.group(2))
    return not stack


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="ab<>&\"' ", min_size=1, max_size=40),
       raw=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.integers(0, 3)), max_size=8))
def test_overlapping_marks_always_nest(text: str, raw: list[tuple[int, int, int]]) -> None:
    base = 100
    tags = ['<span class="q">', "<em>", '<span class="cue">', '<span class="m">']
    marks = sorted((_Mark(base + min(s, e), base + max(s, e), layer, tags[layer], i)
                    for i, (s, e, layer) in enumerate(raw) if s != e), key=lambda m: (m.start, m.layer, -m.end))
    out = render_inline(text, base, marks)
    assert _strip_tags(out) == text
    assert _balanced(out)
    assert "<" not in _strip_tags(out.replace("&lt;", "")) or "<" in text


def test_bundled_example_report(examples_dir, nlp) -> None:
    """The real pipeline on the bundled example: every character the analysis found is in the
    cast, every quote is in the text."""
    import fabula

    a = fabula.analyze(examples_dir / "the-seam-that-holds.txt")
    doc = lxml.html.document_fromstring(render_html(a))
    assert {e.text_content() for e in X(doc, cls("castlist") + cls("nm", "//"))} == {c.name for c in a.characters}
    assert len({e.get("data-q") for e in X(doc, "//article" + cls("q", "//"))}) == len([q for q in a.quotes if q.spans])
    assert X(doc, "//h1")[0].text_content()


def test_story_time_reads_as_words() -> None:
    from fabula.report.html import _fmt_days

    assert _fmt_days(-365.25) == "1 year earlier"
    assert _fmt_days(-5 * 365.25) == "5 years earlier"
    assert _fmt_days(2) == "2 days later"
    assert _fmt_days(0.0) == "now"
    assert _fmt_days(1 / 24) == "1 hour later"


def test_chapter_titles_without_heading_paragraphs_are_shown() -> None:
    from fabula.model import Chapter

    a = _analysis("First part.\n\nStill first.\n\nSecond part begins.")
    third = a.story.paragraphs[2].span[0]
    a.story.chapters = [Chapter(index=0, title="The <i>start</i>", span=(0, third - 2)),
                        Chapter(index=1, span=(third, len(a.story.text)))]
    doc = lxml.html.document_fromstring(render_html(a))
    assert [h.text_content() for h in X(doc, "//article//h3")] == ["Chapter 1: The <i>start</i>", "Chapter 2"]


def test_empty_story_and_out_of_range_spans_render() -> None:
    from fabula.model import Arc, ArcPoint, Flashback, Metadata, Scene, StoryOut

    assert "not available" in render_html(Analysis(story=StoryOut(metadata=Metadata(), text="")))
    a = _analysis('Hello there. "Hi," she said.\n\nBye.')
    n = len(a.story.text)
    a.characters = [Character(id="x", name="X", mentions=[Mention(span=(n - 2, n + 50), text="?"),
                                                          Mention(span=(5, 5), text="")])]
    a.quotes = [Quote(id="q", spans=[(n - 3, n + 10)], text="", speaker="x")]
    a.scenes = [Scene(id="s", span=(0, n + 100)), Scene(id="s2", span=(n + 5, n + 100))]
    a.events = [Event(id="e", type="x", scene="elsewhere")]
    a.arcs = [Arc(character="x", discourse=[ArcPoint(scene="s", valence=0.3)])]
    a.flashbacks = [Flashback(id="f", span=(n - 1, n + 20))]
    a.relationships = [Relationship(id="r", source="x", target="x", type="self")]
    doc = lxml.html.document_fromstring(render_html(a))
    assert [p.text_content() for p in X(doc, "//article//p")] == ['Hello there. "Hi," she said.', "Bye."]


def test_remembered_state_replays_in_story_order() -> None:
    """A state whose evidence is remembered in a late scene ("I remembered when he proposed")
    but which the relations stage places early on story time must come before a later breakup
    on the slider, so the network ends on the current state."""
    from fabula.model import Scene

    text = "Ada met Bo at the fair.\n\nYears later Ada left Bo.\n\nAda remembered when Bo proposed."
    a = _analysis(text)
    paras = a.story.paragraphs
    a.scenes = [Scene(id=f"s{i}", span=p.span, story_order=i) for i, p in enumerate(paras)]
    a.characters = [Character(id="a", name="Ada"), Character(id="b", name="Bo")]
    late = paras[2].span
    a.relationships = [Relationship(id="r", source="a", target="b", type="romantic", states=[
        RelationshipState(state="engaged", scene="s2", story_order=0.5, evidence=[Evidence(spans=[late])]),
        RelationshipState(state="ex", scene="s1", story_order=1.2, evidence=[Evidence(spans=[paras[1].span])]),
    ])]
    html = render_html(a)
    m = re.search(r'<script type="application/json" id="fabula-data">(.*?)</script>', html, flags=re.S)
    states = json.loads(m.group(1))["edges"]["r0"]["st"]
    assert [s["state"] for s in states] == ["engaged", "ex"]
    assert states[0]["s"] <= states[1]["s"] < 2
