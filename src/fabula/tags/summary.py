"""The Tags section of the terminal summary (and the body of `fabula tags`)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from fabula.model import Analysis

_ORDER = {"fandom": 0, "warning": 1, "relationship": 2, "character": 3, "additional": 4}
_STATUS = {"matched": "[green]✓ in work[/]", "missing": "[yellow]+ work lacks it[/]",
           "supported": "[cyan]given, text supports[/]", "unsupported": "[red]given, text never supports[/]",
           "unchecked": "[dim]given, not checked[/]"}


def _snippet(analysis: Analysis, tag, width: int = 70) -> str:
    for ev in tag.evidence:
        for s, e in ev.spans:
            text = " ".join(analysis.story.text[s:e].split())
            return text if len(text) <= width else text[: width - 3] + "..."
    return ""


def render(analysis: Analysis, console: Console, show_evidence: bool = False) -> None:
    if not analysis.tags:
        return
    has_given = any(t.status for t in analysis.tags)
    table = Table(title="Tags (AO3-style suggestions)", title_justify="left", show_lines=False)
    table.add_column("Type", style="bold cyan", no_wrap=True)
    table.add_column("Tag")
    table.add_column("Conf", justify="right")
    if has_given:
        table.add_column("Checklist")
    table.add_column("Why" if show_evidence else "Note", overflow="fold")
    tags = sorted(analysis.tags, key=lambda t: (t.kind == "given", _ORDER.get(t.type, 9)))  # stable: importance order
    for t in tags:
        why = t.note or ""
        if show_evidence:
            snip = _snippet(analysis, t)
            why = f"{why} — “{snip}”" if why and snip else (why or (f"“{snip}”" if snip else ""))
        row = [t.type, t.name if t.kind == "suggested" else f"[dim]{t.name}[/]",
               f"{t.confidence:.2f}" if t.kind == "suggested" else "", ]
        if has_given:
            row.append(_STATUS.get(t.status or "", ""))
        row.append(why)
        table.add_row(*row)
    console.print(table)
