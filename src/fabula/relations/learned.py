"""A learned second opinion on who is what to whom, for the pairs the cue rules leave silent.

Why: the cue rules (``cues.py``) read relationships off explicit phrasings; on stories written by
someone else each new text brings phrasings not yet covered ("Sofia's race engineer is Amara",
"we decided, without ever saying so, that we were a team"), and recall stays near 0.3. A small
linear model over the *words around a pair* generalises across phrasings the rules never listed.

How: every pair of characters that share a sentence (resolved through the same
:class:`~fabula.relations.resolve.Resolver` the rules use: "I" is the narrator or the speaker,
"his" follows the cast's coreference) is one instance. Its features are the content lemmas of the
sentences the two share, the lemmas on the dependency path between their mentions, the relation-
like noun a mention is ("engineer", "mechanic"), whether they talk to each other, how often they
co-occur, and what the rules already said about the pair. One logistic regression per mutual
state (``friends``, ``colleagues``, ``dating``, ...) is trained on the dev gold stories by
``scripts/train_relations_learned.py`` and shipped as ``learned_weights.json`` (a sparse dict of
weights: no scikit-learn at run time). A proposal is added only where the rules said nothing of
that kind about the pair, one per pair, above a threshold chosen by leave-stories-out validation.

Status (session 8): still NOT SHIPPED. With 122 dev stories from eight writers, address terms said
between the pair ("addr:mum", "addr:love"), the share of their speech the two give each other and
their co-presence across scenes added, leave-one-writer-out (threshold chosen by an inner 5-fold split)
picked the highest threshold for every writer, i.e. no proposals: at any fixed threshold the
proposals the rules had not made were right 5-15% of the time (docs/relations.md, "Session 8").

Status (session 4): NOT SHIPPED. Under leave-one-story-out over the dev gold the model did not beat
the rules (state F1 0.727 both; see docs/benchmarks.md), so no ``learned_weights.json`` is in the
package and the stage never proposes anything. The features stay available for the next attempt
(``ctx.options["relations_pair_features"] = True`` puts them in ``ctx.scratch["relations.pairs"]``).
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from fabula.relations import lexicon as L
from fabula.relations.cues import Cue
from fabula.relations.resolve import Resolver
from fabula.relations.upstream import StoryView

WEIGHTS = Path(__file__).with_name("learned_weights.json")
CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV"}
# function words that carry the relation on a dependency path ("worked under", "married to")
PATH_KEEP = {"with", "for", "under", "to", "of", "each", "other", "together", "since", "against", "between"}
MAX_PATH = 6


@dataclass
class PairInfo:
    """What the text shows about one pair: features and the sentences they come from."""

    features: dict[str, float] = field(default_factory=dict)
    sentences: list[tuple[int, int, frozenset]] = field(default_factory=list)  # (start, end, feature names)


def _people(sent, resolver: Resolver) -> dict[str, list]:
    """Character id -> the tokens in ``sent`` that refer to them."""
    out: dict[str, list] = defaultdict(list)
    for t in sent:
        if t.pos_ in ("PRON", "PROPN") or (t.pos_ == "NOUN" and t.lower_ in L.REL_NOUNS):
            for cid in resolver.one(t):
                if cid and t not in out[cid]:
                    out[cid].append(t)
    return out


def _path(a, b) -> list:
    """Tokens strictly between ``a`` and ``b`` on the dependency tree (empty if too long)."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in ids_b:
            path = up_a[1:k + 1] + list(reversed(up_b[1:ids_b[t.i]]))
            path = [x for x in path if x.i not in (a.i, b.i)]
            return path if len(path) <= MAX_PATH else []
    return []


def _lemma(t) -> str:
    return t.lemma_.lower()


def _sentence_features(sent, ta, tb, in_quote: bool) -> set[str]:
    feats = {"ctx:q" if in_quote else "ctx:n"}
    for t in sent:
        if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha:
            feats.add("w:" + _lemma(t))
        if t.dep_ == "neg":
            feats.add("neg")
    for x in _path(ta, tb):
        if (x.pos_ in CONTENT_POS and x.is_alpha) or x.lower_ in PATH_KEEP:
            feats.add("p:" + _lemma(x))
    for t in (ta, tb):
        if t.pos_ == "NOUN":
            feats.add("a:" + _lemma(t))
        if t.dep_ == "poss" and t.head.pos_ == "NOUN":
            feats.add("a:" + _lemma(t.head))
    return feats


# words one person calls another that say what they are to each other, when said as a vocative
ADDRESS_TERMS = {"mum", "mom", "mam", "ma", "dad", "da", "pa", "mother", "father", "gran", "nan", "grandma", "grandpa",
                 "love", "babe", "baby", "darling", "sweetheart", "honey", "pet", "petal", "hun", "sweetie",
                 "son", "lad", "kid", "sis", "bro", "brother", "sister", "cuz", "mate", "pal", "buddy", "boss",
                 "chef", "sir", "ma'am", "madam", "miss", "doctor", "doc", "captain", "sarge", "guv", "dear"}


def _address_terms(quote: str) -> set[str]:
    """Address terms said as a vocative in one quote: "Morning, love." "Mum, listen." """
    out = set()
    for m in re.finditer(r"(?:^|[,.!?;:]\s*|\b(?:hi|hey|hello|morning|night|thanks|yes|no|oh)\s+)"
                         r"([A-Za-z']+)(?=\s*[,.!?;:]|$)", quote.strip(" \"'"), flags=re.IGNORECASE):
        w = m.group(1).lower()
        if w in ADDRESS_TERMS:
            out.add(w)
    return out


def pair_features(doc, view: StoryView, resolver: Resolver, rule_cues: list[Cue]) -> dict[frozenset, PairInfo]:
    """Every co-occurring (or conversing) pair of characters with its features."""
    pairs: dict[frozenset, PairInfo] = defaultdict(PairInfo)
    counts: dict[frozenset, int] = defaultdict(int)
    for sent in doc.sents:
        people = _people(sent, resolver)
        if len(people) < 2:
            continue
        in_quote = view.quote_at(sent.start_char) is not None
        ids = sorted(people)
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                ta, tb = min(((x, y) for x in people[a] for y in people[b] if x.i != y.i),
                             key=lambda p: abs(p[0].i - p[1].i), default=(None, None))
                if ta is None:
                    continue
                key = frozenset((a, b))
                feats = _sentence_features(sent, ta, tb, in_quote)
                info = pairs[key]
                for f in feats:
                    info.features[f] = 1.0
                info.sentences.append((sent.start_char, sent.end_char, frozenset(feats)))
                counts[key] += 1
    talk: dict[frozenset, int] = defaultdict(int)
    spoken: dict[str, int] = defaultdict(int)
    for q in view.quotes:
        if q.speaker:
            spoken[q.speaker] += 1
        for ad in q.addressees or []:
            if q.speaker and ad and ad != q.speaker:
                key = frozenset((q.speaker, ad))
                talk[key] += 1
                # how the one speaks to the other: "Mum", "love", "babe", "sir" (kin, endearment, rank)
                for term in _address_terms(view.text[q.span[0]:q.span[1]]):
                    pairs[key].features["addr:" + term] = 1.0
    for key, n in talk.items():
        if len(key) == 2:
            pairs[key].features["talk"] = math.log1p(n) / 2
            # the share of their speech the two give each other (a couple talks mostly to each other)
            share = n / max(1, sum(spoken.get(c, 0) for c in key))
            pairs[key].features["talk_share"] = round(share, 3)
    # co-presence across scenes: the share of the scenes either is in that both are in
    seen: dict[str, set[int]] = defaultdict(set)
    for s, _e, cid in view.mentions:
        seen[cid].add(view.scene_at(s).index)
    rules: dict[frozenset, set[str]] = defaultdict(set)
    for c in rule_cues:
        if c.kind == "state" and c.a and c.b and c.a != c.b:
            rules[frozenset((c.a, c.b))].add(c.label)
    narrators = {cid for _, cid, person in view.narrator_sections if person == 1 and cid}
    for key, info in pairs.items():
        info.features["n_co"] = math.log1p(counts.get(key, 0)) / 2
        labels = rules.get(key, set())
        for lab in labels:
            info.features["rule:" + L.STATE_TYPE.get(lab, "other")] = 1.0
        if not labels:
            info.features["rule:none"] = 1.0
        if key & narrators:
            info.features["narrator"] = 1.0
        a_, b_ = sorted(key)
        both, either = seen.get(a_, set()) & seen.get(b_, set()), seen.get(a_, set()) | seen.get(b_, set())
        if either and len(view.scenes) > 1:
            info.features["scene_co"] = round(len(both) / len(either), 3)
        g = sorted(view.gender(c) for c in key)
        info.features["g:" + ("mixed" if g == ["he", "she"] else "same" if g[0] == g[1] != "unknown" else "unk")] = 1.0
    return dict(pairs)


@lru_cache(maxsize=1)
def load_model(path: str = str(WEIGHTS)) -> dict | None:
    p = Path(path)
    if not p.exists():
        return None
    return json.loads(p.read_text(encoding="utf-8"))


def predict(model: dict, feats: dict[str, float]) -> dict[str, float]:
    """Probability of each label for one pair."""
    out = {}
    for label, m in model["labels"].items():
        z = m["intercept"] + sum(m["coef"].get(f, 0.0) * v for f, v in feats.items())
        out[label] = 1.0 / (1.0 + math.exp(-z))
    return out


# the kinds of state that rule each other out for one pair (kin have no romance, and so on)
CONFLICTS = {"romantic": {"family"}, "family": {"romantic"}, "friendship": set(), "professional": set(),
             "rivalry": set()}


def propose(model: dict, pairs: dict[frozenset, PairInfo], rule_cues: list[Cue], view: StoryView) -> list[Cue]:
    """State cues for pairs the rules said nothing of that kind about, best label per pair."""
    threshold = model.get("threshold", 0.5)
    said: dict[frozenset, set[str]] = defaultdict(set)
    for c in rule_cues:
        if c.kind == "state" and c.a and c.b:
            said[frozenset((c.a, c.b))].add(L.STATE_TYPE.get(c.label, "other"))
    out: list[Cue] = []
    for key, info in pairs.items():
        if len(key) != 2 or not info.sentences:
            continue
        probs = predict(model, info.features)
        label, p = max(probs.items(), key=lambda kv: kv[1])
        rtype = L.STATE_TYPE.get(label, "other")
        if p < threshold or rtype in said[key] or said[key] & CONFLICTS.get(rtype, set()):
            continue
        coef = model["labels"][label]["coef"]
        start, end, _ = max(info.sentences, key=lambda s: sum(coef.get(f, 0.0) for f in s[2]))
        a, b = sorted(key)
        out.append(Cue(kind="state", label=label, a=a, b=b, offset=start, span=(start, end),
                       trigger="learned", confidence=round(0.5 * p, 3), scene=view.scene_at(start),
                       extra={"learned": round(p, 3)}))
    return out
