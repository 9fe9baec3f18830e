"""The head of a workplace and the staff who deal with them (session 25).

A story set at work often names its head once ("Mr. Drummond, the headmaster", "Wendeline Kemble, who had
managed the hotel since the war") and then shows the staff only by how
they deal with that person: briefings, orders, a shouted row in the corridor. A reader takes the head to be
the boss of the people the head keeps talking with at work. This module finds such heads and makes them
the boss of each person they exchange words with at least twice in the story's dialogue, unless the story
ties the two as kin, a couple, colleagues or teacher and pupil, or the other is a head too. Not in novels (a novel's head talks with
everyone).
"""

from __future__ import annotations

from collections import Counter

from fabula.relations import lexicon as L
from fabula.relations.cues import Cue
from fabula.relations.resolve import Resolver
from fabula.relations.upstream import StoryView

# titles of one who heads a whole workplace ("the headteacher", "the editor", "the owner"), told with "the"
STAFF_HEAD_TITLES = {"headteacher", "headmaster", "headmistress", "principal", "editor", "manager", "foreman",
                     "owner", "proprietor", "superintendent", "supervisor", "matron", "director", "chief"}
# verbs of heading a place ("who edits the newspaper", "managed the hotel"; not "ran" or "owned": a family's
# farm or café is run by a parent whose talk is with kin and customers)
STAFF_HEAD_VERBS = {"edit", "manage", "head"}
HEAD_PLACES = L.BUSINESS_NOUNS | L.WORK_PLACES | {"paper", "newspaper", "ward", "practice", "firm", "school",
                                                  "department", "company", "desk", "newsroom", "kitchen"}


def _det_the(t) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and not any(
        c.dep_ == "poss" for c in t.children)


def _heads(doc, view: StoryView, resolver: Resolver) -> dict[str, int]:
    """Character id -> offset of the first sentence that makes them a workplace's head."""
    found: dict[str, int] = {}

    def note(tok, cid_tok) -> None:
        ids = resolver.one(cid_tok) if cid_tok is not None else []
        if len(ids) == 1 and ids[0] and ids[0] not in found:
            found[ids[0]] = tok.idx

    for t in doc:
        if view.quote_at(t.idx) is not None:
            continue
        low = t.lemma_.lower()
        if low in STAFF_HEAD_TITLES and t.pos_ == "NOUN" and _det_the(t) and not any(
                c.dep_ == "compound" for c in t.children):
            ofs = [p for p in t.children if p.dep_ == "prep" and p.lower_ == "of"]
            if ofs and not any(o.lemma_.lower() in HEAD_PLACES for p in ofs for o in p.children if o.dep_ == "pobj"):
                continue  # ("the director of the school" is a head; "the owner of the dog" is not)
            if t.dep_ == "appos" and t.head.pos_ == "PROPN":
                note(t, t.head)
            elif any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children):
                note(t, next(c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"))
            elif t.dep_ == "attr" and t.head.lemma_ == "be":
                subj = [c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
                if subj:
                    note(t, subj[0])
                elif t.head.dep_ == "relcl" and t.head.head.pos_ == "PROPN" and any(
                        c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in t.head.children):
                    note(t, t.head.head)  # "Enzo Ruddock, who was then the foreman at the quarry" (session 26)
        elif low in STAFF_HEAD_VERBS and t.pos_ == "VERB":
            if any(c.dep_ == "neg" for c in t.children):
                continue
            objs = [o for o in t.children if o.dep_ == "dobj" and o.lemma_.lower() in HEAD_PLACES and _det_the(o)]
            if not objs:
                continue
            if t.dep_ == "relcl" and t.head.pos_ == "PROPN":
                note(t, t.head)
            else:
                subj = [c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
                if subj:
                    note(t, subj[0])
    return found


# what a head does to the staff ("she sent Florian and Ulrika to the depot", "assigned him to nights")
STAFF_HEAD_ACTS = {"send", "assign", "promote", "fire", "sack", "summon", "post", "transfer", "suspend", "dock"}


def _head_acts(doc, view: StoryView, resolver: Resolver, heads: dict[str, int]) -> list[tuple[str, str, int]]:
    """(head, staff, offset) for each person a head sends, assigns, promotes, sacks ... in the narration."""
    out = []
    for t in doc:
        if t.lemma_.lower() not in STAFF_HEAD_ACTS or t.pos_ != "VERB" or view.quote_at(t.idx) is not None:
            continue
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in t.children):
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        who = resolver.one(subj[0]) if subj else []
        if len(who) != 1 or who[0] not in heads:
            continue
        for o in [c for c in t.children if c.dep_ == "dobj"]:
            for x in [o, *o.conjuncts]:
                if x.pos_ not in ("PROPN", "PRON") or x.lower_ in ("it", "them", "us", "this", "that", "me"):
                    continue
                for cid in resolver.one(x)[:1]:
                    if cid and cid != who[0]:
                        out.append((who[0], cid, t.idx))
    return out


def workplace_heads(cues: list[Cue], view: StoryView, doc, resolver: Resolver) -> list[Cue]:
    """A named head of a workplace is the boss of each person they talk with at least twice."""
    if doc is None or len(view.text) > 100_000:
        return []
    heads = _heads(doc, view, resolver)
    if not heads:
        return []
    personal = {frozenset((c.a, c.b)) for c in cues if c.kind == "state" and c.a and c.b
                and (L.STATE_TYPE.get(c.label) in ("family", "romantic") or c.label in ("colleagues", "teacher"))}
    bossed = {(c.holder, c.b if c.holder == c.a else c.a) for c in cues if c.kind == "state" and c.a and c.b
              and c.label == "boss" and c.holder}
    talked: list[tuple[str, str, int]] = []
    for q in view.quotes:
        if not q.speaker:
            continue
        for a in q.addressees:
            if a and a != q.speaker:
                talked.append((q.speaker, a, q.span[0]))
    out: list[Cue] = []
    for head in heads:
        times: Counter = Counter()
        first: dict[str, int] = {}
        for s, a, at in talked:
            other = a if s == head else s if a == head else None
            if other is None:
                continue
            times[other] += 1
            first.setdefault(other, at)
        for other, n in times.items():
            if n < 2 or other in heads or frozenset((head, other)) in personal:
                continue
            if (head, other) in bossed or (other, head) in bossed:
                continue
            at = first[other]
            bossed.add((head, other))
            out.append(Cue("state", "boss", head, other, holder=head, offset=at, span=(at, at),
                           trigger="talks with the head of the workplace", confidence=0.4,
                           scene=view.scene_at(at)))
    for head, other, at in _head_acts(doc, view, resolver, heads):
        if (head, other) in bossed or (other, head) in bossed or frozenset((head, other)) in personal:
            continue
        bossed.add((head, other))
        out.append(Cue("state", "boss", head, other, holder=head, offset=at, span=(at, at),
                       trigger="the head of the workplace sends or assigns", confidence=0.45, scene=view.scene_at(at)))
    return out


def co_staff(cues: list[Cue], view: StoryView) -> list[Cue]:
    """Two people who work for the same boss and talk with each other are colleagues (session 26): each two
    of one holder's staff (two to six of them, from any boss cue) who exchange words at least once in the
    dialogue, unless the cues tie the two as kin, or one is the other's boss or teacher, or they are colleagues
    already. A couple at work stays a pair of colleagues as well. Not in novels (a novel's master has a
    household of servants who are seldom called colleagues)."""
    if len(view.text) > 100_000:
        return []
    staff: dict[str, dict[str, int]] = {}
    for c in cues:
        if c.kind == "state" and c.label == "boss" and c.a and c.b and c.holder in (c.a, c.b):
            other = c.b if c.holder == c.a else c.a
            if other != c.holder:
                first = staff.setdefault(c.holder, {})
                first[other] = min(first.get(other, c.offset), c.offset)
    if not staff:
        return []
    blocked = {frozenset((c.a, c.b)) for c in cues if c.kind == "state" and c.a and c.b
               and (L.STATE_TYPE.get(c.label) == "family" or c.label in ("boss", "teacher", "colleagues"))}
    spoke: Counter = Counter()
    for q in view.quotes:
        for a in q.addressees:
            if q.speaker and a and a != q.speaker:
                spoke[frozenset((q.speaker, a))] += 1
    out: list[Cue] = []
    for members in staff.values():
        names = sorted(members, key=members.get)
        if len(names) > 6:
            continue
        for i, x in enumerate(names):
            for y in names[i + 1:]:
                pair = frozenset((x, y))
                if pair in blocked or not spoke[pair] or x in staff.get(y, {}) or y in staff.get(x, {}):
                    continue
                blocked.add(pair)
                at = max(members[x], members[y])
                out.append(Cue("state", "colleagues", x, y, offset=at, span=(at, at),
                               trigger="two of one boss's staff", confidence=0.35, scene=view.scene_at(at)))
    return out
