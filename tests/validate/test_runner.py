"""A batch over worker processes gives the reports of one process, in input order."""

from __future__ import annotations

import dataclasses

from shared_paths import TEI_ALL_RNG, TEI_REAL

from teikit.validate.batching import validate_files

CORPUS = sorted(str(path) for path in TEI_REAL.rglob("*.xml"))


def test_two_jobs_give_the_reports_of_one_in_input_order() -> None:
    files = [*CORPUS[:4], *CORPUS[-6:]]  # plays and small documents, mixed
    one = list(validate_files(files, schemas=[TEI_ALL_RNG], use_xml_model=False))
    two = list(validate_files(files, schemas=[TEI_ALL_RNG], use_xml_model=False, jobs=2))
    assert [report.path for report in two] == files

    def without_time(report: object) -> dict:
        return {k: v for k, v in dataclasses.asdict(report).items() if k != "seconds"}

    assert [without_time(r) for r in two] == [without_time(r) for r in one]


def test_no_jobs_validates_in_this_process() -> None:
    files = CORPUS[-2:]
    reports = list(validate_files(files, schemas=[TEI_ALL_RNG], use_xml_model=False, jobs=0))
    assert [report.path for report in reports] == files
