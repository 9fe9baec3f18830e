"""Speed and memory of `fabula.analyze` against bare spaCy on the same text, in the same run.

    python bench/speed.py [TEXT] [--repeat N]

Defaults to LitBank's The Secret Garden (../shared/data/litbank/original/113_the_secret_garden.txt,
about 99K tokens, BookNLP's own speed reference). Prints tokens/s of bare spaCy (``nlp.pipe``
over the same paragraphs fabula parses) and of the whole fabula analysis (ingest excluded, parse +
every stage included), their ratio, a per-stage breakdown and peak RSS. Not a test: numbers depend
on the machine and its load, so only the ratio is comparable across runs.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "litbank" / "original" / "113_the_secret_garden.txt"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("text", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs for each side")
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)
    path = Path(args.text)
    if not path.exists():
        print(f"bench/speed.py: {path}: no such file (pass a text file)", file=sys.stderr)
        return 2

    from fabula import ingest
    from fabula import nlp as nlp_mod
    from fabula.pipeline import analyze_story

    story = ingest.load(path)
    nlp = nlp_mod.load(args.model)
    pieces = nlp_mod.story_pieces(story)
    list(nlp.pipe(pieces[:20]))  # warm-up

    bare = []
    ntok = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        ntok = sum(len(d) for d in nlp.pipe(pieces, batch_size=64))
        bare.append(time.perf_counter() - t0)
    rss_after_bare = peak_rss_mb()

    full = []
    timings: dict[str, float] = {}
    analysis = None
    for _ in range(args.repeat):
        timings = {}
        t0 = time.perf_counter()
        analysis = analyze_story(story, nlp=nlp, timings=timings)
        full.append(time.perf_counter() - t0)
    tb, tf = min(bare), min(full)
    print(f"text:            {path.name} ({story.word_count:,} words, {ntok:,} tokens, {len(pieces):,} parse units)")
    print(f"model:           {nlp_mod.model_label(nlp)}")
    print(f"bare spaCy:      {tb:8.2f} s   {ntok / tb:10,.0f} tokens/s")
    print(f"fabula analyze:  {tf:8.2f} s   {ntok / tf:10,.0f} tokens/s")
    print(f"ratio:           {tf / tb:8.2f} x bare spaCy (budget: 2.0x)")
    for name, secs in timings.items():
        print(f"  {name:<13}  {secs:8.2f} s   {secs / tb:5.2f} x bare")
    print(f"peak RSS:        {peak_rss_mb():8.0f} MB (after bare spaCy: {rss_after_bare:.0f} MB)")
    if analysis is not None:
        print(f"found:           {len(analysis.characters)} characters, {len(analysis.quotes)} quotes, "
              f"{len(analysis.scenes)} scenes, {len(analysis.relationships)} relationships")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
