"""The corpus pipeline: every document once, failures as values, the same outputs whatever
runs the tasks (this process, worker processes, a Dask cluster)."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path
from typing import ClassVar

import pytest
from shared_paths import DEV_RAW

from teikit.batch import Job, Outcome, convert_pair, source_size
from teikit.deadline import TimeAllowed, TimeLimitExceeded
from teikit.pipeline import by_size, run_tasks
from teikit.workers import WorkerPool

JOB = Job("wilson", None, None, None, {}, "2026-01-01")


def pairs(tmp_path: Path) -> list[tuple[str, str]]:
    return [(str(p), str(tmp_path / f"{p.stem}.xml")) for p in sorted(DEV_RAW.glob("*.txt"))[:6]]


def outputs(items: list[tuple[str, str]], jobs: int, scheduler: str = "local",
            ) -> dict[tuple[str, str], bytes]:
    found = {}
    for pair, outcome in run_tasks(convert_pair, items, JOB, jobs=jobs, scheduler=scheduler,
                                   size=source_size):
        assert isinstance(outcome, Outcome), (pair, outcome)
        assert outcome.chunks is not None, outcome.messages
        found[pair] = b"".join(outcome.chunks)
    return found


def test_in_process_and_worker_processes_give_the_same_bytes(tmp_path: Path) -> None:
    items = pairs(tmp_path)
    local = outputs(items, 1)
    assert sorted(local) == sorted(items)
    assert outputs(items, 2) == local


def test_a_failing_document_comes_back_as_its_failure(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\x00garbage")
    items = [(str(broken), str(tmp_path / "broken.xml")), *pairs(tmp_path)[:1]]
    outcomes = dict(run_tasks(convert_pair, items, JOB, jobs=2))
    assert outcomes[items[0]].chunks is None
    assert outcomes[items[0]].messages
    assert outcomes[items[1]].chunks is not None


def test_a_task_that_raises_comes_back_as_its_exception() -> None:
    outcomes = dict(run_tasks(_divide, [1, 0, 2], 12, jobs=2, size=lambda item: item))
    assert outcomes[1] == 12 and outcomes[2] == 6
    assert isinstance(outcomes[0], ZeroDivisionError)


def _divide(item: int, options: int) -> float:
    return options / item


def test_largest_documents_go_first(tmp_path: Path) -> None:
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text("a")
    large.write_text("a" * 100)
    assert by_size([str(small), str(large)]) == [str(large), str(small)]


def test_a_document_that_kills_its_worker_fails_alone() -> None:
    """A worker process that dies (the system kills it, it runs out of memory, a library
    crashes) breaks its pool: the documents in flight are run again one at a time, the one
    at fault comes back failed, and the others go on in a new pool."""
    from pipeline_tasks import exit_on

    from teikit.workers import WorkerDied

    items = list(range(1, 201))  # largest first: 190 goes early, with most still to come
    outcomes = dict(run_tasks(exit_on, items, 190, jobs=2, size=lambda item: item))
    assert sorted(outcomes) == items
    assert isinstance(outcomes[190], WorkerDied)
    assert all(outcomes[item] == item for item in items if item != 190)


@pytest.mark.parametrize(("jobs", "scheduler"), [(1, "local"), (2, "local"), (2, "dask")])
def test_a_document_over_its_time_fails_alone_and_the_others_go_on(jobs: int,
                                                                   scheduler: str) -> None:
    """The hanging task catches every `Exception`, as the converter does with its failures;
    in a worker process, or a Dask worker's thread, the limit stops it there and the worker
    goes on with the rest of its chunk."""
    from pipeline_tasks import hang_on, item_size

    items = list(range(1, 41))
    started = time.monotonic()
    outcomes = dict(run_tasks(hang_on, items, 30, jobs=jobs, scheduler=scheduler,
                              size=item_size,
                              time_allowed=TimeAllowed(0.5, "raise --timeout")))
    assert sorted(outcomes) == items
    assert isinstance(outcomes[30], TimeLimitExceeded)
    assert str(outcomes[30]) == ("not finished in 0.5 s, the time allowed for it; "
                                 "raise --timeout")
    assert all(outcomes[item] == item for item in items if item != 30)
    assert time.monotonic() - started < 20


def test_a_dask_cluster_gives_the_same_bytes(tmp_path: Path) -> None:
    """A LocalCluster of two worker processes (the test extra installs dask.distributed)."""
    items = pairs(tmp_path)
    assert outputs(items, 2, scheduler="dask") == outputs(items, 1)


def test_a_dask_cluster_is_given_a_few_tasks_per_worker_at_a_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The corpus streams through the cluster as through local workers, in chunks of
    documents: were all submitted at once, the scheduler's records and the workers'
    unfetched results would grow with the corpus."""
    import operator

    import distributed

    from teikit.dask_run import run_chunk_alone
    from teikit.tasks import IN_FLIGHT_PER_WORKER, MAX_DASK_CHUNK, chunk_size

    submitted: list[int] = []
    submit = distributed.Client.submit

    def counted(self: distributed.Client, function: object, *args: object,
                **options: object) -> distributed.Future:
        if function is run_chunk_alone:
            chunk = args[1]
            assert isinstance(chunk, list)
            submitted.append(len(chunk))
        return submit(self, function, *args, **options)

    monkeypatch.setattr(distributed.Client, "submit", counted)
    items = list(range(1, 81))
    size = chunk_size(len(items), 2, MAX_DASK_CHUNK)
    assert 1 < size < len(items) // 4
    most_in_flight = received = 0
    for item, outcome in run_tasks(operator.mul, items, 12, jobs=2, scheduler="dask",
                                   size=lambda item: item):
        assert outcome == 12 * item  # a task the workers can import
        received += 1
        most_in_flight = max(most_in_flight, sum(submitted) - received)
    assert received == sum(submitted) == len(items)
    assert max(submitted) == size
    # The window of chunks, and what is left of the chunk being handed on.
    assert most_in_flight <= (2 * IN_FLIGHT_PER_WORKER + 1) * size


def test_a_failing_document_in_a_dask_chunk_comes_back_as_its_failure() -> None:
    import operator

    from teikit.tasks import MAX_DASK_CHUNK, chunk_size

    # The empty one, smallest, has no second character; it shares the last chunk.
    items = [f"document {n}" for n in range(41)] + [""]
    size = chunk_size(len(items), 2, MAX_DASK_CHUNK)
    assert size > 1 and len(items) % size == 0
    outcomes = dict(run_tasks(operator.getitem, items, 1, jobs=2, scheduler="dask", size=len))
    assert len(outcomes) == len(items)
    assert isinstance(outcomes[""], IndexError)
    assert all(outcomes[item] == "o" for item in items if item)


def test_a_chunk_that_fails_whole_is_tried_again_a_document_at_a_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A Dask task that fails as a whole (here a failure no `except Exception` catches; a
    dying worker is the other way) is run again a document at a time: the others of its
    chunk are built, and only the one at fault comes back failed."""
    from pipeline_tasks import Abort, abort_on

    from teikit.tasks import MAX_DASK_CHUNK, chunk_size

    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).parent))  # for the workers
    items = list(range(1, 81))
    assert chunk_size(len(items), 2, MAX_DASK_CHUNK) > 2
    outcomes = dict(run_tasks(abort_on, items, 7, jobs=2, scheduler="dask",
                              size=lambda item: item))
    assert sorted(outcomes) == items
    assert isinstance(outcomes[7], Abort)
    assert all(outcomes[item] == item for item in items if item != 7)


def test_a_document_that_kills_its_dask_worker_does_not_stop_the_run(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every document comes back, and the one that killed its worker as failed. (The options
    were once scattered to the workers: a worker's death lost them, and every task after.
    Which other documents Dask gives up on with it depends on where it ran them: a document
    queued behind it on the dying worker counts a death too.)"""
    from pipeline_tasks import exit_on

    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).parent))  # for the workers
    items = list(range(1, 81))
    outcomes = dict(run_tasks(exit_on, items, 7, jobs=2, scheduler="dask",
                              size=lambda item: item))
    assert sorted(outcomes) == items
    assert isinstance(outcomes[7], Exception)
    built = [item for item in items if outcomes[item] == item]
    assert len(built) >= len(items) // 2


class _Tally:
    """Options that count the tasks that saw them."""

    def __init__(self) -> None:
        self.seen: list[int] = []


def _count(item: int, options: _Tally) -> tuple[int, int]:
    options.seen.append(item)
    return os.getpid(), len(options.seen)


def test_a_worker_receives_the_options_once_and_keeps_them_for_all_its_tasks() -> None:
    """What the options load (a profile, word tables, compiled schemas) is loaded once per
    worker, not once per task."""
    counts: dict[int, list[int]] = {}
    for _, (pid, count) in run_tasks(_count, list(range(24)), _Tally(), jobs=2,
                                     size=lambda item: item):
        counts.setdefault(pid, []).append(count)
    assert os.getpid() not in counts
    assert sum(len(seen) for seen in counts.values()) == 24
    for seen in counts.values():
        assert sorted(seen) == list(range(1, len(seen) + 1))
    assert max(len(seen) for seen in counts.values()) > 1


def test_a_batch_loads_its_profile_once_and_reads_every_document_with_one_context(
        tmp_path: Path) -> None:
    job = Job("wilson", None, None, None, {}, "2026-01-01")
    items = pairs(tmp_path)[:3]
    for _, outcome in run_tasks(convert_pair, items, job, jobs=1):
        assert outcome.chunks is not None
    assert job.state.__dict__.keys() >= {"profile", "reading"}
    answers = job.state.reading.lines.text_cues.cache_info()
    assert answers.currsize > 0 and answers.hits > 0


class _Parent:
    """What the main process holds; a forked worker sees it as it was when it started."""

    held: ClassVar[list[str]] = []


def _held(item: int, options: None) -> list[str]:
    return _Parent.held


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="workers are forked from the main process only with 'fork'")
def test_workers_started_early_do_not_carry_what_the_main_process_holds_later() -> None:
    """A build starts its workers before it scans its sources: forked later, each would
    hold (and count in its resident memory) a copy of the scan's records."""
    _Parent.held = []
    pool = WorkerPool(2, None).start()
    try:
        _Parent.held = ["a record per source"] * 1000
        seen = dict(run_tasks(_held, [1, 2, 3], None, jobs=2, pool=pool))
        assert seen == {1: [], 2: [], 3: []}
        # The pool is the caller's: still open for more tasks.
        assert pool.submit(_held, 4).result() == []
        # Without an early start, workers fork at the first task and carry the list.
        assert all(held for _, held in run_tasks(_held, [1, 2], None, jobs=2))
    finally:
        pool.close()
        _Parent.held = []
