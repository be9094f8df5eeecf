"""Markdown's block quotations, as an export writes a page's quoted passage (`> …` on each of its
lines, `>` alone between its paragraphs): a `quote[@rend='blockquote']` of paragraphs, as FRUS
marks one, each read by the inline rules as the text's are; the markers are Markdown's, which
the lossless check reads past in the source (and only there). Before,
the markers stayed in the text and a quotation's lines were paragraphs of the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from tei_text import invalidity

from teikit.convert import convert_text
from teikit.errors import LosslessError
from teikit.lossless import check_lossless
from teikit.profiles import load_profile
from teikit.readers.blocks import parse_blocks
from teikit.writers.source import form_table, source_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}
HEADER = "**September 10, 1951**\n\n**Report on the Korean Army Corps**\n\n"
QUOTED = """\
Kim Il Sung read out the telegram of Mao Zedong, which said:

> The American proposal must be categorically rejected, [and] its wording made strong.
>
> Our troops are ready, and the Korean leaders
> know it.

The Korean leaders were pleased with the telegram of the Chinese.

USSR AMBASSADOR in KOREA

V. Razuvayev
"""


def _text(body: str) -> tuple[etree._Element, dict[str, int]]:
    result = convert_text(HEADER + body, source_name="page.txt")
    text = result.tree.getroot().find("t:text", NS)
    assert text is not None
    return text, dict(result.phenomena)


def _words(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def test_a_block_quotation_is_a_quote_of_paragraphs() -> None:
    text, phenomena = _text(QUOTED)
    (quote,) = text.iterfind(".//t:div/t:quote", NS)
    assert quote.get("rend") == "blockquote"
    assert [_words(p) for p in quote.iterfind("t:p", NS)] == [
        "The American proposal must be categorically rejected, and its wording made strong.",
        "Our troops are ready, and the Korean leaders know it."]
    assert [s.text for s in quote.iterfind(".//t:supplied", NS)] == ["and"]
    assert ">" not in "".join(text.itertext())
    assert _words(quote.getprevious()).startswith("Kim Il Sung read out")
    assert _words(quote.getnext()).startswith("The Korean leaders were pleased")
    assert text.find(".//t:closer/t:signed", NS) is not None
    assert phenomena["quotation"] == 1


def test_the_source_writer_gives_the_quotations_words_back() -> None:
    text, _ = _text(QUOTED)
    source = " ".join(source_text(text, form_table(load_profile("wilson").conventions)).split())
    assert "said: The American proposal" in source and "made strong. Our troops" in source


def test_two_quotations_apart_are_two_and_a_quotation_never_joins_the_text() -> None:
    text, _ = _text("The telegram said, as the Chinese side had put it in the talks of\n\n"
                    "> the first day, that the line must stay where it is\n\n"
                    "and the second telegram said\n\n> nothing of the line\n")
    quotes = text.findall(".//t:quote", NS)
    assert [_words(q) for q in quotes] == [
        "the first day, that the line must stay where it is", "nothing of the line"]


def test_a_quotations_lines_are_blocks_of_their_own() -> None:
    blocks = parse_blocks("Before it\n> one\n> two\n>\n> three\nafter it")
    assert [(b.kind, [line.text for line in b.lines], b.quote) for b in blocks] == [
        ("text", ["Before it"], 0), ("text", ["one", "two"], 2), ("text", ["three"], 2),
        ("text", ["after it"], 0)]
    # (each line where its words stand in the file)
    assert blocks[1].lines[0].offset == len("Before it\n> ")


@pytest.mark.parametrize(("source", "regenerated", "given_back"), [
    ("> The proposal\n> was rejected.\n>\n> Our troops", "The proposal was rejected.\n\nOur "
     "troops", True),
    ("> The proposal\n> was rejected.\n>\n> Our troops", "The proposal was rejected.", False),
    # (a `>` of the text, escaped in the source or inside a line, stays the text's, wherever
    # the TEI's text puts it)
    ("Copies:\\> quote", "Copies:\n\n> quote", True),
    ("Copies: > quote", "Copies:\n> quote", True),
    ("Copies: quote", "Copies:\n> quote", False),
])
def test_the_lossless_check_reads_past_the_sources_markers_alone(
        source: str, regenerated: str, given_back: bool) -> None:
    try:
        check_lossless(source, 0, [regenerated], path="page.txt")
    except LosslessError:
        assert not given_back
    else:
        assert given_back


def test_block_quotations_are_valid_tei(tmp_path: Path) -> None:
    text, _ = _text(QUOTED)
    assert invalidity(text.getroottree(), tmp_path) == []


RELAYED = """\
I ask you to pass to Mao Zedong the following answer of Comrade Filippov [Stalin] to his
telegram of 13 May.

> Comrade Mao Zedong!
>
> I agree with the proposal of the Korean comrades to proceed to reunification.
>
> FILIPPOV [STALIN]

VYSHINSKY

14 May 1950
"""


def test_a_quoted_letter_with_its_address_and_signature_is_a_transmitted_document() -> None:
    """A telegram's relayed letter set apart as a quotation, not in quotation marks: a document
    of its own (`floatingText`), its address, text and signature read as a document's, and the
    telegram's own signature after it."""
    text, phenomena = _text(RELAYED)
    assert text.find(".//t:quote", NS) is None
    (relayed,) = text.iterfind(".//t:floatingText[@type='transmitted']/t:body/t:div", NS)
    assert [_words(s) for s in relayed.iterfind(".//t:signed", NS)] == ["FILIPPOV STALIN"]
    assert any("I agree with the proposal" in _words(p) for p in relayed.iterfind("t:p", NS))
    outer = text.find("t:body/t:div/t:closer", NS)
    assert outer is not None and _words(outer.find("t:signed", NS)) == "VYSHINSKY"
    assert phenomena["signature"] == 2


def test_a_quotation_that_is_all_the_text_is_the_document_itself() -> None:
    """An export may set a page's whole text apart as a quotation: its lines are then read as
    the document's, its address, text and signature, with no quotation around them."""
    text, _ = _text("> Comrade Mao Zedong!\n>\n> I agree with the proposal of the Korean "
                    "comrades to proceed to reunification.\n>\n> FILIPPOV [STALIN]\n")
    assert text.find(".//t:floatingText", NS) is None and text.find(".//t:quote", NS) is None
    assert [_words(s) for s in text.iterfind(".//t:closer/t:signed", NS)] == ["FILIPPOV STALIN"]
    assert _words(text.find(".//t:opener/t:salute", NS)) == "Comrade Mao Zedong!"


def test_a_page_marker_opening_a_quotation_stands_before_it(tmp_path: Path) -> None:
    """`> [1]` (a page's marker alone in a quotation), then a quoted paragraph: the page break
    before the quotation, which opens on its paragraph (a quotation of a page break alone was
    invalid against the house schema; random input found it)."""
    for text in ("-\n> [1]\n", "-\n> [1]\n>\n> The proposal must be rejected at once and in "
                 "writing, the ambassador said.\n"):
        result = convert_text(text, overrides={"title": "T", "date_text": "May 12, 1950"})
        root = result.tree.getroot()
        assert root.xpath("//t:quote/*[1][self::t:pb]", namespaces=NS) == []
        assert invalidity(result.tree, tmp_path) == []
