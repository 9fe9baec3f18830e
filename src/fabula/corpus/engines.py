"""Running many works: the plan (what to skip), the local process pool, and the Ray Data engine.

Both engines run the same per-work function (:func:`fabula.corpus.work.analyze_work`) and hand
every result to the same :class:`Committer`, which is the only writer of the store; so both give
the same store for the same inputs.

Local engine: ``ProcessPoolExecutor`` over ``spawn``ed processes, each loading the spaCy pipeline
once (an initializer), with ``max_tasks_per_child`` as a memory guard on top of the per-work
memory zone. A worker that dies outright (segfault, OOM kill) breaks the pool: the works that were
in flight are re-run one at a time in a fresh pool, and the one that kills its worker alone is
recorded as ``worker-died``.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import pickle
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fabula.corpus.discover import Unreadable, WorkItem, discover
from fabula.corpus.store import StoreWriter, compact, live_manifests, store_state
from fabula.corpus.work import WorkResult, analyze_work, failure_row
from fabula.errors import FabulaError

OnResult = Callable[[WorkResult], None]

# Workers of both engines run with the same string-hash seed, so any stage whose output depends on
# set or dict-of-set iteration order still gives the same rows on every engine and every run.
HASH_SEED = "0"
# Numerical libraries start one thread per core in every process; with one worker per core that
# oversubscribes the machine (N workers x N threads). Each worker gets cores // workers threads,
# unless the user has set these variables themselves.
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def worker_env(workers: int, threads_each: int | None = None) -> dict[str, str]:
    """Environment for worker processes: a fixed hash seed (identical rows across runs and
    engines) and a thread budget per worker (``threads_each``, or this machine's cores shared
    among ``workers``)."""
    threads = str(threads_each or max(1, (os.cpu_count() or 1) // max(1, workers)))
    env = {"PYTHONHASHSEED": HASH_SEED}
    env.update({k: os.environ.get(k) or threads for k in THREAD_VARS})
    return env


@dataclass
class RunOptions:
    workers: int = 0  # 0 = CPU count
    engine: str = "local"  # local | ray
    ray_address: str | None = None
    retry_failed: bool = False
    timeout: float | None = 600.0
    batch_size: int = 64
    model: str | None = None
    recycle: int = 1000  # works per local worker process before it is replaced (0 = never)
    compact_after: int = 16  # merge this run's batches when the store has more (0 = never)
    options: dict[str, Any] = field(default_factory=dict)

    def n_workers(self) -> int:
        return self.workers if self.workers and self.workers > 0 else (os.cpu_count() or 1)


@dataclass
class Plan:
    todo: list[WorkItem]
    unreadable: list[Unreadable]
    inputs: int = 0
    already_done: int = 0
    already_failed: int = 0
    duplicates: int = 0


@dataclass
class RunSummary:
    inputs: int = 0
    analyzed: int = 0
    failed: int = 0
    already_done: int = 0
    already_failed: int = 0
    duplicates: int = 0
    batches: int = 0
    seconds: float = 0.0
    failure_kinds: Counter = field(default_factory=Counter)
    words: int = 0

    @property
    def works_per_minute(self) -> float:
        return 60.0 * (self.analyzed + self.failed) / self.seconds if self.seconds else 0.0


def plan_run(inputs: Iterable[str | Path], store: str | Path, retry_failed: bool = False) -> Plan:
    """Discover inputs and decide what to do: skip works already stored (by content hash), skip
    recorded failures unless ``retry_failed``, and keep the first of identical files."""
    state = store_state(store)
    plan = Plan([], [])
    seen: set[str] = set()
    for x in discover(inputs):
        plan.inputs += 1
        if x.work_id in seen:
            plan.duplicates += 1
            continue
        seen.add(x.work_id)
        if x.work_id in state.done:
            plan.already_done += 1
        elif x.work_id in state.failed and not retry_failed:
            plan.already_failed += 1
        elif isinstance(x, Unreadable):
            plan.unreadable.append(x)
        else:
            plan.todo.append(x)
    return plan


class Committer:
    """Buffers results and commits them to the store every ``batch_size`` works."""

    def __init__(self, writer: StoreWriter, batch_size: int, summary: RunSummary,
                 on_result: OnResult | None = None):
        self.writer = writer
        self.batch_size = max(1, batch_size)
        self.summary = summary
        self.on_result = on_result
        self.buffer: list[WorkResult] = []

    def add(self, result: WorkResult) -> None:
        self.buffer.append(result)
        if result.ok:
            self.summary.analyzed += 1
            works = result.tables.get("works") or [{}]
            self.summary.words += int(works[0].get("words") or 0)
        else:
            self.summary.failed += 1
            self.summary.failure_kinds[(result.failure or {}).get("kind", "?")] += 1
        if len(self.buffer) >= self.batch_size:
            self.flush()
        if self.on_result:
            self.on_result(result)

    def flush(self) -> None:
        if self.buffer:
            self.writer.commit(self.buffer)
            self.summary.batches += 1
            self.buffer = []


# --------------------------------------------------------------------------------------------
# Local process pool
# --------------------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(model: str | None) -> None:
    """Load the pipeline once per worker process, before its first work."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from fabula import nlp as nlp_mod

    nlp_mod.load(model)
    _warm_up()
    _WORKER["model"] = model


def _warm_up() -> None:
    """Import every stage now (some import heavy libraries lazily), so a worker's one-off costs
    are paid at start-up and not charged to its first work's time limit."""
    from fabula.pipeline import available_stages

    available_stages()


def _new_pool(n: int, opts: RunOptions) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=n, mp_context=mp.get_context("spawn"), initializer=_init_worker,
                               initargs=(opts.model,), max_tasks_per_child=opts.recycle or None)


def run_local(items: list[WorkItem], opts: RunOptions, on_result: OnResult) -> None:
    """Analyze ``items`` in a pool of worker processes; every result goes to ``on_result``."""
    if not items:
        return
    n = min(opts.n_workers(), len(items))
    queue = list(reversed(items))  # pop() from the end keeps the discovery order
    suspects: list[WorkItem] = []  # in flight when a worker died: re-run one at a time
    isolating = False
    successes = deaths_in_a_row = 0
    pool = _new_pool(n, opts)
    inflight: dict[Future, WorkItem] = {}

    def submit(item: WorkItem) -> None:
        inflight[pool.submit(analyze_work, item, opts.model, opts.timeout, opts.options)] = item

    saved = {k: os.environ.get(k) for k in ("PYTHONHASHSEED", *THREAD_VARS)}
    os.environ.update(worker_env(n))  # inherited by the spawned workers
    try:
        while queue or suspects or inflight:
            if isolating:
                if not inflight and suspects:
                    submit(suspects.pop())
            else:
                while queue and len(inflight) < 2 * n:
                    submit(queue.pop())
            done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
            broken: list[WorkItem] = []
            for fut in done:
                item = inflight.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    broken.append(item)
                else:
                    successes += 1
                    deaths_in_a_row = 0
                    on_result(result)
            if broken:
                broken += list(inflight.values())
                inflight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                if isolating and len(broken) == 1:
                    deaths_in_a_row += 1
                    if deaths_in_a_row >= 3 and not successes:
                        raise FabulaError("the worker processes die before finishing any work (run "
                                          "`fabula analyze` on one file to see why)")
                    item = broken[0]
                    on_result(WorkResult(item.work_id, item.locator, {}, failure_row(
                        item.work_id, item.locator, "worker-died",
                        "the worker process died while analyzing this work (crash or out of memory)",
                        "BrokenProcessPool", "analyze")))
                else:
                    suspects.extend(broken)
                isolating = True
                pool = _new_pool(n, opts)
            if isolating and not suspects and not inflight:
                isolating = False
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


# --------------------------------------------------------------------------------------------
# Ray Data
# --------------------------------------------------------------------------------------------


def import_ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise FabulaError('the Ray engine needs Ray: pip install "fabula[ray]"') from None
    return ray


class RayAnalyzer:
    """The Ray Data callable class: one per actor, so each actor loads the pipeline once."""

    def __init__(self, model: str | None, timeout: float | None, options: dict[str, Any] | None):
        from fabula import nlp as nlp_mod

        nlp_mod.load(model)
        _warm_up()
        self.model, self.timeout, self.options = model, timeout, options

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        out = []
        for i in range(len(batch["work_id"])):
            member = str(batch["member"][i])
            item = WorkItem(str(batch["work_id"][i]), str(batch["locator"][i]), str(batch["path"][i]),
                            member or None, int(batch["size"][i]))
            out.append(pickle.dumps(analyze_work(item, self.model, self.timeout, self.options)))
        return {"work_id": np.asarray(batch["work_id"]), "result": np.array(out, dtype=object)}


def _actor_pool(ray, n: int):
    """A fixed pool of ``n`` actors (``concurrency=`` on Ray releases before ``compute=`` took over)."""
    strategy = getattr(ray.data, "ActorPoolStrategy", None)
    return strategy(size=n) if strategy is not None else None


def run_ray(items: list[WorkItem], opts: RunOptions, on_result: OnResult, quiet: bool = True) -> None:
    """Analyze ``items`` with Ray Data: ``map_batches`` over :class:`RayAnalyzer` actors; results
    stream back to this process, which commits them (so the store is written exactly as locally).

    With ``ray_address`` the run joins that cluster; otherwise it uses the Ray already initialized
    in this process, or starts a local one with ``workers`` CPUs. On a cluster, every node needs
    fabula installed and must see the input paths (a shared file system).
    """
    if not items:
        return
    ray = import_ray()
    n = opts.n_workers()
    if opts.ray_address:
        ray.init(address=opts.ray_address, ignore_reinit_error=True, log_to_driver=not quiet,
                 logging_level=logging.WARNING if quiet else logging.INFO)
        n = opts.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    elif not ray.is_initialized():
        ray.init(num_cpus=n, include_dashboard=False, log_to_driver=not quiet,
                 logging_level=logging.WARNING if quiet else logging.INFO)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = not quiet
    if hasattr(ctx, "print_on_execution_start"):
        ctx.print_on_execution_start = not quiet
    rows = [{"work_id": i.work_id, "locator": i.locator, "path": i.path, "member": i.member or "",
             "size": i.size} for i in items]
    ds = ray.data.from_items(rows, override_num_blocks=min(len(rows), max(1, n * 8)))
    out = ds.map_batches(RayAnalyzer, fn_constructor_kwargs={"model": opts.model, "timeout": opts.timeout,
                                                            "options": opts.options},
                         batch_size=1, compute=_actor_pool(ray, n), num_cpus=1, batch_format="numpy",
                         runtime_env={"env_vars": worker_env(n, threads_each=1)})  # 1 CPU per actor
    for batch in out.iter_batches(batch_size=1, batch_format="numpy", prefetch_batches=0):
        for blob in batch["result"]:
            on_result(pickle.loads(blob))


# --------------------------------------------------------------------------------------------
# A whole run
# --------------------------------------------------------------------------------------------


def run_corpus(inputs: Iterable[str | Path], store: str | Path, opts: RunOptions | None = None,
               on_plan: Callable[[Plan], None] | None = None, on_result: OnResult | None = None,
               quiet: bool = True) -> RunSummary:
    """Analyze every new work under ``inputs`` into ``store``; return what happened."""
    opts = opts or RunOptions()
    t0 = time.perf_counter()
    summary = RunSummary()
    with StoreWriter(store) as writer:
        plan = plan_run(inputs, store, opts.retry_failed)
        summary.inputs, summary.already_done = plan.inputs, plan.already_done
        summary.already_failed, summary.duplicates = plan.already_failed, plan.duplicates
        if on_plan:
            on_plan(plan)
        committer = Committer(writer, opts.batch_size, summary, on_result)
        try:
            for u in plan.unreadable:
                committer.add(WorkResult(u.work_id, u.locator, {}, failure_row(
                    u.work_id, u.locator, u.kind, u.message, "", "discover")))
            if opts.engine == "ray":
                run_ray(plan.todo, opts, committer.add, quiet=quiet)
            elif opts.engine == "local":
                run_local(plan.todo, opts, committer.add)
            else:
                raise FabulaError(f"unknown engine '{opts.engine}' (local or ray)")
        finally:
            # Whatever finished before an error or Ctrl-C is kept.
            committer.flush()
        if opts.compact_after and len(live_manifests(Path(store))) > opts.compact_after:
            compact(writer)
    summary.seconds = time.perf_counter() - t0
    return summary
