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
USE_MODEL = False  # see find_nominals
_CUT = {"conj", "cc", "appos", "punct", "preconj", "acl"}


# Pronoun sets of common kinship and status nouns (English grammar, not names).
NOUN_GENDER = {
    **dict.fromkeys("man boy gentleman father son brother husband uncle king prince lord sir master fellow lad "
                    "monk priest grandfather nephew duke count earl baron squire gent papa dad daddy "
                    "schoolboy landlord butler footman horseman nobleman clergyman grandpa grandad granddad "
                    "uncle".split(), "he"),
    **dict.fromkeys("woman girl lady mother daughter sister wife aunt queen princess mistress maid widow "
                    "niece grandmother nun duchess countess baroness mamma mama mum mom mummy landlady "
                    "housekeeper governess schoolgirl actress heroine hostess bride grandma gran granny nana "
                    "auntie aunty".split(), "she"),
}
LINK_SENT_BACK = 30
_DEFINITE = {"the", "this", "that", "his", "her", "their", "my", "our", "your"}


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


def _edges(tok, cut: frozenset[str] | set[str] = _CUT) -> tuple[int, int]:
    """Token index range of ``tok``'s subtree minus coordinated/appositive branches and a
    possessive marker ("the girl['s]")."""
    lo = hi = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        lo, hi = min(lo, t.i), max(hi, t.i)
        for c in t.children:
            if t.i == tok.i and (c.dep_ in cut or c.dep_ == "case" or c.tag_ == "POS"):
                continue
            stack.append(c)
    return lo, hi + 1


def phrase_span(doc, head_i: int, cut: frozenset[str] | set[str] = _CUT) -> tuple[int, int]:
    """Character span of the noun phrase headed by token ``head_i`` (edges trimmed of punctuation)."""
    lo, hi = _edges(doc[head_i], cut)
    while hi - 1 > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    while lo < hi - 1 and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def find_nominals(doc, skip: set[int] | None = None, min_share: float = MIN_SHARE,
                  cut: frozenset[str] | set[str] = _CUT, use_model: bool = USE_MODEL) -> list[Nominal]:
    """Common-noun person phrases in ``doc`` (heads in ``skip``, e.g. name tokens, excluded).

    The lexicon rule finds them by head noun; ``use_model`` adds the trained PER mention model's
    (:mod:`fabula.cast.mentions`) spans headed by a common noun — one per head (the widest), since
    coreference groups them by head — and prefers its span where both have the head. The model's
    nominals ALONE lower LitBank dev pronoun accuracy (0.613 vs 0.624: the coref ranker was trained
    with lexicon nominals as antecedents); the union gains little (0.626), leaves PDNC dev unchanged
    and costs ~0.25x of the parse (most of the cast stage's budget), so it is off by default
    (USE_MODEL) until coreference is retrained on it."""
    lex = lexicon_nominals(doc, skip, min_share, cut)
    if use_model:
        from fabula.cast import mentions

        if mentions.usable(doc):
            by_head = {n.head: n for n in lex}
            by_head.update({n.head: n for n in model_nominals(doc, mentions.person_spans(doc), skip or set())})
            return [by_head[h] for h in sorted(by_head)]
    return lex


def model_nominals(doc, spans, skip: set[int]) -> list[Nominal]:
    """Predicted PER spans whose head is a common noun → Nominals (the widest span per head)."""
    best: dict[int, tuple[int, int]] = {}
    for sp in spans:
        t = doc[sp.head]
        if t.pos_ != "NOUN" or t.i in skip:
            continue
        prev = best.get(t.i)
        if prev is None or sp.end - sp.start > prev[1] - prev[0]:
            best[t.i] = (sp.start, sp.end)
    text = doc.text
    return [Nominal(s, e, h, text[s:e]) for h, (s, e) in sorted(best.items())]


def lexicon_nominals(doc, skip: set[int] | None = None, min_share: float = MIN_SHARE,
                     cut: frozenset[str] | set[str] = _CUT) -> list[Nominal]:
    """Nouns of the person-noun lexicon with their phrase span (the fallback without a model)."""
    lex = person_nouns()
    skip = skip or set()
    text = doc.text  # built once: Doc.text joins every token on each access
    out = []
    for t in doc:
        if t.pos_ != "NOUN" or t.i in skip:
            continue
        if lex.get(t.lemma_.lower(), 0.0) < min_share:
            continue
        s, e = phrase_span(doc, t.i, cut)
        out.append(Nominal(s, e, t.i, text[s:e]))
    return out


def nominal_entities(doc, noms: list[Nominal], sent_index: list[int]) -> tuple[dict[int, str], dict[str, str]]:
    """Group nominal mentions into entities: a definite phrase ("the old man") continues the last
    entity with the same head noun seen within LINK_SENT_BACK sentences; anything else starts one.
    Returns head token → entity id ("n:<k>") and entity id → pronoun set."""
    heads: dict[int, str] = {}
    gender: dict[str, str] = {}
    last_by_lemma: dict[str, tuple[str, int]] = {}
    k = 0
    for nm in noms:
        t = doc[nm.head]
        if t.tag_ == "NNS":
            continue  # plural groups are not single characters
        lemma = t.lemma_.lower()
        det = {c.lower_ for c in t.children if c.dep_ in ("det", "poss")}
        prev = last_by_lemma.get(lemma)
        if prev and det & _DEFINITE and sent_index[nm.head] - prev[1] <= LINK_SENT_BACK:
            eid = prev[0]
        else:
            eid = f"n:{k}"
            k += 1
            if lemma in NOUN_GENDER:
                gender[eid] = NOUN_GENDER[lemma]
        heads[nm.head] = eid
        last_by_lemma[lemma] = (eid, sent_index[nm.head])
    return heads, gender
