"""Which units are notes' texts (`note_marker`): a marker opening the line, not a number the
translator completed."""

from __future__ import annotations

from teikit.readers.blocks import iter_blocks
from teikit.readers.joining import make_units
from teikit.readers.note_texts import note_marker


def marker(text: str) -> str | None:
    (unit,) = make_units(iter_blocks(text))
    return note_marker(unit)


def test_a_bracketed_century_opening_a_line_is_no_notes_marker() -> None:
    """`[19]63 Foreign Economic Relations Bureau Document No. 190`: the year's first figures
    supplied, glued to the rest; `[1] The telegram …` and `[2]一九五二年…` are notes."""
    assert marker("[19]63 Foreign Economic Relations Bureau Document No. 190") is None
    assert marker("[1] The telegram of 2 October was not found.") == "1"
    assert marker("[2]一九五二年七月二十六日,毛泽东在周恩来起草的电报上批示") == "2"
