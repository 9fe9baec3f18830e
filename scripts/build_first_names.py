"""Build fabula's first-name gender lexicon (``src/fabula/models/first_names.json``).

    pip download --no-deps nomquamgender==0.1.4 && unzip -o nomquamgender-0.1.4-py3-none-any.whl
    python scripts/build_first_names.py nomquamgender/name_data.json

Source: the name-gender reference data of the ``nomquamgender`` package (Van Buskirk et al.,
MIT licence, https://github.com/ianvanbuskirk/nomquamgender), which pools dozens of national
name-gender tables. Each entry is ``name: [number of sources, count, p(female), ...]``.

Why a lexicon at all: the cast guesses a character's gender from the pronouns that follow its
name, which a romance scene flips ("Greta sat by his bed") and a minor character never settles.
A first name most people of one gender carry is a prior a reader uses too. We keep only names
seen often (``--min-count``) in several sources whose p(female) is near 0 or 1, so the file stays
small and a name used by both (Sam, Alex, Kit, Wren) gives no prior at all.

The ``common`` list (names borne at least ``--common-count`` times, either gender) serves the tags
stage: a story whose only canon names are such everyday names (three sisters called Anne, Mary and
Jane) is weak evidence of the canon that happens to use them.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "fabula" / "models" / "first_names.json"
NAME = re.compile(r"[a-z][a-z'\-]*[a-z]")


def build(data: dict, min_count: int, min_sources: int, cut: float,
          common_count: int = 100_000) -> dict[str, list[str]]:
    he, she, common = [], [], []
    for name, row in data.items():
        sources, count, p_female = row[0], row[1], row[2]
        if count < min_count or sources < min_sources or not NAME.fullmatch(name):
            continue
        if count >= common_count:
            common.append(name)
        if p_female <= cut:
            he.append(name)
        elif p_female >= 1 - cut:
            she.append(name)
    return {"he": sorted(he), "she": sorted(she), "common": sorted(common)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("name_data", type=Path, help="nomquamgender's name_data.json")
    ap.add_argument("--min-count", type=int, default=100)
    ap.add_argument("--min-sources", type=int, default=5)
    ap.add_argument("--cut", type=float, default=0.03, help="p(female) <= cut is 'he', >= 1-cut is 'she'")
    ap.add_argument("--common-count", type=int, default=100_000,
                    help="names borne this often (either gender) are listed as 'common'")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    lex = build(json.loads(args.name_data.read_text()), args.min_count, args.min_sources, args.cut, args.common_count)
    out = {"about": "First names most bearers of which are of one gender, derived by scripts/build_first_names.py "
                    "from the nomquamgender name-gender data (Copyright (c) 2022 Ian Van Buskirk, MIT licence). "
                    f"Kept: count >= {args.min_count}, sources >= {args.min_sources}, p(female) <= {args.cut} "
                    f"or >= {1 - args.cut:.2f}; 'common': count >= {args.common_count}, either gender.",
           **lex}
    args.out.write_text(json.dumps(out, separators=(",", ":")) + "\n")
    print(f"wrote {args.out}: {len(lex['he'])} he, {len(lex['she'])} she, {len(lex['common'])} common")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
