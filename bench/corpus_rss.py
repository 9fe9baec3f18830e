"""Peak RSS of one corpus worker over many works (memory must stay flat).

    nice .venv/bin/python bench/corpus_rss.py --works 1000 --paragraphs 4

Runs the per-work function (fabula.corpus.work.analyze_work: ingest, parse and analysis inside
spaCy's memory zone, rows out) in this one process over a generated corpus of distinct stories —
every story brings new invented names, the worst case for a growing vocabulary — and prints the
current and peak RSS (VmRSS / VmHWM from /proc) every 100 works, plus the change of peak RSS from
work 100 to the last work (target: within 10%).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from fabula.corpus.discover import discover
from fabula.corpus.synth import write_corpus
from fabula.corpus.work import analyze_work


def rss_mb() -> tuple[float, float]:
    vals = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            k, v = line.split(":")
            vals[k] = int(v.split()[0]) / 1024
    return round(vals["VmRSS"], 1), round(vals["VmHWM"], 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--works", type=int, default=1000)
    ap.add_argument("--paragraphs", type=int, default=4)
    args = ap.parse_args()
    from fabula import nlp

    with tempfile.TemporaryDirectory(prefix="fabula-rss-") as tmp:
        write_corpus(Path(tmp) / "in", args.works, seed=5, paragraphs=args.paragraphs)
        items = list(discover([Path(tmp) / "in"]))
        vocab = nlp.load().vocab
        points = []
        t0 = time.perf_counter()
        failed = 0
        for i, item in enumerate(items, 1):
            r = analyze_work(item, timeout=120)
            failed += not r.ok
            if i == 1 or i % 100 == 0:
                cur, peak = rss_mb()
                points.append({"work": i, "rss_mb": cur, "peak_mb": peak, "strings": len(vocab.strings),
                               "elapsed_s": round(time.perf_counter() - t0, 1)})
                print(json.dumps(points[-1]), flush=True)
    at100 = next(p for p in points if p["work"] == 100)
    last = points[-1]
    print(json.dumps({"works": len(items), "failed": failed, "peak_mb_at_100": at100["peak_mb"],
                      "peak_mb_at_last": last["peak_mb"],
                      "peak_growth_pct": round(100 * (last["peak_mb"] / at100["peak_mb"] - 1), 1),
                      "strings_at_100": at100["strings"], "strings_at_last": last["strings"]}))


if __name__ == "__main__":
    main()
