"""Furniture rules for what a hand wrote on the page: its note and the day it wrote under it."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.model import Role
from teikit.readers.furniture.line_rules.line import Line
from teikit.readers.joining import HAND_LABEL
from teikit.rules.handwritten import DAY_IN_FIGURES

# A line opening on a hand's label in its bracket (`[handwritten:] …`, `[in Stalin's hand: …`).
_HAND_OPENS = LazyPattern(rf"(?i)^\[\s*(?:{HAND_LABEL})")


def hands_note_and_its_day(line: Line) -> int | None:
    """`[handwritten:] Inc. No. 0133-s` / `4.II.53`: the hand's note and the day it wrote
    under it, one note of the hand's (the day was the document's dateline)."""
    if (line.following is None or _HAND_OPENS.match(line.text) is None
            or DAY_IN_FIGURES.fullmatch(line.below().plain.strip()) is None):
        return None
    return line.with_below(Role.LINE)
