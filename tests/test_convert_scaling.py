"""Conversion time grows with the size of the source, not with its square.

Each shape below once cost the square of its size somewhere in the converter (a paragraph of
thousands of lines, a line of thousands of dates, a run of footnotes after one paragraph,
markers kept as text): a few hundred kilobytes took minutes. Four times the source must take
about four times the CPU time; the bound leaves room for noise, and a quadratic cost would
take sixteen times.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from growth import best_times
from shapes import LINE_SHAPES, RUN_SHAPES

from teikit.convert import convert_text

META = {"title": "Scaling", "date_text": "1951-09-10"}

SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    # (the source for n repeats, n)
    "one paragraph of many lines": (lambda n: "a line of text [sic] here\n" * n, 1500),
    "one line of many dates": (
        lambda n: "1951-09-10 10.09.1951 September 10, 1951 at 10:30 " * n + "\n", 400),
    "one line of many day ranges": (
        lambda n: "from 10–12 August 1951 and on 3 May 1950, " * n + "\n", 1000),
    "asterisk notes after one paragraph": (
        lambda n: "Li* met Zhou* " * n + "\n\n" + "* the spelling is uncertain\n\n" * (2 * n),
        500),
    "asterisk notes after many paragraphs": (
        lambda n: "".join(f"[Li Kuo Nyn]* met [Zhou]* {i}\n\n" for i in range(n))
        + "* the spelling is uncertain\n\n" * (2 * n), 1000),
    "a header of many funders and keywords": (
        lambda n: "**October 12, 1948**\n\n**Telephone Message**\n\n**Credits:** "
        + ", ".join(f"Foundation {i}" for i in range(n)) + "\n\n**Keywords:** "
        + ", ".join(f"keyword {i}" for i in range(n)) + "\n\nBody text.\n", 4000),
    "markers with no note, kept as text": (lambda n: "text[7] " * n + "\n\n[1] a note\n", 4000),
    "emphasis in one paragraph": (lambda n: "**bold** and *it* " * n + "\n", 1500),
    "brackets in one paragraph": (lambda n: "we [to put] it [Beijing] " * n + "\n", 2500),
    # (each cell's line was counted from the table's first: the square of its rows)
    "a table of many rows": (
        lambda n: "| unit | men |\n|---|--:|\n" + "| the [1st] corps | 12,400 |\n" * n, 3000),
    "a quotation of many lines": (lambda n: "> the [1st] corps went on\n" * n, 1500),
    "quotations and brackets in one paragraph": (
        lambda n: "“a quote” and [to put] " * n + "\n", 2000),
    **{name: (make, 4000) for name, make in RUN_SHAPES.items()},
    **{name: (make, 2000) for name, make in LINE_SHAPES.items()},
}


def _cpu_seconds(text: str) -> float:
    started = time.process_time()
    convert_text(text, source_name="scaling.txt", overrides=META).to_bytes()
    return time.process_time() - started


@pytest.mark.usefixtures("without_gc")
@pytest.mark.parametrize("shape", list(SHAPES))
def test_four_times_the_source_takes_about_four_times_the_time(shape: str) -> None:
    make, n = SHAPES[shape]
    _cpu_seconds(make(n // 4))  # the first conversion compiles what later ones reuse
    small, large = best_times(lambda count: _cpu_seconds(make(count)), n)
    assert large < 8 * small, f"{shape}: {small:.3f} s, four times the source {large:.3f} s"
