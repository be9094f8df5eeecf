"""Choosing among overlapping spans of a text: the longest first, then the leftmost.

Date expressions and name mentions are found as candidates that may overlap ("10 September
1951" holds "September 1951"); the chosen ones must not. Checking each candidate against every
span chosen before it costs the square of their number: a line of 200,000 dates took hours.
Here each candidate is checked against a map of the characters taken, in time proportional to
its own length.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)
_FEW = 16


def longest_disjoint(candidates: Iterable[S]) -> list[S]:
    """The candidates that overlap none chosen before them, taken the longest first (then
    the leftmost), in text order. Two spans overlap when each starts before the other ends,
    so an empty span overlaps only a span it stands strictly inside."""
    ordered = list(candidates)
    if len(ordered) < 2:
        return ordered  # (most texts hold one date or name, or none)
    ordered.sort(key=lambda span: (-(span.end - span.start), span.start))
    if len(ordered) <= _FEW:
        # A handful (most texts): each against the others costs less than the maps.
        chosen_few: list[S] = []
        for span in ordered:
            if all(span.end <= kept.start or span.start >= kept.end for kept in chosen_few):
                chosen_few.append(span)
        return sorted(chosen_few, key=lambda span: span.start)
    size = max(span.end for span in ordered) + 1
    taken = bytearray(size)  # characters inside a chosen span
    inside = bytearray(size)  # places strictly inside a chosen span (between two characters)
    chosen: list[S] = []
    # (Empty spans come last, the shortest: no span after one can overlap it.)
    for span in ordered:
        start, end = span.start, span.end
        if start < end:
            if taken.find(1, start, end) >= 0:
                continue
            taken[start:end] = b"\x01" * (end - start)
            inside[start + 1 : end] = b"\x01" * (end - start - 1)
        elif inside[start]:
            continue
        chosen.append(span)
    return sorted(chosen, key=lambda span: span.start)
