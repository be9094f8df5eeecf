"""A placement, what the assembler makes of each classified piece; what the furniture rules
may ask of the assembler (`Placing`); and the small tests and joins the assembler, its rules and
the opener's revision all use."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from teikit.lazy_pattern import LazyPattern
from teikit.model import Role
from teikit.readers.furniture.cues import PLACE_PARTICLES, without_bracket_marks
from teikit.readers.line_tests import LineTests
from teikit.readers.units import LB, Unit, join_units

if TYPE_CHECKING:
    from teikit.readers.furniture.one_line.parts import Split
    from teikit.readers.furniture.sequence import Piece


@dataclass(slots=True)
class Placement:
    """Where a unit goes in the body: its zone, what it becomes, its role."""

    zone: str  # "opener", "main", "closer", "postscript"
    kind: str  # "paragraph", "heading", "rule", "furniture", "list", "note", "transmitted",
    # "table", "quote" (a paragraph of a block quotation)
    unit: Unit
    role: Role | None = None
    # Empty tuples by default, shared: every line of a long file is a placement, few are lists.
    items: Sequence[tuple[str | None, Unit]] = ()
    marker: str = ""
    inner: list[Placement] | None = None
    """The placements of a transmitted document."""


class Placing(Protocol):
    """What the furniture rules (`line_rules`, `signing`) ask of the assembler that runs them:
    the pieces and their roles, what is placed so far, and where to place more."""

    pieces: list[Piece]
    tests: LineTests
    out: list[Placement]
    signed_zones: set[str]
    dated_zones: set[str]
    signed_by_position: set[int]
    in_postscript: bool
    """Whether the postscript has begun: the closer's lines after it are the postscript's."""

    @property
    def note_addressees(self) -> tuple[str, ...]: ...

    @property
    def places_in_text(self) -> frozenset[str]: ...

    def role(self, index: int) -> str: ...

    def zone(self, piece: Piece) -> str: ...

    def add(self, zone: str, kind: str, unit: Unit, role: Role | None = None) -> None: ...

    def add_list(self, piece: Piece, units: list[Unit]) -> None: ...

    def add_split(self, zone: str, split: Split, index: int) -> int: ...

    def dated_name(self, index: int) -> bool: ...

    def text_goes_on(self) -> bool: ...


# The translator's remark on a date before it (`[day of month left blank in quotes]`).
_DATE_REMARK = LazyPattern(r"\[[^\[\]]*\b(?:date|day|month|year|blank|illegible)\b[^\[\]]*\]")


def join_lines(first: Unit, *following: Unit) -> Unit:
    """The lines as one text unit, a line break between two."""
    return join_units(first, [(LB, unit) for unit in following], kind="text", level=0,
                      marker="")


# A place's name and its comma before a date (`Beijing, `, `Ulan Bator, `), the name renamed
# in its bracket or not (`Ulan-Bator [Ulaanbaatar], `).
_PLACE_BEFORE_DATE = LazyPattern(r"[A-Z][\w’'.-]*(?:[ -](?:(?:" + "|".join(sorted(PLACE_PARTICLES))
                                 + r") )?[A-Z][\w’'.-]*){0,3}"
                                 r"(?:\s\[[A-Z][^\[\]]{1,40}\])?,\s*")


# The hours of a meeting after its date (`, from 4:00 p.m. to 6:40 p.m.`, `, 10.30 hrs`).
_HOURS_AFTER = LazyPattern(r",?\s*(?:from\s+|at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.m\.|\s*hrs)?"
                           r"(?:\s*(?:to|-|–)\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.m\.|\s*hrs)?)?\.?")


def is_place_and_date(unit: Unit, tests: LineTests) -> bool:
    """`Beijing, 17 January 1953`: a place's name, its comma, then a date ending the line, or
    the hours of the meeting after it (`Beijing, 20 September 1970, from 4:00 p.m. to 6:40
    p.m.`)."""
    text = unit.plain.strip()
    span = tests.date_span(text)
    if span is None or _PLACE_BEFORE_DATE.fullmatch(text[: span[0]]) is None:
        return False
    after = text[span[1]:].strip(" .")
    return not after or _HOURS_AFTER.fullmatch(text[span[1]:].strip()) is not None


def is_date_only(unit: Unit, tests: LineTests) -> bool:
    """A line of a date alone, or of a date after the translator's remark on it (`[day of
    month left blank in quotes] February 1946`); the translator's part of it in brackets too
    (`27 July [1958]`)."""
    span = tests.date_span(unit.text)  # (read with the brackets' marks as spaces)
    if span is None or without_bracket_marks(unit.text)[span[1]:].strip(" .,*_"):
        return False
    before = unit.text[: span[0]].strip(" *_")  # (`**13 September 1951**`: set in bold)
    return not before or _DATE_REMARK.fullmatch(before) is not None
