"""Place cues on story time and fold them into relationships (state sequences) and events.

Story time comes from the structure layer: each scene's ``story_order`` (a flashback's scenes
rank before the present that frames them). Within a scene a cue sits at its reading position; a
cue that tells of something earlier than its scene (past perfect, past tense inside dialogue or in
a present-tense frame) sits just before that scene. A *recalled* cue ("I remembered when he
proposed") has no date of its own, so it is put before the first state of the same pair that
comes later in a romance's usual course (proposal before the engagement it starts).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace

from fabula.model import Event, Evidence, Relationship, RelationshipState
from fabula.relations import lexicon as L
from fabula.relations.cues import Cue
from fabula.relations.resolve import Resolver
from fabula.relations.upstream import NARRATOR_ID, StoryView

_BARE_NAME = re.compile(r"\s*([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)[.!]")
_HE_SHE_SEEING = re.compile(r"\b(?:he|she)(?:['\u2019]s| is| was|['\u2019]s been| has been| had been)\s+$", re.I)
_NAMED = re.compile(r"\b((?i:her|his|their)) name(?:'s| is| was) ([A-Z][\w'-]+)")

# Events only a couple has (dropped for a pair the text calls kin).
ROMANTIC_EVENTS = {"first_kiss", "proposal", "engagement", "wedding", "new_partner"}

# One-sided states that sit on top of the pair's state rather than replacing it.
OVERLAY = {"wants_back", "crush", "unrequited"}



# a tie told as raising, fostering or step-parenting ("his stepmother", "raised by", "her foster son"), matched as
# whole words so that an owner's name in the trigger ("Stephen's mother", "Raisa's father") is no such tie
_NOT_BY_BLOOD = re.compile(r"\b(?:step-?(?:mother|father|mum|mom|dad|parent|son|daughter|child|kid|brother|sister"
                           r"|sibling|grand)\w*|rais(?:e|ed|es|ing)|foster(?:ed|ing|s)?)\b", re.I)


def _not_by_blood(trigger: str) -> bool:
    return bool(_NOT_BY_BLOOD.search(trigger))


def position(cue: Cue) -> float:
    sc = cue.scene
    assert sc is not None
    length = max(1, sc.span[1] - sc.span[0])
    frac = min(1.0, max(0.0, (cue.offset - sc.span[0]) / length)) * 0.4
    return sc.order - 0.5 + frac if cue.anterior else sc.order + frac


def before_scene(later: Cue, rank: float) -> float:
    """A story-time slot before everything told in ``later``'s scene (even its own recollections),
    earlier for earlier stages of a romance."""
    order = later.scene.order if later.scene else 0.0
    return order - 0.6 - (10 - rank) * 0.01


def fill_partners(cues: list[Cue], view: StoryView, resolver: Resolver) -> None:
    """A pair cue with one side given ("he proposed", "got married", "I'm seeing someone"): the
    other side is that person's latest romantic partner so far, else the nearest other character
    mentioned before, else the first one mentioned after ("... Her name is Clara")."""
    romance: dict[str, list[str]] = defaultdict(list)
    for c in sorted(cues, key=lambda c: c.offset):
        if c.needs_partner and not c.b and c.a and not c.extra.get("other_named") and c.label not in (
                "meeting", "fight", "comfort", "reconciliation", "confession"):
            # (a romance's partner stands in only for romantic milestones: "a woman he met at the gym"
            # is no meeting with his ex)
            exclude = resolver.excluded(c.offset) | {c.a}
            if c.label in ("dating", "new_partner"):
                named = _NAMED.search(view.text, c.offset, min(len(view.text), c.offset + 200))
                bare = _BARE_NAME.match(view.text, c.span[1]) if c.trigger == "seeing someone" else None
                if named is not None:
                    # "He's seeing someone. A nurse. Her name's Callie.": that name, or nobody the cast knows
                    c.b = view.by_name(named.group(2))
                elif bare is not None and view.mention_at((bare.start(1), bare.end(1))) == c.a \
                        and _HE_SHE_SEEING.search(view.text, max(0, c.offset - 20), c.offset):
                    # (only a he/she who is seeing: "Lotte is seeing someone. Lotte Brand!" repeats the one named)
                    # '"She's seeing someone from work. Callie Marsh."': the name said on its own right after
                    # is the someone, so the "she" who is seeing her is someone else (the pronoun's link took
                    # the name told just before): the nearest other person of that sex
                    who = c.a
                    c.a = next((x for s, e, x in view.mentions_before(c.offset, window=1500)
                                if x not in exclude and view.gender(x) == view.gender(who)
                                and view.text[s:e].lower() not in ("i", "me", "my", "you", "your")), None)
                    c.b = who if c.a else None
                elif not c.extra.get("reported"):
                    c.b = resolver.forward(c.offset, exclude, window=200)
            else:
                # only a partner the story has already paired with this person: whoever merely stands
                # nearby is not a spouse (a novel's "she was married" next to a name made false couples)
                past = [p for p in romance.get(c.a, []) if p != c.a]
                q = view.quote_at(c.offset)
                # "he married in Leeds" of someone else: not the one telling it (they would say "we")
                me = (q.speaker if q is not None and q.kind != "thought" else view.narrator_at(c.offset)) \
                    if c.extra.get("third") else None
                was_mine = me is not None and me in past
                past = [p for p in past if p != me or me is None]
                c.b = past[-1] if past else None
                if c.b is None and c.extra.get("any_spouse"):
                    # "I'm officially divorced" before the flashback to the wedding: the one spouse the
                    # story gives this person anywhere
                    wed = {d.b if d.a == c.a else d.a for d in cues if d.kind == "state" and d.label == "married"
                           and d.a and d.b and c.a in (d.a, d.b)} - {c.a}
                    c.b = wed.pop() if len(wed) == 1 else None
                q = view.quote_at(c.offset)
                told_of = q is not None and q.kind != "thought" and c.a != q.speaker
                if c.b is None and c.extra.get("happening") and not told_of and not was_mine:
                    # "Sam proposes in the car park ... We've been together fourteen months": the one the
                    # scene shows as this person's partner, told before or after, comes first
                    c.b = _scene_partner(cues, c)
                if c.b is None and c.extra.get("happening") and not told_of and not was_mine:
                    # (the teller's own former partner marrying: someone the teller does not name)
                    # ("Leah's getting married again," he says: not to the speaker or the one he tells)
                    # "Juno got married" told as it happens: the one at her side in the scene, with
                    # less confidence (a state alone, "she was married", never borrows a neighbour)
                    c.b = resolver.partner_of(c.a, c.offset) or resolver.forward(c.offset, exclude, window=300)
                    c.confidence *= 0.75
                if me is not None and c.b == me:
                    c.b = None
            if c.b:
                c.confidence *= 0.8
        if c.kind == "state" and c.a and c.b and L.STATE_TYPE.get(c.label) == "romantic" and c.label != "wants_back":
            romance[c.a].append(c.b)
            romance[c.b].append(c.a)


def settle_boss_hails(cues: list[Cue], view: StoryView) -> None:
    """A hail of a boss word ("On it, boss.", "Guv.") makes the one hailed the speaker's boss, but the
    hailed one is only the dialogue layer's guess. When the story tells, in words other than a hail,
    who the speaker's boss is ("I'm not your boss. Gloria's your boss."), the hail is to that person;
    else when exactly one person of the hail's scene has been told, before it, as someone's boss ("He had
    worked under Marr") and the guessed listener is told as nobody's, the hail is to that one (a crew
    hails its head)."""
    told = [c for c in cues if c.kind == "state" and c.label == "boss" and c.a and c.b and c.holder
            and not c.trigger.startswith("vocative")]
    if not told:
        return
    heads = {c.holder for c in told}
    for c in cues:
        if c.kind != "state" or c.label != "boss" or not c.trigger.startswith("vocative") or c.extra.get("chef"):
            continue
        speaker = c.b if c.holder == c.a else c.a
        hailed = c.holder
        own = {d.holder for d in told if speaker in (d.a, d.b) and d.holder != speaker}
        if len(own) == 1:
            boss = own.pop()
        elif not own and hailed not in heads:
            present = {cid for _, _, cid in view.mentions_in(c.scene.span)} if c.scene else set()
            near = {d.holder for d in told if d.offset < c.offset and d.holder != speaker and d.holder in present}
            boss = near.pop() if len(near) == 1 else None
        else:
            boss = None
        if boss and boss != hailed:
            c.a, c.b, c.holder = boss, speaker, boss
            c.trigger += " (the speaker's boss the story tells)"


CREW_TITLES = {"coach": "teacher", "captain": "boss", "skipper": "boss", "chef": "boss"}
# the titles that make a named character a crew's head when they are only an alias ("Captain" is also a rank
# that heads no one the story shows)
ALIAS_CREW_TITLES = {"coach", "skipper", "chef"}


def crew_heads(cues: list[Cue], view: StoryView) -> list[Cue]:
    """A character the story names by a crew title ("Captain Voss", "Coach Reyes", "Chef Ruth") heads the
    people they talk with: each one who speaks to them or is spoken to by them in the story's dialogue is
    their crew (boss; a coach's, teacher), unless the story already gives that pair the tie. Not in novels
    (a novel's captain talks with everyone)."""
    if len(view.text) > 100_000:
        return []
    out: list[Cue] = []
    for cid, ch in view.chars.items():
        w = ch.name.split()
        by_alias = False
        if len(w) < 2 or w[0].lower() not in CREW_TITLES:
            # "Hana Petrak", also called "Coach Petrak" or "Coach": a title a team or a kitchen uses
            titled = [a.split() for a in ch.aliases if a != ch.name and a.split()
                      and a.split()[0].lower() in ALIAS_CREW_TITLES]
            if len(w) < 2 or not titled:
                continue
            w, by_alias = titled[0], True
        label = CREW_TITLES[w[0].lower()]
        kin = {x for c in cues if c.kind == "state" and c.a and c.b and cid in (c.a, c.b)
               and L.STATE_TYPE.get(c.label) in ("family", "romantic") for x in (c.a, c.b)} if by_alias else set()
        talked: list[tuple[str, int]] = []
        for q in view.quotes:
            if q.speaker == cid:
                talked += [(a, q.span[0]) for a in q.addressees]
            elif q.speaker and cid in q.addressees:
                talked.append((q.speaker, q.span[0]))
        have = {frozenset((c.a, c.b)) for c in cues if c.label == label and c.a and c.b}
        times = Counter(other for other, _ in talked)
        for other, at in talked:
            if by_alias and times[other] < 2:
                continue  # (by an alias only: a crew talks with its head more than once)
            if other and other != cid and frozenset((cid, other)) not in have and other not in kin:
                have.add(frozenset((cid, other)))
                out.append(Cue("state", label, cid, other, holder=cid, offset=at, span=(at, at),
                               trigger=f"talks with {w[0]} (crew)", confidence=0.4, scene=view.scene_at(at)))
    return out


WORK_CHAT = re.compile(r"\b(?:team|work|office|staff|lab|ward|shift|department|crew|band)(?: group)? "
                       r"(?:chat|thread|channel|group chat)\b", re.I)


def chat_friends(cues: list[Cue], view: StoryView) -> list[Cue]:
    """A group chat (a run of chat lines from three senders or more, nothing but the senders' names between
    them) is a circle of friends ("Ivo: who moved my bike / Rhea: it was in the hall / Me: i put it in the
    shed"): each two members the story ties in no other way are friends. Not when a member heads or
    works with another (a crew's or a tour's chat is work), nor when two members are kin or one is known by a
    kin title ("Mum: dinner at 7" is a family's chat), and not in novels."""
    if len(view.text) > 100_000:
        return []
    # runs of chat lines with nothing between them but the senders' names ("Rhea: ", "**Ivo:** ")
    runs: list[list] = []
    for q in view.quotes:
        if q.kind != "written" or not q.speaker:
            continue
        if runs and q.span[0] - runs[-1][-1].span[1] < 40 and not re.search(
                r"[a-z]{2,}\W+[a-z]{2,}", view.text[runs[-1][-1].span[1]:q.span[0]]):
            runs[-1].append(q)
        else:
            runs.append([q])
    # (sharing a flat is no other tie: flatmates in a chat are friends as well)
    tied = {frozenset((c.a, c.b)) for c in cues if c.a and c.b and c.kind == "state" and c.label != "roommates"}
    work = {frozenset((c.a, c.b)) for c in cues if c.a and c.b and c.kind == "state"
            and L.STATE_TYPE.get(c.label) in ("professional", "family")}

    def kin_title(cid: str) -> bool:  # a member the chat knows as "Mum" or "Grandad": a family's chat
        info = view.chars.get(cid)
        return info is not None and info.name.lower().strip(".") in L.KIN_NAMES

    out: list[Cue] = []
    for run in runs:  # each chat on its own: two chats are two circles, a work chat spoils only itself
        members = list(dict.fromkeys(q.speaker for q in run))
        at = run[0].span[0]
        # session 26: a chat the narration just before it names as work's ("the shift chat", "the office
        # thread") is a circle of colleagues
        line = view.text.rfind("\n", 0, at)  # (the paragraph before the chat's first line, sender and all)
        before = view.text[max(0, line - 400):max(0, line)].rstrip()
        before = before[before.rfind("\n") + 1:]
        at_work = bool(WORK_CHAT.search(before))
        if len(members) < 3 or (not at_work and any(frozenset((x, y)) in work for i, x in enumerate(members)
                                                    for y in members[i + 1:])):
            continue
        if not at_work and any(kin_title(m) for m in members):
            continue  # a family's chat ("Mum: dinner at 7") is no circle of friends
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                if frozenset((x, y)) not in (work if at_work else tied):
                    tied.add(frozenset((x, y)))
                    if at_work:
                        work.add(frozenset((x, y)))
                    out.append(Cue("state", "colleagues" if at_work else "friends", x, y, offset=at, span=(at, at),
                                   trigger="in a work chat" if at_work else "in a group chat",
                                   confidence=0.4, scene=view.scene_at(at)))
    return out


def _scene_partner(cues: list[Cue], c: Cue) -> str | None:
    """The one person a romantic state of the same scene pairs ``c.a`` with (not an ex), else None."""
    found = {d.b if d.a == c.a else d.a for d in cues if d is not c and d.kind == "state" and d.scene is c.scene
             and d.label in ("dating", "engaged", "married") and d.a and d.b and c.a in (d.a, d.b)}
    found.discard(c.a)
    return found.pop() if len(found) == 1 else None


def settle_pronoun_owners(cues: list[Cue], view: StoryView) -> None:
    """"His girlfriend, Jess, squeezed his knee. Jess ... had been seeing Owen since Easter": when a
    partner noun's owner is only a pronoun's guess and the named partner is paired, in a cue that
    names both, with one other person of the pronoun's sex told within a few paragraphs, the pronoun
    meant that person. Independent of the words: it reads the consistency of the story's couples."""
    firm = [c for c in cues if c.kind == "state" and c.a and c.b and not c.extra.get("pron_owner")
            and c.label in ("dating", "engaged", "married")]
    for c in cues:
        sex = c.extra.get("pron_owner")
        if not sex or not c.a or not c.b:
            continue
        if c.label == "ex":
            # session 28: "her ex-husband, Ned, turned up with someone new": an ex is expected to be
            # paired with someone new, so his new partner is no sign of whose ex he is
            continue
        others = {d.b if d.a == c.b else d.a for d in firm if c.b in (d.a, d.b) and abs(d.offset - c.offset) < 1200}
        others -= {c.a, c.b}
        others = {o for o in others if view.gender(o) == sex}
        if len(others) == 1 and not any(frozenset((d.a, d.b)) == frozenset((c.a, c.b)) for d in firm):
            c.a = others.pop()
            c.trigger += " (the one the story pairs her or him with)"


def retarget_wants_back(cues: list[Cue]) -> None:
    """"I want him back" presupposes a past romance: when the pronoun resolved to someone the holder
    never had one with, but the holder has an earlier partner, that partner is meant."""
    partners: dict[str, list[str]] = defaultdict(list)
    for c in sorted(cues, key=lambda c: c.offset):
        if c.kind == "state" and c.a and c.b and c.label in ("dating", "engaged", "married", "ex"):
            partners[c.a].append(c.b)
            partners[c.b].append(c.a)
        if c.kind == "state" and c.label == "wants_back" and c.holder:
            past = partners.get(c.holder, [])
            if past and c.b not in past:
                c.b = past[-1]
                c.confidence *= 0.7


def spoken_only(view: StoryView) -> frozenset[str]:
    """Characters the narration never mentions: every mention is inside someone's speech ("Mum says
    you've parked across the drive", "Dad told me"). Such a name is relative to whoever says it (one
    speaker's "Mum" is not another's, though the cast makes one character of them), so kin is not
    composed through them (session 12, second round)."""
    narrators = {cid for _, cid, _ in view.narrator_sections if cid}
    seen: set[str] = set()
    heard: set[str] = set()
    for s, _, cid in view.mentions:
        (heard if view.quote_at(s) is not None else seen).add(cid)
    return frozenset(heard - seen - narrators - {NARRATOR_ID})


# roles a household gives a child's care ("her governess", "their old nurse", "Kit's nanny", "his tutor")
CARE_ROLES = re.compile(r"\b(governess\w*|nann(?:y|ies)|nurses?|nursemaids?|wet-?nurses?|tutors?|guardians?|"
                        r"childminders?|babysitters?|au pairs?)\b", re.I)
TEACHING = re.compile(r"\b(teach\w*|taught|tutor\w*|lessons?)\b", re.I)


def _raised_as(tie: Cue, raiser: str | None) -> bool:
    """Whether ``tie``, between a raiser and the child they raised, is what they raised the child as, not a
    parent: kin other than a parent (a grandmother, an aunt), a role of care (a governess, a nurse, a
    nanny, a guardian, a tutor) or the raiser's teaching of the child ("Miss Fenn taught Ada Latin"). Not a
    boss, a colleague, an agent or a coach: those are told of the grown child as often as of a carer."""
    kind = L.STATE_TYPE.get(tie.label)
    if kind == "family":
        return tie.label != "parent"
    if kind != "professional":
        return False
    if CARE_ROLES.search(tie.trigger or ""):
        return True
    return tie.label == "teacher" and tie.holder == raiser and bool(TEACHING.search(tie.trigger or ""))


def drop_nameless_kin(cues: list[Cue], view: StoryView) -> list[Cue]:
    """No kin tie with a speaker the story never names ("the young man", "the woman"): such a speaker is
    mostly a named person the dialogue did not link yet (a son before his name is given, the
    mother of a custody story before she is named), so "Mama," said by them gives the named person's
    tie to a stand-in, and every tie composed through it is a copy."""
    nameless = {cid for cid, ch in view.chars.items() if ch.nameless}
    if not nameless:
        return cues
    return [c for c in cues if not (c.kind == "state" and L.STATE_TYPE.get(c.label) == "family"
                                    and {c.a, c.b} & nameless)]


def infer(cues: list[Cue], novel: bool = False, long_text: bool = False,
          unseen: frozenset[str] = frozenset(), gender: Callable[[str], str] | None = None) -> list[Cue]:
    """What a reader infers from the cues: a first kiss starts dating; dating someone new after
    an ex is a new partner; a wedding being planned ("our wedding") is void once they are married.
    ``unseen``: characters named only in speech (``spoken_only``), whom kin is not composed through;
    ``gender``: the pronoun a character goes by ("he", "she", else unknown), for the kin a reader composes."""
    out = list(cues)
    # "Mum'll kill me," said once by Gaspard, and "Mum" nowhere else in the story: a parent named in passing
    # by the one speaker is no tie a reader keeps, unless the speaker's family is in the story (a brother,
    # an uncle, a son: then "Mum" is the family's, told to or of them)
    kin = {p for c in cues if c.kind == "state" and c.b and "passing_title" not in c.extra
           and L.STATE_TYPE.get(c.label) == "family" for p in (c.a, c.b)}
    out = [c for c in out if not ("passing_title" in c.extra and " = " not in c.trigger and not {c.a, c.b} & kin)]
    # a grandfather's title said by two speakers the story ties no way as brother and sister: each speaker's own
    # grandfather, not one man who is both's; the tie is kept only for the speakers who are one family: siblings,
    # cousins, or two with a parent, sibling or cousin in common (review of session 28: cousins lost it)
    fam = {frozenset((c.a, c.b)) for c in cues if c.kind == "state" and c.label in ("sibling", "cousin") and c.b}
    near: dict[str, set[str]] = defaultdict(set)
    for c in cues:
        if c.kind == "state" and c.label in ("parent", "sibling", "cousin") and c.b and c.a != c.b:
            near[c.a].add(c.b)
            near[c.b].add(c.a)
    owners: dict[str, set[str]] = defaultdict(set)
    for c in out:
        if c.extra.get("title_speech") and c.label == "grandparent" and " = " not in c.trigger \
                and c.holder in (c.a, c.b):
            owners[c.holder].add(c.b if c.holder == c.a else c.a)

    def lone(c: Cue) -> bool:
        os = owners.get(c.holder or "", set())
        o = c.b if c.holder == c.a else c.a
        return len(os) > 1 and not any(frozenset((o, p)) in fam or (near[o] & near[p]) - {o, p} for p in os if p != o)

    out = [c for c in out if not (c.extra.get("title_speech") and c.label == "grandparent" and " = " not in c.trigger
                                  and lone(c))]
    married = {frozenset((c.a, c.b)) for c in cues if c.kind == "state" and c.label == "married" and c.b}
    out = [c for c in out if not (c.extra.get("weak") and frozenset((c.a, c.b)) in married)]
    # grandparents, aunts and governesses raise children too: "raised" is no parent of one the story
    # ties to the child otherwise ("their old nurse ... Mrs Abney had brought the twins up"), by kin other
    # than a parent's or by a role of care (see ``_raised_as``); a work tie (the grown child's boss or
    # colleague) leaves the parent
    raised = [c for c in out if c.kind == "state" and c.label == "parent" and c.extra.get("raised")]
    if raised:
        ties = [c for c in out if c.kind == "state" and c.b and not c.extra.get("raised") and not c.extra.get("inferred")]
        drop = {id(r) for r in raised if any(frozenset((c.a, c.b)) == frozenset((r.a, r.b)) and _raised_as(c, r.holder)
                                             for c in ties)}
        out = [c for c in out if id(c) not in drop]
    # "their father" makes siblings only of two people the story does not pair romantically (the "their"
    # of a couple is their child's or in-law's)
    romantic = {frozenset((c.a, c.b)) for c in out if c.kind == "state" and c.b and L.STATE_TYPE.get(c.label) == "romantic"}
    out = [c for c in out if not (c.extra.get("shared_parent") and frozenset((c.a, c.b)) in romantic)]
    # living together, or "babe", is a couple's only when the pair is not told as flatmates with nothing
    # else romantic between them ("They had lived together for four years ... her flatmate")
    flatmates = {frozenset((c.a, c.b)) for c in out if c.kind == "state" and c.b and c.label == "roommates"}
    firm = {frozenset((c.a, c.b)) for c in out if c.b and not c.extra.get("cohabit") and (
        L.STATE_TYPE.get(c.label) == "romantic" or c.label in ("first_kiss", "proposal", "engagement", "wedding"))}
    out = [c for c in out if not (c.extra.get("cohabit") and frozenset((c.a, c.b)) in flatmates - firm)]
    out = _settle_kisses_and_drifts(out, kin_veto=not novel)
    out = _crush_inside_romance(out)
    # narrated "X loved Y" is a crush only between two the story ties in no other way: beside a work tie it
    # is fondness ("the look that meant she loved me"), beside a romance told in that sentence or before it
    # it is that romance ("had loved Declan ... and he had loved her back"); a romance told later keeps it
    # (the love came first); kin, friendship and rivalry do not count (cousins in the classic novels marry,
    # friends fall for each other, "Years later Mara and Tomas were friends again" keeps the earlier love)
    other_tie: dict[frozenset, int] = {}
    for c in out:
        kind = L.STATE_TYPE.get(c.label.removeprefix("former_"))
        if c.kind == "state" and c.b and c.label not in ("crush", "unrequited") and kind in ("professional", "romantic"):
            first = 0 if kind == "professional" else c.offset
            pair = frozenset((c.a, c.b))
            other_tie[pair] = min(other_tie.get(pair, first), first)
    out = [c for c in out if not (c.extra.get("loved_only")
                                  and other_tie.get(frozenset((c.a, c.b)), 1 << 30) <= c.span[1])]
    # a plea for another chance ("I want another go") wants back only someone the story shows as a
    # partner (before or after it); said to a friend or a boss it is about something else
    couples = {frozenset((c.a, c.b)) for c in out if c.kind == "state" and c.b and c.label in (
        "dating", "engaged", "married", "ex")}
    out = [c for c in out if not (c.extra.get("needs_couple") and frozenset((c.a, c.b)) not in couples)]
    # "I miss you" wants back only someone the story shows as a former partner
    exes = {frozenset((c.a, c.b)) for c in out if c.b and (c.kind, c.label) in (("state", "ex"), ("event", "breakup"))}
    out = [c for c in out if not (c.extra.get("needs_ex") and frozenset((c.a, c.b)) not in exes)]
    for c in out:
        if c.kind == "event" and c.label == "first_kiss" and c.b and not c.extra.get("kiss"):
            out.append(replace(c, kind="state", label="dating", confidence=0.4, extra={"inferred": True}))
    out += _couple_before_breakup(out)
    # (not in a novel: its crowded casts make false couples, and succession would end real ones)
    succession = _partner_succession(out) if not long_text else []
    out += succession
    behind = _ex_behind_wants_back(out)
    out += behind + _couple_before_breakup(out + behind) if behind else []
    out += _breakup_behind_ex(out)
    exes: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for c in cues + succession:
        if c.kind == "state" and c.label == "ex" and c.b and c.scene:
            exes[c.a or ""].append((position(c), c.b))
            exes[c.b].append((position(c), c.a or ""))
    told = {frozenset((c.a, c.b)) for c in cues if c.kind == "event" and c.label == "new_partner" and c.b}
    for c in cues:
        if c.kind != "state" or c.label != "dating" or not c.b or not c.scene:
            continue
        if c.extra.get("kiss") or c.trigger.startswith("vocative"):
            # a kiss or a "babe" is no told new couple: over the tune set these made 2 true and 17 false
            # new partners (most kiss the one the story ends with, whose earlier ex is long past)
            continue
        pair = frozenset((c.a, c.b))
        if pair in told:
            continue
        for who, new in ((c.a, c.b), (c.b, c.a)):
            if any(p <= position(c) and other != new for p, other in exes.get(who or "", [])):
                out.append(replace(c, kind="event", label="new_partner", a=who, b=new, confidence=0.5,
                                   extra={"inferred": True}))
                told.add(pair)
                break
    out += _engagement_behind_acceptance(out)
    out += _making_up_after_a_fight(out)
    out += _friends_after_rivalry(out)
    out += _courted_before_proposal(out)
    out += _courted_after_meeting(out)
    def seen(cs: list[Cue]) -> list[Cue]:
        return [c for c in cs if c.a not in unseen and c.b not in unseen] if unseen else cs

    out += _kin_by_composition(seen(out), gender)
    if unseen:
        out += _one_child_title_to_sibling(out, unseen)
    if not long_text:
        # a second round over what the first composed, with the ties a reader composes through a
        # told tie and a composed one (the family of a wake or a Christmas, told mostly by address)
        out += _kin_closure(seen(out))
        # and what the first round composes from those ("Gran" is Mum's mother, Pete is Mum's brother: so
        # Gran is Pete's mother too), only where a tie of this round is one of the two
        out += [c for c in _kin_by_composition(seen(out), gender) if any(w in c.trigger for w in CLOSURE_MARKS)]
        out += _cousins_grandparent(seen(out))
        out += _only_cousins_parent(seen(out))
    return out


def _cousins_grandparent(cues: list[Cue]) -> list[Cue]:
    """A cousin's grandparent is one's own ("Nan" of the narrator, and "my cousin Ivo" at her table):
    the family a story gathers round a grandparent is the one the two cousins share. Weak (0.35), only
    between two the cues tie no other way (only told and closure grandparent ties are read: the ties
    made here are not fed back)."""
    tied = {frozenset((c.a, c.b)) for c in cues if c.kind == "state" and c.a and c.b}
    cousins: dict[str, set[str]] = defaultdict(set)
    for c in cues:
        if c.kind == "state" and c.label == "cousin" and c.a and c.b and c.a != c.b:
            cousins[c.a].add(c.b)
            cousins[c.b].add(c.a)
    out: list[Cue] = []
    for c in cues:
        if c.kind != "state" or c.label != "grandparent" or not (c.a and c.b) or c.holder not in (c.a, c.b):
            continue
        young = c.b if c.holder == c.a else c.a
        for other in sorted(cousins.get(young, ())):
            pair = frozenset((c.holder, other))
            if other != c.holder and pair not in tied:
                out.append(replace(c, a=c.holder, b=other, confidence=0.35, trigger=f"{c.trigger} (cousin's)",
                                   extra={"inferred": True}))
                tied.add(pair)
    return out


def _only_cousins_parent(cues: list[Cue]) -> list[Cue]:
    """An aunt or uncle of someone with one cousin in the story is that cousin's parent ("Aunt Nell"
    and "my cousin Rob" at one table): a story that names one cousin names the household the cousin
    comes from. Only where the person has exactly one cousin, the cousin fewer than two parents, and the
    two are tied no other way; weak (0.35); the ties made here are not fed back. (With two or more
    cousins the aunts and cousins pair up in too many ways.)"""
    tied = {frozenset((c.a, c.b)) for c in cues if c.kind == "state" and c.a and c.b}
    cousins: dict[str, set[str]] = defaultdict(set)
    parents: dict[str, set[str]] = defaultdict(set)
    for c in cues:
        if c.kind != "state" or not (c.a and c.b) or c.a == c.b:
            continue
        if c.label == "cousin":
            cousins[c.a].add(c.b)
            cousins[c.b].add(c.a)
        elif c.label == "parent" and c.holder in (c.a, c.b):
            parents[c.b if c.holder == c.a else c.a].add(c.holder)
    out: list[Cue] = []
    for c in cues:
        if c.kind != "state" or c.label != "aunt_or_uncle" or not (c.a and c.b) or c.holder not in (c.a, c.b):
            continue
        young = c.b if c.holder == c.a else c.a
        if len(cousins.get(young, ())) != 1:
            continue
        (other,) = cousins[young]
        pair = frozenset((c.holder, other))
        if other != c.holder and pair not in tied and len(parents.get(other, ())) < 2:
            out.append(replace(c, label="parent", a=c.holder, b=other, confidence=0.35,
                               trigger=f"{c.trigger} (only cousin's)", extra={"inferred": True}))
            tied.add(pair)
    return out


def _one_child_title_to_sibling(cues: list[Cue], unseen: frozenset[str]) -> list[Cue]:
    """A parent known only by a title heard in speech ("Ask Papa yourself", said by one sister to the
    other) is the parent of the speaker's told full sibling too, when the sibling is the one the
    speaker says it to, neither is the first-person narrator, and the title is one child's only: every
    parent tie the title character holds is to one child, or to children told as siblings of each other.
    A title several unrelated speakers use is a merge of their parents (session 16: the composition for
    any speaker's sibling made six false ties for one true)."""
    out: list[Cue] = []
    st = [c for c in cues if c.kind == "state" and c.a and c.b and c.a != c.b]
    siblings: dict[str, set[str]] = defaultdict(set)
    for c in st:
        if c.label == "sibling" and (c.extra.get("shared_parent") or not c.extra.get("inferred")) and not any(
                w in c.trigger.lower() for w in ("step", "half")):
            siblings[c.a].add(c.b)
            siblings[c.b].add(c.a)
    tied = {frozenset((c.a, c.b)) for c in st}
    for k in unseen:
        pcs = [c for c in st if c.label == "parent" and c.holder == k and k in (c.a, c.b)]
        told = [c for c in pcs if c.extra.get("one_child")]
        owners = {c.b if c.a == k else c.a for c in pcs}
        if not owners or any(o != p and p not in siblings.get(o, ()) for o in owners for p in owners):
            continue
        for pc in told:
            owner = pc.b if pc.a == k else pc.a
            to, narrs = pc.extra["one_child"]
            for sib in sorted(siblings.get(owner, set()) & set(to) - set(narrs)):
                pair = frozenset((k, sib))
                if sib != k and pair not in tied:
                    out.append(replace(pc, a=k, b=sib, holder=k, confidence=0.4,
                                       trigger=f"{pc.trigger} (one child's title, composed)",
                                       extra={"inferred": True, "one_child_composed": True}))
                    tied.add(pair)
    return out


def _making_up_after_a_fight(cues: list[Cue]) -> list[Cue]:
    """A fight, then the same two hugging or comforting each other later (in that scene or any later one:
    session 25, +2 / 0 on the tune set over the same-or-next-scene limit): they have made up (a
    reconciliation), however the making-up is told. Readers list it; the text rarely says "made up" when
    it shows it."""
    told = {frozenset((c.a, c.b)) for c in cues if c.kind == "event" and c.label == "reconciliation" and c.b}
    # (an enmity the story told counts as the quarrel: "hated each other" ... then one comforts the other)
    fights = [c for c in cues if c.b and c.scene and ((c.kind == "event" and c.label == "fight")
                                                        or (c.kind == "state" and (c.label == "enemies" or (
                                                            c.trigger.startswith("hated each other")))))]
    out: list[Cue] = []
    for f in sorted(fights, key=lambda c: c.offset):
        pair = frozenset((f.a, f.b))
        if pair in told:
            continue
        for c in sorted(cues, key=lambda c: c.offset):
            if c.kind == "event" and c.label == "comfort" and c.b and frozenset((c.a, c.b)) == pair and c.scene \
                    and c.offset > f.offset and 0 <= c.scene.index - f.scene.index:
                out.append(replace(c, label="reconciliation", confidence=0.4,
                                   trigger=f"{c.trigger} (after the {f.trigger})", extra={"inferred": True}))
                told.add(pair)
                break
    return out


def _friends_after_rivalry(cues: list[Cue]) -> list[Cue]:
    """Rivals one of whom later comforts the other (an arm round her, sat with him in his distress) have
    become friends ("rivals to friends"): readers list the friendship the ending shows, though the text
    rarely names it. Not a pair the story ties romantically or by kin (rivals to lovers, quarrelling
    siblings), nor one already friends; not enemies, and not an apology or a handshake (a truce is no
    friendship: both added false friends on the tune set)."""
    pairs = {}
    other: set[frozenset] = set()
    for c in cues:
        if not c.b or c.a == c.b:
            continue
        pair = frozenset((c.a, c.b))
        kind = L.STATE_TYPE.get(c.label.removeprefix("former_"))
        if c.kind == "state" and c.label == "rivals" and c.scene:
            if pair not in pairs or c.offset < pairs[pair].offset:
                pairs[pair] = c
        elif (c.kind == "state" and kind in ("romantic", "family", "friendship")) or (
                c.kind == "event" and c.label in ("first_kiss", "proposal", "engagement", "wedding")):
            other.add(pair)
    out: list[Cue] = []
    for c in sorted(cues, key=lambda c: c.offset):
        if c.kind != "event" or c.label != "comfort" or not c.b or not c.scene:
            continue
        pair = frozenset((c.a, c.b))
        r = pairs.get(pair)
        if r is None or pair in other or c.offset <= r.offset:
            continue
        out.append(replace(c, kind="state", label="friends", holder=None, confidence=0.4, offset=c.offset + 1,
                           trigger=f"{c.trigger} (after the {r.trigger})", extra={"inferred": True}))
        other.add(pair)
    return out


def _courted_before_proposal(cues: list[Cue]) -> list[Cue]:
    """A proposal the story shows as it happens (not told as earlier or remembered), to someone the text
    itself gives (no stand-in partner), and accepted (the pair engaged), with no romance told for the two:
    they were courting before it (dating, just before the proposal). Session 11's wider form (dating before
    any engagement or marriage) added +10/+25; a proposal shown and answered is a romance the story courts."""
    roman: set[frozenset] = set()
    engaged: set[frozenset] = set()
    for c in cues:
        if c.kind == "state" and c.b and c.label in ("dating", "ex", "married", "wants_back"):
            roman.add(frozenset((c.a, c.b)))
        if c.kind == "state" and c.b and c.label == "engaged":
            engaged.add(frozenset((c.a, c.b)))
    out: list[Cue] = []
    for c in sorted(cues, key=lambda c: c.offset):
        pair = frozenset((c.a, c.b))
        if c.kind == "event" and c.label == "proposal" and c.b and c.scene and not c.anterior and not c.recalled \
                and not c.needs_partner \
                and pair in engaged and pair not in roman:
            out.append(replace(c, kind="state", label="dating", holder=None, confidence=0.35, offset=c.offset - 1,
                               trigger=f"{c.trigger} (courted before)", extra={"inferred": True}))
            roman.add(pair)
    return out


def _courted_after_meeting(cues: list[Cue]) -> list[Cue]:
    """A pair the story shows meeting and later engaged or marrying, with no romance told between: they
    courted in between (dating, just after the meeting). A wedding or an engagement alone says nothing of a
    courtship (a couple may be married when the story opens); a meeting told first and a marriage after it
    is a romance the story follows from its start."""
    roman: set[frozenset] = set()
    for c in cues:
        if c.kind == "state" and c.b and c.label in ("dating", "ex", "wants_back"):
            roman.add(frozenset((c.a, c.b)))
    met: dict[frozenset, Cue] = {}
    for c in sorted(cues, key=lambda c: c.offset):
        if c.kind == "event" and c.label == "meeting" and c.b and c.scene and not c.recalled \
                and not c.needs_partner:
            met.setdefault(frozenset((c.a, c.b)), c)
    out: list[Cue] = []
    for c in sorted(cues, key=lambda c: c.offset):
        pair = frozenset((c.a, c.b))
        m = met.get(pair)
        if m is None or pair in roman or not c.b or c.needs_partner or c.recalled:
            continue
        later = (c.kind == "event" and c.label in ("wedding", "proposal", "engagement")) or (
            c.kind == "state" and c.label in ("engaged", "married"))
        if later and c.scene and m.scene and position(c) > position(m):
            out.append(replace(m, kind="state", label="dating", holder=None, confidence=0.35, offset=m.offset + 1,
                               trigger=f"{m.trigger} (courted after)", extra={"inferred": True}))
            roman.add(pair)
    return out


def _engagement_behind_acceptance(cues: list[Cue]) -> list[Cue]:
    """A proposal that left the pair engaged ("she accepted him", "asked ... and she said yes") is
    an engagement: readers list both events, whatever words told the acceptance."""
    told = {frozenset((c.a, c.b)) for c in cues if c.kind == "event" and c.label == "engagement" and c.b}
    engaged = {(frozenset((c.a, c.b)), c.offset) for c in cues if c.kind == "state" and c.label == "engaged" and c.b}
    out: list[Cue] = []
    for c in cues:
        pair = frozenset((c.a, c.b))
        if c.kind == "event" and c.label == "proposal" and c.b and pair not in told and (pair, c.offset) in engaged:
            out.append(replace(c, label="engagement", confidence=c.confidence * 0.8, offset=c.offset + 1,
                               trigger=f"{c.trigger} (accepted)", extra={**c.extra, "inferred": True}))
            told.add(pair)
    return out


def _crush_inside_romance(cues: list[Cue]) -> list[Cue]:
    """"I was in love with Tomás ... for two years we were the kind of couple other people found
    tiresome": being in love told in the very scene that shows the pair as a lasting couple is the
    romance itself, not a one-sided crush before it ("Pavel was in love with Rhea, and soon they were
    engaged" keeps the crush: the romance is told as coming after)."""
    together = {(frozenset((c.a, c.b)), c.scene.id) for c in cues if c.kind == "state" and c.b and c.scene
                and c.label in ("dating", "engaged", "married") and c.extra.get("lasting")}
    return [c for c in cues if not (c.kind == "state" and c.label == "crush" and c.b and c.scene
                                     and not c.extra.get("confessed_held")
                                     and (frozenset((c.a, c.b)), c.scene.id) in together)]


def _kin_by_composition(cues: list[Cue], gender: Callable[[str], str] | None = None) -> list[Cue]:
    """Kinship a reader composes: a parent's sibling is an aunt or uncle ("Tamsin's mother, Lys, was
    Orrin's younger sister"), a parent's parent a grandparent. Weak, and only where the text states
    no tie of its own between the two."""
    parents: dict[str, list[Cue]] = defaultdict(list)  # child -> parent cues
    siblings: dict[str, set[str]] = defaultdict(set)
    half: set[frozenset] = set()
    tied = {frozenset((c.a, c.b)) for c in cues if c.kind == "state" and c.b}
    for c in cues:
        if c.kind != "state" or not (c.a and c.b) or c.a == c.b:
            continue
        if c.label == "parent" and c.holder in (c.a, c.b):
            parents[c.b if c.holder == c.a else c.a].append(c)
        elif c.label == "sibling":
            siblings[c.a].add(c.b)
            siblings[c.b].add(c.a)
            if "step" in c.trigger.lower() or "half" in c.trigger.lower():
                half.add(frozenset((c.a, c.b)))  # "my stepsister, Dad's daughter": not her mother's
    out: list[Cue] = []
    for child, pcs in parents.items():
        for pc in pcs:
            if pc.trigger.startswith("vocative"):
                continue  # (a "Mum!" heard is given to a listener the dialogue guessed: not composed further)
            if _not_by_blood(pc.trigger):
                continue  # (one who raised the child, or a step-parent: their kin are not the child's by blood)
            if pc.confidence < 0.5:
                continue  # (a weak parent tie, a bare "her father" of a guessed owner: not composed further)
            for other, label in [(s, "aunt_or_uncle") for s in siblings.get(pc.holder, ())] + [
                    (g.holder, "grandparent") for g in parents.get(pc.holder, [])]:
                pair = frozenset((other, child))
                if other and other != child and pair not in tied:
                    out.append(replace(pc, label=label, a=other, b=child, holder=other, confidence=0.4,
                                       trigger=f"{pc.trigger} (composed)", extra={"inferred": True}))
                    tied.add(pair)
    # a sibling's parent is one's own ("My sister ... Dad rang"), and two children of one parent are
    # siblings ("their mother's funeral"); independent annotators mark both, the text rarely says so
    def has_other(child: str, parent: str, like: str) -> bool:
        """Whether ``child`` has a told parent other than ``parent`` who goes by the pronoun of ``like``."""
        sex = gender(like) if gender is not None else None
        return sex in ("he", "she") and any(
            o.holder not in (parent, like) and gender(o.holder) == sex and not o.extra.get("inferred")
            and not _not_by_blood(o.trigger) for o in parents.get(child, ()))

    for child, pcs in list(parents.items()):
        for pc in pcs:
            for sib in siblings.get(child, ()):
                pair = frozenset((pc.holder, sib))
                if has_other(sib, pc.holder, pc.holder):
                    continue  # (the sibling's own mother is told: a half-sibling, not this mother's child)
                if frozenset((child, sib)) not in half and sib and sib != pc.holder and pair not in tied:
                    out.append(replace(pc, a=pc.holder, b=sib, confidence=0.4, trigger=f"{pc.trigger} (composed)",
                                       extra={"inferred": True}))
                    tied.add(pair)
    # a parent's spouse is a parent too ("Owen is Martin's son" + Helen married Martin; "their
    # stepfather" Walt married their mother): readers and annotators mark it, the text rarely does
    spouses: dict[str, set[str]] = defaultdict(set)
    ended = {frozenset((c.a, c.b)) for c in cues if c.kind == "state" and c.label == "ex" and c.b}
    for c in cues:
        if c.kind == "state" and c.label == "married" and c.a and c.b and frozenset((c.a, c.b)) not in ended:
            spouses[c.a].add(c.b)
            spouses[c.b].add(c.a)
    grand: dict[str, list[Cue]] = defaultdict(list)  # grandchild -> grandparent cues
    for c in cues:
        if c.kind == "state" and c.label == "grandparent" and c.a and c.b and c.holder in (c.a, c.b) \
                and not c.extra.get("inferred"):
            grand[c.b if c.holder == c.a else c.a].append(c)
    for table in (parents, grand):  # (and a grandparent's spouse a grandparent: "your grandfather's letters")
        for child, pcs in list(table.items()):
            for pc in pcs:
                if pc.extra.get("inferred"):
                    continue
                # session 28: "Mum and Dad parted ... Dad brought his new wife, Ottilie": a parent who split
                # from the child's other parent married again, and the new spouse is no parent unless said
                remarried = any(q.holder not in (pc.holder, None) and frozenset((q.holder, pc.holder)) in ended
                                for q in pcs)
                for spouse in spouses.get(pc.holder, ()):
                    pair = frozenset((spouse, child))
                    if table is parents and has_other(child, pc.holder, spouse):
                        # "My dad, Dunstan" ... "my mum, Orsolya" ... Dunstan's wife Ilsabet: the child's mother is
                        # told, so the father's wife is a step-mother or a new partner, not a second mother
                        continue
                    if spouse != child and pair not in tied and not remarried:
                        out.append(replace(pc, a=spouse, b=child, holder=spouse, confidence=0.35,
                                           trigger=f"{pc.trigger} (spouse)", extra={"inferred": True}))
                        tied.add(pair)
                        if table is parents:
                            # and the child's own children are the spouse's grandchildren ("her husband
                            # Fergus", "Fergus's son Tam", "Tam's daughter Elspeth": her granddaughter)
                            for grandchild, gcs in parents.items():
                                if grandchild in (spouse, child) or frozenset((spouse, grandchild)) in tied:
                                    continue
                                if any(g.holder == child and not g.extra.get("inferred") for g in gcs):
                                    out.append(replace(pc, label="grandparent", a=spouse, b=grandchild,
                                                       holder=spouse, confidence=0.35,
                                                       trigger=f"{pc.trigger} (spouse's grandchild)",
                                                       extra={"inferred": True}))
                                    tied.add(frozenset((spouse, grandchild)))
    by_parent: dict[str, list[Cue]] = defaultdict(list)
    for pcs in parents.values():
        for pc in pcs:
            if pc.confidence >= 0.5 and not pc.extra.get("inferred"):
                by_parent[pc.holder].append(pc)
    for pcs in by_parent.values():
        kids = list(dict.fromkeys(c.b if c.holder == c.a else c.a for c in pcs))
        for i, x in enumerate(kids):
            for y in kids[i + 1:]:
                pair = frozenset((x, y))
                if x and y and x != y and pair not in tied:
                    out.append(replace(pcs[0], label="sibling", a=x, b=y, holder=None, confidence=0.4,
                                       trigger=f"{pcs[0].trigger} (one parent)", extra={"inferred": True}))
                    tied.add(pair)
    # a sibling's grandparent is one's own ("Grandad is dying ... my brother is on his way up"),
    # siblings told or just composed above
    sibs: dict[str, set[str]] = defaultdict(set)
    for c in list(cues) + out:
        if c.kind == "state" and c.label == "sibling" and c.a and c.b and frozenset((c.a, c.b)) not in half:
            sibs[c.a].add(c.b)
            sibs[c.b].add(c.a)
    for child, gcs in grand.items():
        for gc in gcs:
            for sib in sibs.get(child, ()):
                pair = frozenset((gc.holder, sib))
                if sib != gc.holder and pair not in tied:
                    out.append(replace(gc, a=gc.holder, b=sib, confidence=0.35, trigger=f"{gc.trigger} (sibling's)",
                                       extra={"inferred": True}))
                    tied.add(pair)
    return out


def _kin_closure(cues: list[Cue]) -> list[Cue]:
    """Kin ties a reader composes across a family gathering from two ties the cues give: a grandparent
    of someone with one known parent is that parent's parent ("Gran" and "Mum", at Gran's wake); an
    aunt or uncle of someone with one known parent is that parent's sibling (not an aunt or uncle with
    a spouse in the story: one of the two is family by marriage); siblings share aunts and uncles; an
    aunt's or uncle's child is a cousin; a child's two grandparents are a couple. The one parent must be
    told (not composed, not a step-parent, not someone who "raised" the child, not also the child's
    grandparent). Weak (0.35), and only between two people the cues tie no other way. Tried and dropped (more false than true on dev): a cousin's
    parent as an aunt or uncle, a sibling's cousin, two parents as a couple (a cousin's grandparent,
    dropped here, is kept since session 17 in _cousins_grandparent)."""
    ties: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # label -> person -> others
    told: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # the same, told ties only
    tied: set[frozenset] = set()
    src: dict[tuple[str, frozenset], Cue] = {}
    spoused: set[str] = set()
    ended = {frozenset((c.a, c.b)) for c in cues if c.kind == "state" and c.label == "ex" and c.b}
    for c in cues:
        if c.kind != "state" or not (c.a and c.b) or c.a == c.b:
            continue
        pair = frozenset((c.a, c.b))
        if L.STATE_TYPE.get(c.label) in ("family", "romantic"):
            tied.add(pair)  # (friends or colleagues may be cousins too)
        if c.label == "married" and pair not in ended:
            spoused.update(pair)
        if c.label in ("parent", "grandparent", "aunt_or_uncle") and c.holder in (c.a, c.b):
            young = c.b if c.holder == c.a else c.a
            ties[c.label][young].add(c.holder)  # the younger -> the elder
            src.setdefault((c.label, pair), c)
            if not c.extra.get("inferred") and not _not_by_blood(c.trigger):
                told[c.label][young].add(c.holder)
        elif c.label == "sibling":
            ties[c.label][c.a].add(c.b)
            ties[c.label][c.b].add(c.a)
    parents, grand, aunts, sibs = ties["parent"], ties["grandparent"], ties["aunt_or_uncle"], ties["sibling"]
    kids: dict[str, set[str]] = defaultdict(set)
    for child, ps in parents.items():
        for p in ps:
            kids[p].add(child)
    out: list[Cue] = []

    def add(label: str, a: str, b: str, holder: str | None, via: Cue, why: str) -> None:
        pair = frozenset((a, b))
        if a and b and a != b and pair not in tied:
            out.append(replace(via, label=label, a=a, b=b, holder=holder, confidence=0.35,
                               trigger=f"{via.trigger} ({why})", extra={"inferred": True}))
            tied.add(pair)

    for x in list(set(grand) | set(aunts)):
        if len(parents.get(x, ())) != 1 or parents[x] != told["parent"].get(x) or parents[x] & grand.get(x, set()):
            continue
        (p,) = parents[x]
        # (three or more grandparents told are from both sides of the family: not all the one parent's)
        for g in (told["grandparent"].get(x, ()) if len(told["grandparent"].get(x, ())) <= 2 else ()):
            add("parent", p, g, g, src[("grandparent", frozenset((x, g)))], "one parent's parent")
        for a in told["aunt_or_uncle"].get(x, ()):
            if a not in spoused:
                add("sibling", p, a, None, src[("aunt_or_uncle", frozenset((x, a)))], "one parent's sibling")
    for x, ys in list(sibs.items()):
        for y in ys:
            for a in aunts.get(x, ()):
                if a not in parents.get(y, ()):
                    add("aunt_or_uncle", a, y, a, src[("aunt_or_uncle", frozenset((x, a)))], "a sibling's aunt or uncle")
    for x, as_ in list(aunts.items()):
        for a in as_:
            for c in kids.get(a, ()):
                if c not in sibs.get(x, ()):
                    add("cousin", x, c, None, src[("aunt_or_uncle", frozenset((x, a)))], "aunt's child")
    # the two grandparents told of one grandchild ("Nana" and "Grandad"), neither with a partner of their
    # own in the story, are a couple (not two parents: a child's Mum and Dad are often apart)
    partnered = {p for c in cues if c.kind == "state" and c.a and c.b and L.STATE_TYPE.get(c.label) == "romantic"
                 for p in (c.a, c.b)}
    for x, gs in list(told["grandparent"].items()):
        if len(gs) == 2 and not gs & partnered:
            g1, g2 = sorted(gs)
            add("married", g1, g2, None, src[("grandparent", frozenset((x, g1)))], "the two grandparents")
    return out


CLOSURE_MARKS = ("one parent's", "aunt's child")

CLOSE_KIN = {"parent", "child", "sibling", "grandparent", "grandchild", "aunt_or_uncle", "niece_or_nephew"}


def _settle_kisses_and_drifts(cues: list[Cue], kin_veto: bool = True) -> list[Cue]:
    """Decide the cues that depend on the whole story.

    - An unlabelled kiss ("she kissed me") starts a romance only between people who are not family,
      and is their *first* kiss only when nothing romantic between them comes before it.
    - "We drifted apart" is a break-up only for a pair the story shows as a couple elsewhere.
    """
    def pair(c: Cue) -> frozenset:
        return frozenset((c.a, c.b))

    family = {pair(c) for c in cues if c.kind == "state" and c.b and L.STATE_TYPE.get(c.label) == "family"
              and c.confidence >= 0.7}  # said outright ("her brother"), not a guessed form of address
    # ... or said again and again ("their father" ten times in a novel: Jane and Mr. Bennet are no couple
    # because one "they are really to be married!" went to the wrong pair)
    told = Counter(pair(c) for c in cues if c.kind == "state" and c.b and L.STATE_TYPE.get(c.label) == "family"
                   and not c.extra.get("inferred"))
    family |= {p for p, n in told.items() if n >= 3}
    # a close family tie, even one guessed from a form of address, makes a kiss a family kiss
    # (not "cousin": cousins marry in the classic novels)
    kin_any = {pair(c) for c in cues if c.kind == "state" and c.b and c.label in CLOSE_KIN}
    romantic = [c for c in cues if c.kind == "state" and c.b and L.STATE_TYPE.get(c.label) == "romantic"
                and not c.extra.get("soft")]
    couples = {pair(c) for c in romantic}
    first_told = {pair(c) for c in cues if c.kind == "event" and c.label == "first_kiss" and not c.extra.get("kiss")}
    out: list[Cue] = []
    kissed: set[frozenset] = set()
    for c in sorted(cues, key=lambda c: c.offset):
        if c.extra.get("soft") and pair(c) not in couples:
            continue
        if c.extra.get("not_family") and pair(c) in family:
            continue  # "the twins were separated at birth"
        if c.extra.get("not_kin") and pair(c) in kin_any:
            continue  # "Ada met me in the corridor": her sister, met before
        if c.extra.get("not_couple") and pair(c) in couples:
            continue  # "she taught him to fence": what lovers do for each other
        if kin_veto and (pair(c) in family or (c.extra.get("we") and pair(c) in kin_any)) and (
                L.STATE_TYPE.get(c.label) == "romantic" or c.label in ROMANTIC_EVENTS):
            # (a guessed "we" gives way to any close kin tie: "We were married for six years" is not the
            # narrator and the daughter who calls her "Mum")
            # "'We're getting married,' Jack told his brother Tom": the "we" is not the brother. (In a
            # novel a misread kin cue can veto a true couple too; P&P loses Jane/Bingley but drops six
            # false couples, so the veto stays on.)
            continue
        if c.extra.get("kiss"):
            if pair(c) in kin_any:
                continue
            if c.kind == "event":
                # (a crush is no romance yet: "whom I had pined for since the spring, kissed me")
                earlier = any(pair(d) == pair(c) and not d.extra.get("kiss") and d.offset < c.offset
                              and d.label not in OVERLAY for d in romantic)
                if earlier or pair(c) in first_told or pair(c) in kissed:
                    continue
                kissed.add(pair(c))
        out.append(c)
    return out


def _ex_behind_wants_back(cues: list[Cue]) -> list[Cue]:
    """Wanting someone back presupposes it ended: a pair with a ``wants_back`` and no "ex" gets one just
    before it (every dev annotator who marked wanting back also marked the ex, 12 of 12). The couple
    before it and the break-up follow from the ex (``_couple_before_breakup``, ``_breakup_behind_ex``)."""
    exes = {frozenset((c.a, c.b)) for c in cues if c.kind == "state" and c.label == "ex" and c.b}
    out: list[Cue] = []
    for c in sorted(cues, key=lambda c: c.offset):
        pair = frozenset((c.a, c.b))
        if c.kind != "state" or c.label != "wants_back" or not (c.a and c.b) or c.a == c.b or not c.scene \
                or pair in exes:
            continue
        # on story time the ending comes right after the romance was last shown, else just before the wish
        told = [d for d in cues if d.scene and d.b and frozenset((d.a, d.b)) == pair and d.label not in OVERLAY
                and d.label in L.LIFECYCLE and position(d) <= position(c)]
        if told:
            lo = max(told, key=position)
            ex = replace(lo, kind="state", label="ex", holder=None, offset=min(lo.scene.span[1] - 1, lo.offset + 1))
        else:
            ex = replace(c, label="ex", holder=None, offset=max(c.scene.span[0], c.offset - 1), anterior=True)
        out.append(replace(ex, confidence=0.4, recalled=False, trigger=f"{c.trigger} (over before)",
                           extra={"inferred": True}))
        exes.add(pair)
    return out


def _couple_before_breakup(cues: list[Cue]) -> list[Cue]:
    """Breaking up presupposes having been together: an "ex" with no earlier romantic state for the
    pair gets a "dating" state just before it (a reader says "they were together, then split")."""
    out: list[Cue] = []
    done: set[frozenset] = set()
    # the parents of one child who split ("When Mum and Dad split") had been married, not dating
    children: dict[str, set[str]] = defaultdict(set)
    for d in cues:
        if d.kind == "state" and d.label == "parent" and d.b and d.holder in (d.a, d.b):
            children[d.holder].add(d.b if d.holder == d.a else d.a)
    for c in sorted(cues, key=lambda c: c.offset):
        if c.kind != "state" or c.label != "ex" or not c.b or not c.scene:
            continue
        pair = frozenset((c.a, c.b))
        if pair in done:
            continue
        done.add(pair)
        shared_child = bool(children.get(c.a or "", set()) & children.get(c.b, set()))
        before = any(d.kind == "state" and frozenset((d.a, d.b)) == pair and d.label != "ex"
                     and L.STATE_TYPE.get(d.label) == "romantic" and position(d) <= position(c) for d in cues)
        if not before:
            # "his ex-wife" presupposes a marriage, "her ex-fiancé" an engagement, a bare "ex" dating
            label = next((d.extra["before"] for d in cues if d.extra.get("before") and d.kind == "state"
                          and frozenset((d.a, d.b)) == pair), "married" if shared_child else "dating")
            out.append(replace(c, label=label, offset=max(c.scene.span[0], c.offset - 1),
                               confidence=0.4,
                               anterior=True, recalled=False, trigger=f"{c.trigger} (together before)",
                               extra={"inferred": True}))
    return out


SUCCEEDING = ("dating", "engaged", "married")


def _partner_succession(cues: list[Cue]) -> list[Cue]:
    """A person shown with a new partner is no longer with the earlier one: "We'd been together
    three years back then ... I'm seeing someone. Her name's Ilse." A reader takes the first couple
    as over (an ex, and so a break-up) even when the story never says how it ended, unless the
    earlier pair is still shown together at or after the new romance (an affair) or is married (a
    spouse's new lover is an affair, not an ending, until a divorce is told). Independent of the
    wording: it reads only the order of the romantic states the other cues found."""
    rom: dict[frozenset, list[Cue]] = defaultdict(list)
    for c in cues:
        if c.kind == "state" and c.a and c.b and c.a != c.b and c.scene and (
                c.label in SUCCEEDING or c.label == "ex"):
            rom[frozenset((c.a, c.b))].append(c)
    kin = {frozenset((c.a, c.b)) for c in cues if c.kind == "state" and c.b and L.STATE_TYPE.get(c.label) == "family"}
    # "Raymond married a girl from Stoke within the year": a new partner the cast does not know
    weddings = {(c.a, c.offset) for c in cues if c.kind == "event" and c.label == "wedding" and c.extra.get("other_named")}
    for c in cues:
        # (a wedding told as it happened: "married to this place" is no new partner)
        if c.kind == "state" and c.a and not c.b and c.extra.get("other_named") and c.scene and c.label in SUCCEEDING \
                and (c.a, c.offset) in weddings:
            rom[frozenset((c.a, f"?{id(c)}"))].append(c)
    out: list[Cue] = []
    for old, olds in rom.items():
        if any(str(x).startswith("?") for x in old):
            continue
        if old in kin or any(c.label in ("ex", "married") or c.extra.get("ongoing") for c in olds):
            continue
        first_old = min(position(c) for c in olds)
        last_old = max(position(c) for c in olds)
        for who in old:
            for new, news in rom.items():
                if new == old or who not in new or (new - {who}) & old or any(c.label == "ex" for c in news):
                    continue  # (a pair that is itself over is nobody's new romance)
                firm = [c for c in news if c.label in SUCCEEDING and not c.extra.get("inferred")
                        and position(c) > last_old and position(c) > first_old]
                if not firm:
                    continue
                nc = min(firm, key=position)
                other = next(iter(old - {who}))
                # on story time the ending comes right after the earlier romance was last shown (the
                # flashback's couple ended then, not when the new partner is told)
                lo = max(olds, key=position)
                out.append(replace(lo, kind="state", label="ex", a=who, b=other, holder=None, confidence=0.35,
                                   offset=min(lo.scene.span[1] - 1, lo.offset + 1), recalled=False,
                                   trigger=f"{nc.trigger} (a new partner after)", extra={"inferred": True}))
                break
            else:
                continue
            break
    return out


def _breakup_behind_ex(cues: list[Cue]) -> list[Cue]:
    """Being someone's ex presupposes a break-up ("my ex-wife", "we used to — well"): the pair's
    earliest "ex" with no break-up, divorce or walk-out told gets a break-up event at the same place
    (readers list it among the story's events; annotators did for 62 of 66 dev exes)."""
    told = {frozenset((c.a, c.b)) for c in cues if c.kind == "event" and c.label == "breakup" and c.b}
    out: list[Cue] = []
    for c in sorted(cues, key=lambda c: c.offset):
        pair = frozenset((c.a, c.b))
        if c.kind == "state" and c.label == "ex" and c.b and c.scene and pair not in told:
            out.append(replace(c, kind="event", label="breakup", confidence=0.4,
                               trigger=f"{c.trigger} (a break-up behind it)", extra={"inferred": True}))
            told.add(pair)
    return out


def _noisy_or(values: list[float]) -> float:
    p = 1.0
    for v in values:
        p *= 1.0 - v
    return round(min(0.95, 1.0 - p), 3)


def _evidence(cue: Cue) -> Evidence:
    note = f"{cue.label}: '{cue.trigger}'" + (" (told as earlier)" if cue.anterior else "")
    return Evidence(spans=[cue.span], note=note, confidence=round(cue.confidence, 3))


def build_relationships(cues: list[Cue], view: StoryView) -> list[Relationship]:
    states = [c for c in cues if c.kind == "state" and c.a]
    # "has a new boyfriend" + "is with Tom" in the same scene: one dating state with Tom
    named = [c for c in states if c.label == "dating" and c.b]
    for c in states:
        if c.label == "dating" and not c.b and not c.extra.get("named_only"):
            for n in named:
                if n.scene is c.scene and c.a in (n.a, n.b):
                    c.b = n.b if n.a == c.a else n.a
                    break
    states = [c for c in states if c.b and c.b != c.a]
    pos = {id(c): position(c) for c in states}
    groups: dict[tuple[str, frozenset], list[Cue]] = defaultdict(list)
    for c in states:
        rtype = L.STATE_TYPE.get(c.label.removeprefix("former_"), "other")
        groups[(rtype, frozenset((c.a, c.b)))].append(c)
    rels: list[Relationship] = []
    for (rtype, pair), group in groups.items():
        _reorder_recalled(group, pos)
        group.sort(key=lambda c: (pos[id(c)], c.offset))
        if rtype in STATIC_TYPES:
            # kinship does not change over story time: one state, the best-supported reading
            group = _majority(group)
        seq: list[tuple[str, str | None, list[Cue]]] = []
        base: tuple[str, str | None, list[Cue]] | None = None  # the last non-overlay state
        for c in group:
            rank = L.LIFECYCLE.get(c.label)
            if (rtype == "romantic" and base is not None and rank is not None and c.label not in OVERLAY
                    and base[0] != "ex" and rank < L.LIFECYCLE.get(base[0], -1)):
                base[2].append(c)  # "engaged" after "married" with no breakup between: a restatement
                continue
            if seq and seq[-1][0] == c.label and seq[-1][1] == c.holder:
                seq[-1][2].append(c)
            elif c.label in OVERLAY and any(s[0] == c.label and s[1] == c.holder for s in seq[-2:]):
                next(s for s in reversed(seq) if s[0] == c.label)[2].append(c)
            elif base is not None and c.label not in OVERLAY and base[0] == c.label and base[1] == c.holder:
                base[2].append(c)  # a restatement of the state an overlay sits on ("ex", wants back, "ex")
            else:
                seq.append((c.label, c.holder, [c]))
            if c.label not in OVERLAY:
                base = next((s for s in reversed(seq) if s[0] not in OVERLAY), None)
        out_states = []
        for label, holder, cs in seq:
            first = cs[0]
            out_states.append(RelationshipState(
                state=label, scene=first.scene.id if first.scene else None,
                story_time=first.scene.story_time if first.scene else None,
                evidence=[_evidence(c) for c in cs][:6], confidence=_noisy_or([c.confidence for c in cs]),
                holder=holder, story_order=round(pos[id(first)], 4),
                discourse_order=min(c.offset for c in cs)))
        _mark_unrequited(out_states)
        holders = {s.holder for s in out_states}
        directed = None not in holders and len(holders) == 1
        members = sorted(pair, key=lambda i: min(c.offset for c in group if i in (c.a, c.b)))
        src = next(iter(holders)) if directed else members[0]
        tgt = next(i for i in pair if i != src) if len(pair) > 1 else src
        rels.append(Relationship(
            id="", source=src, target=tgt, type=rtype, directed=directed, states=out_states,
            confidence=round(max(s.confidence for s in out_states), 3),
            source_name=view.name(src), target_name=view.name(tgt), current=out_states[-1].state))
    rels.sort(key=lambda r: (r.states[0].story_order or 0.0, r.states[0].discourse_order or 0))
    for i, r in enumerate(rels, 1):
        r.id = f"r{i}"
    return rels


STATIC_TYPES = {"family"}
SOLO_EVENTS = {"injury", "death"}


def _mark_unrequited(states: list[RelationshipState]) -> None:
    """A crush that is never returned (no crush the other way, no dating/engagement/marriage
    after it) is unrequited, as far as the story tells."""
    for i, st in enumerate(states):
        if st.state != "crush" or not st.holder:
            continue
        later = states[i + 1:]
        returned = any(x.state in ("dating", "engaged", "married") for x in later) or any(
            x.state == "crush" and x.holder not in (None, st.holder) for x in states)
        if not returned:
            st.state = "unrequited"


def _majority(group: list[Cue]) -> list[Cue]:
    """Keep the cues of the best-supported (state, holder) reading; the others were misreadings.
    The most explicit single cue wins ("her cousin Mikkel" over two guessed forms of address), then
    the total support."""
    score: dict[tuple[str, str | None], tuple[float, float]] = {}
    for c in group:
        top, tot = score.get((c.label, c.holder), (0.0, 0.0))
        score[(c.label, c.holder)] = (max(top, round(c.confidence, 2)), tot + c.confidence)
    best = max(score, key=lambda k: (score[k], -min(x.offset for x in group if (x.label, x.holder) == k)))
    return [c for c in group if (c.label, c.holder) == best]


def _reorder_recalled(group: list[Cue], pos: dict[int, float]) -> None:
    """Move recalled or reported cues before a same-pair cue that belongs later in the romance."""
    for c in group:
        if not (c.recalled or c.anterior):
            continue
        rank = L.LIFECYCLE.get(c.label)
        if rank is None:
            continue
        later = [d for d in group if d is not c and L.LIFECYCLE.get(d.label, -1) > rank and pos[id(d)] < pos[id(c)]]
        if later:
            pos[id(c)] = min(before_scene(d, rank) for d in later)


def build_events(cues: list[Cue], view: StoryView) -> list[Event]:
    evs = [c for c in cues if c.kind == "event" and c.a]
    for c in evs:
        if c.label == "new_partner" and not c.b and not c.extra.get("named_only"):
            # "has a new boyfriend" ... "is with Tom": the named partner in the same scene
            # (the dating state told nearest: "We'd been together ... I'm seeing someone. Her name's
            # Ilse" is Ilse, not the earlier partner told in the same scene)
            near = sorted((d for d in cues if d.kind == "state" and d.label == "dating" and d.scene is c.scene
                           and d.b and c.a in (d.a, d.b)), key=lambda d: abs(d.offset - c.offset))
            if near:
                c.b = near[0].b if near[0].a == c.a else near[0].a
    # an event between two people with only one of them known says too little to assert
    evs = [c for c in evs if c.b or c.label in SOLO_EVENTS]
    pos = {id(c): position(c) for c in evs}
    # recalled events: before the pair's later lifecycle states/events
    by_pair: dict[frozenset, list[Cue]] = defaultdict(list)
    for c in evs:
        by_pair[frozenset(x for x in (c.a, c.b) if x)].append(c)
    states_of: dict[frozenset, list[Cue]] = defaultdict(list)
    for c in cues:
        if c.kind == "state" and c.a and c.b:
            states_of[frozenset((c.a, c.b))].append(c)
    for pair, group in by_pair.items():
        for c in group:
            rank = L.LIFECYCLE.get(c.label)
            if rank is None or not (c.recalled or c.anterior):
                continue
            twin = [d for d in group if d.label == c.label and not (d.recalled or d.anterior)]
            if twin:  # a report of an event the story also tells: it is that event
                pos[id(c)] = pos[id(twin[0])] + 0.0001
                continue
            later = [d for d in group + states_of.get(pair, []) if L.LIFECYCLE.get(d.label, -1) > rank
                     and position(d) < pos[id(c)] and d is not c]
            if later:
                pos[id(c)] = min(before_scene(d, rank) for d in later)
    evs.sort(key=lambda c: (pos[id(c)], c.offset))
    merged: list[tuple[Cue, list[Cue]]] = []
    for c in evs:
        key = (c.label, frozenset(x for x in (c.a, c.b) if x))
        home = None
        for m, members in merged:
            if (m.label, frozenset(x for x in (m.a, m.b) if x)) != key:
                continue
            if (c.label in L.ONCE or c.anterior or m.scene is c.scene or m.anterior
                    or (c.label == "breakup" and not _together_between(states_of.get(key[1], []), evs, key[1],
                                                                          pos[id(m)], pos[id(c)]))):
                home = members
                break
        if home is not None:
            home.append(c)
        else:
            merged.append((c, [c]))
    out = []
    for i, (c, members) in enumerate(merged, 1):
        parts = [x for x in (c.a, c.b) if x]
        out.append(Event(
            id=f"e{i}", type=c.label, participants=parts, scene=c.scene.id if c.scene else None,
            story_time=c.scene.story_time if c.scene else None,
            evidence=[_evidence(m) for m in members][:6], confidence=_noisy_or([m.confidence for m in members]),
            participant_names=[view.name(p) for p in parts], story_order=round(pos[id(c)], 4),
            recalled=c.anterior or c.recalled, trigger=c.trigger))
    return out


def _together_between(states: list[Cue], evs: list[Cue], pair: frozenset, lo: float, hi: float) -> bool:
    """Did the pair get (back) together between two breakups? If not, both tell the same one."""
    for d in states:
        if d.label in ("dating", "engaged", "married") and lo < position(d) < hi:
            return True
    return any(e.label == "reconciliation" and frozenset((e.a, e.b)) == pair and lo < position(e) < hi for e in evs)

