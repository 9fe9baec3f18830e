"""Which named person an epithet ("the doctor") stands for, from the scenes it is used in.

Novelists alternate a name and an epithet rather than put both in one sentence ("Mr. Harrow" in
one paragraph, "the doctor" in the next), so counting names in the epithet's own sentence misses
them. A noun that stands for one person is used where that person is named nearby: within
``SCENE`` characters of most of its uses (coverage), and far more often than that person's share of
the whole text predicts (lift; it keeps a protagonist who is named everywhere from taking "the
man"). Pure statistics over offsets: the dialogue attributor decides which nouns are asked.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Callable, Sequence

SCENE = 2000  # characters either side of an epithet's use in which its person is named
MIN_USES = 8  # an epithet used fewer times is left to the sentence votes and the ranker
MIN_COVER = 0.5  # its person is named near at least half of its uses
MIN_LIFT = 1.5  # and that much more often than by chance
AGED_LIFT = 2.5  # the lift an age-marked plain noun ("old gentleman", "young lady") needs
MARGIN = 1.3  # and beats the next person by this factor (coverage x log lift)
# Nouns that never stand for one person throughout a story: "the other", "the stranger" (someone
# not yet named), groups, and the generic words for a man or a woman.
NOT_EPITHETS = {"other", "stranger", "newcomer", "speaker", "voice", "latter", "former", "visitor", "one",
                "crowd", "family", "couple", "audience", "authority", "person", "party", "company", "group",
                "people", "pair", "household", "assembly", "public", "man", "woman", "lady", "gentleman"}


def text_share(named: Sequence[tuple[int, str]], cid: str, text_len: int, scene: int = SCENE) -> float:
    """Fraction of the text within ``scene`` characters of one of ``cid``'s names (``named``:
    sorted (offset, character) pairs)."""
    covered, end = 0, 0
    for s, c in named:
        if c == cid:
            lo, hi = max(s - scene, end), min(s + scene, text_len)
            covered += max(0, hi - lo)
            end = max(end, hi)
    return min(1.0, covered / max(1, text_len))


def scene_epithets(uses: dict[str, list[int]], named: Sequence[tuple[int, str]], text_len: int,
                   fits: Callable[[str, str], bool]) -> dict[str, str]:
    """Epithet lemma → the character it stands for. ``uses``: the offsets of each epithet's uses;
    ``named``: sorted (offset, character) pairs of name mentions in the narration; ``fits(lemma,
    cid)``: may this character be called so (gender)."""
    starts = [m[0] for m in named]
    by_char: dict[str, list[tuple[int, str]]] = {}
    for m in named:
        by_char.setdefault(m[1], []).append(m)  # each share then reads only that character's names
    share: dict[str, float] = {}
    out: dict[str, str] = {}
    for lemma, pos in uses.items():
        if len(pos) < MIN_USES:
            continue
        near: Counter = Counter()
        for p in pos:
            lo = bisect.bisect_left(starts, p - SCENE)
            hi = bisect.bisect_left(starts, p + SCENE)
            near.update({c for _s, c in named[lo:hi]})
        scored = []
        for c, k in near.items():
            cover = k / len(pos)
            if c not in share:
                share[c] = text_share(by_char[c], c, text_len)
            lift = cover / max(share[c], 1e-6)
            if cover >= 0.3 and lift > 1.0 and fits(lemma, c):
                scored.append((cover * math.log(lift), cover, lift, c))
        if not scored:
            continue
        scored.sort(reverse=True)
        best, cover, lift, cid = scored[0]
        runner = scored[1][0] if len(scored) > 1 else 0.0
        # an age-marked plain noun ("old gentleman") is used of more people than a role is
        if cover >= MIN_COVER and lift >= (AGED_LIFT if " " in lemma else MIN_LIFT) and best >= MARGIN * runner:
            out[lemma] = cid
    return out
