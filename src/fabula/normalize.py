"""Text normalization that remembers where every character came from.

Every ingest format ends in a :class:`StoryBuilder`: it receives paragraphs as pieces of source
text, each character paired with its offset in the decoded source, normalizes them (Unicode NFC,
curly quotes and dashes unified, invisible characters dropped, whitespace collapsed) and joins
paragraphs with a blank line. The result is one string plus an offset map, so any span found by
any stage can be shown in the original file.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Sequence

from fabula.model import Chapter, Metadata, Paragraph, ParagraphKind, Span, Story

# Characters mapped one-to-one (or to a short string) before anything else. Curly quotes become
# straight ones so every later stage sees one quote alphabet; the open/close direction that is
# lost is recovered from context by the dialogue stage, as it must be for straight-quoted text.
_REPLACE = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\uff02": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\uff07": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "\u2014", "\u2013": "\u2014", "\u2014": "\u2014",
    "\u2015": "\u2014", "\u2212": "-", "\u2026": "...",
    "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
}
_SPACES = {"\u00a0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007",
           "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\t", "\r", "\n", "\x0b", "\x0c"}

PARAGRAPH_SEPARATOR = "\n\n"

# Curly quotes say which way they face, so a space just inside one carries nothing: "‘ It is ,
# ’ I said" (tokenized or loosely typeset text) is tightened to "'It is ,' I said" before the
# direction is lost to the straight mark. Only in a paragraph set in that spaced style (an opener
# followed by a space *and* a closer preceded by one): typed fan fiction often has wrong-facing
# marks ('“Stop!“ Mara said', "goin‘ home") whose spaces are the only clue left. Straight marks
# keep their spaces: there the space is the only clue to the direction.
_OPENERS = {"\u2018", "\u201c"}
_CLOSERS = {"\u2019", "\u201d"}
_AFTER_CLOSER = set(" ,.;:!?)]—-\u2014\u2013\u2026\n\t\r\u201d\u2019")
_SPACED_OPEN = re.compile(r"(?:^|\s)[\u2018\u201c]\s")
_SPACED_CLOSE = re.compile(r"\s[\u2019\u201d](?:$|[\s,.;:!?])")


# Runs of characters that need no work at all (printable ASCII and Latin letters, single spaces
# between them, no soft hyphen, no combining marks): copied in one slice, not char by char.
_ORD = "[!-~\u00a1-\u00ac\u00ae-\u02ff]"
_ORDINARY = re.compile(f"{_ORD}+(?: {_ORD}+)*")


def normalize_chars(chars: str, offsets: Sequence[int]) -> tuple[str, list[int]]:
    """Normalize one paragraph's characters, keeping a source offset for each output char.

    Whitespace runs collapse to one space and are stripped at both ends; control characters are
    dropped. Combining sequences are composed (NFC) and keep the offset of their base character.
    A single space keeps its own offset; a collapsed run of whitespace takes the offset of the
    character after it.
    """
    out: list[str] = []
    out_off: list[int] = []
    pending_space = False
    after_open = False  # the last character kept was an opening curly quote
    spaced = bool(_SPACED_OPEN.search(chars) and _SPACED_CLOSE.search(chars))
    i = 0
    n = len(chars)
    while i < n:
        m = _ORDINARY.match(chars, i)
        if m:
            e = m.end()
            if e < n and unicodedata.combining(chars[e]):
                e -= 1  # the run's last character is the base of a combining sequence
            if e > i:
                if pending_space:
                    out.append(" ")
                    out_off.append(offsets[i])
                    pending_space = False
                out.append(chars[i:e])
                out_off.extend(offsets[i:e])
                after_open = False
                i = e
                continue
        c = chars[i]
        off = offsets[i]
        # group a base character with following combining marks for NFC
        j = i + 1
        while j < n and unicodedata.combining(chars[j]):
            j += 1
        group = chars[i:j]
        i = j
        if c in _SPACES or c == " " or c.isspace():
            pending_space = bool(out) and not (after_open and spaced)
            if len(group) == 1:
                continue
            group = group[1:]
        if len(group) > 1:
            group = unicodedata.normalize("NFC", group)
        for g in group:
            rep = _REPLACE.get(g, g)
            if rep == "":
                continue
            if len(rep) == 1 and unicodedata.category(rep) == "Cc":
                continue
            if pending_space and spaced and g in _CLOSERS and (j >= n or chars[j] in _AFTER_CLOSER) and not after_open:
                pending_space = False  # "done , ’ I said": the closing mark hugs its quote
            if pending_space:
                out.append(" ")
                out_off.append(off)
                pending_space = False
            after_open = g in _OPENERS
            for r in rep:
                out.append(r)
                out_off.append(off)
    return "".join(out), out_off


class StoryBuilder:
    """Accumulates normalized paragraphs, chapters and emphasis with their source offsets."""

    def __init__(self, source_text: str, metadata: Metadata | None = None):
        self.source_text = source_text
        self.metadata = metadata or Metadata()
        self._parts: list[str] = []
        self._offsets = array("q")
        self._length = 0
        self.paragraphs: list[Paragraph] = []
        self.chapters: list[Chapter] = []
        self.emphasis: list[Span] = []
        self.warnings: list[str] = []
        self._chapter_open: dict | None = None

    # -- chapters -------------------------------------------------------------------------
    def start_chapter(self, title: str | None = None, summary: str | None = None,
                      notes: str | None = None, end_notes: str | None = None) -> None:
        ch = self._chapter_open
        if ch is not None and len(self.paragraphs) == ch["para0"]:
            # Nothing was added to the open chapter yet: re-label it instead of leaving an empty one.
            ch.update(title=title, summary=summary, notes=notes, end_notes=end_notes)
            return
        self._close_chapter()
        self._chapter_open = {
            "index": len(self.chapters), "title": title, "start": self._length,
            "summary": summary, "notes": notes, "end_notes": end_notes,
            "para0": len(self.paragraphs),  # paragraphs from here on belong to this chapter
        }

    def _close_chapter(self) -> None:
        ch = self._chapter_open
        if ch is None:
            return
        end = self._length
        start = min(ch["start"] + (len(PARAGRAPH_SEPARATOR) if ch["start"] and ch["start"] < end else 0), end)
        if len(self.paragraphs) > ch["para0"]:
            start = self.paragraphs[ch["para0"]].span[0]
        self.chapters.append(Chapter(index=ch["index"], title=ch["title"], span=(start, end),
                                     summary=ch["summary"], notes=ch["notes"], end_notes=ch["end_notes"]))
        self._chapter_open = None

    @property
    def current_chapter(self) -> int:
        return self._chapter_open["index"] if self._chapter_open else max(0, len(self.chapters) - 1)

    # -- paragraphs -----------------------------------------------------------------------
    def add_paragraph(self, chars: str, offsets: Sequence[int], kind: ParagraphKind = "text",
                      emphasis: Iterable[tuple[int, int]] = ()) -> Paragraph | None:
        """Add one paragraph. ``emphasis`` lists ``[i, j)`` ranges of ``chars`` that were italic.
        Returns the paragraph, or None when it normalized to nothing."""
        if self._chapter_open is None:
            self.start_chapter()
        # Mark emphasised input positions so they survive normalization.
        emphasis = list(emphasis)
        marks = [False] * len(chars) if emphasis else []
        for a, b in emphasis:
            for k in range(max(0, a), min(len(chars), b)):
                marks[k] = True
        if marks:
            # Normalize with index tracking (the input index as the "offset"), to carry the marks.
            text, idx = normalize_chars(chars, range(len(chars)))
            new_offsets: Iterable[int] = map(offsets.__getitem__, idx)
        else:
            text, new_offsets = normalize_chars(chars, offsets)
            idx = []
        if not text:
            return None
        if self._parts:
            sep_off = self._offsets[-1] + 1 if len(self._offsets) else 0
            self._parts.append(PARAGRAPH_SEPARATOR)
            self._offsets.extend([sep_off] * len(PARAGRAPH_SEPARATOR))
            self._length += len(PARAGRAPH_SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._offsets.extend(new_offsets)
        self._length += len(text)
        # emphasis runs in normalized coordinates
        run_start = None
        for pos, k in enumerate(idx):
            if marks and marks[k]:
                if run_start is None:
                    run_start = pos
            elif run_start is not None:
                self._add_emphasis(start, text, run_start, pos)
                run_start = None
        if run_start is not None:
            self._add_emphasis(start, text, run_start, len(text))
        para = Paragraph(span=(start, self._length), kind=kind, chapter=self.current_chapter)
        self.paragraphs.append(para)
        return para

    def _add_emphasis(self, base: int, text: str, a: int, b: int) -> None:
        while a < b and text[a] == " ":
            a += 1
        while b > a and text[b - 1] == " ":
            b -= 1
        if b > a:
            if self.emphasis and self.emphasis[-1][1] >= base + a - 1 and self.emphasis[-1][0] >= base:
                # merge runs split only by a space
                prev = self.emphasis[-1]
                if base + a - prev[1] <= 1:
                    self.emphasis[-1] = (prev[0], base + b)
                    return
            self.emphasis.append((base + a, base + b))

    def add_source_paragraph(self, start: int, end: int, kind: ParagraphKind = "text") -> Paragraph | None:
        """Add ``source_text[start:end]`` as a paragraph (plain-text formats)."""
        return self.add_paragraph(self.source_text[start:end], range(start, end), kind)

    def build(self) -> Story:
        self._close_chapter()
        self._offsets.append(self._offsets[-1] + 1 if len(self._offsets) else 0)
        story = Story(
            text="".join(self._parts),
            chapters=self.chapters,
            paragraphs=self.paragraphs,
            emphasis=self.emphasis,
            metadata=self.metadata,
            source_text=self.source_text,
            offsets=self._offsets,
            warnings=self.warnings,
        )
        for p in story.paragraphs:
            p.source_span = story.source_span(p.span)
        for c in story.chapters:
            c.source_span = story.source_span(c.span)
        if story.metadata.stats.words is None:
            story.metadata.stats.words = story.word_count
        if story.metadata.stats.chapters is None:
            story.metadata.stats.chapters = str(len(story.chapters))
        return story
