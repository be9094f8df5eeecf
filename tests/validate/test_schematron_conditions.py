"""Trailing predicates of a rule context that read no node are decided once per document: which
are split off, and that a rule so split fires exactly where elementpath alone fires it."""

from __future__ import annotations

from pathlib import Path

import pytest
from elementpath import XPath2Parser
from lxml import etree

from teikit.validate.parsing import parse_bytes
from teikit.validate.schematron import elementpath_only, read_schema
from teikit.validate.schematron_conditions import split_conditions
from teikit.validate.schematron_run import run_schematron
from teikit.validate.source import SourceText

CURRENT = "teikit-current"


def _split(context: str) -> tuple[str, int]:
    parser = XPath2Parser(namespaces={"t": "urn:t"})
    selection, conditions = split_conditions(context, parser.parse, CURRENT)
    return selection, len(conditions)


@pytest.mark.parametrize(("context", "selection", "count"), [
    ("t:*[@ref][exists($missing)]", "t:*[@ref]", 1),
    ("t:p[exists($a)][empty($b) and $n > 2]", "t:p", 2),
    ("t:p [ (not($a)) ] ", "t:p", 1),
    ("t:p[@n][count($a) = 0]", "t:p[@n]", 1),
])
def test_trailing_predicates_that_read_no_node_are_split_off(
        context: str, selection: str, count: int) -> None:
    assert _split(context) == (selection, count)


@pytest.mark.parametrize("context", [
    "t:p[$n]",  # a number: a position, not a condition
    "t:p[exists(.)]",  # the node itself
    "t:p[exists(@n)]",
    "t:p[exists($a[1])]",  # a predicate of its own
    "t:p[$teikit-current = $a]",  # current(), the node the rule fires on
    "t:p[string-length() > 0]",  # the node's string, by default
    "t:p[exists($a)][@n]",  # not trailing
    "t:p | t:q[exists($a)]",  # two branches
    "t:p[exists($a)",  # does not close: left to the context's own compilation
    "[exists($a)]",  # nothing left to select
])
def test_other_predicates_stay_in_the_context(context: str) -> None:
    assert _split(context) == (context, 0)


SCHEMA = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
  <ns prefix="t" uri="urn:t"/>
  <let name="unknown" value="//t:ref[not(@to = //t:item/@id)]/@to"/>
  <pattern>
    <rule context="t:ref[@to][exists($unknown)]">
      <assert id="resolves" test="@to = //t:item/@id">ref to <value-of select="@to"/> points
        nowhere (of <value-of select="count($unknown)"/>)</assert>
    </rule>
  </pattern>
</schema>"""


@pytest.mark.parametrize("references", [["a", "b"], ["a", "zz", "b", "yy"]])
def test_a_split_rule_fires_where_elementpath_alone_fires_it(
        tmp_path: Path, references: list[str]) -> None:
    schema = read_schema(etree.fromstring(SCHEMA))
    assert [len(rule.conditions) for p in schema.patterns for rule in p.rules] == [1]
    items = "".join(f'<item id="{name}"/>' for name in ("a", "b"))
    refs = "".join(f'<ref to="{name}"/>' for name in references)
    document = f'<doc xmlns="urn:t">{items}\n{refs}</doc>'.encode()

    def messages(compiled: object) -> list[tuple[int | None, str]]:
        found = run_schematron(compiled, parse_bytes(document, "d.xml"), SourceText(document))
        return [(m.line, m.message) for m in found]

    split = messages(schema)
    assert split == messages(elementpath_only(schema))
    missing = [name for name in references if name not in ("a", "b")]
    assert [text for _, text in split] == [
        f"ref to {name} points nowhere (of {len(missing)})" for name in missing]


def test_a_rule_whose_condition_is_false_fires_nowhere() -> None:
    schema = read_schema(etree.fromstring(SCHEMA.replace(
        "[exists($unknown)]", "[empty($unknown)]").replace('test="@to = //t:item/@id"',
                                                           'test="false()"')))
    document = b'<doc xmlns="urn:t"><item id="a"/><ref to="zz"/><ref to="a"/></doc>'
    tree = parse_bytes(document, "d.xml")
    assert run_schematron(schema, tree, SourceText(document)) == []
    fixed = b'<doc xmlns="urn:t"><item id="a"/><ref to="a"/></doc>'
    assert [m.rule for m in run_schematron(schema, parse_bytes(fixed, "f.xml"),
                                           SourceText(fixed))] == ["resolves"]
