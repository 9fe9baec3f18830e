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


def _publish(staged: list[tuple[Path, Path]]) -> None:
    """Move fsynced temporary files into place and make the renames durable. Nothing is visible
    to readers until the manifest that names these files is written after this."""
    for tmp, final in staged:
        os.replace(tmp, final)
    for d in {final.parent for _, final in staged}:
        _fsync_dir(d)


def _discard(staged: list[tuple[Path, Path]]) -> None:
    for tmp, _ in staged:
        tmp.unlink(missing_ok=True)


@dataclass
class Manifest:
    batch: str
    works: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # table → path relative to the store
    rows: dict[str, int] = field(default_factory=dict)
    committed_at: str = ""
    replaces: list[str] = field(default_factory=list)  # batches merged into this one by compact()


def read_manifests(root: Path) -> list[Manifest]:
    out = []
    mdir = root / MANIFESTS
    if not mdir.is_dir():
        return out
    for p in sorted(mdir.glob("*.json")):
        data = json.loads(p.read_text(encoding="utf-8"))
        out.append(Manifest(data["batch"], data.get("works", []), data.get("failures", []),
                            data.get("files", {}), data.get("rows", {}), data.get("committed_at", ""),
                            data.get("replaces", [])))
    return out


def live_manifests(root: Path) -> list[Manifest]:
    """Manifests in force: all but those a compaction manifest says it replaces (a compaction
    killed before deleting the batches it merged must not count their works twice)."""
    mans = read_manifests(root)
    replaced = {b for m in mans for b in m.replaces}
    return [m for m in mans if m.batch not in replaced]


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
    mans = live_manifests(root)
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
        live = live_manifests(self.root)
        committed = {self.root / rel for m in live for rel in m.files.values()}
        removed = []
        live_batches = {m.batch for m in live}
        for m in read_manifests(self.root):
            if m.batch not in live_batches:  # merged by a compaction that was killed before cleaning up
                (self.root / MANIFESTS / f"{m.batch}.json").unlink(missing_ok=True)
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
            _discard(staged)
            raise
        _publish(staged)
        man = Manifest(batch, works, failures, files, counts, now_iso())
        write_atomic(self.root / MANIFESTS / f"{batch}.json",
                     json.dumps(man.__dict__, indent=1) + "\n")
        _fsync_dir(self.root / MANIFESTS)
        return man


def _compact_table(root: Path, table: str, files: list[Path], dest: Path) -> int:
    """Merge ``files`` into one Parquet file ``dest`` with DuckDB (streaming; ``union_by_name``
    reconciles parts written before and after the model grew a field)."""
    import duckdb

    con = duckdb.connect(":memory:")
    try:
        lst = "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in files) + "]"
        target = str(dest).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM read_parquet({lst}, union_by_name = true)) TO '{target}' "
                    "(FORMAT parquet, COMPRESSION zstd)")
        return con.execute(f"SELECT count(*) FROM read_parquet('{target}')").fetchone()[0]
    finally:
        con.close()


def compact(writer: StoreWriter, min_batches: int = 2, everything: bool = False) -> Manifest | None:
    """Merge committed batches into one, so queries open one file per table instead of one per
    batch. By default only the batches of runs (not earlier merges) are merged, so compacting after
    each run of a big archive does not rewrite it all; ``everything`` merges all. Atomic like a commit: the merged parts are written under temp names and renamed, then
    one manifest that ``replaces`` the old batches is written (the commit point), then the old
    manifests and parts are deleted; a kill at any step leaves the store readable and exact."""
    root = writer.root
    live = [m for m in live_manifests(root) if everything or not m.replaces]
    if len(live) < min_batches:
        return None
    batch = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
    by_table: dict[str, list[Path]] = defaultdict(list)
    for m in live:
        for table, rel in m.files.items():
            by_table[table].append(root / rel)
    staged: list[tuple[Path, Path]] = []
    files, counts = {}, {}
    try:
        for table, parts in sorted(by_table.items()):
            final = root / table / f"part-{batch}.parquet"
            tmp = root / table / f".part-{batch}.parquet.tmp"
            counts[table] = _compact_table(root, table, parts, tmp)
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            staged.append((tmp, final))
            files[table] = f"{table}/{final.name}"
    except BaseException:
        _discard(staged)
        raise
    _publish(staged)
    works = sorted({w for m in live for w in m.works})
    failures = sorted({f for m in live for f in m.failures})
    man = Manifest(batch, works, failures, files, counts, now_iso(), [m.batch for m in live])
    write_atomic(root / MANIFESTS / f"{batch}.json", json.dumps(man.__dict__, indent=1) + "\n")
    _fsync_dir(root / MANIFESTS)
    writer.recover()  # now deletes the replaced manifests and their parts
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
