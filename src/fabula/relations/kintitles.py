"""Characters named by a kin title ("Dad", "Gran") bound to the named person they are.

The cast often makes "Dad" a character of its own while the story also names the man ("their father
had built a boat ... Walter Mercer was a big, quiet man"; "since Dad's funeral" ... "Walter had died
in the shed"). A kin title is relative to whoever uses it: Aaron's "Dad" is Walter, Mia's "Dad" is
Jonah. So the title character is bound per owner: where the story's other cues give that owner
exactly one person in the title's role (of the title's sex, not itself a title character), the title
character's tie to that owner is that person's. Its other cues (a death, a friendship) follow only
when every owner's "Dad" is the same person. A reader does this whatever words told either tie.
"""

from __future__ import annotations

from collections import defaultdict

from fabula.relations import lexicon as L
from fabula.relations.cues import Cue
from fabula.relations.upstream import StoryView


def _title(view: StoryView, cid: str | None) -> str | None:
    """The kin title a character is named by ("Dad", "Gran"), lower-cased, else None."""
    if not cid or cid not in view.chars:
        return None
    words = view.name(cid).lower().split()
    return words[0] if len(words) == 1 and words[0] in L.KIN_NAMES else None


def bind_kin_titles(cues: list[Cue], view: StoryView) -> None:
    """Rewrite, in place, the cues of kin-title characters to the named person each owner's title
    stands for (see the module note)."""
    titled = {cid for cid in view.chars if _title(view, cid) and L.KIN_NAMES[_title(view, cid)] in (
        "parent", "grandparent")}
    if not titled:
        return
    # owner -> role -> named holders of that role for the owner
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in cues:
        if c.kind == "state" and c.label in ("parent", "grandparent") and c.a and c.b and c.holder in (c.a, c.b):
            owner = c.b if c.holder == c.a else c.a
            if c.holder not in titled and owner not in titled:
                holders[(owner, c.label)].add(c.holder)
    binding: dict[tuple[str, str], str] = {}  # (title character, owner) -> named person
    owners: dict[str, set[str]] = defaultdict(set)
    for c in cues:
        if c.kind != "state" or c.holder not in titled or not (c.a and c.b):
            continue
        k = c.holder
        role = L.KIN_NAMES[_title(view, k)]
        if c.label != role:
            continue
        owner = c.b if c.a == k else c.a
        owners[k].add(owner)
        want = L.NOUN_GENDER.get(_title(view, k))
        found = {p for p in holders.get((owner, role), ()) if p != owner and (
            not want or view.gender(p) in (want, "unknown", None))}
        if len(found) == 1:
            binding[(k, owner)] = found.pop()
    if not binding:
        return
    whole = {}
    for k, os in owners.items():
        people = {binding.get((k, o)) for o in os}
        if len(people) == 1 and None not in people:
            whole[k] = people.pop()
    for c in cues:
        for k in titled & {c.a, c.b}:
            other = c.b if c.a == k else c.a
            p = binding.get((k, other)) if c.kind == "state" and c.holder == k else None
            p = p or whole.get(k)
            if not p or p == other:
                continue
            if c.a == k:
                c.a = p
            else:
                c.b = p
            if c.holder == k:
                c.holder = p
            c.trigger = f"{c.trigger} ({view.name(k)} = {view.name(p)})"


# Titles a workplace or a team calls its head by, which the cast may make a character of its own
# ("Chef", "Captain", "Coach"): the person the story says holds the title is that character.
ROLE_TITLES = {"chef", "captain", "skipper", "coach", "boss", "guv", "guvnor", "gaffer", "sarge", "matron"}


def _role_holder(view: StoryView, doc, resolver, k: str, word: str) -> str | None:
    """The one named character the story gives the title ``word``: named with it ("Chef Ruth
    Achterberg", "Captain Voss"), or told as it by a copula ("Chef was Delphine Achterberg", "She'd
    been head chef at Marlow's for eleven years")."""
    found: set[str] = set()
    for cid in view.chars:
        if cid == k:
            continue
        names = [view.name(cid)] + list(getattr(view.chars[cid], "aliases", []) or [])
        if any(len(n.split()) > 1 and n.split()[0].lower() == word for n in names):
            found.add(cid)
    if not found and doc is not None and resolver is not None:
        for t in doc:
            if t.lower_ != word or t.pos_ not in ("NOUN", "PROPN"):
                continue
            head = t.head
            if head.lemma_ != "be" or any(
                    c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in ("head", "executive", "chief")
                    for c in t.children):
                continue  # ("Dev is the sous chef": a cook under the head, not the one hailed "Chef")
            if t.dep_ == "attr":  # "She'd been head chef", "Ruth was the chef"
                side = [c for c in head.children if c.dep_ == "nsubj"]
            elif t.dep_ == "nsubj":  # "Chef was Delphine Achterberg"
                side = [c for c in head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
            else:
                continue
            for s in side:
                found.update(p for p in resolver.one(s) if p != k)
    return found.pop() if len(found) == 1 else None


def bind_role_titles(cues: list[Cue], view: StoryView, doc=None, resolver=None) -> None:
    """Rewrite, in place, the cues of a character the cast names by a bare workplace title ("Chef",
    "Captain") to the named person the story says holds it (see ``_role_holder``). When the title
    character narrates (the cast gave the narrator the title they call out: "Yes, Chef!"), only the
    hails of the title move to its holder; the narrator's own ties stay."""
    narrators = {cid for _, cid, _ in view.narrator_sections if cid}
    binding: dict[str, str] = {}
    for cid in view.chars:
        words = view.name(cid).lower().split()
        if len(words) == 1 and words[0] in ROLE_TITLES:
            p = _role_holder(view, doc, resolver, cid, words[0])
            if p:
                binding[cid] = p
    if not binding:
        return
    keep = []
    for c in cues:
        for k in set(binding) & {c.a, c.b, c.holder}:
            if k in narrators and not (c.holder == k and c.trigger.lower().startswith(f"vocative '{view.name(k).lower()}")):
                continue
            p = binding[k]
            c.a = p if c.a == k else c.a
            c.b = p if c.b == k else c.b
            c.holder = p if c.holder == k else c.holder
            c.trigger = f"{c.trigger} ({view.name(k)} = {view.name(p)})"
        if c.a and c.a == c.b:
            continue  # ("Chef," said Delphine: the one who holds the title hailed as it)
        keep.append(c)
    cues[:] = keep


# ---- a kin-title character who is a named person, told through two facts -------------------------
# ("Wife, Lorna. Son, Callum" ... Callum's "Mum wants me to stay": the cast keeps "Mum" apart from
# Lorna; once the relations give Callum a named mother, or a named wife of his father, "Mum" is her)

SPOUSES = ("married", "ex", "engaged")
STEP_WORDS = ("step", "rais", "foster")
# ties that rule a person out as someone's parent or grandparent ("my cousin Wilma" is not "Mum")
OTHER_KIN = {"cousin", "sibling", "aunt_or_uncle", "parent", "grandparent", "dating", "married", "engaged", "ex"}


def _two_people(view: StoryView, k: str, n: str) -> bool:
    """Evidence that the title character and the named one are two people: one speaks to the
    other, they speak one after the other in an exchange, or the text names them together
    ("Mum and Lorna")."""
    qs = view.quotes
    for i, q in enumerate(qs):
        if (q.speaker == k and n in q.addressees) or (q.speaker == n and k in q.addressees):
            return True
        if i and {q.speaker, qs[i - 1].speaker} == {k, n} and q.span[0] - qs[i - 1].span[1] < 200:
            return True
    ms = view.mentions
    for (_s1, e1, c1), (s2, _e2, c2) in zip(ms, ms[1:], strict=False):
        if {c1, c2} == {k, n} and s2 - e1 <= 6 and view.text[e1:s2].strip() in ("and", ",", "&", ", and"):
            return True
    return False


def _surname_kin(view: StoryView, o: str) -> set[str]:
    """The other characters whose full name ends in the surname of ``o``'s full name."""
    words = view.name(o).split()
    if len(words) < 2:
        return set()
    sur = words[-1].lower()
    out = set()
    for cid, ch in view.chars.items():
        if cid == o:
            continue
        for nm in (ch.name, *(getattr(ch, "aliases", []) or [])):
            ws = nm.split()
            if len(ws) >= 2 and ws[-1].lower() == sur and ws[0].lower() not in L.KIN_NAMES:
                out.add(cid)
                break
    return out


def merge_kin_titles(cues: list[Cue], composed: list[Cue], view: StoryView
                     ) -> dict[str, tuple[str, str, set[str] | None]]:
    """The kin-title characters that are one named person: {title character: (person, offsets of the
    ties used, the owners whose ties alone move or None for all of its cues)}.
    ``composed`` are the cues after the reader's inferences (composed kin included); ``cues`` those
    before them, which the caller re-keys and infers again.

    A title character K ("Mum") that holds its title's role over owners (not themselves title
    characters) is the named character N of the title's sex that the relations give the same role
    over one of those owners, or who is the partner (married, engaged, or divorced) of the owner's
    other parent, or (for a parent) the sibling of the owner's aunt or uncle who is not the owner's
    aunt or uncle too ("his uncle Stefan" ... "his sister Marta"), when exactly one such N exists, N
    is not a step-parent nor a partner the story shows the other parent taking, N has no tie of its
    own with K, and nothing shows them as two people (see ``_two_people``)."""
    titled = {cid for cid in view.chars if _title(view, cid) and L.KIN_NAMES[_title(view, cid)] in (
        "parent", "grandparent")}
    if not titled:
        return {}
    narrators = {cid for _, cid, _ in view.narrator_sections if cid}
    # (not the ties composed through a title character itself: they are what a merge would move)
    st = [c for c in composed if c.kind == "state" and c.a and c.b and c.a != c.b
          and not c.extra.get("one_child_composed")]
    role_of: dict[tuple[str, str], list[Cue]] = defaultdict(list)  # (holder, label) -> cues
    for c in st:
        if c.label in ("parent", "grandparent") and c.holder in (c.a, c.b):
            role_of[(c.holder, c.label)].append(c)
    parents: dict[str, set[str]] = defaultdict(set)  # child -> parents
    for (h, label), cs in role_of.items():
        if label == "parent":
            for c in cs:
                parents[c.b if c.a == h else c.a].add(h)
    partners: dict[str, list[Cue]] = defaultdict(list)
    for c in st:
        if c.label in SPOUSES:
            partners[c.a].append(c)
            partners[c.b].append(c)
    tied = {frozenset((c.a, c.b)) for c in composed if c.a and c.b}
    # a step-parent, or a partner the story shows the parent taking (a wedding, a proposal, a new
    # partner), is not the owner's "Mum"
    step = {frozenset((c.a, c.b)) for c in composed if c.a and c.b and any(
        w in c.trigger.lower() for w in STEP_WORDS)}
    wed = {frozenset((c.a, c.b)) for c in composed if c.kind == "event" and c.a and c.b and c.label in (
        "wedding", "engagement", "proposal", "new_partner")}
    kin_of = defaultdict(set)  # the owner's cousin, sibling or partner is not also their mother
    for c in st:
        if c.label in OTHER_KIN:
            kin_of[frozenset((c.a, c.b))].add(c.label)

    sibs: dict[str, set[str]] = defaultdict(set)
    for c in st:
        if c.label == "sibling":
            sibs[c.a].add(c.b)
            sibs[c.b].add(c.a)

    def other_kin(p: str, o: str, role: str) -> bool:
        # nor the cousin or sibling of the owner's brother or sister or other parent
        return bool(kin_of.get(frozenset((p, o)), set()) - {role}) or any(
            kin_of.get(frozenset((p, q)), set()) & {"cousin", "sibling"} for q in sibs[o] | parents.get(o, set()))

    out: dict[str, tuple[str, str, set[str] | None]] = {}
    for k in titled:
        role = L.KIN_NAMES[_title(view, k)]
        want = L.NOUN_GENDER.get(_title(view, k))
        owners = {(c.b if c.holder == c.a else c.a): c for c in role_of.get((k, role), [])}
        owners = {o: c for o, c in owners.items() if o not in titled}
        if not owners or not want:
            continue
        found: dict[str, list[Cue]] = defaultdict(list)

        def fits(p: str | None, o: str, k: str = k, owners: dict = owners, want: str = want,
                 role: str = role) -> bool:
            return bool(p) and p != k and p not in titled and p not in narrators and p not in owners and (
                view.gender(p) == want) and frozenset((p, o)) not in step and not any(
                frozenset((p, q)) in wed for q in parents.get(o, ())) and not other_kin(p, o, role)

        for o, kc in owners.items():
            for c in st:
                if c.label == role and c.holder not in (None, o) and o in (c.a, c.b) and fits(c.holder, o):
                    found[c.holder] += [kc, c]
            if role == "parent":
                # the partner of the owner's other parent (of the other sex)
                for c in st:
                    if c.label != "parent" or c.holder in (None, o) or o not in (c.a, c.b):
                        continue
                    p = c.holder
                    if p in titled or view.gender(p) == want:
                        continue
                    for pc in partners.get(p, []):
                        n = pc.b if pc.a == p else pc.a
                        if fits(n, o) and frozenset((p, n)) not in wed:
                            found[n] += [kc, c, pc]
                # the sibling of the owner's aunt or uncle
                for uc in st:
                    if uc.label != "aunt_or_uncle" or uc.holder in (None, o) or o not in (uc.a, uc.b):
                        continue
                    x = uc.holder
                    for sc in st:
                        if sc.label == "sibling" and x in (sc.a, sc.b):
                            n = sc.b if sc.a == x else sc.a
                            if fits(n, o) and not any(
                                    c.label == "aunt_or_uncle" and {c.a, c.b} == {n, o} for c in st):
                                found[n] += [kc, uc, sc]
        surnames = {view.name(o).split()[-1].lower() if len(view.name(o).split()) > 1 else None for o in owners}
        if role == "parent" and not found and len(surnames) == 1 and None not in surnames:
            # the one person of the title's sex who bears the owners' one surname ("Araminta Pennington" ...
            # "Dad drove over to his office" ... "Ignatius Pennington"): a child's surname is a parent's
            # (not one the story ties to the owner otherwise: a brother bears the surname too)
            for o, kc in owners.items():
                for p in _surname_kin(view, o):
                    if fits(p, o) and not any({c.a, c.b} == {p, o} and c.label != "parent" for c in composed):
                        found[p].append(kc)
        if len(found) != 1:
            continue
        n, used = next(iter(found.items()))
        if frozenset((k, n)) in tied or _two_people(view, k, n):
            continue
        offs = sorted({c.offset for c in used})
        # a title the earlier binding already gave another owner's person (Aaron's "Dad" is Walter, Mia's
        # is Jonah) is several people: only its ties to these owners move
        shared = any(f"({view.name(k)} = " in c.trigger and not c.trigger.endswith(f"= {view.name(n)})")
                     for c in cues)
        out[k] = (n, ", ".join(str(o) for o in offs), set(owners) if shared else None)
    return out


def rekey(cues: list[Cue], merged: dict[str, tuple[str, str, set[str] | None]], view: StoryView) -> list[Cue]:
    """The cues with each merged title character replaced by the person it is (see
    ``merge_kin_titles``); a cue left between one person and themselves is dropped."""
    out = []
    for c in cues:
        hit = [k for k in merged if k in (c.a, c.b, c.holder)]
        for k in hit:
            n, offs, only = merged[k]
            if only is not None and not ({c.a, c.b} & only and c.kind == "state"):
                continue
            c.a = n if c.a == k else c.a
            c.b = n if c.b == k else c.b
            c.holder = n if c.holder == k else c.holder
            c.trigger = f"{c.trigger} ({view.name(k)} = {view.name(n)}: ties at {offs})"
        if c.a and c.a == c.b:
            continue
        out.append(c)
    return out
