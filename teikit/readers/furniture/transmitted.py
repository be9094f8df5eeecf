"""Documents transmitted inside another: a telegram relaying a letter or message in quotation
marks, with its own address, text, signature and date.

A transmitted document opens with a quotation mark before an address or salutation (`“To the
Chairman …`, `"Comrade MAO ZEDONG.`, `“Cde. Mao Zedong!`) and runs to the line that closes the
quotation; when the quotation is never closed, to the end of its own closer: after its last
paragraph, one signing line (a name or a valediction) and the dates right after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from teikit.lazy_pattern import LazyPattern
from teikit.readers.furniture.cues import (
    ADDRESS_START,
    SIGNATURE_MARK,
    VALEDICTION,
    LineView,
    _date_only,
    _name_like,
)
from teikit.readers.units import Unit

OPENING_QUOTES = "\"“„«"
CLOSING_QUOTE = LazyPattern(r"[\"”»][.,;]?\s*$")
_BRACKETED = LazyPattern(r"\[[^\[\]]*\]")


def _opens_address(unit: Unit) -> bool:
    text = unit.plain.strip()
    if text[:1] not in OPENING_QUOTES:
        return False
    inner = text[1:].lstrip()
    first_line = inner.split("\n", 1)[0]
    return bool(ADDRESS_START.match(inner)) or bool(re.match(r"^[^.!?]{2,80}!", first_line))


def _signs(unit: Unit) -> bool:
    text = unit.plain.strip()
    bare = _BRACKETED.sub(" ", text).strip()
    return bool(VALEDICTION.match(text) or SIGNATURE_MARK.search(text) or _name_like(bare))


def transmitted_spans(units: list[Unit], note_units: dict[int, str],
                      is_prose: Callable[[Unit], bool]) -> list[tuple[int, int]]:
    """(first, last) unit indexes of each transmitted document, in order."""
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(units):
        unit = units[index]
        if unit.kind != "text" or index in note_units or not _opens_address(unit):
            index += 1
            continue
        end = _closing(units, index, note_units, is_prose)
        if end is None or not any(is_prose(units[i]) for i in range(index, end + 1)):
            index += 1
            continue
        spans.append((index, end))
        index = end + 1
    return spans


MAX_UNITS = 200
"""A relayed message runs at most this many units (paragraphs and lines): the search for its
end never reads a whole long file again for every quotation mark in it."""


def _closing(units: list[Unit], start: int, note_units: dict[int, str],
             is_prose: Callable[[Unit], bool]) -> int | None:
    window = range(start, min(len(units), start + MAX_UNITS))
    for index in window[1:]:
        if units[index].kind == "text" and CLOSING_QUOTE.search(units[index].plain):
            return index
    prose = [i for i in window if i not in note_units and is_prose(units[i])
             and not VALEDICTION.match(units[i].plain.strip())]
    if not prose:
        return None
    cursor = prose[-1] + 1
    if cursor >= len(units) or not _signs(units[cursor]):
        return None
    end = cursor
    while end + 1 < len(units) and _date_only(LineView(units[end + 1].plain.strip(), "closer")):
        end += 1
    return end
