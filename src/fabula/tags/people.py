"""The people a work's tags can name, with every place the text refers to them.

A :class:`Person` is one taggable character: a KB character (canonical name) when the fandom is
known, otherwise a cast character under its own name. Its spans gather the KB names found in the
text, all of the cast's mentions (pronouns included, when the cast resolved them) and, for a
first-person narrator, the narration's "I/me/my" — so a sentence like "Eli and I broke up"
involves both people.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from fabula.model import Analysis, Span
from fabula.tags.fandom import CastUnit
from fabula.tags.kb import Fandom, norm
from fabula.tags.merge import kb_character_of
from fabula.tags.scan import NameHit
from fabula.tags.tokens import TokenTable

FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
SECOND_PERSON = {"you", "your", "yours", "yourself"}
THIRD_PERSON = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
MIN_ORIGINAL_MENTIONS = 3  # a named non-KB person needs this many name mentions to be tagged
MIN_CARRIED_MENTIONS = 5  # ...or one name and this many references in all (original works)


@dataclass
class Person:
    key: str
    name: str
    kb_index: int | None = None
    char_ids: set[str] = field(default_factory=set)
    spans: list[Span] = field(default_factory=list)  # every reference (names, pronouns, narrator)
    name_spans: list[Span] = field(default_factory=list)  # names only (evidence, importance)
    original: bool = False  # named in the text but not in the KB of the detected fandom
    narrator: bool = False
    gender: str = "unknown"  # he | she | they | unknown (KB, else the cast)

    @property
    def importance(self) -> int:
        return len(self.name_spans) + len(self.spans) // 4


class QuoteRegions:
    """Where the characters speak: quote spans from the dialogue stage, or straight-quote pairs
    within each paragraph when there are none yet."""

    def __init__(self, story, analysis: Analysis):
        spans: list[Span] = []
        for q in analysis.quotes:
            spans.extend(tuple(s) for s in q.spans)
        if not spans:
            text = story.text
            for p in story.paragraphs:
                if p.kind != "text":
                    continue
                s, e = p.span
                open_at = None
                i = text.find('"', s, e)
                while i != -1:
                    if open_at is None:
                        open_at = i
                    else:
                        spans.append((open_at, i + 1))
                        open_at = None
                    i = text.find('"', i + 1, e)
                if open_at is not None:  # an unclosed quote runs to the paragraph end
                    spans.append((open_at, e))
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.spans = spans

    def inside(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]


def pronoun_counts(table: TokenTable, quotes: QuoteRegions) -> Counter:
    """First/second/third-person pronouns in the narration (outside quotes)."""
    c: Counter = Counter()
    for low, idx in zip(table.lower, table.idx, strict=True):
        if low in FIRST_PERSON:
            k = 1
        elif low in SECOND_PERSON:
            k = 2
        elif low in THIRD_PERSON:
            k = 3
        else:
            continue
        if not quotes.inside(idx):
            c[k] += 1
    return c


def narrative_person(analysis: Analysis, counts: Counter, words: int) -> tuple[int | None, float, str]:
    """1, 2 or 3 with a confidence: the structure/cast layers' verdict when they give one, else
    the narration's pronoun rates (first-person narration has "I" outside quotes every few
    sentences; third-person narration almost never)."""
    weights: Counter = Counter()
    for sec in analysis.narrator:
        if sec.person:
            weights[sec.person] += max(1, sec.span[1] - sec.span[0])
    if not weights:
        for sc in analysis.scenes:
            if sc.person:
                weights[sc.person] += max(1, sc.span[1] - sc.span[0])
    if weights:
        person, w = weights.most_common(1)[0]
        return person, round(min(0.95, 0.5 + 0.45 * w / sum(weights.values())), 3), "narrator/scene layer"
    per_k = 1000.0 / max(words, 1)
    r1, r2, r3 = counts[1] * per_k, counts[2] * per_k, counts[3] * per_k
    if r2 >= 12 and r2 > r1 and r2 > 0.5 * r3:
        return 2, round(min(0.9, 0.4 + r2 / 60), 3), f"'you' in narration {r2:.0f}/1000 words"
    if r1 >= 12:
        return 1, round(min(0.9, 0.4 + r1 / 60), 3), f"'I/me/my' in narration {r1:.0f}/1000 words"
    return 3, 0.5, "third-person pronouns dominate the narration"


def narrator_ids(analysis: Analysis) -> list[str]:
    """Character ids of first-person narrators, longest-narrating first."""
    c: Counter = Counter()
    for sec in analysis.narrator:
        if sec.character and (sec.person in (None, 1)):
            c[sec.character] += max(1, sec.span[1] - sec.span[0])
    for sc in analysis.scenes:
        if sc.pov and sc.person == 1:
            c[sc.pov] += max(1, sc.span[1] - sc.span[0])
    return [cid for cid, _ in c.most_common()]


_SELF_NAMING = re.compile(r"\b(?:[Mm]y name(?:'s| is| was)|I'm|I am|[Cc]all me)\s+")


def self_named(text: str, people: list[Person], quotes: QuoteRegions) -> Person | None:
    """The person the narration itself names as "I" ("My name is Stiles Stilinski and..."), when
    the narrator layer could not name its narrator: the one named right after such a phrase
    outside quotes (in a quote it would be the speaker, not the narrator)."""
    starts = {s: p for p in people for s, _ in p.name_spans}
    found = {id(p): p for m in _SELF_NAMING.finditer(text)
             if not quotes.inside(m.start()) and (p := starts.get(m.end())) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


MIN_CALLS = 1  # times another speaker calls the unnamed "I" by name ("You have walked from the station, Watson")


def called_by_others(text: str, people: list[Person], quotes: QuoteRegions,
                     speakers: list[tuple[int, int, str | None]] | None = None) -> Person | None:
    """The unnamed "I" of a first-person story, named only by the others' speech ("You have walked
    from the station, Watson", "do not let him keep you past dark, John"): the one person the
    quotes call by name (a vocative) whom the narration itself never names. A narrator is never
    named in their own narration; everyone else the story follows is."""
    from fabula.tags.relationships import is_vocative

    found = []
    for p in people:
        if p.name.split()[0].lower().strip(".") in KIN_WORDS | _TITLES:
            continue  # "Mom, stop it": whom the narrator calls Mom is not the narrator
        inside = [sp for sp in p.name_spans if quotes.inside(sp[0])]
        if len(inside) != len(p.name_spans) or not inside:
            continue
        vocatives = [sp for sp in inside if is_vocative(text, tuple(sp))]
        if speakers is not None:
            # the narrator's own "Jess, listen" calls someone else: only another person's call counts
            others = {cid for q in people if q is not p for cid in q.char_ids}
            vocatives = [sp for sp in vocatives if any(a <= sp[0] < b and who in others for a, b, who in speakers)]
        if len(vocatives) >= MIN_CALLS:
            found.append(p)
    return found[0] if len(found) == 1 else None


def pov_header_people(story, people: list[Person]) -> list[Person]:
    """People named by POV headers ("Jonah's point of view"), in order of first appearance."""
    out: list[Person] = []
    for p in story.paragraphs:
        if p.kind != "pov_header":
            continue
        s, e = p.span
        for person in people:
            if any(s <= a < e for a, _ in person.name_spans) and person not in out:
                out.append(person)
    return out


def build_people(story, analysis: Analysis, hits: list[NameHit], fandom_index: int | None,
                 fandom: Fandom | None, kb_map: dict[str, int], units: list[CastUnit]) -> list[Person]:
    people: dict[str, Person] = {}
    if fandom is not None and fandom_index is not None:
        for h in hits:
            if h.fandom != fandom_index:
                continue
            kc = fandom.characters[h.char]
            p = people.setdefault(f"kb:{h.char}", Person(f"kb:{h.char}", kc.name, h.char, gender=kc.gender))
            p.spans.append((h.start, h.end))
            p.name_spans.append((h.start, h.end))
        for ch in analysis.characters:
            ci = kb_map.get(ch.id)
            if ci is None:
                ci = kb_character_of(ch, fandom)
            named = [tuple(m.span) for m in ch.mentions if m.kind == "name"]
            if ci is not None:
                key = f"kb:{ci}"
                if key not in people:
                    if not named:
                        continue  # never tag a KB character the text does not name
                    people[key] = Person(key, fandom.characters[ci].name, ci, gender=fandom.characters[ci].gender)
                    people[key].name_spans.extend(named)
                p = people[key]
                p.char_ids.add(ch.id)
                p.spans.extend(tuple(m.span) for m in ch.mentions)
            elif (len(named) >= MIN_ORIGINAL_MENTIONS or (named and len(ch.mentions) >= 2 * MIN_CARRIED_MENTIONS)) \
                    and not _is_kb_name(ch, fandom):
                p = Person(ch.id, ch.name, None, {ch.id}, [tuple(m.span) for m in ch.mentions], named,
                           original=True)
                people[ch.id] = p
    else:
        for ch in analysis.characters:
            named = [tuple(m.span) for m in ch.mentions if m.kind == "name"]
            # named twice, or named in full once and then carried by pronouns ("Tomas Ruiz kept
            # to the lab... he said"): spaCy does not always tag a lone first name as a PERSON
            if len(named) < 2 and not (named and len(ch.mentions) >= MIN_CARRIED_MENTIONS):
                continue
            people[ch.id] = Person(ch.id, _full_name(ch.name, ch.aliases), None, {ch.id},
                                   [tuple(m.span) for m in ch.mentions], named, gender=ch.gender)
        if not analysis.characters:
            for u in units:
                if u.mentions >= 2:
                    key = f"ner:{norm(u.names[0])}"
                    people[key] = Person(key, u.names[0], None, set(), list(u.spans), list(u.spans))
    for p in people.values():
        p.spans = sorted(set(p.spans))
        p.name_spans = sorted(set(p.name_spans))
    return sorted(people.values(), key=lambda p: (-p.importance, p.name))


def add_narrator(people: list[Person], story, table: TokenTable, analysis: Analysis, quotes: QuoteRegions,
                 person: int | None) -> Person | None:
    """Give the first-person narrator the narration's I/me/my, so their relationships show."""
    if person != 1:
        return None
    narr = None
    ids = narrator_ids(analysis)
    for cid in ids:
        narr = next((p for p in people if cid in p.char_ids), None)
        if narr:
            break
    if narr is None:
        headed = pov_header_people(story, people)
        if len(headed) == 1:
            narr = headed[0]
    if narr is None:
        narr = self_named(story.text, people, quotes)
    if narr is None:
        speakers = [(s, e, q.speaker) for q in analysis.quotes for s, e in q.spans]
        narr = called_by_others(story.text, people, quotes, speakers if speakers else None)
    if narr is None:
        return None
    narr.narrator = True
    extra = [(i, i + n) for low, i, n in zip(table.lower, table.idx, table.length, strict=True)
             if low in FIRST_PERSON and not quotes.inside(i)]
    narr.spans = sorted(set(narr.spans) | set(extra))
    return narr


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _is_kb_name(ch, fandom: Fandom) -> bool:
    return any(fandom.resolve(n) is not None for n in [ch.name, *ch.aliases])


def _full_name(name: str, aliases: list[str]) -> str:
    """Without a KB, the fullest capitalised form the text uses ("Anna Whitlock" over "Anna");
    between forms of the same length in words, the cast's own canonical name (its most used
    form: "Theo", not the nickname "Teddy" one friend calls him)."""
    forms = [n for n in [name, *aliases] if n and n[:1].isupper() and len(n.split()) <= 4]
    return max(forms, key=lambda n: (len(n.split()), n == name, len(n)), default=name)


KIN_NAMES = {"dad", "daddy", "mom", "mommy", "mum", "mummy", "mother", "father", "ma", "pa", "papa", "mama",
             "grandad", "granddad", "grandpa", "grandma", "granny", "gran", "nana"}
_KIN_FAMILY_STATES = ("family", "parent", "child", "sibling", "grandparent", "grandchild", "cousin")


def _surname(name: str) -> str | None:
    from fabula.tags.kb import strip_disambiguator

    words = strip_disambiguator(name).split()
    if len(words) < 2 or words[0].lower() in KIN_TITLES:
        return None  # "Grandpa Angus": a first name after a kin title, not a surname
    return words[-1].lower()


KIN_TITLES = {"grandpa", "grandma", "granny", "gran", "nana", "aunt", "auntie", "uncle", "cousin", "grandad",
              "granddad", "papa", "mama"}


def _family_links(analysis: Analysis) -> list[tuple[str, str]]:
    """(char id, char id) pairs the relations stage calls family (parent, sibling...)."""
    out = []
    for rel in analysis.relationships:
        words = " ".join([rel.type, rel.current or "", *(st.state for st in rel.states)]).lower()
        if any(w in words for w in _KIN_FAMILY_STATES):
            out.append((rel.source, rel.target))
    return out


def attach_kin(people: list[Person], analysis: Analysis) -> None:
    """A cast character known only as "Dad" or "Gran" is the one other person sharing the surname
    of the child the relations stage links them to: "Dad" in a story about Stiles Stilinski is
    Noah Stilinski. Their mentions (and so their sentences and family link) go to that person, and
    a kin-named person of their own is folded in; nobody is invented — without exactly one such
    person nothing changes."""
    owner = {cid: p for p in people for cid in p.char_ids}
    by_id = {c.id: c for c in analysis.characters}
    for a, b in _family_links(analysis):
        for kin, child in ((a, b), (b, a)):
            ch = by_id.get(kin)
            if ch is None or norm(ch.name) not in KIN_NAMES or child not in owner:
                continue
            own = owner.get(kin)
            if own is not None and norm(own.name) not in KIN_NAMES:
                continue  # already someone with a name
            sur = _surname(owner[child].name)
            cands = [p for p in people if p is not owner[child] and p is not own and sur and _surname(p.name) == sur]
            if len(cands) != 1:
                continue
            p = cands[0]
            moved = own.char_ids if own is not None else {kin}
            p.char_ids |= moved
            p.spans = sorted(set(p.spans) | {tuple(m.span) for c in moved if c in by_id for m in by_id[c].mentions})
            if own is not None:
                people.remove(own)
            for c in moved:
                owner[c] = p


def complete_names(people: list[Person], analysis: Analysis, table: TokenTable) -> None:
    """In an original work (no KB), give a first-name-only person the full name the text uses
    once: a cast character whose name ends with "<first name> <Surname>" ("Every January Ruth
    Calloway sat...", cut badly by the parser) is folded into them, else the one capitalised proper
    noun that ever follows the first name ("Her name's Marisol. Marisol Vega."). AO3 authors tag
    original characters by full name."""
    owner = {cid: p for p in people for cid in p.char_ids}
    single = {p.name: p for p in people if len(p.name.split()) == 1 and p.name[:1].isupper()}
    if not single:
        return
    for ch in analysis.characters:
        if ch.id in owner:
            continue
        for n in [ch.name, *ch.aliases]:
            words = n.split()
            hits = [i for i, w in enumerate(words[:-1]) if w in single]
            if len(hits) == 1 and all(w[:1].isupper() for w in words[hits[0]:]):
                p = single[words[hits[0]]]
                p.char_ids.add(ch.id)
                p.spans = sorted(set(p.spans) | {tuple(m.span) for m in ch.mentions})
                p.name = " ".join(words[hits[0]:])
                owner[ch.id] = p
                break
    single = {p.name: p for p in people if len(p.name.split()) == 1 and p.name[:1].isupper()}
    follows: dict[str, set[str]] = {}
    lowered = {n.lower(): n for n in single}
    lower, pos, idx, length = table.lower, table.pos, table.idx, table.length
    for i in range(len(lower) - 1):
        name = lowered.get(lower[i])
        if name is not None and pos[i + 1] == "PROPN" and idx[i + 1] == idx[i] + length[i] + 1:
            nxt = table.lemma[i + 1]
            follows.setdefault(name, set()).add(nxt[:1].upper() + nxt[1:])
    for name, sur in follows.items():
        if len(sur) == 1 and next(iter(sur)).isalpha():
            single[name].name = f"{name} {next(iter(sur))}"


def inherit_surnames(people: list[Person], analysis: Analysis, table: TokenTable | None = None) -> None:
    """In an original work (no KB), a person the text calls by first name only takes the surname
    of the one family member the relations stage links them to ("Felix Brandt ... his brother
    Jonas" → "Jonas Brandt"): AO3 authors tag original characters by full name."""
    owner = {cid: p for p in people for cid in p.char_ids}
    by_key = {p.key: p for p in people}
    links = [(owner.get(a), owner.get(b)) for a, b in _family_links(analysis)]
    if table is not None:
        links += [(by_key[a], by_key[b]) for a, b, _ in kin_word_links(people, table)]
    surnames: dict[str, set[str]] = {}
    for pa, pb in links:
        if pa is None or pb is None or pa is pb:
            continue
        for x, y in ((pa, pb), (pb, pa)):
            if len(x.name.split()) == 1 and _surname(y.name):
                surnames.setdefault(x.key, set()).add(y.name.split()[-1])
    for p in people:
        got = surnames.get(p.key)
        if got and len(got) == 1 and p.kb_index is None and p.name[:1].isupper() \
                and p.name.lower() not in KIN_WORDS | _TITLES:  # "Dad" is no "Dad Lindqvist"
            p.name = f"{p.name} {next(iter(got))}"


def _is_diminutive(short: str, long: str) -> bool:
    """Is one first name a pet form of the other ("Toby" of "Tobias", "Sam" of "Samuel", "Katie" of
    "Katherine")? The short form is the long one's start, or that start plus -y/-ie."""
    short, long = short.lower(), long.lower()
    if len(short) >= len(long) or short == long:
        return False
    if len(short) >= 3 and long.startswith(short):
        return True
    for end in ("ie", "y"):
        stem = short[: -len(end)]
        if short.endswith(end) and len(stem) >= 3 and long.startswith(stem):
            return True
    return False


def merge_diminutives(people: list[Person]) -> list[Person]:
    """In an original work, one person the text calls both "Tobias" and "Toby" (the cast stage keeps
    two): the pet form joins the full one when surnames agree (or one has none) and only one full
    form fits. The tag takes the full first name with the surname ("Tobias Holt")."""
    out = list(people)
    for short in sorted(people, key=lambda p: len(p.name)):
        if short not in out or short.kb_index is not None or short.narrator:
            continue
        sw = short.name.split()
        fits = [q for q in out if q is not short and q.kb_index is None and not q.narrator
                and _is_diminutive(sw[0], q.name.split()[0])
                and (len(sw) == 1 or len(q.name.split()) == 1 or sw[-1] == q.name.split()[-1])]
        if len(fits) != 1:
            continue
        full = fits[0]
        surname = full.name.split()[1:] or sw[1:]
        full.name = " ".join([full.name.split()[0], *surname])
        full.spans = sorted(set(full.spans) | set(short.spans))
        full.name_spans = sorted(set(full.name_spans) | set(short.name_spans))
        full.char_ids |= short.char_ids
        if full.gender == "unknown":
            full.gender = short.gender
        out.remove(short)
    return out


PARENT_WORDS = {"mom": "she", "mother": "she", "mum": "she", "mommy": "she", "mummy": "she", "mama": "she",
                "dad": "he", "father": "he", "daddy": "he", "papa": "he"}
MIN_KIN_MENTIONS = 2  # "his mom" this often before a parent the text never names counts as a character


def parents_by_kin_word(people: list[Person], table: TokenTable, fandom: Fandom,
                        analysis: Analysis | None = None) -> list[Person]:
    """A parent the story never names: "his mom was still up", "Scott's mom". In a KB fandom the
    parent is the one KB character of that gender the KB pairs with the child as family (sharing
    the child's surname) — the text mentions them, by a kin word; the KB only supplies the name.
    The child is the possessor (for his/her, the subject of the clause when of that gender, else
    the cast's link, else the last man/woman named). Needs MIN_KIN_MENTIONS such mentions."""
    from fabula.tags.relationships import _POSS_GENDER, _clause_subject

    by_kb = {p.kb_index: p for p in people if p.kb_index is not None}
    at: dict[int, list[Person]] = {}
    for p in people:
        for sp in p.spans:
            at.setdefault(sp[0], []).append(p)
    gender_of = {p.key: p.gender for p in people}
    named = sorted((s, p.key) for p in people for s, _ in p.name_spans)
    by_key = {p.key: p for p in people}
    found: dict[int, list[Span]] = {}
    by_char = {cid: p for p in people for cid in p.char_ids}
    spoken_to: list[tuple[int, int, Person]] = []  # quote spans with their one listener
    spoken_by: list[tuple[int, int, Person]] = []  # ... and their speaker
    for q in analysis.quotes if analysis is not None else []:
        listeners = {by_char[a].key: by_char[a] for a in q.addressees if a in by_char}
        if len(listeners) == 1:
            spoken_to += [(a, b, next(iter(listeners.values()))) for a, b in q.spans]
        if q.speaker in by_char:
            spoken_by += [(a, b, by_char[q.speaker]) for a, b in q.spans]
    narrator = [p for p in people if p.narrator]
    for lo, hi in table.sents:
        for i in range(lo, hi):
            want = PARENT_WORDS.get(table.lower[i])
            if want is None or table.pos[i] not in ("NOUN", "PROPN"):
                continue
            poss = [c for c in table.children(i, lo, hi) if table.dep[c] == "poss"]
            if not poss:
                continue
            o = poss[0]
            owners: list[Person] = []
            pron = _POSS_GENDER.get(table.lower[o])
            if pron:
                subj = _clause_subject(table, i, lo, hi)
                cand = at.get(table.idx[subj], []) if subj is not None else []
                if len(cand) == 1 and cand[0].gender == pron:
                    owners = cand
                else:
                    # "His mom was still up": any man named just before, or the cast's link; the KB
                    # settles it when only one of them has a mother it knows
                    owners = [p for p in at.get(table.idx[o], []) if p.gender in (pron, "unknown")]
                    owners += [by_key[key] for s, key in named if 0 < table.idx[i] - s < 600
                               and gender_of.get(key) == pron]
            elif table.lower[o] == "your":  # "Your mom texted me": the one spoken to's
                owners = [p for a, b, p in spoken_to if a <= table.idx[o] < b][:1]
            elif table.lower[o] == "my":  # the speaker's, or outside quotes the narrator's
                owners = [p for a, b, p in spoken_by if a <= table.idx[o] < b][:1]
                if not owners and len(narrator) == 1 and not any(a <= table.idx[o] < b for a, b, _ in spoken_by):
                    owners = narrator
            elif table.lower[o] not in ("our", "their"):
                cand = at.get(table.idx[o], [])
                owners = cand if len(cand) == 1 else []
            kin = {j for owner in owners if owner.kb_index is not None for j in _kb_parent(fandom, owner, want)}
            if len(kin) == 1:
                found.setdefault(kin.pop(), []).append((table.idx[o], table.idx[i] + table.length[i]))
    out = list(people)
    for ci, spans in found.items():
        if len(spans) < MIN_KIN_MENTIONS:
            continue
        p = by_kb.get(ci)
        if p is not None:  # named too: the kin words are references, like pronouns
            p.spans = sorted(set(p.spans) | set(spans))
            continue
        kc = fandom.characters[ci]
        # never named: "his mom" is how the text names her (the tag's evidence)
        out.append(Person(f"kb:{ci}", kc.name, ci, gender=kc.gender, spans=sorted(set(spans)),
                          name_spans=sorted(set(spans))))
    return out


def _kb_parent(fandom: Fandom, owner: Person, gender: str) -> list[int]:
    """The KB's parent of someone (a pairing with ``parent`` set), of the kin word's gender: the
    mother or father "his mom" / "my dad" stands for. Siblings sharing the surname never are."""
    out = []
    for rel, idx in fandom.relationships:
        if rel.parent is None or len(idx) != 2 or owner.kb_index not in idx:
            continue
        j = next(x for x in idx if x != owner.kb_index) if idx[0] != idx[1] else None
        if j is not None and fandom.resolve(rel.parent) == j and fandom.characters[j].gender == gender:
            out.append(j)
    return out


_GENDERED = {"he": {"he", "him", "his", "himself"}, "she": {"she", "her", "hers", "herself"}}


def fix_gender_clashes(people: list[Person], text: str, window: int = 2000) -> None:
    """Move pronoun references whose gender contradicts a KB character's to the last person named
    before them whose gender fits (else drop them): a "she" the cast linked to a man is somebody
    else's, and would put her kisses on him. Only KB genders are trusted for the clash (the cast's
    own guess can come from those very pronouns)."""
    named = sorted(((s, p) for p in people for s, _ in p.name_spans), key=lambda sp: sp[0])
    starts = [s for s, _ in named]
    moved: list[tuple[Person, tuple[int, int], str]] = []
    for p in people:
        if p.kb_index is None or p.gender not in _GENDERED:
            continue
        other = "she" if p.gender == "he" else "he"
        names = set(p.name_spans)
        keep = []
        for sp in p.spans:
            if sp not in names and text[sp[0]:sp[1]].lower() in _GENDERED[other]:
                moved.append((p, sp, other))
            else:
                keep.append(sp)
        p.spans = keep
    for owner, sp, want in moved:
        j = bisect.bisect_left(starts, sp[0]) - 1
        while j >= 0 and sp[0] - starts[j] < window:
            cand = named[j][1]
            if cand is not owner and cand.gender == want:
                cand.spans = sorted(set(cand.spans) | {sp})
                break
            j -= 1


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "doctor", "professor", "sir", "madam", "coach", "captain", "mama",
           "papa", "nana", "ma", "pa", "mommy", "daddy", "mummy"}
KIN_WORDS = {"brother", "sister", "father", "mother", "dad", "mom", "mum", "son", "daughter", "grandfather",
             "grandmother", "grandad", "granddad", "grandpa", "grandma", "gran", "granddaughter", "grandson",
             "aunt", "uncle", "niece", "nephew", "cousin", "twin", "sibling"}


def kin_word_links(people: list[Person], table: TokenTable) -> list[tuple[str, str, int]]:
    """Family links the text states with a kin word and a possessor: "his little sister Isla"
    (the appositive names her), "her mother" / "Rose's mother" (the one other person sharing the
    possessor's surname). Returns (possessor key, relative key, token index). The relations stage
    finds many of these too; reading them here keeps the tags from depending on its every link."""
    at = {s: p for p in people for s, _ in p.spans}
    names = sorted(((s, p) for p in people for s, _ in p.name_spans), key=lambda sp: sp[0])
    name_starts = [s for s, _ in names]
    out = []
    for i, low in enumerate(table.lower):
        if low not in KIN_WORDS and table.lemma[i] not in KIN_WORDS:
            continue
        kids = [j for j in range(max(0, i - 4), min(len(table.lower), i + 4)) if table.head[j] == i and j != i]
        poss = next((j for j in kids if table.dep[j] == "poss"), None)
        if poss is None:
            continue
        owner = at.get(table.idx[poss])
        if owner is None and table.lower[poss] in ("his", "her"):
            # "Callum Reid and his little sister": the cast left "his" unlinked; the person named
            # just before it in the sentence, if their gender does not contradict it
            k = bisect.bisect_left(name_starts, table.idx[poss]) - 1
            sent_start = max((a for a, _ in table.sents if a <= poss), default=0)
            if k >= 0 and names[k][0] >= table.idx[sent_start]:
                want = "he" if table.lower[poss] == "his" else "she"
                if names[k][1].gender in (want, "unknown"):
                    owner = names[k][1]
        if owner is None:
            continue
        named = [at.get(table.idx[j]) for j in kids if table.dep[j] in ("appos", "npadvmod", "compound")
                 and table.idx[j] > table.idx[i]]
        rel = next((p for p in named if p is not None and p is not owner), None)
        if rel is None:
            sur = _surname(owner.name)
            cands = [p for p in people if p is not owner and sur and _surname(p.name) == sur]
            rel = cands[0] if len(cands) == 1 else None
        if rel is not None:
            out.append((owner.key, rel.key, i))
    return out
