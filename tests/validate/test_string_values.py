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


def test_xpath31_is_loaded_only_for_rules_that_need_it_and_gets_the_walk() -> None:
    """A fresh process: the house rules (xslt2) do not load XPath 3.1 (0.1 s, and xmlschema
    with it); an xslt3 schema loads it later, and its functions have the walk too."""
    import subprocess
    import sys

    program = """
import sys
from lxml import etree
from teikit.validate.schematron import load_schematron, read_schema
from teikit.validate.schematron_run import run_schematron
from teikit.validate.catalog import HOUSE_SCH
from teikit.validate.source import SourceText
load_schematron(HOUSE_SCH)
assert "elementpath.xpath31" not in sys.modules, "XPath 3.1 loaded for xslt2 rules"
schema = read_schema(etree.fromstring(
    '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3"><pattern>'
    '<rule context="a"><report test="true()"><value-of select="string(.) || upper-case(.)"/>'
    '</report></rule></pattern></schema>'))
tree = etree.fromstring("<a><b><c>y</c></b>z</a>").getroottree()
print(run_schematron(schema, tree, SourceText(b""))[0].message)
from elementpath.xpath31 import _xpath31_functions
from teikit.validate.string_values import iter_strings_in_order
assert _xpath31_functions.etree_iter_strings is iter_strings_in_order, "3.1 left unpatched"
"""
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "yzYZ"
