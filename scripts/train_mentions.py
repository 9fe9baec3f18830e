"""Train the cast stage's PER mention model (a spaCy spancat) on the LitBank dev documents.

    nice python scripts/train_mentions.py [--litbank DIR] [--out src/fabula/models/cast_mentions]
                                          [--max-steps 3000] [--work /tmp/fabula_mentions]

Data: the ``dev`` documents of ``src/fabula/evaluate/splits/litbank.json`` (test documents are never
read). Every 6th dev document is held out as spaCy's dev set (early stopping, threshold choice);
the rest are training data. Each document is ingested and parsed exactly as ``fabula analyze``
would (``nlp.parse``; not the evaluation cache, which drops ``doc.tensor``, one of the model's
inputs), so the model sees the same tokens, vectors, tags, dependencies and entities at training
time as at run time; the gold PER spans are mapped from the ``.ann`` source
offsets onto those tokens (spans that do not align with spaCy's tokens are dropped) and the
documents are cut into chunks of whole sentences (never inside a gold span) of ~250 tokens.

Training uses spaCy's own trainer with ``scripts/cast_mentions.cfg`` on the CPU; the best model is
copied to ``--out`` with a ``fabula_meta.json`` (version, data, threshold, held-out scores).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHUNK_TOKENS = 250
HOLDOUT_EVERY = 6
VERSION = "2"


def gold_token_spans(root: Path, d: str, story, doc) -> tuple[list[tuple[int, int]], int]:
    """Gold PER spans of document ``d`` as token ranges of ``doc`` (+ how many failed to align)."""
    from fabula.evaluate import litbank

    inv = litbank.SourceToStory(story)
    out, lost = set(), 0
    for m in litbank.entities(root, d):
        if m.type != "PER":
            continue
        s, e = inv.span(m.start, m.end)
        sp = doc.char_span(s, e)
        if sp is None or len(sp) == 0:
            lost += 1
            continue
        out.add((sp.start, sp.end))
    return sorted(out), lost


def chunks(doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges of whole sentences, ~CHUNK_TOKENS long, whose cuts fall outside gold spans."""
    inside = set()
    for s, e in spans:
        inside.update(range(s + 1, e))
    out, start = [], 0
    for sent in doc.sents:
        end = sent.end
        if end - start >= CHUNK_TOKENS and end not in inside:
            out.append((start, end))
            start = end
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def build_docbin(root: Path, docs: list[str], path: Path) -> dict:
    from spacy.tokens import DocBin, Span

    from fabula import ingest
    from fabula import nlp as nlp_mod
    from fabula.cast.mentions import TENSOR_KEY
    from fabula.evaluate import litbank

    db = DocBin(store_user_data=True)
    n_spans = lost = n_chunks = 0
    for d in docs:
        story = ingest.load(litbank.text_path(root, d))
        doc = nlp_mod.parse(story)  # not the eval cache: the model's input includes doc.tensor
        spans, miss = gold_token_spans(root, d, story, doc)
        lost += miss
        for a, b in chunks(doc, spans):
            sub = doc[a:b].as_doc()
            sub.user_data[TENSOR_KEY] = doc.tensor[a:b]
            sub.spans["sc"] = [Span(sub, s - a, e - a, label="PER") for s, e in spans if a <= s and e <= b]
            n_spans += len(sub.spans["sc"])
            n_chunks += 1
            db.add(sub)
    db.to_disk(path)
    return {"docs": len(docs), "chunks": n_chunks, "spans": n_spans, "unaligned": lost}


def main(argv: list[str] | None = None) -> int:
    from spacy.cli.train import train

    import fabula.cast.mentions  # noqa: F401 - registers the suggester and the corpus reader
    from fabula.evaluate import litbank

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--litbank", type=Path, default=litbank.default_litbank_dir())
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "fabula" / "models" / "cast_mentions")
    ap.add_argument("--config", type=Path, default=ROOT / "scripts" / "cast_mentions.cfg")
    ap.add_argument("--work", type=Path, default=Path("/tmp/fabula_mentions"))
    ap.add_argument("--max-steps", type=int, default=3000)
    args = ap.parse_args(argv)

    dev = litbank.split_docs(args.litbank, "entities", "dev")
    held = dev[HOLDOUT_EVERY - 1 :: HOLDOUT_EVERY]
    tr = [d for d in dev if d not in held]
    args.work.mkdir(parents=True, exist_ok=True)
    stats = {"train": build_docbin(args.litbank, tr, args.work / "train.spacy"),
             "heldout": build_docbin(args.litbank, held, args.work / "heldout.spacy")}
    print(json.dumps(stats, indent=1), flush=True)
    train(args.config, args.work / "out", use_gpu=-1,
          overrides={"paths.train": str(args.work / "train.spacy"), "paths.dev": str(args.work / "heldout.spacy"),
                     "training.max_steps": args.max_steps})
    best = args.work / "out" / "model-best"
    meta = json.loads((best / "meta.json").read_text())
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(best, args.out)
    from spacy.util import load_config

    cfg = load_config(args.out / "config.cfg", interpolate=False)
    cfg["paths"]["train"] = cfg["paths"]["dev"] = None  # the shipped config names no temp files
    cfg.to_disk(args.out / "config.cfg")
    (args.out / "fabula_meta.json").write_text(json.dumps({
        "about": "fabula cast PER mention model (spaCy spancat) trained by scripts/train_mentions.py on the "
                 "LitBank dev split (src/fabula/evaluate/splits/litbank.json); never on test documents.",
        "version": VERSION, "threshold": 0.5, "heldout_docs": held, "data": stats,
        "heldout_scores": meta.get("performance", {})}, indent=1) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
