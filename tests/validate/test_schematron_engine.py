"""The Schematron engine: TEI's embedded rules offline, ISO features, and agreement with
lxml's XSLT-1 implementation on XPath-1 rule sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree, isoschematron
from shared_paths import SHARED, TEI_ALL_RNG, TEI_REAL

from teikit.validate.grammar_cache import full_grammar
from teikit.validate.parsing import parse_bytes, parse_document
from teikit.validate.schema_cache import SchemaCache
from teikit.validate.schematron import embedded_schematron, load_schematron
from teikit.validate.schematron_run import run_schematron
from teikit.validate.source import SourceText

SVRL = "{http://purl.oclc.org/dsdl/svrl}"


@pytest.fixture(scope="module")
def tei_rules():
    return embedded_schematron(full_grammar(SchemaCache(), TEI_ALL_RNG))


def run_on(schema, path: Path):
    return run_schematron(schema, parse_document(path), SourceText(path.read_bytes()))


def test_embedded_tei_all_rules_all_compile(tei_rules) -> None:
    assert sum(len(p.rules) for p in tei_rules.patterns) == 98


@pytest.mark.parametrize(("name", "count"), [
    ("frus-volumes/volumes_frus1917-72PubDipv04.xml", 1),  # the corpus README's counts
    ("frus-volumes/volumes_frus1958-60v05mSupp.xml", 0),
    ("epidoc/tests_data_source_5.1.xml", 0),
    ("tei-stylesheets-tests/Test_testapp2.xml", 0),
])
def test_embedded_rules_count_like_schxslt(tei_rules, name: str, count: int) -> None:
    messages = run_on(tei_rules, TEI_REAL / name)
    assert len(messages) == count
    assert all(m.line and m.column for m in messages)


SCHEMA = b"""<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2"
    defaultPhase="all">
  <ns prefix="t" uri="urn:t"/>
  <let name="limit" value="2"/>
  <phase id="all"><active pattern="counts"/><active pattern="abstract-use"/>
    <active pattern="ext"/></phase>
  <phase id="only-counts"><active pattern="counts"/></phase>
  <pattern id="counts">
    <rule context="t:list">
      <let name="n" value="count(t:item)"/>
      <assert id="too-many" test="$n le $limit" diagnostics="d1"
        >list has <value-of select="$n"/> items in &lt;<name/>&gt;</assert>
    </rule>
    <rule context="t:*">
      <report id="shadowed" test="self::t:list">never: first rule wins</report>
    </rule>
  </pattern>
  <pattern abstract="true" id="required">
    <rule context="$element"><assert id="needs" test="$child"><name/> needs a child</assert></rule>
  </pattern>
  <pattern is-a="required" id="abstract-use">
    <param name="element" value="t:item"/><param name="child" value="t:label"/>
  </pattern>
  <pattern id="ext">
    <rule abstract="true" id="has-n"><assert id="has-n" test="@n">no n</assert></rule>
    <rule context="t:list"><extends rule="has-n"/></rule>
  </pattern>
  <diagnostics><diagnostic id="d1">limit is <value-of select="$limit"/></diagnostic></diagnostics>
</schema>"""

DOCUMENT = b"""<doc xmlns="urn:t"><list><item><label/></item><item/><item><label/></item></list>
</doc>"""


def _run(tmp_path: Path, phase: str | None = None):
    path = tmp_path / "s.sch"
    path.write_bytes(SCHEMA)
    schema = load_schematron(path, phase=phase)
    return run_schematron(schema, parse_bytes(DOCUMENT, "d.xml"), SourceText(DOCUMENT))


def test_iso_features(tmp_path: Path) -> None:
    by_rule = {m.rule: m for m in _run(tmp_path)}
    assert set(by_rule) == {"too-many", "needs", "has-n"}
    assert by_rule["too-many"].message == "list has 3 items in <list> limit is 2"
    assert by_rule["needs"].message == "item needs a child"
    assert by_rule["needs"].line == 2 - 1 and by_rule["needs"].column is not None


def test_phase_selects_patterns(tmp_path: Path) -> None:
    assert {m.rule for m in _run(tmp_path, phase="only-counts")} == {"too-many"}


def test_include(tmp_path: Path) -> None:
    (tmp_path / "part.sch").write_bytes(
        b'<pattern xmlns="http://purl.oclc.org/dsdl/schematron" id="inc"><rule context="*">'
        b'<report id="seen" test="true()">seen</report></rule></pattern>')
    (tmp_path / "main.sch").write_bytes(
        b'<schema xmlns="http://purl.oclc.org/dsdl/schematron"><include href="part.sch"/>'
        b"</schema>")
    schema = load_schematron(tmp_path / "main.sch")
    messages = run_schematron(schema, parse_bytes(b"<a><b/></a>", "x"), SourceText(b"<a><b/></a>"))
    assert [m.rule for m in messages] == ["seen", "seen"]


XPATH1_RULES = b"""<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt">
  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern><rule context="tei:persName"><assert test="tei:reg">no reg</assert></rule></pattern>
  <pattern><rule context="tei:p"><report test="tei:q">has a quotation</report></rule></pattern>
  <pattern><rule context="tei:note"><assert test="@resp">no resp</assert></rule></pattern>
  <pattern><rule context="tei:date"><report test="string-length(@when) = 10">full date</report>
  </rule></pattern>
</schema>"""


def test_agrees_with_lxml_isoschematron_on_xpath1_rules(tmp_path: Path) -> None:
    path = tmp_path / "x1.sch"
    path.write_bytes(XPATH1_RULES)
    ours = load_schematron(path)
    theirs = isoschematron.Schematron(etree.fromstring(XPATH1_RULES), store_report=True)
    for document in (SHARED / "encoding-example.xml",
                     TEI_REAL / "dta-soldatenbriefe" / "data_letter-081.xml"):
        tree = parse_document(document)
        theirs.validate(tree)
        svrl = theirs.validation_report
        expected = len(svrl.findall(f".//{SVRL}failed-assert")) + \
            len(svrl.findall(f".//{SVRL}successful-report"))
        assert len(run_on(ours, document)) == expected > 0


@pytest.mark.parametrize("context", [
    "t:hi[@rend = 'x]y']",  # once read as the name `hiy`: absent, so the rule was skipped
    "t:hi[@rend = 'x]y'] | t:seg[@type = 'a|b']",
    "t:hi[@rend = 'x[y']",
])
def test_a_bracket_or_bar_inside_a_string_of_a_context_predicate_is_text(
        tmp_path: Path, context: str) -> None:
    """Which elements a rule's context can match is read outside its string literals (the
    rule is skipped for a document holding none of them)."""
    path = tmp_path / "quoted.sch"
    path.write_text(
        '<schema xmlns="http://purl.oclc.org/dsdl/schematron"><ns prefix="t" uri="urn:t"/>'
        f'<pattern><rule context="{context}"><report id="seen" test="true()">seen</report>'
        "</rule></pattern></schema>", encoding="utf-8")
    rend = context.split("'")[1]
    document = f'<d xmlns="urn:t"><hi rend="{rend}"/><hi rend="z"/></d>'.encode()
    messages = run_schematron(load_schematron(path), parse_bytes(document, "d.xml"),
                              SourceText(document))
    assert [m.rule for m in messages] == ["seen"]
