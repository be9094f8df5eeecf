"""Validation time grows with the document, not with its square.

Converted documents of two shapes, on the house schema: thousands of editorial interventions
in one paragraph, whose rule contexts (`//tei:supplied | //tei:reg | …`) libxml2 selected in
time that grew with the square of their number (a 1.6 MB document took 34 s); thousands of
asterisk notes and the pointers between them and their anchors. Four times the document must
take about four times the CPU time; a quadratic cost would take sixteen times. (The house
rules' `distinct-values()` over every pointer was quadratic too, in the distinct pointers:
3.9 MB of notes took 93 s, but at these sizes that cost is still under the linear ones.)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from growth import best_times

from teikit.convert import convert_text
from teikit.validate.runner import validate_file
from teikit.validate.schema_cache import SchemaCache

META = {"title": "Scaling", "date_text": "1951-09-10"}

SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    # (the source for n repeats, n)
    "interventions in one paragraph": (
        lambda n: "we [to put] it [Beijing] [illegible] [SIC, word] " * n + "\n", 1000),
    "uncertain names with their notes": (
        lambda n: "".join(f"[Li Kuo Nyn]* met [Zhou]* {i}\n\n" for i in range(n))
        + "* uncertain spelling\n\n" * (2 * n), 1000),
}


@pytest.fixture(scope="module")
def cache() -> SchemaCache:
    return SchemaCache()


def _cpu_seconds(path: Path, cache: SchemaCache) -> float:
    started = time.process_time()
    report = validate_file(path, cache=cache)
    assert not [m for m in report.messages if m.severity == "error"], report.messages[:3]
    return time.process_time() - started


@pytest.mark.usefixtures("without_gc")
@pytest.mark.parametrize("shape", list(SHAPES))
def test_four_times_the_document_takes_about_four_times_the_time(
        shape: str, tmp_path: Path, cache: SchemaCache) -> None:
    make, n = SHAPES[shape]
    paths = {}
    for count in (n // 4, n, 4 * n):
        paths[count] = tmp_path / f"{count}.xml"
        paths[count].write_bytes(convert_text(make(count), source_name=f"{count}.txt",
                                              overrides=META).to_bytes())
    _cpu_seconds(paths[n // 4], cache)  # the schemas compiled
    small, large = best_times(lambda count: _cpu_seconds(paths[count], cache), n)
    assert large < 8 * small, f"{shape}: {small:.3f} s, four times the document {large:.3f} s"
