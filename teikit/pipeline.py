"""Run one task per document over a corpus, on this machine's cores or on a Dask cluster.

Documents stream through: they go to the workers in chunks (a few documents, one task sent
per chunk), at most a few chunks per worker are in flight, results come back as they finish,
in completion order, and the caller writes each one at once (one writer, in the main process,
whatever ran the task). A task is a picklable top-level function of one item (picklable: a
path, a pair of paths) and options; a failing task comes back as its exception, never as a
traceback that stops the others. Items go largest first.

    for pair, outcome in run_tasks(convert_pair, pairs, job, jobs=2):
        ...  # outcome is the task's result, or the exception it raised

`scheduler` is "local" (processes on this machine; `jobs=1` runs in this process), "dask" (a
`dask.distributed` LocalCluster of `jobs` worker processes) or the address of a running Dask
scheduler (`tcp://host:8786`), whose workers must have the same teikit installed. Dask is an
optional extra: `pip install teikit[dask]`.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Generator, Hashable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from teikit.errors import TeikitError

if TYPE_CHECKING:
    from concurrent.futures import Future

Item = TypeVar("Item", bound=Hashable)
Options = TypeVar("Options")
IN_FLIGHT_PER_WORKER = 4


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def file_size(item: object) -> int:
    try:
        return Path(str(item)).stat().st_size
    except OSError:
        return 0


def by_size(items: Iterable[Item], size: Callable[[Item], int] = file_size) -> list[Item]:
    """Largest first, so that a long document does not finish last on an idle pool."""
    return sorted(items, key=size, reverse=True)


def run_tasks(task: Callable[[Item, Options], Any], items: Iterable[Item], options: Options, *,
              jobs: int = 1, scheduler: str = "local",
              size: Callable[[Item], int] = file_size,
              pool: WorkerPool | None = None) -> Iterator[tuple[Item, Any]]:
    """(item, result or exception) for every item, as each finishes. `pool`: worker processes
    the caller started earlier with these options (see `WorkerPool.start`), which run the
    tasks when they go to worker processes; the caller closes it."""
    if scheduler == "local":
        if jobs <= 1:
            yield from _inline(task, items, options)
        else:
            yield from _processes(task, by_size(items, size), options, jobs, pool)
    else:
        yield from _dask(task, by_size(items, size), options, jobs, scheduler)


def in_input_order(results: Iterable[tuple[Item, Any]], items: list[Item],
                   ) -> Iterator[tuple[Item, Any]]:
    """The results of `run_tasks` in the order of `items`, each as soon as those before it
    are in: for outputs that must not depend on which task finished first."""
    waiting: dict[Item, Any] = {}
    upcoming = iter(items)
    expected = next(upcoming, None)
    for item, result in results:
        waiting[item] = result
        while expected is not None and expected in waiting:
            yield expected, waiting.pop(expected)
            expected = next(upcoming, None)


def _inline(task: Callable[[Item, Options], Any], items: Iterable[Item], options: Options,
            ) -> Iterator[tuple[Item, Any]]:
    for item in items:
        try:
            yield item, task(item, options)
        except Exception as error:
            yield item, error


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
    return list(_inline(task, items, _Worker.options))


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


def _processes(task: Callable[[Item, Options], Any], items: list[Item], options: Options,
               jobs: int, started: WorkerPool | None = None) -> Iterator[tuple[Item, Any]]:
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


def chunked(items: list[Item], size: int) -> Iterator[list[Item]]:
    return (items[start : start + size] for start in range(0, len(items), size))


# A task sent to another process costs its own time (pickling, the pool's threads, waking the
# main process), and on a Dask cluster milliseconds of the scheduler's and the workers' time,
# as much as converting or building a document: documents go in chunks, each one task, of up
# to this many.
MAX_LOCAL_CHUNK = 4
MAX_DASK_CHUNK = 16


def chunk_size(count: int, workers: int, most: int) -> int:
    """Documents per task: up to `most`, fewer when the corpus would not give every worker
    several tasks."""
    return max(1, min(most, count // (workers * 2 * IN_FLIGHT_PER_WORKER)))


def _dask(task: Callable[[Item, Options], Any], items: list[Item], options: Options,
          jobs: int, scheduler: str) -> Iterator[tuple[Item, Any]]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as error:
        raise TeikitError("the Dask scheduler needs dask.distributed: "
                          "pip install 'teikit[dask]'") from error
    cluster = None
    if scheduler == "dask":
        cluster = LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        # The options as a task's result rather than scattered: a worker fetches them once and
        # keeps them for all its tasks either way, but scattered data that a dying worker held
        # is lost for good, with every task that needs it; a result is made again.
        shared = client.submit(_same, options, pure=False)
        threads = max(sum(client.nthreads().values()), jobs, 1)
        chunks = chunked(items, chunk_size(len(items), threads, MAX_DASK_CHUNK))
        pending: dict[Any, list[Item]] = {}

        def submit(chunk: list[Item]) -> Any:
            future = client.submit(run_chunk, task, chunk, shared, pure=False)
            pending[future] = chunk
            return future

        # As on this machine, a few tasks per worker at a time: the scheduler holds a record
        # per task it knows and each worker the results not yet fetched, so submitting the
        # whole corpus at once would make both grow with it.
        completed = as_completed(
            [submit(chunk) for chunk in islice(chunks, threads * IN_FLIGHT_PER_WORKER)])
        for future in completed:
            chunk = pending.pop(future)
            following = next(chunks, None)
            if following is not None:
                completed.add(submit(following))  # before these results are handed on
            outcomes = _fetched(future)
            future.release()
            if isinstance(outcomes, BaseException):
                if len(chunk) > 1:
                    # The chunk failed as a whole (a document killed its worker, say): each
                    # of its documents again on its own, so that only the one at fault comes
                    # back failed.
                    for item in chunk:
                        completed.add(submit([item]))
                    continue
                outcomes = [(chunk[0], outcomes)]
            yield from outcomes
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _same(options: Options) -> Options:
    return options


def _fetched(future: Any) -> list[tuple[Item, Any]] | BaseException:
    """A finished Dask task's outcomes, or why there are none: its error, or what Dask says
    of it (a task whose worker died may come back cancelled, or be lost before its result is
    fetched)."""
    if future.status == "error":
        return future.exception()
    if future.status == "finished":
        try:
            return future.result()
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as error:  # lost with its worker: Dask cancels it
            return TeikitError(f"the Dask task failed: {error}")
    return TeikitError(f"the Dask task was {future.status}: its worker may have died")


def run_chunk(task: Callable[[Item, Options], Any], items: list[Item],
              options: Options) -> list[tuple[Item, Any]]:
    """`task` on each item of a chunk in a Dask worker: a failing one comes back as its
    exception, the others go on."""
    return list(_inline(task, items, options))
