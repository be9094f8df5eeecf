"""What a Word paragraph's runs hold beyond plain text: positional tabs, ruby, equations. No
text the reader does not read goes without a word said."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn
from lxml import etree
from readers.test_docx import PROSE, convert, letter, text_of, xpath

_MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_UNREAD = "of text in Word elements teikit does not read left out"


def _text(parent: etree._Element, text: str) -> None:
    etree.SubElement(etree.SubElement(parent, qn("w:r")), qn("w:t")).text = text


def test_a_positional_tab_parts_the_words_as_a_tab_does(tmp_path: Path) -> None:
    word = letter()
    word.paragraph(PROSE)
    run = word.document.add_paragraph().add_run("The talks ended")
    etree.SubElement(run._r, qn("w:ptab")).set(qn("w:alignment"), "right")
    etree.SubElement(run._r, qn("w:t")).text = "and the delegation left."
    result = convert(word, tmp_path)
    assert "The talks ended\tand the delegation left." in [
        text_of(p) for p in xpath(result, "//t:body//t:p")]
    assert not result.warnings


def test_a_ruby_base_is_text_and_its_reading_is_reported(tmp_path: Path) -> None:
    word = letter()
    word.paragraph(PROSE)
    paragraph = word.document.add_paragraph("The minister ")
    ruby = etree.SubElement(etree.SubElement(paragraph._p, qn("w:r")), qn("w:ruby"))
    _text(etree.SubElement(ruby, qn("w:rt")), "しげみつ")
    _text(etree.SubElement(ruby, qn("w:rubyBase")), "重光")
    paragraph.add_run(" arrived.")
    result = convert(word, tmp_path)
    assert "The minister 重光 arrived." in [text_of(p) for p in xpath(result, "//t:body//t:p")]
    (warning,) = [d for d in result.warnings if _UNREAD in d.message]
    assert warning.message.startswith("4 character(s)")
    assert warning.location is not None and warning.location.line == 2


def test_an_equations_text_is_reported_not_dropped_unseen(tmp_path: Path) -> None:
    word = letter()
    word.paragraph(PROSE)
    paragraph = word.document.add_paragraph("The yield was ")
    math = etree.SubElement(paragraph._p, f"{{{_MATH}}}oMath")
    etree.SubElement(etree.SubElement(math, f"{{{_MATH}}}r"), f"{{{_MATH}}}t").text = "20 kt"
    result = convert(word, tmp_path)
    assert [d.message.split(" ", 1)[0] for d in result.warnings if _UNREAD in d.message] == ["5"]


def test_text_read_everywhere_gives_no_such_report(tmp_path: Path) -> None:
    """Formatting, tracked changes, fields, hyperlinks and a custom footnote mark are read:
    none of their text is counted as left out."""
    word = letter()
    paragraph = word.paragraph(PROSE + " At [Beijing]")
    paragraph.add_run(" the Chinese").bold = True
    word.tracked(paragraph, " agreed")
    word.tracked(paragraph, " refused", deleted=True)
    word.note(paragraph, "A name spelt as heard.", mark="*")
    link = etree.SubElement(paragraph._p, qn("w:hyperlink"))
    _text(link, " (link)")
    field = etree.SubElement(paragraph._p, qn("w:fldSimple"))
    field.set(qn("w:instr"), "DATE")
    _text(field, " 1951")
    result = convert(word, tmp_path)
    assert not [d for d in result.warnings if _UNREAD in d.message]
