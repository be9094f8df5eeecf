"""Validating a batch of documents (`validate_files`): in this process, spread over worker
processes on this machine, or through the corpus pipeline; one document's validation is
`teikit.validate.runner`'s.

What a document costs is its size plus a fixed part: reducing and compiling the grammar for
its names (about 10 ms cold for tei_all, as much as parsing and checking 250 KB). Chunks are
balanced by that cost, the most costly first, so that a large document met last does not
keep one process busy while the others wait, nor one process compile the grammars of a
crowd of small documents.

``jobs=None`` ("auto", the command line's default) validates in this process and starts
worker processes only when they pay: once the documents done tell how fast this process
goes, if what is still queued would take more than ``WORKERS_PAY_FROM`` seconds, and only
as many as there are idle cores, measured while this process worked (Linux's /proc/stat;
elsewhere the usable cores less the load average): on a busy machine a worker gets no core
of its own and only adds its start-up. This process keeps validating alongside them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from teikit.pipeline import file_size, usable_cores
from teikit.validate import runner
from teikit.validate.catalog import Catalog, CatalogError
from teikit.validate.engines import ENGINES
from teikit.validate.options import ValidationOptions
from teikit.validate.report import FileReport, worker_died
from teikit.validate.schema_cache import SchemaCache
from teikit.validate.schema_files import SchemaRefused
from teikit.validate.selection import explicit_schemas

if TYPE_CHECKING:
    from concurrent.futures import Future


@dataclasses.dataclass(frozen=True)
class ValidationRun:
    """What the validations of one run share: the options and one schema cache (a worker
    receives both once, and keeps the cache across its files)."""

    options: ValidationOptions
    cache: SchemaCache = dataclasses.field(default_factory=SchemaCache, compare=False)


def validate_item(path: str, run: ValidationRun) -> FileReport:
    """A pipeline's task: one file, with the run's options and cache."""
    return runner.validate_file(path, run.options, cache=run.cache)


Chunk = tuple[tuple[int, str], ...]
"""Files to validate in one task, each with its place in the input (a file given twice is
two items)."""


def validate_chunk(chunk: Chunk, run: ValidationRun) -> list[FileReport]:
    """A task: some files, with the run's options and cache (a worker's, or this
    process's when it validates alongside workers)."""
    return [runner.validate_file(path, run.options, cache=run.cache) for _, path in chunk]


def file_by_file(entries: Iterable[tuple[int, str]], run: ValidationRun,
                 ) -> Iterator[tuple[Chunk, list[FileReport]]]:
    """Files whose worker died, validated again each alone in a worker process of its own:
    the one that kills it again is reported as not checked, the others as they are."""
    from teikit.workers import WorkerDied, run_isolated

    for chunk, reports in run_isolated(validate_chunk, [(entry,) for entry in entries], run):
        if isinstance(reports, WorkerDied):
            reports = [worker_died(chunk[0][1])]
        elif isinstance(reports, BaseException):
            raise reports
        yield chunk, reports


def validate_files(paths: Iterable[str | Path], options: ValidationOptions | None = None, *,
                   jobs: int | None = 1, cache: SchemaCache | None = None,
                   **overrides: object) -> Iterator[FileReport]:
    """Reports in input order. ``jobs`` > 1 spreads files over that many worker processes,
    which receive the (frozen, picklable) options and keep their own schema cache; None
    ("auto") validates in this process and adds workers only when the batch is large
    enough to pay for them and cores are idle (see the module's description)."""
    options = dataclasses.replace(options or ValidationOptions(), **overrides)  # type: ignore[arg-type]
    items = [str(p) for p in paths]
    if (jobs is not None and jobs <= 1) or len(items) < 2:
        cache = cache or SchemaCache()
        for item in items:
            yield runner.validate_file(item, options, cache=cache)
        return
    run = ValidationRun(options, cache or SchemaCache())
    if jobs is None:
        yield from adaptive(items, run)
        return
    from teikit.pipeline import run_tasks  # only for --jobs
    from teikit.workers import WorkerDied

    # Forked from this process, the workers inherit what is prepared here.
    prepare_explicit_schemas(options, run.cache)
    chunks = chunks_of(items, jobs)  # each file's size read once, here
    in_order = InOrder()
    for chunk, reports in run_tasks(validate_chunk, list(chunks), run, jobs=jobs,
                                    size=chunks.__getitem__):
        if isinstance(reports, WorkerDied):  # the chunk's worker died, and again alone
            for alone, file_reports in file_by_file(chunk, run):
                in_order.add(alone, file_reports)
        elif isinstance(reports, BaseException):
            raise reports
        else:
            in_order.add(chunk, reports)
        yield from in_order.ready()


# The fixed cost of a document, in bytes of the same cost: the reduction and compilation of
# a grammar for its names (tei_all, cold: 9 ms) against parsing, collecting names and
# checking (36 ns a byte).
DOCUMENT_COST_BYTES = 250_000
# Chunks per process: enough for the processes to finish together, few enough that sending
# them costs little next to the documents' time.
CHUNKS_PER_JOB = 8
# Seconds of work still queued from which a worker process pays for its start (forking,
# its own grammars, sending reports back: about 0.15 s of CPU), with a margin.
WORKERS_PAY_FROM = 0.5
# Seconds of work done in this process before its pace is trusted for that estimate.
PACE_MEASURED_AFTER = 0.2
IN_FLIGHT_PER_WORKER = 2


def document_cost(path: str) -> int:
    return file_size(path) + DOCUMENT_COST_BYTES  # an unreadable file: reported by validate_file


def balanced_chunks(items: list[str], jobs: int,
                    costs: list[int] | None = None) -> list[list[int]]:
    """Indexes of ``items`` in chunks of about equal cost, the most costly first and the
    largest documents alone (``costs``: the items' `document_cost`, when known)."""
    costs = costs if costs is not None else [document_cost(item) for item in items]
    target = max(1, sum(costs) // (jobs * CHUNKS_PER_JOB))
    chunks: list[list[int]] = []
    chunk: list[int] = []
    chunk_sum = 0
    for index in sorted(range(len(items)), key=lambda i: -costs[i]):
        chunk.append(index)
        chunk_sum += costs[index]
        if chunk_sum >= target:
            chunks.append(chunk)
            chunk, chunk_sum = [], 0
    if chunk:
        chunks.append(chunk)
    return chunks


def chunks_of(items: list[str], jobs: int, first: int = 0,
              costs: list[int] | None = None) -> dict[Chunk, int]:
    """``balanced_chunks`` as tasks, each with its cost: each file with its place in the
    input (``first`` is the place of ``items[0]``), in the order of `balanced_chunks`."""
    costs = costs if costs is not None else [document_cost(item) for item in items]
    return {tuple((first + i, items[i]) for i in chunk): sum(costs[i] for i in chunk)
            for chunk in balanced_chunks(items, jobs, costs)}


CpuTimes = tuple[int, int]  # the machine's idle and total CPU time so far, in clock ticks


def cpu_times() -> CpuTimes | None:
    """Idle (iowait included) and total CPU time of all cores (Linux's /proc/stat)."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            ticks = [int(value) for value in stat.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    return (ticks[3] + ticks[4], sum(ticks)) if len(ticks) == 8 else None


def idle_cores(since: CpuTimes | None) -> int:
    """Cores that another process of ours would have to itself: those idle since ``since``
    (while this process worked on one); without /proc/stat, the usable cores less this
    process and the 1-minute load average (which lags: a machine idle for a few seconds
    still looks busy)."""
    others = usable_cores() - 1
    now = cpu_times()
    if since is not None and now is not None and now[1] > since[1]:
        idle = (now[0] - since[0]) / (now[1] - since[1]) * (os.cpu_count() or 1)
    else:
        try:
            idle = others - os.getloadavg()[0]
        except OSError:  # not available on this system: assume none busy
            idle = others
    return max(0, min(others, int(idle + 0.5)))


def prepare_explicit_schemas(options: ValidationOptions, cache: SchemaCache) -> None:
    """Build what checking every document against the schemas given explicitly reads (for
    tei_all: the grammar read for reduction, the index that explains errors) into the
    cache before workers start: forked from this process, they inherit it instead of each
    building it. A schema that cannot be used is reported per document."""
    if not options.schemas:
        return
    try:
        refs = explicit_schemas(options, Catalog(options.catalog_root))
    except (CatalogError, SchemaRefused):
        return
    for ref in refs:
        # Only a head start: whatever fails here fails again, and is reported, per document.
        with contextlib.suppress(Exception):
            ENGINES[ref.kind].prepare(cache, ref.path)


class InOrder:
    """Reports of chunks that come back in any order, given in input order: each as soon as
    those before it are in."""

    def __init__(self, first: int = 0) -> None:
        self._done: dict[int, FileReport] = {}
        self._following = first

    def add(self, chunk: Chunk, reports: list[FileReport]) -> None:
        self._done.update(zip((index for index, _ in chunk), reports, strict=True))

    def ready(self) -> Iterator[FileReport]:
        while self._following in self._done:
            yield self._done.pop(self._following)
            self._following += 1


def adaptive(items: list[str], run: ValidationRun) -> Iterator[FileReport]:
    """Reports in input order: in this process, joined by worker processes when the work
    still queued pays for them (see the module's description)."""
    costs = [document_cost(item) for item in items]
    total = queued = sum(costs)
    started, machine_before = time.perf_counter(), cpu_times()
    for index, item in enumerate(items):
        yield runner.validate_file(item, run.options, cache=run.cache)
        queued -= costs[index]
        elapsed = time.perf_counter() - started
        if index + 1 == len(items) or elapsed < PACE_MEASURED_AFTER:
            continue
        seconds_per_cost = elapsed / (total - queued)
        if queued * seconds_per_cost < WORKERS_PAY_FROM:
            continue
        workers = idle_cores(machine_before)
        if workers == 0:
            continue
        prepare_explicit_schemas(run.options, run.cache)
        yield from _alongside_workers(items[index + 1:], index + 1, run, workers,
                                      costs[index + 1:])
        return


def _alongside_workers(items: list[str], first: int, run: ValidationRun,
                       workers: int, costs: list[int]) -> Iterator[FileReport]:
    """Reports in input order, the chunks shared between ``workers`` worker processes and
    this one, which takes the next chunk whenever it is free. The workers start as the
    pipeline's do (`teikit.pipeline`): they receive the run once and keep its cache."""
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    from teikit.workers import WorkerPool

    queue = deque(chunks_of(items, workers + 1, first, costs))
    reports = InOrder(first)
    in_flight: dict[Future[list[FileReport]], Chunk] = {}
    pool = WorkerPool(workers, run)

    def top_up() -> None:
        while queue and len(in_flight) < workers * IN_FLIGHT_PER_WORKER:
            chunk = queue.popleft()
            try:
                in_flight[pool.submit(validate_chunk, chunk)] = chunk
            except BrokenProcessPool:
                queue.appendleft(chunk)  # run by the next pool
                return

    def collect(done: set[Future[list[FileReport]]]) -> bool:
        """Whether the pool broke: a worker died (killed, out of memory…)."""
        broken = False
        for future in done:
            try:
                found = future.result()
            except BrokenProcessPool:
                broken = True  # the chunk stays in flight, a suspect
                continue
            reports.add(in_flight.pop(future), found)
        return broken

    try:
        top_up()
        while queue or in_flight:
            if queue:
                chunk = queue.popleft()
                reports.add(chunk, validate_chunk(chunk, run))
                broken = collect({future for future in in_flight if future.done()})
            else:
                broken = collect(wait(in_flight, return_when=FIRST_COMPLETED).done)
            if broken:
                # One of the files in flight killed its worker, and the pool with it: each
                # is validated again alone, so that only that one is reported unchecked.
                pool.close(cancel=True)
                suspects = [entry for chunk in in_flight.values() for entry in chunk]
                in_flight.clear()
                for alone, found in file_by_file(suspects, run):
                    reports.add(alone, found)
                pool = WorkerPool(workers, run)
            top_up()
            yield from reports.ready()
    except BaseException:
        pool.close(cancel=True)
        raise
    pool.close()
