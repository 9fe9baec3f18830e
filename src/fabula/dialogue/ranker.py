"""A learned speaker ranker for the quotes rules leave uncertain.

For every quote the candidates are the characters named nearby, the narrator and the recent
speakers; each (quote, candidate) pair gets a small feature vector (what the rules said, turn
position, vocatives, distance to mentions, gender agreement with a pronoun tag, ...) and a
logistic regression trained on the PDNC *dev* novels (``scripts/train_speaker.py``) scores it.
The model ships as a tiny JSON file (weights, feature names, scaling) read with the standard
library and numpy, so nothing is downloaded and any Python can load it.

Explicit tags that name a character keep the rule's answer; the ranker decides the rest.
"""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from fabula.dialogue.attribute import (
    Attributor,
    Utterance,
    _cue_object,
    absent_texters,
    epithet_key,
    quote_vocatives,
)

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "speaker_ranker.json"
WINDOW_BEFORE = 2500
WINDOW_AFTER = 400
MAX_CANDIDATES = 12

FEATURES = [
    "rule_same", "rule_tag", "rule_tag_name", "rule_narration", "rule_turn",
    "prev1", "prev2", "prev3", "next1", "next2", "addr_prev", "voc_prev", "voc_here", "in_quote",
    "dist_before", "dist_after", "count_window", "in_para", "narrator", "pron_match", "pron_clash",
    "freq", "recent_speaker", "has_rule", "prev_same_para",
    "voc_next", "pron_nearest", "named_prev_para",
    "tag_def", "epi_same", "epi_prev", "epi_appos",
    "last_subj", "last_obj", "last_poss", "subj_near",
]
NOT_NARRATOR_MIN = 0.05  # below this, the ranker's pick once the "I" is ruled out is no pick
NEXT_GENDER_WINDOW = 1500  # how far after a he/she tag with no one of its gender so far the next such person is looked for
GENDER_LOOKBACK = 20000  # how far back a he/she tag with no candidate of its gender looks for one
EPITHET_WINDOW = 10000  # how far back "the doctor" is looked up for who the story called that


def _log_dist(d: int | None) -> float:
    return 1.0 if d is None else min(1.0, math.log1p(max(0, d)) / math.log1p(WINDOW_BEFORE))


def mention_distances(name_ments: list[tuple[int, int, str]], name_starts: list[int], start: int, end: int,
                      cid: str, before: int, after: int) -> tuple[int | None, int | None, int]:
    """For a quote at ``[start, end)`` and a candidate: the distance to the candidate's nearest name
    mention before it and after it (None beyond ``before`` characters), and how many of its mentions
    fall in the window ``[start - before, end + after)``. ``name_ments`` are sorted (start, end,
    character id) triples and ``name_starts`` their starts; both rankers use this."""
    d_before = d_after = None
    j = bisect.bisect_left(name_starts, start) - 1
    while j >= 0 and start - name_ments[j][0] <= before:
        if name_ments[j][2] == cid:
            d_before = start - name_ments[j][1]
            break
        j -= 1
    j = bisect.bisect_left(name_starts, end)
    while j < len(name_ments) and name_ments[j][0] - end <= before:
        if name_ments[j][2] == cid:
            d_after = name_ments[j][0] - end
            break
        j += 1
    lo = bisect.bisect_left(name_starts, start - before)
    hi = bisect.bisect_left(name_starts, end + after)
    return d_before, d_after, sum(1 for m in name_ments[lo:hi] if m[2] == cid)


@dataclass
class QuoteContext:
    """Per-quote facts shared by its candidates."""

    k: int
    vocs: set[str]
    prev_vocs: set[str]
    para_span: tuple[int, int]


@dataclass
class NameIndex:
    """The story's name mentions as both rankers read them: sorted (start, end, character id)
    triples, their starts, each character's log-scaled share of them, and the first-person
    narrators' ids."""

    ments: list[tuple[int, int, str]]
    starts: list[int]
    freq: dict[str, float]
    narrators: set[str]


def narrator_mentions(at: Attributor) -> list[tuple[int, int, str]]:
    """The first-person narrator's "I", "me", "my" (a reader-insert's "you", "your") in the
    narration of their sections, as if they were name mentions. Why: the rankers learned from
    novels told in the third person, where a speaker is someone the narration names; a narrator
    it calls "I" would otherwise look like a character never mentioned (no distance, no
    frequency) and lose every turn to whoever was."""
    if at.doc is None:
        return []
    out = []
    for n in at.narr:
        if n.person not in (1, 2) or not n.character:
            continue
        # a reader-insert's "you" in the narration is the reader, as a narrator's "I" is the narrator
        words = ("i", "me", "my", "myself") if n.person == 1 else ("you", "your", "yourself")
        for t in at.tokens(n.span[0], n.span[1]):
            if t.lower_ in words and not at.in_quote(t.idx):
                out.append((t.idx, t.idx + len(t.text), n.character))
    return out


def name_index(at: Attributor, outside_quotes: bool = False) -> NameIndex:
    """Name and nominal mentions (``outside_quotes``: only those in the narration)."""
    ments = [(s, e, cid) for s, e, cid, kind in at.ments
             if kind in ("name", "nominal") and not (outside_quotes and at.in_quote(s))]
    ments = sorted(ments + narrator_mentions(at))
    counts: dict[str, int] = {}
    for _s, _e, cid in ments:
        counts[cid] = counts.get(cid, 0) + 1
    total = max(1, len(ments))
    return NameIndex(ments, [m[0] for m in ments],
                     {cid: math.log1p(n) / math.log1p(total) for cid, n in counts.items()},
                     {n.character for n in at.narr if n.person in (1, 2) and n.character})


class FeatureBuilder:
    def __init__(self, at: Attributor, utts: list[Utterance]):
        self.at = at
        self.utts = utts
        idx = name_index(at)
        self.name_ments, self.name_starts, self.freq, self.narrators = idx.ments, idx.starts, idx.freq, idx.narrators
        self._vocs = [self._quote_vocs(u) for u in utts]
        self.away = absent_texters(at, utts)
        self.first_named: dict[str, int] = {}
        for s, _e, cid in self.name_ments:
            self.first_named.setdefault(cid, s)
        # a second round sees its neighbours through the first round's picks (``rerank``)
        self.neighbours: dict[int, str | None] = {}
        self._epi = self._epithet_uses()
        self._roles: dict[int, tuple[float, float, float]] = {}
        # a speech tag's subject ("said Nell") is a turn, which the turn features already carry
        self._tag_subjects = {u.evidence_spans[1][0] for u in utts if len(u.evidence_spans) > 1}

    def _epithet_uses(self) -> dict[str, list[tuple[int, frozenset, frozenset, frozenset]]]:
        """For each head noun a definite tag uses ("said the doctor"): its earlier definite uses in
        the narration, each with the characters named (outside quotes) in the same sentence, those
        named only in the sentence before, and a name in apposition ("Mr. Bumble, the beadle").
        Why: a novel calls different people "the doctor" or "the old gentleman" in different
        chapters, so what the noun meant *recently* tells who it means now, where a story-wide
        table stays silent. A name in the same sentence is usually someone else ("Oliver looked at
        the doctor"); the subject of the sentence before is usually the same person ("Mr. Losberne
        stopped. The doctor frowned.")."""
        at = self.at
        wanted = {u.tag_noun[0].split("|")[0] for u in self.utts if u.tag_noun}
        out: dict[str, list] = {w: [] for w in wanted}
        if not wanted or at.doc is None:
            return out

        def named(lo_char: int, hi_char: int, skip: tuple[int, int] = (0, 0)) -> frozenset:
            lo = bisect.bisect_left(self.name_starts, lo_char)
            hi = bisect.bisect_left(self.name_starts, hi_char)
            return frozenset(c for st, e, c in self.name_ments[lo:hi]
                             if not at.in_quote(st) and not (st < skip[1] and skip[0] < e))

        for t in at.doc:
            if t.pos_ != "NOUN":
                continue
            lemma = t.lemma_.lower()
            if lemma not in out or at.in_quote(t.idx):
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                continue
            sent = t.sent
            here = (t.idx, t.idx + len(t.text))
            # everyone named in its sentence, the use itself included when the cast's coreference
            # put it in a character's chain; but the sentence before counts for those named there
            # and not beside the use
            same = named(sent.start_char, sent.end_char)
            others = named(sent.start_char, sent.end_char, skip=here)
            before = named(t.doc[sent.start - 1].sent.start_char, sent.start_char) - others if sent.start > 0 \
                else frozenset()
            linked = [x for x in [t.head] + list(t.children)
                      if x.pos_ == "PROPN" and (x.dep_ == "appos" or t.dep_ == "appos")]
            appos = frozenset(c for x in linked for c in named(x.idx, x.idx + len(x.text)))
            out[lemma].append((t.idx, same, before, appos))
            key = epithet_key(t)
            if key != lemma:  # "the old gentleman" is also looked up as itself
                out.setdefault(key, []).append((t.idx, same, before, appos))
        return out

    def epithet_features(self, u: Utterance, cid: str) -> tuple[float, float, float]:
        """For a quote tagged by a definite description, over the tag noun's uses in the
        ``EPITHET_WINDOW`` before it: the share whose sentence names ``cid`` (the use itself
        included, when the cast linked it), the share whose previous sentence names ``cid`` and
        whose own does not besides the use, and whether a use stood in apposition to its name."""
        if not u.tag_noun:
            return 0.0, 0.0, 0.0
        key, pos = u.tag_noun
        uses = self._epi.get(key) or self._epi.get(key.split("|")[0], [])
        i = bisect.bisect_left(uses, (pos,))
        j = bisect.bisect_left(uses, (pos - EPITHET_WINDOW,))
        recent = [x for x in uses[j:i] if x[0] != pos]
        if not recent:
            return 0.0, 0.0, 0.0
        n = len(recent)
        return (sum(cid in x[1] for x in recent) / n, sum(cid in x[2] for x in recent) / n,
                float(any(cid in x[3] for x in recent)))

    def speaker_of(self, j: int) -> str | None:
        """Quote ``j``'s speaker as the neighbours of another quote see it."""
        if not 0 <= j < len(self.utts):
            return None
        return self.neighbours[j] if j in self.neighbours else self.utts[j].speaker

    def _quote_vocs(self, u: Utterance) -> set[str]:
        return set(quote_vocatives(self.at, u))

    def _same_conv(self, a: int, b: int) -> bool:
        if a < 0 or b >= len(self.utts):
            return False
        ua, ub = self.utts[a], self.utts[b]
        return ub.start - ua.end < 1500 and ub.para - ua.last_para <= 3

    def candidates(self, k: int) -> list[str]:
        u = self.utts[k]
        lo = bisect.bisect_left(self.name_starts, u.start - WINDOW_BEFORE)
        hi = bisect.bisect_left(self.name_starts, u.end + WINDOW_AFTER)
        seen: dict[str, int] = {}
        for s, _e, cid in self.name_ments[lo:hi]:
            seen[cid] = min(seen.get(cid, 10**9), abs(s - u.start))
        for j in range(max(0, k - 4), min(len(self.utts), k + 3)):
            v = self.utts[j]
            for cid in [v.speaker, *v.addressees]:
                if cid and cid not in seen:
                    seen[cid] = 10**6
        for cid in self.narrators:
            seen.setdefault(cid, 10**6)
        if u.tag_pron in ("he", "she") and not any(self.at.genders.get(c) == u.tag_pron for c in seen):
            # '"I don't understand," she said' deep in a long two-person scene whose woman was last
            # named pages ago: the pronoun still means her, so she must be among the candidates
            for cid, d in self._recent_of_gender(u.start, u.tag_pron):
                seen.setdefault(cid, d)
        if u.speaker and u.speaker not in seen:
            seen[u.speaker] = 0
        # nobody speaks before the story has brought them on: a character first named after the
        # next paragraph ("The door banged and Kwame came in", two lines on) is not a candidate
        paras = self.at.story.paragraphs
        horizon = paras[min(u.last_para + 1, len(paras) - 1)].span[1]
        for cid in [c for c in seen if self.first_named.get(c, 0) > horizon and c != u.speaker]:
            del seen[cid]
        if u.tag_pron in ("he", "she") and not any(self.at.genders.get(c) == u.tag_pron for c in seen):
            # '"Theo, stop," his sister hissed.' in a story's opening lines: no woman has been named
            # yet, and the one the narration names next ("Adaeze put her face in her hands") is her
            nxt = self._next_of_gender(u.end, u.tag_pron)
            if nxt is not None:
                seen[nxt[0]] = nxt[1]
        if u.segs[0].mark != "chat":
            # someone who only texts is not in the room (session 29)
            for cid in [c for c in seen if c in self.away and not (c == u.speaker and u.rule not in (None, "turn"))]:
                del seen[cid]
        ranked = sorted(seen, key=lambda c: (seen[c], c))
        return ranked[:MAX_CANDIDATES]

    def features(self, k: int, cid: str) -> list[float]:
        at, utts = self.at, self.utts
        u = utts[k]

        spk = self.speaker_of

        prev = [spk(k - d) if self._same_conv(k - d, k - d + 1) and all(
            self._same_conv(k - e, k - e + 1) for e in range(1, d + 1)) else None for d in (1, 2, 3)]
        nxt = [spk(k + d) if all(self._same_conv(k + e - 1, k + e) for e in range(1, d + 1)) else None
               for d in (1, 2)]
        prev_u = utts[k - 1] if k > 0 and self._same_conv(k - 1, k) else None
        # distances to the nearest name mentions before and after (outside this quote)
        d_before, d_after, count = mention_distances(self.name_ments, self.name_starts, u.start, u.end, cid,
                                                     WINDOW_BEFORE, WINDOW_AFTER)
        in_quote = 0.0
        ps, pe = at.story.paragraphs[u.para].span
        in_para = 0.0
        for s, _e, c in self.name_ments[bisect.bisect_left(self.name_starts, ps):bisect.bisect_left(
                self.name_starts, pe)]:
            if c == cid:
                if u.start <= s < u.end:
                    in_quote = 1.0
                elif not at.in_quote(s):
                    in_para = 1.0
        gender = at.genders.get(cid)
        pron = u.tag_pron
        pron_match = 1.0 if pron in ("he", "she") and gender == pron else 0.0
        pron_clash = 1.0 if pron in ("he", "she") and gender in ("he", "she") and gender != pron else 0.0
        recent = sum(1 for j in range(max(0, k - 6), k) if spk(j) == cid and self._same_conv(j, k))
        rule_same = u.speaker == cid
        voc_next = k + 1 < len(utts) and self._same_conv(k, k + 1) and cid in self._vocs[k + 1]
        pron_nearest = pron in ("he", "she") and self._nearest_of_gender(u.start, pron) == cid
        named_prev = cid in self._prev_para_names(u.para)
        return [
            float(rule_same),
            float(rule_same and u.rule == "tag"),
            float(rule_same and u.rule == "tag" and u.tag_pron is None),
            float(rule_same and u.rule == "narration"),
            float(rule_same and u.rule == "turn"),
            float(prev[0] == cid), float(prev[1] == cid), float(prev[2] == cid),
            float(nxt[0] == cid), float(nxt[1] == cid),
            float(prev_u is not None and cid in prev_u.addressees),
            float(prev_u is not None and cid in self._vocs[k - 1]),
            float(cid in self._vocs[k]),
            in_quote,
            _log_dist(d_before), _log_dist(d_after), math.log1p(count) / 3.0, in_para,
            float(cid in self.narrators), pron_match, pron_clash,
            self.freq.get(cid, 0.0), min(recent, 4) / 4.0, float(u.speaker is not None),
            float(prev_u is not None and prev_u.last_para == u.para and spk(k - 1) == cid),
            float(voc_next), float(pron_nearest), float(named_prev),
            float(u.tag_noun is not None), *self.epithet_features(u, cid),
            *self.last_role(u.start, cid), self.subject_share(u.start, cid),
        ]

    def _nearest_of_gender(self, pos: int, gender: str) -> str | None:
        """The character of ``gender`` named last before ``pos`` outside quotes (what a "he said"
        most often points back to)."""
        found = self._recent_of_gender(pos, gender, n=1, window=WINDOW_BEFORE)
        return found[0][0] if found else None

    def last_role(self, pos: int, cid: str) -> tuple[float, float, float]:
        """How the candidate's last mention in the narration before ``pos`` (within
        ``WINDOW_BEFORE``; speech tags' subjects skipped) stands in its sentence: (subject, object,
        possessor); a subject of a subordinate clause counts half, a conjunct takes its head's
        role. Why: a "he said" points back to the man the narration was about, rarely to one it
        only acted on or whose belongings it named — on PDNC dev the
        nearest man or woman of the pronoun's gender is the speaker 0.78 of the time as a
        main-clause subject, 0.51 as an object and 0.56 as a possessor ("Daisy's mother looked
        at him... she said")."""
        j = bisect.bisect_left(self.name_starts, pos) - 1
        while j >= 0 and pos - self.name_ments[j][0] <= WINDOW_BEFORE:
            s, e, c = self.name_ments[j]
            if c == cid and not self.at.in_quote(s) and s not in self._tag_subjects:
                return self._role_of(s, e)
            j -= 1
        return 0.0, 0.0, 0.0

    def subject_share(self, pos: int, cid: str, window: int = 800) -> float:
        """The candidate's share of the subject mentions in the narration of the ``window``
        characters before ``pos`` (speech-tag subjects skipped): who the passage is about."""
        lo = bisect.bisect_left(self.name_starts, pos - window)
        hi = bisect.bisect_left(self.name_starts, pos)
        mine = total = 0.0
        for s, e, c in self.name_ments[lo:hi]:
            if self.at.in_quote(s) or s in self._tag_subjects:
                continue
            w = self._role_of(s, e)[0]
            total += w
            if c == cid:
                mine += w
        return mine / total if total else 0.0

    def _role_of(self, s: int, e: int) -> tuple[float, float, float]:
        if s in self._roles:
            return self._roles[s]
        toks = self.at.tokens(s, e)
        out = (0.0, 0.0, 0.0)
        if toks:
            ids = {t.i for t in toks}
            head = next((t for t in toks if t.head.i not in ids or t.head is t), toks[-1])
            while head.dep_ == "conj" and head.head is not head:
                head = head.head  # "Nell Avery and Joss Tremain sat": both are subjects
            dep = head.dep_
            if dep in ("nsubj", "nsubjpass"):
                out = (1.0 if head.head.dep_ == "ROOT" else 0.5, 0.0, 0.0)
            elif dep in ("dobj", "pobj", "dative", "iobj"):
                out = (0.0, 1.0, 0.0)
            elif dep == "poss":
                out = (0.0, 0.0, 1.0)
        self._roles[s] = out
        return out

    def _recent_of_gender(self, pos: int, gender: str, n: int = 2,
                          window: int = GENDER_LOOKBACK) -> list[tuple[str, int]]:
        """The last ``n`` characters of ``gender`` named in the narration within ``window``
        characters before ``pos``, with their distances."""
        out: list[tuple[str, int]] = []
        j = bisect.bisect_left(self.name_starts, pos) - 1
        while j >= 0 and pos - self.name_ments[j][0] <= window and len(out) < n:
            s, _e, c = self.name_ments[j]
            if self.at.genders.get(c) == gender and not self.at.in_quote(s) and all(c != x for x, _ in out):
                out.append((c, pos - s))
            j -= 1
        return out

    def _next_of_gender(self, pos: int, gender: str, window: int = NEXT_GENDER_WINDOW) -> tuple[str, int] | None:
        """The first character of ``gender`` first named in the narration within ``window``
        characters after ``pos``, with the distance; None if there is none."""
        j = bisect.bisect_left(self.name_starts, pos)
        while j < len(self.name_ments) and self.name_ments[j][0] - pos <= window:
            s, _e, c = self.name_ments[j]
            if self.at.genders.get(c) == gender and not self.at.in_quote(s) and self.first_named.get(c, s) >= pos:
                return c, s - pos
            j += 1
        return None

    def _prev_para_names(self, para: int) -> set[str]:
        """Characters named in the previous paragraph's narration (outside its quotes)."""
        if para == 0:
            return set()
        ps, pe = self.at.story.paragraphs[para - 1].span
        lo, hi = bisect.bisect_left(self.name_starts, ps), bisect.bisect_left(self.name_starts, pe)
        return {c for s, _e, c in self.name_ments[lo:hi] if not self.at.in_quote(s)}


@dataclass
class SpeakerRanker:
    features: list[str]
    coef: list[float]
    intercept: float
    mean: list[float]
    scale: list[float]
    second: SpeakerRanker | None = None  # the model of the second round (see :func:`rerank`)
    # a one-hidden-layer network instead of the linear score (``scripts/train_speaker.py --model
    # mlp``): features interact ("she said" matters most when the candidate spoke two turns back)
    hidden: dict | None = None

    @classmethod
    def from_dict(cls, d: dict, features: list[str] = FEATURES) -> SpeakerRanker:
        """One model from its JSON form (the training scripts write these keys)."""
        return cls(features, d["coef"], d["intercept"], d["mean"], d["scale"], hidden=d.get("hidden"))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> SpeakerRanker | None:
        if not path.exists():
            return None
        data = json.loads(path.read_text())
        if data.get("features") != FEATURES:
            return None  # trained on another feature set: ignore rather than mis-score
        second = data.get("second_round")
        first = cls.from_dict(data, data["features"])
        first.second = cls.from_dict(second, data["features"]) if second else None
        return first

    def score(self, x: list[float]) -> float:
        return float(self.score_many([x])[0])

    def score_many(self, rows: list[list[float]]) -> np.ndarray:
        """The probability that each row's candidate is the speaker; all of a quote's candidates
        in one matrix product, which keeps the network as cheap as the linear score was."""
        z = (np.asarray(rows, dtype=float).reshape(-1, len(self.mean)) - np.asarray(self.mean)) / np.where(
            np.asarray(self.scale) == 0, 1.0, np.asarray(self.scale))
        if self.hidden is not None:
            h = np.maximum(0.0, z @ np.asarray(self.hidden["W1"]) + np.asarray(self.hidden["b1"]))
            out = h @ np.asarray(self.hidden["w2"]) + self.hidden["b2"]
        else:
            out = z @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(out, -30.0, 30.0)))


@lru_cache(maxsize=1)
def default_ranker() -> SpeakerRanker | None:
    return SpeakerRanker.load()


def keeps_rule(u: Utterance) -> bool:
    """A tag naming a character (not a third-person pronoun) is trusted as is, and so is a
    first-person narrator named by "I" in the narration beside the quote, and the teller's answer
    to a line whose speaker reached for "me" (``teller_answers``)."""
    if u.speaker is None:
        return False
    return (u.rule == "tag" and u.tag_pron is None) or (u.rule == "narration" and u.tag_pron == "i") \
        or u.rule == "self" or u.kept \
        or u.rule == "turn" and u.teller_answers  # 'Gus tapped my arm. / "..."': the "I" answers


def rerank(at: Attributor, utts: list[Utterance], ranker: SpeakerRanker) -> None:
    """Replace the rules' speaker by the ranker's best candidate where the rules were unsure.
    When the model has a second round, it scores again with the neighbouring quotes' speakers as
    the first round picked them (a conversation's turns inform each other: who spoke just before
    rarely speaks again, who spoke two turns back often does), while each quote's own rule
    features stay the rules' answer."""
    fb = FeatureBuilder(at, utts)
    decisions = score_quotes(fb, ranker)
    if ranker.second is not None:
        fb.neighbours = first_round_picks(decisions)
        decisions = score_quotes(fb, ranker.second)
    for k, scored in decisions:  # apply after scoring so every quote saw the same context
        u = utts[k]
        best_p, best = scored[0]
        if best != u.speaker:
            u.notes.append("speaker ranker")
            if u.rule != "tag":
                u.attribution = "implicit"
            elif u.attribution is None:
                u.attribution = "anaphoric"
            u.rule = "ranker"
            u.speaker = best
        u.confidence = round(best_p, 3)


def score_quotes(fb: FeatureBuilder, ranker: SpeakerRanker) -> list[tuple[int, list[tuple[float, str]]]]:
    """(quote index, candidates by descending score) for every quote the ranker decides."""
    decisions = []
    for k, u in enumerate(fb.utts):
        if keeps_rule(u) or u.kind == "thought" and u.speaker is not None:
            continue
        cands = fb.candidates(k)
        # nobody speaks to himself by name: the people this quote calls out are not its speaker
        cands = [c for c in cands if c not in fb._vocs[k]] or cands
        # '"...," said her mother' left unresolved: whoever is the mother, it is not the "her"
        cands = [c for c in cands if c != u.not_speaker]
        # nor the one its own tag says it to ('"...," Dov muttered to Marguerite over his shoulder': not Marguerite)
        if u.rule == "tag" and u.cue is not None:
            told = _cue_object(fb.at, u)
            cands = [c for c in cands if c != told] or cands
        if u.tag_noun is not None:
            # "said the girl" is no "Mrs.", "said the old lady" no "Miss" (:meth:`Attributor.age_clashes`)
            head = next(iter(fb.at.tokens(u.tag_noun[1], u.tag_noun[1] + 1)), None)
            clash = fb.at.age_clashes(head) if head is not None else set()
            cands = [c for c in cands if c not in clash] or cands
        not_narrator = False
        if u.tag_pron in ("he", "she"):
            # '"...," he said' in a first-person section: the teller is "I", never "he"; when no
            # one else fits, the rules' walk-on ("The driver watches us. '...,' he says") decides
            narr = fb.at.section_narrator(u.start) or fb.at.reader_at(u.start)  # nor the "you" of a second-person one
            not_narrator = narr in cands
            cands = [c for c in cands if c != narr]
        elif u.rule == "narration" and u.beat_pron and u.speaker is not None:
            # '"See?" She picked up her coffee.' in a first-person section: "she" is not the "I"
            narr = fb.at.section_narrator(u.start)
            cands = [c for c in cands if c != narr] if narr != u.speaker else cands
        if not cands:
            continue
        probs = ranker.score_many([fb.features(k, c) for c in cands])
        scored = sorted(((float(p), c) for p, c in zip(probs, cands, strict=True)), reverse=True)
        if not_narrator and scored[0][0] < NOT_NARRATOR_MIN:
            continue
        decisions.append((k, scored))
    return decisions


def first_round_picks(decisions: list[tuple[int, list[tuple[float, str]]]]) -> dict[int, str]:
    return {k: scored[0][1] for k, scored in decisions}
