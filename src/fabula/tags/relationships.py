"""Relationship tags: which pairs the story is about, and whether romantic (A/B) or platonic (A & B).

Evidence comes from two places and is added up per pair:

1. the relations stage (``analysis.relationships``), whose typed relationships and states are the
   best source once it runs (romantic, ex, dating... vs friends, family...);
2. the text's own cue words, sentence by sentence: a sentence that refers to both people and says
   "kiss", "boyfriend", "broke up", "wedding"... is romantic evidence for the pair; "friend",
   "hug", "brother" is platonic evidence. A cue sentence naming one of them counts half for a
   person named in the sentence just before or after it (same paragraph).

A pair becomes a romantic tag when its romantic evidence is strong enough (a canon pairing in the
KB needs less) and outweighs family cues; otherwise a platonic tag when friendship evidence is
strong. One tag per pair, never both. The name order is the KB's canonical tag when it has one,
else alphabetical by the names as written, which is how AO3's canonical pairing tags read.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from fabula.model import Analysis, Span
from fabula.pipeline import GreetingHug
from fabula.tags.kb import Fandom
from fabula.tags.people import Person, kin_word_links
from fabula.tags.tokens import TokenTable, hash_words

ROMANCE = {"kiss": 1.0, "kissed": 1.0, "boyfriend": 1.0, "girlfriend": 1.0, "husband": 1.0, "wife": 1.0,
           "fiancé": 1.0, "fiance": 1.0, "fiancée": 1.0, "fiancee": 1.0, "marry": 1.0, "married": 1.0,
           "wedding": 1.0, "propose": 1.0, "proposal": 1.0, "engaged": 1.0, "engagement": 1.0,
           "dating": 1.0, "lover": 1.0, "crush": 0.7, "flirt": 0.7, "cuddle": 0.7, "romance": 1.0,
           "romantic": 0.7, "honeymoon": 1.0, "date": 0.5, "love": 0.5, "darling": 0.5, "sweetheart": 0.7,
           "ex": 1.0, "elope": 1.0, "boyfriends": 1.0, "girlfriends": 1.0, "valentine": 0.7, "blush": 0.3}
ROMANCE_PHRASES = {("in", "love"): 1.0, ("make", "out"): 1.0, ("first", "kiss"): 1.0, ("go", "out"): 0.5,
                   ("see", "each", "other"): 0.7,
                   ("ask", "out"): 0.7, ("hold", "hand"): 0.7,
                   # asking someone out without the word "date": "have dinner with me?"
                   ("dinner", "with", "me"): 1.0, ("drink", "with", "me"): 0.7}
BREAKUP = {"breakup": 1.0, "divorce": 1.0, "dump": 0.8, "ex": 0.8, "dumped": 0.8}
BREAKUP_PHRASES = {("break", "up"): 1.0, ("split", "up"): 1.0, ("call", "it", "quits"): 1.0}
PLATONIC = {"friend": 1.0, "friends": 1.0, "friendship": 1.0, "buddy": 0.7, "pal": 0.5, "hug": 0.7,
            "teammate": 0.7, "mate": 0.3, "bestie": 1.0, "roommate": 0.5, "partner": 0.3}
FAMILY = {"brother": 1.0, "sister": 1.0, "mother": 0.7, "father": 0.7, "mom": 0.7, "dad": 0.7, "mum": 0.7,
          "son": 0.7, "daughter": 0.7, "cousin": 0.7, "uncle": 0.7, "aunt": 0.7, "sibling": 1.0,
          "brothers": 1.0, "sisters": 1.0, "twin": 1.0}
RECONCILE_PHRASES = {("back", "together"): 1.0, ("get", "back"): 0.6, ("win", "back"): 1.0,
                     ("take", "back"): 0.5, ("make", "up"): 0.5}
RECONCILE = {"reconcile": 1.0, "reconciliation": 1.0}
JEALOUS = {"jealous": 1.0, "jealousy": 1.0, "envious": 0.7, "possessive": 0.5}
# romance shown, not named: held hands, a touch that lingers, a look held too long, a blush, a night
# spent. Each is weak and friends do some of them too, so they count toward a romantic tag only for
# a pair the story keeps together, at a reduced weight (see HINT_WEIGHT), and never against family
HINT = {"pinky": 0.6, "linger": 0.5, "intertwine": 0.6, "entwine": 0.6, "interlace": 0.6, "butterfly": 0.4}
HINT_PHRASES = {("take", "hand"): 0.5, ("find", "hand"): 0.6, ("hand", "in", "hand"): 0.7,
                ("little", "finger"): 0.6, ("their", "finger"): 0.6, ("their", "hand"): 0.4,
                ("finger", "lace"): 0.6, ("second", "longer"): 0.5, ("moment", "longer"): 0.5,
                ("beat", "longer"): 0.5, ("stay", "night"): 0.8, ("spend", "night"): 0.6,
                ("go", "pink"): 0.3, ("go", "soft"): 0.4, ("ear", "pink"): 0.4, ("cheek", "pink"): 0.4,
                ("face", "warm"): 0.3,
                ("stop", "watching"): 0.4, ("stop", "looking"): 0.4, ("stop", "staring"): 0.4,
                ("heart", "skip"): 0.6, ("heart", "flutter"): 0.6, ("head", "shoulder"): 0.4,
                ("over", "hers"): 0.4, ("into", "hers"): 0.4, ("hand", "into"): 0.3, ("in", "lap"): 0.3,
                ("hand", "stay"): 0.4, ("their", "knee"): 0.4, ("their", "shoulder"): 0.3}
# the hints a parent, a coach or an old friend does not give: a blush, a night spent, a look that
# cannot stop, laced fingers, a skipping heart (a held hand, a head on a shoulder, a long moment
# are theirs too). Counted again as "longing": the central pair needs these to become a couple
LONGING = {"intertwine", "entwine", "interlace", "butterfly", ("finger", "lace"), ("stay", "night"),
           ("spend", "night"), ("stop", "watching"),
           ("stop", "looking"), ("stop", "staring"), ("heart", "skip"), ("heart", "flutter")}
# what friends and family do for each other, in a sentence about both: a friendship is shown far
# more often than it is named ("Ginny squeezed her arm", "Kit zipped her parka up for her")
CARE = {"squeeze": 0.5, "tuck": 0.5, "pat": 0.4, "ruffle": 0.5, "nudge": 0.4, "bump": 0.3, "comfort": 0.7,
        "console": 0.7, "reassure": 0.5, "protect": 0.5, "defend": 0.5, "rescue": 0.5, "teach": 0.4,
        "shoulder": 0.3, "grin": 0.2, "laugh": 0.2, "tease": 0.4, "promise": 0.3, "forgive": 0.3,
        "help": 0.3, "share": 0.3, "save": 0.3, "clap": 0.4, "lend": 0.3, "carry": 0.3, "wait": 0.2}

ROMANTIC_TYPES = ("romantic", "dating", "engaged", "married", "spouse", "partner", "lover", "ex",
                  "boyfriend", "girlfriend", "crush", "unrequited", "wants_back", "fiance", "new_partner")
PLATONIC_TYPES = ("friend", "family", "sibling", "parent", "child", "cousin", "professional", "boss",
                  "colleague", "teacher", "rival", "enemy", "mentor", "publicist")


@dataclass
class SentenceCues:
    start: int
    end: int
    paragraph: int
    cues: dict[str, float] = field(default_factory=dict)  # category -> weight
    people: set[str] = field(default_factory=set)
    named: set[str] = field(default_factory=set)  # people named in it (not only by pronoun)
    # (cues, people, named) per independent clause when a sentence joins several ("Sirius was bored,
    # and James was in love"); empty = the sentence is one unit
    clauses: list[tuple[dict[str, float], set[str], set[str]]] = field(default_factory=list)


@dataclass
class PairEvidence:
    a: str
    b: str
    romance: float = 0.0
    romance_direct: float = 0.0  # from the text: sentences about both, their verbs, their quotes
    relation_romance: float = 0.0  # from the relations stage's romantic links
    platonic: float = 0.0
    family: float = 0.0
    breakup: float = 0.0
    reconcile: float = 0.0
    jealous: float = 0.0
    cooccur: int = 0
    first_romance: int | None = None
    first_platonic: int | None = None
    spans: dict[str, list[Span]] = field(default_factory=lambda: defaultdict(list))
    relation_types: list[str] = field(default_factory=list)
    one_sided: bool = False
    support: float = 0.0  # comfort the relations stage saw between them (friends hold each other up)
    talk: float = 0.0  # dialogue between them (speaker to addressee), from the interaction network
    care: float = 0.0  # care words in sentences about both (CARE): friendship shown, not named
    relation_family: float = 0.0  # the part of `family` that comes from the relations stage
    romance_unnamed: float = 0.0  # romance cue weight held back because a side was only a pronoun
    romance_direct_unnamed: float = 0.0
    hint: float = 0.0  # romance shown, not named (HINT): held hands, a lingering touch, a night spent
    hint_unnamed: float = 0.0  # hint weight held back because a side was only a pronoun
    longing: float = 0.0  # the part of `hint` only lovers give (LONGING): a blush, a night spent
    longing_unnamed: float = 0.0


_SENTENCE_LEVEL = ("hint", "longing")
NOUN_ONLY = {"crush"}  # cue words that are romance only as nouns
NAMED_WEIGHT = {2: 1.0, 1: 0.8, 0: 0.5}  # by how many of the pair a cue sentence names
ROLE_NOUNS = {"boyfriend", "girlfriend", "husband", "wife", "fiancé", "fiance", "fiancée", "fiancee", "lover",
              "boyfriends", "girlfriends"}
_SINGLE = [(ROMANCE, "romance"), (BREAKUP, "breakup"), (PLATONIC, "platonic"), (FAMILY, "family"),
           (RECONCILE, "reconcile"), (JEALOUS, "jealous"), (CARE, "care"), (HINT, "hint")]
_PHRASES = [(ROMANCE_PHRASES, "romance"), (BREAKUP_PHRASES, "breakup"), (RECONCILE_PHRASES, "reconcile"),
            (HINT_PHRASES, "hint")]
_FIRST_WORDS = {ph[0] for table, _ in _PHRASES for ph in table}
_ALL_WORDS = set().union(*(t for t, _ in _SINGLE)) | _FIRST_WORDS | {"with"}
_ALL_HASHES = hash_words(_ALL_WORDS)


def _cue_weights(tt: TokenTable, lo: int, hi: int) -> dict[str, float]:
    cues: dict[str, float] = defaultdict(float)
    lemma, lower, lh = tt.lemma, tt.lower, tt.lemma.hashes
    for i in range(lo, hi):
        low = lower[i]
        if lh[i] not in _ALL_HASHES and low not in _ALL_WORDS:
            continue
        lem = lemma[i]
        if (lem in ROLE_NOUNS or low in ROLE_NOUNS) and tt.dep[i] != "attr" and any(
                tt.dep[c] == "poss" for c in tt.children(i, lo, hi)):
            # "said his girlfriend, and kissed him": the girlfriend is someone the sentence does
            # not name, not the other person in it ("She's my girlfriend" — attr — still counts)
            continue
        if lem in NOUN_ONLY and tt.pos[i] != "NOUN":
            continue  # "crushed the beetles" is no crush
        if lem == "love" and any(tt.lower[c] in ("would", "'d", "d") for c in tt.children(i, lo, hi)):
            continue  # "I'd love a cup of tea", "he would love to see you try"
        for table, cat in _SINGLE:
            w = table.get(lem) or table.get(low)
            if w:
                cues[cat] += w
                if cat == "hint" and (lem in LONGING or low in LONGING):
                    cues["longing"] += w
        if low == "with" and lemma[tt.head[i]] == "be" and any(tt.pos[j] == "PROPN" for j in tt.children(i, lo, hi)):
            cues["romance"] += 0.5  # "Eli is with Brennan"
        if lem in _FIRST_WORDS or low in _FIRST_WORDS:
            for phrases, cat in _PHRASES:
                for ph, w in phrases.items():
                    if lem == ph[0] or low == ph[0]:
                        stop = min(hi, i + 1 + len(ph) + 2)
                        window = set(lemma[i + 1 : stop]) | set(lower[i + 1 : stop])
                        if all(p in window for p in ph[1:]):
                            cues[cat] += w
                            if cat == "hint" and ph in LONGING:
                                cues["longing"] += w
    if cues.get("hint") and "shake" in lemma[lo:hi]:
        cues.pop("hint")  # "took his hand and shook it": a handshake
        cues.pop("longing", None)
    if cues.get("breakup"):
        cues["romance"] += cues["breakup"]  # you only break up with a partner
    return dict(cues)


def is_vocative(text: str, span: Span) -> bool:
    """A name set off by commas at the edge of a clause in speech ("he's my boyfriend, Dad." /
    "Dad, listen"): the one spoken to, not someone the sentence's romance or friendship is about."""
    s, e = span
    before = text[max(0, s - 2):s]
    after = text[e:e + 1]
    return (before == ", " and after in ('.', ',', '!', '?', '"', '')) or (before.endswith('"') and after == ",")


def sentence_cues(tt: TokenTable, story, people: list[Person], quotes=None) -> list[SentenceCues]:
    import bisect

    para_starts = [p.span[0] for p in story.paragraphs]
    text = story.text
    refs: list[tuple[int, str]] = sorted(
        (s, p.key) for p in people for s, e in p.spans
        if quotes is None or not quotes.inside(s) or not is_vocative(text, (s, e)))
    ref_starts = [s for s, _ in refs]
    names = sorted((s, p.key) for p in people for s, _ in p.name_spans)
    name_starts = [s for s, _ in names]
    def within(a: int, b: int) -> tuple[set[str], set[str]]:
        i, j = bisect.bisect_left(ref_starts, a), bisect.bisect_left(ref_starts, b)
        ni, nj = bisect.bisect_left(name_starts, a), bisect.bisect_left(name_starts, b)
        return {key for _, key in refs[i:j]}, {key for _, key in names[ni:nj]}

    out = []
    for k, (lo, hi) in enumerate(tt.sents):
        s, e = tt.sent_chars(k)
        who, named = within(s, e)
        cues = _cue_weights(tt, lo, hi) if who else {}
        para = bisect.bisect_right(para_starts, s) - 1
        sc = SentenceCues(s, e, para, cues, who, named)
        if cues and len(who) > 1:
            bounds = clause_starts(tt, lo, hi)
            if len(bounds) > 1:
                for a, b in zip(bounds, [*bounds[1:], hi], strict=True):
                    cs, ce = tt.idx[a], tt.idx[b - 1] + tt.length[b - 1]
                    cw, cn = within(cs, ce)
                    sc.clauses.append((_cue_weights(tt, a, b) if cw else {}, cw, cn))
        out.append(sc)
    return out


def clause_starts(tt: TokenTable, lo: int, hi: int) -> list[int]:
    """Token indices where the independent clauses of a sentence start: the root's clause, then
    each verb conjoined to the root that has its own subject ("..., and James was in love"). A
    cue belongs to its clause's people, not to someone the other clause is about."""
    root = next((i for i in range(lo, hi) if tt.head[i] == i), None)
    if root is None:
        return [lo]
    heads = [c for c in range(lo, hi) if c != root and tt.head[c] == root and tt.dep[c] == "conj"
             and tt.pos[c] in ("VERB", "AUX") and any(tt.dep[g] in ("nsubj", "nsubjpass")
                                                      for g in tt.children(c, lo, hi))]
    starts = [lo]
    for c in heads:
        first = c
        for t in range(lo, c):
            j, steps = t, 0
            while tt.head[j] != j and j != c and steps < 30:
                j, steps = tt.head[j], steps + 1
            if j == c:
                first = t
                break
        while first > lo and tt.dep[first - 1] in ("cc", "punct"):
            first -= 1  # ", and" opens the new clause
        if first > starts[-1]:
            starts.append(first)
    return starts


def pair_evidence(sents: list[SentenceCues], analysis: Analysis, people: list[Person],
                  tt: TokenTable | None = None, fandom: Fandom | None = None,
                  hugs: Sequence[GreetingHug] = ()) -> dict:
    pairs: dict[tuple[str, str], PairEvidence] = {}

    def get(a: str, b: str) -> PairEvidence:
        k = tuple(sorted((a, b)))
        if k not in pairs:
            pairs[k] = PairEvidence(*k)
        return pairs[k]

    for i, sc in enumerate(sents):
        for a, b in combinations(sorted(sc.people), 2):
            pe = get(a, b)
            pe.cooccur += 1
            if len(pe.spans["together"]) < 4:
                pe.spans["together"].append((sc.start, sc.end))
        if not sc.cues:
            continue
        near: set[str] = set()
        for j in (i - 1, i + 1):
            if 0 <= j < len(sents) and sents[j].paragraph == sc.paragraph:
                near |= sents[j].people
        units = sc.clauses or [(sc.cues, sc.people, sc.named)]
        for cues, who, named in units:
            cues = {c: w for c, w in cues.items() if c not in _SENTENCE_LEVEL} if sc.clauses else cues
            if cues:
                _credit_cues(sc, cues, who, named, near, get)
        if sc.clauses and sc.cues.get("hint"):
            # a hint's clause rarely names the pair ("..., and their fingers stayed together"):
            # it belongs to the sentence's people
            _credit_cues(sc, {c: w for c, w in sc.cues.items() if c in _SENTENCE_LEVEL}, sc.people, sc.named,
                         set(), get)
    by_char = {cid: p.key for p in people for cid in p.char_ids}
    return _relation_evidence(tt, sents, analysis, people, by_char, get, pairs, fandom, hugs)


def _credit_cues(sc: SentenceCues, cues: dict[str, float], who: set[str], named: set[str], near: set[str],
                 get) -> None:
    """Add a sentence's (or clause's) cues to the pairs it is about."""
    # a cue in a sentence about several people is shared among its pairs: in "Charlotte told
    # Elizabeth she would marry Mr. Collins" the marrying is not Elizabeth's
    share = 1.0 / max(1, len(who) - 1)
    for a in who:
        for b in (who | near) - {a}:
            if b in who and b < a:
                continue  # count a pair inside one sentence once
            direct = b in who
            factor = share if direct else 0.5 * share
            # a pair present only through pronouns rests on the cast's coreference, which
            # drifts to whoever is nearby: "kissed his hair" is weaker than "kissed Hizashi"
            unnamed = 1.0 - NAMED_WEIGHT[(a in named) + (b in named)]
            pe = get(a, b)
            # kept aside, not lost: a KB canon couple gets it back (the canon vouches for them)
            pe.romance_unnamed += unnamed * factor * cues.get("romance", 0.0)
            pe.hint_unnamed += unnamed * factor * cues.get("hint", 0.0)
            pe.longing_unnamed += unnamed * factor * cues.get("longing", 0.0)
            if direct:
                pe.romance_direct_unnamed += unnamed * factor * cues.get("romance", 0.0)
            factor *= 1.0 - unnamed
            for cat, w in cues.items():
                setattr(pe, cat, getattr(pe, cat) + factor * w)
                if direct:
                    pe.spans[cat].append((sc.start, sc.end))
            if direct:
                pe.romance_direct += factor * cues.get("romance", 0.0)
            if cues.get("romance") and pe.first_romance is None:
                pe.first_romance = sc.start
            if cues.get("platonic") and pe.first_platonic is None:
                pe.first_platonic = sc.start


def _relation_evidence(tt: TokenTable | None, sents: list[SentenceCues], analysis: Analysis,
                       people: list[Person], by_char: dict[str, str], get, pairs: dict,
                       fandom: Fandom | None = None, hugs: Sequence[GreetingHug] = ()) -> dict:
    """Evidence beyond cue sentences: quotes, romantic verbs, kin words, and the relations
    stage's comfort events, conversations and typed relationships. ``hugs``: the hugs the relations
    stage read as a greeting rather than comfort (``Context.greeting_hugs``); they count here as comfort
    does."""
    if tt is not None:
        _quote_evidence(tt, analysis, by_char, get)
        _reported_feelings(tt, analysis, people, by_char, get)
        _verb_evidence(tt, sents, people, get)
        _role_noun_evidence(tt, people, fandom, get)
        _vocative_kin_evidence(tt, analysis, by_char, get)
        _touch_evidence(tt, people, get)
        sent_starts = [lo for lo, _ in tt.sents]
        for a, b, i in kin_word_links(people, tt):  # "her mother", "his little sister Isla"
            pe = get(a, b)
            pe.family += 1.0
            if "family" not in pe.relation_types:
                pe.relation_types.append("family")  # stated, so it holds whatever the surnames
            k = bisect.bisect_right(sent_starts, i) - 1
            pe.spans["family"].append(tt.sent_chars(k))
    # the relations stage, when it has run: what they do for each other and how much they talk
    for ev in analysis.events:
        if ev.type == "comfort" and len(ev.participants) == 2:
            a, b = by_char.get(ev.participants[0]), by_char.get(ev.participants[1])
            if a and b and a != b:
                pe = get(a, b)
                pe.support += 0.75 * max(0.6, ev.confidence or 0.6)
                pe.spans["support"].extend(tuple(sp) for e in ev.evidence for sp in e.spans[:1])
    for hug in hugs:
        a, b = by_char.get(hug.a), by_char.get(hug.b)
        if a and b and a != b:
            pe = get(a, b)
            pe.support += 0.75 * 0.6
            pe.spans["support"].append(hug.span)
    for it in analysis.interactions:
        if it.kind == "conversation":
            a, b = by_char.get(it.source), by_char.get(it.target)
            if a and b and a != b:
                get(a, b).talk += it.weight
    by_key = {p.key: p for p in people}
    for rel in analysis.relationships:
        a, b = by_char.get(rel.source), by_char.get(rel.target)
        if not a or not b or a == b:
            continue
        pe = get(a, b)
        words = " ".join([rel.type, rel.current or "", *(st.state for st in rel.states)]).lower()
        if rel.type == "family" and (rel.confidence or 0.0) < MIN_FAMILY_LINK and not _same_family_name(
                by_key[a].name, by_key[b].name):
            continue  # a weak guess (a form of address) between different surnames: no family bond
        pe.relation_types.append(rel.type)
        ev = [tuple(s) for st in rel.states for e in st.evidence for s in e.spans][:3]
        weight = 2.0 * max(0.75, rel.confidence or 0.75)
        if any(t in words for t in ROMANTIC_TYPES):
            pe.romance += weight
            pe.relation_romance += weight
            pe.spans["romance"].extend(ev)
        elif any(t in words for t in PLATONIC_TYPES):
            cat = "family" if any(t in words for t in ("family", "sibling", "parent", "child", "cousin")) else "platonic"
            setattr(pe, cat, getattr(pe, cat) + weight)
            if cat == "family":
                pe.relation_family += weight
            pe.spans[cat].extend(ev)
        if any(t in words for t in ("ex", "broken", "breakup", "broke_up", "split")):
            pe.breakup += 1.0
        if any(t in words for t in ("reconcil", "back_together", "together_again")):
            pe.reconcile += 1.0
        if any(st.holder for st in rel.states if any(w in st.state for w in ("unrequited", "crush", "one_sided"))):
            pe.one_sided = True
    return pairs


@dataclass
class RelationshipTag:
    name: str
    kind: str  # romantic | platonic
    people: tuple[str, ...]  # two people; three for a KB canon trio ("A & B & C")
    confidence: float
    spans: list[Span]
    evidence: PairEvidence
    canon: bool
    note: str | None = None
    weak: bool = False  # a friendship that passed only on scenes shared (SHOWN_AND_TOGETHER)


def tag_name(a: Person, b: Person, kind: str, fandom: Fandom | None) -> tuple[str, bool]:
    if fandom is not None and a.kb_index is not None and b.kb_index is not None:
        rel = fandom.canon_relationship_of_kind((a.kb_index, b.kb_index), kind)
        if rel is not None:
            return rel.tag, True
    sep = "/" if kind == "romantic" else " & "
    names = sorted([a.name, b.name], key=lambda n: n.lower())
    return sep.join(names), False


def decide_relationships(pairs: dict, people: list[Person], fandom: Fandom | None, words: int = 1000,
                         max_platonic: int = 3, max_romantic_per_person: int = 2) -> list[RelationshipTag]:
    """One tag per pair: romantic when the romance evidence is direct (a sentence about both),
    strong enough, not outweighed by family/friendship cues and not a small fraction of the
    story's strongest pairing (a long novel has stray "love" sentences between everyone)."""
    by_key = {p.key: p for p in people}
    for pe in pairs.values():
        a, b = by_key.get(pe.a), by_key.get(pe.b)
        if _kb_kin(fandom, a, b) and "family" not in pe.relation_types:
            pe.relation_types.append("family")  # the canon says kin (Luke and Leia): "her brother" is theirs
        if a is not None and b is not None and not _same_family_name(a.name, b.name) and "family" not in \
                " ".join(pe.relation_types):
            pe.family = 0.0  # "her sister", "his mother" are about someone else
    top_romance = max((pe.romance for pe in pairs.values()), default=0.0)
    top_platonic = max((platonic_score(pe) for pe in pairs.values()), default=0.0)
    romantic, platonic = [], []
    scale = max(1.0, (words / 5000.0) ** 0.5)  # a novel repeats every cue many times over
    for (ka, kb_), pe in pairs.items():
        a, b = by_key.get(ka), by_key.get(kb_)
        if a is None or b is None:
            continue
        canon_rom = bool(fandom and a.kb_index is not None and b.kb_index is not None
                         and fandom.canon_relationship_of_kind((a.kb_index, b.kb_index), "romantic"))
        canon_plat = bool(fandom and a.kb_index is not None and b.kb_index is not None
                          and fandom.canon_relationship_of_kind((a.kb_index, b.kb_index), "platonic"))
        need, need_direct = (1.0 * scale, 0.5 * scale) if canon_rom else (1.5 * scale, 1.0 * scale)
        if canon_rom and not canon_plat and pe.cooccur >= CANON_SCENES * scale:
            # a couple the canon knows only as a couple, kept together for several sentences: an
            # author writing them rarely spells it out ("Melissa took the coffee and their fingers
            # lingered"), so any romance cue between them will do
            need, need_direct = CANON_SCENE_ROMANCE * scale, 0.0
        if canon_plat and (not canon_rom or _same_family_name(a.name, b.name)):
            # the canon says siblings / mentor and pupil (brothers also shipped together are still
            # brothers in most stories): a hug next to someone else's kiss, or "his girlfriend" in a
            # sentence naming both, must not make them a couple, so the text has to say much more
            m = 2.0 if _kb_kin(fandom, a, b) or _same_family_name(a.name, b.name) else FRIEND_BOND_ROMANCE
            need, need_direct = m * need, m * need_direct
        # a canon pairing may rest on the relations stage alone; any other needs the text's own
        # direct evidence too (upstream pronoun and addressee errors make false couples), to which
        # the relations stage's link adds a quarter ("She's my girlfriend," told to a third person)
        if canon_rom:
            pe.hint += pe.hint_unnamed
            pe.hint_unnamed = 0.0
        if pe.hint and not _kin(pe, a, b):
            # romance shown, not named: the KB's canon vouches for a held hand between its couples;
            # between anyone else — friends in canon too (Frodo takes Sam's hand in every gen fic) —
            # a touch only adds to what the text says outright, and only longing counts in full
            w = HINT_WEIGHT_CANON if canon_rom and not canon_plat else HINT_WEIGHT
            shown = w * pe.hint + (1.0 - w) * pe.longing
            pe.romance += shown
            pe.romance_direct += shown
        if canon_rom:
            pe.romance += pe.romance_unnamed
            pe.romance_direct += pe.romance_direct_unnamed
            pe.romance_unnamed = pe.romance_direct_unnamed = 0.0
        direct = pe.romance_direct + (1.0 if canon_rom else 0.25) * pe.relation_romance
        # friendship words weigh less against a KB couple, unless the KB also knows them as friends
        # (Frodo and Sam): then the text alone decides which story this is
        rival = 0.75 * pe.family + (0.25 if canon_rom and not canon_plat else 0.6) * pe.platonic
        if (pe.romance >= need and direct >= need_direct and pe.romance > rival
                and (canon_rom or pe.romance >= 0.2 * top_romance)):
            name, canon = tag_name(a, b, "romantic", fandom)
            conf = min(0.95, 0.35 + (0.1 * direct + 0.04 * pe.romance) / scale + (0.1 if canon else 0.0))
            notes = []
            if pe.breakup >= 1.0:
                notes.append("past: they break up")
            if pe.one_sided:
                notes.append("one-sided")
            spans = list(dict.fromkeys(pe.spans["romance"]))[:4]
            romantic.append(RelationshipTag(name, "romantic", (ka, kb_), round(conf, 3), spans, pe, canon,
                                            "; ".join(notes) or None))
        else:
            tag = _platonic_tag(pe, a, b, fandom, canon_plat, scale, top_platonic)
            if tag is not None:
                platonic.append(tag)
    # a KB canon couple is considered first unless another pairing has twice its romance: the
    # canon explains the romance around that person better than a stray pronoun link does
    romantic.sort(key=lambda r: -r.evidence.romance * (2.0 if r.canon else 1.0))
    kept, per_person = [], defaultdict(int)
    direct_of: dict[str, float] = {}
    canon_paired: set[str] = set()
    for r in romantic:
        strong = r.evidence.romance >= 0.5 * top_romance
        # a weak second pairing for someone already paired needs the KB's canon to back it
        # (upstream links are noisy: a misattributed "we should break up" makes a false ex)
        limit = max_romantic_per_person if r.canon else 1
        weak = not strong and any(per_person[k] >= limit for k in r.people)
        # a non-canon second pairing must be told about as directly as the first: a wife's old
        # friend who hugs her and kisses the top of her head is not her second lover
        second = not r.canon and any(
            r.evidence.romance_direct < SECOND_PAIRING_DIRECT * direct_of.get(k, 0.0) or k in canon_paired
            for k in r.people)
        if weak or second:
            a, b = by_key[r.people[0]], by_key[r.people[1]]
            tag = _platonic_tag(r.evidence, a, b, fandom, False, scale, top_platonic)
            if tag is not None:
                platonic.append(tag)
            continue
        kept.append(r)
        for k in r.people:
            per_person[k] += 1
            direct_of[k] = max(direct_of.get(k, 0.0), r.evidence.romance_direct)
            if r.canon:  # beside a stronger KB canon couple, a non-canon one is a pronoun slip
                canon_paired.add(k)
    trios = [set(t.people) for t in canon_trios(pairs, people, fandom, kept)]
    for r in on_page_couples(pairs, by_key, fandom, kept, scale, trios):
        kept.append(r)
        platonic = [t for t in platonic if set(t.people) != set(r.people)]
    platonic.sort(key=lambda r: -platonic_score(r.evidence, scale))
    platonic = platonic[:max_platonic]
    central = central_pair(pairs, by_key, fandom, {r.people for r in kept + platonic}, scale,
                           frozenset(k for r in kept for k in r.people))
    if central is not None and len(platonic) >= max_platonic and any(r.weak for r in platonic):
        # the pair the story spends most time on outranks a friendship that rests on shared scenes
        platonic.remove(next(r for r in reversed(platonic) if r.weak))
    if central is not None and len(platonic) < max_platonic:
        platonic.append(central)
        # the two most-named people share the story too: a second pair the story spends its time
        # on, among them only (two rivals for one solo, the friend and the mentor)
        top = frozenset(p.key for p in sorted(people, key=lambda p: -len(p.name_spans))[:TOP_PEOPLE])
        second = central_pair(pairs, by_key, fandom, {r.people for r in kept + platonic}, scale,
                              frozenset(k for r in kept for k in r.people), among=top)
        if second is not None and len(platonic) < max_platonic:
            platonic.append(second)
    companions = canon_companions(pairs, by_key, fandom, {r.people for r in kept + platonic}, scale)
    platonic += companions[:max(0, max_platonic - sum(r.kind == "platonic" for r in platonic))]
    for trio in canon_trios(pairs, people, fandom, kept):
        inside = set(trio.people)
        platonic = [r for r in platonic if not set(r.people) <= inside]
        platonic.append(trio)
    return kept + platonic


def canon_trios(pairs: dict, people: list[Person], fandom: Fandom | None,
                romantic: list[RelationshipTag]) -> list[RelationshipTag]:
    """A KB canon trio ("Iida Tenya & Midoriya Izuku & Uraraka Ochako") when the story keeps all three
    together — every two of them share scenes, each is more than a passing name, and no two of them
    are the story's couple. AO3 authors tag such a trio as one tag instead of its pairs."""
    if fandom is None:
        return []
    by_kb = {p.kb_index: p for p in people if p.kb_index is not None}
    couples = {frozenset(r.people) for r in romantic}
    out = []
    for rel, idx in fandom.relationships:
        if rel.kind != "platonic" or len(idx) != 3 or not all(i in by_kb for i in idx):
            continue
        trio = [by_kb[i] for i in idx]
        if any(len(p.spans) < MIN_PLATONIC_REFS for p in trio):
            continue
        duos = [tuple(sorted((x.key, y.key))) for x, y in combinations(trio, 2)]
        if any(frozenset(d) in couples for d in duos):
            continue
        evs = [pairs.get(d) for d in duos]
        if any(pe is None or pe.cooccur < CENTRAL_MIN_COOCCUR for pe in evs):
            continue
        spans = list(dict.fromkeys(s for pe in evs for s in pe.spans["together"]))[:4]
        conf = min(0.8, 0.4 + 0.03 * sum(pe.cooccur for pe in evs))
        out.append(RelationshipTag(rel.tag, "platonic", tuple(p.key for p in trio), round(conf, 3), spans,
                                   evs[0], True, "the three share the story's scenes"))
    return out


ON_PAGE_MIN_COOCCUR = 2  # sentences naming both (per ~5000 words) that make an on-page couple the story's
ON_PAGE_MIN_TOGETHER = 3.0  # ... and time together (shared sentences + half their dialogue)
ON_PAGE_SHOWN = 0.4  # ... or, in one shared sentence, this much romance or hint (linked little fingers)


def on_page_couples(pairs: dict, by_key: dict[str, Person], fandom: Fandom | None,
                    kept: list[RelationshipTag], scale: float,
                    trios: list[set[str]] | None = None) -> list[RelationshipTag]:
    """Couples of the source work itself (KB ``on_page``: married, dating, engaged in canon) that the
    story keeps together, with no romance word between them. Other writers show such a couple, they
    do not name it: she bumps his shoulder and holds his arm to the mill, he used to sleep on the
    left side of her bed. The canon tells a reader what the scene does not, so an author tags the
    pairing. Not for fan pairings (two rivals the fandom ships stay rivals in a gen story), not
    between family, not inside a KB canon trio the story keeps together, and not for someone the
    story already pairs with another."""
    if fandom is None:
        return []
    paired = {k for r in kept for k in r.people}
    out = []
    for pe in pairs.values():
        a, b = by_key.get(pe.a), by_key.get(pe.b)
        if a is None or b is None or a.kb_index is None or b.kb_index is None:
            continue
        if not fandom.on_page_couple((a.kb_index, b.kb_index)) or {pe.a, pe.b} & paired:
            continue
        if any({pe.a, pe.b} <= t for t in trios or []):
            continue  # the three friends at the library table: a canon trio, not a couple and a third
        if min(len(a.spans), len(b.spans)) < MIN_PLATONIC_REFS or _kin(pe, a, b):
            continue
        shown = pe.romance + pe.hint + pe.hint_unnamed  # a touch or a word between them
        if shown <= 0 and pe.platonic >= 1.0:
            continue  # the story calls them friends and shows nothing more: its couple is elsewhere
        if (pe.cooccur < ON_PAGE_MIN_COOCCUR * scale or together(pe, scale) < ON_PAGE_MIN_TOGETHER) \
                and (pe.cooccur < 1 or shown < ON_PAGE_SHOWN * scale):
            continue
        name, canon = tag_name(a, b, "romantic", fandom)
        conf = min(0.6, 0.3 + 0.03 * together(pe, scale) + 0.1 * pe.romance)
        spans = list(dict.fromkeys(pe.spans["romance"] + pe.spans["hint"] + pe.spans["together"]))[:4]
        out.append(RelationshipTag(name, "romantic", (pe.a, pe.b), round(conf, 3), spans, pe, canon,
                                   "a couple in canon, kept together by the story"))
    out.sort(key=lambda r: -together(r.evidence, scale))
    taken: set[str] = set()
    keep = []
    for r in out:  # one on-page partner per person
        if not taken & set(r.people):
            keep.append(r)
            taken |= set(r.people)
    return keep


HINT_WEIGHT_CANON = 1.0  # weight of HINT evidence toward a KB canon couple's romance
HINT_WEIGHT = 0.0  # ... and toward any other pair's (only their LONGING counts: see decide_relationships)
CANON_SCENES = 2  # sentences naming both (per ~5000 words) that make a KB couple the story's business
CANON_SCENE_ROMANCE = 0.4  # the romance such a couple needs (a plain couple: 1.0)


FRIEND_BOND_ROMANCE = 1.0  # romance a canon friendship (not kin) needs, as a share of a plain pair's


def _kb_kin(fandom: Fandom | None, a: Person | None, b: Person | None) -> bool:
    """Does the KB know the two as kin (a `parent`, or `family: true`: siblings, an uncle)?"""
    if fandom is None or a is None or b is None or a.kb_index is None or b.kb_index is None:
        return False
    rel = fandom.canon_relationship_of_kind((a.kb_index, b.kb_index), "platonic")
    return rel is not None and rel.kin


def _kin(pe: PairEvidence, a: Person, b: Person) -> bool:
    """Family, by the text's kin words or the relations stage: a mother's held hand is no romance."""
    return "family" in " ".join(pe.relation_types) or (pe.family > 0 and _same_family_name(a.name, b.name))


SECOND_PAIRING_DIRECT = 0.75
MIN_PLATONIC_REFS = 3  # a mother named twice in passing is not what a story is about


def _platonic_tag(pe: PairEvidence, a: Person, b: Person, fandom: Fandom | None, canon_plat: bool,
                  scale: float, top_platonic: float) -> RelationshipTag | None:
    """A platonic tag when the bond is named or shown strongly enough (less for a KB canon
    friendship) and is not a small fraction of the story's strongest bond."""
    score = platonic_score(pe, scale)
    # a family word between two people who share a surname ("looked at her daughter") names the
    # bond as surely as a KB canon pairing does
    kin = pe.family - pe.relation_family >= 0.5 and _same_family_name(a.name, b.name)
    need = full_need = (1.5 if canon_plat or kin else 2.0) * scale
    if pe.cooccur >= COMPANION_MIN_COOCCUR * scale and together(pe, scale) >= COMPANION_MIN_TOGETHER:
        # a bond shown at all (a hand on the shoulder, "thanks, kid") between two people who share
        # several scenes: the scenes say what one gesture cannot
        need = min(need, SHOWN_AND_TOGETHER * scale)
    if pe.platonic + pe.family + pe.support + pe.care <= 0 or score < need \
            or score < 0.25 * top_platonic or min(len(a.spans), len(b.spans)) < MIN_PLATONIC_REFS:
        return None
    if pe.cooccur <= 1 and pe.talk <= 0:
        # a bond told about, never shown: "her sister Sofia in Lisbon" — the two never speak to each
        # other and share one sentence at most, so the story is not about them together
        return None
    name, canon = tag_name(a, b, "platonic", fandom)
    conf = min(0.9, 0.3 + 0.08 * score / scale + 0.02 * min(pe.cooccur, 10) + (0.05 if canon else 0.0))
    return RelationshipTag(name, "platonic", (pe.a, pe.b), round(conf, 3), _platonic_spans(pe), pe, canon,
                           "family" if pe.family > pe.platonic else None, weak=score < full_need)


def together(pe: PairEvidence, scale: float = 1.0) -> float:
    """How much of the story two people spend together: sentences that name both, and (at half
    weight, since speaker/addressee links are noisier) the dialogue between them."""
    return (pe.cooccur + 0.5 * pe.talk) / scale


TOP_PEOPLE = 2  # a second central pair must be among this many most-named people
CENTRAL_MIN_TOGETHER = 4.0  # sentences together (+ half the lines between them), per ~5000 words
CENTRAL_MIN_COOCCUR = 2


def central_pair(pairs: dict, by_key: dict[str, Person], fandom: Fandom | None,
                 tagged: set[tuple[str, str]], scale: float,
                 paired: frozenset[str] = frozenset(),
                 among: frozenset[str] | None = None) -> RelationshipTag | None:
    """The pair the story spends most of its time on, when it has no tag yet: an AO3 author tags
    the mentor and the kid in the workshop, the two friends at the kitchen table, even when the
    text never says "friend". Only the single best such pair, only when it clearly shares scenes
    (several sentences naming both), never against romance or a canon couple the story may be
    hinting at (a tag of the wrong kind is worse than none)."""
    best, best_score, best_rank = None, 0.0, (False, 0.0)
    most_named = max((len(p.name_spans) for p in by_key.values()), default=1) or 1
    in_tags = {k for pair in tagged for k in pair}
    for key, pe in pairs.items():
        a, b = by_key.get(pe.a), by_key.get(pe.b)
        if a is None or b is None or key in tagged or tuple(sorted(key)) in tagged:
            continue
        if among is not None and not {pe.a, pe.b} <= among:
            continue
        canon_plat = bool(fandom is not None and a.kb_index is not None and b.kb_index is not None
                          and fandom.canon_relationship_of_kind((a.kb_index, b.kb_index), "platonic"))
        if pe.a in in_tags and pe.b in in_tags and not canon_plat and among is None:
            # both already tagged with others: a brother and his brother's girlfriend (a canon
            # friendship stays a candidate: Holmes and Watson once Watson is engaged)
            continue
        # a KB canon friendship (twins who finish each other's sentences) may show in talk alone
        if pe.cooccur < (1 if canon_plat else CENTRAL_MIN_COOCCUR) or together(pe, scale) < CENTRAL_MIN_TOGETHER:
            continue
        # romance between them rules the pair out, a little less for a KB canon friendship ("his
        # girlfriend" in a sentence naming both brothers is not about the brothers)
        if pe.romance_direct >= (2.0 if canon_plat else 1.0) * scale or pe.breakup or pe.jealous:
            continue
        if fandom is not None and a.kb_index is not None and b.kb_index is not None:
            idx = (a.kb_index, b.kb_index)
            if fandom.canon_relationship_of_kind(idx, "romantic") and not canon_plat and (
                    fandom.on_page_couple(idx) or pe.romance + pe.romance_unnamed + pe.hint + pe.hint_unnamed > 0):
                # a couple the KB knows only as a couple, with a word or a touch between them, may be
                # a hinted romance: no friendship tag of the wrong kind. A pairing only the fans make,
                # written with no romance cue and no touch at all, is a rivalry or a friendship story
                continue
        # between pairs with as much time together, the one of the two most-named people (pronoun
        # links drift toward whoever is nearby; names do not)
        score = together(pe, scale) + platonic_score(pe, scale) \
            + 2.0 * min(len(a.name_spans), len(b.name_spans)) / most_named
        # a pair the narration names together outranks one that rests on talk alone (who speaks to
        # whom is the dialogue stage's guess; a sentence naming both is the text's own word)
        rank = (pe.cooccur >= CENTRAL_MIN_COOCCUR, score)
        if best is None or rank > best_rank:
            best, best_score, best_rank = (a, b, pe), score, rank
    if best is None:
        return None
    a, b, pe = best
    shown = pe.platonic + pe.family + pe.support + pe.care
    # the central pair is already the story's pair by name, so its pronoun-only longing counts in full
    if pe.longing + pe.longing_unnamed >= CENTRAL_HINT * scale and pe.hint >= shown and not _kin(pe, a, b) and not paired & {pe.a, pe.b} and not (
            fandom is not None and a.kb_index is not None and b.kb_index is not None
            and fandom.canon_relationship_of_kind((a.kb_index, b.kb_index), "platonic")):
        # the pair the story is about, with romance shown (a touch held a second too long, a night
        # spent) more than friendship is: a slow burn, not a friendship
        name, canon = tag_name(a, b, "romantic", fandom)
        spans = list(dict.fromkeys(pe.spans["hint"] + pe.spans["romance"]))[:4]
        return RelationshipTag(name, "romantic", (pe.a, pe.b), round(min(0.6, 0.3 + 0.03 * best_score), 3),
                               spans, pe, canon, "the pair the story spends most time on; romance shown, not named")
    name, canon = tag_name(a, b, "platonic", fandom)
    conf = min(0.7, 0.3 + 0.04 * best_score)
    spans = _platonic_spans(pe) or list(dict.fromkeys(pe.spans["together"]))[:4]
    return RelationshipTag(name, "platonic", (pe.a, pe.b), round(conf, 3), spans, pe, canon,
                           "the pair the story spends most time on")


CENTRAL_HINT = 0.4  # longing (LONGING hints) that makes the central pair a couple rather than friends
SHOWN_AND_TOGETHER = 0.8  # platonic score that tags a pair sharing several scenes
COMPANION_MIN_COOCCUR = 2  # sentences naming both (per ~5000 words) for a KB canon friendship
COMPANION_MIN_TOGETHER = 3.0


def canon_companions(pairs: dict, by_key: dict[str, Person], fandom: Fandom | None,
                     tagged: set[tuple[str, str]], scale: float) -> list[RelationshipTag]:
    """KB canon friendships and family bonds (never also a canon couple) that the story keeps
    together — a few sentences naming both, some talk — with no romance between them: Éowyn and
    her brother at the gate, two best friends in the cafeteria. The canon names the bond the text
    takes for granted; a pair the KB also ships is left to the romance rules."""
    if fandom is None:
        return []
    out = []
    for key, pe in pairs.items():
        a, b = by_key.get(pe.a), by_key.get(pe.b)
        if a is None or b is None or a.kb_index is None or b.kb_index is None or tuple(sorted(key)) in tagged:
            continue
        idx = (a.kb_index, b.kb_index)
        if not fandom.canon_relationship_of_kind(idx, "platonic") or fandom.canon_relationship_of_kind(idx, "romantic"):
            continue
        # both may already be tagged with others (Dean and Jack beside Castiel, Finn and Rey beside
        # Finn's couple and Rey's friend): other writers tag each canon bond the story keeps together
        if min(len(a.spans), len(b.spans)) < MIN_PLATONIC_REFS:
            continue
        if pe.cooccur < COMPANION_MIN_COOCCUR * scale or together(pe, scale) < COMPANION_MIN_TOGETHER:
            continue
        if pe.romance_direct >= 1.0 * scale or pe.breakup or pe.jealous:
            continue
        if fandom.canon_relationship_of_kind(idx, "platonic").parent and \
                pe.platonic + pe.family + pe.support + pe.care <= 0:
            continue  # a parent at the stove in the kid's love story: the bond is neither named nor shown
        name, canon = tag_name(a, b, "platonic", fandom)
        conf = min(0.65, 0.3 + 0.04 * (together(pe, scale) + platonic_score(pe, scale)))
        spans = _platonic_spans(pe) or list(dict.fromkeys(pe.spans["together"]))[:4]
        out.append(RelationshipTag(name, "platonic", (pe.a, pe.b), round(conf, 3), spans, pe, canon,
                                   "a canon bond the story keeps together"))
    out.sort(key=lambda r: -together(r.evidence, scale))
    return out


def _platonic_spans(pe: PairEvidence) -> list[Span]:
    return list(dict.fromkeys(pe.spans["platonic"] + pe.spans["family"] + pe.spans["support"]
                              + pe.spans["care"]))[:4]


def platonic_score(pe: PairEvidence, scale: float = 1.0) -> float:
    """How much a story is about a friendship or a family bond: the words that name it (friend,
    sister, rival), what the two do for each other (comfort, standing up for one another), and how
    much of the story they spend together — talking to each other and sharing sentences. The last two
    only add to a bond the text names or shows; alone they are just a scene's cast."""
    named = pe.platonic + pe.family + pe.support + pe.care
    together = min(0.6, 0.15 * pe.talk / scale) + min(0.6, 0.15 * max(0, pe.cooccur - 1) / scale)
    return named + (together if named >= 1.0 else 0.0)


def _same_family_name(a: str, b: str) -> bool:
    """Do two canonical names share a surname ("Jane Bennet", "Mr. Bennet")? Family cues only
    count for such pairs unless the relations stage says they are family."""
    from fabula.tags.kb import strip_disambiguator

    wa, wb = strip_disambiguator(a).split(), strip_disambiguator(b).split()
    return len(wa) > 1 and len(wb) > 1 and wa[-1].lower() == wb[-1].lower()


_ME = {"i", "me", "my", "mine", "myself"}
_WE = {"we", "us", "our", "ours"}
_OBJ_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_SUBJ_PRONOUNS = {"he": "he", "she": "she"}
ROMANCE_VERBS = {"kiss": 1.5, "marry": 1.5, "date": 1.0, "propose": 1.0, "cuddle": 1.0, "snog": 1.5,
                 "seduce": 1.0, "flirt": 0.8}
_ROMANCE_VERB_HASHES = hash_words(ROMANCE_VERBS)


def _tok_range(tt: TokenTable, span: Span) -> tuple[int, int]:
    import bisect

    return bisect.bisect_left(tt.idx, span[0]), bisect.bisect_left(tt.idx, span[1])


def _quote_evidence(tt: TokenTable, analysis: Analysis, by_char: dict[str, str], get) -> None:
    """Romance said to someone's face ("I love you", "marry me", "we should break up"): the
    speaker and addressee of a quote with a cue and "I/me" with "you", or "we", in it (so "Are
    you on a date?" asked by a third person does not count)."""
    recent: list[str] = []  # speakers of the last quotes, for quotes with no addressee
    for q in analysis.quotes:
        a = by_char.get(q.speaker or "")
        if q.speaker:
            recent = [*recent[-3:], q.speaker]
        if not a:
            continue
        addressees = list(q.addressees)
        if not addressees:  # in a two-way exchange the last other speaker is the one spoken to
            addressees = [next((r for r in reversed(recent[:-1]) if r != q.speaker), "")]
        targets = [by_char.get(x) for x in addressees]
        targets = [t for t in targets if t and t != a]
        if not targets:
            continue
        for span in q.spans:
            lo, hi = _tok_range(tt, tuple(span))
            words = set(tt.lower[lo:hi])
            if not ((words & _ME and "you" in words) or words & _WE):
                continue
            cues = _cue_weights(tt, lo, hi)
            if not cues:
                continue
            for b in targets:
                pe = get(a, b)
                for cat, w in cues.items():  # half weight: speaker/addressee links are often wrong
                    setattr(pe, cat, getattr(pe, cat) + 0.5 * w)
                    pe.spans[cat].append(tuple(span))
                pe.romance_direct += 0.5 * cues.get("romance", 0.0)


# what a child calls a parent or grandparent to their face ("Dad, stop", "Night, Mum."): said to
# someone, it names the bond between speaker and listener ("son", "kid", "sis" are said by coaches,
# officers and friends too, so the word must be one only a child uses)
VOCATIVE_KIN = {"dad", "daddy", "mom", "mommy", "mum", "mummy", "mama", "papa", "pa", "ma", "grandma",
                "grandpa", "gran", "granny", "grandad", "granddad", "nana"}
VOCATIVE_KIN_WEIGHT = 1.0


def _vocative_kin_evidence(tt: TokenTable, analysis: Analysis, by_char: dict[str, str], get) -> None:
    """"Dad, listen," said to someone: the speaker is that person's child (or grandchild). Other
    writers show a parent and child by how they talk, not by "her father". Only a quote with one
    listener, the kin word set off by punctuation at a clause's edge (a vocative, not "my dad
    says"), and never the same person twice."""
    recent: list[str] = []
    for q in analysis.quotes:
        speaker = by_char.get(q.speaker or "")
        if q.speaker:
            recent = [*recent[-3:], q.speaker]
        if not speaker:
            continue
        addressees = list(q.addressees) or [next((r for r in reversed(recent[:-1]) if r != q.speaker), "")]
        listeners = [k for k in (by_char.get(x) for x in addressees) if k and k != speaker]
        if len(listeners) != 1:
            continue
        for span in q.spans:
            lo, hi = _tok_range(tt, tuple(span))
            if sum(tt.pos[j] != "PUNCT" for j in range(lo, hi)) < 2:
                continue  # '"Mummy," Mycroft said': a name announced, not someone spoken to
            for i in range(lo, hi):
                if tt.lower[i] not in VOCATIVE_KIN:
                    continue
                before = tt.lower[i - 1] if i - 1 >= lo else ""
                after = tt.lower[i + 1] if i + 1 < hi else ""
                edge_before = i == lo or before in (",", '"', "oh", "hi", "hey", "night", "morning", "bye")
                edge_after = i + 1 >= hi or after in (",", ".", "!", "?", '"', "...", "—", ";")
                if not (edge_before and edge_after) or tt.dep[i] == "poss":
                    continue
                pe = get(speaker, listeners[0])
                pe.family += VOCATIVE_KIN_WEIGHT
                if "family" not in pe.relation_types:
                    pe.relation_types.append("family")
                pe.spans["family"].append(tuple(span))
                break


# the parts two people touch with when a story shows a couple without naming it: "his thumb moved
# over Kirishima's knuckles", "her fingers found his"
HAND_PARTS = {"hand", "hands", "finger", "fingers", "thumb", "knuckle", "knuckles", "palm", "wrist"}
_STANDALONE_POSS = {"his": "he", "hers": "she", "mine": "i"}
TOUCH_WEIGHT = 0.5


def _touch_evidence(tt: TokenTable, people: list[Person], get) -> None:
    """Two people's hands in one sentence ("Bakugou's thumb moved over Kirishima's knuckles", "her
    hand found his"): a touch, read from who owns the hands rather than from a list of phrases. It is
    a hint like the others (held hands are also a parent's or a friend's): it counts only toward a
    couple the KB knows only as a couple, never between family."""
    at: dict[int, str] = {s: p.key for p in people for s, _ in p.spans}
    for k, (lo, hi) in enumerate(tt.sents):
        owners: list[str] = []
        for i in range(lo, hi):
            low = tt.lower[i]
            if low in HAND_PARTS or tt.lemma[i] in HAND_PARTS:
                for c in tt.children(i, lo, hi):
                    if tt.dep[c] == "poss" and at.get(tt.idx[c]):
                        owners.append(at[tt.idx[c]])
            elif low in _STANDALONE_POSS and tt.dep[i] in ("dobj", "pobj", "conj", "nsubj") and owners \
                    and at.get(tt.idx[i]):
                owners.append(at[tt.idx[i]])  # "found his": the second hand is his
        who = list(dict.fromkeys(owners))
        if len(who) != 2:
            continue
        pe = get(*who)
        pe.hint += TOUCH_WEIGHT
        pe.spans["hint"].append(tt.sent_chars(k))


FEELING_VERBS = {"like", "love", "fancy", "adore"}
REPORTED_WEIGHT = 1.0  # "He likes you," she said: a friend telling someone who loves them


def _reported_feelings(tt: TokenTable, analysis: Analysis, people: list[Person], by_char: dict[str, str],
                       get) -> None:
    """A third person tells someone of another's feelings: "He likes you," "She's in love with
    you." Other writers hand a couple's romance to the friend who sees it. The feeling is between
    the one spoken to and the one the quote's he/she is: the cast's link for the pronoun, else the
    last person of that gender named before the quote who is neither speaker nor listener."""
    at: dict[int, str] = {s: p.key for p in people for s, _ in p.spans}
    gender_of = {p.key: p.gender for p in people}
    named = sorted((s, p.key) for p in people for s, _ in p.name_spans)
    recent: list[str] = []
    for q in analysis.quotes:
        speaker = by_char.get(q.speaker or "")
        if q.speaker:
            recent = [*recent[-3:], q.speaker]
        addressees = list(q.addressees) or [next((r for r in reversed(recent[:-1]) if r != q.speaker), "")]
        listeners = [k for k in (by_char.get(x) for x in addressees) if k and k != speaker]
        if len(listeners) != 1:
            continue
        listener = listeners[0]
        for span in q.spans:
            lo, hi = _tok_range(tt, tuple(span))
            for i in range(lo, hi):
                if tt.lemma[i] not in FEELING_VERBS or tt.pos[i] != "VERB":
                    continue
                kids = tt.children(i, lo, hi)
                objs = [c for c in kids if tt.dep[c] == "dobj" and tt.lower[c] == "you"]
                subj = [c for c in kids if tt.dep[c] == "nsubj" and tt.lower[c] in _SUBJ_PRONOUNS]
                if not objs or not subj or any(tt.dep[c] == "neg" for c in kids):
                    continue
                other = at.get(tt.idx[subj[0]])
                if other in (None, speaker, listener):
                    other = _last_named_except(named, span[0], _SUBJ_PRONOUNS[tt.lower[subj[0]]], gender_of,
                                               {speaker, listener})
                if other is None:
                    continue
                pe = get(listener, other)
                pe.romance += REPORTED_WEIGHT
                pe.romance_direct += REPORTED_WEIGHT
                pe.spans["romance"].append(tuple(span))


def _last_named_except(named: list[tuple[int, str]], at: int, want: str, gender_of: dict[str, str],
                       skip: set) -> str | None:
    j = bisect.bisect_left(named, (at, "")) - 1
    while j >= 0 and at - named[j][0] < 1500:
        key = named[j][1]
        if key not in skip and gender_of.get(key) == want:
            return key
        j -= 1
    return None


def _verb_evidence(tt: TokenTable, sents: list[SentenceCues], people: list[Person], get) -> None:
    """Who kisses (marries, dates) whom: the subject and object of a romantic verb. An object
    pronoun the cast left unresolved goes to the last person named before it who is not the
    subject (and whose KB gender fits), which is how a reader takes "John kissed him"."""
    import bisect

    at: dict[int, str] = {}
    named: list[tuple[int, str]] = []
    gender: dict[str, str] = {}
    for p in people:
        for s, _ in p.spans:
            at[s] = p.key
        for s, _ in p.name_spans:
            named.append((s, p.key))
        gender[p.key] = getattr(p, "gender", "unknown")
    named.sort()
    starts = [s for s, _ in named]
    sent_starts = [a for a, _ in tt.sents]
    for i, h in enumerate(tt.lemma.hashes):
        if h not in _ROMANCE_VERB_HASHES or tt.pos[i] != "VERB":
            continue
        k = bisect.bisect_right(sent_starts, i) - 1
        lo, hi = tt.sents[k]
        kids = tt.children(i, lo, hi)
        subj = [c for c in kids if tt.dep[c] == "nsubj"]
        if not subj and tt.dep[i] == "conj":  # "John crossed the room and kissed him"
            subj = [c for c in tt.children(tt.head[i], lo, hi) if tt.dep[c] == "nsubj"]
        obj = [c for c in kids if tt.dep[c] == "dobj"]
        if not subj or not obj:
            continue
        a = at.get(tt.idx[subj[0]])
        o = obj[0]
        part = 1.0
        if tt.lemma[o] in KISSED_PARTS:  # "kissed her cheek", "kissed the top of her head"
            part = KISSED_PARTS[tt.lemma[o]]
            owner = _possessor(tt, o, lo, hi)
            if owner is None:
                continue
            if tt.lemma[o] in _PART_OF:  # "the top of her head", "the back of her neck"
                inner = _possessor_noun(tt, o, lo, hi)
                part = KISSED_PARTS.get(tt.lemma[inner], 0.3) if inner is not None else 0.3
            o = owner
        b = at.get(tt.idx[o])
        if b == a:
            b = None  # nobody kisses themselves: the cast's pronoun link is wrong here

        def last_named(tok: int, want: str, other: str | None) -> str | None:
            # the nearest person named before of that gender; of unknown gender only if none fits;
            # failing both, the story's one person of that gender ("He kissed me," on the first line
            # of a story whose only man is named later)
            fallback = None
            j = bisect.bisect_left(starts, tt.idx[tok]) - 1
            while j >= 0 and tt.idx[tok] - starts[j] < 2000:
                cand = named[j][1]
                if cand != other and gender.get(cand, "unknown") == want:
                    return cand
                if cand != other and fallback is None and gender.get(cand, "unknown") == "unknown":
                    fallback = cand
                j -= 1
            if fallback is None:
                only = [k for k, g in gender.items() if g == want and k != other]
                fallback = only[0] if len(only) == 1 else None
            return fallback

        if not a and not b and tt.lower[subj[0]] in _SUBJ_PRONOUNS and tt.lower[o] in _OBJ_PRONOUNS:
            # "She kissed him first" with neither pronoun linked: the last two people named, by gender
            a = last_named(subj[0], _SUBJ_PRONOUNS[tt.lower[subj[0]]], None)
        if not a and b and tt.lower[subj[0]] in _SUBJ_PRONOUNS:
            # "She kissed Tony on the temple" when the cast never linked "she" (a KB character the
            # cast stage missed): the last person named before it of that gender
            a = last_named(subj[0], _SUBJ_PRONOUNS[tt.lower[subj[0]]], b)
        if a and not b and tt.lower[o] in _OBJ_PRONOUNS:
            b = last_named(o, _OBJ_PRONOUNS[tt.lower[o]], a)
        if (not a or not b) and tt.lower[subj[0]] in _SUBJ_PRONOUNS and tt.lower[o] in _OBJ_PRONOUNS:
            # "She kissed him first" when the cast's links give nobody, or one person twice, and
            # genders do not settle it: the last two different people named before it
            j = bisect.bisect_left(starts, tt.idx[i]) - 1
            seen: list[str] = []
            while j >= 0 and tt.idx[i] - starts[j] < 2000 and len(seen) < 2:
                if named[j][1] not in seen:
                    seen.append(named[j][1])
                j -= 1
            if len(seen) == 2:
                a, b = seen
        if a and b and a != b:
            w = ROMANCE_VERBS[tt.lemma[i]] * part
            pe = get(a, b)
            pe.romance += w
            if part >= 0.5:
                pe.romance_direct += w
            pe.spans["romance"].append(tt.sent_chars(k))


MIN_FAMILY_LINK = 0.5  # relations-stage family links weaker than this count only within one surname
ROLE_NOUN_WEIGHT = 1.0  # "his wife" names a couple as plainly as "they were married"


def _role_noun_evidence(tt: TokenTable, people: list[Person], fandom: Fandom | None, get) -> None:
    """"Darcy found his wife in the library", "'Come home,' said his wife", "My wife, who understood
    me": a partner named by the owner's role noun, not by name. Other writers name a couple this
    way far more than with "love". The owner is the possessor; the partner is whoever the cast
    linked the noun phrase to, else (in a KB fandom) the owner's one on-page canon partner among the
    story's people. Never the owner themself, never a guess between two candidates."""
    starts: dict[int, list[str]] = defaultdict(list)  # token start -> people with a span starting there
    covering: list[tuple[int, int, str]] = []
    for p in people:
        for s, e in p.spans:
            starts[s].append(p.key)
            covering.append((s, e, p.key))
    covering.sort()
    cov_starts = [s for s, _, _ in covering]
    by_kb = {p.kb_index: p.key for p in people if p.kb_index is not None}
    kb_of = {p.key: p.kb_index for p in people}
    gender_of = {p.key: p.gender for p in people}
    named = sorted((s, p.key) for p in people for s, _ in p.name_spans)
    sent_starts = [a for a, _ in tt.sents]
    for i, h in enumerate(tt.lemma.hashes):
        if h not in _ROLE_HASHES:
            continue
        k = bisect.bisect_right(sent_starts, i) - 1
        lo, hi = tt.sents[k]
        poss = [c for c in tt.children(i, lo, hi) if tt.dep[c] == "poss"]
        if not poss:
            continue
        at = tt.idx[poss[0]]
        owners = [key for key in starts.get(at, [])
                  if any(s == at and e == at + tt.length[poss[0]] for s, e in _spans_of(people, key, at))]
        if not owners:  # "Mr. Darcy's wife": the name's span starts before its head word
            j = bisect.bisect_right(cov_starts, at) - 1
            owners = list({key for s, e, key in covering[max(0, j - 3):j + 1] if s <= at < e})
        want = _POSS_GENDER.get(tt.lower[poss[0]])
        if want:
            # "Darcy found his wife": a possessive pronoun in a clause is its subject's, whatever
            # the cast's link says; "said his wife" (no other subject): the last man named before
            subj = _clause_subject(tt, i, lo, hi)
            key = _person_at(starts, tt, subj) if subj is not None else None
            if key is not None and gender_of.get(key) == want:
                owners = [key]
            elif not owners:
                key = _last_named_of(named, tt.idx[i], want, gender_of)
                owners = [key] if key else []
        if len(owners) != 1:
            continue
        owner = owners[0]
        noun = tt.idx[i]
        j = bisect.bisect_right(cov_starts, noun) - 1
        partners = set()
        while j >= 0 and noun - cov_starts[j] < 60:
            s, e, key = covering[j]
            if s <= noun < e and key != owner:
                partners.add(key)
            j -= 1
        if not partners and fandom is not None and kb_of.get(owner) is not None:
            partners = {by_kb[x] for x in _on_page_partners(fandom, kb_of[owner]) if x in by_kb} - {owner}
        if len(partners) != 1:
            continue
        pe = get(owner, partners.pop())
        pe.romance += ROLE_NOUN_WEIGHT
        pe.romance_direct += ROLE_NOUN_WEIGHT
        pe.spans["romance"].append(tt.sent_chars(k))


_POSS_GENDER = {"his": "he", "her": "she"}


def _clause_subject(tt: TokenTable, i: int, lo: int, hi: int) -> int | None:
    """The nominal subject of the clause a token sits in (walking up its heads)."""
    j, steps = i, 0
    while steps < 10:
        subj = [c for c in tt.children(j, lo, hi) if tt.dep[c] in ("nsubj", "nsubjpass") and c != i]
        if subj and tt.pos[j] in ("VERB", "AUX"):
            return subj[0]
        if tt.head[j] == j:
            return None
        j, steps = tt.head[j], steps + 1
    return None


def _person_at(starts: dict[int, list[str]], tt: TokenTable, tok: int) -> str | None:
    keys = starts.get(tt.idx[tok], [])
    return keys[0] if len(keys) == 1 else None


def _last_named_of(named: list[tuple[int, str]], at: int, want: str, gender_of: dict[str, str]) -> str | None:
    """The last person named (within ~600 characters) before an offset, if of the wanted gender."""
    j = bisect.bisect_left(named, (at, "")) - 1
    while j >= 0 and at - named[j][0] < 600:
        if gender_of.get(named[j][1]) == want:
            return named[j][1]
        j -= 1
    return None


def _spans_of(people: list[Person], key: str, at: int) -> list[Span]:
    p = next(p for p in people if p.key == key)
    return [sp for sp in p.spans if sp[0] == at]


def _on_page_partners(fandom: Fandom, idx: int) -> list[int]:
    return [j for rel, pair in fandom.relationships if rel.kind == "romantic" and rel.on_page and idx in pair
            for j in pair if j != idx]


_ROLE_HASHES = hash_words(ROLE_NOUNS)

# a kiss on the lips is romance; on the cheek or hand often is; on the top of the head or the hair
# is as often a parent's or an old friend's
KISSED_PARTS = {"lip": 1.0, "lips": 1.0, "mouth": 1.0, "neck": 1.0, "cheek": 0.5, "temple": 0.5, "hand": 0.5,
                "knuckle": 0.5, "jaw": 0.5, "forehead": 0.3, "brow": 0.3, "head": 0.3, "hair": 0.3, "top": 0.3,
                "back": 0.3, "side": 0.3, "corner": 0.3}
_PART_OF = {"top", "back", "side", "corner"}  # weigh as the part they are of


def _possessor(tt: TokenTable, o: int, lo: int, hi: int) -> int | None:
    """The person whose body part a token is: "her cheek" → her; "the top of her head" → her."""
    for c in tt.children(o, lo, hi):
        if tt.dep[c] == "poss":
            return c
    inner = _possessor_noun(tt, o, lo, hi)
    if inner is not None:
        return _possessor(tt, inner, lo, hi)
    return None


def _possessor_noun(tt: TokenTable, o: int, lo: int, hi: int) -> int | None:
    for c in tt.children(o, lo, hi):
        if tt.dep[c] == "prep" and tt.lower[c] == "of":
            for g in tt.children(c, lo, hi):
                if tt.dep[g] == "pobj":
                    return g
    return None


def solo_breakups(tt: TokenTable, sents: list[SentenceCues], analysis: Analysis,
                  people: list[Person]) -> dict[str, list[Span]]:
    """Break-up cues that involve one person only ("We should break up," he said; "since the
    breakup, I..."), by person: a break-up is about that person's own romantic relationship."""
    out: dict[str, list[Span]] = defaultdict(list)
    for sc in sents:
        if sc.cues.get("breakup") and len(sc.people) == 1:
            out[next(iter(sc.people))].append((sc.start, sc.end))
    by_char = {cid: p.key for p in people for cid in p.char_ids}
    for q in analysis.quotes:
        a = by_char.get(q.speaker or "")
        if not a:
            continue
        for span in q.spans:
            lo, hi = _tok_range(tt, tuple(span))
            if _cue_weights(tt, lo, hi).get("breakup"):
                out[a].append(tuple(span))
    return out


def attribute_solo_breakups(rels: list[RelationshipTag], solo: dict[str, list[Span]]) -> None:
    """Credit a person's one-sided break-up cues to their only romantic relationship."""
    romantic = [r for r in rels if r.kind == "romantic"]
    for key, spans in solo.items():
        mine = [r for r in romantic if key in r.people]
        if len(mine) != 1:
            continue
        r = mine[0]
        known = set(r.evidence.spans["breakup"])
        new = [s for s in spans if s not in known]
        if new:
            r.evidence.breakup += 1.0 * len(new)
            r.evidence.spans["breakup"].extend(new)
            if r.evidence.breakup >= 1.0 and not (r.note or "").count("break up"):
                r.note = "; ".join(x for x in (r.note, "past: they break up") if x)
