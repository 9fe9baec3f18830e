"""Merge cast characters the text alone cannot join, using the fandom KB.

The cast stage sees "Tom" in one scene and "Brennan" in another and, with nothing in the text
linking them, keeps two characters. The KB knows both are Tom Brennan. Once the fandom is
known, :func:`merge_aliases` maps every cast character to the KB character its names denote and
merges characters that denote the same one:

- the merged character keeps the id of the member with the most mentions (ids stay stable for
  everything that already points at it); every other id that pointed at a merged-away member
  (quote speakers and addressees, relationship ends, scene POVs, ...) is rewritten to it;
- its name becomes the KB's canonical name, the old names become aliases, mention lists are
  joined, and an Evidence entry records the merge and the mentions that justified it;
- a character whose names match no KB character is left alone, and no character is ever
  added: the KB only names people the text already mentions.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pydantic import BaseModel

from fabula.model import Analysis, Character, Evidence
from fabula.tags.kb import Fandom, norm, strip_disambiguator

_ID_FIELDS = {"speaker", "addressees", "source", "target", "character", "participants", "pov",
              "characters", "holder"}


def kb_character_of(ch: Character, fandom: Fandom) -> int | None:
    """The KB character a cast character denotes: its names' majority vote, weighted by how
    often each name is used; None when no name is known or the vote is split."""
    votes: Counter = Counter()
    named = Counter(norm(m.text) for m in ch.mentions if m.kind == "name")
    for n in [ch.name, *ch.aliases]:
        ci = fandom.resolve(n)
        if ci is not None:
            votes[ci] += 1 + named.get(norm(n), 0)
    for text, count in named.items():
        ci = fandom.resolve(text)
        if ci is not None:
            votes[ci] += count
    if not votes:
        # a full name without its middle name ("Albus Potter" for Albus Severus Potter): the one
        # KB character whose first and last names are these, before any surname guess
        for n in [ch.name, *ch.aliases]:
            words = [norm(w) for w in n.split()]
            if len(words) < 2:
                continue
            fits = [i for i, c in enumerate(fandom.characters)
                    if (kw := [norm(w) for w in strip_disambiguator(c.name).split()])
                    and len(kw) > 2 and kw[0] == words[0] and kw[-1] == words[-1]]
            if len(fits) == 1:
                votes[fits[0]] += 1
    if not votes:
        # a name the cast cut short or mis-joined ("Wan Kenobi" from "Obi-Wan Kenobi", "Afterward
        # Holmes"): its last word, when that is the surname of exactly one KB character
        for n in [ch.name, *ch.aliases]:
            words = n.split()
            if len(words) > 1:
                ci = fandom.resolve(words[-1])
                if ci is not None and norm(fandom.characters[ci].name).endswith(norm(words[-1])):
                    votes[ci] += 1
    if not votes:
        return None
    (top, n1), *rest = votes.most_common(2)
    if rest and rest[0][1] * 2 > n1:
        return None
    return top


def by_company(ch: Character, fandom: Fandom, present: set[int]) -> int | None:
    """A first name two KB characters share ("Albus": Dumbledore or Albus Severus Potter), told apart
    by the company the story keeps: the one whose KB relationship partner the cast also names
    (Scorpius beside him). Only when exactly one candidate has such a partner."""
    if len(ch.name.split()) != 1:
        return None
    first = norm(ch.name)
    cands = [i for i, c in enumerate(fandom.characters) if norm(c.name.split()[0]) == first]
    if len(cands) < 2:
        return None
    fits = [i for i in cands
            if any(i in idx and any(j in present for j in idx if j != i) for _, idx in fandom.relationships)]
    return fits[0] if len(fits) == 1 else None


def merge_aliases(analysis: Analysis, fandom: Fandom, renamed: dict[str, str] | None = None) -> dict[str, int]:
    """Merge and rename cast characters by the KB (see module doc). Returns char id -> KB index
    for every character that maps to the KB (after merging). ``renamed``, if given, receives
    merged-away id -> kept id, for the ids held outside the Analysis (``Context.greeting_hugs``)."""
    mapping: dict[str, int] = {}
    for ch in analysis.characters:
        ci = kb_character_of(ch, fandom)
        if ci is not None:
            mapping[ch.id] = ci
    for ch in analysis.characters:
        if ch.id not in mapping:
            ci = by_company(ch, fandom, set(mapping.values()))
            if ci is not None:
                mapping[ch.id] = ci
    groups: dict[int, list[Character]] = {}
    for ch in analysis.characters:
        if ch.id in mapping:
            groups.setdefault(mapping[ch.id], []).append(ch)
    rename: dict[str, str] = {}
    drop: set[str] = set()
    for ci, members in groups.items():
        kbc = fandom.characters[ci]
        keep = max(members, key=lambda c: (len(c.mentions), -analysis.characters.index(c)))
        others = [c for c in members if c is not keep]
        old_names = [keep.name, *keep.aliases]
        for o in others:
            old_names += [o.name, *o.aliases]
            keep.mentions.extend(o.mentions)
            keep.evidence.extend(o.evidence)
            rename[o.id] = keep.id
            drop.add(o.id)
        keep.mentions.sort(key=lambda m: tuple(m.span))
        if others or norm(keep.name) != norm(kbc.name):
            spans = [tuple(m.span) for m in keep.mentions if m.kind == "name"][:5]
            note = (f"knowledge base ({fandom.name}): "
                    + (f"merged {', '.join(repr(o.name) for o in others)} into " if others else "")
                    + f"{kbc.name!r}, the canonical name of {', '.join(repr(n) for n in dict.fromkeys(old_names))}")
            keep.evidence.append(Evidence(spans=spans, note=note, confidence=0.9))
        aliases = [n for n in dict.fromkeys(old_names) if norm(n) != norm(kbc.name)]
        keep.aliases = list(dict.fromkeys([*aliases, *(a for a in keep.aliases if a not in aliases)]))
        keep.aliases = [a for a in keep.aliases if norm(a) != norm(kbc.name)]
        keep.name = kbc.name
        if keep.gender == "unknown" and kbc.gender != "unknown":
            keep.gender = kbc.gender
    if renamed is not None:
        renamed.update(rename)
    if drop:
        analysis.characters = [c for c in analysis.characters if c.id not in drop]
        _rewrite_ids(analysis, rename)
        _dedupe_relationships(analysis)
    return {cid: ci for cid, ci in mapping.items() if cid not in drop}


def _rewrite_ids(obj: Any, rename: dict[str, str]) -> None:
    """Point every character-id field at the merged character."""
    if isinstance(obj, Character):
        return
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            value = getattr(obj, name)
            if name in _ID_FIELDS:
                if isinstance(value, str) and value in rename:
                    setattr(obj, name, rename[value])
                elif isinstance(value, list) and any(isinstance(v, str) for v in value):
                    new = [rename.get(v, v) if isinstance(v, str) else v for v in value]
                    setattr(obj, name, list(dict.fromkeys(new)))
                    continue
            if isinstance(value, BaseModel | list):
                _rewrite_ids(value, rename)
            elif isinstance(value, dict):
                for v in value.values():
                    if isinstance(v, BaseModel | list):
                        _rewrite_ids(v, rename)
    elif isinstance(obj, list):
        for item in obj:
            if isinstance(item, BaseModel | list):
                _rewrite_ids(item, rename)


def _dedupe_relationships(analysis: Analysis) -> None:
    """After a merge two relationships may join the same pair, or a character to itself."""
    seen: dict[tuple, Any] = {}
    kept = []
    for rel in analysis.relationships:
        if rel.source == rel.target:
            continue
        key = (rel.type, rel.source, rel.target) if rel.directed else (rel.type, *sorted((rel.source, rel.target)))
        if key in seen:
            prev = seen[key]
            prev.states.extend(rel.states)
            prev.confidence = max(prev.confidence, rel.confidence)
            continue
        seen[key] = rel
        kept.append(rel)
    analysis.relationships = kept
