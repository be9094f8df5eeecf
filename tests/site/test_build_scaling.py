"""A build's time grows with its documents' size, not with its square: one document that
mentions thousands of names of its register (its name index read each document's mentions
once per name of the register: 4,000 mentions of 2,000 names took 3.9 s there)."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from growth import best_times
from shapes import registered_edition

from teikit.site import build_site


@pytest.mark.usefixtures("without_gc")
def test_a_document_of_many_registered_names_builds_in_time_in_proportion(
        tmp_path: Path) -> None:
    runs = itertools.count()

    def seconds(names: int) -> float:
        run = tmp_path / f"run-{next(runs)}"
        sources = registered_edition(run / "persons", names)
        started = time.process_time()
        report = build_site([sources], run / "site", search=False)
        assert len(report.built) == 1 and not report.failed
        return time.process_time() - started

    seconds(50)  # the tools loaded
    small, large = best_times(seconds, 500)
    assert large < 8 * small, f"{small:.3f} s, four times the names {large:.3f} s"
