"""The cast table of the `fabula analyze` terminal summary."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from fabula.model import Analysis

MAX_ROWS = 25


def _first_appearance(analysis: Analysis, offset: int | None) -> str:
    if offset is None:
        return "-"
    text = analysis.story.text
    n = max(1, len(text))
    pct = 100 * offset / n
    chap = next((c.index for c in analysis.story.chapters if c.span[0] <= offset < c.span[1]), None)
    return f"{pct:.0f}%" + (f" (ch. {chap + 1})" if chap is not None and len(analysis.story.chapters) > 1 else "")


def render(analysis: Analysis, console: Console) -> None:
    if not analysis.characters and not analysis.narrator:
        return
    names = {c.id: c.name for c in analysis.characters}
    narrators = {n.character for n in analysis.narrator if n.person in (1, 2) and n.character}
    table = Table(title="Cast", title_justify="left", show_lines=False)
    table.add_column("Character", style="bold")
    table.add_column("Aliases")
    table.add_column("Gender", no_wrap=True)
    table.add_column("Mentions", justify="right")
    table.add_column("Quotes", justify="right")
    table.add_column("First seen", no_wrap=True)
    ranked = sorted(analysis.characters, key=lambda c: -c.importance.get("mention_count", len(c.mentions)))
    for c in ranked[:MAX_ROWS]:
        label = c.name + (" (narrator)" if c.id in narrators else "")
        table.add_row(label, ", ".join(a for a in c.aliases[:5]), c.gender,
                      str(c.importance.get("mention_count", len(c.mentions))),
                      str(c.importance.get("quote_count", "")),
                      _first_appearance(analysis, c.importance.get("first_offset")))
    if len(ranked) > MAX_ROWS:
        table.caption = f"... and {len(ranked) - MAX_ROWS} more"
    console.print(table)
    persons = [n for n in analysis.narrator if n.person]
    if persons:
        kinds = {n.person for n in persons}
        if kinds == {3}:
            console.print("Narration: third person")
        else:
            for person, word in ((1, "first person"), (2, "second person (told to the reader)")):
                secs = [n for n in persons if n.person == person]
                if secs:
                    told = sorted({names.get(n.character, "unnamed") for n in secs})
                    console.print(f"Narration: {word} in {len(secs)} of {len(persons)} sections; "
                                  f"narrator: {', '.join(told)}")
