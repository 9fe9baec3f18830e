"""HTML → Story: AO3 downloads (typed tags, summary, notes, chapters) and generic HTML stories.

Structure comes from lxml only; :mod:`fabula.ingest.aligner` maps every extracted character back
to its offset in the decoded HTML file, so ``story.source_span`` points into the raw markup.

AO3's download markup (otwarchive ``app/views/downloads/``)::

    div#preface   p.message (title, work URL) · div.meta > dl.tags (dt "Rating:" → dd <a>tags</a>) ·
                  h1 title · div.byline a[rel=author] · p "Summary" + blockquote.userstuff ·
                  p "Notes" + blockquote.userstuff · div.endnote-link
    div#chapters  single chapter: div.userstuff (the text)
                  several: div.meta.group (h2.heading title, chapter summary/notes) ·
                  div.userstuff (the text) · div.meta#endnotesN (chapter end notes)
    div#afterword div#endnotes (p "End Notes" + blockquote.userstuff)

The same walker reads AO3 EPUBs (calibre splits that HTML into several XHTML files and renames
classes to ``userstuff1``, ``meta2``…), so class names are compared without trailing digits and the
walk runs across file boundaries.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from fabula.errors import MalformedInput
from fabula.ingest.aligner import TreeOffsets
from fabula.ingest.plain import classify_line
from fabula.ingest.safety import check_xml_safety
from fabula.model import Metadata, ParagraphKind, SeriesEntry, Story
from fabula.normalize import StoryBuilder

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hgroup html li main nav ol p pre section summary table tbody td tfoot "
    "th thead tr ul".split()
)
SKIP_TAGS = frozenset("script style head title noscript template svg math iframe object embed select "
                      "textarea button meta link base".split())
ITALIC_TAGS = frozenset({"em", "i", "cite", "dfn", "var"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

_LABELS = {
    "summary": "summary", "notes": "notes", "end notes": "end_notes", "author's note": "notes",
    "author's notes": "notes", "chapter summary": "summary", "chapter notes": "notes",
    "chapter end notes": "end_notes",
}


# --------------------------------------------------------------------------------------------
# Small helpers over lxml elements (HTML or namespaced XHTML)
# --------------------------------------------------------------------------------------------

def tag_of(el: etree._Element) -> str:
    """Lower-case local tag name; '' for comments, PIs and entities."""
    if not isinstance(el.tag, str):
        return ""
    return etree.QName(el).localname.lower()


def classes_of(el: etree._Element) -> set[str]:
    """Class names without calibre's numeric suffixes ('userstuff1' → 'userstuff')."""
    return {re.sub(r"\d+$", "", c) for c in (el.get("class") or "").split()}


def text_of(el: etree._Element) -> str:
    """Visible text of an element, whitespace collapsed."""
    parts: list[str] = []

    def rec(e: etree._Element) -> None:
        t = tag_of(e)
        if t and t not in SKIP_TAGS:
            if t in BLOCK_TAGS or t == "li":
                parts.append(" ")  # <dt>Words:</dt><dd>12</dd> reads "Words: 12"
            if e.text:
                parts.append(e.text)
            for c in e:
                rec(c)
                if c.tail:
                    parts.append(c.tail)
            if t in BLOCK_TAGS or t == "li":
                parts.append(" ")
        if t == "br":
            parts.append("\n")

    rec(el)
    return " ".join("".join(parts).split())


def next_element(el: etree._Element) -> etree._Element | None:
    nxt = el.getnext()
    while nxt is not None and not tag_of(nxt):
        nxt = nxt.getnext()
    return nxt


# --------------------------------------------------------------------------------------------
# Blocks: paragraphs with source offsets and italic runs
# --------------------------------------------------------------------------------------------

@dataclass
class Block:
    """One paragraph as extracted: characters, their source offsets, italic ranges, origin tag."""

    chars: list[str] = field(default_factory=list)
    offs: array = field(default_factory=lambda: array("q"))
    emph: list[tuple[int, int]] = field(default_factory=list)
    tag: str = "p"
    length: int = 0

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def add(self, s: str, offs: array, italic: bool) -> None:
        if not s:
            return
        if italic:
            self.emph.append((self.length, self.length + len(s)))
        self.chars.append(s)
        self.offs.extend(offs)
        self.length += len(s)

    @property
    def kind(self) -> ParagraphKind:
        if self.tag == "hr":
            return "scene_break"
        text = self.text
        kind = classify_line(text)
        if kind == "text" and self.tag in HEADING_TAGS and len(text.strip()) <= 100:
            return "heading"
        return kind


class _Collector:
    def __init__(self, tro: TreeOffsets):
        self.tro = tro
        self.blocks: list[Block] = []
        self.cur: Block | None = None
        self.block_tag = "p"
        self.last_end = 0  # source offset just past the last text seen (where an <hr> sits)

    def text(self, el: etree._Element, slot: str, italic: bool) -> None:
        s, offs = self.tro.get(el, slot)
        if not s:
            return
        if self.cur is None:
            if not s.strip():
                return
            self.cur = Block(tag=self.block_tag)
        self.cur.add(s, offs, italic)
        if len(offs):
            self.last_end = offs[-1] + 1

    def flush(self) -> None:
        if self.cur is not None and self.cur.text.strip():
            self.blocks.append(self.cur)
        self.cur = None

    def rule(self) -> None:
        self.flush()
        b = Block(tag="hr")
        b.add("***", array("q", [self.last_end] * 3), False)
        self.blocks.append(b)

    def walk(self, el: etree._Element, italic: bool = False, skip: frozenset = frozenset()) -> None:
        tag = tag_of(el)
        if not tag or tag in SKIP_TAGS or id(el) in skip:
            return
        if tag == "br":
            self.flush()
            return
        if tag == "hr":
            self.rule()
            return
        block = tag in BLOCK_TAGS
        it = italic or tag in ITALIC_TAGS or "italic" in (el.get("style") or "").replace(" ", "")
        if block:
            self.flush()
            outer = self.block_tag
            self.block_tag = tag
        self.text(el, "text", it)
        for child in el:
            self.walk(child, it, skip)
            if child.tail:
                self.text(child, "tail", it)
        if block:
            self.flush()
            self.block_tag = outer


def blocks_of(el: etree._Element, tro: TreeOffsets, include_tail: bool = False,
              skip: Iterable[etree._Element] = ()) -> list[Block]:
    """Paragraph blocks under ``el``: block elements and ``<br>`` split paragraphs, ``<hr>`` is a
    scene break, ``<em>``/``<i>`` runs are recorded as emphasis."""
    col = _Collector(tro)
    col.walk(el, skip=frozenset(id(s) for s in skip))
    if include_tail and el.tail:
        col.text(el, "tail", False)
    col.flush()
    return col.blocks


def plain_text_of_blocks(blocks: list[Block]) -> str | None:
    """Metadata text (summaries, notes): paragraphs joined by blank lines, whitespace collapsed."""
    paras = [" ".join(b.text.split()) for b in blocks if b.tag != "hr"]
    paras = [p for p in paras if p]
    return "\n\n".join(paras) or None


# --------------------------------------------------------------------------------------------
# AO3: typed tags, notes, chapters
# --------------------------------------------------------------------------------------------

@dataclass
class ChapterData:
    title: str | None = None
    title_block: Block | None = None
    summary: str | None = None
    notes: str | None = None
    end_notes: str | None = None
    blocks: list[Block] = field(default_factory=list)


_TAG_FIELDS = {
    "rating": "rating", "ratings": "rating",
    "archive warning": "warnings", "archive warnings": "warnings", "warning": "warnings", "warnings": "warnings",
    "category": "categories", "categories": "categories",
    "fandom": "fandoms", "fandoms": "fandoms",
    "relationship": "relationships", "relationships": "relationships",
    "character": "characters", "characters": "characters",
    "additional tag": "additional_tags", "additional tags": "additional_tags",
    "freeform": "additional_tags", "freeforms": "additional_tags",
}


def set_tag_field(meta: Metadata, label: str, values: list[str]) -> bool:
    """Store an AO3 tag list under its typed field; returns False for labels we do not type."""
    name = _TAG_FIELDS.get(label.strip().lower())
    if name is None or not values:
        return False
    if name == "rating":
        meta.rating = ", ".join(values)
    else:
        current = getattr(meta, name)
        current.extend(v for v in values if v not in current)
    return True


def parse_stats(meta: Metadata, text: str) -> None:
    """'Published: 2021-01-02 Completed: 2021-02-03 Words: 1,234 Chapters: 3/3' → typed Stats."""
    for label, value in re.findall(r"([A-Za-z]+):\s*(\S+)", text):
        key = label.lower()
        if key in ("words", "comments", "kudos", "bookmarks", "hits"):
            digits = value.replace(",", "").replace(".", "").replace("\u00a0", "")
            if digits.isdigit():
                setattr(meta.stats, key, int(digits))
        elif key == "chapters":
            meta.stats.chapters = value
        elif key in ("published", "updated", "completed"):
            setattr(meta.stats, key, value)


def parse_series(dd: etree._Element) -> list[SeriesEntry]:
    """'Part 2 of <a href=…>Name</a>, Part 1 of <a>Other</a>' → SeriesEntry list."""
    out: list[SeriesEntry] = []
    for a in dd.iter():
        if tag_of(a) != "a":
            continue
        prev = a.getprevious()
        before = (prev.tail if prev is not None else dd.text) or ""
        m = re.search(r"(\d+)\D*$", before)
        name = text_of(a)
        if name:
            out.append(SeriesEntry(name=name, part=int(m.group(1)) if m else None, url=a.get("href")))
    if not out:
        txt = text_of(dd)
        m = re.match(r"Part\s+(\d+)\s+of\s+(.+)$", txt)
        if m:
            out.append(SeriesEntry(name=m.group(2).strip(), part=int(m.group(1))))
        elif txt:
            out.append(SeriesEntry(name=txt))
    return out


def parse_tags_dl(meta: Metadata, dl: etree._Element) -> int:
    """Read AO3's ``dl.tags``: each ``dt`` label types the ``<a>`` tags in its ``dd``."""
    typed = 0
    for dt in dl:
        if tag_of(dt) != "dt":
            continue
        dd = next_element(dt)
        if dd is None or tag_of(dd) != "dd":
            continue
        label = text_of(dt).rstrip(":").strip()
        key = label.lower()
        links = [text_of(a) for a in dd.iter() if tag_of(a) == "a"]
        values = [v for v in links if v] or [v.strip() for v in text_of(dd).split(",") if v.strip()]
        if key == "language":
            meta.language = text_of(dd) or None
            typed += 1
        elif key == "series":
            meta.series.extend(parse_series(dd))
            typed += 1
        elif key == "stats":
            parse_stats(meta, text_of(dd))
            typed += 1
        elif set_tag_field(meta, label, values):
            typed += 1
    return typed


def _is_tags_dl(dl: etree._Element) -> bool:
    if "tags" in classes_of(dl):
        return True
    labels = {text_of(dt).rstrip(":").strip().lower() for dt in dl if tag_of(dt) == "dt"}
    return bool(labels & {"rating", "fandom", "fandoms", "archive warning", "archive warnings"})


_SITE_CHROME = frozenset({"header", "footer", "feedback", "comments_placeholder", "kudos", "skiplinks"})


class AO3Walker:
    """Walks one or more AO3 documents (an HTML download, or the XHTML files of an AO3 EPUB)
    in document order, filling metadata and chapters."""

    def __init__(self, meta: Metadata):
        self.meta = meta
        self.chapters: list[ChapterData] = []
        self.in_afterword = False
        self.has_headings = False
        self._consumed: set[int] = set()
        self._keep: list[etree._Element] = []
        self.tro: TreeOffsets | None = None

    def walk_document(self, root: etree._Element, tro: TreeOffsets) -> None:
        self.tro = tro
        self._visit(root)

    def _chapter(self) -> ChapterData:
        if not self.chapters:
            self.chapters.append(ChapterData())
        return self.chapters[-1]

    def _visit(self, el: etree._Element) -> None:
        tag = tag_of(el)
        if not tag or tag in SKIP_TAGS or id(el) in self._consumed:
            return
        cls = classes_of(el)
        if el.get("id") in _SITE_CHROME or "navigation" in cls:
            return  # a saved work page's site header, menus, kudos and comments
        if el.get("id") == "afterword":
            self.in_afterword = True
        if tag == "dl" and _is_tags_dl(el):
            parse_tags_dl(self.meta, el)
            return
        if tag in ("h1", "h2") and (tag == "h1" or "title" in cls) and not self.chapters:
            # the download's <h1>; a saved work page's h2.title.heading
            if self.meta.title is None:
                self.meta.title = text_of(el) or None
            return
        if "byline" in cls and tag in ("div", "p", "h3"):
            if not self.chapters and not self.meta.authors:
                self._byline(el)
            return
        if "landmark" in cls or (tag == "p" and "jump" in cls):
            return  # a saved work page's hidden "Chapter Text" headings and "see the end" links
        if tag == "p" and "message" in cls:
            self._message(el)
            return
        if tag in ("p", "h3", "h4"):
            label = text_of(el).rstrip(":").strip().lower()
            quote = self._quote_after(el) if label in _LABELS else None
            if quote is not None:
                self._note(label, quote, el.getparent())
                return
        if tag == "h3" and "title" in cls and {"chapter", "preface"} <= classes_of(el.getparent()):
            self._start_chapter(el)  # a saved work page's chapter title
            return
        if tag == "div" and "endnote-link" in cls:
            return
        if tag == "h2" and "toc-heading" in cls:
            return
        if tag == "h2" and "heading" in cls and not self.in_afterword:
            self._start_chapter(el)
            return
        if tag == "div" and "userstuff" in cls and self._is_content(el):
            hidden = [h for h in el.iter() if tag_of(h) and "landmark" in classes_of(h)]
            self._chapter().blocks.extend(blocks_of(el, self.tro, skip=hidden))
            return
        for child in el:
            self._visit(child)

    def _start_chapter(self, heading: etree._Element) -> None:
        self.has_headings = True
        blocks = blocks_of(heading, self.tro)
        self.chapters.append(ChapterData(title=text_of(heading) or None,
                                         title_block=blocks[0] if blocks else None))

    @staticmethod
    def _quote_after(label: etree._Element) -> etree._Element | None:
        """The blockquote a "Summary"/"Notes" label introduces: its next element, or (saved work
        pages) a later sibling after a list of associations."""
        sib = next_element(label)
        for _ in range(3):
            if sib is None or tag_of(sib) in ("p", "h3", "h4", "div"):
                return None
            if tag_of(sib) == "blockquote":
                return sib
            sib = next_element(sib)
        return None

    def fallback(self, root: etree._Element, tro: TreeOffsets) -> None:
        """No ``div.userstuff`` held text (a converter renamed the classes): take the body's
        text instead, minus the preface, the afterword and every summary/notes blockquote."""
        skip = [el for el in root.iter() if tag_of(el) and (el.get("id") in ("preface", "afterword")
                                                           or id(el) in self._consumed)]
        blocks = blocks_of(_body(root), tro, skip=skip)
        if blocks:
            self._chapter().blocks.extend(blocks)

    @property
    def found_text(self) -> bool:
        return any(c.blocks for c in self.chapters)

    @staticmethod
    def _is_content(el: etree._Element) -> bool:
        """A userstuff div that wraps no other meta/userstuff div holds the work's text."""
        for d in el.iterdescendants():
            if tag_of(d) == "div" and classes_of(d) & {"userstuff", "meta"}:
                return False
        return True

    def _byline(self, el: etree._Element) -> None:
        authors = [text_of(a) for a in el.iter() if tag_of(a) == "a" and a.get("rel") == "author"]
        if not authors:
            authors = [text_of(a) for a in el.iter() if tag_of(a) == "a"]
        if not authors:
            txt = re.sub(r"^\s*by\s+", "", text_of(el))
            authors = [a.strip() for a in re.split(r",\s*|\s+and\s+", txt) if a.strip()]
        self.meta.authors = [a for a in authors if a]

    def _message(self, el: etree._Element) -> None:
        for a in el.iter():
            if tag_of(a) == "a" and "/works/" in (a.get("href") or "") and self.meta.source_url is None:
                self.meta.source_url = a.get("href")
        if self.meta.title is None:
            for b in el.iter():
                if tag_of(b) == "b":
                    self.meta.title = text_of(b) or None
                    break

    def _note(self, label: str, quote: etree._Element, container: etree._Element | None) -> None:
        self._consumed.add(id(quote))
        self._keep.append(quote)
        text = plain_text_of_blocks(blocks_of(quote, self.tro))
        if not text:
            return
        kind = _LABELS[label]
        box_id = (container.get("id") or "") if container is not None else ""
        if container is not None and "end" in classes_of(container):
            kind = "end_notes"  # a saved work page labels end notes "Notes:" inside div.end.notes
        chapter_level = (label.startswith("chapter") or (self.has_headings and not self.in_afterword)) \
            and box_id != "work_endnotes"
        target: object = self.chapters[-1] if chapter_level and self.chapters else self.meta
        old = getattr(target, kind)
        setattr(target, kind, f"{old}\n\n{text}" if old else text)


# --------------------------------------------------------------------------------------------
# Building the Story
# --------------------------------------------------------------------------------------------

def add_blocks(b: StoryBuilder, blocks: Iterable[Block], headings_start_chapters: bool) -> None:
    """Add extracted blocks as paragraphs. In works without chapter structure, heading lines
    start chapters, as in plain text."""
    for blk in blocks:
        kind = blk.kind
        if kind == "heading" and headings_start_chapters:
            b.start_chapter(title=" ".join(blk.text.split()))
        b.add_paragraph(blk.text, blk.offs, kind, emphasis=blk.emph)


def build_ao3_story(source: str, meta: Metadata, walker: AO3Walker, offsets_shift: int = 0) -> StoryBuilder:
    b = StoryBuilder(source, meta)
    chapters = [c for c in walker.chapters if c.blocks or c.title]
    if walker.has_headings:
        for ch in chapters:
            b.start_chapter(title=ch.title, summary=ch.summary, notes=ch.notes, end_notes=ch.end_notes)
            if ch.title_block is not None:
                b.add_paragraph(ch.title_block.text, ch.title_block.offs, "heading")
            add_blocks(b, ch.blocks, headings_start_chapters=False)
    else:
        for ch in chapters:
            b.start_chapter(title=ch.title, summary=ch.summary, notes=ch.notes, end_notes=ch.end_notes)
            add_blocks(b, ch.blocks, headings_start_chapters=True)
    return b


def is_ao3(root: etree._Element) -> bool:
    for el in root.iter():
        if not tag_of(el):
            continue
        if el.get("id") in ("preface", "chapters", "afterword"):
            return True
        if tag_of(el) == "dl" and _is_tags_dl(el):
            return True
    return False


def parse_html_tree(text: str, path: Path | str | None) -> etree._Element:
    """Parse HTML leniently (lxml repairs broken markup) but without network access or huge trees."""
    parser = lxml_html.HTMLParser(encoding="utf-8", no_network=True, huge_tree=False, remove_pis=False)
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise MalformedInput(f"cannot parse the HTML ({str(exc).splitlines()[0] if str(exc) else 'no markup'})",
                             path) from None
    if root is None:
        raise MalformedInput("cannot parse the HTML (no document)", path)
    return root


def main_container(body: etree._Element, share: float = 0.7) -> etree._Element:
    """The element holding the story on a saved web page: starting at ``<body>``, step into the
    child that holds at least ``share`` of the paragraph text, as long as there is one. Menus,
    headers, footers and comment sections around the story are left out; a page whose paragraphs
    sit directly in ``<body>`` (or are spread over several boxes) keeps the whole body."""
    weight: dict[int, int] = {}
    keep: list[etree._Element] = []
    for p in body.iter():
        if tag_of(p) != "p":
            continue
        n = len(text_of(p))
        node = p.getparent()
        while node is not None:
            weight[id(node)] = weight.get(id(node), 0) + n
            keep.append(node)
            if node is body:
                break
            node = node.getparent()
    total = weight.get(id(body), 0)
    if not total:
        return body
    node = body
    while True:
        best = max((c for c in node if tag_of(c)), key=lambda c: weight.get(id(c), 0), default=None)
        if best is None or weight.get(id(best), 0) < share * total or tag_of(best) == "p":
            return node
        node = best


def _body(root: etree._Element) -> etree._Element:
    for el in root.iter():
        if tag_of(el) == "body":
            return el
    return root


def generic_title(root: etree._Element) -> str | None:
    for el in root.iter():
        if tag_of(el) == "title":  # (text_of skips <title> as non-story text)
            t = " ".join("".join(el.itertext()).split())
            if t:
                return t
    return None


def read_html(text: str, path: Path | str | None = None) -> Story:
    """Read an AO3 HTML download, or any HTML page whose ``<body>`` holds a story."""
    check_xml_safety(text, None, path, dtd_ids=False)
    root = parse_html_tree(text, path)
    tro = TreeOffsets(root, text)
    meta = Metadata()
    if is_ao3(root):
        walker = AO3Walker(meta)
        walker.walk_document(root, tro)
        if not walker.found_text:
            walker.fallback(root, tro)
        if meta.title is None:
            meta.title = generic_title(root)
        meta.source_format = "ao3-html"
        b = build_ao3_story(text, meta, walker)
        if not b.paragraphs:
            raise MalformedInput("AO3 HTML has no chapter text (no div.userstuff under #chapters)", path)
    else:
        meta.source_format = "html"
        meta.title = generic_title(root)
        container = main_container(_body(root))
        blocks = blocks_of(container, tro)
        # A first heading that repeats the title is the title, not a chapter.
        if blocks and blocks[0].tag in HEADING_TAGS and meta.title and \
                " ".join(blocks[0].text.split()) in meta.title:
            blocks = blocks[1:]
        elif blocks and blocks[0].tag == "h1" and meta.title is None:
            meta.title = " ".join(blocks[0].text.split())
            blocks = blocks[1:]
        b = StoryBuilder(text, meta)
        add_blocks(b, blocks, headings_start_chapters=True)
    story = b.build()
    if not story.text_paragraphs:
        raise MalformedInput("HTML has no story text (no paragraphs in <body>)", path)
    if tro.missed:
        story.warnings.append(f"{tro.missed} text piece(s) could not be located in the HTML source; "
                              "their source offsets are approximate")
    return story
