"""A learned addressee ranker: to whom each quote is said.

The rules in :mod:`fabula.dialogue.attribute` give every quote an addressee from a vocative, the
object of its speech verb ("said to Jonah") or the other speaker of the exchange. Real
conversations are messier: three people at a table, a reply to the quote before last, a remark
to someone who never answers. Here every (quote, candidate) pair gets a small feature vector —
what the rules said, who spoke just before and after, who called whom by name, who the narration
names nearby — and a model trained on the PDNC *dev* novels (``scripts/train_addressee.py``)
picks the most likely candidate. Vocatives and verb objects stay as the rules found them: they
are the text's own word.

Reads the utterances (with their speakers, after the speaker ranker) and the Attributor's
lookups; changes only ``Utterance.addressees``.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from functools import lru_cache
from pathlib import Path

from fabula.dialogue.attribute import (
    NOMINAL_PREFIX,
    PERSON_HEADS,
    THIRD,
    WALK_ON_USES,
    Attributor,
    Utterance,
    _beat_before,
    _beat_object,
    _conversation_breaks,
    _cue_object,
    _resolve_name,
    quote_vocatives,
)
from fabula.dialogue.ranker import SpeakerRanker, mention_distances, name_index

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "addressee_ranker.json"
WINDOW_BEFORE = 1500
WINDOW_AFTER = 300
MAX_CANDIDATES = 10

FEATURES = [
    "rule_same", "prev1", "prev2", "next1", "next2", "prev_addr_same_speaker", "prev1_addressed_speaker",
    "voc_prev_names_speaker", "voc_next", "named_in_quote", "in_para", "dist_before", "dist_after",
    "count_window", "narrator", "recent_speaker", "freq", "cue_pron_match", "cue_pron_clash",
    "n_speakers_conv",
]


def _log_dist(d: int | None) -> float:
    return 1.0 if d is None else min(1.0, math.log1p(max(0, d)) / math.log1p(WINDOW_BEFORE))


class AddresseeFeatures:
    """Per-story lookups shared by every (quote, candidate) pair."""

    def __init__(self, at: Attributor, utts: list[Utterance], vocs: list[set[str]]):
        self.at, self.utts, self.vocs = at, utts, vocs
        idx = name_index(at, outside_quotes=True)
        self.name_ments, self.name_starts, self.freq, self.narrators = idx.ments, idx.starts, idx.freq, idx.narrators
        self.quote_names = [self._names_inside(u) for u in utts]
        self.first_person_spans = [n.span for n in at.narr if n.person in (1, 2)]  # "I" or the reader's "you"

    def first_person(self, pos: int) -> bool:
        """Is ``pos`` inside a stretch told in the first person?"""
        return any(s <= pos < e for s, e in self.first_person_spans)

    def _names_inside(self, u: Utterance) -> set[str]:
        """Characters named inside the quote's own stretches (not in the narration between them:
        '"...," Tom said, turning to Ada, "..."' does not talk about Ada)."""
        out = set()
        for sg in u.segs:
            lo = bisect.bisect_left(self.at.ment_starts, sg.start)
            hi = bisect.bisect_left(self.at.ment_starts, sg.end)
            out |= {cid for _s, _e, cid, kind in self.at.ments[lo:hi] if kind == "name"}
        return out

    def same_conv(self, a: int, b: int) -> bool:
        return 0 <= a < len(self.utts) and 0 <= b < len(self.utts) and not _conversation_breaks(
            self.at, self.utts[a], self.utts[b])

    def neighbour(self, k: int, d: int) -> Utterance | None:
        """The quote ``d`` turns away (negative: before) in the same conversation, or None."""
        j, step = k, (1 if d > 0 else -1)
        for _ in range(abs(d)):
            if not self.same_conv(min(j, j + step), max(j, j + step)):
                return None
            j += step
        return self.utts[j]

    def candidates(self, k: int) -> list[str]:
        u = self.utts[k]
        seen: dict[str, int] = {}
        for d in (-1, 1, -2, 2, -3, 3):
            v = self.neighbour(k, d)
            if v is not None:
                for cid in [v.speaker, *v.addressees]:
                    if cid:
                        seen.setdefault(cid, abs(d))
        for cid in u.addressees:
            seen.setdefault(cid, 0)
        lo = bisect.bisect_left(self.name_starts, u.start - WINDOW_BEFORE)
        hi = bisect.bisect_left(self.name_starts, u.end + WINDOW_AFTER)
        for s, _e, cid in self.name_ments[lo:hi]:
            seen.setdefault(cid, 10 + abs(s - u.start) // 100)
        for cid in self.narrators:
            seen.setdefault(cid, 1000)
        seen.pop(u.speaker, None)
        return sorted(seen, key=lambda c: (seen[c], c))[:MAX_CANDIDATES]

    def features(self, k: int, cid: str, rule_addr: list[str]) -> list[float]:
        at, u = self.at, self.utts[k]
        p1, p2, n1, n2 = (self.neighbour(k, d) for d in (-1, -2, 1, 2))
        d_before, d_after, count = mention_distances(self.name_ments, self.name_starts, u.start, u.end, cid,
                                                     WINDOW_BEFORE, WINDOW_AFTER)
        ps, pe = at.story.paragraphs[u.para].span
        in_para = any(c == cid for s, _e, c in self.name_ments[
            bisect.bisect_left(self.name_starts, ps):bisect.bisect_left(self.name_starts, pe)])
        recent = sum(1 for d in range(1, 7) if (v := self.neighbour(k, -d)) is not None and v.speaker == cid)
        speakers = {v.speaker for d in (-3, -2, -1, 1, 2, 3) if (v := self.neighbour(k, d)) is not None and v.speaker}
        pron = self._cue_pronoun(u)
        gender = at.genders.get(cid)
        return [
            float(cid in rule_addr),
            float(p1 is not None and p1.speaker == cid), float(p2 is not None and p2.speaker == cid),
            float(n1 is not None and n1.speaker == cid), float(n2 is not None and n2.speaker == cid),
            float(p1 is not None and p1.speaker == u.speaker and cid in p1.addressees),
            float(p1 is not None and p1.speaker == cid and u.speaker in p1.addressees),
            float(p1 is not None and p1.speaker == cid and u.speaker in self.vocs[k - 1]),
            float(n1 is not None and n1.speaker == cid and u.speaker in self.vocs[k + 1]),
            float(cid in self.quote_names[k] and cid not in self.vocs[k]),
            float(in_para),
            _log_dist(d_before), _log_dist(d_after), math.log1p(count) / 3.0,
            float(cid in self.narrators), min(recent, 4) / 4.0, self.freq.get(cid, 0.0),
            float(pron is not None and gender == pron), float(pron is not None and gender in ("he", "she")
                                                              and gender != pron),
            min(len(speakers), 5) / 5.0,
        ]

    def _cue_pronoun(self, u: Utterance) -> str | None:
        """"said to her", "he told him": the gender of a pronoun object of the speech verb."""
        if u.cue is None or self.at.doc is None:
            return None
        toks = self.at.tokens(u.cue[0], u.cue[1])
        if not toks:
            return None
        for c in toks[0].children:
            objs = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c]
            for o in objs:
                if o.dep_ in ("pobj", "dobj", "dative") and o.lower_ in ("him", "her"):
                    return THIRD[o.lower_]
        return None


WALK_ON_DENSITY = 0.5  # uses of a walk-on's noun in every 1,000 tokens: a short story's porter, not a novel's


def _walk_on_in_view(at: Attributor, speaker: str) -> bool:
    """Is the unnamed speaker a walk-on the story keeps in view: a job noun ("the porter", not "the
    old man") used at most ``WALK_ON_USES`` times, and at least ``WALK_ON_DENSITY`` times in every
    1,000 tokens? A short story's waiter or porter is a presence in its scene; a novel's "the
    policeman" once in a hundred pages, or its "the courier" on every page, is often a named person
    the rules missed (PDNC dev: with either bar alone, addressee fell)."""
    words = re.split(r" (?:who|whom|that|with|in|of|at|from|on)\b", speaker[len(NOMINAL_PREFIX):])[0].split()
    if not words or any(w in PERSON_HEADS for w in words):
        return False  # "the large old man", "the lad who held the door": a description, not a job
    uses = at.role_uses(words[-1])
    return at.doc is not None and uses <= WALK_ON_USES and uses * 1000 >= WALK_ON_DENSITY * len(at.doc)


def ranker_decides(fx: AddresseeFeatures, k: int) -> bool:
    """Is quote ``k``'s addressee left to the ranker? Not when the text says it: a vocative, an
    object of the speech verb, or an answer to someone who just called the speaker by name."""
    u = fx.utts[k]
    if u.kind == "thought" or u.speaker is None or fx.vocs[k] - {u.speaker} or _cue_object(fx.at, u) is not None:
        return False
    if _beat_object(fx.at, u) is not None:
        return False  # 'Ysmay points a ladle at me. "No sulking."': the speaker's gesture says it
    p1, n1 = fx.neighbour(k, -1), fx.neighbour(k, 1)
    if p1 is not None and p1.speaker and u.speaker in fx.vocs[k - 1] and u.addressees == [p1.speaker]:
        return False  # "Petra, do you want it?" — "No, thank you": an answer to the one who asked her by name
    if p1 is not None and n1 is not None and p1.speaker and u.addressees == [p1.speaker] == [n1.speaker]:
        return False  # between two turns of the same person: a plain exchange
    if p1 is not None and p1.speaker and p1.speaker.startswith(NOMINAL_PREFIX) and u.addressees == [p1.speaker] \
            and _walk_on_in_view(fx.at, p1.speaker):
        # '"Is the van outside yours?" the warden asked. / "My brother's," Ines said': an
        # answer to a walk-on, whom the model's name features cannot see (the story never names them)
        return False
    # a first-person narrator is mostly "I", not a name: the model's name-distance features cannot
    # see them (and the PDNC dev novels it learnt from are told in the third person), named or not
    return not (u.addressees and u.addressees[0] in fx.narrators) and not fx.first_person(u.start)


def decide(at: Attributor, utts: list[Utterance], ranker: SpeakerRanker) -> None:
    """Replace the rules' addressee by the ranker's pick where the text does not name it."""
    vocs = [set(quote_vocatives(at, u)) for u in utts]
    fx = AddresseeFeatures(at, utts, vocs)
    picks: dict[int, str] = {}
    for k, u in enumerate(utts):
        if not ranker_decides(fx, k):
            continue
        cands = fx.candidates(k)
        if not cands:
            continue
        probs = ranker.score_many([fx.features(k, c, u.addressees) for c in cands])
        best = max(zip(probs, cands, strict=True))
        picks[k] = best[1]
    for k, cid in picks.items():
        if utts[k].addressees[:1] != [cid]:
            utts[k].notes.append("addressee ranker")
        utts[k].addressees = [cid]
    for k, u in enumerate(utts):
        answered = _endearment_reply(fx, k)
        if answered is not None and u.addressees != [answered]:
            u.addressees = [answered]
            u.notes.append("addressee: an endearment answers the last speaker")
    for k, u in enumerate(utts):
        teller = _told_to_the_teller(fx, k)
        if teller is not None:
            u.addressees = [teller]
            u.notes.append("addressee: the teller, the last speaker is talked about")


# endearments and pet names used as a form of address ("Yes, love.", "Sit down, my darling,"):
# they call the one spoken to without naming them
ENDEARMENTS = ("love|lovey|luv|babe|baby|sunshine|darling|darlin|sweetheart|sweetie|sweetpea|honey|hon|dear|"
               "pet|petal|poppet|duck|ducks|mate|pal|buddy|kid|princess|gorgeous|handsome|sugar|angel|"
               "chuck|treasure|precious")
_AFTER_COMMA = re.compile(rf",\s*((?:my\s+)?(?:{ENDEARMENTS}))\s*(?=[,.!?;\u2014-]|$)", re.IGNORECASE)
_OPENING = re.compile(rf"^\s*((?:my\s+)?(?:{ENDEARMENTS}))\s*[,!]", re.IGNORECASE)


def endearment_vocative(at: Attributor, u: Utterance) -> bool:
    """Does the quote call someone by an endearment ("You know it, babe.", "My love, come here")
    rather than by name? Not "Oh dear", and not a word the cast knows as someone's name ("Pet",
    "Sunny")."""
    for sg in u.segs:
        text = at.text[sg.start:sg.end]
        for m in [*_AFTER_COMMA.finditer(text), *_OPENING.finditer(text)]:
            if re.search(r"\boh,?\s*$", text[:m.start(1)], re.IGNORECASE):
                continue  # "Oh, dear.": a sigh, not an address
            word = m.group(1).split()[-1]
            if _resolve_name(at, word.capitalize()):
                continue  # a nickname the cast knows: the name rules saw it
            return True
    return False


def _endearment_reply(fx: AddresseeFeatures, k: int) -> str | None:
    """'"I said it was lovely!" / "You said obscene, love," Mira murmured.': a line that calls
    someone by an endearment, and by no name, is said to the one who spoke just before in the same
    conversation (a reply), not to whoever speaks next: the pet name says the speaker is answering
    a person, and the last voice is the person there. Not where the speech verb's object or the
    speaker's gesture names someone, and not when the speaker also spoke the line before."""
    at, u = fx.at, fx.utts[k]
    if u.kind == "thought" or u.speaker is None or fx.vocs[k] - {u.speaker}:
        return None
    p1 = fx.neighbour(k, -1)
    if p1 is None or not p1.speaker or p1.speaker == u.speaker or p1.kind == "thought":
        return None
    if _cue_object(at, u) is not None or _beat_object(at, u) is not None:
        return None
    n1 = fx.neighbour(k, 1)
    if n1 is None or not n1.speaker or u.addressees != [n1.speaker]:
        return None  # only where the pick is the next voice, the reply's usual mistake
    return p1.speaker if endearment_vocative(at, u) else None


SPOKEN_OF = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}
YOU = {"you", "your", "yours", "yourself"}


def _told_to_the_teller(fx: AddresseeFeatures, k: int) -> str | None:
    """'"She's a menace. You don't have to stay."' in a story told by "I" or to "you": a line
    that says "you" and speaks of someone of the last speaker's gender as "he"/"she" is said to the
    teller or reader (about the last speaker), not to the last speaker. Not where the text names the
    addressee (a vocative, the speech verb's object, a gesture), and not where a later piece of the
    quote turns to someone. Without the "you", or outside a first- or second-person story, such a
    pronoun is as often someone absent (session 18: −28 to −51 net on fan fiction)."""
    at, u = fx.at, fx.utts[k]
    p1 = fx.neighbour(k, -1)
    if u.kind == "thought" or u.speaker is None or p1 is None or not p1.speaker or u.addressees != [p1.speaker] \
            or fx.vocs[k] - {u.speaker} or _cue_object(at, u) is not None or _beat_object(at, u) is not None:
        return None
    teller = at.reader_at(u.start) or at.section_narrator(u.start)
    if teller is None or teller in (u.speaker, p1.speaker):
        return None
    gender = at.genders.get(p1.speaker)
    if gender not in ("he", "she"):
        return None
    if any(_beat_before(at, u, sg) is not None for sg in u.segs[1:]):
        return None  # a later piece is said to whom the speaker turns: not a line for the teller
    words = {t.lower_ for sg in u.segs for t in at.tokens(sg.start, sg.end)}
    if not words & YOU or not any(SPOKEN_OF.get(w) == gender for w in words):
        return None
    return teller


@lru_cache(maxsize=1)
def default_addressee_ranker() -> SpeakerRanker | None:
    """The shipped model, or None when absent or trained on another feature set."""
    if not MODEL_PATH.exists():
        return None
    data = json.loads(MODEL_PATH.read_text())
    if data.get("features") != FEATURES:
        return None
    return SpeakerRanker.from_dict(data, FEATURES)
