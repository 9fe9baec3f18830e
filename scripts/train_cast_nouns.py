"""Learn the person-noun lexicon of the cast stage from LitBank's dev documents.

    python scripts/train_cast_nouns.py [--litbank DIR] [--out src/fabula/models/cast_person_nouns.json]

For each dev document (split: src/fabula/evaluate/splits/litbank.json) we parse the text (cached),
find the syntactic head of every gold PER mention that is a common noun ("the old *man*", "his
*mother*"), and count how often each noun lemma heads a PER mention against how often it occurs as
a noun at all. Lemmas that head PER mentions at least twice and at least ``--min-share`` of the
time form the lexicon (lemma → share), which the cast stage uses to find nominal person mentions.
Test documents are never read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    from fabula.evaluate import litbank
    from fabula.evaluate.cache import load_parsed

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--litbank", type=Path, default=litbank.default_litbank_dir())
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "fabula" / "models" / "cast_person_nouns.json")
    ap.add_argument("--min-share", type=float, default=0.35)
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    per_heads: Counter = Counter()
    nouns: Counter = Counter()
    docs = litbank.split_docs(args.litbank, "entities", "dev")
    for d in docs:
        story, doc = load_parsed(litbank.text_path(args.litbank, d))
        inv = litbank.SourceToStory(story)
        for t in doc:
            if t.pos_ == "NOUN":
                nouns[t.lemma_.lower()] += 1
        for m in litbank.entities(args.litbank, d):
            if m.type != "PER":
                continue
            s, e = inv.span(m.start, m.end)
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            root = span.root
            if root.pos_ == "NOUN":
                per_heads[root.lemma_.lower()] += 1
    lex = {}
    for lemma, k in per_heads.items():
        share = k / max(k, nouns[lemma])
        if k >= args.min_count and share >= args.min_share:
            lex[lemma] = round(share, 3)
    out = {"about": "Person-noun lexicon learned from LitBank dev documents by scripts/train_cast_nouns.py: "
                    "noun lemma -> share of its noun uses that head a gold PER mention.",
           "docs": len(docs), "min_share": args.min_share, "min_count": args.min_count,
           "lemmas": dict(sorted(lex.items()))}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(lex)} person nouns from {len(docs)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
