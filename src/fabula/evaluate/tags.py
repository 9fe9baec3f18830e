"""`fabula eval tags --works DIR`: score tag suggestions against works' own AO3 tags.

A work is an AO3 HTML or EPUB download (its tags are the gold), or a YAML work spec (title,
fandoms, characters, relationships, additional_tags, paragraphs), which is first written out as
AO3 HTML with :mod:`fabula.testing.ao3` and then read back through ingest like a real download.

Scores (micro-averaged over works):

- characters and relationships: precision and recall of suggested tags against given tags.
  Tags are compared after canonicalising case, accents and whitespace and resolving names
  through the KB (AO3 merges synonyms the same way: "Jonah" is "Jonah Reyes"); the name order
  inside a pairing does not matter, the kind does ("A/B" is not "A & B").
- fandom accuracy over works whose fandom the KB has; for works it does not have (original
  works, unlisted fandoms) the share answered "unknown" — the right answer there.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Annotated

import typer

WORK_SUFFIXES = {".html", ".htm", ".epub", ".yaml", ".yml"}


@dataclass
class WorkScore:
    work: str
    gold_fandom: str
    fandom: str
    fandom_in_kb: bool
    fandom_ok: bool
    char_tp: int = 0
    char_fp: int = 0
    char_fn: int = 0
    rel_tp: int = 0
    rel_fp: int = 0
    rel_fn: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


def spec_from_yaml(path: Path):
    """A :class:`fabula.testing.ao3.WorkSpec` from a YAML work spec."""
    import yaml

    from fabula.errors import MalformedInput
    from fabula.testing.ao3 import ChapterSpec, WorkSpec

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key in ("fandoms", "characters", "relationships", "additional_tags", "warnings", "paragraphs"):
            bad = [v for v in data.get(key) or [] if not isinstance(v, str)]
            if bad:  # e.g. an unquoted "Post-Canon: Something" in a flow list is a mapping
                raise TypeError(f"'{key}' must be a list of strings (quote values containing ': ')")
        paras = [" ".join(str(p).split()) for p in data["paragraphs"]]
        return WorkSpec(title=data["title"], chapters=[ChapterSpec(paragraphs=paras)],
                        fandoms=list(data.get("fandoms", [])), characters=list(data.get("characters", [])),
                        relationships=list(data.get("relationships", [])),
                        additional_tags=list(data.get("additional_tags", [])),
                        warnings=list(data.get("warnings", ["No Archive Warnings Apply"])))
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise MalformedInput(f"not a work spec ({type(exc).__name__}: {exc})", path) from None


def load_work(path: Path, tmp: Path):
    """(story, doc) for a work file, parsing through the shared parse cache."""
    from fabula.evaluate.cache import load_parsed

    if path.suffix.lower() in (".yaml", ".yml"):
        from fabula.testing.ao3 import write_ao3_html

        html = write_ao3_html(spec_from_yaml(path), tmp / (path.stem + ".html"))
        return load_parsed(html)
    return load_parsed(path)


def score_work(name: str, analysis, kb) -> WorkScore:
    from fabula.tags.compare import tag_key

    meta = analysis.story.metadata
    fandom_tag = next((t for t in analysis.tags if t.type == "fandom" and t.kind == "suggested"), None)
    suggested_fandom = fandom_tag.name if fandom_tag else "unknown"
    gold_fandoms = [f for f in meta.fandoms]
    in_kb = [kb.by_name(f) for f in gold_fandoms if kb.by_name(f) is not None]
    fd = in_kb[0] if in_kb else kb.by_name(suggested_fandom)
    if in_kb:
        ok = suggested_fandom != "unknown" and any(kb.by_name(suggested_fandom) is g for g in in_kb)
    else:
        ok = suggested_fandom == "unknown"
    ws = WorkScore(name, ", ".join(gold_fandoms) or "-", suggested_fandom, bool(in_kb), ok)
    for ttype, gold_list, tp, fp, fn in (("character", meta.characters, "char_tp", "char_fp", "char_fn"),
                                         ("relationship", meta.relationships, "rel_tp", "rel_fp", "rel_fn")):
        gold = {tag_key(ttype, g, fd, kb): g for g in gold_list}
        sugg = {tag_key(ttype, t.name, fd, kb): t.name for t in analysis.tags
                if t.type == ttype and t.kind == "suggested"}
        setattr(ws, tp, len(gold.keys() & sugg.keys()))
        setattr(ws, fp, len(sugg.keys() - gold.keys()))
        setattr(ws, fn, len(gold.keys() - sugg.keys()))
        ws.missed += [f"{ttype}: {gold[k]}" for k in gold.keys() - sugg.keys()]
        ws.extra += [f"{ttype}: {sugg[k]}" for k in sugg.keys() - gold.keys()]
    return ws


def _pr(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def evaluate_works(works_dir: Path, kb_dirs: list[Path] | None = None, model: str | None = None) -> dict:
    from fabula.errors import InputNotFound
    from fabula.tags.kb import load_kb
    from fabula.tags.run import analyze_for_tags

    if not works_dir.is_dir():
        raise InputNotFound("works directory does not exist", works_dir)
    files = sorted(p for p in works_dir.iterdir() if p.suffix.lower() in WORK_SUFFIXES)
    if not files:
        raise InputNotFound("no works (.html, .epub or .yaml work specs) in this directory", works_dir)
    kb = load_kb(kb_dirs)
    scores: list[WorkScore] = []
    with tempfile.TemporaryDirectory(prefix="fabula-tags-eval-") as tmp:
        for f in files:
            story, doc = load_work(f, Path(tmp))
            analysis = analyze_for_tags(story, kb=kb, model=model, doc=doc)
            scores.append(score_work(f.name, analysis, kb))
    known = [s for s in scores if s.fandom_in_kb]
    unknown = [s for s in scores if not s.fandom_in_kb]
    c = _pr(sum(s.char_tp for s in scores), sum(s.char_fp for s in scores), sum(s.char_fn for s in scores))
    r = _pr(sum(s.rel_tp for s in scores), sum(s.rel_fp for s in scores), sum(s.rel_fn for s in scores))
    return {
        "works": len(scores),
        "fandom_accuracy": round(sum(s.fandom_ok for s in known) / len(known), 3) if known else None,
        "fandom_known_works": len(known),
        "unknown_fandom_abstained": round(sum(s.fandom_ok for s in unknown) / len(unknown), 3) if unknown else None,
        "characters": {"precision": c[0], "recall": c[1], "f1": c[2]},
        "relationships": {"precision": r[0], "recall": r[1], "f1": r[2]},
        "per_work": [asdict(s) for s in scores],
    }


def register(app: typer.Typer) -> None:
    @app.command("tags")
    def eval_tags(
        works: Annotated[Path, typer.Option("--works", help="Folder of AO3 .html/.epub works or YAML work specs.")],
        kb: Annotated[list[Path] | None, typer.Option("--kb", help="Extra knowledge-base folder (repeatable).")] = None,
        json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
        model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to use.")] = None,
    ) -> None:
        """Precision/recall of suggested characters and relationships, and fandom accuracy,
        against the works' own tags."""
        from rich.console import Console
        from rich.table import Table

        from fabula.cli import fail

        try:
            res = evaluate_works(works, list(kb) if kb else None, model)
        except typer.Exit:
            raise
        except Exception as exc:  # noqa: BLE001 - one line per failure
            fail(exc)
            return
        if json_out:
            sys.stdout.write(json.dumps(res, indent=2, ensure_ascii=False) + "\n")
            return
        con = Console()
        t = Table(title=f"Tags vs the works' own tags ({res['works']} works in {works})", title_justify="left")
        for col in ("Work", "Gold fandom", "Suggested fandom", "Chars P/R", "Rels P/R", "Missed / extra"):
            t.add_column(col, overflow="fold")
        for s in res["per_work"]:
            cp = _pr(s["char_tp"], s["char_fp"], s["char_fn"])
            rp = _pr(s["rel_tp"], s["rel_fp"], s["rel_fn"])
            mark = "[green]✓[/]" if s["fandom_ok"] else "[red]✗[/]"
            t.add_row(s["work"], s["gold_fandom"], f"{mark} {s['fandom']}", f"{cp[0]:.2f}/{cp[1]:.2f}",
                      f"{rp[0]:.2f}/{rp[1]:.2f}", "; ".join([*("-" + m for m in s["missed"]),
                                                           *("+" + x for x in s["extra"])]))
        con.print(t)
        fa = res["fandom_accuracy"]
        con.print(f"fandom accuracy (KB fandoms): {fa if fa is not None else '-'} over {res['fandom_known_works']} works;"
                  f" unknown fandoms answered 'unknown': {res['unknown_fandom_abstained']}")
        con.print(f"characters P {res['characters']['precision']:.3f} R {res['characters']['recall']:.3f}"
                  f" F1 {res['characters']['f1']:.3f}; relationships P {res['relationships']['precision']:.3f}"
                  f" R {res['relationships']['recall']:.3f} F1 {res['relationships']['f1']:.3f}")
