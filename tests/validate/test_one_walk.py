"""Root paths read as one walk of the document select what they selected, in the same order,
and only paths whose meaning does not change so are read that way."""

from __future__ import annotations

import pytest
from lxml import etree
from shared_paths import EDITION, TEI_REAL

from teikit.validate.one_walk import in_one_walk

NS = {"tei": "http://www.tei-c.org/ns/1.0"}


@pytest.mark.parametrize(("path", "walk"), [
    ("//tei:supplied | //tei:reg",
     "/descendant::*[self::tei:supplied or self::tei:reg]"),
    ("//tei:*[@target or @ref]", "/descendant::*[self::tei:*[@target or @ref]]"),
    ("//tei:note[@type = 'sic' or @type = 'editorial'] | //tei:reg",
     "/descendant::*[self::tei:note[@type = 'sic' or @type = 'editorial'] or self::tei:reg]"),
    ("//tei:note[@n][@place = 'foot']",
     "/descendant::*[self::tei:note[@n][@place = 'foot']]"),
    ('//tei:a["|" = @b] | //tei:b', '/descendant::*[self::tei:a["|" = @b] or self::tei:b]'),
])
def test_branches_of_one_step_with_tests_of_the_element_are_one_walk(path: str,
                                                                      walk: str) -> None:
    assert in_one_walk(path, NS) == walk


@pytest.mark.parametrize("path", [
    "//tei:note",  # one step, no predicate: libxml2 walks once already
    "//tei:note[1]",  # a position
    "//tei:note[position() = 1]",
    "//tei:note[last()]",
    "//tei:note[count(tei:p)]",  # a number: a position again
    "//tei:note[@n + 1]",
    "//tei:p/tei:note",  # two steps
    "//tei:p[@n]/tei:note",
    "//tei:note[$kind = @type]",  # a variable
    "//text()",  # not elements
    "//@xml:id",
    "/tei:TEI//tei:note[@n]",  # not from //
    "tei:note[@n]",
    "//tei:note[@n] | //tei:p/tei:note",  # one branch that cannot be
])
def test_other_paths_are_left_as_they_are(path: str) -> None:
    assert in_one_walk(path, NS) == path


PATHS = [
    "//tei:supplied | //tei:reg | //tei:note[@type = 'sic' or @type = 'editorial' or "
    "@type = 'original-wording']",
    "//tei:*[@target or @ref or @corresp or @resp or @who or @scheme or @change]",
    "//tei:note[@place = 'foot'] | //tei:persName | //tei:placeName[@ref]",
    "//tei:p | //tei:head | //tei:div[tei:head]",
    "//tei:*[@xml:id] | //tei:note",
]


def test_on_real_documents_the_same_elements_in_the_same_order() -> None:
    trees = [etree.parse(str(document)) for document in (
        EDITION / "edition.xml", TEI_REAL / "hsg-frus-history" / "monograph_frus-history.xml")]
    for path in PATHS:
        walk = in_one_walk(path, NS)
        assert walk != path
        selected = [etree.XPath(path, namespaces=NS)(tree) for tree in trees]
        assert any(selected), path  # each path selects something in one of them
        assert [etree.XPath(walk, namespaces=NS)(tree) for tree in trees] == selected, path
