"""The parts a line is cut into, and the patterns the line tests share.
"""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.model import Role
from teikit.readers.furniture.line_patterns import BRACKETED
from teikit.readers.lines import split_at
from teikit.readers.units import Unit

Part = tuple[Unit, Role]

Split = tuple[Part, ...]

# A number after its sign, letters and figures (`No. 15`, `Nº 481/sh`, `No. P84/422`).
# (the token taken whole, a figure in it asked ahead: split at each of its figures in turn, a
# long one was read again from each)
SIGNED_NUMBER = r"\s*+(?=[\w/.-]*\d)[\w/.-]*+"


def without_brackets(text: str) -> str:
    """`Filippov [Stalin]` → `Filippov`: the printed name, the translator's identification
    aside."""
    return " ".join(BRACKETED.sub(" ", text).split())


COLUMN_GAP = LazyPattern(r"\S\s{3,}$")


def cut_into_parts(unit: Unit, first: Role, starts: list[tuple[int, Role]]) -> Split:
    """`unit` cut where each later part starts (positions in its text, in order, each on a
    character that is not a space), the first part `first`'s."""
    parts: list[Part] = []
    rest, role, consumed = unit, first, 0
    for start, next_role in starts:
        piece, rest = split_at(rest, start - consumed)
        parts.append((piece, role))
        role, consumed = next_role, start
    parts.append((rest, role))
    return tuple(parts)
