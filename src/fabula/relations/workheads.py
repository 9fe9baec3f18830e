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

import re
from collections import Counter

from fabula.relations import lexicon as L
from fabula.relations.cues import Cue, subject
from fabula.relations.resolve import Resolver, named_by
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


# ---- session 27: the captain or the coach of a side ------------------------------------------------------

# the titles of one who heads a side, and the tie each gives over its players (the annotation guide: a
# captain or skipper is a boss holder, a coach, trainer or instructor a teacher holder)
TEAM_HEAD_TITLES = {"captain": "boss", "skipper": "boss", "coach": "teacher", "trainer": "teacher",
                    "instructor": "teacher"}
# the verbs of heading a side ("had captained the second eleven for years", "coached the juniors"; not "skippered",
# which is said of a boat: "he skippered her for thirty years")
TEAM_HEAD_VERBS = {"captain": "boss", "coach": "teacher"}
VESSELS = {"ship", "boat", "vessel", "yacht", "ferry", "trawler", "barge", "sloop", "schooner", "launch", "tug"}
# what a captain or coach does to a player in the narration ("put Odo at full back", "moved her up a lane",
# "picked him for the final", "signed him on")
TEAM_HEAD_ACTS = {"put", "move", "pick", "select", "drop", "sign", "bench", "swap", "promote"}
_PEOPLE_PRONOUNS = {"me", "him", "her", "us", "them", "you", "i", "he", "she", "we", "they"}


def _no_owner(t) -> bool:
    """A title with "the" (or none), not "his captain": a possessed title is a relation noun's cue."""
    return not any(c.dep_ == "poss" for c in t.children)


def _team_heads(doc, view: StoryView, resolver: Resolver) -> tuple[dict[str, tuple[str, int, int]],
                                                                    list[tuple[str, str, int]]]:
    """Character id -> (tie, offset, heads from) for each character the narration names as a side's captain
    or coach: "the captain that year was Odile Marsh", "Odile Marsh, the captain", "the coach of the juniors
    was a tall man called Piet Roos", "Piet had coached the Harriers for years", "the side was captained by
    Odile", "the club handed the captaincy to Piet" (a captaincy handed over heads from then on: "heads from"
    is its offset, else 0); and (head, player, offset) for the players a captain is said to captain ("on Thursdays
    she captains us")."""
    found: dict[str, tuple[str, int, int]] = {}
    players: list[tuple[str, str, int]] = []

    def note(label: str, tok, name_tok, since: int = 0) -> str | None:
        if name_tok is None or name_tok.lower_ in ("we", "they", "you"):
            return None
        ids = resolver.one(name_tok)
        if len(ids) == 1 and ids[0]:
            if ids[0] not in found:
                found[ids[0]] = (label, tok.idx, since)
            return ids[0]
        return None

    def person(t) -> bool:
        return t.pos_ == "PROPN" or t.lower_ in _PEOPLE_PRONOUNS

    for t in doc:
        if view.quote_at(t.idx) is not None:
            continue
        low = t.lemma_.lower()
        if low in TEAM_HEAD_TITLES and t.pos_ in ("NOUN", "PROPN") and _no_owner(t) and not t.ent_type_:
            label = TEAM_HEAD_TITLES[low]
            the = any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            bare = not any(c.dep_ in ("det", "compound", "amod") for c in t.children)
            if (the or bare) and t.dep_ == "appos" and t.head.pos_ == "PROPN":
                note(label, t, t.head)  # "Odile Marsh, the captain", "Odile Marsh, captain, forty years old"
                continue
            app = [c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if the and app:
                note(label, t, app[0])  # "the coach, Piet Roos"
                continue
            # "the captain (that year) was Odile Marsh", "the coach of the juniors was a man called Piet Roos"
            cop = t.head if t.dep_ == "nsubj" and t.head.lemma_ == "be" else next(
                (c for c in t.children if c.dep_ == "relcl" and c.lemma_ == "be"), None)
            if the and cop is not None and not any(c.dep_ == "neg" for c in cop.children):
                attr = [c for c in cop.children if c.dep_ == "attr" and c.i > t.i]
                if attr:
                    name = attr[0] if attr[0].pos_ == "PROPN" and not any(
                        c.dep_ == "acl" for c in attr[0].children) else named_by(attr[0])
                    note(label, t, name)
                continue
            # "Odile was (the) captain that year", "Piet, who was the coach then"
            host = t.head if t.dep_ == "conj" and t.head.dep_ == "attr" else t
            if host.dep_ == "attr" and host.head.lemma_ == "be" and not any(
                    c.dep_ == "neg" for c in host.head.children) and not any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                subj = [c for c in host.head.children if c.dep_ == "nsubj"]
                if subj and subj[0].pos_ == "PROPN":
                    note(label, t, subj[0])
                elif subj and subj[0].lower_ in ("who", "that") and host.head.dep_ == "relcl" \
                        and host.head.head.pos_ == "PROPN":
                    note(label, t, host.head.head)
            continue
        if low in TEAM_HEAD_VERBS and t.pos_ == "VERB" and not any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in t.children):
            label = TEAM_HEAD_VERBS[low]
            agent = [o for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            passive = [c for c in t.children if c.dep_ == "nsubjpass"]
            if agent and passive and not person(passive[0]):
                note(label, t, agent[0])  # "the women's side was captained by Odile"
                continue
            objs = [c for c in t.children if c.dep_ == "dobj"]
            if not objs or (label == "teacher" and person(objs[0]) and resolver.one(objs[0])):
                continue  # ("coached me" is a teaching cue of its own)
            if objs[0].lemma_.lower() in VESSELS or objs[0].lower_ in ("her", "him", "it", "both", "all", "each"):
                continue  # ("captained the ferry", "captained her": a boat; "coached both of them": a teaching cue)
            subj = subject(t)
            if t.dep_ == "relcl" and t.head.pos_ == "PROPN" and subj is not None and subj.lower_ in ("who", "that"):
                head = note(label, t, t.head)  # "Piet, who had coached the Harriers"
            else:
                head = note(label, t, subj)  # ("Piet was fifty, bald, and captained the seconds": the conjunct's)
            if head and label == "boss" and person(objs[0]):
                # "on Thursdays she captains us": the players are named
                players += [(head, cid, t.idx) for cid in resolver.tokens(objs[0]) if cid != head]
            continue
        if low == "captaincy" and t.dep_ == "dobj":
            v = t.head
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in v.children):
                continue
            if v.lemma_ in ("give", "hand", "pass", "offer"):
                to = [o for p in v.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                      for o in p.children if o.dep_ == "pobj"]
                dat = [c for c in v.children if c.dep_ == "dative" and person(c)]
                if to or dat:
                    note("boss", t, (to or dat)[0], t.idx)  # "the club handed the captaincy to Piet"
            elif v.lemma_ in ("take", "inherit", "get", "win", "accept"):
                subj = [c for c in v.children if c.dep_ == "nsubj"]
                if subj and person(subj[0]):
                    note("boss", t, subj[0], t.idx)  # "Odile took over the captaincy"
    return found, players


def team_heads(cues: list[Cue], view: StoryView, doc, resolver: Resolver) -> list[Cue]:
    """A side's captain or coach named in the narration (``_team_heads``) heads the players: the captain is
    the boss, the coach the teacher, of each person they exchange words with in the dialogue and of each
    person the narration shows them putting somewhere in the side ("Odile put him at full back"), unless
    the story already ties the two as kin, a couple or rivals, or gives them that tie already. A captain
    heads no coach. Not in novels."""
    if doc is None or len(view.text) > 100_000:
        return []
    heads, players = _team_heads(doc, view, resolver)
    if not heads:
        return []
    for c in cues:
        # a coach who "took her on" took on a pupil, not a hand ("the coach had taken Tilda on when she was
        # twelve"): the hiring idiom's boss is the coach's teacher tie
        if c.kind == "state" and c.label == "boss" and c.trigger == "took ... on" and c.holder in heads \
                and heads[c.holder][0] == "teacher":
            c.label = "teacher"
    blocked = {frozenset((c.a, c.b)) for c in cues if c.kind == "state" and c.a and c.b
               and (L.STATE_TYPE.get(c.label) in ("family", "romantic") or c.label in ("rivals", "enemies"))}
    have = {(c.label, frozenset((c.a, c.b))) for c in cues if c.kind == "state" and c.a and c.b}
    members: list[tuple[str, str, int, str]] = [(h, p, at, "captained by the side's") for h, p, at in players]
    for q in view.quotes:
        if not q.speaker:
            continue
        for a in q.addressees:
            if a and a != q.speaker:
                if q.speaker in heads:
                    members.append((q.speaker, a, q.span[0], "talks with the side's"))
                if a in heads:
                    members.append((a, q.speaker, q.span[0], "talks with the side's"))
    for t in doc:
        if t.lemma_.lower() not in TEAM_HEAD_ACTS or t.pos_ != "VERB" or view.quote_at(t.idx) is not None:
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in t.children):
            continue
        subj = subject(t)  # ("put Hedwig at full back and moved Greta up front": the conjunct's too)
        who = resolver.one(subj) if subj is not None else []
        if len(who) != 1 or who[0] not in heads:
            continue
        for o in [c for c in t.children if c.dep_ == "dobj"]:
            for x in [o, *o.conjuncts]:
                if x.pos_ not in ("PROPN", "PRON") or x.lower_ in ("it", "them", "us", "this", "that"):
                    continue
                for cid in resolver.one(x)[:1]:
                    members.append((who[0], cid, t.idx, "put in the side by its"))
    out: list[Cue] = []
    for head, other, at, how in sorted(members, key=lambda m: m[2]):
        label, _, since = heads[head]
        if at < since:
            continue  # (a captaincy handed over heads from then on)
        if other == head or re.fullmatch(r"u\d+", other) or frozenset((head, other)) in blocked \
                or (label, frozenset((head, other))) in have:
            # (nor one known only by a role, "the skipper": a character the dialogue made, often the head again)
            continue
        if other in heads and (heads[other][0] == label or label == "boss"):
            continue  # (two captains, two coaches; a captain heads no coach)
        have.add((label, frozenset((head, other))))
        title = "captain" if label == "boss" else "coach"
        out.append(Cue("state", label, head, other, holder=head, offset=at, span=(at, at),
                       trigger=f"{how} {title}", confidence=0.4, scene=view.scene_at(at)))
    return out
