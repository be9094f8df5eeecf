"""libxml2 for the Schematron expressions where XPath 1 agrees with elementpath: which are
handed over, and that the messages on real documents are those of elementpath alone."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest
from elementpath import XPath2Parser, XPathContext
from lxml import etree
from shared_paths import EDITION, ENCODING_EXAMPLE, TEI_ALL_RNG, TEI_REAL

from teikit.validate.catalog import HOUSE_SCH
from teikit.validate.parsing import parse_bytes, safe_parser
from teikit.validate.schematron import (
    Schema,
    elementpath_only,
    embedded_schematron,
    load_schematron,
)
from teikit.validate.schematron_run import run_schematron
from teikit.validate.schematron_xpath1 import as_nodes, effective_boolean, xpath1
from teikit.validate.source import SourceText

NS = {"tei": "http://www.tei-c.org/ns/1.0"}


def _xpath1(text: str, namespaces: dict[str, str] = NS) -> etree.XPath | None:
    return xpath1(XPath2Parser(namespaces=namespaces).parse(text), text, namespaces)


@pytest.mark.parametrize("text", [
    "@resp",
    "normalize-space(.) or tei:*[not(self::tei:pb or self::tei:lb)]",
    "count(tei:p) = 1",
    "string-length(@n) >= 2",
    "starts-with(@target, '#') and contains(@rend, 'x')",
    "@type = 'sic' or @type != 'reg'",
    "local-name(..) = 'div'",
    "(tei:p | tei:head)",
    "translate(., 'abc', 'ABC') = concat('A', substring-after(@n, '-'))",
])
def test_expressions_xpath1_reads_alike_go_to_libxml2(text: str) -> None:
    assert _xpath1(text) is not None


@pytest.mark.parametrize("text", [
    "@n = 1",  # FORG0001 in XPath 2 when @n is no number; false in XPath 1
    "@n > 'a'",  # strings ordered in XPath 2, numbers in XPath 1
    "count(tei:p) + 1 = 2",  # arithmetic
    "tei:p[1]",  # a position
    "@type = ('sic', 'reg')",  # a sequence
    "$x",
    "exists(tei:p)",  # XPath 2 only
    "name() = 'tei:p'",  # the prefix comes from the schema in elementpath
    "@n castable as xs:integer",
    "tei:p[. = current()]",
])
def test_expressions_that_may_differ_stay_with_elementpath(text: str) -> None:
    parser_namespaces = {**NS, "xs": "http://www.w3.org/2001/XMLSchema"}
    parser = XPath2Parser(namespaces=parser_namespaces)
    parser.variable_types.update({"x": "item()*", "teikit-current": "item()*"})
    text = text.replace("current()", "$teikit-current")
    assert xpath1(parser.parse(text), text, parser_namespaces) is None


def test_unprefixed_names_stay_when_the_schema_declares_a_default_namespace() -> None:
    assert _xpath1("p", {"": NS["tei"]}) is None
    assert _xpath1("p", {}) is not None


@pytest.mark.parametrize(("value", "expected"), [
    ([], False), ([etree.Element("a")], True), ("", False), ("x", True), (0.0, False),
    (2.0, True), (math.nan, False), (True, True), (False, False),
])
def test_effective_boolean(value: object, expected: bool) -> None:
    assert effective_boolean(value) is expected


def test_lxml_nodes_become_the_very_nodes_elementpath_gives() -> None:
    tree = etree.fromstring('<a x="1"><b y="2"/>t<b y="3"/></a>').getroottree()
    root = XPathContext(tree).root
    parser = XPath2Parser()
    for path in ("//b", "//b/@y", "/a/@x"):
        expected = parser.parse(path).evaluate(XPathContext(root))
        found = as_nodes(tree.xpath(path), root)
        assert found is not None and len(found) == len(expected)
        assert all(a is b for a, b in zip(found, expected, strict=True))
    assert as_nodes(tree.xpath("//text()"), root) is None
    assert as_nodes(tree.xpath("count(//b)"), root) is None


def _messages(schema: Schema, path: Path) -> list[dict]:
    data = path.read_bytes()
    tree = parse_bytes(data, str(path))
    return [dataclasses.asdict(m) for m in run_schematron(schema, tree, SourceText(data))]


HOUSE_DOCUMENTS = [EDITION / "edition.xml", ENCODING_EXAMPLE,
                   *(p for p in sorted(TEI_REAL.rglob("*.xml")) if p.stat().st_size < 300_000)]


def test_house_rules_give_elementpaths_messages(tmp_path: Path) -> None:
    schema = load_schematron(HOUSE_SCH)
    assert any(check.fast_test is not None for pattern in schema.patterns
               for rule in pattern.rules for check in rule.checks)
    assert schema.fast_lets
    reference = elementpath_only(schema)
    fired = 0
    for path in HOUSE_DOCUMENTS:
        expected = _messages(reference, path)
        assert _messages(schema, path) == expected, path
        fired += len(expected)
    assert fired > 50  # the documents do break house rules: the comparison means something


def test_tei_all_embedded_rules_give_elementpaths_messages() -> None:
    schema = embedded_schematron(etree.parse(str(TEI_ALL_RNG), safe_parser()).getroot())
    assert schema is not None
    reference = elementpath_only(schema)
    documents = [ENCODING_EXAMPLE, *sorted(TEI_REAL.rglob("*.xml"))[::6],
                 *sorted((TEI_REAL / "frus-volumes").glob("*.xml"))]  # one breaks a rule
    fired = 0
    for path in (p for p in documents if p.stat().st_size < 300_000):
        expected = _messages(reference, path)
        assert _messages(schema, path) == expected, path
        fired += len(expected)
    assert fired > 0
