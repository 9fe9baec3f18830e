"""Whose eyes a scene is seen through: narrative person and the POV character.

Person comes from narration pronouns (quotes excluded): "I" narration is first person, "you"
narration second, otherwise third. The name comes, in order of trust, from a POV header ("Theo's
point of view"), from the cast stage's narrator, and for first/second person from what other
characters call the narrator (vocatives in their speech: "You look terrible, Bea," he says). In
third person the focal character is the one the narration follows: the name most often the
subject of narration in the scene.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from fabula.ingest.plain import pov_header_name
from fabula.model import Span
from fabula.structure.features import Para

TITLES = {"mr", "mrs", "ms", "miss", "dr", "doctor", "inspector", "sergeant", "detective", "captain",
          "professor", "aunt", "uncle", "lady", "lord", "sir", "madam", "mister", "officer", "father",
          "mother", "sister", "brother", "nurse", "coach", "agent"}
NOT_NAMES = {"i", "oh", "god", "okay", "ok", "sorry", "yes", "no", "hi", "hello", "hey", "well", "please",
             "thanks", "thank", "dad", "mom", "mum", "mama", "papa", "babe", "baby", "honey", "sweetheart",
             "darling", "love", "kay", "um", "uh", "ah", "look", "listen", "wait", "come", "good", "right",
             "sure", "fine", "what", "why", "how", "who", "man", "dude", "guys", "everyone", "christ", "jesus",
             "lord", "sir", "madam", "ma'am", "friend", "kid", "son", "boss"}


FIRST_SUBJECT_BONUS = 3


@dataclass
class PovGuess:
    person: int | None
    name: str | None
    character: str | None
    confidence: float
    evidence: Span | None
    source: str  # header | narrator | vocative | focal | none


def narrative_person(paras: list[Para]) -> tuple[int | None, float]:
    """1, 2 or 3 from narration pronouns, with how clear the count was (0..1)."""
    first = sum(p.first for p in paras) + 0.5 * sum(p.first_plural for p in paras)
    second = sum(p.second for p in paras)
    third = sum(p.third for p in paras) + sum(len(p.names) for p in paras)
    narr = sum(p.narr_words for p in paras)
    total = first + second + third
    if narr == 0 or total == 0:
        return None, 0.0
    if second >= 3 and second > first and second / narr >= 0.02:
        return 2, min(0.95, 0.5 + second / total)
    if first >= 2 and first / narr >= 0.015:
        return 1, min(0.95, 0.5 + first / (first + second + 0.5 * third))
    return 3, min(0.95, 0.5 + third / total)


def header_for(paras: list[Para], first_para: int) -> tuple[str, Span] | None:
    """The POV header that governs paragraph ``first_para``: the last one before it in the same
    chapter."""
    chapter = paras[first_para].chapter
    for p in reversed(paras[: first_para + 1]):
        if p.chapter != chapter:
            break
        if p.kind == "pov_header":
            name = pov_header_name(p.text)
            if name:
                return name, p.span
    return None


def _full_name(doc, tok) -> tuple[str, int]:
    """Extend a PROPN token to its run of capitalised PROPN neighbours (e.g. "Ms Adeyemi")."""
    i, j = tok.i, tok.i
    while i - 1 >= 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title:
        i -= 1
    while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].is_title:
        j += 1
    span = doc[i: j + 1]
    return span.text, span.start_char


def vocatives(paras: list[Para], doc) -> Counter[str]:
    """Names others call the narrator: a name set off by commas or quote edges inside speech in a
    paragraph where someone other than "I" speaks."""
    counts: Counter[str] = Counter()
    if doc is None:
        return counts
    for p in paras:
        if not p.quotes or not p.other_speaks:
            continue
        for a, b in p.quotes:
            # the quote's speaker is told by the nearest speech verb in the paragraph
            near = min(p.speech, key=lambda sv: min(abs(sv[0] - a), abs(sv[0] - b)), default=None)
            if near is None or near[1]:
                continue
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                if tok.pos_ != "PROPN" or not tok.is_title or tok.lower_ in NOT_NAMES or tok.lower_ in TITLES:
                    continue
                prev = doc[tok.i - 1] if tok.i > 0 else None
                while prev is not None and prev.pos_ == "PROPN" and prev.is_title and prev.i > 0:
                    prev = doc[prev.i - 1]
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                before_ok = prev is None or prev.text in ('"', ",", "...", "—") or prev.idx < a + 1
                after_ok = nxt is not None and nxt.text in (",", ".", "!", "?", '"', "...")
                if before_ok and after_ok:
                    counts[tok.text] += 1
    return counts


def full_names(paras: list[Para]) -> dict[str, str]:
    """Each name word → the longest run of adjacent name words it appears in ("Price" and
    "Imogen" → "Imogen Price"), so one person's first and last names count together."""
    runs: list[list[str]] = []
    for p in paras:
        prev_end = -2
        for name, off, _subj in sorted(p.names, key=lambda x: x[1]):
            if name.lower() in TITLES or name.lower() in NOT_NAMES:
                prev_end = -2
                continue
            if off == prev_end + 1 and runs:
                runs[-1].append(name)
            else:
                runs.append([name])
            prev_end = off + len(name)
    out: dict[str, str] = {}
    for run in sorted(runs, key=len, reverse=True):
        full = " ".join(run)
        for w in run:
            out.setdefault(w, full)
    return out


def _events(paras: list[Para]):
    """Names and he/she subjects of the narration in text order: (offset, name|None, subject, pronoun)."""
    canon = full_names(paras)
    for p in paras:
        ev = [(off, canon.get(name, name), subj, None) for name, off, subj in p.names
              if name.lower() not in TITLES and name.lower() not in NOT_NAMES]
        ev += [(off, None, True, pron) for off, pron in p.subject_pronouns]
        yield from sorted(ev, key=lambda e: e[0])


def infer_genders(paras: list[Para]) -> dict[str, str]:
    """he/she for each name, from the first subject pronoun after it is a subject in the same
    paragraph ("Ines writes the letter... She writes it in pencil"). Used only to credit
    pronouns to the right name when the cast stage has not given genders."""
    votes: dict[str, Counter[str]] = {}
    for p in paras:
        pending: str | None = None
        for _off, name, subj, pron in _events([p]):
            if name is not None and subj:
                pending = name
            elif pron is not None and pending is not None:
                votes.setdefault(pending, Counter())[pron] += 1
                pending = None
    return {n: c.most_common(1)[0][0] for n, c in votes.items()}


def focal_names(paras: list[Para], genders: dict[str, str] | None = None) -> Counter[str]:
    """Names the narration follows. A name as subject counts 2, any other mention 1, and each
    "he"/"she" subject counts 1 for the name of that gender last seen as a subject — the focal
    character is the one the narration keeps returning to, mostly by pronoun."""
    genders = genders or {}
    counts: Counter[str] = Counter()
    last: dict[str, str | None] = {"he": None, "she": None}
    first_subject = True
    for _off, name, subj, pron in _events(paras):
        if name is None:
            if pron and last.get(pron):
                counts[last[pron]] += 1  # type: ignore[index]
            continue
        counts[name] += 2 if subj else 1
        if subj:
            if first_subject:  # a scene usually opens on the one it follows
                counts[name] += FIRST_SUBJECT_BONUS
                first_subject = False
            g = genders.get(name) or genders.get(name.split()[0])
            for key in ([g] if g else ["he", "she"]):
                # a name of unknown gender does not take pronouns from one whose gender is known
                if g or last[key] is None or last[key] not in genders:
                    last[key] = name
    return counts


def best_name(counts: Counter[str]) -> tuple[str | None, float]:
    if not counts:
        return None, 0.0
    (name, n), *rest = counts.most_common(2) + [("", 0)]
    second = rest[0][1] if rest else 0
    return name, min(0.95, 0.5 + 0.5 * (n - second) / max(1, n))
