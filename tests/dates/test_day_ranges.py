"""Day ranges (``10–12 August 1951``, ``August 10–12, 1951``) take the place of the dates they
overlap: the same choice as checking each range against every date found, in time that does
not grow with the square of the ranges in one text."""

from __future__ import annotations

import datetime
import time

import pytest
from growth import best_times
from hypothesis import given, settings
from hypothesis import strategies as st

from teikit import dates
from teikit.dates import find_dates

PIECES = ["10–12 August 1951", "August 10–12, 1951", "August 10–12", "12–10 May 1950",
          "3 May 1950", "May 3", "1951", "10–12 August", "August 1951 10–12 September 1951",
          "September 10–12 October 1951", "29 June through 8 August 1960", "31–30 April 1951",
          " and ", ", ", " from ", "–", " to ", "\n"]


def chosen_one_range_at_a_time(text: str,
                               reference: datetime.date | None) -> list[tuple[int, int, str]]:
    """What `find_dates` chose when each range was checked against every date before it."""
    plain = [(m.start, m.end, m.value, m.problem) for m in find_dates_without_ranges(text,
                                                                                   reference)]
    for pairs in dates._day_ranges(text):
        for first, second in pairs:
            value = dates._range_value(first, second, reference)
            if value is None:
                continue
            plain = [r for r in plain if r[1] <= first.start or r[0] >= first.end]
            plain.append((first.start, first.end, value, None))
    plain.sort(key=lambda result: result[0])
    return [(start, end, text[start:end]) for start, end, _, _ in plain]


def find_dates_without_ranges(text: str,
                              reference: datetime.date | None) -> list[dates.DateMatch]:
    real = dates._day_ranges
    dates._day_ranges = lambda text: []  # type: ignore[assignment]
    try:
        return find_dates(text, reference=reference)
    finally:
        dates._day_ranges = real


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12),
       st.sampled_from([None, datetime.date(1951, 9, 10)]))
def test_the_same_dates_as_checking_each_range_against_every_date(
        pieces: list[str], reference: datetime.date | None) -> None:
    text = "".join(pieces)
    found = [(m.start, m.end, m.text) for m in find_dates(text, reference=reference)]
    assert found == chosen_one_range_at_a_time(text, reference)


def test_of_two_ranges_that_overlap_the_month_first_one_is_kept() -> None:
    text = "August 10–12 September 1951"  # "10–12 September 1951" and "August 10–12"
    chosen = [(m.text, m.value.from_, m.value.to) for m in find_dates(text) if m.value]
    assert chosen == [("August 10–12", "--08-10", "--08-12")]


@pytest.mark.usefixtures("without_gc")
def test_many_ranges_in_one_line_take_time_in_proportion() -> None:
    def seconds(count: int) -> float:
        text = " ".join(["from 10–12 August 1951 and on 3 May 1950,"] * count)
        started = time.process_time()
        assert len(find_dates(text)) == 2 * count
        return time.process_time() - started

    seconds(500)  # patterns compiled
    small, large = best_times(seconds, 2_000, slack=0.2)
    assert large < 8 * small + 0.2  # 4 times the ranges: 16 times the time when quadratic
