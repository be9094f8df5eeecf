"""Furniture rules for what a hand wrote on the page: its note, the day it wrote under it and
the lines its sentence goes on to."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.model import Role
from teikit.readers.furniture.line_rules.line import Line
from teikit.readers.joining import HAND_LABEL
from teikit.rules.handwritten import DAY_IN_FIGURES, sentence_goes_on, written_under_the_note

# A line opening on a hand's label in its bracket (`[handwritten:] …`, `[in Stalin's hand: …`).
_HAND_OPENS = LazyPattern(rf"(?i)^\[\s*(?:{HAND_LABEL})")


def hands_note_and_its_day(line: Line) -> int | None:
    """`[handwritten:] Inc. No. 0133-s` / `4.II.53`: the hand's note and the day it wrote
    under it, one note of the hand's (the day was the document's dateline); `[Handwritten:]
    Premier and Vice Premier Chen [Yi]` / `to read. Ji 15/12`: its sentence carried on in
    lower case on the next line of its block (that line was a line of the opener's own);
    `[handwritten:] PM may kindly see.` / `T.N. Kaul 7/5`: who wrote it and when, under it."""
    if line.following is None or _HAND_OPENS.match(line.text) is None:
        return None
    below = line.below()
    same_block = below.block == line.unit.block
    # (the day alone under it may stand apart; who wrote it, and the sentence going on, in
    # its block)
    if DAY_IN_FIGURES.fullmatch(below.plain.strip()) is not None or (same_block and (
            written_under_the_note(below.plain) or sentence_goes_on(line.text, below.plain))):
        return line.with_below(Role.LINE)
    return None

