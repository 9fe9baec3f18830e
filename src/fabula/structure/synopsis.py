"""A one-line extractive synopsis: the scene's most central sentence.

Centrality is overlap with the scene's own vocabulary (content-word lemmas weighted by how often
the scene uses them), the usual extractive-summary baseline. Narration is preferred over speech,
and very short or very long sentences are skipped, so the line reads as a summary.
"""

from __future__ import annotations

import math
from collections import Counter

from fabula.model import Span

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
SPEECH = {"say", "ask", "reply", "tell", "shout", "whisper", "answer"}
# verbs too common to say what a scene is about
LIGHT = SPEECH | {"be", "have", "do", "get", "go", "come", "look", "know", "think", "want", "make", "take",
                  "feel", "see", "let", "put", "give", "try", "seem", "keep", "turn"}


def central_sentence(doc, sents: list[Span], quotes: list[Span]) -> tuple[Span, float] | None:
    if doc is None or not sents:
        return None
    bags: list[tuple[Span, Counter[str], bool]] = []
    centroid: Counter[str] = Counter()
    for a, b in sents:
        sp = doc.char_span(a, b, alignment_mode="expand")
        if sp is None:
            continue
        bag = Counter(t.lemma_.lower() for t in sp if t.pos_ in CONTENT_POS and t.is_alpha and not t.is_stop
                      and t.lemma_.lower() not in LIGHT)
        quoted = any(q[0] < b and q[1] > a for q in quotes) or '"' in sp.text or sp.root.lemma_ in SPEECH
        bags.append(((a, b), bag, quoted))
        centroid.update(set(bag))
    best: tuple[float, Span] | None = None
    for span, bag, quoted in bags:
        n_words = len(doc.char_span(*span, alignment_mode="expand") or [])
        if not bag or n_words < 5 or n_words > 45:
            continue
        score = sum(centroid[w] - 1 for w in bag) / math.sqrt(len(bag))
        if quoted:
            score *= 0.3
        if best is None or score > best[0]:
            best = (score, span)
    if best is None:
        span = bags[0][0] if bags else sents[0]
        return span, 0.3
    return best[1], 0.6
