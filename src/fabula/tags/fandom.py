"""Which fandom is this? The KB fandom whose characters best explain the story's cast.

Score of a fandom = sum over its characters the text names of (how specific the names used are)
x (1 + log mentions): "Sam Winchester" counts for Supernatural only, "Sam" is shared by many
fandoms and counts little. Coverage = the share of the story's named-character mentions the
fandom explains (a novel whose heroine happens to be called Emma is not Glee). A fandom is
only suggested when at least two of its characters appear, it explains enough of the cast and
it beats the runner-up by a clear margin; otherwise the answer is "unknown", never a guess.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from fabula.cast.firstnames import is_common_given_name
from fabula.tags.kb import KnowledgeBase, norm
from fabula.tags.scan import AliasMatcher, NameHit

MIN_CHARACTERS = 2
MIN_SCORE = 2.0
MIN_COVERAGE = 0.3
MARGIN = 1.5  # best score must be this many times the runner-up's
# Below this coverage a fandom must also name one of its characters in full ("Theodore Nott", not
# just "Theo"): a few first names shared with a big canon (an original story's Theo, Teddy and
# Oliver) are not evidence of that canon when most of the cast is someone else.
FULL_NAME_COVERAGE = 0.5
# When every name a fandom matched is an everyday given name (the first-name lexicon's "common"
# list: Anne, Mary, Jane) said alone, an original story with a few such people would "be" the
# canon that happens to use them. A reader wants more: a surname or full name, a rarer name or
# nickname of the canon, or words of the canon's world (KB ``setting``: a wand, a pack, a TARDIS).
# Without any of these the answer is "unknown"; with only the world words it counts at lower
# confidence.
GIVEN_NAMES_CONFIDENCE = 0.8


@dataclass
class CastUnit:
    """One named person of the story as the cast (or, failing that, spaCy NER) sees it."""

    names: list[str]
    mentions: int
    spans: list[tuple[int, int]] = field(default_factory=list)
    char_id: str | None = None


@dataclass
class FandomScore:
    fandom: int
    score: float
    characters: int
    coverage: float
    hits: list[NameHit]


@dataclass
class FandomDecision:
    fandom: int | None  # index in the KB, or None for unknown
    confidence: float
    ranking: list[FandomScore]
    reason: str


def cast_units(analysis, doc) -> list[CastUnit]:
    """Named people from the cast stage; from PERSON entities when the cast is empty."""
    units: list[CastUnit] = []
    for ch in analysis.characters:
        named = [m for m in ch.mentions if m.kind == "name"]
        spans = [tuple(m.span) for m in named]
        units.append(CastUnit([ch.name, *ch.aliases], max(1, len(named)), spans, ch.id))
    if units:
        return units
    groups: dict[str, CastUnit] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        text = ent.text.strip(" '\"")
        if text.endswith("'s"):
            text = text[:-2]
        k = norm(text)
        if not k:
            continue
        u = groups.setdefault(k, CastUnit([text], 0))
        u.mentions += 1
        u.spans.append((ent.start_char, ent.end_char))
    return list(groups.values())


def score_fandoms(kb: KnowledgeBase, matcher: AliasMatcher, hits: list[NameHit],
                  units: list[CastUnit]) -> list[FandomScore]:
    by_fandom: dict[int, list[NameHit]] = defaultdict(list)
    for h in hits:
        by_fandom[h.fandom].append(h)
    considered = [u for u in units if u.mentions >= 2] or units
    mass = sum(u.mentions for u in considered)
    out = []
    for fi, fh in by_fandom.items():
        fd = kb.fandoms[fi]
        per_char: dict[int, list[NameHit]] = defaultdict(list)
        for h in fh:
            per_char[h.char].append(h)
        score = 0.0
        for _ci, ch_hits in per_char.items():
            spec = max(matcher.specificity(h.alias) * (1.5 if h.words > 1 else 1.0) for h in ch_hits)
            score += spec * (1.0 + math.log(len(ch_hits)))
        hit_spans = [(h.start, h.end) for h in fh]
        explained = 0
        for u in considered:
            if any(fd.resolve(n) is not None for n in u.names) or _overlaps_any(u.spans, hit_spans):
                explained += u.mentions
        coverage = explained / mass if mass else 0.0
        out.append(FandomScore(fi, score, len(per_char), coverage, fh))
    out.sort(key=lambda s: -s.score * (0.5 + s.coverage))
    return out


def _overlaps_any(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
    if not spans or not others:
        return False
    o = sorted(others)
    import bisect

    starts = [s for s, _ in o]
    for s, e in spans:
        i = bisect.bisect_left(starts, s)
        for j in (i - 1, i):
            if 0 <= j < len(o) and o[j][0] < e and s < o[j][1]:
                return True
    return False


def setting_counts(kb, ranking: list[FandomScore], lower: list[str]) -> dict[int, int]:
    """How many words of each ranked fandom's setting (KB ``setting``) the text uses."""
    want = {fs.fandom: {w.lower() for w in kb.fandoms[fs.fandom].spec.setting} for fs in ranking[:3]}
    if not any(want.values()):
        return {}
    every = set().union(*want.values())
    seen = Counter(w for w in lower if w in every)
    return {fi: sum(seen[w] for w in words) for fi, words in want.items()}


def _by_setting(best: FandomScore, second: FandomScore | None, setting: dict[int, int]) -> FandomScore | None:
    """Of two canons naming exactly the same people, the one whose world the text is set in: at
    least SETTING_MIN of its setting words and SETTING_LEAD times the other's. None = no verdict."""
    if second is None or not _same_names(best, second):
        return None
    a, b = setting.get(best.fandom, 0), setting.get(second.fandom, 0)
    if a >= SETTING_MIN and a >= SETTING_LEAD * b:
        return best
    if b >= SETTING_MIN and b >= SETTING_LEAD * a:
        return second
    return None


def _given_names_only(fs: FandomScore) -> bool:
    """Is every name the fandom matched a one-word ordinary given name ("Mary", not "Darcy" or
    "Mary Bennet")?"""
    return bool(fs.hits) and all(h.words == 1 and is_common_given_name(h.alias) for h in fs.hits)


def _same_names(a: FandomScore, b: FandomScore) -> bool:
    """Do two fandoms explain the same name mentions ("Mr. Holmes" in one, "Holmes" in the other)?"""
    sa, sb = [(h.start, h.end) for h in a.hits], [(h.start, h.end) for h in b.hits]
    return all(_overlaps_any([x], sb) for x in sa) and all(_overlaps_any([x], sa) for x in sb)


SETTING_MIN = 2
SETTING_LEAD = 2.0


def decide(ranking: list[FandomScore], setting: dict[int, int] | None = None) -> FandomDecision:
    if not ranking:
        return FandomDecision(None, 0.0, ranking, "no knowledge-base character is named in the text")
    best = ranking[0]
    # a runner-up whose every name the best fandom also explains (the books behind a TV show,
    # a sequel series) is not a rival: the best one explains all it does and more
    best_spans = {(h.start, h.end) for h in best.hits}
    # ...but one explaining exactly the same names (the same detective in two canons) is a rival
    # unless the leader clearly outscores it: a tie is "unknown", not the first in sort order
    rivals = [r for r in ranking[1:] if not {(h.start, h.end) for h in r.hits} <= best_spans
              or ({(h.start, h.end) for h in r.hits} == best_spans and best.score < MARGIN * r.score)]
    second = rivals[0] if rivals else None
    chosen = _by_setting(best, second, setting or {})
    by_world = chosen is not None
    if chosen is not None:
        # the same people in two canons, told apart by the world around them
        rest = [r for r in ranking if r is not chosen]
        best, second, ranking = chosen, None, [chosen, *rest]
    if best.characters < MIN_CHARACTERS:
        return FandomDecision(None, 0.0, ranking, "only one knowledge-base character is named")
    if best.score < MIN_SCORE:
        return FandomDecision(None, 0.0, ranking, "too little knowledge-base evidence")
    if best.coverage < MIN_COVERAGE:
        return FandomDecision(None, 0.0, ranking,
                              f"the best fandom explains only {best.coverage:.0%} of the named cast")
    if best.coverage < FULL_NAME_COVERAGE and not any(h.words > 1 for h in best.hits):
        return FandomDecision(None, 0.0, ranking,
                              f"the best fandom explains only {best.coverage:.0%} of the named cast, "
                              "by first names alone")
    given_only = _given_names_only(best)
    if given_only and (setting or {}).get(best.fandom, 0) < SETTING_MIN:
        return FandomDecision(None, 0.0, ranking,
                              "the best fandom is named only by everyday given names, "
                              "with no surname, full name, rarer name or word of its world")
    runner = second.score * (0.5 + second.coverage) if second else 0.0
    lead = best.score * (0.5 + best.coverage)
    if runner and lead < MARGIN * runner:
        return FandomDecision(None, 0.0, ranking, "two fandoms explain the cast about equally well")
    margin = 1.0 - (runner / lead if lead else 1.0)
    conf = 0.5 + 0.5 * margin
    conf *= min(1.0, 0.4 + best.coverage)
    conf *= min(1.0, 0.6 + 0.1 * best.characters)
    if by_world:
        conf *= 0.8  # the names alone were a tie
    if given_only:
        conf *= GIVEN_NAMES_CONFIDENCE
    return FandomDecision(best.fandom, round(min(0.99, conf), 3), ranking, "best-explaining fandom")


def character_counts(hits: list[NameHit], fandom: int) -> Counter:
    return Counter(h.char for h in hits if h.fandom == fandom)
