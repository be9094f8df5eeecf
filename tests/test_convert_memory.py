"""The memory a conversion needs grows with its input by a bounded factor, also for a file of
many short lines (addresses, signatures, numbers, classifications), where every line is a record
of its own: a unit, a piece, a decision, a placement.

Python's own allocations are measured (tracemalloc), not the process's resident size, so that
the figure does not depend on the allocator or the machine. `bench/convert_bench.py --concat-dev
50` measures the resident size of the whole command on 50 MB.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from teikit.convert import ConversionResult, convert_text
from teikit.profiles import load_profile
from teikit.readers.context import ReadingContext

SEED = Path(__file__).resolve().parent.parent / "editions" / "razuvayev-1951-09-10" / "source.txt"
# A letter's furniture between short paragraphs, as a file of many documents run together has
# it: most lines are short and classified one by one.
BLOCK = """Received by diplomatic pouch from
Cde. Razuvayev, the Soviet Ambassador
to the DPRK, 2 October 1951

Top Secret
[handwritten:] 10 September 1951

The proposal about armistice negotiations was greeted with some caution by the Korean leaders, \
without straightforward or outspoken statements.

To Comrade Kim Il Sung
Chairman of the Cabinet of Ministers
Pyongyang

No. 234/sh
V. Razuvayev
12.X.51

"""
SIZE = 200_000
PEAK_PER_INPUT_BYTE = 22
"""Bytes of Python objects at the peak per byte of input. On this input the reader needed 54
while it kept a copy of every one-line unit, two empty lists per placement, every placement
until the body was built and the regenerated source whole for the lossless check; 31 since,
30.5 with the line roles kept in columns; 23.6 since equal attribute sets are one mapping, a
decision is shared by the lines with its cues, a line's offsets are one number and the lines
are read a piece at a time; 18.9 measured with the run's lexicons loaded by the warm-up, as the
fixture always meant (the English table, 0.7 MB then and 2.3 MB since it keeps rare words, was
loaded inside the measurement). (The TEI tree, which lxml allocates, is not counted
here: `test_convert_resident_memory.py` measures it.)"""


def _many_short_lines(size: int) -> str:
    text = SEED.read_text(encoding="utf-8")
    header = text[: text.index("Received by")]
    return header + BLOCK * (size // len(BLOCK) + 1)


@pytest.fixture(scope="module")
def measured() -> tuple[int, int, ConversionResult]:
    """(input bytes, peak bytes, result) of one conversion, after a small one has loaded what
    every conversion shares (the profile, the lexicons, the role table)."""
    # One context and one profile for both, as a batch holds them: the lexicons are the run's,
    # loaded by the first conversion, not memory that grows with the second one's input.
    shared = {"profile": load_profile("wilson"), "context": ReadingContext()}
    convert_text(_many_short_lines(5_000), source_name="warm-up.txt", change_date="2026-01-01",
                 **shared)
    text = _many_short_lines(SIZE)
    tracemalloc.start()
    try:
        result = convert_text(text, source_name="many-lines.txt", change_date="2026-01-01",
                              **shared)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return len(text.encode("utf-8")), peak, result


def test_the_input_is_mostly_classified_lines(measured: tuple[int, int, ConversionResult],
                                              ) -> None:
    size, _, result = measured
    assert len(result.line_roles) > size / 50  # a classified line every 50 bytes


def test_peak_python_memory_stays_within_its_bound(
        measured: tuple[int, int, ConversionResult]) -> None:
    size, peak, _ = measured
    assert peak / size < PEAK_PER_INPUT_BYTE
