"""Is this English? fabula's models are English; other languages get a warning, not a refusal.

A cheap, dependency-free check: the share of tokens that are common English function words
(spaCy's own English stop list) and the share of Latin letters. English prose runs at 40-55%
stop words; French, German or Spanish text scores far below 20%.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_score(text: str, sample: int = 20000) -> tuple[float, float]:
    from spacy.lang.en.stop_words import STOP_WORDS

    head = text[:sample]
    words = _WORD.findall(head.lower())
    if not words:
        return 0.0, 0.0
    stop = sum(1 for w in words if w in STOP_WORDS) / len(words)
    letters = [c for c in head if c.isalpha()]
    latin = sum(1 for c in letters if c.isascii()) / max(1, len(letters))
    return stop, latin


def english_warning(text: str) -> str | None:
    stop, latin = english_score(text)
    words = len(_WORD.findall(text[:20000]))
    if words < 30:
        return None
    if latin < 0.5 or stop < 0.2:
        return ("the text does not look like English; fabula's models are English, so expect poor "
                "characters, quotes and tags")
    return None
