"""Plain text and Markdown → Story.

Paragraphs: fan fiction pasted as text usually has one paragraph per line; Project Gutenberg
style text is hard-wrapped at ~70 columns with blank lines between paragraphs. We look at the
line lengths to tell which, instead of assuming. Marker lines (chapter headings, scene breaks,
POV headers) become paragraphs of their own kind, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fabula.model import Metadata, ParagraphKind, Story
from fabula.normalize import StoryBuilder

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|first|second|third|fourth|fifth|"
    "sixth|seventh|eighth|ninth|tenth|last|final"
)
CHAPTER_RE = re.compile(
    rf"^\s*(?:chapter|book|part|volume|act)\s+(?:\d+|[ivxlcdm]+\b|(?:{_NUMBER_WORDS})(?:[- ](?:{_NUMBER_WORDS}))?)"
    r"\b[\s.:\-—]*[^\n]{0,80}$",
    re.IGNORECASE,
)
SPECIAL_HEADING_RE = re.compile(r"^\s*(?:prologue|epilogue|interlude|afterword|foreword)\b[\s.:\-—]*[^\n]{0,60}$",
                                re.IGNORECASE)
SCENE_BREAK_RE = re.compile(
    r"^\s*(?:"
    r"(?:[*~#=_\-+•·◇◆●○❦❧§†‡°^|/\\<>.:xX]\s*){3,}"  # ***, ~~~, * * *, -----, ###, x x x
    r"|[❦❧§⁂※☙✦✧★☆♡♥◇◆]"  # a lone ornament
    r"|(?:o\s*O\s*o\s*)+(?:O\s*)?"  # oOo, OoOoO
    r"|(?:x\s*X\s*x\s*)+(?:X\s*)?"  # xXx
    r"|<\s*hr\s*/?\s*>"  # a literal <hr> in pasted text
    r")\s*$"
)
POV_RE = re.compile(
    r"^\s*[~\-—=*_#\[(\s]*"
    r"(?:(?P<name1>[A-Z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*){0,2}?)(?:'s|s'|')?\s+(?:point\s+of\s+view|p\.?o\.?v\.?)"
    r"|(?:pov|p\.o\.v\.?|point\s+of\s+view)\s*[:\-—]\s*(?P<name2>[A-Z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*){0,2}))"
    r"\s*[~\-—=*_#\])\s:.]*$",
    re.IGNORECASE,
)
# A section mark alone on its line, in a story told in numbered or dated parts: a numeral ("1.", "12",
# "+1.", "II."), a year with or without its season ("1999", "Summer 2004"), or a label in capitals where a
# time word stands next to its number ("YEAR 6. THE FLAT", "WEEK TWO", "DAY 3"). A spelled-out number alone
# ("Ten", "Last") is left as text: it is as often a line of speech or a count as a heading, and a sign or a
# shouted line in capitals ("OPEN EVERY DAY", "HAPPY NEW YEAR") has no number beside its time word.
# The season and unit words are shared with structure.timeline, which orders the sections by them.
SEASONS = r"spring|summer|autumn|fall|winter"
SECTION_UNITS = r"YEAR|WEEK|MONTH|DAY|TERM|SEASON|SEMESTER"
SECTION_MARK_RE = re.compile(
    r"^(?:\+?\d{1,3}\.?"
    r"|(?=[IVXL]{2,}\.?$|[IVXL]\.$)(?-i:(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\.?"
    rf"|(?:(?:{SEASONS}),?\s+)?(?:1[5-9]|20)\d\d\.?"
    r")$",
    re.IGNORECASE,
)
_TIME_UNITS = rf"{SECTION_UNITS}|{SEASONS.upper()}"
_CAPS_NUMBER = rf"\d{{1,4}}|(?:{_NUMBER_WORDS.upper()})(?:-(?:{_NUMBER_WORDS.upper()}))?"
CAPS_SECTION_RE = re.compile(
    rf"^(?=[^a-z!?\"\u201c\u201d]*$)(?=.*\b(?:{_TIME_UNITS})\s+(?:{_CAPS_NUMBER})\b)"
    r"[A-Z0-9][A-Z0-9 .,:'\-\u2014]{2,60}$"
)
FRAMED_NAME_RE = re.compile(r"^\s*(?:[—~=*]+|-{2,})\s*(?P<name>[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*)?)\s*(?:[—~=*]+|-{2,})\s*$")


# Curly apostrophes/quotes and dashes as straight ones, so "Ada’s POV" is a POV header too.
_MARKER_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'",
                              "\u2013": "\u2014", "\u2015": "\u2014", "\u00a0": " "})


def classify_line(line: str, sections: bool = False) -> ParagraphKind:
    """Tell a marker line from story text. Only short lines can be markers. ``sections``: also read
    section marks (numerals, years, capitals with a time word beside a number) as headings; only for text
    pasted one paragraph per line, where they head the parts of a story told over years. Hard-wrapped
    books number their chapters the same way, but there the chapters are read as they always were."""
    s = line.strip()
    if not s or len(s) > 100:
        return "text"
    s = s.translate(_MARKER_FOLD)
    if SCENE_BREAK_RE.match(s) and not re.fullmatch(r"\.{3,}|\.\s\.\s\.", s):
        return "scene_break"
    m = POV_RE.match(s)
    if m and (m.group("name1") or m.group("name2")):
        return "pov_header"
    if FRAMED_NAME_RE.match(s):
        return "pov_header"
    if CHAPTER_RE.match(s) or SPECIAL_HEADING_RE.match(s):
        return "heading"
    if sections and is_section_mark(s):
        return "heading"
    return "text"


def is_section_mark(line: str) -> bool:
    """A numeral, a year or a capitals label with a time word beside its number, alone on its line."""
    s = line.strip().translate(_MARKER_FOLD)
    return bool(s) and bool(SECTION_MARK_RE.match(s) or CAPS_SECTION_RE.match(s))


def pov_header_name(line: str) -> str | None:
    """The name in a POV header line, e.g. 'Jonah' from "Jonah's point of view"."""
    line = line.translate(_MARKER_FOLD)
    m = POV_RE.match(line.strip())
    if m:
        name = (m.group("name1") or m.group("name2") or "").strip()
        name = re.sub(r"(?:'s|s'|')$", "", name)
        return name or None
    m = FRAMED_NAME_RE.match(line.strip())
    return m.group("name") if m else None


@dataclass
class _Line:
    start: int
    end: int  # exclusive, without the newline

    def text(self, src: str) -> str:
        return src[self.start : self.end]


def _lines(src: str) -> list[_Line]:
    out = []
    pos = 0
    for m in re.finditer(r"\r\n|\r|\n", src):
        out.append(_Line(pos, m.start()))
        pos = m.end()
    if pos <= len(src):
        out.append(_Line(pos, len(src)))
    return out


def _is_hard_wrapped(src: str, lines: list[_Line]) -> bool:
    """Hard-wrapped prose (Gutenberg style): blank lines separate paragraphs, and the lines that
    continue onto a next line are all about as long as the wrap width. Text with one paragraph
    per line, with or without blank lines between them, is not wrapped."""
    texts = [src[ln.start : ln.end] for ln in lines]
    blank = [not t.strip() for t in texts]
    if not any(blank):
        return False
    nonblank_len = sorted(len(t.rstrip()) for t, b in zip(texts, blank, strict=True) if not b)
    if len(nonblank_len) < 4:
        return False
    width = nonblank_len[int(0.9 * (len(nonblank_len) - 1))]
    if width > 100 or width < 30:
        return False
    continuing = [len(texts[i].rstrip()) for i in range(len(texts) - 1) if not blank[i] and not blank[i + 1]]
    if len(continuing) < 3 or len(continuing) < 0.3 * len(nonblank_len):
        return False
    continuing.sort()
    return continuing[len(continuing) // 2] >= 0.75 * width


def _blocks(src: str, lines: list[_Line], wrapped: bool) -> list[list[_Line]]:
    """Group lines into paragraphs; marker lines always stand alone."""
    blocks: list[list[_Line]] = []
    cur: list[_Line] = []
    for ln in lines:
        t = ln.text(src)
        if not t.strip():
            if cur:
                blocks.append(cur)
                cur = []
            continue
        if not wrapped or classify_line(t) != "text":
            if cur:
                blocks.append(cur)
                cur = []
            blocks.append([ln])
            continue
        cur.append(ln)
    if cur:
        blocks.append(cur)
    return blocks


def _block_chars(src: str, block: list[_Line]) -> tuple[str, list[int]]:
    chars: list[str] = []
    offs: list[int] = []
    for i, ln in enumerate(block):
        if i:
            chars.append(" ")
            offs.append(ln.start - 1)
        chars.append(src[ln.start : ln.end])
        offs.extend(range(ln.start, ln.end))
    return "".join(chars), offs


# An AO3-style header pasted above a .txt/.md story ("Rating: General Audiences", "**Pairing:**
# Ada/Reader", "Words: ~600 | Rating: Teen"): the work's metadata, not its text. Label -> field.
_HEADER_FIELDS = {
    "title": "title", "author": "authors", "authors": "authors", "creator": "authors", "creators": "authors",
    "rating": "rating", "ratings": "rating",
    "archive warning": "warnings", "archive warnings": "warnings", "warning": "warnings", "warnings": "warnings",
    "category": "categories", "categories": "categories",
    "fandom": "fandoms", "fandoms": "fandoms",
    "relationship": "relationships", "relationships": "relationships", "pairing": "relationships",
    "pairings": "relationships",
    "character": "characters", "characters": "characters",
    "additional tags": "additional_tags", "tags": "additional_tags", "freeform": "additional_tags",
    "language": "language",
    "summary": "summary",
    "notes": "notes", "note": "notes", "a/n": "notes", "author's note": "notes", "author's notes": "notes",
    "words": "", "word count": "", "chapters": "", "status": "", "disclaimer": "", "series": "",
}
# a block counts as a header only with one of the labels only such a header uses
_HEADER_CORE = {"rating", "warnings", "categories", "fandoms", "relationships", "characters", "additional_tags"}
_HEADER_FIELD_RE = re.compile(r"^\s*[*_]*\s*(?P<label>[A-Za-z][A-Za-z/' ]{0,20}?)\s*[*_]*\s*:\s*[*_]*\s*(?P<value>.*?)\s*$")


def _header_fields(line: str) -> list[tuple[str, str, str]] | None:
    """(label, field, value) for each ``Label: value`` of a header line ("**Rating:** Teen | **Words:** ~600"),
    or None when any part of the line is not one."""
    out = []
    for part in re.split(r"\s\|\s", line.translate(_MARKER_FOLD)):
        m = _HEADER_FIELD_RE.match(part)
        label = m.group("label").strip().lower() if m else ""
        if not m or label not in _HEADER_FIELDS:
            return None
        value = re.sub(r"^[*_]+|[*_]+$", "", m.group("value")).strip()
        out.append((m.group("label").strip(), _HEADER_FIELDS[label], value))
    return out or None


def _read_header(src: str, lines: list[_Line], b: StoryBuilder, skip: _Line | None = None) -> set[int]:
    """The source starts of the header lines at the top of the story (after ``skip``, a title line),
    with their values put in the metadata (fields the caller already filled are kept). A block that
    names none of rating, warnings, category, fandom, relationship, characters or tags is story text.
    The lines leave ``Story.text`` (its offsets still point into the source); a warning says so."""
    found: list[tuple[_Line, list[tuple[str, str, str]]]] = []
    for ln in lines:
        t = ln.text(src)
        if ln is skip or not t.strip():
            continue
        fields = _header_fields(t)
        if fields is None:
            break
        found.append((ln, fields))
    if not any(f in _HEADER_CORE for _ln, fields in found for _l, f, _v in fields):
        return set()
    md = b.metadata
    for _ln, fields in found:
        for _label, f, v in fields:
            if not f or not v:
                continue
            cur = getattr(md, f)
            if isinstance(cur, list):
                cur.extend(x.strip() for x in v.split(",") if x.strip())
            elif cur is None:
                setattr(md, f, v)
    labels = ", ".join(dict.fromkeys(label for _ln, fields in found for label, _f, _v in fields))
    b.warnings.append(f"read {len(found)} header line(s) at the top as the work's metadata ({labels}); "
                      "they are not part of the story text")
    return {ln.start for ln, _fields in found}


def _drop_header(block: list[_Line], header: set[int]) -> list[_Line]:
    return [ln for ln in block if ln.start not in header] if header else block


def read_plain(src: str, metadata: Metadata | None = None) -> Story:
    """Build a Story from plain text. Writers of plain text mark italics with ``_underscores_`` or
    ``*asterisks*``; those runs are kept as emphasis (the marks stay in the text, which is the
    writer's own) so that the dialogue stage can read italic thoughts there, as in Markdown."""
    b = StoryBuilder(src, metadata)
    lines = _lines(src)
    wrapped = _is_hard_wrapped(src, lines)
    header = _read_header(src, lines, b)
    # Section marks head the parts of a story only as a series: one year or numeral alone may be a
    # dateline over a memory or a line of its own, and is left as the text it was.
    sections = not wrapped and sum(1 for ln in lines if is_section_mark(ln.text(src))) >= 2
    for block in _blocks(src, lines, wrapped):
        block = _drop_header(block, header)
        if not block:
            continue
        chars, offs = _block_chars(src, block)
        kind = classify_line(chars, sections=sections) if len(block) == 1 else "text"
        if kind == "heading":
            b.start_chapter(title=" ".join(chars.split()))
        b.add_paragraph(chars, offs, kind, emphasis=_plain_emphasis(chars) if kind == "text" else [])
    return b.build()


def _plain_emphasis(chars: str) -> list[tuple[int, int]]:
    """The insides of ``_italic_`` and ``*italic*`` runs of a plain-text paragraph (not ``**bold**``)."""
    return [(m.start(2), m.end(2)) for m in _MD_EMPH.finditer(chars) if len(m.group(1)) in (1, 3)]


_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BREAK = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_MD_EMPH = re.compile(r"(?<![\w*\\])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def _strip_md_inline(chars: str, offs: list[int]) -> tuple[str, list[int], list[tuple[int, int]]]:
    """Remove *emphasis* / _emphasis_ / **strong** markers; return italic ranges."""
    out_c: list[str] = []
    out_o: list[int] = []
    emph: list[tuple[int, int]] = []
    pos = 0
    for m in _MD_EMPH.finditer(chars):
        out_c.append(chars[pos : m.start()])
        out_o.extend(offs[pos : m.start()])
        marker = m.group(1)
        a, b = m.start(2), m.end(2)
        start = sum(len(c) for c in out_c)
        inner_c, inner_o, inner_e = _strip_md_inline(chars[a:b], offs[a:b])
        out_c.append(inner_c)
        out_o.extend(inner_o)
        emph.extend((start + x, start + y) for x, y in inner_e)
        if len(marker) in (1, 3):
            emph.append((start, start + len(inner_c)))
        pos = m.end()
    out_c.append(chars[pos:])
    out_o.extend(offs[pos:])
    return "".join(out_c), out_o, emph


_MD_BLOCKQUOTE = re.compile(r"[ ]{0,3}(?:>[ ]?)+")


def _unquote(src: str, block: list[_Line]) -> list[_Line]:
    """The lines of a Markdown blockquote without their ``>`` markers (a quoted letter, a chat
    pasted as "> **Kat:** omw"): the marker is layout, not text."""
    out = []
    for ln in block:
        m = _MD_BLOCKQUOTE.match(src, ln.start, ln.end)
        out.append(_Line(m.end(), ln.end) if m and m.end() > ln.start and src[ln.start:m.end()].strip() else ln)
    return out


def read_markdown(src: str, metadata: Metadata | None = None) -> Story:
    """Build a Story from Markdown: headings start chapters, ``***``/``---`` are scene breaks and
    ``*italic*``/``_italic_`` runs are kept as emphasis (the dialogue stage reads thoughts there).
    A single level-1 heading on the first line is the title."""
    b = StoryBuilder(src, metadata)
    lines = _lines(src)
    heads = [ln for ln in lines if _MD_HEADING.match(ln.text(src))]
    first = next((ln for ln in lines if ln.text(src).strip()), None)
    title_line = None
    if first is not None and heads and heads[0] is first:
        m = _MD_HEADING.match(first.text(src))
        if m and len(m.group(1)) == 1 and sum(1 for h in heads if _MD_HEADING.match(h.text(src)).group(1) == "#") == 1:
            title_line = first
            if b.metadata.title is None:
                b.metadata.title = m.group(2).strip()
    wrapped = _is_hard_wrapped(src, lines)
    header = _read_header(src, lines, b, skip=title_line)
    for block in _blocks(src, lines, wrapped):
        if block[0] is title_line:
            continue
        block = _drop_header(block, header)
        if not block:
            continue
        chars, offs = _block_chars(src, _unquote(src, block))
        if len(block) == 1:
            mh = _MD_HEADING.match(chars)
            if mh:
                a = mh.start(2)
                title = mh.group(2)
                b.start_chapter(title=title)
                b.add_paragraph(chars[a : a + len(title)], offs[a : a + len(title)], "heading")
                continue
            if _MD_BREAK.match(chars):
                b.add_paragraph(chars, offs, "scene_break")
                continue
        kind = classify_line(chars) if len(block) == 1 else "text"
        if kind == "heading":
            b.start_chapter(title=" ".join(chars.split()))
        c2, o2, emph = _strip_md_inline(chars, offs)
        b.add_paragraph(c2, o2, kind, emphasis=emph)
    return b.build()
