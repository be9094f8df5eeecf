"""A Word file's notes are numbered as Word prints them: the number format and first number
its settings or its section give (`chicago`'s `*`, `†`, `‡`, `§`; Roman figures; letters),
Word's defaults where it gives none (figures for footnotes, small Roman figures for endnotes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.oxml.ns import qn
from lxml import etree
from readers.docx_builder import WordFile
from readers.test_docx import PROSE, convert, letter, xpath

from teikit.readers.docx_numbering import number_in_format


def _notes(kind: str, count: int) -> WordFile:
    word = letter()
    for index in range(count):
        word.note(word.paragraph(f"{PROSE} ({index + 1})"), f"Note {index + 1}.", kind=kind)
    return word


def _properties(holder: etree._Element, kind: str, number_format: str | None,
                start: int | None = None) -> None:
    properties = etree.SubElement(holder, qn(f"w:{kind}Pr"))
    if number_format is not None:
        etree.SubElement(properties, qn("w:numFmt")).set(qn("w:val"), number_format)
    if start is not None:
        etree.SubElement(properties, qn("w:numStart")).set(qn("w:val"), str(start))


def _numbers(word: WordFile, tmp_path: Path, place: str) -> list[str]:
    return [n.get("n") for n in xpath(convert(word, tmp_path), f"//t:note[@place='{place}']")]


def test_footnotes_are_in_figures_and_endnotes_in_small_roman_by_default(tmp_path: Path) -> None:
    assert _numbers(_notes("footnote", 3), tmp_path, "foot") == ["1", "2", "3"]
    assert _numbers(_notes("endnote", 4), tmp_path, "end") == ["i", "ii", "iii", "iv"]


def test_the_settings_number_format_is_followed(tmp_path: Path) -> None:
    word = _notes("footnote", 6)
    _properties(word.document.settings.element, "footnote", "chicago")
    assert _numbers(word, tmp_path, "foot") == ["*", "†", "‡", "§", "**", "††"]


def test_the_sections_format_and_first_number_win_over_the_settings(tmp_path: Path) -> None:
    word = _notes("endnote", 2)
    _properties(word.document.settings.element, "endnote", "decimal")
    _properties(word.document.sections[-1]._sectPr, "endnote", "upperLetter", start=3)
    assert _numbers(word, tmp_path, "end") == ["C", "D"]


def test_a_first_number_alone_keeps_the_default_format(tmp_path: Path) -> None:
    word = _notes("footnote", 2)
    _properties(word.document.settings.element, "footnote", None, start=7)
    assert _numbers(word, tmp_path, "foot") == ["7", "8"]


@pytest.mark.parametrize(("value", "number_format", "expected"), [
    (4, "upperRoman", "IV"), (1999, "lowerRoman", "mcmxcix"), (28, "lowerLetter", "bb"),
    (9, "chicago", "***"), (40, "chicago", "§" * 10), (41, "chicago", "41"),
    (12, "decimalEnclosedCircle", "12"),
])
def test_numbers_in_words_formats(value: int, number_format: str, expected: str) -> None:
    assert number_in_format(value, number_format) == expected


def test_a_damaged_or_hostile_numbering_gives_figures_from_one(tmp_path: Path) -> None:
    """A first number that is no number, is negative or past any count, and a format Word
    does not know: figures from 1, as for a file that says nothing."""
    for start, number_format in (("abc", "decimal"), ("-5", "decimal"), ("99999999", None),
                                 ("2", "noSuchFormat")):
        word = _notes("footnote", 2)
        properties = etree.SubElement(word.document.settings.element, qn("w:footnotePr"))
        if number_format is not None:
            etree.SubElement(properties, qn("w:numFmt")).set(qn("w:val"), number_format)
        etree.SubElement(properties, qn("w:numStart")).set(qn("w:val"), start)
        expected = ["2", "3"] if start == "2" else ["1", "2"]
        assert _numbers(word, tmp_path, "foot") == expected
