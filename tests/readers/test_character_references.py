"""HTML's character references left in a text are read as Markdown reads them: as the
characters they name (`[&hellip;]` is an omission mark), with a warning at the first and the
header's `change` saying so; what is no reference stays text."""

from __future__ import annotations

import pytest

from teikit.convert import convert_text
from teikit.readers.character_references import read_references

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}


def test_named_decimal_and_hexadecimal_references_are_their_characters() -> None:
    text, read = read_references("[&hellip;] the ambassador&#8217;s &ldquo;reply&#x201D;&nbsp;")
    assert text == "[…] the ambassador’s “reply”\u00a0"
    assert read is not None and (read.count, read.first) == (5, 1)
    assert read.sentence() == ("5 HTML character references (such as &hellip; or &#8217;) read "
                               "as the character they name")


@pytest.mark.parametrize("text", [
    "AT&T and R&D, &c.",  # no semicolon: no reference
    "&nothing; &hellip without its semicolon",  # a name HTML does not know; no semicolon
    "\\&amp; as Markdown escapes it",  # a backslash makes the ampersand text
    "&#10; &#x2028; &#0; &#xD800; &#1114112;",  # a line break, a surrogate, no character
    "no ampersand at all",
])
def test_what_is_no_reference_stays_text(text: str) -> None:
    assert read_references(text) == (text, None)


def test_a_page_with_references_reads_as_it_means() -> None:
    page = ("**May 1, 1962**\n\n**Telegram from Comrade Mart&iacute; to the Ministry**\n\n"
            "The delegation agreed [to put] the question [&hellip;] and called it "
            "&ldquo;urgent&rdquo;.\n")
    result = convert_text(page, source_name="page.txt")
    tree = result.tree
    assert tree.findtext(".//tei:titleStmt/tei:title", namespaces=TEI) == (
        "Telegram from Comrade Martí to the Ministry")
    assert tree.xpath("count(.//tei:body//tei:gap[@reason='editorial'])", namespaces=TEI) == 1
    assert tree.xpath("string(.//tei:body//tei:q)", namespaces=TEI) == "urgent"
    assert [str(d) for d in result.diagnostics if d.code == "characters"] == [
        "page.txt:3:29: warning: 4 HTML character references (such as &hellip; or &#8217;) "
        "read as the character they name, the first here [characters]"]
    assert "&" not in "".join(tree.find(".//tei:text", TEI).itertext())
