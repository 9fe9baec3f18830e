"""Corpus throughput: works per minute with 1 and 2 local processes, and Ray local vs the pool.

    nice .venv/bin/python bench/corpus_throughput.py --works 120 --paragraphs 8 [--ray]

Generates an original corpus (fabula.corpus.synth), runs it into fresh stores, and prints JSON:
wall time per run (including worker start-up), steady-state works/min (first result → last), CPU
seconds of the driver and of the pool's workers (so the work done can be compared even when the
machine is busy), the
store size per 1,000 words, and the machine's load average before and after (the bench machine is
shared, so read the speed-ups with the load in mind).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from fabula.corpus.engines import RunOptions, run_corpus
from fabula.corpus.synth import write_corpus


def store_bytes(store: Path) -> int:
    return sum(p.stat().st_size for p in store.rglob("*.parquet") if not p.name.startswith("_"))


def one_run(inputs: Path, store: Path, opts: RunOptions) -> dict:
    import resource

    stamps: list[float] = []
    ru0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    s = run_corpus([inputs], store, opts, on_result=lambda r: stamps.append(time.perf_counter()))
    wall = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = [round((b.ru_utime + b.ru_stime) - (a.ru_utime + a.ru_stime), 1) for a, b in zip(ru0, ru1, strict=True)]
    n = s.analyzed + s.failed
    steady = 60.0 * (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0.0
    return {"engine": opts.engine, "workers": opts.workers, "works": n, "failed": s.failed, "words": s.words,
            "wall_s": round(wall, 1), "works_per_min_wall": round(60.0 * n / wall, 1),
            "works_per_min_steady": round(steady, 1), "startup_s": round(stamps[0] - t0, 1) if stamps else None,
            "cpu_s_driver": cpu[0], "cpu_s_workers": cpu[1],  # workers: local pool only (Ray's are not children)
            "store_bytes": store_bytes(store),
            "store_bytes_per_1000_words": round(1000 * store_bytes(store) / max(1, s.words))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--works", type=int, default=120)
    ap.add_argument("--paragraphs", type=int, default=8)
    ap.add_argument("--ray", action="store_true", help="also run the Ray engine (2 actors)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the corpus and stores here")
    args = ap.parse_args()
    tmp = Path(args.keep or tempfile.mkdtemp(prefix="fabula-bench-"))
    inputs = tmp / "in"
    if not inputs.exists():
        write_corpus(inputs, args.works, seed=42, paragraphs=args.paragraphs)
    out = {"load_before": os.getloadavg(), "cpus": os.cpu_count(), "runs": []}
    runs = [RunOptions(workers=1, batch_size=32), RunOptions(workers=2, batch_size=32)]
    if args.ray:
        runs.append(RunOptions(engine="ray", workers=2, batch_size=32))
    for i, opts in enumerate(runs):
        st = tmp / f"store{i}"
        shutil.rmtree(st, ignore_errors=True)
        out["runs"].append(one_run(inputs, st, opts))
        print(json.dumps(out["runs"][-1]), flush=True)
    r = out["runs"]
    from fabula.corpus.store import StoreWriter, compact

    with StoreWriter(tmp / "store0") as w:
        compact(w, min_batches=1)
    out["store_bytes_per_1000_words_compacted"] = round(1000 * store_bytes(tmp / "store0") / max(1, r[0]["words"]))
    out["speedup_2_vs_1_wall"] = round(r[0]["wall_s"] / r[1]["wall_s"], 2)
    out["speedup_2_vs_1_steady"] = round(r[1]["works_per_min_steady"] / max(1e-9, r[0]["works_per_min_steady"]), 2)
    if args.ray:
        out["ray_vs_pool_time"] = round(r[2]["wall_s"] / r[1]["wall_s"], 2)
        out["ray_vs_pool_steady"] = round(r[1]["works_per_min_steady"] / max(1e-9, r[2]["works_per_min_steady"]), 2)
    out["load_after"] = os.getloadavg()
    print(json.dumps(out, indent=1))
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
