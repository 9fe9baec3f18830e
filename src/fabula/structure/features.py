"""Per-paragraph facts the structure rules read, computed in one pass over the spaCy Doc.

Scene and flashback rules look at narration, not dialogue: a past-tense story is full of
present-tense speech, and a quoted "you" is not second-person narration. So every count here
(finite verbs by tense, past perfects, futures, personal pronouns) skips tokens inside quotes.
Quote spans come from the dialogue stage when it ran, otherwise from straight-quote parity inside
the paragraph (normalization has already turned curly quotes into ``"``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from fabula.model import Span, Story
from fabula.structure.markers import is_time_marker_line

FIRST = {"i", "me", "my", "mine", "myself"}
FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
SECOND = {"you", "your", "yours", "yourself", "yourselves"}
THIRD = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their",
         "themselves"}
SPEECH_VERBS = {"say", "ask", "reply", "shout", "whisper", "call", "tell", "answer", "cry", "yell",
                "murmur", "mutter", "add", "scream", "sob", "snap", "laugh"}


@dataclass
class Para:
    """One paragraph with the counts the rules need (all counts exclude quoted speech)."""

    index: int  # position in story.paragraphs
    kind: str
    span: Span
    chapter: int
    text: str
    sents: list[Span] = field(default_factory=list)
    words: int = 0
    narr_words: int = 0  # words outside quotes
    past: int = 0  # finite past-tense verbs (simple past)
    pres: int = 0  # finite present-tense verbs
    perf: int = 0  # past perfect ("had gone")
    fut: int = 0  # future ("will go")
    first: int = 0
    first_plural: int = 0
    second: int = 0
    third: int = 0
    italic: float = 0.0  # share of characters inside emphasis
    quotes: list[Span] = field(default_factory=list)
    names: list[tuple[str, int, bool]] = field(default_factory=list)  # (name, offset, is_subject)
    narrator_speaks: bool = False  # "I said" outside quotes
    other_speaks: bool = False  # "she said", "said Tom" outside quotes
    speech: list[tuple[int, bool]] = field(default_factory=list)  # (offset of a speech verb, said by "I")
    subject_pronouns: list[tuple[int, str]] = field(default_factory=list)  # narration "he"/"she" subjects

    @property
    def finite(self) -> int:
        return self.past + self.pres + self.perf + self.fut

    @property
    def tense(self) -> str | None:
        """Dominant narrative tense of the paragraph: past, present, perfect, future or None."""
        counts = {"past": self.past, "present": self.pres, "perfect": self.perf, "future": self.fut}
        best = max(counts, key=lambda k: counts[k])
        return best if counts[best] else None


def quote_spans(text: str, base: int) -> list[Span]:
    """Quoted stretches of one paragraph by ``"`` parity; an unclosed quote runs to the end."""
    out: list[Span] = []
    start = None
    for i, c in enumerate(text):
        if c == '"':
            if start is None:
                start = i
            else:
                out.append((base + start, base + i + 1))
                start = None
    if start is not None:
        out.append((base + start, base + len(text)))
    return out


def _in_spans(pos: int, spans: list[Span]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _emphasis_share(span: Span, emphasis: list[Span]) -> float:
    a, b = span
    if b <= a:
        return 0.0
    cover = sum(max(0, min(b, e) - max(a, s)) for s, e in emphasis)
    return min(1.0, cover / (b - a))


def build_paras(story: Story, doc, quotes: list[Span] | None = None) -> list[Para]:
    """One :class:`Para` per story paragraph, filled from the Doc in a single token pass."""
    paras = [Para(i, p.kind, tuple(p.span), p.chapter, story.paragraph_text(p))
             for i, p in enumerate(story.paragraphs)]
    for p in paras:
        if p.kind == "pov_header" and is_time_marker_line(p.text):
            p.kind = "text"
    starts = [p.span[0] for p in paras]
    quotes = sorted(quotes) if quotes else []
    q_starts = [q[0] for q in quotes]
    for p in paras:
        if quotes:
            k = max(0, bisect.bisect_left(q_starts, p.span[0]) - 1)
            p.quotes = []
            while k < len(quotes) and quotes[k][0] < p.span[1]:
                if quotes[k][1] > p.span[0]:
                    p.quotes.append(quotes[k])
                k += 1
        else:
            p.quotes = quote_spans(p.text, p.span[0])
        p.italic = _emphasis_share(p.span, story.emphasis) if story.emphasis else 0.0
        p.words = len(p.text.split())
    if doc is None or not paras:
        return paras

    def para_of(pos: int) -> Para | None:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or pos >= paras[i].span[1]:
            return None
        return paras[i]

    for sent in doc.sents:
        p = para_of(sent.start_char)
        if p is not None:
            p.sents.append((sent.start_char, min(sent.end_char, p.span[1])))
    lowercase = set(re.findall(r"\b[a-z][a-z']*\b", story.text))
    for p in paras:
        span = doc.char_span(p.span[0], p.span[1], alignment_mode="expand")
        for tok in span if span is not None else ():
            if not tok.is_space:
                _count_token(tok, p, lowercase)
    return paras


def _count_token(tok, p: Para, lowercase: set[str]) -> None:
    """Add one narration token's counts to its paragraph (tokens inside quotes are skipped)."""
    if p.quotes and _in_spans(tok.idx, p.quotes):
        return
    if not tok.is_punct:
        p.narr_words += 1
    low = tok.lower_
    if tok.pos_ == "PRON":
        if low in FIRST:
            p.first += 1
        elif low in FIRST_PLURAL:
            p.first_plural += 1
        elif low in SECOND:
            p.second += 1
        elif low in THIRD:
            p.third += 1
            if low in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
                p.subject_pronouns.append((tok.idx, low))
    if _looks_like_name(tok, lowercase) and not _place_object(tok):
        p.names.append((tok.text, tok.idx, tok.dep_ in ("nsubj", "nsubjpass")))
    _count_verb(tok, p)


NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE", "EVENT"}


def _looks_like_name(tok, lowercase: set[str]) -> bool:
    """A capitalised word that is never written in lower case in this story and is tagged as a
    proper noun (or as a noun: the small model often tags an unusual first name so)."""
    return (tok.is_title and tok.pos_ in ("PROPN", "NOUN") and tok.lower_ not in lowercase
            and tok.ent_type_ not in NOT_NAME_ENTS and not tok.is_stop and len(tok.text) > 1)


def _place_object(tok) -> bool:
    """"in Leeds", "to Porto": a name governed by a place preposition is a place, not a person."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "to", "from", "into", "near", "toward", "towards")


def _count_verb(tok, p: Para) -> None:
    """Classify one finite verb group by its head: past, present, past perfect or future."""
    if tok.pos_ not in ("VERB", "AUX"):
        return
    tag = tok.tag_
    if tok.dep_ in ("aux", "auxpass"):
        return  # counted through its head verb
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tag in ("VBN", "VBG") and any(a.lower_ in ("had", "'d") and a.tag_ == "VBD" for a in auxes):
        p.perf += 1  # "had gone", "had been waiting", "'d left"
        return
    if any(a.lower_ in ("will", "'ll", "shall") for a in auxes) and tag == "VB":
        p.fut += 1
        return
    if tag not in ("VBD", "VBZ", "VBP") and not any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes):
        return
    finite = tok if tag in ("VBD", "VBZ", "VBP") else next(a for a in auxes if a.tag_ in ("VBD", "VBZ", "VBP"))
    if finite.tag_ == "VBD":
        p.past += 1
    else:
        p.pres += 1
    if tok.lemma_ in SPEECH_VERBS:
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ == "i":
            p.narrator_speaks = True
            p.speech.append((tok.idx, True))
        elif subj:
            p.other_speaks = True
            p.speech.append((tok.idx, False))
