"""The corpus pipeline: every document once, failures as values, the same outputs whatever
runs the tasks (this process, worker processes, a Dask cluster)."""

from __future__ import annotations

from shared_paths import DEV_RAW

from teikit.batch import ConvertOptions, convert_task
from teikit.pipeline import by_size, run_tasks

OPTIONS = ConvertOptions(change_date="2026-01-01")


def sources() -> list[str]:
    return [str(p) for p in sorted(DEV_RAW.glob("*.txt"))[:6]]


def outputs(jobs: int, scheduler: str = "local") -> dict[str, bytes]:
    found = {}
    for item, outcome in run_tasks(convert_task, sources(), OPTIONS, jobs=jobs,
                                   scheduler=scheduler):
        assert not isinstance(outcome, BaseException), (item, outcome)
        found[item] = outcome.data
    return found


def test_in_process_and_worker_processes_give_the_same_bytes() -> None:
    local = outputs(1)
    assert sorted(local) == sorted(sources())
    assert outputs(2) == local


def test_a_failing_document_comes_back_as_its_error(tmp_path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\x00garbage")
    items = [str(broken), sources()[0]]
    outcomes = dict(run_tasks(convert_task, items, OPTIONS, jobs=2))
    assert isinstance(outcomes[str(broken)], Exception)
    assert outcomes[sources()[0]].data.startswith(b"<?xml")


def test_largest_documents_go_first(tmp_path) -> None:
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text("a")
    large.write_text("a" * 100)
    assert by_size([str(small), str(large)]) == [str(large), str(small)]


def test_a_dask_cluster_gives_the_same_bytes() -> None:
    """A LocalCluster of two worker processes (the test extra installs dask.distributed)."""
    assert outputs(2, scheduler="dask") == outputs(1)
