"""Prose hard-wrapped at a fixed width (a plain-text export wrapped at 72 columns, say).

Such a text breaks a paragraph wherever the next word would not fit, so a line break there says
nothing about the structure; a break before a word that would have fitted was the author's.
The width is the longest line's, when the long lines crowd just under it; a text whose
paragraphs are lines of their own (most page exports) has no width.
"""

from __future__ import annotations

import re

from teikit.readers.blocks import atx_heading_level

MIN_WIDTH, MAX_WIDTH = 50, 100
# Lines this close under the width count as filled to it (greedy wrapping leaves a ragged edge
# of about a word).
RAGGED_EDGE = 15
# At least this many lines filled to the width, and this share of the lines long enough to
# be prose, or the lines are only of similar length.
MIN_FILLED, MIN_FILLED_SHARE = 4, 0.5
PROSE_LINE = 40

_LINE = re.compile(r"[^\n]+")
_FIRST_WORD = re.compile(r"\S*")
_HEADING_INDENT = 3  # (Markdown's: a heading indented further is a paragraph's text)


def wrap_width(text: str, start: int = 0) -> int | None:
    """The width the body of `text` (from `start` on) is wrapped at, or None."""
    # How many lines have each length: one reading of the text tells the widest line, and
    # then how many come close to it.
    lines_of_length = [0] * (MAX_WIDTH + 1)
    for found in _LINE.finditer(text, start):
        line = found.group()
        heading = line.lstrip(" ")
        if len(line) - len(heading) <= _HEADING_INDENT and atx_heading_level(heading):
            continue  # (Markdown's heading is one line, however long: no wrapping's)
        length = len(line.strip())
        if length > MAX_WIDTH:
            return None  # (most texts: a paragraph on one line, found early)
        lines_of_length[length] += 1
    widest = max((n for n, count in enumerate(lines_of_length) if count), default=0)
    if widest < MIN_WIDTH:
        return None
    filled = sum(lines_of_length[widest - RAGGED_EDGE:])
    prose = sum(lines_of_length[PROSE_LINE:])
    if filled < MIN_FILLED or filled < MIN_FILLED_SHARE * prose:
        return None
    return widest


def wrapped_break(line: str, following: str, width: int) -> bool:
    """Whether the break between `line` and the next line (`following`, its text) is the
    wrapping's: the next line's first word would not have fitted at the end of `line`."""
    first_word = _FIRST_WORD.match(following.lstrip())
    return len(line.strip()) + 1 + len(first_word.group() if first_word else "") > width
