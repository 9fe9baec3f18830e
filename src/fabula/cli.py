"""The `fabula` command line: a thin layer over the Python API.

Every error about an input becomes one line on stderr naming the file and the problem, and a
documented exit code (see fabula.errors); no traceback unless ``--debug``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from fabula import __version__
from fabula.errors import EXIT_INTERNAL, FabulaError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="fabula: read a story and recover its world.")
err = Console(stderr=True, highlight=False)
_DEBUG = {"on": False}


def fail(exc: BaseException) -> None:
    """Print one line and exit with the right code."""
    if isinstance(exc, FabulaError):
        err.print(f"[red]fabula: error:[/] {exc.message}", markup=True, soft_wrap=True)
        raise typer.Exit(exc.exit_code)
    if _DEBUG["on"]:
        raise exc
    first = str(exc).splitlines()[0] if str(exc) else ""
    err.print(f"[red]fabula: internal error:[/] {type(exc).__name__}: {first} (run with --debug for details)",
              soft_wrap=True)
    raise typer.Exit(EXIT_INTERNAL)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"fabula {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for internal errors.")] = False,
) -> None:
    _DEBUG["on"] = debug


@app.command()
def analyze(
    path: Annotated[Path, typer.Argument(help="A story: .txt, .md, AO3 .html or .epub, FanFicFare .epub")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the Analysis JSON here ('-' for stdout).")] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write the HTML report here.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to use (installed package or folder).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary, no progress bar.")] = False,
    kb: Annotated[list[Path] | None, typer.Option(
        "--kb", help="A folder of your own fandom knowledge-base YAML files (repeatable).")] = None,
) -> None:
    """Analyze one story and print a summary; optionally write JSON and HTML."""
    from fabula import ingest
    from fabula.io import write_atomic
    from fabula.pipeline import analyze_story

    try:
        options: dict = {}
        if kb:
            from fabula.tags.kb import load_kb

            options["kb_object"] = load_kb(list(kb))  # a broken user KB fails before the parse
        story = ingest.load(path)
        if not quiet:
            for w in story.warnings:
                err.print(f"[yellow]fabula: warning:[/] {path}: {w}", soft_wrap=True)
        show_progress = not quiet and len(story.paragraphs) > 300
        if show_progress:
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            with Progress(TextColumn("[bold]{task.description}"), BarColumn(),
                          TextColumn("{task.completed}/{task.total} paragraphs"), TimeRemainingColumn(),
                          console=err, transient=True) as prog:
                task = prog.add_task("parsing", total=len(story.paragraphs))

                def on_parse(done: int, total: int) -> None:
                    prog.update(task, completed=done, total=total)

                def on_stage(name: str) -> None:
                    prog.update(task, description=name)

                analysis = analyze_story(story, model=model, parse_progress=on_parse, stage_progress=on_stage,
                                         options=options)
        else:
            analysis = analyze_story(story, model=model, options=options)
        # Render everything before writing anything, so a failure leaves no output behind.
        payload = analysis.model_dump_json(indent=2) if json_out is not None else None
        html = None
        if html_out is not None:
            try:
                from fabula.report.html import render_html
            except ModuleNotFoundError:
                raise FabulaError("the HTML report is not available in this version") from None
            html = render_html(analysis)
        if payload is not None:
            if str(json_out) == "-":
                sys.stdout.write(payload + "\n")
            else:
                write_atomic(json_out, payload + "\n")
        if html is not None:
            write_atomic(html_out, html)
        if not quiet and str(json_out) != "-":
            from fabula.report.terminal import render_summary

            render_summary(analysis, Console())
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        err.print("fabula: interrupted")
        raise typer.Exit(130) from None
    except Exception as exc:  # noqa: BLE001 - every failure becomes one line
        fail(exc)


@app.command()
def schema(
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the schema to a file.")] = None,
) -> None:
    """Print the JSON Schema of the Analysis (the public contract)."""
    from fabula.io import write_atomic
    from fabula.model import analysis_json_schema

    text = json.dumps(analysis_json_schema(), indent=2)
    if out:
        write_atomic(out, text + "\n")
    else:
        typer.echo(text)


def _register_subcommands() -> None:
    """Sub-apps live beside their code (evaluate/, corpus/, tags/) and are added when present."""
    from fabula.optional import optional_module

    for mod_name, name in [("fabula.evaluate.cli", "eval"), ("fabula.corpus.cli", "corpus")]:
        mod = optional_module(mod_name)
        if mod is not None:
            app.add_typer(mod.app, name=name)
    mod = optional_module("fabula.tags.cli")
    if mod is not None:
        mod.register(app)


_register_subcommands()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("fabula: interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
