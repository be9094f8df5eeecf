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

`time_allowed` limits each document's task (`teikit.deadline`): one over it comes back as
`TimeLimitExceeded`, and its worker goes on with the next, wherever the task runs (in a Dask
worker's threads the limit stops Python code at once, a call into C when it returns).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic

from teikit.deadline import TimeAllowed
from teikit.tasks import Item, Options, run_inline

if TYPE_CHECKING:
    from teikit.workers import WorkerPool


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
              pool: WorkerPool | None = None, time_allowed: TimeAllowed | None = None,
              ) -> Iterator[tuple[Item, Any]]:
    """(item, result or exception) for every item, as each finishes. `pool`: worker processes
    the caller started earlier with these options (see `WorkerPool.start`), which run the
    tasks when they go to worker processes; the caller closes it. `time_allowed`: the time
    each task may take, by the size of its item."""
    if time_allowed is not None:
        task = TimedTask(task, time_allowed, size)
    if scheduler == "local":
        if jobs <= 1:
            yield from run_inline(task, items, options)
        else:
            from teikit.workers import run_in_processes

            yield from run_in_processes(task, by_size(items, size), options, jobs, pool)
    else:
        from teikit.dask_run import run_on_dask

        yield from run_on_dask(task, by_size(items, size), options, jobs, scheduler)


class TimedTask(Generic[Item, Options]):
    """`task`, stopped once it has taken the time allowed for the size of its item; picklable
    when `task` and `size` are (top-level functions), as a task sent to a worker must be."""

    def __init__(self, task: Callable[[Item, Options], Any], allowed: TimeAllowed,
                 size: Callable[[Item], int]) -> None:
        self.task, self.allowed, self.size = task, allowed, size

    def __call__(self, item: Item, options: Options) -> Any:
        return self.allowed.call(self.size(item), self.task, item, options)


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
