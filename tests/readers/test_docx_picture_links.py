"""A Word picture that is a link: in a hyperlink, in a `HYPERLINK` field, or linked by its own
properties (Word's "Link" on a picture). The address is kept as a `ref` around the picture's
`figure`, and the reading page makes the picture the link."""

from __future__ import annotations

import io
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from lxml import etree
from readers.test_docx import PROSE, assert_house_valid, convert, letter, xpath
from readers.test_docx_pictures import _WP, _drawing, _picture_element, _picture_run, png

from teikit.render import render_file

_DRAWING_MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _hyperlink(word: object, paragraph: object, url: str) -> etree._Element:
    """An empty hyperlink to `url` at the end of `paragraph`, to put runs in."""
    ident = word.document.part.relate_to(  # type: ignore[attr-defined]
        url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = etree.SubElement(paragraph._p, qn("w:hyperlink"))  # type: ignore[attr-defined]
    link.set(qn("r:id"), ident)
    return link


def _text_run(text: str) -> etree._Element:
    run = etree.Element(qn("w:r"))
    etree.SubElement(run, qn("w:t")).text = text
    return run


def test_a_picture_alone_in_a_hyperlink_is_the_links_content(tmp_path: Path, jing) -> None:
    word = letter()
    word.paragraph(PROSE)
    paragraph = word.paragraph("The map of the region: ")
    _hyperlink(word, paragraph, "https://example.org/maps/region 4.png").append(
        _picture_run(word))
    result = convert(word, tmp_path)
    (ref,) = xpath(result, "//t:text//t:ref")
    assert ref.get("target") == "https://example.org/maps/region%204.png"
    assert [etree.QName(child).localname for child in ref] == ["figure"]
    assert result.phenomena["picture"] == 1
    assert not result.warnings
    done = jing([assert_house_valid(result, tmp_path)])
    assert done.returncode == 0, done.stdout


def test_a_link_of_words_and_a_picture_keeps_the_address_on_both(tmp_path: Path) -> None:
    """`ref` holds the words alone, as any link's; the picture after them is a link of its
    own to the same address: nothing the file links is left unlinked."""
    word = letter()
    paragraph = word.paragraph(PROSE + " The scan is ")
    link = _hyperlink(word, paragraph, "https://example.org/scan")
    link.append(_text_run("in the archive"))
    link.append(_picture_run(word))
    result = convert(word, tmp_path)
    refs = xpath(result, "//t:text//t:ref")
    assert [(r.get("target"), r.text, r.xpath("local-name(*)")) for r in refs] == [
        ("https://example.org/scan", "in the archive", ""),
        ("https://example.org/scan", None, "figure")]
    assert_house_valid(result, tmp_path)


def test_a_pictures_own_link_is_kept_and_a_link_inside_the_file_is_none(
        tmp_path: Path) -> None:
    word = letter()
    word.paragraph(PROSE)
    outside = word.document.part.relate_to("https://example.org/stamp",
                                           RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    for address in (outside, ""):  # (Word's link to a bookmark has no relationship)
        ident = word.document.part.get_or_add_image(io.BytesIO(png()))[0]
        inline = _drawing(word.paragraph("The stamp: "), "Stamp of the embassy")
        click = etree.SubElement(inline.find(f"{{{_WP}}}docPr"), f"{{{_DRAWING_MAIN}}}hlinkClick")
        click.set(qn("r:id"), address)
        _picture_element(inline, ident, "scan-17.png")
    result = convert(word, tmp_path)
    assert [r.get("target") for r in xpath(result, "//t:text//t:ref[t:figure]")] == [
        "https://example.org/stamp"]
    assert len(xpath(result, "//t:text//t:figure")) == 2
    assert_house_valid(result, tmp_path)


def test_a_picture_shown_by_a_hyperlink_field_is_its_link(tmp_path: Path) -> None:
    word = letter()
    word.paragraph(PROSE)
    paragraph = word.paragraph("The seal: ")
    parts = [("begin", None), (None, ' HYPERLINK "https://example.org/seal" '),
             ("separate", None), ("picture", None), ("end", None)]
    for kind, code in parts:
        if kind == "picture":
            paragraph._p.append(_picture_run(word))
            continue
        run = etree.SubElement(paragraph._p, qn("w:r"))
        if code is not None:
            etree.SubElement(run, qn("w:instrText")).text = code
        else:
            etree.SubElement(run, qn("w:fldChar")).set(qn("w:fldCharType"), kind)
    result = convert(word, tmp_path)
    assert [r.get("target") for r in xpath(result, "//t:text//t:ref[t:figure]")] == [
        "https://example.org/seal"]
    assert not result.warnings


def test_the_page_makes_the_picture_the_link_outside_any_html_paragraph(
        tmp_path: Path) -> None:
    word = letter()
    word.paragraph(PROSE)
    paragraph = word.paragraph(PROSE + " The map: ")
    _hyperlink(word, paragraph, "https://example.org/map").append(_picture_run(word))
    path = tmp_path / "letter.xml"
    path.write_bytes(convert(word, tmp_path).to_bytes())
    page = etree.HTML(render_file(path))
    (image,) = page.xpath("//img[@class='picture']")
    link = image.xpath("ancestor::a")
    assert [a.get("href") for a in link] == ["https://example.org/map"]
    assert image.xpath("ancestor::p") == []  # (a figure in a <p> is no HTML)
