"""Build the bundled AO3-style examples from the project's own story text.

    .venv/bin/python scripts/make_examples.py

Reads ``examples/the-seam-that-holds.txt`` (written for fabula) and writes
``examples/the-seam-that-holds.html`` (an AO3 HTML download) and ``.epub`` (an AO3/calibre-style
EPUB) with :mod:`fabula.testing.ao3`. Output is deterministic, so re-running it changes nothing
unless the text or the builder changed.
"""

from __future__ import annotations

from pathlib import Path

from fabula.testing.ao3 import spec_from_text, write_ao3_epub, write_ao3_html

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def build(out_dir: Path = EXAMPLES) -> list[Path]:
    """Write the HTML and EPUB examples into ``out_dir``; returns their paths."""
    txt = EXAMPLES / "the-seam-that-holds.txt"
    spec = spec_from_text(
        txt.read_text(encoding="utf-8"),
        title="The Seam That Holds",
        authors=["fabula_examples"],
        rating="Teen And Up Audiences",
        warnings=["No Archive Warnings Apply"],
        categories=["M/M"],
        fandoms=["Original Work"],
        relationships=["Marcus/Theo (Original Characters)"],
        characters=["Theo (Original Character)", "Marcus (Original Character)", "Hope (Original Character)"],
        additional_tags=["First Person", "Flashbacks", "Break Up", "Angst", "Hurt/Comfort", "Friendship",
                         "Bakery"],
        summary="A year after the night his engagement ended in a restaurant full of paper lanterns, Theo "
                "is still counting. Then the bell over the bakery door rings.",
        notes="Written for fabula's examples: a first-person story with a flashback, nicknames and a "
              "few thoughts in single quotes.",
        end_notes="Thank you for reading!",
        work_id=4200001,
        published="2025-01-15",
    )
    return [write_ao3_html(spec, out_dir / "the-seam-that-holds.html"),
            write_ao3_epub(spec, out_dir / "the-seam-that-holds.epub")]


def main() -> None:
    for path in build():
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
