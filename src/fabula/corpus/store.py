"""The corpus store: one Parquet dataset per table, committed per batch, atomically.

Layout of ``STORE/``::

    _schema.json                 store schema version + every table's columns (documented)
    _manifests/<batch>.json      the commit record of one batch: its work ids, failure ids, files
    <table>/part-<batch>.parquet one file per table per batch
    <table>/_empty.parquet       0 rows with the current schema (so every column always exists)
    _lock                        held (flock) by the one run writing to the store

A batch commits in three steps: each table's Parquet part is written to a hidden temp name and
fsynced, all parts are renamed into place, then the manifest is written atomically. **The manifest
is the commit point**: readers (the DuckDB views) only read files a manifest names, and a writer
opening the store deletes temp files and parts no manifest names (leftovers of a killed run). So a
``kill -9`` at any moment loses at most the uncommitted batch, which the next run redoes because
its work ids are in no manifest: nothing lost, nothing duplicated.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from fabula.corpus.rows import FAILURE_COLUMNS, Row, failures_schema, table_specs
from fabula.corpus.work import WorkResult, now_iso
from fabula.errors import FabulaError
from fabula.io import write_atomic

STORE_SCHEMA_VERSION = "1.0"
SCHEMA_FILE = "_schema.json"
MANIFESTS = "_manifests"
EMPTY_PART = "_empty.parquet"
FAILURES = "failures"


class StoreError(FabulaError):
    kind = "store"


def current_schemas() -> dict[str, pa.Schema]:
    """Every table's Arrow schema for the installed fabula model (failures last)."""
    out = {spec.name: spec.schema() for spec in table_specs()}
    out[FAILURES] = failures_schema()
    return out


def schema_document() -> dict:
    """The `_schema.json` content: versions, and each table's documented columns."""
    from fabula import __version__
    from fabula.model import SCHEMA_VERSION

    tables = {}
    for spec in table_specs():
        tables[spec.name] = {"doc": spec.doc, "key": ["work_id"],
                             "columns": [{"name": c.name, "type": str(c.type), "doc": c.doc}
                                         for c in spec.columns()]}
    tables[FAILURES] = {"doc": "Works that could not be analyzed, with the reason (latest attempt; "
                               "the view hides works that later succeeded).",
                        "key": ["work_id"],
                        "columns": [{"name": n, "type": str(t), "doc": d} for n, t, d in FAILURE_COLUMNS]}
    return {"store_schema_version": STORE_SCHEMA_VERSION, "analysis_schema_version": SCHEMA_VERSION,
            "fabula_version": __version__, "tables": tables}


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@dataclass
class Manifest:
    batch: str
    works: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # table → path relative to the store
    rows: dict[str, int] = field(default_factory=dict)
    committed_at: str = ""


def read_manifests(root: Path) -> list[Manifest]:
    out = []
    mdir = root / MANIFESTS
    if not mdir.is_dir():
        return out
    for p in sorted(mdir.glob("*.json")):
        data = json.loads(p.read_text(encoding="utf-8"))
        out.append(Manifest(data["batch"], data.get("works", []), data.get("failures", []),
                            data.get("files", {}), data.get("rows", {}), data.get("committed_at", "")))
    return out


@dataclass
class StoreState:
    """What the store holds: works done, works whose latest attempt failed, files per table."""

    done: set[str]
    failed: set[str]
    files: dict[str, list[Path]]
    batches: int


def store_state(root: str | Path) -> StoreState:
    root = Path(root)
    done: set[str] = set()
    ever_failed: set[str] = set()
    files: dict[str, list[Path]] = defaultdict(list)
    mans = read_manifests(root)
    for m in mans:
        done.update(m.works)
        ever_failed.update(m.failures)
        for table, rel in m.files.items():
            files[table].append(root / rel)
    return StoreState(done, ever_failed - done, dict(files), len(mans))


def is_store(root: str | Path) -> bool:
    return (Path(root) / SCHEMA_FILE).is_file()


class StoreWriter:
    """The single writer of a store (an flock on ``_lock`` keeps a second run out)."""

    def __init__(self, root: str | Path):
        self.root = Path(root)
        self._lock_fh = None
        self.schemas: dict[str, pa.Schema] = {}

    # -- opening ---------------------------------------------------------------------------
    def __enter__(self) -> StoreWriter:
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> None:
        root = self.root
        if root.exists() and not root.is_dir():
            raise StoreError(f"{root} is a file, not a store folder")
        if root.is_dir() and any(root.iterdir()) and not is_store(root):
            raise StoreError(f"{root} is a non-empty folder that is not a fabula corpus store")
        root.mkdir(parents=True, exist_ok=True)
        self._lock_fh = open(root / "_lock", "a+")  # noqa: SIM115 - held for the writer's life
        try:
            fcntl.flock(self._lock_fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock_fh.close()
            self._lock_fh = None
            raise StoreError(f"another fabula corpus run is writing to {root}") from None
        (root / MANIFESTS).mkdir(exist_ok=True)
        self.schemas = current_schemas()
        self._check_version()
        self.recover()
        self._write_schema()

    def close(self) -> None:
        if self._lock_fh is not None:
            fcntl.flock(self._lock_fh, fcntl.LOCK_UN)
            self._lock_fh.close()
            self._lock_fh = None

    def _check_version(self) -> None:
        p = self.root / SCHEMA_FILE
        if not p.exists():
            return
        old = json.loads(p.read_text(encoding="utf-8")).get("store_schema_version", "0")
        if old.split(".")[0] != STORE_SCHEMA_VERSION.split(".")[0]:
            raise StoreError(f"{self.root} has store schema {old}; this fabula writes {STORE_SCHEMA_VERSION} "
                             "(use a new --store folder)")

    def recover(self) -> list[Path]:
        """Delete what a killed run left behind: temp files and parts that no manifest names."""
        committed = {self.root / rel for m in read_manifests(self.root) for rel in m.files.values()}
        removed = []
        for sub in self.root.iterdir():
            if not sub.is_dir() or sub.name.startswith("_"):
                continue
            for p in sub.iterdir():
                orphan = p.name.endswith(".tmp") or (p.name.startswith("part-") and p not in committed)
                if orphan:
                    p.unlink(missing_ok=True)
                    removed.append(p)
        for p in (self.root / MANIFESTS).glob(".*"):
            p.unlink(missing_ok=True)
        return removed

    def _write_schema(self) -> None:
        """`_schema.json` and each table's `_empty.parquet`, rewritten when the model changed
        (new fields are new columns; old parts still read through ``union_by_name``)."""
        doc = schema_document()
        p = self.root / SCHEMA_FILE
        old = json.loads(p.read_text(encoding="utf-8")) if p.exists() else None
        doc["created_at"] = (old or {}).get("created_at") or now_iso()
        if old and {k: v for k, v in old.items() if k != "updated_at"} == doc:
            missing = [t for t in self.schemas if not (self.root / t / EMPTY_PART).exists()]
            if not missing:
                return
        doc["updated_at"] = now_iso()
        for table, schema in self.schemas.items():
            d = self.root / table
            d.mkdir(exist_ok=True)
            self._write_parquet(schema.empty_table(), d / EMPTY_PART)
        write_atomic(p, json.dumps(doc, indent=2) + "\n")

    # -- writing ---------------------------------------------------------------------------
    @staticmethod
    def _write_parquet(table: pa.Table, final: Path) -> None:
        tmp = final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.tmp")
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)

    def commit(self, results: Iterable[WorkResult]) -> Manifest | None:
        """Write one batch of results (successes and failures) atomically; return its manifest."""
        results = list(results)
        if not results:
            return None
        batch = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
        by_table: dict[str, list[Row]] = defaultdict(list)
        works, failures = [], []
        for r in results:
            if r.ok:
                works.append(r.work_id)
                for table, rows in r.tables.items():
                    by_table[table].extend(rows)
            else:
                failures.append(r.work_id)
                by_table[FAILURES].append(r.failure or {})
        staged: list[tuple[Path, Path]] = []
        files: dict[str, str] = {}
        counts: dict[str, int] = {}
        try:
            for table, rows in by_table.items():
                if not rows or table not in self.schemas:
                    continue
                d = self.root / table
                d.mkdir(exist_ok=True)
                final = d / f"part-{batch}.parquet"
                tmp = d / f".part-{batch}.parquet.tmp"
                pq.write_table(pa.Table.from_pylist(rows, schema=self.schemas[table]), tmp, compression="zstd")
                with open(tmp, "rb") as fh:
                    os.fsync(fh.fileno())
                staged.append((tmp, final))
                files[table] = f"{table}/{final.name}"
                counts[table] = len(rows)
        except BaseException:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)
            raise
        for tmp, final in staged:
            os.replace(tmp, final)
        for d in {final.parent for _, final in staged}:
            _fsync_dir(d)
        man = Manifest(batch, works, failures, files, counts, now_iso())
        write_atomic(self.root / MANIFESTS / f"{batch}.json",
                     json.dumps(man.__dict__, indent=1) + "\n")
        _fsync_dir(self.root / MANIFESTS)
        return man


def committed_files(root: str | Path) -> dict[str, list[Path]]:
    return store_state(root).files


def table_names(root: str | Path) -> list[str]:
    """Tables of a store: those in its `_schema.json` (plus any written by a newer fabula)."""
    root = Path(root)
    doc = json.loads((root / SCHEMA_FILE).read_text(encoding="utf-8"))
    names = list(doc.get("tables", {}))
    for sub in sorted(root.iterdir()):
        if sub.is_dir() and not sub.name.startswith("_") and sub.name not in names:
            names.append(sub.name)
    return names


def iter_store_files(root: str | Path) -> Iterator[Path]:
    root = Path(root)
    for p in sorted(root.rglob("*")):
        if p.is_file():
            yield p
