"""Terminal summary for the relations stage: relationships with their state changes on story time,
events in story order, and the most connected characters."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from fabula.model import Analysis


def _name(analysis: Analysis, cid: str | None) -> str:
    ch = analysis.character(cid)
    if ch is not None:
        return ch.name
    return "the narrator" if cid == "narrator" else (cid or "?")


def render(analysis: Analysis, console: Console) -> None:
    if not analysis.relationships and not analysis.events and not analysis.network:
        return
    if analysis.relationships:
        t = Table(title="Relationships (states in story order)", show_lines=False)
        t.add_column("Pair", style="bold")
        t.add_column("Type")
        t.add_column("States over story time")
        t.add_column("Conf.", justify="right")
        for r in analysis.relationships:
            arrow = "→" if r.directed else "–"
            states = []
            for s in r.states:
                label = s.state.replace("_", " ")
                if s.holder:
                    label += f" ({_name(analysis, s.holder)})"
                states.append(label)
            t.add_row(f"{r.source_name or _name(analysis, r.source)} {arrow} {r.target_name or _name(analysis, r.target)}",
                      r.type, " → ".join(states), f"{r.confidence:.2f}")
        console.print(t)
    if analysis.events:
        t = Table(title="Events in story order")
        t.add_column("#", justify="right")
        t.add_column("Event", style="bold")
        t.add_column("Who")
        t.add_column("Scene")
        t.add_column("Cue")
        for i, e in enumerate(analysis.events, 1):
            who = ", ".join(e.participant_names or [_name(analysis, p) for p in e.participants])
            scene = (e.scene or "") + (" (recalled)" if e.recalled else "")
            t.add_row(str(i), e.type.replace("_", " "), who, scene, e.trigger or "")
        console.print(t)
    if analysis.network and analysis.network.nodes:
        t = Table(title="Interaction network (top characters)")
        t.add_column("Character", style="bold")
        t.add_column("Weighted degree", justify="right")
        t.add_column("Betweenness", justify="right")
        t.add_column("Community", justify="right")
        for n in analysis.network.nodes[:8]:
            t.add_row(_name(analysis, n.character), f"{n.weighted_degree:.1f}", f"{n.betweenness:.2f}",
                      str(n.community) if n.community is not None else "")
        console.print(t)
