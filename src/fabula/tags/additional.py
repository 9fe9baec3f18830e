"""Additional tags and archive-warning hints derived from the analysis.

Each rule reads the layer that knows best when it has run (narrator sections and scenes for the
narrative mode and POVs, ``analysis.flashbacks`` for flashbacks, relationship states for arcs)
and falls back to cheap text signals otherwise (pronoun rates, "Flashback" marker lines, cue
words, the VADER lexicon's word valences). Every tag carries the passages that triggered it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from fabula.model import Analysis, Span
from fabula.tags.people import Person
from fabula.tags.relationships import RelationshipTag, SentenceCues
from fabula.tags.tokens import TokenTable, hash_words

SAD = {"cry", "cried", "crying", "tear", "tears", "sob", "sobbed", "grief", "grieve", "hurt", "pain",
       "guilt", "guilty", "broken", "heartbreak", "heartbroken", "devastated", "miserable", "lonely",
       "despair", "mourn", "ache", "sorrow", "weep", "wept", "regret", "numb", "empty", "alone"}
COMFORT = {"comfort", "comforted", "comforting", "hug", "hugged", "hugs", "hugging", "consoling", "soothing", "soothe", "soothed", "reassure",
           "reassured", "console", "consoled", "rub", "rubbed", "rubbing", "shh", "cradle", "cradled", "embrace",
           "embraced"}
SWEET = {"smile", "smiled", "laugh", "laughed", "giggle", "giggled", "grin", "grinned", "cuddle", "cuddled",
         "blush", "blushed", "warm", "soft", "happy", "sweet", "adorable", "cozy", "cosy", "kiss", "kissed",
         "snuggle", "beam", "beamed", "delighted"}
VIOLENCE = {"blood", "bloody", "bleed", "bleeding", "stab", "stabbed", "knife", "gun", "shot", "shoot",
            "punch", "punched", "beat", "kick", "kicked", "wound", "wounded", "corpse", "gore", "bruise",
            "bruised", "choke", "choked", "strangle", "slash", "slashed", "sword", "bone", "scream", "torture",
            "murder", "kill", "killed", "broke", "snap", "snapped", "skull", "throat"}
DEATH_VERBS = {"die", "kill", "murder", "execute", "slay"}
DEATH_NOUNS = {"death", "funeral", "grave", "corpse", "body", "murder"}
MIN_FLASHBACK_WORDS = 120
_DEATH_HASHES = hash_words(DEATH_VERBS | DEATH_NOUNS | {"dead"})


@lru_cache(maxsize=1)
def _valence() -> dict[str, float]:
    """VADER's word valences (MIT, shipped with vaderSentiment): a dict lookup per word is far
    cheaper than running the sentence-level analyser, and enough for a whole-story tone."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    return dict(SentimentIntensityAnalyzer().lexicon)


@dataclass
class AddTag:
    type: str  # additional | warning
    name: str
    confidence: float
    spans: list[Span] = field(default_factory=list)
    note: str | None = None


def _sentence_valences(tt: TokenTable) -> list[tuple[int, int, float, int, int, int]]:
    """(start, end, mean valence, sad words, comfort words, sweet words) per sentence, summed
    with numpy over the sentence boundaries (one Python pass over the words, none per sentence)."""
    import numpy as np

    if not tt.sents:
        return []
    lex = _valence()
    lower = tt.lower
    vals = np.array([lex.get(w, 0.0) for w in lower], dtype=float)
    has = np.array([w in lex for w in lower], dtype=float)
    sad = np.array([w in SAD for w in lower], dtype=float)
    comfort = np.array([w in COMFORT for w in lower], dtype=float)
    sweet = np.array([w in SWEET for w in lower], dtype=float)
    starts = np.array([a for a, _ in tt.sents])
    sums = [np.add.reduceat(x, starts) for x in (vals, has, sad, comfort, sweet)]
    out = []
    for k in range(len(tt.sents)):
        s, e = tt.sent_chars(k)
        n = sums[1][k]
        out.append((s, e, float(sums[0][k] / n / 4.0) if n else 0.0, int(sums[2][k]), int(sums[3][k]),
                    int(sums[4][k])))
    return out


def narrative_tags(person: int | None, confidence: float, note: str) -> list[AddTag]:
    if person == 1:
        return [AddTag("additional", "First Person", confidence, note=note)]
    if person == 2:
        return [AddTag("additional", "Second Person", confidence, note=note)]
    return []


def reader_tags(analysis: Analysis) -> list[AddTag]:
    """AO3's "Reader-Insert" for a story about the reader: the cast's "Reader" (a second-person
    narration's "you", or the "Y/N" blank standing for the reader's name)."""
    from fabula.cast.stage import READER

    reader = next((c for c in analysis.characters if c.name == READER), None)
    if reader is None:
        return []
    spans = [tuple(m.span) for m in reader.mentions[:3]]
    return [AddTag("additional", "Reader-Insert", 0.8, spans=spans,
                   note="the story is told to or about the reader ('you', 'Y/N')")]


def structure_tags(story, analysis: Analysis, people: list[Person]) -> list[AddTag]:
    out: list[AddTag] = []
    # AO3's "Flashbacks" means told-in-the-past passages, not a remembered sentence: an explicit
    # marker or a stretch of at least MIN_FLASHBACK_WORDS words
    real = [f for f in analysis.flashbacks if f.kind == "analepsis" and (
        f.explicit or len(story.text[f.span[0]:f.span[1]].split()) >= MIN_FLASHBACK_WORDS)]
    if real:
        spans = [tuple(f.span) for f in real][:3]
        conf = max((f.confidence for f in real), default=0.5) or 0.6
        out.append(AddTag("additional", "Flashbacks", round(min(0.95, conf), 3), spans,
                          f"{len(real)} flashback(s) found by the structure stage"))
    elif not analysis.flashbacks:
        markers = []
        for p in story.paragraphs:
            t = story.paragraph_text(p)
            if "flashback" in t.lower() and (p.kind != "text" or len(t.split()) <= 8):
                markers.append(tuple(p.span))
        if markers:
            out.append(AddTag("additional", "Flashbacks", 0.8, markers[:3], "flashback marker lines"))
    # first-person narrators, and focal characters of sections a POV header opens; a third-person
    # scene's focal character changes too often to mean "Multiple Points of View"
    povs = {sec.character for sec in analysis.narrator if sec.character and sec.person == 1}
    povs |= {sc.pov for sc in analysis.scenes if sc.pov and (sc.person == 1 or sc.boundary == "pov_header")}
    note = "narrator/scene POVs"
    if len(povs) < 2:
        heads = [p for p in story.paragraphs if p.kind == "pov_header"]
        named = set()
        for h in heads:
            for person in people:
                if any(h.span[0] <= s < h.span[1] for s, _ in person.name_spans):
                    named.add(person.key)
        if len(named) >= 2:
            povs = named
            note = "POV headers name different characters"
    if len(povs) >= 2:
        out.append(AddTag("additional", "Multiple Points of View", 0.8, [], f"{len(povs)} {note}"))
    return out


def arc_tags(rels: list[RelationshipTag], sents: list[SentenceCues], text_len: int) -> list[AddTag]:
    out: list[AddTag] = []
    romantic = [r for r in rels if r.kind == "romantic"]
    for r in romantic:
        pe = r.evidence
        if pe.breakup >= 1.0:
            out.append(AddTag("additional", "Break Up", round(min(0.9, 0.5 + 0.15 * pe.breakup), 3),
                              pe.spans["breakup"][:3], f"{r.name}"))
            if pe.reconcile >= 1.0:
                out.append(AddTag("additional", "Getting Back Together", round(min(0.8, 0.35 + 0.15 * pe.reconcile), 3),
                                  pe.spans["reconcile"][:3], f"{r.name}: wanting or getting back together"))
        elif pe.first_romance is not None and pe.first_romance < 0.25 * text_len and (
                pe.first_platonic is None or pe.first_platonic >= pe.first_romance):
            out.append(AddTag("additional", "Established Relationship", 0.55, pe.spans["romance"][:2],
                              f"{r.name} are together from the start"))
        if (pe.first_platonic is not None and pe.first_romance is not None
                and pe.first_platonic < pe.first_romance and pe.platonic >= 1.0 and pe.breakup < 1.0):
            out.append(AddTag("additional", "Friends to Lovers", 0.5,
                              [*pe.spans["platonic"][:1], *pe.spans["romance"][:1]], r.name))
        if pe.jealous >= 1.0:
            out.append(AddTag("additional", "Jealousy", round(min(0.85, 0.5 + 0.15 * pe.jealous), 3),
                              pe.spans["jealous"][:3], r.name))
    # dedupe by name, keeping the most confident
    best: dict[str, AddTag] = {}
    for t in out:
        if t.name not in best or t.confidence > best[t.name].confidence:
            best[t.name] = t
    return list(best.values())


def tone_tags(tt: TokenTable, words: int) -> list[AddTag]:
    sv = _sentence_valences(tt)
    if not sv:
        return []
    per_k = 1000.0 / max(words, 1)
    sad = sum(s[3] for s in sv) * per_k
    comfort = sum(s[4] for s in sv) * per_k
    sweet = sum(s[5] for s in sv) * per_k
    neg = [s for s in sv if s[2] < -0.1]
    pos = [s for s in sv if s[2] > 0.1]
    neg_share = len(neg) / len(sv)
    pos_share = len(pos) / len(sv)
    out: list[AddTag] = []
    saddest = [tuple(s[:2]) for s in sorted(sv, key=lambda s: (-s[3], s[2]))[:3] if s[3] or s[2] < 0]
    angst = sad >= 6 or (neg_share >= 0.3 and sad >= 3)
    if angst:
        out.append(AddTag("additional", "Angst", round(min(0.9, 0.4 + sad / 40 + neg_share / 2), 3), saddest,
                          f"{sad:.0f} sad words per 1000, {neg_share:.0%} negative sentences"))
    if sad >= 3 and comfort >= 3:
        comforting = [tuple(s[:2]) for s in sorted(sv, key=lambda s: -s[4])[:3] if s[4]]
        out.append(AddTag("additional", "Hurt/Comfort", round(min(0.85, 0.35 + (sad + comfort) / 60), 3),
                          comforting, f"hurt {sad:.0f}/1000 words and comfort {comfort:.0f}/1000 words"))
    if not angst and sweet >= 6 and pos_share >= 0.25 and neg_share < 0.2:
        sweetest = [tuple(s[:2]) for s in sorted(sv, key=lambda s: -s[5])[:3] if s[5]]
        out.append(AddTag("additional", "Fluff", round(min(0.85, 0.4 + sweet / 60 + pos_share / 3), 3), sweetest,
                          f"{sweet:.0f} affectionate words per 1000, {pos_share:.0%} positive sentences"))
    tail = sv[-max(3, len(sv) // 8):]
    end_val = sum(s[2] for s in tail) / len(tail)
    body_val = sum(s[2] for s in sv) / len(sv)
    ends = [tuple(s[:2]) for s in tail[-2:]]
    tail_sad = sum(s[3] for s in tail)
    if end_val >= 0.12 and tail_sad == 0 and (angst or neg_share >= 0.15 or end_val > body_val):
        out.append(AddTag("additional", "Happy Ending", round(min(0.8, 0.4 + end_val), 3), ends,
                          f"the last sentences read positive ({end_val:+.2f})"))
    elif end_val <= -0.12:
        out.append(AddTag("additional", "Sad Ending", round(min(0.8, 0.4 - end_val), 3), ends,
                          f"the last sentences read negative ({end_val:+.2f})"))
    return out


def warning_tags(tt: TokenTable, words: int, people: list[Person]) -> list[AddTag]:
    """Archive-warning *hints*: the author decides; fabula shows the passages that suggest one."""
    out: list[AddTag] = []
    violent = []
    lower, lemma, pos, dep, head = tt.lower, tt.lemma, tt.pos, tt.dep, tt.head
    for k, (lo, hi) in enumerate(tt.sents):
        n = sum(1 for i in range(lo, hi) if lower[i] in VIOLENCE)
        if n >= 2:
            violent.append((*tt.sent_chars(k), n))
    density = sum(v[2] for v in violent) * 1000.0 / max(words, 1)
    if len(violent) >= 3 and density >= 6:
        spans = [(s, e) for s, e, _ in sorted(violent, key=lambda v: -v[2])[:4]]
        out.append(AddTag("warning", "Graphic Depictions Of Violence", round(min(0.8, 0.3 + density / 40), 3),
                          spans, f"{len(violent)} violent passages ({density:.0f} violent words per 1000)"))
    named = sorted((s, e, i) for i, p in enumerate(people) for s, e in p.name_spans)
    named_starts = [s for s, _, _ in named]

    def person_at(pos: int) -> Person | None:
        """The person whose name covers ``pos`` ("Barton" in "Clint Barton died")."""
        j = bisect.bisect_right(named_starts, pos) - 1
        return people[named[j][2]] if j >= 0 and named[j][0] <= pos < named[j][1] else None

    deaths = []
    wanted = _DEATH_HASHES
    cand = [i for i, h in enumerate(lemma.hashes) if h in wanted]
    sent_starts = [a for a, _ in tt.sents]
    for i in cand:
        k = bisect.bisect_right(sent_starts, i) - 1
        lo, hi = tt.sents[k]
        lem = lemma[i]
        kids = tt.children(i, lo, hi)
        victim: list[int] = []
        if lem in DEATH_VERBS and pos[i] == "VERB":
            if tt.tag[i] not in ("VBD", "VBN"):
                continue  # "will die", "dying an old maid": not a death that happens
            if lem == "die":
                victim = [c for c in kids if dep[c] in ("nsubj", "nsubjpass")]
            else:
                subj = [c for c in kids if dep[c] == "nsubj"]
                if subj and lower[subj[0]] in {"it", "this", "that"}:
                    continue
                victim = [c for c in kids if dep[c] in ("dobj", "nsubjpass")]
        elif lem == "dead" and pos[i] == "ADJ" and lemma[head[i]] == "be" and tt.tag[head[i]] in ("VBD", "VBZ", "VBP"):
            victim = [c for c in tt.children(head[i], lo, hi) if dep[c] == "nsubj"]
        elif lem in DEATH_NOUNS and pos[i] == "NOUN":
            victim = [c for c in kids if dep[c] == "poss"]
        person = person_at(tt.idx[victim[0]]) if victim else None
        if person is not None:
            deaths.append((person, tt.sent_chars(k)))
    if deaths:
        who = list(dict.fromkeys(p.name for p, _ in deaths))
        imp = max(p.importance for p, _ in deaths)
        conf = min(0.8, 0.35 + 0.05 * len(deaths) + 0.02 * min(imp, 10))
        out.append(AddTag("warning", "Major Character Death", round(conf, 3), [s for _, s in deaths][:4],
                          f"death of {', '.join(who)}"))
    return out
