"""`longest_disjoint` chooses what checking every span against every other chose."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from teikit.spans import longest_disjoint


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    label: int  # tells apart two spans with the same bounds


def chosen_one_by_one(candidates: list[Found]) -> list[Found]:
    """The rule as first written: each candidate against every span chosen before it."""
    chosen: list[Found] = []
    for span in sorted(candidates, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= kept.start or span.start >= kept.end for kept in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def spans(min_size: int, max_size: int) -> st.SearchStrategy[list[Found]]:
    bounds = st.tuples(st.integers(0, 40), st.integers(0, 12)).map(
        lambda found: (found[0], found[0] + found[1]))
    return st.lists(bounds, min_size=min_size, max_size=max_size).map(
        lambda found: [Found(start, end, label) for label, (start, end) in enumerate(found)])


@given(spans(0, 16))
def test_a_few_spans_as_one_against_each_other(candidates) -> None:
    assert longest_disjoint(candidates) == chosen_one_by_one(candidates)


@given(spans(17, 80))
def test_many_spans_through_the_map_of_characters_as_one_against_each_other(candidates) -> None:
    assert longest_disjoint(candidates) == chosen_one_by_one(candidates)


def test_the_longest_wins_then_the_leftmost_and_an_empty_span_inside_a_chosen_one_is_not_taken(
) -> None:
    date = Found(0, 17, 0)  # "10 September 1951"
    month_year = Found(3, 17, 1)  # "September 1951"
    later = Found(20, 24, 2)
    empty_inside, empty_at_edge = Found(5, 5, 3), Found(17, 17, 4)
    assert longest_disjoint([month_year, later, empty_inside, date, empty_at_edge]) == [
        date, empty_at_edge, later]
