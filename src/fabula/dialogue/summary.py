"""The dialogue section of the `fabula analyze` terminal summary: who says what to whom."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from fabula.model import Analysis

MAX_QUOTES = 40
MAX_TEXT = 70


def _short(text: str, n: int = MAX_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 3] + "..."


def render(analysis: Analysis, console: Console) -> None:
    if not analysis.quotes:
        return
    names = {c.id: c.name for c in analysis.characters}

    def who(cid: str | None) -> str:
        return names.get(cid, cid) if cid else "?"

    table = Table(title=f"Dialogue ({len(analysis.quotes)} quotes)", title_justify="left")
    table.add_column("#", justify="right", style="dim")
    table.add_column("Speaker → addressees", max_width=26)
    table.add_column("Kind", no_wrap=True)
    table.add_column("How")
    table.add_column("Conf", justify="right")
    table.add_column("Quote", min_width=30, ratio=1)
    for q in analysis.quotes[:MAX_QUOTES]:
        to = ", ".join(who(a) for a in q.addressees)
        table.add_row(q.id, who(q.speaker) + (f" → {to}" if to else ""), q.kind, q.attribution or "-",
                      f"{q.confidence:.2f}", _short(q.text))
    console.print(table)
    if len(analysis.quotes) > MAX_QUOTES:
        console.print(f"[dim]... {len(analysis.quotes) - MAX_QUOTES} more quotes in the JSON output[/]")

    counts = Counter(q.speaker for q in analysis.quotes)
    kinds = Counter(q.kind for q in analysis.quotes)
    how = Counter(q.attribution or "unattributed" for q in analysis.quotes)
    per = Table(title="Quotes per speaker", title_justify="left")
    per.add_column("Speaker")
    per.add_column("Quotes", justify="right")
    per.add_column("Share", justify="right")
    total = max(1, len(analysis.quotes))
    for cid, n in counts.most_common(15):
        per.add_row(who(cid), str(n), f"{100 * n / total:.0f}%")
    console.print(per)
    console.print("[dim]kinds: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common())
                  + " · attribution: " + ", ".join(f"{k} {v}" for k, v in how.most_common()) + "[/]")
