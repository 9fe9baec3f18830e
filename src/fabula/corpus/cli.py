"""`fabula corpus ...`: analyze many works into a store, and query it.

Thin: every command parses its options and calls :mod:`fabula.corpus.engines` or
:mod:`fabula.corpus.query`; errors become one line and an exit code, as in the main CLI.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(no_args_is_help=True, help="Analyze many works into a Parquet store and query it with SQL.")
err = Console(stderr=True, highlight=False)

StoreOpt = Annotated[Path, typer.Option("--store", "-s", help="The store folder (Parquet tables + _schema.json).")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table | csv | json")]


def _fail(exc: BaseException) -> None:
    from fabula.cli import fail

    fail(exc)


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Story files, folders (recursive) or .zip archives.")],
    store: StoreOpt,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Worker processes (0 = CPU count).")] = 0,
    engine: Annotated[str, typer.Option("--engine", help="local (process pool) | ray (Ray Data)")] = "local",
    ray_address: Annotated[str | None, typer.Option("--ray-address", help="Join this Ray cluster (e.g. "
                                                     "ray://head:10001 or auto); default: a local Ray.")] = None,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Analyze again the works that failed.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds per work before it is recorded as a "
                                           "timeout (0 = no limit).")] = 600.0,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Works per atomic commit.")] = 64,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline (installed package or folder).")] = None,
    recycle: Annotated[int, typer.Option("--recycle", help="Works per local worker process before it is "
                                         "replaced, a memory guard (0 = never).")] = 1000,
    compact_after: Annotated[int, typer.Option("--compact-after", help="At the end, merge this run's batches "
                                               "if the store has more than this many (0 = never).")] = 16,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Analyze every new work under INPUT... into the store (resumable; safe to kill and re-run)."""
    from fabula.corpus.engines import RunOptions, run_corpus

    opts = RunOptions(workers=workers, engine=engine, ray_address=ray_address, retry_failed=retry_failed,
                      timeout=timeout or None, batch_size=batch_size, model=model, recycle=recycle,
                      compact_after=compact_after)
    try:
        if quiet:
            summary = run_corpus(inputs, store, opts, quiet=True)
        else:
            summary = _run_with_progress(inputs, store, opts)
            _print_summary(summary, store)
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        err.print("fabula: interrupted (committed batches are kept; run again to continue)")
        raise typer.Exit(130) from None
    except Exception as exc:  # noqa: BLE001 - one line, documented exit code
        _fail(exc)


def _run_with_progress(inputs, store, opts):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    from fabula.corpus.engines import run_corpus

    class Speed(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.2f} works/s" if speed else "- works/s", style="cyan")

    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), Speed(),
                  TextColumn("[red]{task.fields[failed]} failed"), TimeElapsedColumn(), TextColumn("ETA"),
                  TimeRemainingColumn(), console=err, transient=False) as prog:
        task = prog.add_task("discovering", total=None, failed=0)
        counts = {"failed": 0}

        def on_plan(plan) -> None:
            prog.update(task, description="analyzing", total=len(plan.todo) + len(plan.unreadable))

        def on_result(result) -> None:
            if not result.ok:
                counts["failed"] += 1
            prog.update(task, advance=1, failed=counts["failed"])

        return run_corpus(inputs, store, opts, on_plan=on_plan, on_result=on_result, quiet=True)


def _print_summary(s, store: Path) -> None:
    grid = Table(title="corpus run", show_header=False, box=None, padding=(0, 2))
    grid.add_column(style="bold cyan")
    grid.add_column(justify="right")
    grid.add_row("inputs found", f"{s.inputs:,}")
    grid.add_row("analyzed now", f"{s.analyzed:,}")
    grid.add_row("failed now", f"{s.failed:,}" + (
        f"  ({', '.join(f'{k} {v}' for k, v in s.failure_kinds.most_common())})" if s.failed else ""))
    grid.add_row("already stored", f"{s.already_done:,}")
    if s.already_failed:
        grid.add_row("failed before (skipped)", f"{s.already_failed:,}  (use --retry-failed)")
    if s.duplicates:
        grid.add_row("duplicate files", f"{s.duplicates:,}")
    grid.add_row("words analyzed", f"{s.words:,}")
    grid.add_row("time", f"{s.seconds:.1f} s  ({s.works_per_minute:.0f} works/min)")
    grid.add_row("batches committed", f"{s.batches:,}")
    grid.add_row("store", str(store))
    err.print(grid)


def _emit(cols: list[str], rows: list[tuple], fmt: str, title: str | None = None) -> None:
    fmt = fmt.lower()
    if fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if v is None else (json.dumps(v) if isinstance(v, list | dict) else v) for v in r])
    elif fmt == "json":
        sys.stdout.write(json.dumps([dict(zip(cols, r, strict=True)) for r in rows], default=str,
                                    ensure_ascii=False, indent=1) + "\n")
    elif fmt == "table":
        t = Table(title=title, show_lines=False)
        for c in cols:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*["" if v is None else str(v) for v in r])
        Console().print(t)
        err.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    else:
        raise typer.BadParameter(f"unknown format '{fmt}' (table, csv or json)")


def _query(store: Path, sql: str, params: list[Any], fmt: str, title: str | None = None) -> None:
    import duckdb

    from fabula.corpus.query import run_sql

    try:
        cols, rows = run_sql(store, sql, params)
    except Exception as exc:  # noqa: BLE001
        if isinstance(exc, duckdb.Error):
            err.print(f"[red]fabula: error:[/] SQL: {str(exc).splitlines()[0]}", soft_wrap=True)
            raise typer.Exit(2) from None
        _fail(exc)
        return
    _emit(cols, rows, fmt, title)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="SQL over the views works, characters, quotes, ... "
                                          "(see docs/corpus.md or `fabula corpus status`).")],
    store: StoreOpt,
    fmt: FormatOpt = "table",
) -> None:
    """Run DuckDB SQL over the store; each table is a view of its name."""
    _query(store, query, [], fmt)


find_app = typer.Typer(no_args_is_help=True, help="Common questions, without SQL.")
app.add_typer(find_app, name="find")

NameOpt = Annotated[list[str] | None, typer.Option("--name", "-n", help="A character name or alias (give two "
                                                   "for a pair).")]
FandomOpt = Annotated[str | None, typer.Option("--fandom", help="Only works tagged with this fandom (substring).")]
LimitOpt = Annotated[int, typer.Option("--limit", help="At most this many rows.")]


@find_app.command("relationship")
def find_relationship(
    store: StoreOpt,
    rel_type: Annotated[str | None, typer.Option("--type", "-t", help="Relationship type (substring), "
                                                 "e.g. romantic.")] = None,
    name: NameOpt = None, fandom: FandomOpt = None, limit: LimitOpt = 50, fmt: FormatOpt = "table",
) -> None:
    """Works with a given relationship (by type and/or between named characters)."""
    from fabula.corpus.query import find_relationships

    q, p = find_relationships(rel_type, name or [], fandom, limit)
    _query(store, q, p, fmt, "relationships")


@find_app.command("breakups")
def find_breakups_cmd(store: StoreOpt, name: NameOpt = None, fandom: FandomOpt = None, limit: LimitOpt = 50,
                      fmt: FormatOpt = "table") -> None:
    """Works where a pair breaks up (a relationship state or an event that reads as a split)."""
    from fabula.corpus.query import find_breakups

    q, p = find_breakups(name or [], fandom, limit)
    _query(store, q, p, fmt, "break-ups")


@find_app.command("central")
def find_central_cmd(store: StoreOpt, fandom: FandomOpt = None, limit: LimitOpt = 20,
                     fmt: FormatOpt = "table") -> None:
    """The most central characters (of a fandom), by their share of mentions summed over works."""
    from fabula.corpus.query import find_central

    q, p = find_central(fandom, limit)
    _query(store, q, p, fmt, "central characters")


@find_app.command("quotes")
def find_quotes_cmd(store: StoreOpt, fandom: FandomOpt = None,
                    work: Annotated[str | None, typer.Option("--work", help="A work id (prefix) or exact title.")] = None,
                    limit: LimitOpt = 30, fmt: FormatOpt = "table") -> None:
    """Quote counts per speaking character."""
    from fabula.corpus.query import find_quote_counts

    q, p = find_quote_counts(fandom, work, limit)
    _query(store, q, p, fmt, "quotes per character")


@app.command("compact")
def compact_cmd(store: StoreOpt,
                everything: Annotated[bool, typer.Option("--all", help="Also re-merge earlier merges.")] = False,
                ) -> None:
    """Merge the store's batches into one Parquet file per table (faster queries); atomic."""
    from fabula.corpus.store import StoreWriter, compact, is_store

    try:
        if not is_store(store):
            from fabula.corpus.store import StoreError

            raise StoreError(f"{store} is not a fabula corpus store (no _schema.json)")
        with StoreWriter(store) as w:
            man = compact(w, everything=everything)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
        return
    if man is None:
        err.print("nothing to compact")
    else:
        err.print(f"merged {len(man.replaces)} batches ({len(man.works):,} works) into {man.batch}")


@app.command()
def status(store: StoreOpt, fmt: FormatOpt = "table") -> None:
    """What the store holds: rows per table, failures by kind, size on disk."""
    from fabula.corpus.query import connect
    from fabula.corpus.store import store_state, table_names

    try:
        con = connect(store)
        st = store_state(store)
        rows = []
        for t in table_names(store):
            name = "failure_log" if t == "failures" else t
            n = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            size = sum(p.stat().st_size for p in (store / t).glob("*.parquet")) if (store / t).is_dir() else 0
            rows.append((t, n, round(size / 1024, 1)))
        kinds = con.execute("SELECT kind, count(*) FROM failures GROUP BY 1 ORDER BY 2 DESC").fetchall()
        con.close()
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
        return
    _emit(["table", "rows", "kib"], rows, fmt, f"{store} — {st.batches} batches, {len(st.done)} works, "
          f"{len(st.failed)} failed")
    if kinds and fmt == "table":
        err.print("failures: " + ", ".join(f"{k} {n}" for k, n in kinds))
