"""Spreading a batch: chunks balanced by cost, workers only when they pay and a core is
idle, this process validating alongside them, reports in input order."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from shared_paths import TEI_ALL_RNG, TEI_REAL

from teikit.validate import batching, runner
from teikit.validate.options import ValidationOptions
from teikit.validate.report import FileReport

CORPUS = sorted(str(path) for path in TEI_REAL.rglob("*.xml"))
OPTIONS = ValidationOptions(schemas=[str(TEI_ALL_RNG)], use_xml_model=False)
# plays, small documents and invalid ones, mixed
MIXED = [*CORPUS[:4], *CORPUS[-8:]]


def _size(path: str) -> int:
    return TEI_REAL.joinpath(path).stat().st_size


def _without_time(report: FileReport) -> dict:
    return {k: v for k, v in dataclasses.asdict(report).items() if k != "seconds"}


def test_chunks_hold_every_document_once_most_costly_first() -> None:
    chunks = batching.balanced_chunks(CORPUS, jobs=2)
    indexes = [index for chunk in chunks for index in chunk]
    assert sorted(indexes) == list(range(len(CORPUS)))
    sizes = [_size(path) for path in CORPUS]
    assert [sizes[i] for i in indexes] == sorted(sizes, reverse=True)


def test_large_documents_are_alone_and_small_ones_share_a_chunk() -> None:
    chunks = batching.balanced_chunks(CORPUS, jobs=2)
    largest = max(range(len(CORPUS)), key=lambda i: _size(CORPUS[i]))
    assert chunks[0] == [largest]
    assert len(chunks[-1]) > 1
    assert len(chunks) < len(CORPUS)


def test_small_documents_weigh_more_than_their_bytes() -> None:
    """A grammar compiled per document costs as much as hundreds of kilobytes parsed: by
    bytes alone, the smallest documents of the corpus (29 of 49) would all land in one
    chunk, one process compiling 29 grammars while the others wait."""
    chunks = batching.balanced_chunks(CORPUS, jobs=2)
    assert max(len(chunk) for chunk in chunks) <= len(CORPUS) // 6
    assert len(chunks) >= 2 * batching.CHUNKS_PER_JOB - 4


def test_a_missing_file_still_gets_a_chunk() -> None:
    chunks = batching.balanced_chunks([*CORPUS[:3], "/nonexistent/file.xml"], jobs=2)
    assert sorted(i for chunk in chunks for i in chunk) == [0, 1, 2, 3]


@pytest.mark.parametrize(("idle_ticks", "cores", "idle"),
                         [(100, 2, 1), (60, 2, 1), (40, 2, 0), (0, 2, 0), (100, 1, 0),
                          (700, 8, 7), (300, 8, 3)])
def test_idle_cores_are_those_idle_while_this_process_worked(
        monkeypatch: pytest.MonkeyPatch, idle_ticks: int, cores: int, idle: int) -> None:
    """100 ticks of each core went by; this process used one core of them."""
    monkeypatch.setattr(batching, "cpu_times", lambda: (idle_ticks, 100 * cores))
    monkeypatch.setattr(batching.os, "cpu_count", lambda: cores)
    monkeypatch.setattr(batching, "usable_cores", lambda: cores)
    assert batching.idle_cores((0, 0)) == idle


@pytest.mark.parametrize(("load", "cores", "idle"),
                         [(0.0, 2, 1), (0.4, 2, 1), (0.6, 2, 0), (5.0, 2, 0), (0.0, 1, 0),
                          (1.2, 8, 6), (9.0, 8, 0)])
def test_without_proc_stat_idle_cores_leave_out_this_process_and_the_load(
        monkeypatch: pytest.MonkeyPatch, load: float, cores: int, idle: int) -> None:
    monkeypatch.setattr(batching, "cpu_times", lambda: None)
    monkeypatch.setattr(batching.os, "getloadavg", lambda: (load, load, load))
    monkeypatch.setattr(batching, "usable_cores", lambda: cores)
    assert batching.idle_cores(None) == idle


def test_the_machines_cpu_times_grow() -> None:
    before = batching.cpu_times()
    if before is None:
        pytest.skip("no /proc/stat here")
    sum(range(3_000_000))  # some work, so that ticks go by
    after = batching.cpu_times()
    assert after is not None and after[1] > before[1] and 0 <= after[0] - before[0] <= \
        after[1] - before[1]


def _count_in_this_process(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths validated by this process (a worker's calls count in its own memory)."""
    validated: list[str] = []
    original: Callable[..., FileReport] = runner.validate_file

    def counting(path: str, *args: object, **kwargs: object) -> FileReport:
        validated.append(path)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(runner, "validate_file", counting)
    return validated


@pytest.mark.parametrize(("workers_pay_from", "idle"), [
    (3600.0, 1),  # a small batch: the files queued would not pay for a worker
    (0.0, 0),  # no idle core to give one
], ids=["small-batch", "no-idle-core"])
def test_auto_stays_in_this_process(monkeypatch: pytest.MonkeyPatch, workers_pay_from: float,
                                    idle: int) -> None:
    validated = _count_in_this_process(monkeypatch)
    monkeypatch.setattr(batching, "PACE_MEASURED_AFTER", 0.0)
    monkeypatch.setattr(batching, "WORKERS_PAY_FROM", workers_pay_from)
    monkeypatch.setattr(batching, "idle_cores", lambda since: idle)
    reports = list(batching.validate_files(MIXED, OPTIONS, jobs=None))
    assert [report.path for report in reports] == MIXED
    assert validated == MIXED


def test_workers_join_this_process_and_give_the_same_reports(
        monkeypatch: pytest.MonkeyPatch) -> None:
    alone = list(batching.validate_files(MIXED, OPTIONS, jobs=1))
    assert any(not report.valid for report in alone)
    validated = _count_in_this_process(monkeypatch)
    monkeypatch.setattr(batching, "PACE_MEASURED_AFTER", 0.0)
    monkeypatch.setattr(batching, "WORKERS_PAY_FROM", 0.0)
    monkeypatch.setattr(batching, "idle_cores", lambda since: 1)
    joined = list(batching.validate_files(MIXED, OPTIONS, jobs=None))
    assert [report.path for report in joined] == MIXED
    assert [_without_time(r) for r in joined] == [_without_time(r) for r in alone]
    # the first document told the pace; the worker took part of the rest, this process too
    assert validated[0] == MIXED[0]
    assert 1 < len(validated) < len(MIXED)


def test_explicit_schemas_are_prepared_once_before_the_workers_start(tmp_path, monkeypatch) -> None:
    from teikit.validate import SchemaCache, grammar_cache

    cache = SchemaCache(tmp_path)
    batching.prepare_explicit_schemas(OPTIONS, cache)

    def built_again(*_: object) -> None:
        raise AssertionError("built again")

    monkeypatch.setattr(grammar_cache, "PatternTree", built_again)
    monkeypatch.setattr(grammar_cache.GrammarIndex, "build", built_again)
    assert grammar_cache.pattern_tree(cache, TEI_ALL_RNG) is not None
    assert grammar_cache.grammar_index(cache, TEI_ALL_RNG).knows("TEI")


def _dies_in_workers_on(monkeypatch: pytest.MonkeyPatch, culprit: str) -> None:
    """`validate_file` ends the worker process that validates `culprit`, as the system's
    out-of-memory killer would (workers are forked after this, and keep it); this process
    validates it as usual."""
    import os

    parent, original = os.getpid(), runner.validate_file

    def dying(path: str, *args: object, **kwargs: object) -> FileReport:
        if path == culprit and os.getpid() != parent:
            os._exit(1)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(runner, "validate_file", dying)


def _checked_alone_but(culprit: str, reports: list[FileReport], alone: list[FileReport],
                       ) -> None:
    assert [report.path for report in reports] == MIXED
    for report, expected in zip(reports, alone, strict=True):
        if report.path == culprit:
            assert [m.rule for m in report.messages] == ["worker-died"]
            assert not report.checked
        else:
            assert _without_time(report) == _without_time(expected)


def test_a_file_that_kills_its_worker_is_reported_unchecked_and_the_rest_validated(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`--jobs 2`: every file goes to a worker; the files in flight when one died are
    validated again each alone, and only the one that kills its worker again is unchecked."""
    alone = list(batching.validate_files(MIXED, OPTIONS, jobs=1))
    culprit = MIXED[len(MIXED) // 2]
    _dies_in_workers_on(monkeypatch, culprit)
    _checked_alone_but(culprit, list(batching.validate_files(MIXED, OPTIONS, jobs=2)), alone)


def test_when_a_worker_dies_the_workers_alongside_this_process_go_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The default jobs: the costliest chunks go to the workers first, so the largest file
    after the first (which this process reads to learn its pace) dies with its worker."""
    alone = list(batching.validate_files(MIXED, OPTIONS, jobs=1))
    culprit = max(MIXED[1:], key=_size)
    _dies_in_workers_on(monkeypatch, culprit)
    monkeypatch.setattr(batching, "PACE_MEASURED_AFTER", 0.0)
    monkeypatch.setattr(batching, "WORKERS_PAY_FROM", 0.0)
    monkeypatch.setattr(batching, "idle_cores", lambda since: 1)
    _checked_alone_but(culprit, list(batching.validate_files(MIXED, OPTIONS, jobs=None)), alone)
