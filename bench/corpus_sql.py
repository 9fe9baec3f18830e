"""`corpus sql` latency over a 10,000-work store.

    nice .venv/bin/python bench/corpus_sql.py --works 10000 [--batch 64] [--keep DIR]

The store's rows are synthesized directly (4 characters, 3 relationships with 2-3 states each per
work, written through the real StoreWriter in batches of ``--batch`` works, so the store has as
many Parquet parts per table as a real run would), then two relationship questions are timed:
in-process (connect: views from manifests, then the query) and end to end through the CLI
(`fabula corpus ...` in a fresh process, including Python start-up), first as written (one part
per batch per table), then after `compact` (one part per table). Median of 5 (CLI: of 3).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fabula.corpus import query
from fabula.corpus.store import StoreWriter, compact
from fabula.corpus.synth import invent_name
from fabula.corpus.work import WorkResult

TYPES = ["romantic", "friendship", "family", "rivalry", "professional"]
STATES = {"romantic": ["dating", "engaged", "married", "ex"], "friendship": ["friends", "estranged"],
          "family": ["siblings"], "rivalry": ["rivals"], "professional": ["colleagues"]}


def synth_work(i: int, rng: random.Random, names: list[str]) -> WorkResult:
    wid = f"{i:064x}"
    cast = rng.sample(names, 4)
    tables: dict[str, list[dict]] = {
        "works": [{"work_id": wid, "title": f"Work {i}", "words": rng.randint(500, 20000),
                   "fandoms": [f"Fandom {i % 7}"], "n_characters": 4, "n_relationships": 3,
                   "locator": f"/archive/{i}.txt"}],
        "characters": [], "aliases": [], "relationships": [], "relationship_states": []}
    for j, name in enumerate(cast):
        tables["characters"].append({"work_id": wid, "id": f"c{j}", "name": name, "n_mentions": rng.randint(1, 200)})
        tables["aliases"].append({"work_id": wid, "character_id": f"c{j}", "alias": name, "is_name": True})
    for k in range(3):
        a, b = rng.sample(range(4), 2)
        typ = rng.choice(TYPES)
        states = [rng.choice(STATES[typ]) for _ in range(rng.randint(2, 3))]
        tables["relationships"].append({"work_id": wid, "id": f"r{k}", "source": f"c{a}", "target": f"c{b}",
                                        "source_name": cast[a], "target_name": cast[b], "type": typ,
                                        "confidence": round(rng.random(), 2), "n_states": len(states),
                                        "first_state": states[0], "last_state": states[-1]})
        for s, st in enumerate(states):
            tables["relationship_states"].append({"work_id": wid, "relationship_id": f"r{k}", "seq": s,
                                                  "source": f"c{a}", "target": f"c{b}", "source_name": cast[a],
                                                  "target_name": cast[b], "type": typ, "state": st})
    return WorkResult(wid, f"/archive/{i}.txt", tables)


def timed(fn, n: int = 5) -> float:
    ts = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t)
    return round(statistics.median(ts), 3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--works", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--keep", type=Path, default=None)
    args = ap.parse_args()
    root = Path(args.keep or tempfile.mkdtemp(prefix="fabula-sqlbench-")) / "store"
    rng = random.Random(0)
    names = sorted({invent_name(rng) for _ in range(3000)})
    if not (root / "_schema.json").exists():
        t = time.perf_counter()
        with StoreWriter(root) as w:
            for start in range(0, args.works, args.batch):
                w.commit([synth_work(i, rng, names) for i in range(start, min(args.works, start + args.batch))])
        print(f"wrote {args.works} works in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    out = {"works": args.works, "load_before": os.getloadavg(), "as_written": measure(root)}
    with StoreWriter(root) as w:
        t = time.perf_counter()
        compact(w)
        out["compact_s"] = round(time.perf_counter() - t, 1)
    out["compacted"] = measure(root)
    out["load_after"] = os.getloadavg()
    print(json.dumps(out, indent=1))


def measure(root: Path) -> dict:
    pair = query.run_sql(root, "SELECT source_name, target_name FROM relationships WHERE type='romantic' LIMIT 1")[1][0]
    sql = ("SELECT w.title, r.source_name, r.target_name, r.last_state FROM relationships r JOIN works w "
           "USING (work_id) WHERE r.type = 'romantic' AND r.last_state = 'ex' ORDER BY w.title LIMIT 100")
    q_pair, p_pair = query.find_relationships("romantic", list(pair))
    cli = [sys.executable, "-m", "fabula.cli", "corpus"]
    return {
        "relationship_rows": query.run_sql(root, "SELECT count(*) FROM relationships")[1][0][0],
        "parts_per_table": len(list((root / "relationships").glob("part-*.parquet"))),
        "store_mb": round(sum(p.stat().st_size for p in root.rglob("*.parquet")) / 1e6, 1),
        "inprocess_sql_s": timed(lambda: query.run_sql(root, sql)),
        "inprocess_find_pair_s": timed(lambda: query.run_sql(root, q_pair, p_pair)),
        "cli_sql_s": timed(lambda: subprocess.run([*cli, "sql", "--store", str(root), "-f", "csv", sql],
                                                  check=True, capture_output=True), 3),
        "cli_find_pair_s": timed(lambda: subprocess.run([*cli, "find", "relationship", "--store", str(root), "-t",
                                                         "romantic", "-n", pair[0], "-n", pair[1], "-f", "csv"],
                                                        check=True, capture_output=True), 3),
        "cli_startup_only_s": timed(lambda: subprocess.run([sys.executable, "-m", "fabula.cli", "--version"],
                                                           check=True, capture_output=True), 3),
    }

if __name__ == "__main__":
    main()
