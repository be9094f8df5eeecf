"""A Word file's pictures: a `figure` where the picture stands (the text, a table, a note, a
header, a text box), the image itself in base64 or its address when the file only links to
it, and the file's description of it, which the words check asks for; what is not a picture
(a chart, a picture the file lacks, a deleted one) is reported."""

from __future__ import annotations

import base64
import io
import struct
import zlib
from pathlib import Path

import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from lxml import etree
from readers.docx_builder import WordFile
from readers.test_docx import PROSE, assert_house_valid, convert, letter, text_of, xpath

from teikit.readers.docx_package import Picture
from teikit.readers.docx_pictures import WordPicture, figure
from teikit.render import render_file

_DRAWING_MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def png(red: int = 255) -> bytes:
    """A 1×1 PNG of one colour (`red` tells two apart)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(bytes([0, red, 0, 0]))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def _describe(run: object, text: str) -> None:
    """Give the picture in python-docx's `run` the alternative text Word's dialog sets."""
    (name,) = run._r.xpath(".//wp:docPr")  # type: ignore[attr-defined]
    name.set("descr", text)


def _image_of(figure_element: etree._Element) -> bytes:
    (data,) = figure_element.xpath("*[local-name()='binaryObject']")
    assert data.get("mimeType") == "image/png"
    return base64.b64decode(data.text)


def _in_a_box(paragraph: object) -> etree._Element:
    """A text box in a new run of `paragraph`, empty: its paragraph, to put a picture in."""
    run = etree.SubElement(paragraph._p, qn("w:r"))  # type: ignore[attr-defined]
    box = etree.SubElement(etree.SubElement(run, qn("w:drawing")), qn("w:txbxContent"))
    return etree.SubElement(box, qn("w:p"))


def _picture_run(word: object) -> etree._Element:
    """A run showing a picture, made by python-docx in a paragraph of its own, taken out."""
    made = word.document.add_paragraph()  # type: ignore[attr-defined]
    made.add_run().add_picture(io.BytesIO(png()))
    run = made._p[-1]
    made._p.getparent().remove(made._p)
    return run


def test_a_picture_in_a_sentence_stands_where_it_is_with_its_image(tmp_path: Path) -> None:
    word = letter()
    paragraph = word.paragraph("The stamp reads ")
    paragraph.add_run().add_picture(io.BytesIO(png()))
    paragraph.add_run(" and the text goes on. " + PROSE)
    result = convert(word, tmp_path)
    (found,) = xpath(result, "//t:text//t:figure")
    assert found.getparent().tag.endswith("}p")
    assert found.xpath("string(preceding-sibling::text()[1])").endswith("The stamp reads ")
    assert found.tail.startswith(" and the text goes on.")
    assert _image_of(found) == png()
    assert found.xpath("*[local-name()='figDesc']") == []
    assert result.phenomena["picture"] == 1
    assert not result.warnings
    assert_house_valid(result, tmp_path)


def _stamped_letter(description: str) -> WordFile:
    """A letter, then a picture of a stamp described so in a paragraph of its own, then more
    text."""
    word = letter()
    word.paragraph(PROSE)
    run = word.document.add_paragraph().add_run()
    run.add_picture(io.BytesIO(png()))
    _describe(run, description)
    word.paragraph("After the stamp, the report.")
    return word


def test_the_description_is_the_figures_and_its_words_are_asked_for(tmp_path: Path,
                                                                   jing) -> None:
    result = convert(_stamped_letter("Stamp of the Ministry, dated 12 May 1962"), tmp_path)
    (found,) = xpath(result, "//t:text//t:figure")
    (description,) = found.xpath("*[local-name()='figDesc']")
    assert description.text == "Stamp of the Ministry, dated 12 May 1962"
    # (the picture alone in its paragraph goes with the text after it, as a page break does)
    assert text_of(found.getparent()).endswith("After the stamp, the report.")
    # The date in the description is no date of the text, nor are the base64's letters words.
    assert found.xpath(".//*[local-name()='date']") == []
    assert not result.warnings
    path = assert_house_valid(result, tmp_path)
    done = jing([path])
    assert done.returncode == 0, done.stdout


def test_each_part_finds_its_own_pictures(tmp_path: Path) -> None:
    # A header, a table's cell and the body number their relationships each on their own:
    # the header's first picture is not the body's.
    word = letter()
    word.paragraph(PROSE).add_run().add_picture(io.BytesIO(png(10)))
    cell = word.document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("Seal: ")
    cell.paragraphs[0].add_run().add_picture(io.BytesIO(png(20)))
    header = word.document.sections[0].header.paragraphs[0]
    header.add_run("SECRET ")
    header.add_run().add_picture(io.BytesIO(png(30)))
    result = convert(word, tmp_path)
    body, in_cell = (xpath(result, f"//t:{where}//t:figure")[0] for where in ("p", "cell"))
    (in_header,) = xpath(result, "//t:fw[@type='header']/t:figure")
    assert [_image_of(f) for f in (body, in_cell, in_header)] == [png(10), png(20), png(30)]
    assert not result.warnings
    assert_house_valid(result, tmp_path)


def test_a_picture_in_a_text_box_is_in_its_note_once(tmp_path: Path) -> None:
    word = letter()
    inner = _in_a_box(word.paragraph(PROSE))
    etree.SubElement(etree.SubElement(inner, qn("w:r")), qn("w:t")).text = "Received"
    inner.append(_picture_run(word))
    result = convert(word, tmp_path)
    (note,) = xpath(result, "//t:p/t:note[@place='margin']")
    assert note.text == "Received"
    assert len(xpath(result, "//t:text//t:figure")) == 1
    assert note.xpath("count(.//*[local-name()='figure'])") == 1
    assert not result.warnings
    assert_house_valid(result, tmp_path)


def _blip_run(attribute: str, ident: str) -> etree._Element:
    """A run whose drawing shows the picture of relationship `ident` (`embed` or `link`)."""
    run = etree.Element(qn("w:r"))
    blip = etree.SubElement(etree.SubElement(run, qn("w:drawing")),
                            f"{{{_DRAWING_MAIN}}}blip")
    blip.set(f"{{{_RELATIONSHIPS}}}{attribute}", ident)
    return run


def test_a_picture_the_file_links_to_is_its_address(tmp_path: Path) -> None:
    word = letter()
    paragraph = word.paragraph(PROSE)
    ident = word.document.part.relate_to("https://example.org/scans/page 1.png",
                                         RELATIONSHIP_TYPE.IMAGE, is_external=True)
    paragraph._p.append(_blip_run("link", ident))
    result = convert(word, tmp_path)
    (graphic,) = xpath(result, "//t:figure/t:graphic")
    assert (graphic.get("url"), graphic.get("mimeType")) == (
        "https://example.org/scans/page%201.png", "image/png")
    assert not result.warnings
    assert_house_valid(result, tmp_path)


def test_a_picture_the_file_does_not_hold_is_reported(tmp_path: Path) -> None:
    word = letter()
    word.paragraph(PROSE)._p.append(_blip_run("embed", "rId999"))
    result = convert(word, tmp_path)
    assert xpath(result, "//t:figure") == []
    assert [w.message.split(" (")[0] for w in result.warnings] == ["1 drawing(s) left out"]


def test_an_older_word_files_picture_and_its_description(tmp_path: Path) -> None:
    # VML, as Word 2003 wrote pictures (and Word still writes some objects' previews).
    word = letter()
    paragraph = word.paragraph(PROSE)
    ident = word.document.part.get_or_add_image(io.BytesIO(png()))[0]
    run = etree.SubElement(paragraph._p, qn("w:r"))
    vml = "urn:schemas-microsoft-com:vml"
    shape = etree.SubElement(etree.SubElement(run, qn("w:pict")), f"{{{vml}}}shape")
    shape.set("alt", "Signature of the ambassador")
    etree.SubElement(shape, f"{{{vml}}}imagedata").set(f"{{{_RELATIONSHIPS}}}id", ident)
    result = convert(word, tmp_path)
    (found,) = xpath(result, "//t:text//t:figure")
    assert _image_of(found) == png()
    assert text_of(found.xpath("*[local-name()='figDesc']")[0]) == "Signature of the ambassador"
    assert not result.warnings


def test_a_deleted_picture_is_reported_not_kept(tmp_path: Path) -> None:
    word = letter()
    deletion = etree.SubElement(word.paragraph(PROSE)._p, qn("w:del"))
    deletion.set(qn("w:author"), "Jane Editor")
    deletion.append(_picture_run(word))
    result = convert(word, tmp_path)
    assert xpath(result, "//t:figure") == []
    assert [w.message.split(" (")[0] for w in result.warnings] == ["1 drawing(s) left out"]


def test_a_media_type_tei_cannot_take_is_named_as_data() -> None:
    made = figure(WordPicture(Picture("image/png; q=1", b"x", "/word/media/a.png"), ""), 0)
    assert made.children[0].attrs == {"mimeType": "image/png"}
    made = figure(WordPicture(Picture("not a type", b"x", "/word/media/a.bin"), ""), 0)
    assert made.children[0].attrs == {"mimeType": "application/octet-stream"}


def test_the_page_shows_the_picture_from_its_own_data(tmp_path: Path) -> None:
    path = tmp_path / "letter.xml"
    path.write_bytes(convert(_stamped_letter("Stamp of the Ministry"), tmp_path).to_bytes())
    page = etree.HTML(render_file(path))
    images = page.xpath("//img[@class='picture']")
    assert images, "no picture shown"
    assert {i.get("alt") for i in images} == {"Stamp of the Ministry"}
    assert {i.get("src") for i in images} == {
        "data:image/png;base64," + base64.b64encode(png()).decode("ascii")}


_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def _picture_element(parent: etree._Element, ident: str, description: str) -> None:
    """A DrawingML picture (`pic:pic`) of relationship `ident` with its own description."""
    picture = etree.SubElement(parent, f"{{{_PIC}}}pic")
    name = etree.SubElement(etree.SubElement(picture, f"{{{_PIC}}}nvPicPr"), f"{{{_PIC}}}cNvPr")
    name.set("descr", description)
    fill = etree.SubElement(picture, f"{{{_PIC}}}blipFill")
    etree.SubElement(fill, f"{{{_DRAWING_MAIN}}}blip").set(f"{{{_RELATIONSHIPS}}}embed", ident)


def _drawing(paragraph: object, description: str) -> etree._Element:
    """A drawing in a new run of `paragraph`, described as Word's dialog does; its inline
    frame, to put pictures in."""
    run = etree.SubElement(paragraph._p, qn("w:r"))  # type: ignore[attr-defined]
    inline = etree.SubElement(etree.SubElement(run, qn("w:drawing")), f"{{{_WP}}}inline")
    etree.SubElement(inline, f"{{{_WP}}}docPr").set("descr", description)
    return inline


def test_a_pictures_alternative_text_is_its_drawings(tmp_path: Path) -> None:
    # (pandoc, as Word's dialog, sets the drawing's; the picture's own holds the file's name)
    word = letter()
    paragraph = word.paragraph(PROSE)
    ident = word.document.part.get_or_add_image(io.BytesIO(png()))[0]
    _picture_element(_drawing(paragraph, "Stamp of the embassy"), ident, "scan-17.png")
    result = convert(word, tmp_path)
    assert [d.text for d in xpath(result, "//t:figure/t:figDesc")] == ["Stamp of the embassy"]
    assert not result.warnings


def test_a_groups_pictures_each_have_their_own_description(tmp_path: Path) -> None:
    word = letter()
    paragraph = word.paragraph(PROSE)
    first = word.document.part.get_or_add_image(io.BytesIO(png(1)))[0]
    second = word.document.part.get_or_add_image(io.BytesIO(png(2)))[0]
    group = etree.SubElement(_drawing(paragraph, "Two stamps"), f"{{{_DRAWING_MAIN}}}graphic")
    _picture_element(group, first, "Received")
    _picture_element(group, second, "Registered")
    result = convert(word, tmp_path)
    figures = xpath(result, "//t:text//t:figure")
    assert [(_image_of(f), f.findtext("{*}figDesc")) for f in figures] == [
        (png(1), "Received"), (png(2), "Registered")]
    assert not result.warnings


def test_a_markup_choices_picture_is_read_once(tmp_path: Path) -> None:
    # Word 2010 and later: the drawing in the first choice, the same picture as VML in the
    # fallback for older readers.
    word = letter()
    paragraph = word.paragraph(PROSE)
    ident = word.document.part.get_or_add_image(io.BytesIO(png()))[0]
    compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    run = etree.SubElement(paragraph._p, qn("w:r"))
    alternate = etree.SubElement(run, f"{{{compatibility}}}AlternateContent")
    choice = etree.SubElement(alternate, f"{{{compatibility}}}Choice")
    choice.append(_blip_run("embed", ident)[0])
    fallback = etree.SubElement(alternate, f"{{{compatibility}}}Fallback")
    fallback.append(_blip_run("embed", ident)[0])
    result = convert(word, tmp_path)
    assert len(xpath(result, "//t:text//t:figure")) == 1
    assert not result.warnings


def _picture_in_the_header(word: object) -> None:
    # (a letterhead's emblem: no text in the header)
    header = word.document.sections[0].header  # type: ignore[attr-defined]
    header.paragraphs[0].add_run().add_picture(io.BytesIO(png()))


def _picture_in_a_box(word: object) -> None:
    paragraph = word.document.paragraphs[-1]  # type: ignore[attr-defined]
    _in_a_box(paragraph).append(_picture_run(word))


@pytest.mark.parametrize(("place", "holder"), [
    (_picture_in_the_header, "//t:fw[@type='header']"),
    (_picture_in_a_box, "//t:p/t:note[@place='margin']"),
], ids=["a header", "a text box"])
def test_a_part_of_a_picture_alone_is_kept(tmp_path: Path, place: object, holder: str) -> None:
    """A header, a text box holding a picture and no text: its element holds the picture."""
    word = letter()
    word.paragraph(PROSE)
    place(word)  # type: ignore[operator]
    result = convert(word, tmp_path)
    (held,) = xpath(result, holder)
    assert [_image_of(f) for f in held.xpath("*[local-name()='figure']")] == [png()]
    assert not result.warnings
    assert_house_valid(result, tmp_path)


def test_a_picture_beside_the_boxes_of_a_text_laid_out_in_boxes_is_kept(tmp_path: Path) -> None:
    # The text is all in text boxes, read as the body's paragraphs; the emblem beside them
    # stays.
    word = letter()
    paragraph = word.paragraph()
    paragraph._p.append(_picture_run(word))
    inner = _in_a_box(paragraph)
    etree.SubElement(etree.SubElement(inner, qn("w:r")), qn("w:t")).text = PROSE
    result = convert(word, tmp_path)
    assert [_image_of(f) for f in xpath(result, "//t:text//t:figure")] == [png()]
    assert PROSE in text_of(xpath(result, "//t:text")[0])
    assert not result.warnings
