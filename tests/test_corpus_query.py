"""The corpus store's rows and `find` questions, on Analyses built by hand (no spaCy, fast).

Building the Analyses directly lets these tests pin the query logic (pairs, aliases, break-ups,
fandom filters) independently of what the relation layers detect today.
"""

from __future__ import annotations

import json
from typing import Any, Literal

import pyarrow as pa
import pytest
from pydantic import BaseModel, Field

from fabula import ingest
from fabula.corpus import query
from fabula.corpus.rows import analysis_rows, model_columns, table_specs
from fabula.corpus.store import StoreWriter
from fabula.corpus.work import WorkResult, failure_row
from fabula.model import (
    Analysis,
    Character,
    Event,
    Mention,
    Quote,
    Relationship,
    RelationshipState,
)


def _analysis(text: str, fandom: str, chars: list[tuple[str, str, list[str], int]],
              rels: list[tuple[str, str, str, list[str]]], events: list[tuple[str, list[str]]] = (),
              quotes: list[str | None] = ()) -> Analysis:
    story = ingest.from_text(text, title=text.split(".")[0])
    story.metadata.fandoms = [fandom]
    a = Analysis.for_story(story)
    for cid, name, aliases, n in chars:
        a.characters.append(Character(id=cid, name=name, aliases=aliases,
                                      mentions=[Mention(span=(i, i + 1), text=name) for i in range(n)]))
    for i, (s, t, typ, states) in enumerate(rels):
        a.relationships.append(Relationship(id=f"r{i}", source=s, target=t, type=typ, confidence=0.8,
                                            states=[RelationshipState(state=x) for x in states]))
    for i, (typ, parts) in enumerate(events):
        a.events.append(Event(id=f"e{i}", type=typ, participants=parts))
    for i, spk in enumerate(quotes):
        a.quotes.append(Quote(id=f"q{i}", spans=[(0, 5)], text="Hello there", speaker=spk))
    return a


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = tmp_path_factory.mktemp("q") / "store"
    works = [
        _analysis("Harbour lights. Orla met Bexley.", "Lanternfall",
                  [("c1", "Orla Venn", ["Orla"], 10), ("c2", "Bexley", ["Bex"], 5)],
                  [("c1", "c2", "romantic", ["dating", "ex"])], [("breakup", ["c1", "c2"])],
                  ["c1", "c1", "c2", None]),
        _analysis("Mill road. Orla and Tam walked.", "Lanternfall",
                  [("c1", "Orla", [], 8), ("c2", "Tam", [], 8)],
                  [("c1", "c2", "friendship", ["friends"])], [], ["c2"]),
        _analysis("Copper sky. Ysolde wed Pell.", "Copperwood",
                  [("a", "Ysolde", [], 3), ("b", "Pell", [], 1)],
                  [("b", "a", "romantic", ["dating", "married"])], [], []),
    ]
    with StoreWriter(st) as w:
        results = [WorkResult(f"{i:064x}", f"w{i}.txt", analysis_rows(f"{i:064x}", a)) for i, a in enumerate(works)]
        w.commit(results[:2])
        w.commit(results[2:] + [WorkResult("f" * 64, "bad.txt", {}, failure_row("f" * 64, "bad.txt", "empty",
                                                                                 "file is empty"))])
    return st


def _run(st, q_and_p):
    q, p = q_and_p
    return query.run_sql(st, q, p)


def test_relationship_by_type_and_by_pair_in_either_direction(store):
    cols, rows = _run(store, query.find_relationships("romantic"))
    assert {r[cols.index("title")] for r in rows} == {"Harbour lights", "Copper sky"}
    _, rows = _run(store, query.find_relationships(None, ["pell", "Ysolde"]))  # reversed, any case
    assert len(rows) == 1 and rows[0][3] == "romantic"
    _, rows = _run(store, query.find_relationships(None, ["Bex", "Orla"]))  # by aliases
    assert len(rows) == 1 and rows[0][4] == "ex"
    _, rows = _run(store, query.find_relationships("romantic", ["Orla", "Tam"]))
    assert rows == []
    _, rows = _run(store, query.find_relationships(None, ["Orla"], fandom="lantern"))
    assert len(rows) == 2


def test_breakups_from_states_and_events(store):
    cols, rows = _run(store, query.find_breakups())
    assert {r[0] for r in rows} == {"Harbour lights"}
    assert {r[cols.index("how")] for r in rows} == {"state", "event"}
    _, rows = _run(store, query.find_breakups(["Ysolde", "Pell"]))
    assert rows == []
    _, rows = _run(store, query.find_breakups(["Bexley"]))
    assert rows and all(r[0] == "Harbour lights" for r in rows)


def test_central_characters_of_a_fandom(store):
    cols, rows = _run(store, query.find_central("Lanternfall"))
    names = [r[0] for r in rows]
    assert "Ysolde" not in names
    assert names.index("Tam") < names.index("Bexley")  # half of a work beats a third of one
    _, rows = _run(store, query.find_central())
    assert rows[0][0] == "Ysolde"  # 3 of 4 mentions in her work


def test_quote_counts_per_character(store):
    cols, rows = _run(store, query.find_quote_counts())
    counts = {r[0]: r[1] for r in rows}
    assert counts == {"Orla Venn": 2, "Bexley": 1, "Tam": 1, "(unattributed)": 1}
    _, rows = _run(store, query.find_quote_counts(work="Mill road"))
    assert [(r[0], r[1]) for r in rows] == [("Tam", 1)]


def test_failures_view_and_lists_are_queryable(store):
    _, rows = query.run_sql(store, "SELECT kind FROM failures")
    assert rows == [("empty",)]
    _, rows = query.run_sql(store, "SELECT count(*) FROM works WHERE list_contains(fandoms, 'Copperwood')")
    assert rows == [(1,)]
    _, rows = query.run_sql(store, "SELECT source_name, target_name, seq, state FROM relationship_states "
                                   "WHERE type = 'romantic' ORDER BY source_name, seq")
    assert rows == [("Orla Venn", "Bexley", 0, "dating"), ("Orla Venn", "Bexley", 1, "ex"),
                    ("Pell", "Ysolde", 0, "dating"), ("Pell", "Ysolde", 1, "married")]


# --------------------------------------------------------------------------------------------
# Columns follow the models, so new fields become new columns
# --------------------------------------------------------------------------------------------


class _Inner(BaseModel):
    note: str | None = None
    score: float = 0.0


class _Future(BaseModel):
    id: str
    span: tuple[int, int]
    cue: tuple[int, int] | None = None
    kind: Literal["a", "b"] = "a"
    person: Literal[1, 2, 3] | None = None
    flag: bool = False
    names: list[str] = Field(default_factory=list)
    spans: list[tuple[int, int]] = Field(default_factory=list)
    extra: dict[str, Any] = Field(default_factory=dict)
    inner: _Inner = Field(default_factory=_Inner)


def test_model_columns_follow_annotations():
    cols = {c.name: c for c in model_columns(_Future)}
    assert cols["id"].type == pa.string()
    assert cols["start"].type == cols["end"].type == pa.int64()
    assert "cue_start" in cols and "cue_end" in cols
    assert cols["kind"].type == pa.string() and cols["person"].type == pa.int64()
    assert cols["flag"].type == pa.bool_()
    assert cols["names"].type == pa.list_(pa.string())
    assert cols["spans"].type == pa.string() and cols["extra"].type == pa.string()  # JSON
    assert cols["inner_note"].type == pa.string() and cols["inner_score"].type == pa.float64()
    obj = _Future(id="x", span=(3, 9), names=["p"], spans=[(1, 2)], extra={"k": [1]}, inner=_Inner(note="n"))
    dump = obj.model_dump(mode="json")
    row = {c.name: c.get(dump) for c in cols.values()}
    assert row["start"] == 3 and row["end"] == 9 and row["cue_start"] is None
    assert json.loads(row["spans"]) == [[1, 2]] and json.loads(row["extra"]) == {"k": [1]}
    assert row["inner_note"] == "n" and row["names"] == ["p"]
    pa.Table.from_pylist([row], schema=pa.schema([pa.field(c.name, c.type) for c in cols.values()]))


def test_every_analysis_list_field_has_a_table():
    names = {s.name for s in table_specs()}
    for field, info in Analysis.model_fields.items():
        if getattr(info.annotation, "__origin__", None) is list and field not in ("warnings", "stages"):
            assert field in names, field


# --------------------------------------------------------------------------------------------
# Compaction
# --------------------------------------------------------------------------------------------


def _copy_store(src, dst):
    import shutil

    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("_lock"))
    return dst


def _snapshot(st) -> dict[str, list]:
    out = {}
    for t in ["works", "characters", "relationships", "relationship_states", "quotes", "failure_log"]:
        out[t] = query.run_sql(st, f"SELECT * FROM {t} ORDER BY ALL")[1]
    return out


def test_compact_merges_batches_and_keeps_every_row(store, tmp_path):
    from fabula.corpus.store import compact, live_manifests

    st = _copy_store(store, tmp_path / "s")
    before = _snapshot(st)
    with StoreWriter(st) as w:
        man = compact(w)
    assert man is not None and len(man.replaces) == 2
    assert len(live_manifests(st)) == 1
    assert len(list((st / "works").glob("part-*.parquet"))) == 1
    assert _snapshot(st) == before
    with StoreWriter(st) as w:
        assert compact(w) is None  # nothing left to merge


def test_compaction_killed_before_cleanup_counts_nothing_twice(store, tmp_path):
    """Simulate a kill right after the merged manifest is written: old manifests and parts are
    still on disk, but readers and the next writer must see each work once."""
    from fabula.corpus import store as store_mod

    st = _copy_store(store, tmp_path / "s")
    before = _snapshot(st)
    with StoreWriter(st) as w:
        real = w.recover
        w.recover = lambda: []  # the "kill": cleanup never happens
        store_mod.compact(w)
        w.recover = real
    assert len(list((st / "_manifests").glob("*.json"))) == 3  # old ones still there
    assert _snapshot(st) == before
    with StoreWriter(st):
        pass  # the next writer cleans up
    assert len(list((st / "_manifests").glob("*.json"))) == 1
    assert _snapshot(st) == before


# --------------------------------------------------------------------------------------------
# Per-work time limit, on the main thread (local pool) and on other threads (Ray actors)
# --------------------------------------------------------------------------------------------


def _busy(limit: float, seconds: float) -> str:
    import time

    from fabula.corpus.work import WorkTimeout, time_limit

    try:
        with time_limit(limit):
            end = time.perf_counter() + seconds
            while time.perf_counter() < end:
                pass
    except WorkTimeout:
        return "timeout"
    # A limit that did not fire must not fire later either.
    time.sleep(max(0.0, limit - seconds) + 0.1)
    return "ok"


@pytest.mark.parametrize("in_thread", [False, True])
def test_time_limit_fires_on_main_and_other_threads(in_thread):
    from concurrent.futures import ThreadPoolExecutor

    if in_thread:
        with ThreadPoolExecutor(1) as ex:
            assert ex.submit(_busy, 0.2, 3.0).result() == "timeout"
            assert ex.submit(_busy, 0.3, 0.01).result() == "ok"
    else:
        assert _busy(0.2, 3.0) == "timeout"
        assert _busy(0.3, 0.01) == "ok"


def test_worker_env_shares_cores_and_respects_the_user(monkeypatch):
    from fabula.corpus import engines

    monkeypatch.setattr(engines.os, "cpu_count", lambda: 8)
    for var in engines.THREAD_VARS:
        monkeypatch.delenv(var, raising=False)
    env = engines.worker_env(4)
    assert env["PYTHONHASHSEED"] == engines.HASH_SEED
    assert all(env[v] == "2" for v in engines.THREAD_VARS)
    assert engines.worker_env(16)["OMP_NUM_THREADS"] == "1"
    assert engines.worker_env(4, threads_each=1)["MKL_NUM_THREADS"] == "1"
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    assert engines.worker_env(4)["OMP_NUM_THREADS"] == "3"
