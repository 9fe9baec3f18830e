"""Time fabula's readers on one novel in every format (no spaCy involved).

    .venv/bin/python scripts/bench_ingest.py [TEXT]

Default TEXT: ../shared/data/litbank/original/113_the_secret_garden.txt. The text is turned into a
27-chapter AO3 HTML download, an AO3 (calibre-style) EPUB and a FanFicFare EPUB with
fabula.testing.ao3, then each is read three times; the best time is printed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from fabula.ingest.epub import read_epub
from fabula.ingest.html import read_html
from fabula.ingest.plain import read_plain
from fabula.testing.ao3 import ChapterSpec, WorkSpec, ao3_epub_bytes, ao3_html, fff_epub_bytes

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/litbank/original/113_the_secret_garden.txt"


def best_of(fn, repeat: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    text = path.read_text(encoding="utf-8")
    paras = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    n = len(paras)
    spec = WorkSpec(title=path.stem, chapters=[ChapterSpec(title=f"Part {i + 1}", paragraphs=paras[i * n // 27:
                                                                                                  (i + 1) * n // 27])
                                               for i in range(27)])
    html, epub, fff = ao3_html(spec), ao3_epub_bytes(spec), fff_epub_bytes(spec)
    html_ent = ao3_html(spec, entities=True)
    print(f"{path.name}: {len(text):,} chars, {n:,} paragraphs")
    for name, fn, size in [
        ("txt (read_plain)", lambda: read_plain(text), len(text)),
        ("AO3 HTML", lambda: read_html(html, "x.html"), len(html)),
        ("AO3 HTML, entities", lambda: read_html(html_ent, "x.html"), len(html_ent)),
        ("AO3 EPUB", lambda: read_epub(epub, "x.epub"), len(epub)),
        ("FanFicFare EPUB", lambda: read_epub(fff, "x.epub"), len(fff)),
    ]:
        secs, story = best_of(fn)
        print(f"  {name:<20} {secs:6.2f} s  {size / 1e6:5.2f} MB in  {len(story.paragraphs):,} paragraphs  "
              f"{len(story.text):,} chars out")


if __name__ == "__main__":
    main()
