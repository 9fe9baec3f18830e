"""Reading the Project Dialogism Novel Corpus (PDNC) gold data.

Layout (``<pdnc>/data/<Novel>/``): ``novel_text.txt``, ``quotation_info.csv`` (one row per quote,
list fields as Python literals, spans as character offsets into the text) and
``character_info.csv`` (main name, aliases as a Python set literal, gender, category).
"""

from __future__ import annotations

import ast
import csv
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

csv.field_size_limit(10**8)


@dataclass
class GoldCharacter:
    id: str
    name: str
    aliases: set[str]
    gender: str
    category: str

    @property
    def special(self) -> bool:
        """`_group` and `_unknowable` rows are speakers, not characters."""
        return self.name.startswith("_") or self.category not in ("major", "intermediate", "minor")

    @property
    def all_names(self) -> set[str]:
        return {self.name, *self.aliases}


@dataclass
class GoldQuote:
    id: str
    text: str
    spans: list[tuple[int, int]]
    speaker: str
    addressees: list[str]
    type: str  # Explicit | Anaphoric | Implicit
    referring_expression: str = ""
    mention_texts: list[str] = field(default_factory=list)
    mention_spans: list[tuple[int, int]] = field(default_factory=list)
    mention_entities: list[str] = field(default_factory=list)
    speaker_text: str = ""  # the speaker as the quotation table writes it (maybe an alias)


def _lit(value: str, default):
    value = (value or "").strip()
    if not value:
        return default
    try:
        return ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return default


@dataclass
class Novel:
    name: str
    path: Path

    @cached_property
    def text(self) -> str:
        return (self.path / "novel_text.txt").read_text(encoding="utf-8", errors="replace")

    @cached_property
    def characters(self) -> list[GoldCharacter]:
        out = []
        with (self.path / "character_info.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                aliases = _lit(row.get("Aliases", ""), set())
                out.append(GoldCharacter(
                    id=str(row.get("Character ID", "")).strip(),
                    name=(row.get("Main Name") or "").strip(),
                    aliases={str(a).strip() for a in aliases if str(a).strip()},
                    gender=(row.get("Gender") or "U").strip(),
                    category=(row.get("Category") or "").strip().lower(),
                ))
        return out

    @cached_property
    def canonical_names(self) -> dict[str, str]:
        """Any name of a gold character → its Main Name. PDNC's quotation table names speakers
        sometimes by an alias ("Lucy" for the character whose Main Name is "Miss Honeychurch");
        scoring against the raw string would count every such quote wrong. Names shared by two
        characters are left out (they stay as written)."""
        owners: dict[str, set[str]] = {}
        for c in self.characters:
            for a in c.all_names:
                owners.setdefault(a, set()).add(c.name)
        out = {a: next(iter(o)) for a, o in owners.items() if len(o) == 1}
        out.update({c.name: c.name for c in self.characters})
        return out

    def canonical(self, name: str) -> str:
        return self.canonical_names.get(name, name)

    @cached_property
    def quotes(self) -> list[GoldQuote]:
        """Gold quotes with speakers and addressees given by Main Name (see :attr:`canonical_names`);
        the table's own speaker string is kept in ``speaker_text``."""
        out = []
        with (self.path / "quotation_info.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                spans = [tuple(s) for s in _lit(row.get("quoteByteSpans", ""), [])]
                out.append(GoldQuote(
                    id=str(row.get("quoteID", "")),
                    text=row.get("quoteText", ""),
                    spans=[(int(a), int(b)) for a, b in spans],
                    speaker=self.canonical((row.get("speaker") or "").strip()),
                    addressees=[self.canonical(str(a).strip()) for a in _lit(row.get("addressees", ""), [])],
                    speaker_text=(row.get("speaker") or "").strip(),
                    type=(row.get("quoteType") or "").strip(),
                    referring_expression=row.get("referringExpression") or "",
                    mention_texts=list(_lit(row.get("mentionTextsList", ""), [])),
                    mention_spans=[tuple(s) for s in _lit(row.get("mentionSpansList", ""), [])],
                    mention_entities=list(_lit(row.get("mentionEntitiesList", ""), [])),
                ))
        return out

    def character_by_name(self, name: str) -> GoldCharacter | None:
        for c in self.characters:
            if c.name == name:
                return c
        return None


def default_pdnc_dir() -> Path | None:
    """``../shared/data/pdnc`` beside the checkout, when present."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent.parent / "shared" / "data" / "pdnc"
        if cand.is_dir():
            return cand
    return None


def list_novels(pdnc_dir: Path, names: list[str] | None = None) -> list[Novel]:
    root = pdnc_dir / "data" if (pdnc_dir / "data").is_dir() else pdnc_dir
    novels = [Novel(p.name, p) for p in sorted(root.iterdir())
              if p.is_dir() and (p / "quotation_info.csv").exists()]
    if names:
        wanted = {n.lower() for n in names}
        novels = [n for n in novels if n.name.lower() in wanted]
    return novels


def first_person_novels(pdnc_dir: Path) -> set[str]:
    """Folder names of the novels PDNC's index marks as first-person narration."""
    idx = pdnc_dir / "PDNC-Novel-Index.csv"
    out: set[str] = set()
    if not idx.exists():
        return out
    with idx.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                if float(row.get("Narrative Person") or 0) == 1.0:
                    out.add((row.get("Folder Name") or "").strip())
            except ValueError:
                continue
    return out
