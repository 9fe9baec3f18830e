"""Look up characters by a mention's span or by a name string.

The contract between the cast stage and its readers (dialogue, relations, tags): build a
:class:`CharacterIndex` from an Analysis and ask which character a span or a name refers to.
"""

from __future__ import annotations

import bisect

from fabula.model import Analysis, Span


def norm_name(text: str) -> str:
    """A name as a lookup key: case, spacing, edge punctuation and a leading "the" do not count
    ("The Hatter" and "Hatter" are one name; the article is not part of it)."""
    key = " ".join(text.replace("\u2019", "'").split()).strip(" .,;:!?\"'").lower()
    if key.startswith("the ") and len(key) > 4:
        key = key[4:]
    return key


class CharacterIndex:
    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        spans: list[tuple[int, int, str]] = []
        self.names: dict[str, str] = {}
        for ch in analysis.characters:
            for m in ch.mentions:
                spans.append((m.span[0], m.span[1], ch.id))
            for alias in [ch.name, *ch.aliases]:
                self.names.setdefault(norm_name(alias), ch.id)
        self._set_spans(spans)

    @classmethod
    def from_spans(cls, spans: list[tuple[int, int, str]]) -> CharacterIndex:
        """An index over bare (start, end, character id) mentions, e.g. a stage's fallback
        mentions when the cast is empty, or the cast's mentions plus those."""
        self = cls.__new__(cls)
        self.analysis = None
        self.names = {}
        self._set_spans(list(spans))
        return self

    def _set_spans(self, spans: list[tuple[int, int, str]]) -> None:
        spans.sort()
        self._starts = [s for s, _, _ in spans]
        self._spans = spans

    @property
    def spans(self) -> list[tuple[int, int, str]]:
        """Every mention as (start, end, character id), in text order."""
        return self._spans

    def at(self, span: Span) -> str | None:
        """The character whose mention overlaps ``span`` (the longest overlap), or None."""
        start, end = span
        i = bisect.bisect_left(self._starts, start)
        best, best_len = None, 0
        for j in range(max(0, i - 3), min(len(self._spans), i + 8)):
            s, e, cid = self._spans[j]
            ov = min(e, end) - max(s, start)
            if ov > best_len:
                best, best_len = cid, ov
        return best

    def mentions_in(self, span: Span) -> list[tuple[int, int, str]]:
        """All character mentions inside ``span``, in text order."""
        start, end = span
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self._spans) and self._spans[i][0] < end:
            if self._spans[i][1] <= end:
                out.append(self._spans[i])
            i += 1
        return out

    def by_name(self, text: str) -> str | None:
        cid = self.names.get(norm_name(text))
        if cid is None and "-" in text:
            from fabula.cast.names import strip_honorific

            cid = self.names.get(norm_name(strip_honorific(text.strip(" .,;:!?\"'"))))  # "Naruto-kun"
        return cid
