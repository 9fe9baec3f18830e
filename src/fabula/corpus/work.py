"""The per-work function every engine runs: one WorkItem → table rows, or one failure row.

It never raises: a bad input, a crash in a stage or a timeout becomes a failure that names the
stage that was running, so one bad work never stops a run of thousands.

Memory: the parse and the analysis run inside spaCy's ``nlp.memory_zone()``, which frees the
strings and lexemes a work adds to the shared vocabulary when the zone ends (otherwise a long run
over many works grows without bound — every new name and typo is interned forever). That is safe
because nothing spaCy-owned leaves the zone: the Analysis is pure pydantic data and is turned into
plain rows inside the zone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import signal
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fabula.corpus.discover import WorkItem, read_member
from fabula.corpus.rows import Row, analysis_rows
from fabula.errors import FabulaError


class WorkTimeout(Exception):
    """The per-work time limit ran out."""


@dataclass
class WorkResult:
    work_id: str
    locator: str
    tables: dict[str, list[Row]] = field(default_factory=dict)
    failure: Row | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.failure is None


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def failure_row(work_id: str, locator: str, kind: str, message: str, error_type: str = "",
                stage: str | None = None, seconds: float = 0.0) -> Row:
    first = (message.splitlines() or [""])[0][:500]
    return {"work_id": work_id, "locator": locator, "kind": kind, "error_type": error_type,
            "message": first, "stage": stage, "seconds": round(seconds, 3), "failed_at": now_iso()}


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Raise WorkTimeout in this thread after ``seconds``.

    On a process's main thread (the local pool) a POSIX interval timer does it. Elsewhere (Ray
    Data runs its callable classes on a thread) a timer thread asks the interpreter to raise the
    exception asynchronously in this thread (``PyThreadState_SetAsyncExc``). Either way the
    exception lands between Python bytecodes, so a single long C call finishes first.
    """
    if not seconds or seconds <= 0:
        yield
        return
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        def on_alarm(signum, frame):  # noqa: ARG001
            raise WorkTimeout(f"took longer than {seconds:g} s")

        old = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, float(seconds))
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        return
    with _thread_time_limit(seconds):
        yield


@contextlib.contextmanager
def _thread_time_limit(seconds: float):
    import ctypes

    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(WorkTimeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            if state["fired"]:  # fired but maybe not delivered yet: withdraw it
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)


def _load_story(item: WorkItem):
    from fabula import ingest

    if item.member is None:
        return ingest.load(item.path)
    with zipfile.ZipFile(item.path) as zf:
        data = read_member(zf, zf.getinfo(item.member))
    with tempfile.TemporaryDirectory(prefix="fabula-corpus-") as tmp:
        # Named by extension only: the member's own name never touches the file system.
        p = Path(tmp) / f"work{item.suffix}"
        p.write_bytes(data)
        story = ingest.load(p)
    story.metadata.source_path = item.locator
    return story


def analyze_work(item: WorkItem, model: str | None = None, timeout: float | None = None,
                 options: dict[str, Any] | None = None) -> WorkResult:
    """Ingest and analyze one work; return its rows for every table, or a failure."""
    from fabula import nlp as nlp_mod
    from fabula.pipeline import analyze_story

    t0 = time.perf_counter()
    where = {"stage": "ingest"}

    def on_stage(name: str) -> None:
        where["stage"] = name

    try:
        with time_limit(timeout):
            story = _load_story(item)
            if story.metadata.content_hash and story.metadata.content_hash != item.work_id:
                raise FabulaError("the file changed while the run was going on (hash differs)", item.locator)
            where["stage"] = "load-model"
            nlp = nlp_mod.load(model)
            where["stage"] = "parse"
            with nlp.memory_zone():
                analysis = analyze_story(story, nlp=nlp, stage_progress=on_stage, options=options)
                where["stage"] = "rows"
                seconds = time.perf_counter() - t0
                tables = analysis_rows(item.work_id, analysis, {
                    "locator": item.locator, "seconds": round(seconds, 3), "analyzed_at": now_iso(),
                    "source_path": item.locator})
        return WorkResult(item.work_id, item.locator, tables, None, seconds)
    except WorkTimeout as exc:
        kind, exc_ = "timeout", exc
    except FabulaError as exc:
        kind, exc_ = exc.kind, exc
    except MemoryError as exc:
        kind, exc_ = "crash", exc
    except Exception as exc:  # noqa: BLE001 - a crash in any stage is recorded, the run goes on
        kind, exc_ = "crash", exc
    seconds = time.perf_counter() - t0
    message = exc_.problem if isinstance(exc_, FabulaError) else f"{exc_}"
    if kind == "timeout":
        message = f"took longer than {timeout:g} s (--timeout)"
    return WorkResult(item.work_id, item.locator, {}, failure_row(
        item.work_id, item.locator, kind, message or type(exc_).__name__, type(exc_).__name__,
        where["stage"], seconds), seconds)
