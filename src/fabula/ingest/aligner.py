"""Map text extracted by lxml back to character offsets in the raw markup.

lxml gives us a clean tree but no character positions, and every span fabula reports must be
showable in the original file (``Story.source_span``). So we lex the markup once into a *text
stream*: the characters a parser would see as text, each paired with its offset in the source.
Tags, comments, processing instructions and DOCTYPEs contribute nothing; an entity reference
(``&amp;``, ``&#8217;``, ``&#x2019;``) contributes its decoded character(s), all placed at the
offset of its ``&``; CDATA contributes its content verbatim; ``\\r\\n`` contributes one ``\\n``.

Each lxml text node (``el.text`` / ``el.tail``) is then found by a forward search in that stream
(``str.find`` from a cursor that only moves forward), so nodes are matched in document order and a
node's text can never be matched inside an earlier tag or attribute. A node that cannot be found
(the parser repaired or invented something) gets the offset of the cursor for every character: the
span still points at the right neighbourhood of the file instead of failing.

This is a lexer for offsets only; document structure always comes from lxml.
"""

from __future__ import annotations

import html
import html.entities
from array import array
from collections.abc import Iterator

import numpy as np
from lxml import etree

_ENTITY_MAX = 40  # the longest entity reference we try to decode ("&CounterClockwiseContourIntegral;")


def text_stream(source: str) -> tuple[str, array]:
    """The parser-visible text of ``source`` and the source offset of each of its characters."""
    chars: list[str] = []
    offs = array("q")
    n = len(source)
    i = 0
    lt = amp = -1  # next '<' and '&' at or after i (found once, not once per token)
    while i < n:
        if lt < i:
            lt = source.find("<", i)
            lt = n if lt < 0 else lt
        if amp < i:
            amp = source.find("&", i)
            amp = n if amp < 0 else amp
        stop = min(lt, amp)
        if stop > i:
            _emit_plain(source, i, stop, chars, offs)
            i = stop
            continue
        if i == lt:
            i = _skip_markup(source, i, chars, offs)
        else:  # an entity reference, or a bare '&'
            i = _emit_entity(source, i, chars, offs)
    return "".join(chars), offs


def _emit_plain(source: str, a: int, b: int, chars: list[str], offs: array) -> None:
    piece = source[a:b]
    if "\r" not in piece:
        chars.append(piece)
        offs.extend(range(a, b))
        return
    for k, c in enumerate(piece, start=a):
        if c == "\r":
            if k + 1 < len(source) and source[k + 1] == "\n":
                continue  # \r\n is one newline to a parser
            c = "\n"
        chars.append(c)
        offs.append(k)


def _skip_markup(source: str, i: int, chars: list[str], offs: array) -> int:
    """Skip a tag, comment, PI or DOCTYPE starting at ``source[i] == '<'``; emit CDATA content."""
    if source.startswith("<!--", i):
        end = source.find("-->", i + 4)
        return len(source) if end < 0 else end + 3
    if source.startswith("<![CDATA[", i):
        end = source.find("]]>", i + 9)
        end = len(source) if end < 0 else end
        _emit_plain(source, i + 9, end, chars, offs)
        return min(len(source), end + 3)
    if source.startswith("<!", i) or source.startswith("<?", i):
        end = source.find(">", i + 2)
        return len(source) if end < 0 else end + 1
    nxt = source[i + 1 : i + 2]
    if not (nxt.isalpha() or nxt == "/"):
        # A bare '<' in text ("a < b") is text to an HTML parser.
        chars.append("<")
        offs.append(i)
        return i + 1
    # A tag: skip to the '>' that is not inside a quoted attribute value.
    j = i + 1
    n = len(source)
    quote = ""
    while j < n:
        c = source[j]
        if quote:
            if c == quote:
                quote = ""
        elif c in "\"'":
            # quotes only open attribute values after '='
            k = j - 1
            while k > i and source[k].isspace():
                k -= 1
            if source[k] == "=":
                quote = c
        elif c == ">":
            return j + 1
        j += 1
    return n


def _emit_entity(source: str, i: int, chars: list[str], offs: array) -> int:
    """Decode the entity reference at ``source[i] == '&'`` as an HTML parser would."""
    n = len(source)
    limit = min(n, i + _ENTITY_MAX)
    j = i + 1
    numeric = j < n and source[j] == "#"
    if numeric:
        j += 1
    while j < limit and source[j].isalnum():
        j += 1
    if j < n and source[j] == ";" and j > i + 1:
        ref = source[i : j + 1]
        decoded = html.unescape(ref)
        if decoded != ref:
            _emit_same(decoded, i, chars, offs)
            return j + 1
    elif numeric and j > i + 2:
        decoded = html.unescape(source[i:j])  # "&#8217" without ';' still decodes
        if decoded != source[i:j]:
            _emit_same(decoded, i, chars, offs)
            return j
    else:
        # Legacy named references without ';' ("&amp", "&nbsp"): the longest known name wins.
        for k in range(j, i + 1, -1):
            if source[i + 1 : k] in html.entities.html5:
                _emit_same(html.entities.html5[source[i + 1 : k]], i, chars, offs)
                return k
    chars.append("&")
    offs.append(i)
    return i + 1


def _emit_same(decoded: str, at: int, chars: list[str], offs: array) -> None:
    chars.append(decoded)
    offs.extend([at] * len(decoded))


class Aligner:
    """Finds each text node of a parsed tree in the source, in document order."""

    def __init__(self, source: str, base: int = 0):
        self.stream, offs = text_stream(source)
        if base:  # shift the whole map at C speed (EPUB files sit at a base in the joined source)
            shifted = array("q")
            shifted.frombytes((np.frombuffer(offs, dtype=np.int64) + base).tobytes())
            offs = shifted
        self._offs = offs
        self.base = base
        self.cursor = 0
        self.missed = 0

    def locate(self, text: str) -> tuple[int, int]:
        """Find the next occurrence of ``text``: ``(stream index, length)``, or ``(-1, offset)``
        with the source offset of the cursor when it cannot be found."""
        if not text:
            return (0, 0)
        at = self.stream.find(text, self.cursor)
        if at >= 0:
            self.cursor = at + len(text)
            return (at, len(text))
        self.missed += 1
        here = self._offs[min(self.cursor, len(self._offs) - 1)] if len(self._offs) else self.base
        return (-1, here)

    def offsets(self, found: tuple[int, int], length: int) -> array:
        """Source offsets for a ``locate`` result covering ``length`` characters."""
        at, n = found
        if at >= 0 and n == length:
            return self._offs[at : at + n]
        here = n if at < 0 else self.base
        return array("q", [here] * length)


def iter_text_slots(root: etree._Element) -> Iterator[tuple[etree._Element, str, str]]:
    """Every ``(element, 'text'|'tail', value)`` of a tree in document order (a tail comes after
    the element's descendants). Iterative, so deep trees cannot exhaust the stack."""
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        el, done = stack.pop()
        if done:
            if el.tail and el is not root:
                yield el, "tail", el.tail
            continue
        if el.text and isinstance(el.tag, str):
            yield el, "text", el.text
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))


class TreeOffsets:
    """Source offsets for every text node of one parsed document.

    Build it once per document; ``get(el, 'text')`` then returns the offsets of ``el.text``.
    Comments and processing instructions have text in lxml but none in the text stream, so only
    their tails are aligned.
    """

    def __init__(self, root: etree._Element, source: str, base: int = 0):
        self._aligner = Aligner(source, base)
        self._map: dict[tuple[int, str], tuple[int, int]] = {}
        self._keep: list[etree._Element] = []  # keep proxies alive so id() stays unique
        for el, slot, value in iter_text_slots(root):
            self._keep.append(el)
            self._map[(id(el), slot)] = self._aligner.locate(value.replace("\r\n", "\n").replace("\r", "\n"))

    @property
    def missed(self) -> int:
        return self._aligner.missed

    def get(self, el: etree._Element, slot: str) -> tuple[str, array]:
        """``(text, offsets)`` of ``el.text`` or ``el.tail``, newlines unified as in the stream."""
        value = (el.text if slot == "text" else el.tail) or ""
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        found = self._map.get((id(el), slot), (0, -1))  # never seen: the document start
        return value, self._aligner.offsets(found, len(value))
