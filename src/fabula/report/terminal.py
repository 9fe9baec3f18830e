"""The `fabula analyze` terminal summary, drawn with Rich.

The header and source tags live here. Each stage package may add its own section in a module
named ``fabula.<stage>.summary`` with a ``render(analysis, console)`` function; they are shown
in pipeline order, so a layer that has not run simply does not appear.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from fabula.model import Analysis
from fabula.optional import optional_module

SECTION_MODULES = [
    "fabula.cast.summary",
    "fabula.dialogue.summary",
    "fabula.structure.summary",
    "fabula.relations.summary",
    "fabula.affect.summary",
    "fabula.tags.summary",
]


def render_header(analysis: Analysis, console: Console) -> None:
    st = analysis.story
    meta = st.metadata
    title = meta.title or (meta.source_path or "untitled")
    console.rule(f"[bold]{title}")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column()
    if meta.authors:
        grid.add_row("Authors", ", ".join(meta.authors))
    grid.add_row("Format", meta.source_format or "?")
    grid.add_row("Words", f"{st.words:,}")
    grid.add_row("Chapters", str(len(st.chapters)))
    grid.add_row("Paragraphs", str(sum(1 for p in st.paragraphs if p.kind == "text")))
    markers = [p.kind for p in st.paragraphs if p.kind != "text"]
    if markers:
        grid.add_row("Markers", ", ".join(f"{markers.count(k)} {k.replace('_', ' ')}" for k in sorted(set(markers))))
    grid.add_row("Quotes", str(len(analysis.quotes)))
    if analysis.characters:
        grid.add_row("Characters", str(len(analysis.characters)))
    for label, values in [
        ("Fandoms", meta.fandoms), ("Rating", [meta.rating] if meta.rating else []),
        ("Warnings", meta.warnings), ("Categories", meta.categories),
        ("Relationships", meta.relationships), ("Characters (tagged)", meta.characters),
        ("Additional tags", meta.additional_tags),
        ("Language", [meta.language] if meta.language else []),
        ("Series", [f"{s.name} (part {s.part})" if s.part else s.name for s in meta.series]),
    ]:
        if values:
            grid.add_row(label, ", ".join(values))
    if meta.summary:
        grid.add_row("Summary", meta.summary if len(meta.summary) < 300 else meta.summary[:297] + "...")
    grid.add_row("Stages", ", ".join(analysis.stages) or "(none)")
    console.print(grid)


def render_summary(analysis: Analysis, console: Console | None = None) -> None:
    console = console or Console()
    render_header(analysis, console)
    for mod_name in SECTION_MODULES:
        mod = optional_module(mod_name)
        if mod is not None:
            mod.render(analysis, console)
    for w in analysis.warnings:
        console.print(f"[yellow]warning:[/] {w}")
