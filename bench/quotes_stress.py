"""Stress benchmark of quote extraction: linear time on bad and huge input.

    python bench/quotes_stress.py [--scale N]

Times :func:`fabula.dialogue.extract.extract_segments` on generated texts (well-formed dialogue,
thousands of unbalanced marks, one 100,000-character paragraph, apostrophe storms, a long chat) at 1x and 10x
size and prints the time ratio; a ratio near 10 is linear, near 100 would be quadratic.
"""

from __future__ import annotations

import argparse
import re
import time

from fabula.dialogue.extract import extract_segments
from fabula.model import Paragraph, Story

CASES = {
    "dialogue": ('"Hello there," Mara said. "Are you well?" I don\'t know, the Smiths\' dog \'cause. '
                 "He said 'fine,' and left.\n\n"),
    "unbalanced": 'He said "no and then "maybe and "never\n\n',
    "one_paragraph": 'word "open and on, ',
    "apostrophes": "'tis the Smiths' rock 'n' roll 'cause ' ' ' don't ",
    "dash_lines": "\u2014Where to? \u2014 she asked. \u2014 Home.\n\n",
    # a chat fic thousands of messages long: labels are checked against the text's words once
    "chat_lines": "Priya: are you up\n\nTomasz: no\n\nMorning: every morning I ask\n\n",
}


def story_of(text: str) -> Story:
    paras = [Paragraph(span=(m.start(), m.end())) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    return Story(text=text, paragraphs=paras)


def best_time(story: Story, repeat: int = 3) -> tuple[float, int]:
    best, n = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n = len(extract_segments(story.text, story.paragraphs, story.emphasis))
        best = min(best, time.perf_counter() - t0)
    return best, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=int, default=100_000, help="characters of the 1x text")
    args = ap.parse_args(argv)
    print(f"{'case':15s} {'chars':>9s} {'1x s':>8s} {'10x s':>8s} {'ratio':>6s} {'quotes@10x':>10s}")
    worst = 0.0
    for name, unit in CASES.items():
        small = story_of(unit * max(1, args.scale // len(unit)))
        big = story_of(unit * max(1, 10 * args.scale // len(unit)))
        t1, _ = best_time(small)
        t10, n = best_time(big)
        ratio = t10 / max(t1, 1e-6)
        worst = max(worst, ratio)
        print(f"{name:15s} {len(big.text):9d} {t1:8.4f} {t10:8.4f} {ratio:6.1f} {n:10d}")
    print(f"worst 10x/1x ratio: {worst:.1f} (linear ~10, quadratic ~100)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
