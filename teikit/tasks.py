"""What the corpus pipeline (`teikit.pipeline`) hands to whatever runs its tasks (this
process, worker processes in `teikit.workers`, a Dask cluster in `teikit.dask_run`): a task is
a function of one item and the run's options; items go in chunks, one task each, a few chunks
per worker in flight; a failing item comes back as its exception while the others go on.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, TypeVar

Item = TypeVar("Item", bound=Hashable)
Options = TypeVar("Options")
IN_FLIGHT_PER_WORKER = 4


def run_inline(task: Callable[[Item, Options], Any], items: Iterable[Item], options: Options,
               ) -> Iterator[tuple[Item, Any]]:
    """(item, result or exception) for each item, in this process."""
    for item in items:
        try:
            yield item, task(item, options)
        except Exception as error:
            yield item, error


def run_chunk(task: Callable[[Item, Options], Any], items: list[Item],
              options: Options) -> list[tuple[Item, Any]]:
    """One task sent to a worker process or a Dask worker: `task` on each item of a chunk, a
    failing one coming back as its exception while the others go on."""
    return list(run_inline(task, items, options))


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
