"""Names and dates across a word the line's end broke: the break is lifted out while the text
is read and put back inside whatever the words became."""

from __future__ import annotations

import datetime

from lxml import etree

from teikit import TEI_NS
from teikit.enrich import enrich
from teikit.enrich.word_breaks import breaks_lifted
from teikit.names import Register
from teikit.names.register import Entry, Spelling

T = f"{{{TEI_NS}}}"
BREAK = '<pc force="inter">-</pc><lb break="no"/>'


def _text(body: str) -> etree._Element:
    return etree.fromstring(f'<TEI xmlns="{TEI_NS}"><text><body>{body}</body></text></TEI>')


def _markup(root: etree._Element) -> str:
    body = etree.tostring(root.find(f"{T}text/{T}body"), encoding="unicode")
    return body.replace(f' xmlns="{TEI_NS}"', "")


def test_a_date_and_a_name_broken_at_a_line_end_are_found_around_the_break() -> None:
    root = _text(f"<p>On 22 Sep{BREAK}tember 1954 Comrade Vyshin{BREAK}sky came.</p>")
    register = Register([Entry("vyshinsky", "person", Spelling("Vyshinsky"))])
    enrich(root, document_date=datetime.date(1954, 1, 1), register=register)
    assert _markup(root) == (
        f'<body><p>On <date when="1954-09-22">22 Sep{BREAK}tember 1954</date> Comrade '
        f'<persName ref="#vyshinsky">Vyshin{BREAK}sky</persName> came.</p></body>')


def test_the_breaks_come_back_where_they_stood_when_nothing_is_found() -> None:
    """Breaks in a paragraph, in elements within it and in elements within those."""
    source = (f"<p>The ar{BREAK}mistice <hi>was</hi> not con{BREAK}cluded, "
              f"<q>sho{BREAK}uld</q>{BREAK}be <q>re{BREAK}ached <hi>un{BREAK}til</hi></q> "
              f"la{BREAK}ter.</p>")
    root = _text(source)
    paragraph = root.find(f".//{T}p")
    with breaks_lifted(paragraph):
        assert "".join(paragraph.itertext()) == (
            "The armistice was not concluded, shouldbe reached until later.")
        assert paragraph.find(f"{T}pc") is None
    assert _markup(root) == f"<body>{source}</body>"
