"""A one-line extractive synopsis: the scene's most central sentence.

Centrality is overlap with the scene's own vocabulary (content-word lemmas weighted by how often
the scene uses them), the usual extractive-summary baseline. Narration is preferred over speech,
and very short or very long sentences are skipped, so the line reads as a summary.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter

from fabula.model import Span

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
MAX_SENTS = 120
SPEECH = {"say", "ask", "reply", "tell", "shout", "whisper", "answer"}
# verbs too common to say what a scene is about
LIGHT = SPEECH | {"be", "have", "do", "get", "go", "come", "look", "know", "think", "want", "make", "take",
                  "feel", "see", "let", "put", "give", "try", "seem", "keep", "turn"}


def central_sentence(doc, sents: list[Span], quotes: list[Span], text: str) -> tuple[Span, float] | None:
    """The sentence (a span from ``sents``) whose content words the rest of the scene uses most,
    with a confidence; None when there is nothing to choose from."""
    if doc is None or not sents:
        return None
    if len(sents) > MAX_SENTS:  # a chapter-long scene: an even sample is central enough
        step = len(sents) / MAX_SENTS
        sents = [sents[int(k * step)] for k in range(MAX_SENTS)]
    starts = [a for a, _ in sents]
    bags: list[set[str]] = [set() for _ in sents]
    n_words = [0] * len(sents)
    speech_root = [False] * len(sents)
    for t in (tok for a, b in sents for tok in (doc.char_span(a, b, alignment_mode="expand") or ())):
        k = bisect.bisect_right(starts, t.idx) - 1
        if k < 0 or t.idx >= sents[k][1]:
            continue
        if not t.is_punct:
            n_words[k] += 1
        if t.dep_ == "ROOT" and t.lemma_ in SPEECH:
            speech_root[k] = True
        if t.pos_ in CONTENT_POS and t.is_alpha and not t.is_stop:
            lemma = t.lemma_.lower()
            if lemma not in LIGHT:
                bags[k].add(lemma)
    centroid: Counter[str] = Counter()
    for bag in bags:
        centroid.update(bag)
    best: tuple[float, Span] | None = None
    for k, (a, b) in enumerate(sents):
        bag = bags[k]
        if not bag or n_words[k] < 5 or n_words[k] > 45:
            continue
        score = sum(centroid[w] - 1 for w in bag) / math.sqrt(len(bag))
        if speech_root[k] or '"' in text[a:b] or any(q[0] < b and q[1] > a for q in quotes):
            score *= 0.3
        if best is None or score > best[0]:
            best = (score, (a, b))
    if best is None:
        return sents[0], 0.3
    return best[1], 0.6
