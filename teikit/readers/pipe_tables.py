"""Markdown's pipe tables, as a web page export writes an HTML table (GitHub Flavored Markdown:
a header row, a delimiter row of dashes, then the body rows, cells parted by `|`):

    | Unit | Men | Guns |
    |------|----:|:----:|
    | 1st Army Corps | 12,400 | 96 |

A table is a block of its own (`teikit.readers.blocks`), a unit of kind "table" whose text keeps
its rows as written (escapes and all, so that an escaped pipe `\\|` stays a cell's character);
here its rows become `TableRow`s of cells, each cell read by the inline rules as a line is.

The pipes and the delimiter row are Markdown, not the document's text: the delimiter row is
kept as written (`table/@rend`), and a row's outer pipes where they differ from the delimiter
row's (`row/@rend`, `|{}`, `{}|`, `{}`, `|{}|`), so that the source writer gives the rows back.
"""

from __future__ import annotations

from collections.abc import Callable

from teikit.model import Inline, Table, TableCell, TableRow
from teikit.readers.pipe_rows import cell_spans, outer_pipes
from teikit.readers.units import LB, Unit, unescaped


def pipe_table(unit: Unit, read: Callable[[Unit], list[Inline]]) -> Table:
    """The table a unit of kind "table" holds, each cell's inlines `read` from its text."""
    lines = unit.text.split(LB)
    delimiter = lines[1].strip()
    usual = outer_pipes(delimiter)
    rows: list[TableRow] = []
    start = 0
    for number, line in enumerate(lines):
        if number != 1:
            header = number == 0
            # (`|` alone: a row of one empty cell, as a row has one cell at least)
            spans = cell_spans(line) or [(line.index("|") + 1,) * 2]
            cells = [TableCell(read(_cell_unit(unit, start + left, start + right, number)),
                               label=header)
                     for left, right in spans]
            pipes = outer_pipes(line)
            rows.append(TableRow(cells, label=header, pipes=None if pipes == usual else pipes))
        start += len(line) + len(LB)
    return Table(rows, unit.line, delimiter=delimiter)


def _cell_unit(unit: Unit, start: int, end: int, row: int) -> Unit:
    """A cell's text as a unit of its own (its Markdown escapes read, but a star's), each
    character still where the file has it; a cell stands on one line, the table's `row`-th."""
    text = unit.text[start:end]
    line = unit.line + row
    offsets = unit.offsets.slice(start, end)
    if "\\" in text:
        text, offsets = unescaped(text, offsets[0])
    return Unit("text", text, offsets, line, unit.block, 0, unit.end_block)
