"""A Word file's text boxes: text the transcriber set beside the running text, read as notes
in the margin where they are anchored, wherever that is (the text, a table, a header, another
box), their words asked for by the words check."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn
from lxml import etree
from readers.test_docx import PROSE, assert_house_valid, convert, letter, text_of, xpath

from teikit.profiles import load_profile
from teikit.readers.docx import read_docx_document


def _box(parent: etree._Element, *lines: str) -> etree._Element:
    """A drawing holding a text box of `lines` (one paragraph each), in a new run of
    `parent`; the box, to put more in."""
    run = etree.SubElement(parent, qn("w:r"))
    box = etree.SubElement(etree.SubElement(run, qn("w:drawing")), qn("w:txbxContent"))
    for line in lines:
        paragraph = etree.SubElement(box, qn("w:p"))
        etree.SubElement(etree.SubElement(paragraph, qn("w:r")), qn("w:t")).text = line
    return box


def test_a_box_in_a_box_is_a_note_in_its_note(tmp_path: Path) -> None:
    word = letter()
    paragraph = word.paragraph(PROSE)
    outer = _box(paragraph._p, "Registered", "No. 1174")
    _box(outer[-1], "[illegible]")
    result = convert(word, tmp_path)
    (note,) = xpath(result, "//t:p/t:note[@place='margin']")
    assert text_of(note) == "Registered\nNo. 1174"
    assert [etree.QName(c).localname for c in note.iter() if c is not note] == [
        "lb", "note", "gap"]
    assert not result.warnings
    assert_house_valid(result, tmp_path)


def test_a_box_in_a_table_cell_and_in_the_header(tmp_path: Path) -> None:
    """A letterhead set in a box in the header, a stamp in a box in a table's cell."""
    word = letter()
    word.paragraph(PROSE)
    table = word.document.add_table(rows=1, cols=1)
    _box(table.cell(0, 0).paragraphs[0]._p, "Received 12 August 1978")
    header = word.document.sections[0].header
    _box(header.paragraphs[0]._p, "EMBASSY OF THE POLISH PEOPLE'S REPUBLIC")
    result = convert(word, tmp_path)
    assert [text_of(n) for n in xpath(result, "//t:cell//t:note[@place='margin']")] == [
        "Received 12 August 1978"]
    assert [text_of(n) for n in xpath(result, "//t:fw[@type='header']/t:note")] == [
        "EMBASSY OF THE POLISH PEOPLE'S REPUBLIC"]
    # (once: the cell's and the header's own paragraphs hold no box's)
    assert [text_of(c) for c in xpath(result, "//t:cell")] == ["Received 12 August 1978"]
    assert [text_of(f) for f in xpath(result, "//t:fw")] == [
        "EMBASSY OF THE POLISH PEOPLE'S REPUBLIC"]
    assert not result.warnings
    assert_house_valid(result, tmp_path)


def test_a_boxs_words_are_asked_for_by_the_words_check(tmp_path: Path) -> None:
    """The words check reads what the TEI writes back: a box's words stand apart from the
    text around them there (`Molotov` and `A` do not run together)."""
    word = letter()
    paragraph = word.paragraph("A note on the margin.")
    _box(paragraph._p, "Seen by Molotov")
    paragraph.add_run(" And more text follows here.")
    result = convert(word, tmp_path)
    assert not [d for d in result.warnings if d.code == "lost-words"]
    assert xpath(result, "count(//t:note[@place='margin'])") == 1


def test_a_text_laid_out_in_boxes_alone_is_read_as_the_text(tmp_path: Path) -> None:
    """A transcription laid out as the page was, its parts in text boxes and no text of its
    own: the boxes' paragraphs are the text, in order (it had no text to convert)."""
    word = letter()
    _box(word.paragraph()._p, "TOP SECRET", PROSE)
    _box(word.paragraph()._p, "[signature] Gromyko")
    result = convert(word, tmp_path)
    assert [text_of(p) for p in xpath(result, "//t:body//t:p")] == [PROSE]
    assert xpath(result, "//t:fw[@type='classification']")
    assert not xpath(result, "//t:note[@place='margin']")
    assert_house_valid(result, tmp_path)


def test_boxes_nested_as_deep_as_the_parser_allows_are_read(tmp_path: Path) -> None:
    """Each box is read once, however deep (a hostile file's nesting is bounded by the XML
    parser's depth limit, not by the reader's recursion)."""
    word = letter()
    paragraph = word.paragraph(PROSE)
    box = _box(paragraph._p, "level 0")
    for level in range(1, 30):
        box = _box(box[-1], f"level {level}")
    result = convert(word, tmp_path)
    notes = xpath(result, "//t:note[@place='margin']")
    assert len(notes) == 30
    assert text_of(notes[-1]) == "level 29"


def test_the_words_check_asks_for_a_boxs_words(tmp_path: Path) -> None:
    word = letter()
    _box(word.paragraph(PROSE)._p, "Seen by Molotov")
    path = word.save(tmp_path / "box.docx")
    document = read_docx_document(path.read_bytes(), source_name="box.docx",
                                  profile=load_profile("wilson"))
    assert document.source_words is not None and document.source_words["molotov"] == 1
