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

import bisect
import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

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


STATED_WEIGHT = 5


def stated_genders(doc, name_tokens: dict[int, str], qmap: QuoteMap | None = None) -> dict[str, str]:
    """Genders the text states outright, per character: a name apposed to or equated with a
    gendered noun ("Her brother Jory", "Jory's wife, Demelza", "Albert, my grandfather", "The
    Admiral was Yara's mother") or named by "his/her name was" ("His name was Kit Alder"). These
    are statements, not the nearby-pronoun guesses a crowded scene can flip; a character whose
    statements disagree gets none."""
    from fabula.cast.nominals import NOUN_GENDER

    got: dict[str, set[str]] = defaultdict(set)
    for i, cid in name_tokens.items():
        t = doc[i]
        if i + 1 in name_tokens and name_tokens[i + 1] == cid:
            continue  # the name's last token is its head
        if qmap is not None and qmap.inside(t.idx):
            continue  # in speech a name is mostly a vocative the parser hangs anywhere ("Harry, your aunt")
        # "Jory's wife, Demelza" (apposition), "her brother Jory" (a noun before the name); not the
        # name before a noun ("the Weller girls": a family, whatever Weller himself is)
        near = [t.head] if t.dep_ == "appos" and t.head.i not in name_tokens else []
        # an apposition after a name that ends an "of" phrase may be said of the noun before "of"
        # ("the cousin of Mrs. Ivo Marsh, a quiet young man": the man is the cousin, not her)
        of_noun = t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN")
        near += [c for c in t.children if c.i not in name_tokens and (
            (c.dep_ == "appos" and not of_noun) or (c.dep_ == "compound" and c.i < t.i and c.tag_ == "NN"))]
        negated = any(c.dep_ == "neg" or c.lower_ == "no" for c in t.head.subtree) if t.head.lemma_ == "be" else False
        if t.dep_ in ("nsubj", "attr") and t.head.lemma_ == "be" and not negated:
            other = "attr" if t.dep_ == "nsubj" else "nsubj"
            near += [c for c in t.head.children if c.dep_ == other and c.i not in name_tokens]
            if t.dep_ == "attr":  # "His name was Kit"
                for c in t.head.children:
                    if c.dep_ == "nsubj" and c.lemma_ == "name":
                        got[cid].update("he" if p.lower_ == "his" else "she" for p in c.children
                                        if p.lower_ in ("his", "her"))
        for n in near:
            g = NOUN_GENDER.get(n.lemma_.lower()) if n.pos_ == "NOUN" else None
            if g:
                got[cid].add(g)
    return {cid: next(iter(gs)) for cid, gs in got.items() if len(gs) == 1}


NAME_PRIOR_WEIGHT = 2.0


# pet forms given in their own right to the other sex ("Jude" is a boy's name as well as Judith's)
OWN_NAMES = {"jude", "frankie", "billie", "charlie", "georgie", "jamie", "jackie", "freddie", "bobbie"}


def _pet_form_priors(doc, name_tokens: dict[int, str]) -> dict[str, str]:
    """A prior for a character called by a pet form the name lexicon does not list ("Nell", "Deb",
    "Bex"): the usual gender of the full names it is a pet form of, when they all agree
    (:data:`fabula.cast.aliases.PET_FORMS`; "Kit", Christopher or Katherine, gets none). Its
    commonest one-word name decides."""
    from fabula.cast.aliases import _PET_OF
    from fabula.cast.firstnames import first_name_gender

    words: dict[str, Counter] = defaultdict(Counter)
    for i, cid in name_tokens.items():
        if name_tokens.get(i - 1) != cid and name_tokens.get(i + 1) != cid:
            words[cid][doc[i].text] += 1
    out: dict[str, str] = {}
    for cid, ws in words.items():
        w = ws.most_common(1)[0][0]
        fulls = _PET_OF.get(w.lower(), set())
        gs = {first_name_gender(f.capitalize()) for f in fulls}
        if fulls and len(gs) == 1 and None not in gs and first_name_gender(w) is None and w.lower() not in OWN_NAMES:
            out[cid] = gs.pop()
    return out


def infer_genders(doc, name_tokens: dict[int, str], qmap: QuoteMap,
                  hints: dict[str, str | None], priors: dict[str, str | None] | None = None) -> dict[str, str]:
    """Vote each character's pronoun set from the next gendered pronoun after its names, with the
    title hints and what the text states outright (:func:`stated_genders`) weighing more. A first
    name's usual gender (``priors``) weighs 2 votes, less than a title: it settles a character the
    pronouns leave split or unseen, and the story's own pronouns, when they agree, outvote it."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for cid, g in hints.items():
        if g:
            votes[cid][g] += 3
    priors = {**_pet_form_priors(doc, name_tokens), **{c: g for c, g in (priors or {}).items() if g}}
    for cid, g in priors.items():
        if g and not hints.get(cid):
            votes[cid][g] += NAME_PRIOR_WEIGHT
    for cid, g in stated_genders(doc, name_tokens, qmap).items():
        if hints.get(cid) and hints[cid] != g:
            continue  # the title is itself a statement: a "Mrs." is no man whatever the parse hangs on her
        votes[cid][g] += STATED_WEIGHT
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
        # the name's own head: its last word, unless the parser hung the name on another of its words
        # ("Y/N walked": "Y" is the subject and "N" an apposition to it)
        inside = range(i, name_tok.i + 1)
        heads = [doc[x] for x in inside if doc[x].head.i not in inside]
        if len(heads) == 1 and heads[0].i != name_tok.i:
            name_tok = heads[0]
        subj = name_tok.dep_ in ("nsubj", "nsubjpass") or (name_tok.dep_ == "aux" and name_tok.tag_ == "MD")
        verb = _verb_of(name_tok)
        sent_end = name_tok.sent.end
        j = name_tok.i + 1
        others: set[str] = set()  # genders of pronouns in the name's sentence that are someone else
        in_dialogue = any(ch in name_tok.sent.text for ch in '"\u201c\u201d')  # a speech tag's sentence
        while j < n and j < i + 60:
            t = doc[j]
            if j in name_tokens and name_tokens[j] != cid:
                break
            if t.is_space and "\n" in t.text and in_dialogue:
                break  # '"...," said Petra. / He was tired': past a line of dialogue, someone else's
            g = PRON_GENDER.get(t.lower_)
            if g in ("he", "she") and qmap.inside(t.idx) == in_q:
                if j < sent_end:
                    # same sentence: only a possessive/reflexive of the name's own clause
                    # ("Marianne dropped her coat"), not "Noah said when she burst in"
                    if (t.tag_ == "PRP$" or t.lower_ in REFLEXIVE) and subj and _main_verb(t).i == verb.i:
                        votes[cid][g] += 1
                        break
                    others.add(g)
                elif g in others:
                    break  # "Mara showed him the stairs, and he took notes. He came back": not Mara
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
MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "coref_ranker.json"
MAX_CANDIDATES = 12
RECENT_SENTS = 3


@dataclass
class Seen:
    """What the left-to-right pass knows about one entity (character or nominal) so far."""

    tok: int  # its last mention's (last) token
    sent: int
    in_q: bool
    subj: bool
    reg: tuple | None  # the quote region of that mention
    kind: str = "name"  # "name" | "nominal" | "pron": what its last mention was
    n: int = 0  # mentions so far (names, nominals, resolved pronouns)
    names: int = 0
    votes: dict[str, int] = field(default_factory=dict)  # he/she pronouns resolved to it so far
    sents: list[int] = field(default_factory=list)  # sentence of each mention
    real_sent: int = -1  # sentence of its last name or nominal mention (not a pronoun)


@dataclass
class Walk:
    """The per-document inputs of the resolver, shared by the rule scorer and the learned ranker."""

    doc: object
    name_tokens: dict[int, str]
    qmap: QuoteMap
    genders: dict[str, str]
    first_person_narrator: dict[int, str | None]
    sent_index: list[int]
    counts: Counter
    nominal_heads: dict[int, str]
    addressed: dict[tuple[int, int], set[str]]

    def __post_init__(self) -> None:
        self.breaks = newline_tokens(self.doc)
        self.total = max(1, sum(self.counts.values()))

    def para(self, i: int) -> int:
        """Paragraph number of token ``i`` (newline tokens seen up to it)."""
        return bisect.bisect_right(self.breaks, i)


@dataclass
class Pronoun:
    """One third-person pronoun being resolved, with the facts every candidate shares."""

    tok: object
    g: str
    reg: tuple | None
    narrator: str | None
    sent: int

    @property
    def in_q(self) -> bool:
        return self.reg is not None


def rule_score(w: Walk, p: Pronoun, c: str, e: Seen) -> tuple[float | None, float | None]:
    """The hand-tuned score of candidate ``c`` for pronoun ``p``: (score in reach or None,
    fallback score or None). None means the rules exclude it (gender clash, too far, ...)."""
    t = p.tok
    i = t.i
    dist = p.sent - e.sent
    cg = w.genders.get(c, "unknown")
    if dist > MAX_SENT_BACK or w.para(i) - w.para(e.tok) > 2:
        if dist <= FALLBACK_SENT_BACK and cg == p.g and not c.startswith("n:") and \
                not (p.narrator is not None and c == p.narrator):
            return None, 1.0 / (1 + dist) + 0.2 * math.log1p(w.counts.get(c, 0))
        return None, None
    if p.g == "they":
        if cg != "they":
            return None, None
        s = 1.0
    elif cg == p.g:
        s = 1.0
    elif cg == "unknown":
        s = 0.0
    else:
        return None, None
    if p.narrator is not None and c == p.narrator and not p.in_q:
        return None, None
    if p.in_q and c in w.addressed.get(p.reg, ()):
        return None, None  # "My dear Mr. Bennet, ... he": the addressee is "you", not "he"
    s += 1.2 / (1 + dist)
    if e.subj:
        s += 0.4
    if e.in_q == p.in_q:
        s += 0.3
        if p.in_q and e.reg == p.reg:
            s += 0.3
    elif p.in_q and not e.in_q and dist == 0:
        s += 0.1
    if _object_of_subject(w.doc, t, e, dist):
        s -= 2.0  # "he saw him": an object pronoun is not its own verb's subject
    if t.lower_ in REFLEXIVE and e.subj and w.doc[e.tok].head.i == _verb_of(t).i:
        s += 1.0
    s += 0.15 * math.log1p(50 * w.counts.get(c, 0) / w.total)
    if c.startswith("n:"):
        s -= NOMINAL_PENALTY
    return s, None


def _object_of_subject(doc, t, e: Seen, dist: int) -> bool:
    return (t.lower_ not in REFLEXIVE and t.dep_ in ("dobj", "pobj", "dative") and e.subj
            and doc[e.tok].head.i == _verb_of(t).i and dist == 0)


def rule_choice(w: Walk, p: Pronoun, cands: list[tuple[str, Seen]]) -> tuple[str, float] | None:
    """The rule resolver's pick: the best in-reach candidate, else a gender-matching fallback."""
    scored: list[tuple[float, str]] = []
    fallback: list[tuple[float, str]] = []
    for c, e in cands:
        s, fb = rule_score(w, p, c, e)
        if s is not None:
            scored.append((s, c))
        elif fb is not None:
            fallback.append((fb, c))
    if not scored and fallback:
        fallback.sort(reverse=True)
        return fallback[0][1], 0.3
    if not scored:
        return None
    scored.sort(reverse=True)
    best, cbest = scored[0]
    second = scored[1][0] if len(scored) > 1 else 0.0
    conf = max(0.05, min(0.97, 0.45 + 0.5 * (best - second) / max(abs(best), 1e-6)))
    if w.genders.get(cbest, "unknown") == "unknown":
        conf *= 0.7
    return cbest, conf


Chooser = Callable[[Walk, Pronoun, list[tuple[str, Seen]]], "tuple[str, float] | None"]


def walk(w: Walk, choose: Chooser) -> list[Resolved]:
    """One left-to-right pass: names and nominal heads update the salience state, each
    third-person pronoun asks ``choose`` for an antecedent among the entities seen so far (most
    recent first, within RANK_SENT_BACK sentences), and the chosen entity's state moves to the
    pronoun (so chains carry). Only the tokens that matter are visited: a Python loop over every
    token of a novel costs more than all the scoring."""
    doc = w.doc
    out: list[Resolved] = []
    seen: dict[str, Seen] = {}  # insertion order == recency order (an update re-inserts)
    prons = token_positions(doc, PRON_GENDER)
    for i in sorted({*w.name_tokens, *w.nominal_heads, *prons}):
        t = doc[i]
        name = w.name_tokens.get(i)
        cid = name or w.nominal_heads.get(i)
        if cid is not None:
            if w.name_tokens.get(i + 1) == cid:
                continue  # record the last token of a multi-token name
            _note(seen, cid, t, w, "name" if name else "nominal")
            continue
        g = PRON_GENDER.get(t.lower_)
        if g is None or t.tag_ not in ("PRP", "PRP$"):
            continue
        p = Pronoun(t, g, w.qmap.region(t.idx), w.first_person_narrator.get(i), w.sent_index[i])
        cands = []
        for c in reversed(seen):
            e = seen[c]
            if p.sent - e.sent > RANK_SENT_BACK:
                break
            cands.append((c, e))
        pick = choose(w, p, cands)
        if pick is None:
            continue
        c, conf = pick
        out.append(Resolved(i, c, round(conf, 3)))
        e = _note(seen, c, t, w, "pron")
        if g in ("he", "she"):
            e.votes[g] = e.votes.get(g, 0) + 1
    return out


def token_positions(doc, words) -> list[int]:
    """Indices of the tokens whose lowercase form is in ``words`` (vectorised over the Doc)."""
    import numpy as np
    from spacy.attrs import LOWER

    if len(doc) == 0:
        return []
    lows = doc.to_array([LOWER]).reshape(-1)
    hashes = np.array([doc.vocab.strings[x] for x in words], dtype=lows.dtype)
    return np.flatnonzero(np.isin(lows, hashes)).tolist()


def _note(seen: dict[str, Seen], cid: str, t, w: Walk, kind: str) -> Seen:
    reg = w.qmap.region(t.idx)
    e = seen.pop(cid, None)
    s_i = w.sent_index[t.i]
    subj = t.dep_ in ("nsubj", "nsubjpass")
    if e is None:
        e = Seen(t.i, s_i, reg is not None, subj, reg, kind)
    else:
        e.tok, e.sent, e.in_q, e.subj, e.reg, e.kind = t.i, s_i, reg is not None, subj, reg, kind
    e.n += 1
    e.names += kind == "name"
    if kind != "pron":
        e.real_sent = s_i
    e.sents.append(s_i)
    seen[cid] = e  # (re)inserted last: the dict stays in recency order
    return e


def resolve_pronouns(doc, name_tokens: dict[int, str], qmap: QuoteMap, genders: dict[str, str],
                     first_person_narrator: dict[int, str | None], sent_index: list[int],
                     counts: Counter, nominal_heads: dict[int, str] | None = None,
                     addressed: dict[tuple[int, int], set[str]] | None = None,
                     ranker: CorefRanker | None | bool = True) -> list[Resolved]:
    """Resolve third-person pronouns to character ids (or to nominal entity ids, "n:<k>").

    ``first_person_narrator`` maps a token index to the narrator id of its section when that
    section is first person (tokens not in it: third person). ``nominal_heads`` maps the head
    token of a nominal person phrase ("the old *man*") to its entity id; those entities compete
    with the characters (their genders are in ``genders`` too), so "he" after "the old man" is
    not forced onto a named character three sentences back. ``addressed`` (quote region → ids
    named as vocatives in it) keeps "he" in a quote off its addressee.

    he/she pronouns go to the learned ranker (``models/coref_ranker.json``) when it is shipped —
    ``ranker=True`` loads it, ``None``/``False`` forces the rules; "they" and a missing model use
    the hand-tuned rules (:func:`rule_choice`). With ``ranker=True``, a speech tag's "he"/"she"
    ('"...," she said') goes to the tag ranker (``models/coref_tag_ranker.json``,
    :func:`speech_tag_pronoun`) when that is shipped.
    """
    w = Walk(doc, name_tokens, qmap, genders, first_person_narrator, sent_index, counts,
             nominal_heads or {}, addressed or {})
    model = default_ranker() if ranker is True else (ranker or None)
    if model is None:
        return name_given(w, walk(w, rule_choice))
    tag_model = default_tag_ranker() if ranker is True else None
    if tag_model is None:
        return name_given(w, walk(w, model.choose))

    def choose(w: Walk, p: Pronoun, cands: list[tuple[str, Seen]]) -> tuple[str, float] | None:
        if not speech_tag_pronoun(w, p):
            return model.choose(w, p, cands)
        pick = model.choose(w, p, cands)
        if pick is not None and _named_subject_before(w, p, dict(cands).get(pick[0]), pick[0]):
            return pick  # 'Ada took his hand. "...," she said': the subject just named speaks
        return tag_model.choose(w, p, cands)

    return name_given(w, walk(w, choose))


VESSEL_NOUNS = {"boat", "ship", "vessel", "yacht", "schooner", "barge", "trawler", "dinghy", "ferry", "ketch", "sloop",
                "cutter", "smack", "launch", "steamer", "liner", "tug", "lugger", "brig", "clipper"}


def _vessel_before(doc, t) -> bool:
    """A boat named in the copula's sentence or the two before it: the "her" whose name is given is the boat."""
    sent = t.sent
    lo = sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    return any(x.lemma_.lower() in VESSEL_NOUNS and x.pos_ == "NOUN" for x in doc[lo:sent.end])


def name_given(w: Walk, out: list[Resolved]) -> list[Resolved]:
    """"On the train a stranger offered me his paper. He wore a green cap ... His name was Ivo Marr. He
    taught at the college": the he/she whose name a copula gives ("His name was X", "her name is X") is X, and so is
    the chain of that pronoun told before it in its paragraph and after it until the one it was linked to
    is named again or the paragraph ends; not when that one is named earlier in the same paragraph (their
    own pronouns, or a ship or a dog they own named by the copula). Left to the walk, a stranger's pronouns stay with the person last named (the narrator's
    companion a paragraph earlier), and X, named once as a copula's attribute, never takes them over."""
    doc = w.doc
    if not out:
        return out
    at = {r.tok: k for k, r in enumerate(out)}
    mentions: dict[str, list[int]] = {}
    for i, c in [*w.name_tokens.items(), *w.nominal_heads.items()]:
        mentions.setdefault(c, []).append(i)
    for v in mentions.values():
        v.sort()
    for i, cid in sorted(w.name_tokens.items()):
        t = doc[i]
        if w.name_tokens.get(i + 1) == cid or t.dep_ != "attr" or t.head.lemma_ != "be":
            continue
        subj = [c for c in t.head.children if c.dep_ == "nsubj" and c.lemma_ == "name" and c.i < i]
        poss = [c for c in subj[0].children if c.dep_ == "poss" and c.lower_ in ("his", "her")] if subj else []
        if not poss or poss[0].i not in at or w.qmap.region(poss[0].idx) is not None:
            continue
        old = out[at[poss[0].i]].char
        g = PRON_GENDER[poss[0].lower_]
        if old == cid or w.genders.get(cid, "unknown") not in (g, "unknown"):
            continue
        named = mentions.get(old, [])
        k = bisect.bisect_left(named, poss[0].i)
        p = w.para(poss[0].i)
        lo = w.breaks[p - 1] if p else 0
        if k and named[k - 1] >= lo:
            continue  # (the one the pronoun was linked to is named in this paragraph: those pronouns are theirs)
        if g == "she" and _vessel_before(doc, t):
            continue  # ("She had sailed in her for twenty years. Her name was X": a boat, not a person)
        hi = named[k] if k < len(named) else len(doc)
        # (to this paragraph's end, and on through the next one up to the first person it names)
        end = w.breaks[p] if p < len(w.breaks) else len(doc)
        nxt = w.breaks[p + 1] if p + 1 < len(w.breaks) else len(doc)
        other = [j for j in w.name_tokens if end < j < nxt]
        hi = min(hi, min(other) if other else nxt)
        for r_i, r in enumerate(out):
            if lo < r.tok < hi and r.char == old and PRON_GENDER.get(doc[r.tok].lower_) == g \
                    and w.qmap.region(doc[r.tok].idx) is None:
                out[r_i] = Resolved(r.tok, cid, r.confidence)
    return out


# -- "I" and "you" inside a quote ------------------------------------------------------------------

FIRST_SG = {"i", "me", "my", "mine", "myself"}
SECOND = {"you", "your", "yours", "yourself"}
TAG_REACH = 8  # tokens after a quote's end (or before its start) searched for its speech tag
TURN_GAP = 600  # characters between two quotes of one exchange


@dataclass
class QuoteTag:
    speaker: str | None = None
    addressee: str | None = None
    inferred: bool = False  # from turn-taking, not from a tag of its own


def quote_tags(doc, qmap: QuoteMap, links: dict[int, str]) -> dict[tuple[int, int], QuoteTag]:
    """Quote region → who speaks it and to whom, from an explicit speech tag right next to it
    ("...," said Anna to Tom / Anna asked Tom, "...") when the tag's subject (object) is a linked
    mention (``links``: token → character or nominal entity id: names and the pronouns resolved
    so far), then from turn-taking: in an exchange of tagged quotes by two different speakers,
    each is talking to the other. The dialogue stage attributes every quote later and better;
    this is only what the cast needs for "I" and "you" inside quotes — the largest groups of
    pronouns the cast otherwise leaves unresolved in dialogue-heavy text."""
    from spacy.attrs import IDX

    from fabula.cast.names import SPEECH_VERBS

    out: dict[tuple[int, int], QuoteTag] = {}
    starts = doc.to_array([IDX]).reshape(-1).tolist() if len(doc) else []
    for reg in qmap.regions:
        a = bisect.bisect_left(starts, reg[0])
        b = bisect.bisect_left(starts, reg[1])
        for side in (range(b, min(len(doc), b + TAG_REACH)), range(a - 1, max(-1, a - 1 - TAG_REACH), -1)):
            tag = _tag(doc, qmap, links, side, SPEECH_VERBS)
            if tag is not None:
                out[reg] = tag
                break
    prev: tuple[tuple[int, int], QuoteTag] | None = None
    for reg in qmap.regions:
        tag = out.get(reg)
        if tag is None or tag.speaker is None:
            continue
        if prev is not None and reg[0] - prev[0][1] <= TURN_GAP and prev[1].speaker != tag.speaker:
            tag.addressee = tag.addressee or prev[1].speaker
            prev[1].addressee = prev[1].addressee or tag.speaker
        prev = (reg, tag)
    if ALTERNATE:
        breaks = newline_tokens(doc)
        _alternate(lambda a, b: bisect.bisect_left(breaks, bisect.bisect_left(starts, a)) <
                   bisect.bisect_left(breaks, bisect.bisect_left(starts, b)), qmap.regions, out)
    return out


ALTERNATE = True


def _alternate(broken: Callable[[int, int], bool], regions: list[tuple[int, int]],
               tags: dict[tuple[int, int], QuoteTag]) -> None:
    """Untagged quotes of a two-person exchange: a quote in a new paragraph answers the previous
    one (its speaker is the previous addressee and vice versa); one in the same paragraph goes on
    with the same speaker. ``broken(a, b)``: is there a paragraph break between offsets a and b?"""
    prev: tuple[tuple[int, int], QuoteTag] | None = None
    for reg in regions:
        tag = tags.get(reg)
        if tag is not None and tag.speaker is not None:
            prev = (reg, tag)
            continue
        if prev is None or reg[0] - prev[0][1] > TURN_GAP:
            prev = None
            continue
        if broken(prev[0][1], reg[0]):  # a paragraph break between the two quotes
            if prev[1].addressee is None:
                prev = None
                continue
            tag = QuoteTag(prev[1].addressee, prev[1].speaker, inferred=True)
        else:
            tag = QuoteTag(prev[1].speaker, prev[1].addressee, inferred=True)
        tags[reg] = tag
        prev = (reg, tag)


def _tag(doc, qmap: QuoteMap, links: dict[int, str], side, verbs: set[str]) -> QuoteTag | None:
    """The linked subject (and object or "to"-object) of the first speech verb met walking
    ``side``, stopping at a paragraph break, another quote or a sentence end (the tag of the
    previous quote is not this one's: '..." he asked. "Maybe I don't!" I yelled')."""
    for i in side:
        t = doc[i]
        if "\n" in t.text or qmap.inside(t.idx) or t.text in (".", "!", "?"):
            return None
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in verbs:
            subj = next((links[c.i] for c in t.children if c.dep_ == "nsubj" and c.i in links), None)
            if subj is None:
                continue
            obj = next((links[c.i] for c in t.children if c.dep_ in ("dobj", "dative") and c.i in links), None)
            for c in t.children:
                if obj is None and c.dep_ == "prep" and c.lower_ == "to":
                    obj = next((links[g.i] for g in c.children if g.dep_ == "pobj" and g.i in links), None)
            return QuoteTag(subj, obj if obj != subj else None)
    return None


def quote_pronouns(doc, qmap: QuoteMap, links: dict[int, str]) -> list[Resolved]:
    """The speaker's "I/me/my" and the addressee's "you/your" inside tagged quotes."""
    tags = quote_tags(doc, qmap, links)
    out = []
    for i in token_positions(doc, FIRST_SG | SECOND):
        t = doc[i]
        low = t.lower_
        if low in FIRST_SG and (low != "i" or t.text == "I") or low in SECOND:
            tag = tags.get(qmap.region(t.idx))
            if tag is None:
                continue
            less = 0.15 if tag.inferred else 0.0
            if low in SECOND and tag.addressee:
                out.append(Resolved(t.i, tag.addressee, 0.45 - less))
            elif low in FIRST_SG and tag.speaker:
                out.append(Resolved(t.i, tag.speaker, 0.6 - less))
    return out


# -- "they" for groups -------------------------------------------------------------------------------

THEY = {"they", "them", "their", "theirs", "themselves"}
PLURAL_SENT_BACK = 3
PLURAL_LINK_SENT_BACK = 30


def plural_entities(doc, noms, sent_index: list[int]) -> dict[int, str]:
    """Plural person phrases ("the children", "two soldiers") as group entities "n:p<k>": a
    definite one continues the last group with the same head noun seen within
    PLURAL_LINK_SENT_BACK sentences, as singular nominals do in :mod:`fabula.cast.nominals`."""
    heads: dict[int, str] = {}
    last: dict[str, tuple[str, int]] = {}
    k = 0
    for nm in noms:
        t = doc[nm.head]
        if t.tag_ not in ("NNS", "NNPS"):
            continue
        lemma = t.lemma_.lower()
        det = {c.lower_ for c in t.children if c.dep_ in ("det", "poss")}
        prev = last.get(lemma)
        if prev and det & {"the", "these", "those", "his", "her", "their", "my", "our", "your"} and \
                sent_index[nm.head] - prev[1] <= PLURAL_LINK_SENT_BACK:
            eid = prev[0]
        else:
            eid = f"n:p{k}"
            k += 1
        heads[nm.head] = eid
        last[lemma] = (eid, sent_index[nm.head])
    return heads


def resolve_plural(doc, plural_heads: dict[int, str], sent_index: list[int],
                   skip: set[int] | None = None) -> list[Resolved]:
    """they/them/their → the most recent group (a plural person phrase or a "they" already
    linked to one) within PLURAL_SENT_BACK sentences. About half right on LitBank dev, where
    "they" otherwise stays unresolved; low confidence, and groups are never characters."""
    skip = skip or set()
    out: list[Resolved] = []
    last: tuple[str, int] | None = None
    for i in sorted({*plural_heads, *token_positions(doc, THEY)}):
        t = doc[i]
        eid = plural_heads.get(t.i)
        if eid is not None:
            last = (eid, sent_index[t.i])
            continue
        if t.lower_ not in THEY or t.tag_ not in ("PRP", "PRP$") or t.i in skip:
            continue
        if last is not None and sent_index[t.i] - last[1] <= PLURAL_SENT_BACK:
            out.append(Resolved(t.i, last[0], 0.4))
            last = (last[0], sent_index[t.i])
    return out


# -- the learned ranker ---------------------------------------------------------------------------

RANK_SENT_BACK = 20
HYBRID = True
HYBRID_SENT_BACK = 1
FEATURES = [
    "rule", "rule_none", "rule_fallback",
    "agree", "clash", "g_unknown", "dyn_agree", "dyn_clash",
    "nominal", "last_pron",
    "d0", "d1", "d2", "dist", "tokdist",
    "rank0", "rank1", "rank", "grank0", "grank1", "grank", "srank0",
    "c_subj", "p_subj", "p_poss", "p_obj", "p_refl", "both_subj",
    "p_inq", "c_inq", "same_reg", "q_mismatch",
    "addressed", "obj_of_subj", "refl_bind", "poss_of_subj",
    "freq", "count_so_far", "names_so_far", "recent", "narrator",
    "agree_grank0", "agree_d0", "subj_grank0",
    "nom_indef", "nom_pred", "nom_poss", "nom_single", "c_pobj", "c_obj", "c_poss",
    "unknown_vs_agree", "voc_last", "since_real", "nom_since_real",
]


def candidates(w: Walk, p: Pronoun, cands: list[tuple[str, Seen]]) -> list[tuple[str, Seen]]:
    """The entities a he/she pronoun may take: seen within RANK_SENT_BACK sentences, never the
    first-person narrator from narration ("he" is not "I"), at most MAX_CANDIDATES by recency."""
    out = []
    for c, e in cands:  # most recent first
        if p.sent - e.sent > RANK_SENT_BACK:
            continue
        if p.narrator is not None and c == p.narrator and not p.in_q:
            continue
        out.append((c, e))
        if len(out) == MAX_CANDIDATES:
            break
    return out


def features(w: Walk, p: Pronoun, cands: list[tuple[str, Seen]]) -> list[list[float]]:
    """One feature row per candidate (same order): what the rules think, gender agreement (from
    names and from the pronouns already resolved to it), distance and recency rank, grammatical
    roles, quotes, binding constraints and salience. No paragraph features: LitBank, the training
    data, has one sentence per line, so its paragraphs mean nothing a story's would."""
    t = p.tok
    doc = w.doc
    verb = _verb_of(t)
    p_subj = t.dep_ in ("nsubj", "nsubjpass")
    p_poss = t.tag_ == "PRP$"
    p_obj = t.dep_ in ("dobj", "pobj", "dative")
    p_refl = t.lower_ in REFLEXIVE
    grank = srank = 0
    any_agree = any(w.genders.get(c) == p.g for c, _e in cands)
    rows = []
    for rank, (c, e) in enumerate(cands):
        cg = w.genders.get(c, "unknown")
        agree = cg == p.g
        clash = cg in ("he", "she") and cg != p.g
        tot = sum(e.votes.values())
        mine = e.votes.get(p.g, 0)
        dyn_agree = (mine + 0.5) / (tot + 1.0) if tot else 0.5
        compatible = not clash and (tot == 0 or mine * 2 >= tot)
        my_grank = grank if compatible else 9
        my_srank = srank if compatible and e.subj else 9
        if compatible:
            grank += 1
            srank += e.subj
        s, fb = rule_score(w, p, c, e)
        dist = p.sent - e.sent
        same_verb = dist == 0 and doc[e.tok].head.i == verb.i
        recent = sum(1 for x in e.sents[-8:] if p.sent - x <= RECENT_SENTS)
        rows.append([
            s if s is not None else 0.0, float(s is None and fb is None), float(fb is not None),
            float(agree), float(clash), float(cg not in ("he", "she")), dyn_agree, 1.0 - dyn_agree if tot else 0.0,
            float(c.startswith("n:")), float(e.kind == "pron"),
            float(dist == 0), float(dist == 1), float(dist == 2), min(dist, 10) / 10.0,
            math.log1p(t.i - e.tok) / 6.0,
            float(rank == 0), float(rank == 1), min(rank, 10) / 10.0,
            float(my_grank == 0), float(my_grank == 1), min(my_grank, 10) / 10.0, float(my_srank == 0),
            float(e.subj), float(p_subj), float(p_poss), float(p_obj), float(p_refl), float(e.subj and p_subj),
            float(p.in_q), float(e.in_q), float(p.in_q and e.reg == p.reg), float(p.in_q != e.in_q),
            float(p.in_q and c in w.addressed.get(p.reg, ())),
            float(_object_of_subject(doc, t, e, dist)), float(p_refl and e.subj and same_verb),
            float(p_poss and e.subj and same_verb),
            math.log1p(50 * w.counts.get(c, 0) / w.total) / 4.0, math.log1p(e.n) / 4.0,
            math.log1p(e.names) / 4.0, min(recent, 4) / 4.0,
            float(any(c == n for n in (p.narrator,) if n)),
            float(agree and my_grank == 0), float(agree and dist == 0), float(e.subj and my_grank == 0),
            *_last_mention(doc[e.tok], e),
            float(any_agree and cg not in ("he", "she") and not tot),
            float(e.in_q and c in w.addressed.get(e.reg, ())),
            min(p.sent - e.real_sent, 40) / 40.0,
            min(p.sent - e.real_sent, 40) / 40.0 if c.startswith("n:") else 0.0,
        ])
    return rows


def _last_mention(m, e: Seen) -> list[float]:
    """What kind of phrase the candidate's last mention was: for a nominal, an indefinite ("a
    man": often a new, passing person), a predicate or apposition ("Tom, a man of ..." / "he was
    a clerk": a description of someone already named), a possessed relation ("his father"), seen
    once only; for any mention, its role."""
    nom = e.kind == "nominal"
    dets = {c.lower_ for c in m.children if c.dep_ in ("det", "poss")}
    return [
        float(nom and bool(dets & {"a", "an", "another", "some", "one"})),
        float(nom and m.dep_ in ("attr", "appos", "acomp", "oprd")),
        float(nom and any(c.dep_ == "poss" for c in m.children)),
        float(nom and e.n == 1),
        float(m.dep_ == "pobj"), float(m.dep_ in ("dobj", "dative")),
        float(m.dep_ == "poss" or m.tag_ == "PRP$"),
    ]


@dataclass
class CorefRanker:
    """A linear ranker over (pronoun, candidate) rows, trained as a conditional logit (softmax over
    each pronoun's candidates); the best-scoring candidate wins, its softmax share is the confidence.

    Stored as JSON (feature names, scaling, weights) like the speaker ranker: no pickles, and a
    model trained on another feature list is refused rather than mis-applied."""

    coef: list[float]
    intercept: float
    mean: list[float]
    scale: list[float]

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> CorefRanker | None:
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("features") != cls.feature_names():
            return None
        return cls(data["coef"], data["intercept"], data["mean"], data["scale"])

    @staticmethod
    def feature_names() -> list[str]:
        return FEATURES

    def rows(self, w: Walk, p: Pronoun, cs: list[tuple[str, Seen]]) -> list[list[float]]:
        return features(w, p, cs)

    def logit(self, x: list[float]) -> float:
        z = self.intercept
        for v, wgt, m, sc in zip(x, self.coef, self.mean, self.scale, strict=True):
            z += wgt * (v - m) / (sc or 1.0)
        return z

    def choose(self, w: Walk, p: Pronoun, cands: list[tuple[str, Seen]]) -> tuple[str, float] | None:
        if p.g == "they":
            return rule_choice(w, p, cands)
        cs = candidates(w, p, cands)
        if not cs:
            return None
        zs = [self.logit(x) for x in self.rows(w, p, cs)]
        k = max(range(len(zs)), key=zs.__getitem__)
        top = max(zs)
        probs = [math.exp(max(-30.0, z - top)) for z in zs]
        conf = probs[k] / sum(probs)  # the softmax share of the best candidate
        if HYBRID:
            e = cs[k][1]
            if w.genders.get(cs[k][0], "unknown") not in ("he", "she") and not e.votes.get(p.g):
                rc = rule_choice(w, p, cands)
                if rc is not None and w.genders.get(rc[0]) == p.g and p.sent - dict(cands)[rc[0]].sent <= HYBRID_SENT_BACK:
                    return rc
        return cs[k][0], max(0.05, min(0.97, conf))


@lru_cache(maxsize=1)
def default_ranker() -> CorefRanker | None:
    return CorefRanker.load()


def _main_verb(t):
    """The verb of ``t``'s clause, climbing out of participle phrases that hang on it: in "Corin sat
    on the floor, a screwdriver in his teeth" or "sitting with his back to the wall" the "his" is
    the subject's own."""
    v = _verb_of(t)
    while v.tag_ in ("VBG", "VBN") and v.dep_ in ("advcl", "acl", "xcomp", "conj") and v.head.i != v.i:
        v = _verb_of(v) if v.head.pos_ not in ("VERB", "AUX") else v.head
    return v


def _verb_of(t):
    h = t.head
    while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
        h = h.head
    return h


def newline_tokens(doc) -> list[int]:
    """Indices of the whitespace tokens that hold a line break: paragraph boundaries."""
    import numpy as np
    from spacy.attrs import IS_SPACE

    if len(doc) == 0:
        return []
    spaces = np.flatnonzero(doc.to_array([IS_SPACE]).reshape(-1)).tolist()
    return [i for i in spaces if "\n" in doc[i].text]


# -- he/she as the subject of a speech tag --------------------------------------------------------

TAG_MODEL_PATH = MODEL_PATH.with_name("coref_tag_ranker.json")
TAG_GAP = 6  # tokens between the pronoun and the quote's edge it tags


def speech_tag_pronoun(w: Walk, p: Pronoun) -> bool:
    """Is ``p`` the narration "he"/"she" subject of a speech verb right beside a quote ('"...,"
    he said' / 'she answered: "..."')? Those take a ranker of their own (:data:`TAG_MODEL_PATH`),
    trained on the PDNC dev novels' pronoun-tagged quotes, whose gold speaker is the pronoun's
    referent: a tag's "he" is mostly one of the two people of an exchange, which the general
    ranker (trained on LitBank's narration) weighs differently."""
    return tagged_region(w, p) is not None


def tagged_region(w: Walk, p: Pronoun) -> tuple | None:
    """The quote region a speech-tag pronoun tags (the nearest within TAG_GAP tokens, in its
    paragraph, before the pronoun first), else None: see :func:`speech_tag_pronoun`."""
    from fabula.cast.names import SPEECH_VERBS

    t = p.tok
    if p.g not in ("he", "she") or p.in_q or t.dep_ != "nsubj" or t.lower_ not in ("he", "she"):
        return None
    v = t.head
    if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in SPEECH_VERBS:
        return None
    doc = w.doc
    for side in (range(t.i - 1, max(-1, t.i - 1 - TAG_GAP), -1), range(t.i + 1, min(len(doc), t.i + 1 + TAG_GAP))):
        for j in side:
            x = doc[j]
            if "\n" in x.text:
                break
            reg = w.qmap.region(x.idx)
            if reg is not None:
                return reg
    return None


TAG_FEATURES = [*FEATURES, "voc_here", "voc_prev", "in_here", "in_prev", "prev_reg_any"]


def tag_features(w: Walk, p: Pronoun, cs: list[tuple[str, Seen]]) -> list[list[float]]:
    """:func:`features` plus where each candidate stands to the exchange the tag belongs to:
    called by name in the tagged quote (nobody names himself: not the speaker) or in the quote
    before it (the one spoken to, who often answers), last mentioned inside the tagged quote or
    inside the quote before it."""
    here = tagged_region(w, p)
    regs = w.qmap.regions
    k = bisect.bisect_left(regs, here) if here is not None else 0
    prev = regs[k - 1] if k > 0 else None
    voc_here = w.addressed.get(here, set()) if here is not None else set()
    voc_prev = w.addressed.get(prev, set()) if prev is not None else set()
    rows = features(w, p, cs)
    for row, (c, e) in zip(rows, cs, strict=True):
        row.extend([float(c in voc_here), float(c in voc_prev), float(e.in_q and e.reg == here),
                    float(e.in_q and prev is not None and e.reg == prev), float(prev is not None)])
    return rows


class TagRanker(CorefRanker):
    """The speech-tag pronoun ranker: :class:`CorefRanker` over :data:`TAG_FEATURES`."""

    @staticmethod
    def feature_names() -> list[str]:
        return TAG_FEATURES

    def rows(self, w: Walk, p: Pronoun, cs: list[tuple[str, Seen]]) -> list[list[float]]:
        return tag_features(w, p, cs)


def _named_subject_before(w: Walk, p: Pronoun, e: Seen | None, c: str) -> bool:
    """Was ``c`` last mentioned by name or description as a narration subject in the tag's
    sentence or the one before, not of the other gender? Then the general ranker's pick of it
    stands (the tag ranker, trained on PDNC's exchanges, leans to the other talker)."""
    return (e is not None and e.kind != "pron" and e.subj and not e.in_q and p.sent - e.sent <= 1
            and w.genders.get(c, "unknown") in (p.g, "unknown"))


@lru_cache(maxsize=1)
def default_tag_ranker() -> CorefRanker | None:
    return TagRanker.load(TAG_MODEL_PATH)
