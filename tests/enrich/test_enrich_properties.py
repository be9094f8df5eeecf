"""Whatever the text, enriching adds markup only: the characters stay, in order."""

from __future__ import annotations

import datetime
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from teikit import TEI_NS
from teikit.dates import find_dates
from teikit.enrich import enrich
from teikit.names import Register
from teikit.names.register import Entry, Spelling

T = f"{{{TEI_NS}}}"
REGISTER = Register(
    [
        Entry("kim", "person", Spelling("Kim Il Sung"), (Spelling("Kim"),)),
        Entry("korea", "place", Spelling("Korea")),
        Entry("south-korea", "place", Spelling("South Korea")),
    ]
)
PIECES = st.sampled_from(
    [
        "Kim Il Sung", "Kim", "Korea", "South Korea", "Korean", "10 August", "V.X.51", "the end of",
        "June", "03/04/51", "28.11.62", "19:25", "5:30 am,", "14 May 1950", "through", "-", " ",
        "\n", ",", ".", "'s", "[", "]", "July 26", "1951", "in", "May", "é", "<", "&",
    ]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=25).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXTS, TEXTS)
def test_enrich_keeps_every_character(first: str, second: str) -> None:
    root = etree.Element(f"{T}TEI")
    paragraph = etree.SubElement(
        etree.SubElement(etree.SubElement(root, f"{T}text"), f"{T}body"), f"{T}p"
    )
    paragraph.text = first
    etree.SubElement(paragraph, f"{T}lb").tail = second
    before = "".join(root.find(f"{T}text").itertext())
    enrich(root, document_date=datetime.date(1951, 9, 10), register=REGISTER)
    assert "".join(root.find(f"{T}text").itertext()) == before
    nested = root.xpath(
        "//tei:text//*[self::tei:persName or self::tei:placeName or self::tei:date]"
        "//*[self::tei:persName or self::tei:placeName or self::tei:date]",
        namespaces={"tei": TEI_NS},
    )
    assert nested == []


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_date_matches_are_ordered_disjoint_slices(text: str) -> None:
    matches = find_dates(text, reference=datetime.date(1951, 9, 10))
    for match in matches:
        assert text[match.start : match.end] == match.text
        assert match.value.is_dated or match.problem
    for earlier, later in itertools.pairwise(matches):
        assert earlier.end <= later.start
