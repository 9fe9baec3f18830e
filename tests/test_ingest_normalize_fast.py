"""normalize_chars' fast path (whole runs of ordinary characters) must agree with the
character-by-character definition it replaced."""

from __future__ import annotations

import unicodedata

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fabula.normalize import _REPLACE, _SPACED_CLOSE, _SPACED_OPEN, _SPACES, normalize_chars


def _reference(chars: str, offsets: list[int]) -> tuple[str, list[int]]:
    """The original per-character normalization (spaces take the next character's offset)."""
    out: list[str] = []
    out_off: list[int] = []
    pending_space = False
    i, n = 0, len(chars)
    while i < n:
        c, off = chars[i], offsets[i]
        j = i + 1
        while j < n and unicodedata.combining(chars[j]):
            j += 1
        group = chars[i:j]
        i = j
        if c in _SPACES or c == " " or c.isspace():
            pending_space = bool(out)
            if len(group) == 1:
                continue
            group = group[1:]
        if len(group) > 1:
            group = unicodedata.normalize("NFC", group)
        for g in group:
            rep = _REPLACE.get(g, g)
            if rep == "" or (len(rep) == 1 and unicodedata.category(rep) == "Cc"):
                continue
            if pending_space:
                out.append(" ")
                out_off.append(off)
                pending_space = False
            for r in rep:
                out.append(r)
                out_off.append(off)
    return "".join(out), out_off


_alphabet = st.sampled_from(list("abcXYZ019.,!?'\"-— \t\n\r") + ["\u00a0", "\u201c", "\u201d", "\u2019", "\u2026",
                                                              "\u00ad", "\u0301", "e\u0301", "\u00e9", "\u00df",
                                                              "\u200b", "\x01", "\u4e2d", "  "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_alphabet, max_size=40).map("".join))
def test_fast_path_matches_reference(chars: str):
    # a text set in the spaced curly-quote style ('\u201c It is \u201d') is tightened on purpose,
    # which the per-character reference predates (tests/test_normalize.py covers that rule)
    assume(not (_SPACED_OPEN.search(chars) and _SPACED_CLOSE.search(chars)))
    offsets = list(range(100, 100 + len(chars)))
    text, offs = normalize_chars(chars, offsets)
    ref_text, ref_offs = _reference(chars, offsets)
    assert text == ref_text
    assert len(offs) == len(text)
    for k, ch in enumerate(text):
        if ch == " ":
            # a single space now keeps its own offset; a collapsed run points at what follows
            assert offs[k] <= ref_offs[k] and chars[offs[k] - 100].isspace() or offs[k] == ref_offs[k]
        else:
            assert offs[k] == ref_offs[k]


def test_plain_paragraph_fast_and_exact():
    text, offs = normalize_chars("  Mara said  hi.", range(16))
    assert text == "Mara said hi."
    assert offs == [2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 13, 14, 15]
