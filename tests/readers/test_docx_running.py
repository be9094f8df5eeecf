"""A Word file's headers and footers: the ones Word prints become `fw` before and after the
text, each part once, with the pages it is printed on; their words are kept."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn
from lxml import etree
from readers.docx_builder import WordFile
from readers.test_docx import PROSE, assert_house_valid, convert, letter, text_of, xpath

from teikit.profiles import load_profile
from teikit.readers.docx import read_docx_document
from teikit.readers.docx_package import open_package, running_parts

FW = "//t:div[@type='document']/t:fw"


def _letter_with_header(header: str, footer: str) -> WordFile:
    word = letter()
    word.paragraph(PROSE)
    section = word.document.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer
    return word


def test_the_header_and_footer_frame_the_text(tmp_path: Path, jing) -> None:
    result = convert(_letter_with_header("TOP SECRET", "Copy No. 3"), tmp_path)
    div = xpath(result, "//t:div[@type='document']")[0]
    first, last = div[0], div[-1]
    assert (first.get("type"), first.get("place"), text_of(first)) == ("header", "top",
                                                                       "TOP SECRET")
    assert (last.get("type"), last.get("place"), text_of(last)) == ("footer", "bottom",
                                                                    "Copy No. 3")
    assert first.get("subtype") is None
    assert not [w for w in result.warnings if w.code == "lost-words"]
    path = assert_house_valid(result, tmp_path)
    done = jing([path])
    assert done.returncode == 0, done.stdout


def test_a_headers_brackets_follow_the_conventions(tmp_path: Path) -> None:
    result = convert(_letter_with_header("[handwritten:] No. 17", "[illegible]"), tmp_path)
    assert xpath(result, f"{FW}[@type='header']/t:add")
    assert xpath(result, f"{FW}[@type='footer']/t:gap")
    assert_house_valid(result, tmp_path)


def test_a_first_page_header_counts_only_when_the_section_asks_for_it(tmp_path: Path) -> None:
    word = _letter_with_header("– 2 –", "")
    section = word.document.sections[0]
    section.first_page_header.paragraphs[0].text = "Copy No. 1"
    assert [fw.get("subtype") for fw in xpath(convert(word, tmp_path), FW)] == [None]
    section.different_first_page_header_footer = True
    found = xpath(convert(word, tmp_path), FW)
    assert [(fw.get("subtype"), text_of(fw)) for fw in found] == [
        ("first-page", "Copy No. 1"), (None, "– 2 –")]


def test_odd_and_even_pages_headers_say_their_pages(tmp_path: Path) -> None:
    word = _letter_with_header("Odd", "")
    word.document.sections[0].even_page_header.paragraphs[0].text = "Even"
    assert [text_of(fw) for fw in xpath(convert(word, tmp_path), FW)] == ["Odd"]
    word.document.settings.odd_and_even_pages_header_footer = True
    found = xpath(convert(word, tmp_path), FW)
    assert sorted((fw.get("subtype"), text_of(fw)) for fw in found) == [
        ("even-pages", "Even"), ("odd-pages", "Odd")]
    assert_house_valid(convert(word, tmp_path), tmp_path)


def test_a_header_linked_to_the_previous_sections_is_read_once(tmp_path: Path) -> None:
    word = _letter_with_header("SECRET", "")
    word.document.add_section()
    word.paragraph(PROSE)
    assert [text_of(fw) for fw in xpath(convert(word, tmp_path), FW)] == ["SECRET"]
    word.document.sections[1].header.is_linked_to_previous = False
    word.document.sections[1].header.paragraphs[0].text = "SECRET (annex)"
    assert [text_of(fw) for fw in xpath(convert(word, tmp_path), FW)] == [
        "SECRET", "SECRET (annex)"]


def test_empty_headers_give_nothing(tmp_path: Path) -> None:
    word = letter()
    word.paragraph(PROSE)
    word.document.sections[0].header.is_linked_to_previous = False  # an empty header part
    path = word.save(tmp_path / "empty.docx")
    assert running_parts(open_package(path.read_bytes(), "empty.docx").document)
    assert not xpath(convert(word, tmp_path), FW)


def test_the_words_check_asks_for_the_headers_words(tmp_path: Path) -> None:
    path = _letter_with_header("TOP SECRET", "Copy No. 3").save(tmp_path / "header.docx")
    document = read_docx_document(path.read_bytes(), source_name="header.docx",
                                  profile=load_profile("wilson"))
    assert document.source_words is not None
    assert {"top", "secret", "copy", "3"} <= set(document.source_words)


def test_a_header_reference_to_no_part_is_passed_over(tmp_path: Path) -> None:
    """A section naming a relationship the package lacks (a damaged or hostile file): no
    header, no error."""
    word = _letter_with_header("TOP SECRET", "")
    section = word.document.sections[0]._sectPr
    reference = etree.SubElement(section, qn("w:headerReference"))
    reference.set(qn("w:type"), "even")
    reference.set(qn("r:id"), "rId404")
    word.document.settings.odd_and_even_pages_header_footer = True
    assert [text_of(fw) for fw in xpath(convert(word, tmp_path), FW)] == ["TOP SECRET"]
