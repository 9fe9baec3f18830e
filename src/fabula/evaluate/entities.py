"""`fabula eval entities`: PER mention precision/recall/F1 (exact span) on LitBank.

What counts as a predicted PER mention (``--mentions``):

- ``model`` (the default): the spans of the cast stage's trained PER mention model
  (:mod:`fabula.cast.mentions`: proper and common-noun phrases, nested) plus every name occurrence
  the cast stage accepted as a person (with its title and determiner: "Mr. Darcy", "the talented
  Miss Cowley"). The model only sees a few tokens around each span; the cast stage decides names
  with whole-document evidence ("Cameron" used as a speaker elsewhere), so the two add up;
- ``spans``: the model's spans alone;
- ``rules``: the earlier rule set — the same names plus lexicon nominal phrases ("the old man");
- ``union``: all of them.
Without the shipped model every mode falls back to ``rules``.

LitBank's PER layer holds proper and common-noun phrases and no pronouns, so pronoun mentions are
never predictions here. Spans are compared after mapping fabula's normalized offsets back to the
``.txt`` file.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from fabula.evaluate import litbank


def prf(pred: set, gold: set) -> dict[str, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp,
            "pred": len(pred), "gold": len(gold)}


MODES = ("model", "spans", "rules", "union")


def predicted_per(path: Path, mode: str = "model") -> set[tuple[int, int]]:
    """Source-file spans of the PER mentions fabula predicts for one document."""
    from fabula.cast import mentions
    from fabula.evaluate.cache import load_parsed

    story, doc = load_parsed(path)
    if mode != "rules" and not mentions.usable(doc):
        mode = "rules"
    spans: set[tuple[int, int]] = set()
    if mode in ("model", "spans", "union"):
        spans |= {story.source_span((m.start, m.end)) for m in mentions.person_spans(doc)}
    if mode in ("model", "rules", "union"):
        spans |= _name_spans(story, doc, lexicon=mode != "model")
    return spans


def _name_spans(story, doc, lexicon: bool) -> set[tuple[int, int]]:
    """Name occurrences of the cast stage (with titles/determiners) [+ lexicon nominal phrases]."""
    from fabula.cast.names import is_title
    from fabula.cast.nominals import lexicon_nominals, phrase_span
    from fabula.cast.stage import build_cast
    from fabula.model import Analysis
    from fabula.pipeline import Context

    ctx = Context(story=story, doc=doc)
    analysis = build_cast(ctx, Analysis.for_story(story))
    spans: set[tuple[int, int]] = set()
    for ch in analysis.characters:
        for m in ch.mentions:
            if m.kind != "name":
                continue
            span = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            if span is None:
                continue
            if is_title(span[0].text) and len(span) > 1:
                spans.add(story.source_span((span[0].idx, span[0].idx + len(span[0].text))))
            spans.add(story.source_span(_name_phrase(doc, span, phrase_span)))
    if lexicon:
        name_heads = {i for i, v in ctx.scratch["cast"].token_char.items() if v[2] == "name"}
        for nm in lexicon_nominals(doc, skip=name_heads):
            spans.add(story.source_span((nm.start, nm.end)))
    return spans


NAME_CUT = {"conj", "cc", "appos", "punct", "preconj", "relcl", "acl", "prep"}


def _name_phrase(doc, span, phrase_span) -> tuple[int, int]:
    """A name with its determiner and adjectives ("the talented Miss Cowley"): LitBank marks the
    whole phrase; a name that heads a wider phrase inside the sentence keeps its own span."""
    head = span[-1]
    if head.head.i in range(span.start, span.end) or head.dep_ == "compound":
        return span.start_char, span.end_char
    s, e = phrase_span(doc, head.i, NAME_CUT)
    return min(s, span.start_char), max(e, span.end_char)


def score(root: Path, docs: list[str], mode: str = "model") -> dict:
    tp = npred = ngold = 0
    per_doc = {}
    for d in docs:
        gold = {(m.start, m.end) for m in litbank.entities(root, d) if m.type == "PER"}
        pred = predicted_per(litbank.text_path(root, d), mode)
        r = prf(pred, gold)
        per_doc[d] = r
        tp += r["tp"]
        npred += r["pred"]
        ngold += r["gold"]
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"per": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}, "docs": per_doc}


def register(app: typer.Typer) -> None:
    @app.command("entities")
    def eval_entities(
        litbank_dir: Path = typer.Option(None, "--litbank", help="LitBank folder (default ../shared/data/litbank)"),
        split: str = typer.Option("test", "--split", help="dev | test | all (splits/litbank.json)"),
        docs: list[str] = typer.Option(None, "--docs", help="only these document ids"),
        mentions: str = typer.Option("model", "--mentions", help="model | spans | rules | union (module doc)"),
        as_json: bool = typer.Option(False, "--json"),
    ) -> None:
        """PER mention precision/recall/F1 (exact spans) against LitBank entities."""
        if mentions not in MODES:
            raise typer.BadParameter(f"--mentions must be one of {', '.join(MODES)}")
        root, ids = litbank.select_docs(litbank_dir, "entities", split, docs)
        out = score(root, ids, mentions)
        if as_json:
            print(json.dumps({"per": out["per"], "split": split if not docs else "selected",
                              "documents": len(ids)}, indent=2))
            return
        m = out["per"]
        print(f"LitBank PER ({len(ids)} documents, {split if not docs else 'selected'}): "
              f"P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
