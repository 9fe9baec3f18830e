"""Time the tags stage against bare spaCy on the same text: ``python -m fabula.tags.speed TEXT``.

The stage's budget is 5% of bare spaCy time. This prints both, measured in the same process on
the same paragraphs (``nlp.pipe`` for spaCy, :func:`fabula.tags.suggest` on the parse for the
stage; "cold" includes loading the KB and building its name index, "warm" does not).
"""

from __future__ import annotations

import sys
import time


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python -m fabula.tags.speed TEXT", file=sys.stderr)
        return 2
    from fabula import ingest
    from fabula import nlp as nlp_mod
    from fabula.model import Analysis
    from fabula.pipeline import Context
    from fabula.tags.kb import load_kb
    from fabula.tags.stage import suggest

    story = ingest.load(argv[0])
    nlp = nlp_mod.load()
    pieces = nlp_mod.story_pieces(story)
    list(nlp.pipe(pieces[:20]))  # warm-up
    t0 = time.perf_counter()
    ntok = sum(len(d) for d in nlp.pipe(pieces, batch_size=64))
    bare = time.perf_counter() - t0
    doc = nlp_mod.parse(story, nlp)
    t0 = time.perf_counter()
    kb = load_kb()
    suggest(Context(story=story, doc=doc), Analysis.for_story(story), kb)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    suggest(Context(story=story, doc=doc), Analysis.for_story(story), kb)
    warm = time.perf_counter() - t0
    print(f"{argv[0]}: {ntok} tokens; bare spaCy {bare:.1f}s; tags stage cold {cold:.2f}s "
          f"({cold / bare:.3f}x), warm {warm:.2f}s ({warm / bare:.3f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
