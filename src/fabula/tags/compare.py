"""The author's checklist: suggested tags versus the tags the work already carries.

Given tags come from AO3 HTML/EPUB metadata. Names are compared after canonicalising case,
accents and whitespace, and through the KB (a work tagged "Jonah" means "Jonah Reyes"; a pairing
"Jonah/Eli" means "Eli Hale/Jonah Reyes"; name order inside a pairing never matters).

- a suggested tag the work has → ``matched``; one it lacks → ``missing`` (only when the work has
  tags of that type at all, otherwise there is nothing to compare with);
- a given tag fabula did not suggest → ``supported`` when the text names its characters (or the
  KB fandom's characters), ``unsupported`` when the text never does, ``unchecked`` for kinds of
  tag fabula cannot judge (most additional tags, "No Archive Warnings Apply").
"""

from __future__ import annotations

import re

from fabula.model import Metadata, Tag
from fabula.tags.kb import Fandom, KnowledgeBase, norm, strip_disambiguator
from fabula.tags.scan import fold_text

_TYPE_FIELD = {"fandom": "fandoms", "character": "characters", "relationship": "relationships",
               "additional": "additional_tags", "warning": "warnings"}


def split_relationship(tag: str) -> tuple[list[str], str]:
    """("Jonah Reyes/Eli Hale") -> (names, "romantic"); "A & B" -> platonic."""
    if "/" in tag:
        return [p.strip() for p in tag.split("/") if p.strip()], "romantic"
    return [p.strip() for p in re.split(r"\s+&\s+", tag) if p.strip()], "platonic"


def _char_key(name: str, fandom: Fandom | None) -> str:
    if fandom is not None:
        ci = fandom.resolve(name)
        if ci is None:
            ci = fandom.resolve(strip_disambiguator(name))
        if ci is not None:
            return f"kb:{ci}"
    return norm(strip_disambiguator(name))


def tag_key(tag_type: str, name: str, fandom: Fandom | None, kb: KnowledgeBase) -> str:
    if tag_type == "fandom":
        fd = kb.by_name(name)
        return f"fandom:{norm(fd.name) if fd else norm(name)}"
    if tag_type == "character":
        return f"char:{_char_key(name, fandom)}"
    if tag_type == "relationship":
        names, kind = split_relationship(name)
        return f"rel:{kind}:" + "|".join(sorted(_char_key(n, fandom) for n in names))
    return f"{tag_type}:{norm(name)}"


def _mentioned(name: str, fandom: Fandom | None, folded_text: str) -> bool:
    forms = [strip_disambiguator(name)]
    if fandom is not None:
        ci = fandom.resolve(name) or fandom.resolve(strip_disambiguator(name))
        if ci is not None:
            c = fandom.characters[ci]
            forms += [c.name, strip_disambiguator(c.name), *c.aliases, *c.nicknames]
    for f in forms:
        f = fold_text(" ".join(f.split()))
        if f and re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", folded_text):
            return True
    return False


def compare(suggested: list[Tag], meta: Metadata, fandom: Fandom | None, kb: KnowledgeBase,
            text: str) -> list[Tag]:
    """Set ``status`` on suggested tags and return the given tags fabula did not suggest."""
    given_by_type = {t: list(getattr(meta, f)) for t, f in _TYPE_FIELD.items()}
    if not any(given_by_type.values()):
        return []
    if fandom is None:
        for g in given_by_type["fandom"]:
            fandom = kb.by_name(g)
            if fandom:
                break
    given_keys = {t: {tag_key(t, g, fandom, kb): g for g in names} for t, names in given_by_type.items()}
    suggested_keys = set()
    for tag in suggested:
        if tag.type not in _TYPE_FIELD or tag.name == "unknown":
            continue
        k = tag_key(tag.type, tag.name, fandom, kb)
        suggested_keys.add(k)
        if k in given_keys[tag.type]:
            tag.status = "matched"
        elif given_by_type[tag.type]:
            tag.status = "missing"
    folded = fold_text(text)
    out: list[Tag] = []
    for ttype, keys in given_keys.items():
        for k, g in keys.items():
            if k in suggested_keys:
                continue
            status, note = _judge(ttype, g, fandom, kb, folded)
            out.append(Tag(type=ttype, name=g, kind="given", status=status, confidence=0.0,
                           note=note, evidence=[]))
    return out


def _judge(ttype: str, name: str, fandom: Fandom | None, kb: KnowledgeBase, folded: str):
    if ttype == "character":
        if norm(name).startswith("original character"):
            return "unchecked", None
        ok = _mentioned(name, fandom, folded)
        return ("supported", "the text names this character") if ok else \
            ("unsupported", "the text never names this character")
    if ttype == "relationship":
        names, _kind = split_relationship(name)
        missing = [n for n in names if not _mentioned(n, fandom, folded)]
        if missing:
            return "unsupported", f"the text never names {', '.join(missing)}"
        return "supported", "the text names both, but fabula found too little evidence of this relationship"
    if ttype == "fandom":
        fd = kb.by_name(name)
        if fd is None:
            return "unchecked", "fandom not in the knowledge base"
        ok = any(_mentioned(c.name, fd, folded) for c in fd.characters)
        return ("supported", "the text names characters of this fandom") if ok else \
            ("unsupported", "the text names none of this fandom's characters")
    return "unchecked", None

