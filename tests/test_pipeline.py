"""The corpus pipeline: every document once, failures as values, the same outputs whatever
runs the tasks (this process, worker processes, a Dask cluster)."""

from __future__ import annotations

from pathlib import Path

from shared_paths import DEV_RAW

from teikit.batch import Job, Outcome, convert_pair, source_size
from teikit.pipeline import by_size, run_tasks

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


def test_a_dask_cluster_gives_the_same_bytes(tmp_path: Path) -> None:
    """A LocalCluster of two worker processes (the test extra installs dask.distributed)."""
    items = pairs(tmp_path)
    assert outputs(items, 2, scheduler="dask") == outputs(items, 1)
