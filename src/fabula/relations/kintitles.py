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
