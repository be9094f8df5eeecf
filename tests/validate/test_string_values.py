"""elementpath reads mixed content in document order (teikit.validate.string_values)."""

from __future__ import annotations

import elementpath
import pytest
from lxml import etree

import teikit.validate.schematron  # noqa: F401  (installs the walk)
from teikit.validate.string_values import iter_strings_in_order


@pytest.mark.parametrize(("xml", "expected"), [
    ("<a>x<b>y</b>z</a>", "xyz"),
    ("<a><b><c>y</c></b>z</a>", "yz"),
    ("<a><b><c>y</c>w</b>z</a>", "ywz"),
    ("<fw><choice><abbr>CC </abbr><expan>Central Committee</expan></choice>word</fw>",
     "CC Central Committeeword"),
])
def test_string_values_follow_document_order(xml: str, expected: str) -> None:
    element = etree.fromstring(xml)
    assert "".join(iter_strings_in_order(element)) == expected
    assert elementpath.select(element, "string(.)") == expected
    assert elementpath.select(element, "string(.)", parser=elementpath.XPath2Parser) == expected
