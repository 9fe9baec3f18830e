"""`fabula tags STORY`: suggest AO3 tags for one work and check the tags it already has."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command("tags")
    def tags_command(
        path: Annotated[Path, typer.Argument(help="A story: .txt, .md, AO3 .html or .epub")],
        kb: Annotated[list[Path] | None, typer.Option(
            "--kb", help="A folder of your own fandom knowledge-base YAML files (repeatable).")] = None,
        json_out: Annotated[bool, typer.Option("--json", help="Print the tags as JSON instead of a table.")] = False,
        model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to use.")] = None,
    ) -> None:
        """Suggest AO3-style tags (fandom, characters, relationships, additional tags, warning
        hints) with confidence and evidence, and compare them with the work's own tags."""
        from rich.console import Console

        from fabula import ingest
        from fabula.cli import err, fail
        from fabula.tags.kb import load_kb
        from fabula.tags.run import analyze_for_tags

        try:
            knowledge = load_kb(list(kb) if kb else None)  # a broken user KB fails before the parse
            story = ingest.load(path)
            for w in story.warnings:
                if not json_out:
                    err.print(f"[yellow]fabula: warning:[/] {path}: {w}", soft_wrap=True)
            analysis = analyze_for_tags(story, kb=knowledge, model=model)
            if json_out:
                payload = {
                    "source": str(path),
                    "tags": [t.model_dump(mode="json") for t in analysis.tags],
                }
                sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
            else:
                from fabula.tags.summary import render

                render(analysis, Console(), show_evidence=True)
        except typer.Exit:
            raise
        except KeyboardInterrupt:
            err.print("fabula: interrupted")
            raise typer.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - every failure becomes one line
            fail(exc)
