"""A page saved as text from the archive's former website: its search box and citation box are
read past, the date, the title the citation quotes, the summary, the citation and the funder
become the header, and the body begins after the box."""

from __future__ import annotations

from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.readers.page_header import parse_page_header

NS = {"t": TEI_NS}

PAGE = """Search in
ADD SEARCH FILTER CANCEL SEARCH FILTER

Digital Archive International History Declassified

March 02, 1961

TELEGRAM FROM THE HUNGARIAN LEGATION IN HANOI

This document was made possible with support from the Leon Levy Foundation

CITATION SHARE DOWNLOAD
  • Citation

    get citation

    The legation reports on the harvest and on the visit of a Chinese delegation.
    "Telegram from the Hungarian Legation in Hanoi," March 02, 1961, MOL, XIX-J-1-j, 001234.
  • share document

    https://digitalarchive.wilsoncenter.org/document/999001

VIEW DOCUMENT IN

English HTML

Telegram No. 42

The Chinese delegation arrived on 28 February and was received by Pham Van Dong.

Szabó
"""


def test_the_header_of_a_page_from_the_former_website() -> None:
    header = parse_page_header(PAGE)
    assert header.date_text is not None and header.date_text.value == "March 02, 1961"
    assert header.date_text.line == 6
    assert header.title is not None and header.title.value == (
        "Telegram from the Hungarian Legation in Hanoi")
    assert header.fields["summary"].value.startswith("The legation reports on the harvest")
    assert header.fields["citation"].value.endswith("MOL, XIX-J-1-j, 001234.")
    assert header.fields["credits"].value.endswith("Leon Levy Foundation")
    assert PAGE[header.body_start:].startswith("Telegram No. 42\n")


def test_such_a_page_converts_with_its_metadata_and_nothing_of_the_site() -> None:
    root = convert_text(PAGE, source_name="legation.txt").tree.getroot()

    def texts(xpath: str) -> list[str]:
        return [" ".join("".join(e.itertext()).split())
                for e in root.xpath(xpath, namespaces=NS)]

    assert texts("//t:titleStmt/t:title[@type='main']") == [
        "Telegram from the Hungarian Legation in Hanoi"]
    assert root.xpath("//t:creation/t:date/@when", namespaces=NS) == ["1961-03-02"]
    assert texts("//t:titleStmt/t:funder") == ["Leon Levy Foundation"]
    body = " ".join("".join(root.find(f"{{{TEI_NS}}}text").itertext()).split())
    assert body.startswith("Telegram No. 42") and body.endswith("Szabó")
    assert "get citation" not in etree.tostring(root, encoding="unicode")


def test_a_text_that_only_begins_with_the_same_words_is_no_such_page() -> None:
    for text in ("Search in the archives of the Ministry found nothing.\n\nText.\n",
                 "Search in\n\nMarch 02, 1961\n\nA report without the citation box.\n"):
        header = parse_page_header(text)
        assert header.body_start == 0 and header.title is None
