"""Terminal summary for the affect stage: each main character's feeling as a sparkline over story
time (low = negative, high = positive), with the scenes that move it most."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from fabula.model import Analysis

BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float]) -> str:
    """Valence in [-1, 1] drawn as block characters on a fixed scale (so arcs compare)."""
    out = []
    for v in values:
        x = (max(-1.0, min(1.0, v)) + 1) / 2
        out.append(BARS[min(len(BARS) - 1, int(x * len(BARS)))])
    return "".join(out)


def render(analysis: Analysis, console: Console, top: int = 6) -> None:
    if not analysis.arcs:
        return
    t = Table(title="Feelings over story time (valence per scene, smoothed)")
    t.add_column("Character", style="bold")
    t.add_column("Arc")
    t.add_column("Mean", justify="right")
    t.add_column("Biggest moves")
    for arc in analysis.arcs[:top]:
        line = sparkline([p.smoothed for p in arc.story])
        moves = ", ".join(f"{m.scene} {m.delta:+.2f}" for m in arc.turning_points)
        t.add_row(arc.name or arc.character, line, f"{arc.mean_valence:+.2f}", moves)
    console.print(t)
