"""What a Word paragraph's runs hold beyond plain text: positional tabs, ruby, equations,
hyperlinks. No text the reader does not read goes without a word said."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree
from readers.test_docx import PROSE, assert_house_valid, convert, letter, text_of, xpath

from teikit.convert import convert_file
from teikit.render import render_tree

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


# --- hyperlinks ---------------------------------------------------------------------------


def _link(part: object, parent: etree._Element, text: str, url: str, *,
          bold: bool = False) -> None:
    """A hyperlink to `url` holding one run of `text`, related from `part`."""
    rid = part.relate_to(url, RT.HYPERLINK, is_external=True)  # type: ignore[attr-defined]
    link = etree.SubElement(parent, qn("w:hyperlink"))
    link.set(qn("r:id"), rid)
    run = etree.SubElement(link, qn("w:r"))
    if bold:
        etree.SubElement(etree.SubElement(run, qn("w:rPr")), qn("w:b"))
    etree.SubElement(run, qn("w:t")).text = text


def test_a_hyperlink_keeps_its_address_as_ref_target(tmp_path: Path, jing) -> None:
    word = letter()
    paragraph = word.paragraph(PROSE + " The scan is ")
    _link(word.document.part, paragraph._p, "in the archive", "https://example.org/scan 1.pdf")
    paragraph.add_run(".")
    result = convert(word, tmp_path)
    (ref,) = xpath(result, "//t:body//t:ref")
    assert (ref.get("target"), text_of(ref)) == ("https://example.org/scan%201.pdf",
                                                 "in the archive")
    assert not result.warnings
    done = jing([assert_house_valid(result, tmp_path)])
    assert done.returncode == 0, done.stdout


def test_a_hyperlink_over_a_bracket_goes_inside_it_and_formatting_around_it(
        tmp_path: Path) -> None:
    """`ref` holds text alone: over `[Beijing]` it goes inside the element the bracket gives;
    a bold link is `hi` around `ref`."""
    word = letter()
    paragraph = word.paragraph(PROSE + " They went to ")
    _link(word.document.part, paragraph._p, "[Beijing]", "https://example.org/beijing")
    paragraph.add_run(" and to ")
    _link(word.document.part, paragraph._p, "Tianjin", "https://example.org/tianjin", bold=True)
    paragraph.add_run(".")
    result = convert(word, tmp_path)
    assert [text_of(r) for r in xpath(result, "//t:supplied/t:ref | //t:reg/t:ref")] == [
        "Beijing"]
    assert [text_of(r) for r in xpath(result, "//t:hi[@rend='bold']/t:ref")] == ["Tianjin"]
    assert_house_valid(result, tmp_path)


def test_a_footnotes_hyperlink_is_looked_up_in_the_footnotes_part(tmp_path: Path) -> None:
    """Each part numbers its relationships on its own: a footnote's link is not the body's."""
    word = letter()
    paragraph = word.paragraph(PROSE)
    _link(word.document.part, paragraph._p, " (body link)", "https://example.org/body")
    word.note(paragraph, "See the catalogue.")
    path = word.save(tmp_path / "notes.docx")
    document = docx.Document(str(path))
    footnotes = next(rel.target_part for rel in document.part.rels.values()
                     if rel.reltype == RT.FOOTNOTES)
    root = etree.fromstring(footnotes.blob)
    last = root.findall(qn("w:footnote"))[-1].find(qn("w:p"))
    _link(footnotes, last, " online", "https://example.org/catalogue")
    footnotes._blob = etree.tostring(root)
    document.save(str(path))
    result = convert_file(path)
    assert [(r.get("target"), text_of(r)) for r in xpath(result, "//t:note//t:ref")] == [
        ("https://example.org/catalogue", " online")]
    assert [r.get("target") for r in xpath(result, "//t:p/t:ref")] == [
        "https://example.org/body"]


def test_a_hostile_hyperlink_is_data_in_the_tei_and_no_link_on_the_page(tmp_path: Path) -> None:
    word = letter()
    paragraph = word.paragraph(PROSE + " Click ")
    _link(word.document.part, paragraph._p, "here", "javascript:alert(document.cookie)")
    result = convert(word, tmp_path)
    assert [r.get("target") for r in xpath(result, "//t:body//t:ref")] == [
        "javascript:alert(document.cookie)"]
    page = render_tree(result.tree)
    assert "javascript:" not in page.lower()
    assert "here" in page


def _field_run(parent: etree._Element, kind: str | None = None, code: str | None = None,
               text: str | None = None) -> None:
    run = etree.SubElement(parent, qn("w:r"))
    if kind is not None:
        etree.SubElement(run, qn("w:fldChar")).set(qn("w:fldCharType"), kind)
    if code is not None:
        etree.SubElement(run, qn("w:instrText")).text = code
    if text is not None:
        etree.SubElement(run, qn("w:t")).text = text


def test_a_hyperlink_field_is_a_link_as_a_hyperlink_element_is(tmp_path: Path) -> None:
    """Older Word files and conversions write a link as a `HYPERLINK` field: its code between
    begin and separator, the text Word shows between separator and end."""
    word = letter()
    paragraph = word.paragraph(PROSE + " See ")
    _field_run(paragraph._p, "begin")
    _field_run(paragraph._p, code=' HYPERLINK "https://example.org/fond-5" \\o "the fond" ')
    _field_run(paragraph._p, "separate")
    _field_run(paragraph._p, text="the fond")
    _field_run(paragraph._p, "end")
    paragraph.add_run(" and ")
    simple = etree.SubElement(paragraph._p, qn("w:fldSimple"))
    simple.set(qn("w:instr"), "HYPERLINK https://example.org/opis-3")
    _text(simple, "the opis")
    paragraph.add_run(", not ")
    _field_run(paragraph._p, "begin", code=' HYPERLINK \\l "_Ref1" ')
    _field_run(paragraph._p, "separate", text="the note")
    _field_run(paragraph._p, "end")
    paragraph.add_run(" nor ")
    _field_run(paragraph._p, "begin", code=" DATE \\@ \"d MMMM yyyy\" ")
    _field_run(paragraph._p, "separate", text="1 May 1951")
    _field_run(paragraph._p, "end")
    paragraph.add_run(".")
    result = convert(word, tmp_path)
    assert [(r.get("target"), text_of(r)) for r in xpath(result, "//t:body//t:ref")] == [
        ("https://example.org/fond-5", "the fond"), ("https://example.org/opis-3", "the opis")]
    assert "the note nor 1 May 1951." in text_of(xpath(result, "//t:body//t:p")[0])
    assert not result.warnings


# --- words struck through -------------------------------------------------------------------

def test_words_struck_through_are_the_originals_deletion(tmp_path: Path) -> None:
    """Struck through once or twice (not a tracked change): the translation shows words the
    original deleted, `del[@resp='#translator']`, as `[crossed out: …]` reports them; a
    deletion tracked by Word keeps its change."""
    word = letter()
    paragraph = word.paragraph(PROSE + " The proposal of the")
    paragraph.add_run(" American").font.strike = True
    paragraph.add_run(" and the")
    paragraph.add_run(" Soviet").font.double_strike = True
    paragraph.add_run(" Chinese side was accepted.")
    word.tracked(paragraph, " at once", deleted=True)
    result = convert(word, tmp_path)
    struck = xpath(result, "//t:body//t:del[@resp='#translator']")
    assert [text_of(d).strip() for d in struck] == ["American", "Soviet"]
    assert all(d.get("change") is None for d in struck)
    assert [text_of(d).strip() for d in xpath(result, "//t:body//t:del[@change]")] == ["at once"]
    assert result.phenomena["deletion"] == 3
    assert_house_valid(result, tmp_path)
