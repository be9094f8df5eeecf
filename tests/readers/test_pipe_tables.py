"""Markdown's pipe tables, as a web page export writes a page's table (figures of a report, a
list of a delegation's members): a TEI `table` of rows and cells, the header row a label row,
each cell read by the inline rules; the pipes and the delimiter row recorded so that the source
writer gives the rows back (the conversion's own lossless check, and the writer here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from tei_text import invalidity

from teikit.convert import convert_text
from teikit.profiles import load_profile
from teikit.readers.blocks import parse_blocks
from teikit.readers.pipe_rows import cell_spans, is_delimiter_row
from teikit.render import render_tree
from teikit.writers.source import form_table, source_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}
HEADER = "**September 10, 1951**\n\n**Report on the Korean Army Corps**\n\n"
STRENGTH = """\
| Unit | Men | Guns |
|------|----:|:----:|
| 1st Army Corps | 12,400 | 96 |
| 2nd Army Corps [Korean] | 9,800 | 71 |
| **Total** | 22,200 | 167 |"""


def _text(body: str) -> etree._Element:
    tree = convert_text(HEADER + body + "\n", source_name="page.txt").tree
    text = tree.getroot().find("t:text", NS)
    assert text is not None
    return text


def _rows(table: etree._Element) -> list[list[str]]:
    return [["".join(cell.itertext()) for cell in row.iterfind("t:cell", NS)]
            for row in table.iterfind("t:row", NS)]


def _source(text: etree._Element) -> str:
    return source_text(text, form_table(load_profile("wilson").conventions))


def test_a_pipe_table_is_a_table_of_rows_and_cells_its_header_a_label_row() -> None:
    text = _text(f"The strength of the units on 1 September 1951:\n\n{STRENGTH}\n\n"
                 "The proposal was greeted with some caution by the Korean leaders.")
    (table,) = text.iterfind(".//t:table", NS)
    assert _rows(table) == [["Unit", "Men", "Guns"], ["1st Army Corps", "12,400", "96"],
                            ["2nd Army Corps Korean", "9,800", "71"], ["Total", "22,200", "167"]]
    assert [row.get("role") for row in table.iterfind("t:row", NS)] == ["label", None, None, None]
    assert table.get("rend") == "|------|----:|:----:|"
    assert [s.text for s in table.iterfind(".//t:supplied", NS)] == ["Korean"]
    assert table.find(".//t:hi[@rend='bold']", NS) is not None
    paragraphs = [p for p in text.iterfind(".//t:p", NS)]
    assert "|" not in "".join("".join(p.itertext()) for p in paragraphs)
    assert table.getprevious().tag == f"{{{NS['t']}}}p"
    assert table.getnext().tag == f"{{{NS['t']}}}p"


def test_the_source_writer_gives_the_rows_and_the_delimiter_row_back() -> None:
    source = _source(_text(f"The strength of the units:\n\n{STRENGTH}\n\nThe proposal."))
    lines = [line for line in source.splitlines() if "|" in line]
    assert lines[:3] == ["| Unit | Men | Guns |", "|------|----:|:----:|",
                         "| 1st Army Corps | 12,400 | 96 |"]
    assert lines[-1] == "| **Total** | 22,200 | 167 |"


def test_rows_without_outer_pipes_and_a_row_that_differs_keep_their_own_form() -> None:
    text = _text("The delegation:\n\nName | Post\n--- | ---\nKim Il Sung | Premier\n"
                 "| Pak Heonyeong | Foreign Minister |\n\nThe talks began at noon.")
    (table,) = text.iterfind(".//t:table", NS)
    assert _rows(table)[1:] == [["Kim Il Sung", "Premier"], ["Pak Heonyeong", "Foreign Minister"]]
    assert [row.get("rend") for row in table.iterfind("t:row", NS)] == [None, None, "|{}|"]
    lines = [line.strip() for line in _source(text).splitlines() if "|" in line]
    assert lines == ["Name | Post", "--- | ---", "Kim Il Sung | Premier",
                     "| Pak Heonyeong | Foreign Minister |"]


def test_an_escaped_pipe_is_a_cells_character_and_an_empty_cell_a_cell() -> None:
    text = _text("The figures:\n\n| Item | Value |\n|---|---|\n| tanks \\| guns | |\n"
                 "| aircraft | 40 | spare |\n\nThe end.")
    (table,) = text.iterfind(".//t:table", NS)
    # (a row with more cells than the header keeps them all: nothing of the source is lost)
    assert _rows(table)[1:] == [["tanks | guns", ""], ["aircraft", "40", "spare"]]


@pytest.mark.parametrize("table", ["a|b\n|---|---|\n|", "| a | b |\n|---|---|\n| c | d |\n|"])
def test_a_row_of_one_pipe_is_a_row_of_one_empty_cell(table: str, tmp_path: Path) -> None:
    """`|` alone under a table's rows: a row (a Markdown table's row is any line with a pipe)
    of one empty cell, its pipe given back once (the writer gave it twice, and the conversion
    failed its own lossless check)."""
    text = _text(f"The figures:\n\n{table}\n\nThe end.")
    (table_element,) = text.iterfind(".//t:table", NS)
    assert _rows(table_element)[-1] == [""]
    assert [line.strip() for line in _source(text).splitlines() if "|" in line][-1] == "|"
    assert invalidity(text.getroottree(), tmp_path) == []


def test_a_table_interrupts_a_paragraph_and_ends_at_a_line_without_a_pipe() -> None:
    text = _text("The strength of the units:\n" + STRENGTH + "\nThe proposal was greeted with"
                 " some caution by the Korean leaders.")
    (table,) = text.iterfind(".//t:table", NS)
    assert len(_rows(table)) == 4
    after = "".join(table.getnext().itertext())
    assert after.startswith("The proposal was greeted")
    assert "".join(table.getprevious().itertext()) == "The strength of the units:"


@pytest.mark.parametrize("body", [
    "The vote: 12 | 9 | 3\n\nThe vote passed.",  # pipes in prose, no delimiter row
    "| Unit | Men |\n|---|---|---|\n| 1st | 12 |",  # two cells over three columns
    "| Unit | Men |\n| one | two |",  # no delimiter row
    "Men\n---",  # a line of dashes under a word, no pipe
])
def test_what_is_no_table_stays_text(body: str) -> None:
    text = _text(body)
    assert text.find(".//t:table", NS) is None
    assert "|" not in body or "|" in "".join(text.itertext())


@pytest.mark.parametrize(("line", "cells"), [
    ("| a | b |", ["a", "b"]),
    ("a | b", ["a", "b"]),
    ("| a \\| b | c |", ["a \\| b", "c"]),
    ("| a | |", ["a", ""]),
    ("|a|b\\|", ["a", "b\\|"]),
])
def test_cells_are_parted_by_pipes_not_escaped_ones(line: str, cells: list[str]) -> None:
    assert [line[start:end] for start, end in cell_spans(line)] == cells


@pytest.mark.parametrize(("line", "delimiter"), [
    ("|---|:--:|", True), ("--- | ---:", True), ("| - |", True),
    ("---", False), ("|---|x|", False), ("| |", False), ("|:|", False),
])
def test_a_delimiter_row_is_dashes_per_column_parted_by_pipes(line: str,
                                                              delimiter: bool) -> None:
    assert is_delimiter_row(line) is delimiter


def test_a_table_is_one_block_of_its_own() -> None:
    blocks = parse_blocks("Before the table\n" + STRENGTH + "\nafter it\n\nNext")
    assert [(b.kind, len(b.lines)) for b in blocks] == [
        ("text", 1), ("table", 5), ("text", 1), ("text", 1)]


def test_a_note_marker_in_a_cell_takes_its_note_as_a_paragraphs_does() -> None:
    text = _text("The units under the command of the corps were these:\n\n| Unit | Men |\n"
                 "|---|---|\n| [Li Kuo Nyn]* Corps | 12 |\n\n* The writing of the Chinese names"
                 " is possibly inaccurate.\n\nThe proposal was greeted with some caution.")
    (cell,) = text.iterfind(".//t:row[2]/t:cell[1]", NS)
    note = cell.find("t:note", NS)
    assert note is not None and note.get("place") == "foot"
    assert note.text == "The writing of the Chinese names is possibly inaccurate."
    assert cell.find("t:persName", NS).get("cert") == "low"
    assert "* The writing" in _source(text)


def test_tables_are_valid_and_rendered(tmp_path: Path) -> None:
    text = _text(f"The strength of the units:\n\n{STRENGTH}\n\nThe proposal.\n\nName | Post\n"
                 "--- | ---\n| Kim Il Sung | Premier |")
    tree = text.getroottree()
    assert invalidity(tree, tmp_path) == []
    html = render_tree(tree)
    assert html.count("<table>") >= 2 and "<td>12,400</td>" in html
