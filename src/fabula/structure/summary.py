"""Terminal section for the structure stage: the scene list in discourse order with POV,
flashbacks marked and each scene's place on story time, then the flashbacks with the text that
opens and closes them."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from fabula.model import Analysis

MAX_ROWS = 60


def _clip(text: str | None, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _days(t: float | None) -> str:
    if t is None:
        return "?"
    if abs(t) < 0.05:
        return "now"
    sign = "-" if t < 0 else "+"
    a = abs(t)
    if a >= 365:
        return f"{sign}{a / 365.25:.1f}y"
    if a >= 28:
        return f"{sign}{a / 30.4:.0f}mo"
    if a >= 1:
        return f"{sign}{a:.0f}d"
    return f"{sign}{a * 24:.0f}h"


def render(analysis: Analysis, console: Console) -> None:
    if not analysis.scenes:
        return
    text = analysis.story.text
    multi_chapter = len({s.chapter for s in analysis.scenes}) > 1
    t = Table(title=f"Scenes ({len(analysis.scenes)}) — discourse order", expand=True)
    t.add_column("#", justify="right", style="bold", no_wrap=True)
    if multi_chapter:
        t.add_column("ch", justify="right", no_wrap=True)
    t.add_column("opens with", no_wrap=True)
    t.add_column("POV", no_wrap=True)
    t.add_column("tense", no_wrap=True)
    t.add_column("story time", justify="right", no_wrap=True)
    t.add_column("setting", no_wrap=True, overflow="ellipsis", ratio=1)
    t.add_column("synopsis", no_wrap=True, overflow="ellipsis", ratio=3)
    for s in analysis.scenes[:MAX_ROWS]:
        person = {1: "1st", 2: "2nd", 3: "3rd"}.get(s.person or 0, "?")
        pov = f"{s.pov_name or '—'} · {person}"
        when = f"{_days(s.story_time)} #{s.story_order}" if s.story_order is not None else _days(s.story_time)
        if s.flashback:
            mark = "[magenta]⟲ flashback[/]" if _kind(analysis, s.flashback) == "analepsis" else "[magenta]⟳ flash-fwd[/]"
        elif s.extra.get("front_matter"):
            mark = "[dim]front matter[/]"
        else:
            mark = s.boundary.replace("_", " ")
        row = [str(s.index)] + ([str(s.chapter)] if multi_chapter else [])
        row += [mark, pov, s.tense or "?", when, ", ".join(c.text for c in s.setting[:2]), _clip(s.synopsis, 200)]
        t.add_row(*row)
    console.print(t)
    if len(analysis.scenes) > MAX_ROWS:
        console.print(f"  … {len(analysis.scenes) - MAX_ROWS} more scenes in the JSON")
    for f in analysis.flashbacks:
        opening = f.opening.spans[0] if f.opening and f.opening.spans else f.span
        closing = f.closing.spans[0] if f.closing and f.closing.spans else None
        how = "explicit" if f.explicit else "implicit"
        console.print(f"[magenta]{f.kind}[/] {f.id} ({how}, {f.cue}, confidence {f.confidence:.2f}, "
                      f"story time {_days(f.story_time)}): opens “{_clip(text[opening[0]:opening[1]], 70)}”"
                      + (f" · closes “{_clip(text[closing[0]:closing[1]], 50)}”" if closing else ""))
    if analysis.timeline:
        order = sorted(analysis.timeline, key=lambda e: e.story_index)
        console.print("[bold]Story order:[/] " + " → ".join(e.scene.replace("scene", "") for e in order)
                      + f"   [dim]({len(analysis.time_expressions)} time expressions)[/]")


def _kind(analysis: Analysis, fid: str) -> str:
    return next((f.kind for f in analysis.flashbacks if f.id == fid), "analepsis")
