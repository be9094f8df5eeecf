"""Pages saved from the archive's website in its layout with a share bar over the citation."""

from __future__ import annotations

from teikit.readers.page_header import parse_page_header

PAGE = (
    "CABLE, FILIPPOV (STALIN) TO MAO ZEDONG\n"
    "This document was made possible with support from the Leon Levy Foundation\n"
    "CITATION SHARE DOWNLOAD-\nCitation\nget citation\n"
    'Stalin promises support in North Korea"Cable, Filippov (Stalin) to Mao Zedong," February '
    "23, 1952, History and Public Policy Program Digital Archive, APRF.\n"
    "- Download\nVIEW DOCUMENT IN\nEnglish HTML\n"
    "23 February 1952 To Comrade Mao Zedong Your telegram of 21 February has been received.\n"
)


def test_the_citation_gives_title_date_and_summary_and_the_text_follows_the_format() -> None:
    header = parse_page_header(PAGE)
    assert header.title is not None and header.date_text is not None
    assert header.title.value == "Cable, Filippov (Stalin) to Mao Zedong"
    assert header.date_text.value == "February 23, 1952"
    assert header.fields["summary"].value == "Stalin promises support in North Korea"
    assert header.fields["citation"].value.startswith('"Cable, Filippov')
    assert header.fields["credits"].value.endswith("Leon Levy Foundation")
    assert PAGE[header.body_start:].startswith("23 February 1952 To Comrade")
    # the fields point at their words in the file
    line = PAGE.splitlines()[header.title.line - 1]
    assert line[header.title.column - 1:].startswith("Cable, Filippov")


def test_a_text_in_capitals_without_the_bar_is_no_such_page() -> None:
    text = "TOP SECRET\nCopy No. 2\nThe ambassador reported on the talks.\n"
    assert parse_page_header(text).title is None
