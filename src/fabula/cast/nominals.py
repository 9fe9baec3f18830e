"""Nominal person mentions: "the old man", "his mother", "a girl who lived next door".

A common-noun phrase refers to a person when its head noun is one that, in LitBank's annotated
fiction, mostly heads person mentions (the lexicon in ``fabula/models/cast_person_nouns.json``,
learned by ``scripts/train_cast_nouns.py`` from the LitBank dev split). The span is the head's
syntactic subtree without coordinated or appositive siblings, as LitBank marks maximal phrases
("the reporters of the newspapers", "others who know this suitor by sight").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MIN_SHARE = 0.5
_CUT = {"conj", "cc", "appos", "punct", "preconj"}


@dataclass(frozen=True)
class Nominal:
    start: int
    end: int
    head: int  # token index of the head noun
    text: str


@lru_cache(maxsize=1)
def person_nouns() -> dict[str, float]:
    try:
        raw = resources.files("fabula").joinpath("models/cast_person_nouns.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    return dict(json.loads(raw).get("lemmas", {}))


def _edges(tok) -> tuple[int, int]:
    """Token index range of ``tok``'s subtree minus coordinated/appositive branches."""
    lo = hi = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        lo, hi = min(lo, t.i), max(hi, t.i)
        for c in t.children:
            if c.dep_ in _CUT and t.i == tok.i:
                continue
            stack.append(c)
    return lo, hi + 1


def find_nominals(doc, skip: set[int] | None = None, min_share: float = MIN_SHARE) -> list[Nominal]:
    lex = person_nouns()
    skip = skip or set()
    out = []
    for t in doc:
        if t.pos_ != "NOUN" or t.i in skip:
            continue
        if lex.get(t.lemma_.lower(), 0.0) < min_share:
            continue
        lo, hi = _edges(t)
        while hi - 1 > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
        while lo < hi - 1 and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        s, e = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        out.append(Nominal(s, e, t.i, doc.text[s:e]))
    return out
