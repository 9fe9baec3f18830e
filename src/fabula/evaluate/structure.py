"""`fabula eval structure`: score scenes, flashbacks and POV against the project's own gold.

Gold format (see ``tests/gold/structure/README.md``): a story file plus a JSON file naming each
scene by its opening words (with POV name and person) and each flashback by its first and last
words. Strings, not offsets, so the annotation survives changes to ingest.

Metrics, micro-averaged over all stories:

* boundary P/R/F1 — a predicted scene start matches a gold one (the first scene excluded) when
  they fall in the same or an adjacent paragraph (one-to-one);
* flashback overlap P/R/F1 — characters of predicted flashback spans inside gold ones (precision)
  and of gold inside predicted (recall); also a span-level F1 (a match when they overlap by half
  of the smaller one);
* POV accuracy — for each gold scene, the predicted scene covering most of it must have the same
  person and a matching name (gold ``null`` wants no name).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fabula.model import Analysis, Span, Story

STORY_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass
class GoldStory:
    path: Path
    scenes: list[dict[str, Any]]
    flashbacks: list[dict[str, Any]]
    title: str = ""


@dataclass
class StoryScore:
    name: str
    boundary_tp: int = 0
    boundary_pred: int = 0
    boundary_gold: int = 0
    fb_overlap_pred: int = 0  # predicted flashback chars inside gold
    fb_pred_chars: int = 0
    fb_overlap_gold: int = 0  # gold flashback chars inside predicted
    fb_gold_chars: int = 0
    fb_span_tp: int = 0
    fb_span_pred: int = 0
    fb_span_gold: int = 0
    pov_correct: int = 0
    pov_total: int = 0
    errors: list[str] = field(default_factory=list)


def load_gold(directory: str | Path) -> list[GoldStory]:
    """Every story file in ``directory`` with a same-stem .json annotation."""
    out = []
    for ann in sorted(Path(directory).glob("*.json")):
        story = next((ann.with_suffix(s) for s in STORY_SUFFIXES if ann.with_suffix(s).exists()), None)
        if story is None:
            continue
        data = json.loads(ann.read_text(encoding="utf-8"))
        out.append(GoldStory(story, data.get("scenes", []), data.get("flashbacks", []), data.get("title", "")))
    return out


def _para_at(story: Story, pos: int) -> int:
    for i, p in enumerate(story.paragraphs):
        if p.span[0] <= pos < p.span[1] or pos < p.span[0]:
            return i
    return len(story.paragraphs) - 1


def _content_para(story: Story, i: int, end: int) -> int:
    """The first paragraph from ``i`` that is story text, not a marker line (a heading, a POV
    header, "Flashback", "Six months ago"): gold scene starts name content, so a predicted scene
    that begins with its markers is compared at its first line of content."""
    from fabula.structure.markers import is_time_marker_line

    j = i
    while j < len(story.paragraphs) and story.paragraphs[j].span[0] < end:
        p = story.paragraphs[j]
        if p.kind == "text" and not is_time_marker_line(story.paragraph_text(p)):
            return j
        j += 1
    return i


def _find(story: Story, needle: str) -> int:
    pos = story.text.find(needle)
    if pos < 0:
        raise ValueError(f"gold string not found in {story.metadata.source_path}: {needle!r}")
    return pos


def _overlap(a: list[Span], b: list[Span]) -> int:
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def name_matches(gold: str | None, candidates: list[str]) -> bool:
    """A gold POV name matches when it equals a candidate or one of its words (case-insensitive)."""
    cands = [c for c in candidates if c]
    if gold is None:
        return not cands
    g = gold.lower().strip()
    for c in cands:
        c = c.lower().strip()
        if g == c or g in c.split() or c in g.split():
            return True
    return False


def score_story(gold: GoldStory, analysis: Analysis, story: Story) -> StoryScore:
    sc = StoryScore(gold.path.name)
    # --- boundaries (paragraph indexes)
    gold_starts = [_para_at(story, _find(story, s["start"])) for s in gold.scenes]
    gold_b = gold_starts[1:]
    pred_b = [_content_para(story, _para_at(story, s.span[0]), s.span[1]) for s in analysis.scenes[1:]]
    used: set[int] = set()
    for g in gold_b:
        best = None
        for k, pb in enumerate(pred_b):
            if k in used or abs(pb - g) > 1:
                continue
            if best is None or abs(pb - g) < abs(pred_b[best] - g):
                best = k
        if best is not None:
            used.add(best)
            sc.boundary_tp += 1
        else:
            sc.errors.append(f"missed boundary at paragraph {g}")
    for k, pb in enumerate(pred_b):
        if k not in used:
            sc.errors.append(f"spurious boundary at paragraph {pb} ({analysis.scenes[k + 1].boundary})")
    sc.boundary_gold, sc.boundary_pred = len(gold_b), len(pred_b)
    # --- flashbacks (character overlap)
    gspans: list[Span] = []
    for f in gold.flashbacks:
        a = story.paragraphs[_para_at(story, _find(story, f["start"]))].span[0]
        e = _find(story, f["end"]) + len(f["end"])
        b = story.paragraphs[_para_at(story, e - 1)].span[1]
        gspans.append((a, b))
    pspans = [tuple(f.span) for f in analysis.flashbacks]
    sc.fb_pred_chars = sum(b - a for a, b in pspans)
    sc.fb_gold_chars = sum(b - a for a, b in gspans)
    sc.fb_overlap_pred = _overlap(pspans, gspans)
    sc.fb_overlap_gold = sc.fb_overlap_pred
    sc.fb_span_gold, sc.fb_span_pred = len(gspans), len(pspans)
    matched: set[int] = set()
    for g in gspans:
        for k, p in enumerate(pspans):
            if k not in matched and _overlap([g], [p]) >= 0.5 * min(g[1] - g[0], p[1] - p[0]):
                matched.add(k)
                sc.fb_span_tp += 1
                break
        else:
            sc.errors.append(f"missed flashback {story.text[g[0]:g[0] + 40]!r}")
    for k, p in enumerate(pspans):
        if k not in matched:
            sc.errors.append(f"spurious flashback {story.text[p[0]:p[0] + 40]!r}")
    # --- POV per gold scene
    bounds = [story.paragraphs[i].span[0] for i in gold_starts] + [len(story.text)]
    for k, gs in enumerate(gold.scenes):
        span = (bounds[k], bounds[k + 1])
        best = max(analysis.scenes, key=lambda s: min(span[1], s.span[1]) - max(span[0], s.span[0]), default=None)
        sc.pov_total += 1
        if best is None:
            continue
        cands = [best.pov_name or ""]
        ch = analysis.character(best.pov)
        if ch is not None:
            cands += [ch.name, *ch.aliases]
        ok = best.person == gs.get("person") and name_matches(gs.get("pov"), cands)
        if ok:
            sc.pov_correct += 1
        else:
            sc.errors.append(f"POV scene {k}: gold {gs.get('pov')}/{gs.get('person')} "
                             f"got {best.pov_name}/{best.person}")
    return sc


def _prf(tp: float, pred: float, gold: float) -> dict[str, float]:
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else (1.0 if not pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def summarize(scores: list[StoryScore]) -> dict[str, Any]:
    tot = StoryScore("all")
    for s in scores:
        for k in vars(tot):
            if k not in ("name", "errors"):
                setattr(tot, k, getattr(tot, k) + getattr(s, k))
    fp = tot.fb_overlap_pred / tot.fb_pred_chars if tot.fb_pred_chars else (1.0 if not tot.fb_gold_chars else 0.0)
    fr = tot.fb_overlap_gold / tot.fb_gold_chars if tot.fb_gold_chars else (1.0 if not tot.fb_pred_chars else 0.0)
    return {
        "stories": len(scores),
        "boundary": _prf(tot.boundary_tp, tot.boundary_pred, tot.boundary_gold),
        "flashback_overlap": {"precision": round(fp, 3), "recall": round(fr, 3),
                              "f1": round(2 * fp * fr / (fp + fr), 3) if fp + fr else 0.0},
        "flashback_spans": _prf(tot.fb_span_tp, tot.fb_span_pred, tot.fb_span_gold),
        "pov_accuracy": round(tot.pov_correct / tot.pov_total, 3) if tot.pov_total else 0.0,
        "pov": {"correct": tot.pov_correct, "total": tot.pov_total},
        "per_story": [{"story": s.name, "boundary": _prf(s.boundary_tp, s.boundary_pred, s.boundary_gold),
                       "pov": f"{s.pov_correct}/{s.pov_total}", "errors": s.errors} for s in scores],
    }


def analyze_for_eval(path: Path, upstream: bool = True) -> tuple[Story, Analysis]:
    """Run the pipeline on a gold story up to and including the structure stage, reusing the
    parse cache. ``upstream=False`` runs the structure stage alone (no cast or dialogue)."""
    from fabula import nlp as nlp_mod
    from fabula.evaluate.cache import load_parsed
    from fabula.pipeline import Context, available_stages, run_stages

    story, doc = load_parsed(path)
    analysis = Analysis.for_story(story)
    analysis.nlp_model = nlp_mod.model_label(nlp_mod.load())
    names: list[str] = []
    for st in available_stages():
        if upstream or st.name == "structure":
            names.append(st.name)
        if st.name == "structure":
            break
    analysis = run_stages(Context(story=story, doc=doc), analysis, only=names)
    return story, analysis


def evaluate_dir(directory: str | Path, upstream: bool = True) -> dict[str, Any]:
    scores = []
    for g in load_gold(directory):
        story, analysis = analyze_for_eval(g.path, upstream)
        scores.append(score_story(g, analysis, story))
    return summarize(scores)


def pdnc_person(split: str = "all", upstream: bool = False) -> dict[str, Any]:
    """Narrative person (the person covering most of the text's scenes) against the PDNC novel
    index, which labels each novel 1st or 3rd person: the one public gold for a structure output."""
    from fabula.evaluate.pdnc import default_pdnc_dir, first_person_novels, list_novels

    pdnc = default_pdnc_dir()
    if pdnc is None:
        raise FileNotFoundError("../shared/data/pdnc is not present")
    first = first_person_novels(pdnc)
    names = None
    if split != "all":
        splits = json.loads((Path(__file__).parent / "splits" / "pdnc.json").read_text())
        names = splits[split]
    rows = []
    for novel in list_novels(pdnc, names):
        _story, analysis = analyze_for_eval(novel.path / "novel_text.txt", upstream)
        weight: dict[int | None, int] = {}
        for sc in analysis.scenes:
            weight[sc.person] = weight.get(sc.person, 0) + sc.span[1] - sc.span[0]
        pred = max(weight, key=lambda k: weight[k]) if weight else None
        gold = 1 if novel.name in first else 3
        rows.append({"novel": novel.name, "gold": gold, "pred": pred, "ok": pred == gold})
    correct = sum(r["ok"] for r in rows)
    return {"novels": len(rows), "accuracy": round(correct / len(rows), 3) if rows else 0.0, "rows": rows}


def register(app) -> None:
    import typer

    @app.command("structure-person")
    def structure_person_cmd(
        split: str = typer.Option("all", help="PDNC split: dev, test or all"),
        as_json: bool = typer.Option(False, "--json", help="print the scores as JSON"),
    ) -> None:
        """Narrative person per PDNC novel against PDNC's own index (parses novels not yet cached)."""
        res = pdnc_person(split)
        if as_json:
            print(json.dumps(res, indent=2))
            return
        for r in res["rows"]:
            print(f"{r['novel']:<32} gold {r['gold']}  fabula {r['pred']}  {'ok' if r['ok'] else 'WRONG'}")
        print(f"narrative person accuracy: {res['accuracy']:.3f} on {res['novels']} novels")

    @app.command("structure")
    def structure_cmd(
        gold: Path = typer.Option(..., "--gold", help="folder of gold stories with .json annotations"),
        as_json: bool = typer.Option(False, "--json", help="print the scores as JSON"),
        upstream: bool = typer.Option(True, "--upstream/--no-upstream",
                                      help="run the cast and dialogue stages first (as `analyze` does)"),
        verbose: bool = typer.Option(False, "--verbose", "-v", help="list each story's errors"),
    ) -> None:
        """Scene boundary F1, flashback overlap F1 and POV accuracy on hand-annotated stories."""
        from rich.console import Console
        from rich.table import Table

        res = evaluate_dir(gold, upstream)
        if as_json:
            print(json.dumps(res, indent=2))
            return
        console = Console()
        t = Table(title=f"structure on {gold} ({res['stories']} stories)")
        for col in ("metric", "precision", "recall", "F1 / accuracy"):
            t.add_column(col)
        for key, label in (("boundary", "scene boundaries (±1 paragraph)"),
                           ("flashback_overlap", "flashback overlap (chars)"),
                           ("flashback_spans", "flashback spans")):
            m = res[key]
            t.add_row(label, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}")
        t.add_row("POV (name and person)", "", "", f"{res['pov_accuracy']:.3f} ({res['pov']['correct']}/"
                  f"{res['pov']['total']})")
        console.print(t)
        if verbose:
            for s in res["per_story"]:
                console.print(f"[bold]{s['story']}[/] boundary F1 {s['boundary']['f1']:.2f}  POV {s['pov']}")
                for e in s["errors"]:
                    console.print(f"   {e}")
