"""The corpus pipeline (`teikit.pipeline`) on a Dask cluster: a LocalCluster of worker
processes, or a running scheduler. Documents go in chunks, a few tasks per worker thread at
a time; a chunk that fails as a whole runs again a document at a time. Dask is an optional
extra: `pip install teikit[dask]`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

from teikit.errors import TeikitError
from teikit.tasks import (
    IN_FLIGHT_PER_WORKER,
    MAX_DASK_CHUNK,
    Item,
    Options,
    chunk_size,
    chunked,
    run_chunk,
)

# A Dask worker may run several tasks at once, one per thread (`dask worker` gives it a thread
# per core by default), and teikit's tasks share what the worker keeps for the run: compiled
# schemas with their per-document key indexes, stylesheets, registers, word tables. None of
# it is made for two threads at once: a worker of four threads found a quarter of 300 valid
# documents invalid. A worker process runs one teikit task at a time; a cluster uses more
# cores through more worker processes (`dask worker --nworkers N --nthreads 1`).
_ONE_TASK_AT_A_TIME = threading.Lock()


def run_chunk_alone(task: Callable[[Item, Options], Any], items: list[Item],
                    options: Options) -> list[tuple[Item, Any]]:
    """`run_chunk` on a Dask worker, once the worker's other teikit tasks are done (the
    wait is not counted in any document's time limit: the limits are set inside)."""
    with _ONE_TASK_AT_A_TIME:
        return run_chunk(task, items, options)


def run_on_dask(task: Callable[[Item, Options], Any], items: list[Item], options: Options,
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
            future = client.submit(run_chunk_alone, task, chunk, shared, pure=False)
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
            outcomes: list[tuple[Item, Any]] | BaseException = _fetched(future)
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
