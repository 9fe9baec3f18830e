"""`fabula eval coref`: pronoun-to-character accuracy on LitBank coreference.

Each gold pronoun mention (``PRON``) of a PER entity is correct when fabula links it to an entity
that has another mention inside a gold mention of the same cluster: a character's name for a
resolved pronoun, another first-person narration pronoun for the narrator's "I"/"me"/"my", or a
head of the unnamed nominal entity ("the old man", a group like "the soldiers") it was linked to.
Unresolved pronouns count as wrong. ``by_group`` splits the figure: ``3sg`` he/she/him/her/...,
``1sg`` I/me/my (narrator, or the speaker inside a tagged quote), ``2nd`` you/your (the addressee
of a quote), ``plural`` they/them/we/us (groups), ``other`` the rest ("it", dialect forms).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import typer

from fabula.evaluate import litbank

GROUPS = {"he": "3sg", "him": "3sg", "his": "3sg", "himself": "3sg", "she": "3sg", "her": "3sg",
          "hers": "3sg", "herself": "3sg", "i": "1sg", "me": "1sg", "my": "1sg", "mine": "1sg", "myself": "1sg",
          **dict.fromkeys("you your yours yourself yourselves thou thee thy thine ye".split(), "2nd"),
          **dict.fromkeys("they them their theirs themselves we us our ours ourselves".split(), "plural")}


def judge(pron_tok: int, hit: tuple | None, token_char: dict, gold_tokens: set[int],
          nominal: str | None = None, nominal_heads: dict[int, str] | None = None) -> bool:
    """Is the pronoun at ``pron_tok`` linked to a mention in ``gold_tokens`` (its cluster's other
    mentions)? ``nominal`` is the unnamed entity the pronoun was resolved to instead, if any."""
    if nominal is not None:
        return any(e == nominal and t in gold_tokens for t, e in (nominal_heads or {}).items())
    if hit is None:
        return False
    cid, _conf, kind = hit
    for t, (c2, _c, k2) in token_char.items():
        if t == pron_tok or t not in gold_tokens:
            continue
        if kind == "narrator" and k2 == "narrator":
            return True
        if cid is not None and c2 == cid and k2 in ("name", "narrator"):
            return True
    return False


def gold_pronouns(root: Path, d: str, story, doc) -> list[tuple[int, set[int], str]]:
    """Each gold PRON mention of a PER entity in document ``d``: (its first token, the tokens of
    its cluster's other mentions, its text). Shared with ``scripts/train_coref.py``."""
    inv = litbank.SourceToStory(story)
    gold = [m for m in litbank.coref_mentions(root, d) if m.type == "PER" and m.entity]
    toks_of: dict[str, set[int]] = {}
    mtoks: dict[str, list[int]] = {}
    for m in gold:
        s, e = inv.span(m.start, m.end)
        span = doc.char_span(s, e, alignment_mode="expand")
        mtoks[m.id] = [t.i for t in span] if span is not None else []
        toks_of.setdefault(m.entity, set()).update(mtoks[m.id])
    return [(mtoks[m.id][0], toks_of[m.entity] - set(mtoks[m.id]), m.text)
            for m in gold if m.cat == "PRON" and mtoks[m.id]]


def score_doc(root: Path, d: str) -> Counter:
    from fabula.cast.stage import build_cast
    from fabula.evaluate.cache import load_parsed
    from fabula.model import Analysis
    from fabula.pipeline import Context

    story, doc = load_parsed(litbank.text_path(root, d, "coref"))
    ctx = Context(story=story, doc=doc)
    build_cast(ctx, Analysis.for_story(story))
    tc = ctx.scratch["cast"].token_char
    sc = ctx.scratch["cast"]
    c: Counter = Counter()
    for t, others, text in gold_pronouns(root, d, story, doc):
        ok = judge(t, tc.get(t), tc, others, sc.nominal_links.get(t), sc.nominal_heads)
        g = GROUPS.get(text.lower(), "other")
        c["total"] += 1
        c["correct"] += ok
        c[f"{g}_total"] += 1
        c[f"{g}_correct"] += ok
    return c


def score(root: Path, docs: list[str]) -> dict:
    tot: Counter = Counter()
    for d in docs:
        tot.update(score_doc(root, d))
    acc = tot["correct"] / tot["total"] if tot["total"] else 0.0
    groups = {g: {"accuracy": round(tot[f"{g}_correct"] / tot[f"{g}_total"], 4), "n": tot[f"{g}_total"]}
              for g in ("3sg", "1sg", "2nd", "plural", "other") if tot[f"{g}_total"]}
    return {"pronoun_accuracy": round(acc, 4), "n": tot["total"], "by_group": groups}


def register(app: typer.Typer) -> None:
    @app.command("coref")
    def eval_coref(
        litbank_dir: Path = typer.Option(None, "--litbank", help="LitBank folder (default ../shared/data/litbank)"),
        split: str = typer.Option("test", "--split", help="dev | test | all (splits/litbank.json)"),
        docs: list[str] = typer.Option(None, "--docs", help="only these document ids"),
        as_json: bool = typer.Option(False, "--json"),
    ) -> None:
        """Pronoun-to-character accuracy against LitBank coreference."""
        root, ids = litbank.select_docs(litbank_dir, "coref", split, docs)
        out = score(root, ids)
        out["split"] = split if not docs else "selected"
        out["documents"] = len(ids)
        if as_json:
            print(json.dumps(out, indent=2))
            return
        print(f"LitBank pronoun accuracy ({len(ids)} documents, {out['split']}): {out['pronoun_accuracy']:.3f} "
              f"over {out['n']} pronouns; " + ", ".join(f"{g} {v['accuracy']:.3f} (n={v['n']})"
                                                     for g, v in out["by_group"].items()))
