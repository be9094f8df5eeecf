"""Worker processes on this machine for the corpus pipeline (`teikit.pipeline`): a pool whose
workers receive the run's options once, the chunks streamed through it, and what happens when
a worker dies on a document.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Generator, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from teikit.errors import TeikitError
from teikit.tasks import (
    IN_FLIGHT_PER_WORKER,
    MAX_LOCAL_CHUNK,
    Item,
    Options,
    chunk_size,
    chunked,
    run_chunk,
)

if TYPE_CHECKING:
    from concurrent.futures import Future


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops them: no traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Worker:
    """The options a worker process received when it started, for all its tasks: sent once,
    not with every task, so that what they load (a profile, word tables, a schema cache) is
    loaded once per worker, as a Dask worker keeps the options it fetched once. This is the
    worker process's own state, set by the pool's initializer; the main process never sets
    it."""

    options: Any = None


def _start_worker(options: Any) -> None:
    _ignore_interrupts()
    _Worker.options = options


def _worker_task(task: Callable[[Item, Any], Any], item: Item) -> Any:
    return task(item, _Worker.options)


def _worker_chunk(task: Callable[[Item, Any], Any], items: list[Item]) -> list[tuple[Item, Any]]:
    return run_chunk(task, items, _Worker.options)


class WorkerPool:
    """Worker processes that receive `options` once, when they start, and run
    `task(item, options)` for each item submitted."""

    def __init__(self, workers: int, options: Any) -> None:
        # Imported here: multiprocessing costs a one-file conversion a tenth of its time.
        from concurrent.futures import ProcessPoolExecutor

        self._pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                                         initargs=(options,))

    def start(self) -> WorkerPool:
        """Start the worker processes now rather than at the first task. Where a worker is
        forked from this process (Linux before Python 3.14), its resident memory counts every
        page this process holds then: started before the caller reads its list of inputs (a
        kilobyte per document), the workers do not each carry a copy of that list."""
        self._pool.submit(os.getpid)  # the pool starts all its workers at its first task
        return self

    def submit(self, task: Callable[[Item, Any], Any], item: Item) -> Future[Any]:
        return self._pool.submit(_worker_task, task, item)

    def submit_chunk(self, task: Callable[[Item, Any], Any], items: list[Item],
                     ) -> Future[list[tuple[Item, Any]]]:
        """`task` on each of `items` in one worker: (item, result or exception) for each."""
        return self._pool.submit(_worker_chunk, task, items)

    def close(self, *, cancel: bool = False) -> None:
        """Wait for the tasks submitted, or with `cancel` drop those not started."""
        self._pool.shutdown(wait=not cancel, cancel_futures=cancel)


def run_in_processes(task: Callable[[Item, Options], Any], items: list[Item],
                     options: Options, jobs: int, started: WorkerPool | None = None,
                     ) -> Iterator[tuple[Item, Any]]:
    chunks = chunked(items, chunk_size(len(items), jobs, MAX_LOCAL_CHUNK))
    pool = started or WorkerPool(jobs, options)
    try:
        while suspects := (yield from _stream(pool, task, chunks, jobs)):
            # A worker process died (killed, out of memory…), and its pool with it: one of the
            # documents in flight did it. Each is run again alone, one at a time, so that only
            # that one comes back failed; then the others go on in a new pool.
            if pool is not started:
                pool.close(cancel=True)
            yield from run_isolated(task, suspects, options)
            pool = WorkerPool(jobs, options)
    except BaseException:
        pool.close(cancel=True)
        raise
    if pool is not started:
        pool.close()


def _stream(pool: WorkerPool, task: Callable[[Item, Options], Any],
            chunks: Iterator[list[Item]], jobs: int,
            ) -> Generator[tuple[Item, Any], None, list[Item]]:
    """The outcomes of `chunks` run in `pool`, a few chunks per worker at a time; when the
    pool breaks, what is left of the chunks in flight (the others stay in `chunks`)."""
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    pending: dict[Future[Any], list[Item]] = {}
    unsent: list[Item] = []  # a chunk the broken pool refused
    ready: list[tuple[Item, Any]] = []  # a finished chunk's outcomes, not yet handed on
    try:
        for chunk in islice(chunks, jobs * IN_FLIGHT_PER_WORKER):
            unsent = chunk
            pending[pool.submit_chunk(task, chunk)] = chunk
        unsent = []
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                error = future.exception()
                if isinstance(error, BrokenProcessPool):
                    raise error
                chunk = pending.pop(future)
                ready = [(item, error) for item in chunk] if error is not None else \
                    future.result()
                following = next(chunks, None)
                if following is not None:  # before these outcomes are handed on
                    unsent = following
                    pending[pool.submit_chunk(task, following)] = following
                    unsent = []
                yield from ready
                ready = []
    except BrokenProcessPool:
        yield from ready
        return [item for chunk in [*pending.values(), unsent] for item in chunk]
    return []


class WorkerDied(TeikitError):
    """The worker process running a document died (killed, or out of memory) on it."""


def run_isolated(task: Callable[[Item, Options], Any], suspects: Iterable[Item],
                 options: Options) -> Iterator[tuple[Item, Any]]:
    """(item, result or exception) for each suspect, each run alone in a worker process, one
    after another: one that kills its worker comes back as `WorkerDied`, and the next gets a
    new one."""
    from concurrent.futures.process import BrokenProcessPool

    pool: WorkerPool | None = None
    try:
        for item in suspects:
            pool = pool or WorkerPool(1, options)
            error = (future := pool.submit_chunk(task, [item])).exception()
            if isinstance(error, BrokenProcessPool):
                pool.close(cancel=True)
                pool = None
                yield item, WorkerDied(
                    "the worker process died while working on it (killed by the system, "
                    "out of memory, or a crash in a library)")
            else:
                yield from ([(item, error)] if error is not None else future.result())
    finally:
        if pool is not None:
            pool.close(cancel=True)
