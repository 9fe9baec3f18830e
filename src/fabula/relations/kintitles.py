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
