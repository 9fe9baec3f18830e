"""The fandom knowledge base: YAML files of canon characters and pairings.

Why a KB at all: the text alone says "Jonah" and "Tom"; AO3 wants "Jonah Reyes" and the fandom
"Harbour Lights (TV)". A KB file per fandom lists each character's canonical AO3 name, the aliases and
nicknames the text may use, a gender, and the canon relationship tags in AO3's own spelling and
name order. Shipped files live in ``fabula/kb/*.yaml``; users add their own with ``--kb DIR``
(validated with the same pydantic models, so a broken file is a one-line error naming it).

File format::

    fandom: Harbour Lights (TV)        # the AO3 canonical fandom tag (an invented example)
    aliases: [Harbour Lights]          # other spellings a work may tag
    characters:
      - {name: Jonah Reyes, aliases: [Jonah, Reyes], nicknames: [Jo], gender: he}
      - {name: Eli Hale, aliases: [Eli, Hale], gender: he}
    relationships:
      - {tag: Eli Hale/Jonah Reyes, kind: romantic, on_page: true}   # "/" romantic, " & " platonic

A relationship's names may be canonical names or aliases of the fandom's characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from fabula.errors import InputNotFound, MalformedInput

BUILTIN_DIR = Path(__file__).resolve().parents[1] / "kb"

_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "doctor", "professor", "sir", "lady", "lord", "captain",
               "coach", "aunt", "uncle", "the", "general", "inspector", "colonel", "major", "master"}


def norm(text: str) -> str:
    """Case-, accent- and whitespace-insensitive key for names and tags."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split()).strip(" .,;:!?\"").lower()


def strip_disambiguator(name: str) -> str:
    """AO3 writes "Thor (Marvel)"; the text writes "Thor"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()


class _KBModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class KBCharacter(_KBModel):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    nicknames: list[str] = Field(default_factory=list)
    gender: Literal["he", "she", "they", "unknown"] = "unknown"


class KBRelationship(_KBModel):
    tag: str = Field(min_length=3)
    kind: Literal["romantic", "platonic"] = "romantic"
    # the couple is together in the source work itself (married, dating, engaged on page), not only
    # a fan pairing: a story that keeps such a couple together is about them even when it never says
    # so ("slept on the left side of her bed"), while two rivals the fandom ships stay rivals
    on_page: bool = False
    # for a parent and child ("Melissa McCall & Scott McCall"), which one is the parent: a story that
    # only says "his mom" means her (a sibling sharing the surname never does)
    parent: str | None = None
    # kin who do not share a surname (Luke Skywalker & Leia Organa, Boromir & Faramir, an aunt): a
    # held hand between them is no romance and "her brother" names this bond. A `parent` is kin too
    family: bool = False

    @property
    def kin(self) -> bool:
        return self.family or self.parent is not None

    @model_validator(mode="after")
    def _separator_matches_kind(self) -> KBRelationship:
        sep = "/" if self.kind == "romantic" else " & "
        if sep not in self.tag or ("/" in self.tag and " & " in self.tag):
            raise ValueError(f"relationship '{self.tag}': a {self.kind} tag joins names with '{sep.strip()}'"
                             " (AO3 never mixes '/' and '&' in one tag)")
        if self.parent is not None and self.parent not in self.names:
            raise ValueError(f"relationship '{self.tag}': parent '{self.parent}' is not one of its names")
        return self

    @property
    def names(self) -> list[str]:
        sep = "/" if self.kind == "romantic" else " & "
        return [p.strip() for p in self.tag.split(sep)]


class KBFandom(_KBModel):
    fandom: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    characters: list[KBCharacter] = Field(min_length=1)
    relationships: list[KBRelationship] = Field(default_factory=list)
    # words of the canon's world (a hansom and a telegram; a phone and a blog): they tell apart two
    # canons with the same people (the stories and their modern TV adaptation) when names cannot
    setting: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _relationships_name_known_characters(self) -> KBFandom:
        known = set()
        for c in self.characters:
            known.update(norm(n) for n in [c.name, strip_disambiguator(c.name), *c.aliases, *c.nicknames])
        for rel in self.relationships:
            for part in rel.names:
                if norm(part) not in known and norm(strip_disambiguator(part)) not in known:
                    raise ValueError(f"relationship '{rel.tag}' names '{part}', who is not among the characters")
        return self


@dataclass
class Fandom:
    """A loaded fandom with its lookup tables (built once)."""

    spec: KBFandom
    source: str  # file path, for error messages and provenance
    alias_to_chars: dict[str, list[int]] = field(default_factory=dict)  # norm alias -> character indices
    relationships: list[tuple[KBRelationship, tuple[int, ...]]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.spec.fandom

    @property
    def characters(self) -> list[KBCharacter]:
        return self.spec.characters

    def resolve(self, text: str) -> int | None:
        """The one character a name or alias denotes, or None when unknown or ambiguous."""
        hits = self.alias_to_chars.get(norm(text))
        if hits is None:
            hits = self.alias_to_chars.get(norm(_drop_honorific(text)))
        if hits and len(hits) == 1:
            return hits[0]
        return None

    def canon_relationship(self, pair: tuple[int, int]) -> KBRelationship | None:
        want = frozenset(pair)
        for rel, idx in self.relationships:
            if len(idx) == 2 and frozenset(idx) == want:
                if rel.kind == "romantic":
                    return rel
        for rel, idx in self.relationships:
            if len(idx) == 2 and frozenset(idx) == want:
                return rel
        return None

    def on_page_couple(self, pair: tuple[int, int]) -> bool:
        """Is the pair a couple in the source work itself (``on_page``), not only a fan pairing?"""
        rel = self.canon_relationship_of_kind(pair, "romantic")
        return bool(rel is not None and rel.on_page)

    def canon_relationship_of_kind(self, pair: tuple[int, int], kind: str) -> KBRelationship | None:
        want = frozenset(pair)
        for rel, idx in self.relationships:
            if rel.kind == kind and len(idx) == 2 and frozenset(idx) == want:
                return rel
        return None


def _drop_honorific(text: str) -> str:
    words = text.split()
    while len(words) > 1 and norm(words[0]) in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


def character_names(c: KBCharacter) -> list[str]:
    """Every surface form a character may have in the text: explicit aliases first, then the
    canonical name without AO3's "(Fandom)" disambiguator."""
    names = [c.name, strip_disambiguator(c.name), *c.aliases, *c.nicknames]
    out, seen = [], set()
    for n in names:
        k = norm(n)
        if k and k not in seen:
            seen.add(k)
            out.append(n)
    return out


def build_fandom(spec: KBFandom, source: str) -> Fandom:
    fd = Fandom(spec=spec, source=source)
    explicit: dict[str, list[int]] = {}
    for i, c in enumerate(spec.characters):
        for n in character_names(c):
            explicit.setdefault(norm(n), [])
            if i not in explicit[norm(n)]:
                explicit[norm(n)].append(i)
    # Users' files may list only canonical names: derive first and last names, but only when no
    # other character claims them (a shared surname is ambiguous and left out).
    derived: dict[str, list[int]] = {}
    for i, c in enumerate(spec.characters):
        words = strip_disambiguator(c.name).replace('"', " ").split()
        if len(words) < 2:
            continue
        for w in {words[0], words[-1]}:
            k = norm(w)
            if len(k) >= 3 and k not in explicit and k not in _HONORIFICS:
                derived.setdefault(k, [])
                if i not in derived[k]:
                    derived[k].append(i)
    fd.alias_to_chars = dict(explicit)
    for k, v in derived.items():
        if len(v) == 1:
            fd.alias_to_chars[k] = v
    for rel in spec.relationships:
        idx = []
        for part in rel.names:
            hits = fd.alias_to_chars.get(norm(part)) or fd.alias_to_chars.get(norm(strip_disambiguator(part)))
            if hits:
                idx.append(hits[0])
        fd.relationships.append((rel, tuple(idx)))
    return fd


@dataclass
class KnowledgeBase:
    fandoms: list[Fandom]

    def by_name(self, name: str) -> Fandom | None:
        """A fandom by its canonical tag or one of its aliases (case-insensitive)."""
        k = norm(name)
        for fd in self.fandoms:
            if k == norm(fd.name) or k in {norm(a) for a in fd.spec.aliases}:
                return fd
        return None


def load_file(path: Path) -> Fandom:
    """Read and validate one KB file; any problem is one line naming the file."""
    try:
        # libyaml's loader when present: ten times faster, and the KB loads on every cold start
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as exc:
        raise InputNotFound(f"cannot read knowledge-base file ({exc.strerror or exc})", path) from None
    except UnicodeDecodeError:
        raise MalformedInput("knowledge-base file is not UTF-8 text", path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise MalformedInput(f"knowledge-base file is not valid YAML{where}", path) from None
    if not isinstance(data, dict):
        raise MalformedInput("knowledge-base file must be a mapping with 'fandom' and 'characters'", path)
    try:
        spec = KBFandom.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first.get("loc", ()))
        msg = first.get("msg", "invalid").removeprefix("Value error, ")
        raise MalformedInput(f"invalid knowledge-base file: {loc + ': ' if loc else ''}{msg}", path) from None
    return build_fandom(spec, str(path))


def _load_dir(d: Path) -> list[Fandom]:
    files = sorted([*d.glob("*.yaml"), *d.glob("*.yml")])
    return [load_file(f) for f in files]


@lru_cache(maxsize=1)
def _builtin() -> tuple[Fandom, ...]:
    return tuple(_load_dir(BUILTIN_DIR)) if BUILTIN_DIR.is_dir() else ()


def load_kb(extra: str | Path | list[str | Path] | None = None, builtin: bool = True) -> KnowledgeBase:
    """The shipped KB plus users' directories (or single files). A user fandom with the same
    canonical name as a shipped one replaces it, so users can correct the shipped data."""
    fandoms = list(_builtin()) if builtin else []
    dirs = [] if extra is None else (list(extra) if isinstance(extra, list) else [extra])
    for d in dirs:
        p = Path(d)
        if not p.exists():
            raise InputNotFound("knowledge-base directory does not exist", p)
        user = _load_dir(p) if p.is_dir() else [load_file(p)]
        if p.is_dir() and not user:
            raise InputNotFound("no *.yaml knowledge-base files in this directory", p)
        for fd in user:
            fandoms = [f for f in fandoms if norm(f.name) != norm(fd.name)] + [fd]
    return KnowledgeBase(fandoms)


def merge_aliases(analysis, fandom: Fandom) -> dict[str, int]:
    """Merge cast characters that the KB says are one person (see :mod:`fabula.tags.merge`)."""
    from fabula.tags.merge import merge_aliases as _merge

    return _merge(analysis, fandom)
