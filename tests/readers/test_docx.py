"""The DOCX reader: Word files written in the tests (python-docx, plus raw OOXML for notes and
tracked changes) converted to TEI, one test per feature."""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_UNDERLINE
from docx.oxml.ns import qn
from lxml import etree
from readers.docx_builder import WordFile

from teikit import TEI_NS
from teikit.cli import main
from teikit.convert import ConversionResult, convert_file
from teikit.errors import InputError, MetadataError
from teikit.readers.docx_package import open_package
from teikit.validate import validate_file

NS = {"t": TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
PROSE = ("The delegation met the Korean side at the appointed place and the talks went on "
         "for several hours without a break.")


def letter() -> WordFile:
    """A Word file with a title and date in its properties and one paragraph of prose."""
    word = WordFile()
    core = word.document.core_properties
    core.title = "A letter about the talks"
    core.created = datetime.datetime(1951, 9, 10, tzinfo=datetime.UTC)
    return word


def convert(word: WordFile, tmp_path: Path, **options: object) -> ConversionResult:
    return convert_file(word.save(tmp_path / "letter.docx"), **options)  # type: ignore[arg-type]


def xpath(result: ConversionResult, expression: str) -> list:
    return result.tree.getroot().xpath(expression, namespaces=NS)


def text_of(element: etree._Element) -> str:
    return "".join(element.itertext())


def assert_house_valid(result: ConversionResult, tmp_path: Path) -> Path:
    path = tmp_path / "out.xml"
    path.write_bytes(result.to_bytes())
    report = validate_file(path, use_xml_model=False)
    assert report.valid, report.messages
    return path


# --- footnotes and endnotes --------------------------------------------------------------


def test_footnotes_go_to_their_anchor_with_their_content(tmp_path: Path) -> None:
    word = letter()
    paragraph = word.paragraph("The talks began at Kaesong")
    word.note(paragraph, "Kaesong lies near the 38th parallel.")
    paragraph.add_run(" and went on [for] days. " + PROSE)
    word.note(paragraph, "A second note.")
    notes = xpath(convert(word, tmp_path), "//t:text//t:note[@place='foot']")
    assert [(n.get("n"), text_of(n)) for n in notes] == [
        ("1", "Kaesong lies near the 38th parallel."), ("2", "A second note.")]
    assert notes[0].getparent().tag == f"{{{TEI_NS}}}p"
    assert notes[0].xpath("string(preceding-sibling::text()[1])").endswith("at Kaesong")


def test_two_asterisk_footnotes_in_a_paragraph_go_to_their_own_anchors(tmp_path: Path) -> None:
    # The notes follow their paragraph in the order of their anchors, the order in which the
    # asterisk convention pairs a paragraph's markers with the notes after it.
    word = letter()
    for number in (1, 2):  # the same paragraph twice, with notes of its own
        paragraph = word.paragraph(PROSE + " Li")
        word.note(paragraph, f"Li, note {number}.", mark="*")
        paragraph.add_run(" met Zhou")
        word.note(paragraph, f"Zhou, note {number}.", mark="*")
        paragraph.add_run(" at noon.")
    notes = xpath(convert(word, tmp_path), "//t:text//t:p/t:note")
    assert [(text_of(n), n.xpath("string(preceding-sibling::text()[1])")[-4:],
             n.xpath("count(../preceding-sibling::t:p)", namespaces=NS)) for n in notes] == [
        ("Li, note 1.", ". Li", 0), ("Zhou, note 1.", "Zhou", 0),
        ("Li, note 2.", ". Li", 1), ("Zhou, note 2.", "Zhou", 1)]


def test_endnotes_are_notes_placed_at_the_end(tmp_path: Path) -> None:
    """Numbered as Word prints them where the file sets no format: in small Roman figures."""
    word = letter()
    paragraph = word.paragraph(PROSE)
    word.note(paragraph, "An endnote with a word [supplied].", kind="endnote")
    notes = xpath(convert(word, tmp_path), "//t:text//t:note[@place='end']")
    assert [(n.get("n"), text_of(n)) for n in notes] == [
        ("i", "An endnote with a word supplied.")]
    assert notes[0].xpath("count(t:supplied)", namespaces=NS) == 1


# --- comments -----------------------------------------------------------------------------


def test_comments_become_editorial_notes_pointing_to_their_declared_author(
        tmp_path: Path) -> None:
    word = letter()
    paragraph = word.paragraph(PROSE)
    word.document.add_comment(paragraph.runs[0], text="Which place? Check the map.",
                              author="Ann Reviewer", initials="AR")
    result = convert(word, tmp_path)
    note = xpath(result, "//t:text//t:note[@type='editorial']")[0]
    assert text_of(note) == "Which place? Check the map."
    assert note.get("place") == "margin"
    author = xpath(result, f"//t:respStmt[@xml:id='{note.get('resp')[1:]}']/t:name")
    assert [a.text for a in author] == ["Ann Reviewer"]
    revision = xpath(result, f"//t:revisionDesc/t:change[@xml:id='{note.get('change')[1:]}']")
    assert revision[0].get("who") == note.get("resp")


def test_a_comment_on_a_word_leaves_the_word_whole_for_the_words_check(tmp_path: Path) -> None:
    """A comment anchored right after a word (`Chinese`, then `A comment.`): the words check
    reads them apart, as the page shows them (it reported `chinese` lost and `chinesea`
    added)."""
    word = letter()
    paragraph = word.paragraph("The Chinese")
    word.document.add_comment(paragraph.runs[0], text="A comment.", author="Ann Reviewer")
    paragraph.add_run(" delegation met the Korean side at the appointed place today.")
    result = convert(word, tmp_path)
    assert xpath(result, "count(//t:note[@type='editorial'][@place='margin'])") == 1
    assert not result.warnings


def test_an_endnote_on_a_word_leaves_the_word_whole_for_the_words_check(tmp_path: Path) -> None:
    """An endnote referenced right after a word (`Chinese`, then `An endnote.`): written back
    as a footnote is, its mark there and its text after the paragraph, so the words check reads
    them apart (it reported `chinese` lost and `chinesean` added)."""
    word = letter()
    paragraph = word.paragraph("The Chinese")
    word.note(paragraph, "An endnote.", kind="endnote")
    paragraph.add_run(" delegation met the Korean side at the appointed place today.")
    result = convert(word, tmp_path)
    assert xpath(result, "count(//t:p/t:note[@place='end'])") == 1
    assert not result.warnings


# --- tracked changes ----------------------------------------------------------------------


def test_tracked_insertions_and_deletions_become_add_and_del(tmp_path: Path) -> None:
    word = letter()
    paragraph = word.paragraph(PROSE)
    word.tracked(paragraph, " They agreed.", author="Jane Editor", date="2024-03-05T10:20:00Z")
    word.tracked(paragraph, " They quarrelled.", deleted=True, author="Bob",
                 date="2024-03-06T08:00:00Z")
    result = convert(word, tmp_path)
    added, deleted = xpath(result, "//t:text//t:add")[0], xpath(result, "//t:text//t:del")[0]
    assert text_of(added) == " They agreed."
    assert text_of(deleted) == " They quarrelled."
    changes = {c.get(XML_ID): c for c in xpath(result, "//t:revisionDesc/t:change")}
    assert changes[added.get("change")[1:]].get("when") == "2024-03-05T10:20:00Z"
    assert changes[deleted.get("change")[1:]].get("when") == "2024-03-06T08:00:00Z"
    names = {r.get(XML_ID): r.findtext(f"{{{TEI_NS}}}name") for r in xpath(result, "//t:respStmt")}
    assert names[added.get("resp")[1:]] == "Jane Editor"
    assert names[deleted.get("resp")[1:]] == "Bob"


def test_deleted_text_stands_aside_from_the_conventions(tmp_path: Path) -> None:
    """`met <del>Chou</del> [Beijing]`: the bracket reads on the text as it stands, so the
    deletion is not taken for a name that the bracket identifies."""
    word = letter()
    paragraph = word.paragraph(PROSE + " They met ")
    word.tracked(paragraph, "Chou", deleted=True)
    paragraph.add_run(" [Beijing] officials.")
    result = convert(word, tmp_path)
    assert xpath(result, "count(//t:text//t:orig)") == 0
    assert xpath(result, "string(//t:text//t:del)") == "Chou"
    assert xpath(result, "string(//t:text//t:del/following-sibling::*[1]//t:reg)") == "Beijing"


@pytest.mark.referee
def test_changes_and_formatting_inside_names_are_valid_tei(tmp_path: Path, jing) -> None:
    word = letter()
    paragraph = word.paragraph(PROSE + " He and ")
    paragraph.add_run("Mao").bold = True
    paragraph.add_run(" [Zedong] met Kim Il ")
    word.tracked(paragraph, "Chou", deleted=True)
    paragraph.add_run("[Sung] at [Beij")
    word.tracked(paragraph, "ing]", author="Bob")
    paragraph.add_run(" today.")
    result = convert(word, tmp_path)
    assert xpath(result, "string(//t:persName/t:hi[@rend='bold'])") == "Mao"
    assert xpath(result, "string(//t:choice/t:orig/t:del)") == "Chou"
    assert xpath(result, "string(//t:placeName/t:reg/t:add)") == "ing"
    done = jing([assert_house_valid(result, tmp_path)])
    assert done.returncode == 0, done.stdout


# --- tables -------------------------------------------------------------------------------


def test_tables_become_table_row_cell_with_spans_and_header_rows(tmp_path: Path) -> None:
    word = letter()
    word.paragraph(PROSE)
    table = word.document.add_table(rows=3, cols=3)
    for column, heading in enumerate(("Name", "Place", "Date")):
        table.cell(0, column).text = heading
    table.rows[0]._tr.get_or_add_trPr().append(etree.Element(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader"))
    table.cell(1, 0).text = "Kim Il Sung"
    table.cell(1, 1).merge(table.cell(1, 2)).text = "Pyongyang [Korea]"
    table.cell(2, 0).merge(table.cell(1, 0))
    table.cell(2, 1).text = "Kaesong"
    table.cell(2, 2).text = "1951"
    word.paragraph(PROSE)
    result = convert(word, tmp_path)
    rows = xpath(result, "//t:text//t:table/t:row")
    cells = [[(text_of(c), c.get("cols"), c.get("rows")) for c in row] for row in rows]
    assert cells == [
        [("Name", None, None), ("Place", None, None), ("Date", None, None)],
        [("Kim Il Sung", None, "2"), ("Pyongyang Korea", "2", None)],
        [("Kaesong", None, None), ("1951", None, None)],
    ]
    assert rows[0].get("role") == "label"
    assert xpath(result, "string(//t:table//t:cell//t:reg)") == "Korea"
    assert xpath(result, "count(//t:table/preceding-sibling::t:p)") == 1


# --- styles and formatting ----------------------------------------------------------------


def test_heading_styles_become_heads(tmp_path: Path) -> None:
    word = letter()
    word.paragraph("Report on the talks", "Title")
    word.paragraph(PROSE)
    word.paragraph("Relations", "Heading 2")
    word.paragraph(PROSE)
    result = convert(word, tmp_path)
    assert [h.text for h in xpath(result, "//t:text//t:head")] == [
        "Report on the talks", "Relations"]
    assert xpath(result, "string(//t:div[@type='section']/t:head)") == "Relations"


def test_styles_based_on_headings_and_outline_levels_are_headings(tmp_path: Path) -> None:
    word = letter()
    styles = word.document.styles
    custom = styles.add_style("Report Heading", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = styles["Heading 2"]
    word.paragraph("Political attitudes", "Report Heading")
    word.paragraph(PROSE)
    outlined = word.paragraph("Relations")
    properties = outlined._p.get_or_add_pPr()
    level = etree.SubElement(properties, qn("w:outlineLvl"))
    level.set(qn("w:val"), "1")
    word.paragraph(PROSE)
    result = convert(word, tmp_path)
    assert [h.text for h in xpath(result, "//t:text//t:head")] == [
        "Political attitudes", "Relations"]


@pytest.mark.parametrize(("attribute", "rend"), [
    ("bold", "bold"), ("italic", "italic"), ("underline", "underline"),
    ("font.superscript", "superscript"), ("font.subscript", "subscript"),
    ("font.small_caps", "smallcaps"),
])
def test_character_formatting_becomes_hi_with_rend(tmp_path: Path, attribute: str,
                                                   rend: str) -> None:
    word = letter()
    paragraph = word.paragraph(PROSE + " It was ")
    run = paragraph.add_run("marked")
    target, _, name = attribute.rpartition(".")
    setattr(run.font if target else run, name,
            WD_UNDERLINE.SINGLE if name == "underline" else True)
    paragraph.add_run(" here.")
    result = convert(word, tmp_path)
    assert [(h.get("rend"), h.text) for h in xpath(result, "//t:text//t:hi")] == [
        (rend, "marked")]
    assert_house_valid(result, tmp_path)


def test_formatting_nests_with_brackets(tmp_path: Path) -> None:
    """A bold run inside a bracket, a bold run over a whole bracket, a bracket across runs."""
    word = letter()
    paragraph = word.paragraph(PROSE + " They wanted [to ")
    paragraph.add_run("put").bold = True
    paragraph.add_run("] pressure on the other side, ")
    paragraph.add_run("said [Li An Muk] twice").italic = True
    paragraph.add_run(", and the [poli")
    paragraph.add_run("tical] prestige.").bold = True
    result = convert(word, tmp_path)
    supplied = xpath(result, "//t:text//t:supplied")
    assert [text_of(s) for s in supplied] == ["to put", "political"]
    assert [(h.get("rend"), h.text) for h in supplied[0].iter(f"{{{TEI_NS}}}hi")] == [
        ("bold", "put")]
    assert [h.text for h in supplied[1].iter(f"{{{TEI_NS}}}hi")] == ["tical"]
    italic = xpath(result, "//t:hi[@rend='italic']")[0]
    assert text_of(italic) == "said Li An Muk twice"
    assert italic.xpath("count(.//t:reg)", namespaces=NS) == 1
    assert_house_valid(result, tmp_path)


# --- page breaks --------------------------------------------------------------------------


def test_page_breaks_become_pb_inside_and_between_paragraphs(tmp_path: Path) -> None:
    word = letter()
    paragraph = word.paragraph(PROSE + " The response of the press to the")
    word.page_break(paragraph)
    paragraph.add_run("armistice was widely reproduced.")
    word.page_break(word.paragraph())
    word.paragraph(PROSE)
    result = convert(word, tmp_path)
    first, second = xpath(result, "//t:text//t:p")[:2]
    assert first.xpath("string(t:pb/preceding-sibling::text()[1])", namespaces=NS).endswith(
        "to the")
    assert first.xpath("string(t:pb/following-sibling::text()[1])", namespaces=NS) == (
        "armistice was widely reproduced.")
    assert second.xpath("count(t:pb)", namespaces=NS) == 1
    assert xpath(result, "count(//t:text//t:pb)") == 2


def test_last_rendered_page_breaks_are_not_page_breaks(tmp_path: Path) -> None:
    word = letter()
    paragraph = word.paragraph(PROSE)
    paragraph.runs[0]._r.insert(0, etree.Element(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lastRenderedPageBreak"))
    assert xpath(convert(word, tmp_path), "count(//t:text//t:pb)") == 0


# --- metadata -----------------------------------------------------------------------------


def test_metadata_from_properties_then_sidecar_then_options(tmp_path: Path) -> None:
    word = letter()
    word.document.core_properties.subject = "Report on the talks"
    word.document.core_properties.author = "V. Razuvayev"
    word.paragraph(PROSE)
    sidecar = tmp_path / "meta.toml"
    sidecar.write_text('title = "From the sidecar"\noriginal_language = "Russian"\n',
                       encoding="utf-8")
    result = convert(word, tmp_path, meta_file=sidecar,
                     overrides={"original_language": "Chinese"})
    assert xpath(result, "string(//t:titleStmt/t:title)") == "From the sidecar"
    assert xpath(result, "string(//t:creation/t:date/@when)") == "1951-09-10"
    assert xpath(result, "string(//t:abstract/t:p)") == "Report on the talks"
    assert xpath(result, "string(//t:titleStmt/t:author)") == "V. Razuvayev"
    assert xpath(result, "string(//t:textLang/@mainLang)") == "zh"


@pytest.mark.parametrize(("tag", "code"), [("ru-RU", "ru"), ("de", "de"), ("x-klingon", "")])
def test_the_language_property_gives_the_original_language(tmp_path: Path, tag: str,
                                                           code: str) -> None:
    word = letter()
    word.document.core_properties.language = tag
    word.paragraph(PROSE)
    result = convert(word, tmp_path)
    assert xpath(result, "string(//t:textLang/@mainLang)") == code
    assert_house_valid(result, tmp_path)


def test_a_missing_title_is_an_error_naming_the_field(tmp_path: Path) -> None:
    word = WordFile()
    word.paragraph(PROSE)
    with pytest.raises(MetadataError, match="'title'"):
        convert(word, tmp_path)


# --- validity -----------------------------------------------------------------------------


@pytest.mark.referee
def test_every_feature_together_is_valid_tei(tmp_path: Path, jing) -> None:
    word = letter()
    word.paragraph("Report", "Heading 1")
    paragraph = word.paragraph(PROSE + " At [Beijing]")
    paragraph.add_run(" the Chinese").bold = True
    word.note(paragraph, "A footnote.")
    word.note(paragraph, "An endnote.", kind="endnote")
    word.tracked(paragraph, " agreed", author="Jane Editor")
    word.tracked(paragraph, " refused", deleted=True, author="Jane Editor")
    word.page_break(paragraph)
    paragraph.add_run("on the next page.")
    word.document.add_comment(paragraph.runs[0], text="A comment.", author="Ann Reviewer")
    table = word.document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "a", "b"
    word.paragraph(PROSE)
    path = assert_house_valid(convert(word, tmp_path), tmp_path)
    done = jing([path])
    assert done.returncode == 0, done.stdout


# --- packages that are not readable Word files (the four cases of the CLI test, and more) ---


def _package(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _members(tmp_path: Path) -> dict[str, bytes]:
    word = letter()
    word.paragraph(PROSE)
    with zipfile.ZipFile(word.save(tmp_path / "good.docx")) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_another_office_package_is_not_a_word_document(tmp_path: Path) -> None:
    members = _members(tmp_path)
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main", b"spreadsheetml.sheet.main")
    with pytest.raises(InputError, match=r"not a Word document: its main part is .*spreadsheet"):
        open_package(_package(members), "book.docx")


def test_a_malformed_part_is_named(tmp_path: Path) -> None:
    members = _members(tmp_path)
    members["word/document.xml"] = members["word/document.xml"][:-40]
    with pytest.raises(InputError, match="malformed part"):
        open_package(_package(members), "broken.docx")


def test_a_drawing_with_no_picture_and_no_text_is_reported_as_left_out(tmp_path: Path) -> None:
    # (a chart or a diagram: neither a picture nor a text box to keep)
    word = letter()
    word.paragraph(PROSE)
    image = word.document.add_paragraph().add_run()
    image._r.append(etree.Element(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}drawing"))
    result = convert(word, tmp_path)
    assert [d.message for d in result.warnings] == [
        "1 drawing(s) left out (a chart, a diagram, a shape with no text, a picture the file "
        "does not hold or a deleted one): teikit keeps text and pictures"]


def test_an_empty_text_box_gives_nothing_and_no_warning(tmp_path: Path) -> None:
    word = letter()
    word.paragraph(PROSE)
    run = word.document.add_paragraph().add_run()
    drawing = etree.SubElement(run._r, qn("w:drawing"))
    etree.SubElement(etree.SubElement(drawing, qn("w:txbxContent")), qn("w:p"))
    result = convert(word, tmp_path)
    assert not result.warnings
    assert not xpath(result, "//t:note")


def test_an_embedded_part_word_merges_on_opening_is_reported(tmp_path: Path) -> None:
    """`w:altChunk` (HTML, RTF or another Word file some programs embed, which Word merges
    into the text when it opens the file) holds no text of the file's: reported, and a file
    that holds nothing else is refused saying so (it was dropped unseen, or the file said to
    have no text)."""
    word = letter()
    word.paragraph(PROSE)
    etree.SubElement(word.document.element.body, qn("w:altChunk")).set(qn("r:id"), "rId99")
    result = convert(word, tmp_path)
    assert [d.message.split(" (")[0] for d in result.warnings] == [
        "1 embedded part(s) left out"]
    empty = letter()
    etree.SubElement(empty.document.element.body, qn("w:altChunk")).set(qn("r:id"), "rId99")
    with pytest.raises(InputError, match="no text of its own, only 1 embedded part"):
        convert(empty, tmp_path)


def test_a_package_that_would_unpack_to_far_more_than_its_size_is_refused(
        tmp_path: Path) -> None:
    """A ZIP bomb: 100 MB of zeros in a part, packed into about 100 KB. python-docx would
    read it whole into memory (a real one unpacks to gigabytes)."""
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as packed:
        for name, content in _members(tmp_path).items():
            packed.writestr(name, content)
        with packed.open("word/media/padding.bin", "w") as padding:
            for _ in range(100):
                padding.write(bytes(1024 * 1024))
    assert bomb.stat().st_size < 200_000
    with pytest.raises(InputError, match=r"would unpack to 10\d,\d{3},\d{3} bytes, \d+ times "
                                         r"its size .*: a damaged or hostile file, refused"):
        open_package(bomb.read_bytes(), str(bomb))
    result = CliRunner().invoke(main, ["convert", str(bomb), "-o", str(tmp_path / "b.xml")])
    assert result.exit_code == 1
    assert f"{bomb}: the DOCX package would unpack to" in result.output
    assert not (tmp_path / "b.xml").exists()


def test_a_package_with_images_is_not_taken_for_a_bomb(tmp_path: Path) -> None:
    """Images do not compress: a large package of them unpacks to about its own size."""
    members = _members(tmp_path)
    members["word/media/scan.bin"] = os.urandom(3 * 1024 * 1024)
    assert open_package(_package(members), "scans.docx").document is not None


def test_a_part_the_package_names_but_lacks_is_reported_and_the_text_read(
        tmp_path: Path) -> None:
    # (a tool that left a picture, or the notes, out of the archive: python-docx refuses the
    # whole package at the first part it cannot find)
    word = letter()
    word.paragraph("Before the picture. " + PROSE).add_run().add_picture(io.BytesIO(_PIXEL))
    word.note(word.paragraph("A paragraph with a note"), "The note.")
    members = {name: content for name, content in _zip_members(word.save(tmp_path / "a.docx"))
               if not name.startswith("word/media/") and name != "word/footnotes.xml"}
    path = tmp_path / "damaged.docx"
    path.write_bytes(_package(members))
    result = convert_file(path)
    assert "Before the picture." in text_of(xpath(result, "//t:text")[0])
    assert xpath(result, "//t:figure | //t:note[@place='foot']") == []
    missing = [w.message for w in result.warnings if "does not hold" in w.message
               and w.message.startswith("the package")]
    assert missing == ["the package names 2 part(s) it does not hold (word/footnotes.xml, "
                       "word/media/image1.png): read without them"]
    assert "1 footnote reference(s) to footnotes the file does not hold left out" in [
        w.message for w in result.warnings]


def test_a_reference_to_a_note_the_file_does_not_hold_is_reported(tmp_path: Path) -> None:
    word = letter()
    paragraph = word.paragraph(PROSE)
    word.note(paragraph, "The note.")
    word.note(paragraph, "A second note.", kind="endnote")
    reference = etree.SubElement(etree.SubElement(paragraph._p, qn("w:r")),
                                 qn("w:footnoteReference"))
    reference.set(qn("w:id"), "99")
    result = convert(word, tmp_path)
    assert [text_of(n) for n in xpath(result, "//t:note[@place='foot']")] == ["The note."]
    assert [w.message for w in result.warnings] == [
        "1 footnote reference(s) to footnotes the file does not hold left out"]


def test_a_package_without_its_main_part_is_still_refused(tmp_path: Path) -> None:
    members = _members(tmp_path)
    del members["word/document.xml"]
    with pytest.raises(InputError, match="no main document part"):
        open_package(_package(members), "empty.docx")


# A 1×1 PNG.
_PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478"
    "9c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082")


def _zip_members(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(name, archive.read(name)) for name in archive.namelist()]


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _alternate_text_box(parent: etree._Element) -> None:
    """A text box as Word 2010 and later write it: a drawing in the first choice of an
    `mc:AlternateContent`, an older picture in its fallback."""
    alternate = etree.SubElement(parent, f"{{{_MC}}}AlternateContent", nsmap={"mc": _MC})
    choice = etree.SubElement(alternate, f"{{{_MC}}}Choice", Requires="wps")
    drawing = etree.SubElement(choice, qn("w:drawing"))
    box = etree.SubElement(etree.SubElement(drawing, qn("w:txbxContent")), qn("w:p"))
    etree.SubElement(etree.SubElement(box, qn("w:r")), qn("w:t")).text = "Seen by Molotov"
    fallback = etree.SubElement(alternate, f"{{{_MC}}}Fallback")
    etree.SubElement(fallback, qn("w:pict"))


def test_a_text_box_is_a_note_in_the_margin_where_it_is_anchored(tmp_path: Path) -> None:
    """Word 2010's text box sits in an `mc:AlternateContent` (in a run or among the runs):
    its first choice is read, once, as a note in the margin at its anchor (in a paragraph of
    its own, at the next paragraph's start); its words were dropped with a warning."""
    word = letter()
    word.paragraph(PROSE)
    _alternate_text_box(word.document.add_paragraph().add_run()._r)
    _alternate_text_box(word.document.add_paragraph(PROSE + " A note on the margin.")._p)
    result = convert(word, tmp_path)
    assert not result.warnings
    paragraphs = xpath(result, "//t:body//t:p")
    notes = [n for p in paragraphs for n in p.iterfind("t:note[@place='margin']", NS)]
    assert [text_of(n) for n in notes] == ["Seen by Molotov", "Seen by Molotov"]
    assert text_of(paragraphs[-1]).startswith("Seen by Molotov" + PROSE[:20])
    assert_house_valid(result, tmp_path)


def test_a_symbol_fonts_character_is_reported_where_it_stands(tmp_path: Path) -> None:
    """`w:sym` (Insert Symbol from Symbol or Wingdings) has no Unicode character to keep: it
    is reported with the paragraph it stands in (it was dropped without a word)."""
    word = letter()
    word.paragraph(PROSE)
    run = word.document.add_paragraph("Agreed ").add_run()
    symbol = etree.SubElement(run._r, qn("w:sym"))
    symbol.set(qn("w:font"), "Wingdings")
    symbol.set(qn("w:char"), "F0FC")
    result = convert(word, tmp_path)
    (warning,) = [d for d in result.warnings if "symbol font" in d.message]
    assert warning.message.startswith("1 character(s) inserted from a symbol font left out")
    assert warning.location is not None and warning.location.line == 2
