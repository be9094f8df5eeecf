"""The published TEI copy is the same whether `publishable_tei` parses the document or is given
the tree the build parsed once, and that tree is left as it was."""

from __future__ import annotations

import pytest
from lxml import etree
from shared_paths import EDITION, ENCODING_EXAMPLE
from tei_samples import hostile_tei, tei_with

from teikit.site.publish import publishable_tei
from teikit.validate.parsing import parse_bytes

XI_NS = "http://www.w3.org/2001/XInclude"

DOCUMENTS = {
    "seed": lambda: (EDITION / "edition.xml").read_bytes(),
    "example": lambda: ENCODING_EXAMPLE.read_bytes(),
    "hostile": hostile_tei,
    # a prefix declared and never used: the copy drops the declaration
    "unused prefix": lambda: tei_with(f'<seg xmlns:xi="{XI_NS}">kept</seg>'),
    # a foreign attribute on a TEI element
    "foreign attribute": lambda: tei_with(f'<seg xmlns:xi="{XI_NS}" xi:href="x">kept</seg>'),
    # one declaration, a prefixed root's: its unprefixed child is in no namespace
    "prefixed root": lambda: (b'<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0">'
                              b'<tei:text/><text/></tei:TEI>'),
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_given_tree_publishes_as_a_fresh_parse_and_is_left_as_it_was(name: str) -> None:
    data = DOCUMENTS[name]()
    tree = parse_bytes(data, name)
    before = etree.tostring(tree)
    assert publishable_tei(data, tree) == publishable_tei(data)
    assert etree.tostring(tree) == before


def test_an_unused_prefix_is_not_published() -> None:
    data = DOCUMENTS["unused prefix"]()
    published, _ = publishable_tei(data, parse_bytes(data, "unused"))
    assert XI_NS.encode() not in published
    assert b">kept</seg>" in published


def test_an_element_in_no_namespace_under_a_prefixed_root_is_left_out() -> None:
    data = DOCUMENTS["prefixed root"]()
    published, notes = publishable_tei(data, parse_bytes(data, "prefixed"))
    assert published.endswith(b'<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0">'
                              b'<tei:text/></tei:TEI>\n')
    assert notes == ["left out of the published TEI copy (not TEI; a browser could run it): "
                     "1 × element <text>"]
