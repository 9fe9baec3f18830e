"""`fabula eval cast`: characters and aliases against PDNC's character lists.

Per novel, and macro-averaged over novels:
- recall: gold characters of category major or intermediate found — one predicted character has
  a name or alias equal (case-insensitively) to one of the gold character's names;
- precision: predicted characters with >= 5 mentions whose names match some gold character's
  names (any category);
- alias B-cubed F1: items are the gold alias strings that occur in the text (strings shared by two
  gold characters are left out, they cannot be scored); an item's gold cluster is its character,
  its predicted cluster the predicted character that has the string as a name (a singleton when
  none has it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import typer

from fabula.cast.index import norm_name
from fabula.evaluate.pdnc import GoldCharacter, Novel, default_pdnc_dir, list_novels
from fabula.model import Analysis

MIN_MENTIONS = 5


def _names(values: Iterable[str]) -> set[str]:
    return {n for n in (norm_name(v) for v in values) if n}


def pred_names(analysis: Analysis) -> dict[str, set[str]]:
    return {c.id: _names([c.name, *c.aliases]) for c in analysis.characters}


def char_recall(gold: list[GoldCharacter], pred: dict[str, set[str]]) -> tuple[float, list[str]]:
    """Share of major+intermediate gold characters found; also the names of those missed."""
    wanted = [g for g in gold if not g.special and g.category in ("major", "intermediate")]
    if not wanted:
        return 1.0, []
    missed = [g.name for g in wanted if not any(_names(g.all_names) & names for names in pred.values())]
    return 1 - len(missed) / len(wanted), missed


def char_precision(gold: list[GoldCharacter], pred: dict[str, set[str]],
                   mention_counts: dict[str, int], min_mentions: int = MIN_MENTIONS) -> tuple[float, list[str]]:
    """Share of predicted characters (>= min_mentions mentions) that name some gold character."""
    gold_names = set().union(*(_names(g.all_names) for g in gold if not g.special)) if gold else set()
    big = [cid for cid in pred if mention_counts.get(cid, 0) >= min_mentions]
    if not big:
        return 1.0, []
    wrong = [cid for cid in big if not (pred[cid] & gold_names)]
    return 1 - len(wrong) / len(big), wrong


def alias_bcubed(gold: list[GoldCharacter], pred: dict[str, set[str]], text: str) -> float:
    """B-cubed F1 of the predicted grouping of the gold alias strings found in ``text``."""
    owner: dict[str, set[str]] = {}
    for g in gold:
        if g.special:
            continue
        for n in _names(g.all_names):
            owner.setdefault(n, set()).add(g.id)
    low = text.lower()
    items = [n for n, ids in owner.items() if len(ids) == 1 and
             re.search(r"(?<![\w])" + re.escape(n) + r"(?![\w])", low)]
    if not items:
        return 1.0
    gold_of = {n: next(iter(owner[n])) for n in items}
    pred_of: dict[str, str] = {}
    for n in items:
        for cid, names in pred.items():
            if n in names:
                pred_of[n] = cid
                break
    p_sum = r_sum = 0.0
    for n in items:
        g_set = {m for m in items if gold_of[m] == gold_of[n]}
        p_set = {m for m in items if n in pred_of and pred_of.get(m) == pred_of[n]} or {n}
        inter = len(g_set & p_set)
        p_sum += inter / len(p_set)
        r_sum += inter / len(g_set)
    p, r = p_sum / len(items), r_sum / len(items)
    return 2 * p * r / (p + r) if p + r else 0.0


def analyze_cast(path: Path) -> Analysis:
    """Run only the cast stage over a (cached) parse of ``path``."""
    from fabula.cast.stage import build_cast
    from fabula.evaluate.cache import load_parsed
    from fabula.pipeline import Context

    story, doc = load_parsed(path)
    ctx = Context(story=story, doc=doc)
    return build_cast(ctx, Analysis.for_story(story))


def score_novel(novel: Novel, analysis: Analysis | None = None) -> dict:
    analysis = analysis or analyze_cast(novel.path / "novel_text.txt")
    pred = pred_names(analysis)
    counts = {c.id: len(c.mentions) for c in analysis.characters}
    rec, missed = char_recall(novel.characters, pred)
    prec, wrong = char_precision(novel.characters, pred, counts)
    return {"recall": round(rec, 4), "precision": round(prec, 4),
            "alias_bcubed_f1": round(alias_bcubed(novel.characters, pred, novel.text), 4),
            "missed": missed, "spurious": [analysis.character(c).name for c in wrong]}


def macro(rows: dict[str, dict]) -> dict:
    keys = ("recall", "precision", "alias_bcubed_f1")
    if not rows:
        return {k: 0.0 for k in keys}
    return {k: round(sum(r[k] for r in rows.values()) / len(rows), 4) for k in keys}


def select_novels(pdnc: Path, novels: list[str] | None, split: str) -> list[Novel]:
    from fabula.evaluate.splits import load_split

    found = list_novels(pdnc, novels)
    if novels or split == "all":
        return found
    wanted = set(load_split("pdnc")[split])
    return [n for n in found if n.name in wanted]


def register(app: typer.Typer) -> None:
    @app.command("cast")
    def eval_cast(
        pdnc: Path = typer.Option(None, "--pdnc", help="PDNC folder (default: ../shared/data/pdnc)"),
        novels: list[str] = typer.Option(None, "--novels", help="only these novels (folder names)"),
        split: str = typer.Option("dev", "--split", help="dev | test | all (PDNC split file)"),
        as_json: bool = typer.Option(False, "--json", help="print JSON"),
        verbose: bool = typer.Option(False, "--verbose", "-v", help="list missed and spurious characters"),
    ) -> None:
        """Character recall/precision and alias B-cubed F1 on PDNC."""
        from rich.console import Console
        from rich.table import Table

        root = pdnc or default_pdnc_dir()
        if root is None or not Path(root).is_dir():
            raise typer.BadParameter("no PDNC folder: pass --pdnc DIR")
        rows = {n.name: score_novel(n) for n in select_novels(Path(root), novels, split)}
        out = {"macro": macro(rows), "novels": rows}
        if as_json:
            print(json.dumps(out, indent=2))
            return
        table = Table(title=f"Cast vs PDNC ({split if not novels else 'selected'})")
        for col in ("novel", "recall", "precision", "alias B3 F1"):
            table.add_column(col)
        for name, r in rows.items():
            table.add_row(name, f"{r['recall']:.3f}", f"{r['precision']:.3f}", f"{r['alias_bcubed_f1']:.3f}")
        m = out["macro"]
        table.add_row("[bold]macro", f"{m['recall']:.3f}", f"{m['precision']:.3f}", f"{m['alias_bcubed_f1']:.3f}")
        console = Console()
        console.print(table)
        if verbose:
            for name, r in rows.items():
                console.print(f"{name}: missed {r['missed']}; spurious {r['spurious']}")
