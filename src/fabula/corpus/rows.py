"""Analysis → rows of flat tables, derived from the pydantic models themselves.

The other layers (cast, dialogue, structure, relations, tags) keep adding fields to
``fabula.model``. Instead of a hand-written column list that would go stale, each table's columns
are computed from its model's field annotations:

* ``str`` / ``int`` / ``float`` / ``bool`` / ``Literal[...]`` (optionally ``| None``) → a column of
  that type, same name;
* a ``Span`` (``tuple[int, int]``) → two int columns: ``span`` → ``start``/``end``,
  ``source_span`` → ``source_start``/``source_end``, any other ``x`` → ``x_start``/``x_end``;
* ``list[str]`` → a list-of-strings column (DuckDB: ``list_contains(col, 'x')``);
* a nested model (not in a list) → its fields flattened with a ``<name>_`` prefix;
* everything else (lists of models, dicts, ``Any``, ``list[Span]``) → a JSON string column of the
  same name (DuckDB: ``json_extract(col, '$.key')``).

So a new field on a model becomes a new column on the next run, with no code change here, and old
Parquet parts without it still read fine (the views use ``union_by_name``). A new
``list[SomeModel]`` field on :class:`~fabula.model.Analysis` becomes a new table of its own name.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, Union

import pyarrow as pa
from pydantic import BaseModel

from fabula.model import (
    Analysis,
    Arc,
    Chapter,
    Character,
    Event,
    Metadata,
    NarratorSection,
    Quote,
    Relationship,
    RelationshipState,
    Scene,
    Tag,
)

Row = dict[str, Any]


# --------------------------------------------------------------------------------------------
# Annotation → column kinds
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One output column: its name, Arrow type, and how to compute it from a model dump."""

    name: str
    type: pa.DataType
    get: Callable[[dict[str, Any]], Any]
    doc: str = ""


def _strip_optional(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _is_span(tp: Any) -> bool:
    return typing.get_origin(tp) is tuple and typing.get_args(tp) == (int, int)


def _scalar_type(tp: Any) -> pa.DataType | None:
    if tp is bool:
        return pa.bool_()
    if tp is int:
        return pa.int64()
    if tp is float:
        return pa.float64()
    if tp is str:
        return pa.string()
    if typing.get_origin(tp) is Literal:
        kinds = {type(a) for a in typing.get_args(tp)}
        if kinds == {int}:
            return pa.int64()
        if kinds == {str}:
            return pa.string()
    return None


def to_json(value: Any) -> str | None:
    """Compact, key-sorted JSON (so equal values give equal strings on every engine)."""
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _span_names(name: str) -> tuple[str, str]:
    if name == "span":
        return "start", "end"
    if name == "source_span":
        return "source_start", "source_end"
    return f"{name}_start", f"{name}_end"


def _span_part(key: str, i: int) -> Callable[[dict[str, Any]], Any]:
    def get(d: dict[str, Any]) -> Any:
        v = d.get(key)
        return None if v is None else int(v[i])

    return get


def _plain(key: str, cast: Callable[[Any], Any] | None = None) -> Callable[[dict[str, Any]], Any]:
    def get(d: dict[str, Any]) -> Any:
        v = d.get(key)
        if v is None or cast is None:
            return v
        return cast(v)

    return get


def _json(key: str) -> Callable[[dict[str, Any]], Any]:
    def get(d: dict[str, Any]) -> Any:
        v = d.get(key)
        return None if v is None or v == {} else to_json(v)

    return get


def _nested(key: str, inner: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], Any]:
    def get(d: dict[str, Any]) -> Any:
        return inner(d.get(key) or {})

    return get


def model_columns(model: type[BaseModel], exclude: Iterable[str] = (), prefix: str = "") -> list[Column]:
    """The columns for one model, computed from its field annotations (see the module doc)."""
    skip = set(exclude)
    cols: list[Column] = []
    for name, info in model.model_fields.items():
        if name in skip or info.exclude:
            continue
        tp = _strip_optional(info.annotation)
        desc = info.description or ""
        scalar = _scalar_type(tp)
        if scalar is not None:
            cast = {pa.int64(): int, pa.float64(): float, pa.bool_(): bool, pa.string(): str}.get(scalar)
            cols.append(Column(prefix + name, scalar, _plain(name, cast), desc))
        elif _is_span(tp):
            a, b = _span_names(name)
            cols.append(Column(prefix + a, pa.int64(), _span_part(name, 0), f"{name}[0]"))
            cols.append(Column(prefix + b, pa.int64(), _span_part(name, 1), f"{name}[1]"))
        elif typing.get_origin(tp) is list and typing.get_args(tp) == (str,):
            cols.append(Column(prefix + name, pa.list_(pa.string()), _plain(name, list), desc))
        elif isinstance(tp, type) and issubclass(tp, BaseModel):
            for c in model_columns(tp, prefix=f"{prefix}{name}_"):
                cols.append(Column(c.name, c.type, _nested(name, c.get), c.doc))
        else:
            cols.append(Column(prefix + name, pa.string(), _json(name), f"{desc} (JSON)".strip()))
    return cols


# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------

Extractor = Callable[[Analysis], Iterable[tuple[dict[str, Any], Row]]]
"""Yields (model dump, extra columns) pairs for one table from one Analysis."""


@dataclass
class TableSpec:
    name: str
    doc: str
    model: type[BaseModel] | None
    extract: Extractor
    extra: list[tuple[str, pa.DataType, str]] = field(default_factory=list)
    exclude: tuple[str, ...] = ()

    def columns(self) -> list[Column]:
        """Key column, the extractor's extra columns, then the model's own columns."""
        cols = [Column("work_id", pa.string(), lambda d: None, "sha256 of the work's source bytes")]
        taken = {"work_id"}
        for name, typ, doc in self.extra:
            cols.append(Column(name, typ, lambda d: None, doc))
            taken.add(name)
        if self.model is not None:
            for c in model_columns(self.model, exclude=self.exclude):
                if c.name not in taken:
                    cols.append(c)
                    taken.add(c.name)
        return cols

    def schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type) for c in self.columns()])

    def rows(self, work_id: str, analysis: Analysis) -> list[Row]:
        cols = self.columns()
        extra_names = {n for n, _, _ in self.extra}
        out = []
        for dump, extra in self.extract(analysis):
            row: Row = {"work_id": work_id}
            for c in cols[1:]:
                row[c.name] = extra.get(c.name) if c.name in extra_names else c.get(dump)
            out.append(row)
        return out


def _dump(obj: BaseModel) -> dict[str, Any]:
    return obj.model_dump(mode="json")


def _each(getter: Callable[[Analysis], list[BaseModel]]) -> Extractor:
    def extract(a: Analysis) -> Iterable[tuple[dict[str, Any], Row]]:
        for obj in getter(a):
            yield _dump(obj), {}

    return extract


def _characters(a: Analysis) -> Iterable[tuple[dict[str, Any], Row]]:
    for c in a.characters:
        names = [m for m in c.mentions if m.kind == "name"]
        yield _dump(c), {
            "n_mentions": len(c.mentions),
            "n_name_mentions": len(names),
            "first_mention": min((m.span[0] for m in c.mentions), default=None),
        }


def _aliases(a: Analysis) -> Iterable[tuple[dict[str, Any], Row]]:
    for c in a.characters:
        for alias in dict.fromkeys([c.name, *c.aliases]):
            yield {}, {"character_id": c.id, "alias": alias, "is_name": alias == c.name}


def _mentions(a: Analysis) -> Iterable[tuple[dict[str, Any], Row]]:
    """One row per (character, mention kind): counts and first/last place, not every mention —
    the per-mention detail is in each work's Analysis JSON and would dominate the store."""
    for c in a.characters:
        by_kind: dict[str, list] = {}
        for m in c.mentions:
            by_kind.setdefault(m.kind, []).append(m)
        for kind in sorted(by_kind):
            ms = by_kind[kind]
            yield {}, {
                "character_id": c.id, "kind": kind, "count": len(ms),
                "first_start": min(m.span[0] for m in ms), "last_end": max(m.span[1] for m in ms),
                "mean_confidence": sum(m.confidence for m in ms) / len(ms),
            }


def _quotes(a: Analysis) -> Iterable[tuple[dict[str, Any], Row]]:
    for q in a.quotes:
        yield _dump(q), {
            "start": min((s[0] for s in q.spans), default=None),
            "end": max((s[1] for s in q.spans), default=None),
            "words": len(q.text.split()),
        }


def _names(a: Analysis) -> dict[str, str]:
    return {c.id: c.name for c in a.characters}


def _relationships(a: Analysis) -> Iterable[tuple[dict[str, Any], Row]]:
    names = _names(a)
    for r in a.relationships:
        yield _dump(r), {
            "source_name": names.get(r.source), "target_name": names.get(r.target),
            "n_states": len(r.states),
            "first_state": r.states[0].state if r.states else None,
            "last_state": r.states[-1].state if r.states else None,
        }


def _relationship_states(a: Analysis) -> Iterable[tuple[dict[str, Any], Row]]:
    names = _names(a)
    for r in a.relationships:
        for i, s in enumerate(r.states):
            yield _dump(s), {
                "relationship_id": r.id, "seq": i, "source": r.source, "target": r.target,
                "source_name": names.get(r.source), "target_name": names.get(r.target), "type": r.type,
            }


def _arcs(a: Analysis) -> Iterable[tuple[dict[str, Any], Row]]:
    for arc in a.arcs:
        yield _dump(arc), {"n_points": len(arc.points)}


def _chapters(a: Analysis) -> Iterable[tuple[dict[str, Any], Row]]:
    for ch in a.story.chapters:
        yield _dump(ch), {}


def _works(a: Analysis) -> Iterable[tuple[dict[str, Any], Row]]:
    st = a.story
    extra: Row = {
        "words": st.words,
        "n_chapters": len(st.chapters),
        "n_paragraphs": sum(1 for p in st.paragraphs if p.kind == "text"),
        "n_scene_breaks": sum(1 for p in st.paragraphs if p.kind == "scene_break"),
        "chars": len(st.text),
    }
    for name in analysis_list_fields():
        extra[f"n_{name}"] = len(getattr(a, name))
    meta = _dump(st.metadata)
    top = a.model_dump(mode="json", include=set(_work_scalar_fields()))
    yield {**meta, **top}, extra


def analysis_list_fields() -> list[str]:
    """The Analysis fields that hold a list of models: one table each."""
    out = []
    for name, info in Analysis.model_fields.items():
        tp = _strip_optional(info.annotation)
        if typing.get_origin(tp) is list:
            (arg,) = typing.get_args(tp) or (None,)
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                out.append(name)
    return out


def _work_scalar_fields() -> list[str]:
    """Analysis-level fields that are not lists of models nor the story (versions, stages...)."""
    lists = set(analysis_list_fields())
    return [n for n in Analysis.model_fields if n not in lists and n != "story"]


def _works_spec() -> TableSpec:
    extras: list[tuple[str, pa.DataType, str]] = [
        ("words", pa.int64(), "words of story text (headings and notes excluded)"),
        ("n_chapters", pa.int64(), "chapters"),
        ("n_paragraphs", pa.int64(), "text paragraphs"),
        ("n_scene_breaks", pa.int64(), "scene-break markers"),
        ("chars", pa.int64(), "characters of normalized text"),
    ]
    extras += [(f"n_{n}", pa.int64(), f"len(analysis.{n})") for n in analysis_list_fields()]
    extras += [
        ("locator", pa.string(), "where the work was read: a path, or archive.zip!member"),
        ("seconds", pa.float64(), "wall time to ingest and analyze this work"),
        ("analyzed_at", pa.string(), "UTC time the work was analyzed (ISO 8601)"),
    ]

    # Metadata columns, then the Analysis scalars (schema_version, fabula_version, stages...).
    cols_model = _merge_models(Metadata, Analysis, _work_scalar_fields())
    return TableSpec("works", "One row per analyzed work: source metadata, versions and counts.",
                     cols_model, _works, extras, exclude=("content_hash",))


def _merge_models(meta: type[BaseModel], analysis: type[BaseModel], fields: list[str]) -> type[BaseModel]:
    """A throwaway model with Metadata's fields plus the chosen Analysis fields, so the works table
    columns come from the same annotation rules as every other table."""
    from pydantic import create_model

    defs: dict[str, Any] = {n: (i.annotation, i) for n, i in meta.model_fields.items()}
    for n in fields:
        if n not in defs:
            info = analysis.model_fields[n]
            defs[n] = (info.annotation, info)
    return create_model("WorkRow", **defs)


def _known_specs() -> list[TableSpec]:
    rel_extra = [
        ("source_name", pa.string(), "name of the source character"),
        ("target_name", pa.string(), "name of the target character"),
        ("n_states", pa.int64(), "number of states over story time"),
        ("first_state", pa.string(), "earliest state"),
        ("last_state", pa.string(), "latest state"),
    ]
    state_extra = [
        ("relationship_id", pa.string(), "relationships.id"),
        ("seq", pa.int64(), "0-based order of the state within its relationship"),
        ("source", pa.string(), "relationship source character id"),
        ("target", pa.string(), "relationship target character id"),
        ("source_name", pa.string(), "source character name"),
        ("target_name", pa.string(), "target character name"),
        ("type", pa.string(), "relationship type"),
    ]
    return [
        _works_spec(),
        TableSpec("chapters", "Chapters of each work.", Chapter, _chapters),
        TableSpec("characters", "Characters (aliases and mentions are in their own tables).", Character,
                  _characters,
                  [("n_mentions", pa.int64(), "all mentions"),
                   ("n_name_mentions", pa.int64(), "mentions by name"),
                   ("first_mention", pa.int64(), "offset of the first mention")],
                  exclude=("mentions", "aliases")),
        TableSpec("aliases", "Every name a character goes by (including the main name).", None, _aliases,
                  [("character_id", pa.string(), "characters.id"), ("alias", pa.string(), "the name"),
                   ("is_name", pa.bool_(), "true for the character's main name")]),
        TableSpec("mentions", "Mention summary per character and mention kind.", None, _mentions,
                  [("character_id", pa.string(), "characters.id"),
                   ("kind", pa.string(), "name | nominal | pronoun | narrator"),
                   ("count", pa.int64(), "number of mentions"),
                   ("first_start", pa.int64(), "offset of the first mention"),
                   ("last_end", pa.int64(), "end offset of the last mention"),
                   ("mean_confidence", pa.float64(), "mean mention confidence")]),
        TableSpec("narrator", "Who narrates each section.", NarratorSection, _each(lambda a: a.narrator)),
        TableSpec("quotes", "Quotes with speaker and addressees (character ids).", Quote, _quotes,
                  [("start", pa.int64(), "start of the first span"), ("end", pa.int64(), "end of the last span"),
                   ("words", pa.int64(), "words in the quote text")]),
        TableSpec("scenes", "Scenes.", Scene, _each(lambda a: a.scenes)),
        TableSpec("relationships", "Relationships between characters (states in relationship_states).",
                  Relationship, _relationships, rel_extra, exclude=("states",)),
        TableSpec("relationship_states", "Each relationship's states over story time, in order.",
                  RelationshipState, _relationship_states, state_extra),
        TableSpec("events", "Events with participants (character ids).", Event, _each(lambda a: a.events)),
        TableSpec("arcs", "Per-character arcs; points as JSON.", Arc, _arcs,
                  [("n_points", pa.int64(), "number of arc points")]),
        TableSpec("tags", "Tags (AO3-style) with confidence.", Tag, _each(lambda a: a.tags)),
    ]


COVERED = {"characters", "narrator", "quotes", "scenes", "relationships", "events", "arcs", "tags"}


@lru_cache(maxsize=1)
def table_specs() -> tuple[TableSpec, ...]:
    """Every data table (not failures): the known ones, plus one per new Analysis list field."""
    specs = _known_specs()
    for name in analysis_list_fields():
        if name in COVERED:
            continue
        info = Analysis.model_fields[name]
        (model,) = typing.get_args(_strip_optional(info.annotation))
        specs.append(TableSpec(name, f"analysis.{name} (derived automatically from the model).", model,
                               _each(lambda a, n=name: getattr(a, n))))
    return tuple(specs)


FAILURE_COLUMNS: list[tuple[str, pa.DataType, str]] = [
    ("work_id", pa.string(), "sha256 of the source bytes (of the locator when unreadable)"),
    ("locator", pa.string(), "path, or archive.zip!member"),
    ("kind", pa.string(), "empty | unsupported | malformed | hostile | too-large | not-found | crash | "
                          "timeout | worker-died"),
    ("error_type", pa.string(), "Python exception class"),
    ("message", pa.string(), "one-line reason"),
    ("stage", pa.string(), "pipeline stage running when it failed (ingest, parse, or a stage name)"),
    ("seconds", pa.float64(), "time spent before failing"),
    ("failed_at", pa.string(), "UTC time (ISO 8601)"),
]


def failures_schema() -> pa.Schema:
    return pa.schema([pa.field(n, t) for n, t, _ in FAILURE_COLUMNS])


def analysis_rows(work_id: str, analysis: Analysis, extra_work: Row | None = None) -> dict[str, list[Row]]:
    """Every table's rows for one analyzed work."""
    out: dict[str, list[Row]] = {}
    for spec in table_specs():
        rows = spec.rows(work_id, analysis)
        if spec.name == "works" and extra_work:
            for r in rows:
                r.update(extra_work)
        out[spec.name] = rows
    return out
