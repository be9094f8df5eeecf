"""What a Word file's TEI writes back as source text (for the words check of
`teikit.kept_words`): a change the word processor tracked has no marker, a table's cells stand
apart."""

from __future__ import annotations

from lxml import etree

from teikit import TEI_NS
from teikit.profiles import wilson
from teikit.writers.source import form_table, source_text


def _written_back(body: str) -> str:
    text = etree.fromstring(f'<text xmlns="{TEI_NS}"><body><div>{body}</div></body></text>')
    return " ".join(source_text(text, form_table(wilson().conventions)).split())


def test_a_tracked_insertion_and_deletion_write_their_words_plainly() -> None:
    """`Beij<add change=…>ing</add>` is the word `Beijing` (a hand's addition, which has no
    `@change`, keeps its `[handwritten:]` label)."""
    assert _written_back(
        '<p>at Beij<add resp="#a" change="#c1">ing</add> they <del resp="#a" change="#c2">'
        "never</del> met</p>") == "at Beijing they never met"
    assert _written_back('<p>at <add hand="#hand-1">Beijing</add></p>').startswith(
        "at [handwritten:")


def test_a_tables_cells_stand_apart() -> None:
    assert _written_back(
        "<table><row><cell>Item</cell><cell>Tons</cell></row>"
        "<row><cell>Steel</cell><cell>120</cell></row></table>") == "Item Tons Steel 120"
