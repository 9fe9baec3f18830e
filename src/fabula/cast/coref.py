"""Gender and pronoun coreference: a fast, rule- and feature-based resolver.

One left-to-right pass over the tokens keeps a salience list of recent character mentions
(names, then every resolved pronoun, so chains carry). A third-person pronoun picks the most
salient compatible character: gender/number must agree, recent and subject mentions weigh more,
narration and quotes are kept apart (a "he" inside a quote rarely points back to a name in the
narration three sentences up, more often to one in the same quote), non-reflexive object pronouns
cannot take the subject of their own verb ("he saw him"), and in first-person sections the
narrator is "I", never "he"/"she". Confidence comes from the margin over the runner-up.

Gender is guessed before that from titles (Mr./Mrs.) and from which pronoun follows a name
as the next person reference in narration ("Chanel is doing well with her own career").
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from fabula.cast.quotes import QuoteMap

PRON_GENDER = {"he": "he", "him": "he", "his": "he", "himself": "he",
               "she": "she", "her": "she", "hers": "she", "herself": "she",
               "they": "they", "them": "they", "their": "they", "theirs": "they", "themselves": "they",
               "themself": "they"}
REFLEXIVE = {"himself", "herself", "themselves", "themself"}
MAX_SENT_BACK = 4


@dataclass
class Resolved:
    tok: int
    char: str
    confidence: float


def infer_genders(doc, name_tokens: dict[int, str], qmap: QuoteMap,
                  hints: dict[str, str | None]) -> dict[str, str]:
    """Vote each character's pronoun set from the next gendered pronoun after its names."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for cid, g in hints.items():
        if g:
            votes[cid][g] += 3
    n = len(doc)
    starts = sorted(name_tokens)
    seen_start = set()
    for i in starts:
        cid = name_tokens[i]
        if i - 1 in name_tokens and name_tokens[i - 1] == cid:
            continue
        if i in seen_start:
            continue
        in_q = qmap.inside(doc[i].idx)
        name_tok = doc[i]
        while name_tok.i + 1 in name_tokens and name_tokens[name_tok.i + 1] == cid:
            name_tok = doc[name_tok.i + 1]
        subj = name_tok.dep_ in ("nsubj", "nsubjpass") or (name_tok.dep_ == "aux" and name_tok.tag_ == "MD")
        verb = _verb_of(name_tok)
        sent_end = name_tok.sent.end
        j = name_tok.i + 1
        while j < n and j < i + 60:
            t = doc[j]
            if j in name_tokens and name_tokens[j] != cid:
                break
            g = PRON_GENDER.get(t.lower_)
            if g in ("he", "she") and qmap.inside(t.idx) == in_q:
                if j < sent_end:
                    # same sentence: only a possessive/reflexive of the name's own clause
                    # ("Marianne dropped her coat"), not "Noah said when she burst in"
                    if (t.tag_ == "PRP$" or t.lower_ in REFLEXIVE) and subj and _verb_of(t).i == verb.i:
                        votes[cid][g] += 1
                        break
                elif subj and t.dep_ in ("nsubj", "nsubjpass"):
                    votes[cid][g] += 1  # the next sentence's subject pronoun continues the subject
                    break
                else:
                    break
            if j >= sent_end and doc[j].is_sent_start and j > sent_end:
                break
            j += 1
    out: dict[str, str] = {}
    for cid, c in votes.items():
        he, she = c["he"], c["she"]
        tot = he + she
        if tot >= 2 and max(he, she) >= 0.7 * tot:
            out[cid] = "he" if he > she else "she"
        elif tot == 1 and max(he, she) == 1:
            out[cid] = "he" if he else "she"
    return out


NOMINAL_PENALTY = 0.3
FALLBACK_SENT_BACK = 15


def resolve_pronouns(doc, name_tokens: dict[int, str], qmap: QuoteMap, genders: dict[str, str],
                     first_person_narrator: dict[int, str | None], sent_index: list[int],
                     counts: Counter, nominal_heads: dict[int, str] | None = None,
                     addressed: dict[tuple[int, int], set[str]] | None = None) -> list[Resolved]:
    """Resolve third-person pronouns to character ids (or to nominal entity ids, "n:<k>").

    ``first_person_narrator`` maps a token index to the narrator id of its section when that
    section is first person (tokens not in it: third person). ``nominal_heads`` maps the head
    token of a nominal person phrase ("the old *man*") to its entity id; those entities compete
    with the characters (their genders are in ``genders`` too), so "he" after "the old man" is
    not forced onto a named character three sentences back. ``addressed`` (quote region → ids
    named as vocatives in it) keeps "he" in a quote off its addressee. When nothing is in reach, a
    gender-matching character seen within FALLBACK_SENT_BACK sentences is taken, less surely.
    """
    nominal_heads = nominal_heads or {}
    addressed = addressed or {}  # quote region → characters called by name in it (the addressees)
    out: list[Resolved] = []
    # salience entries: char -> (token index, sentence index, in_quote, is_subject, quote region)
    last_seen: dict[str, tuple[int, int, bool, bool, tuple | None]] = {}
    para_of = _paragraph_ids(doc)
    total = max(1, sum(counts.values()))
    for t in doc:
        i = t.i
        cid = name_tokens.get(i) or nominal_heads.get(i)
        if cid is not None:
            if name_tokens.get(i + 1) == cid:
                continue  # record the last token of a multi-token name
            reg = qmap.region(t.idx)
            last_seen[cid] = (i, sent_index[i], reg is not None, t.dep_ in ("nsubj", "nsubjpass"), reg)
            continue
        g = PRON_GENDER.get(t.lower_)
        if g is None or t.tag_ not in ("PRP", "PRP$"):
            continue
        reg = qmap.region(t.idx)
        in_q = reg is not None
        narrator = first_person_narrator.get(i)
        s_i = sent_index[i]
        scored: list[tuple[float, str]] = []
        fallback: list[tuple[float, str]] = []
        for c, (ti, si, cq, subj, creg) in last_seen.items():
            dist = s_i - si
            cg = genders.get(c, "unknown")
            if dist > MAX_SENT_BACK or para_of[i] - para_of[ti] > 2:
                if dist <= FALLBACK_SENT_BACK and cg == g and not c.startswith("n:") and \
                        not (narrator is not None and c == narrator):
                    fallback.append((1.0 / (1 + dist) + 0.2 * math.log1p(counts.get(c, 0)), c))
                continue
            if g == "they":
                if cg != "they":
                    continue
                s = 1.0
            elif cg == g:
                s = 1.0
            elif cg in ("unknown",):
                s = 0.0
            else:
                continue
            if narrator is not None and c == narrator and not in_q:
                continue
            if in_q and c in addressed.get(reg, ()):
                continue  # "My dear Mr. Bennet, ... he": the addressee is "you", not "he"
            s += 1.2 / (1 + dist)
            if subj:
                s += 0.4
            if cq == in_q:
                s += 0.3
                if in_q and creg == reg:
                    s += 0.3
            elif in_q and not cq and dist == 0:
                s += 0.1
            if t.lower_ not in REFLEXIVE and t.dep_ in ("dobj", "pobj", "dative") and subj and \
                    doc[ti].head.i == _verb_of(t).i and dist == 0:
                s -= 2.0  # "he saw him": an object pronoun is not its own verb's subject
            if t.lower_ in REFLEXIVE and subj and doc[ti].head.i == _verb_of(t).i:
                s += 1.0
            s += 0.15 * math.log1p(50 * counts.get(c, 0) / total)
            if c.startswith("n:"):
                s -= NOMINAL_PENALTY
            scored.append((s, c))
        if not scored and fallback:
            fallback.sort(reverse=True)
            c = fallback[0][1]
            out.append(Resolved(i, c, 0.3))
            last_seen[c] = (i, s_i, in_q, t.dep_ in ("nsubj", "nsubjpass"), reg)
            continue
        if not scored:
            continue
        scored.sort(reverse=True)
        best, cbest = scored[0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        conf = max(0.05, min(0.97, 0.45 + 0.5 * (best - second) / max(abs(best), 1e-6)))
        if genders.get(cbest, "unknown") == "unknown":
            conf *= 0.7
        out.append(Resolved(i, cbest, round(conf, 3)))
        last_seen[cbest] = (i, s_i, in_q, t.dep_ in ("nsubj", "nsubjpass"), reg)
    return out


def _verb_of(t):
    h = t.head
    while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
        h = h.head
    return h


def _paragraph_ids(doc) -> list[int]:
    out = []
    p = 0
    for t in doc:
        if "\n\n" in t.text or (t.is_space and "\n" in t.text):
            p += 1
        out.append(p)
    return out
