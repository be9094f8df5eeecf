"""The Schematron engine's parts, each against exact expected values: how match patterns
become selections, which rules can be skipped, how paths are hoisted, messages filled in,
includes and abstract patterns expanded. Written to kill the mutants a mutation run of
``teikit/validate/schematron.py`` left alive (see the README's validate section)."""

from __future__ import annotations

from pathlib import Path

import pytest
from elementpath import XPath2Parser
from lxml import etree

from teikit.validate.errors import SchematronError
from teikit.validate.parsing import parse_bytes
from teikit.validate.schematron import (
    CURRENT,
    _Compiler,
    load_schematron,
    read_schema,
    with_current,
)
from teikit.validate.schematron_patterns import (
    context_expression,
    required_names,
    strip_predicates,
    xpath1_selection,
)
from teikit.validate.schematron_run import _element_of, run_schematron
from teikit.validate.source import SourceText

TEI = "http://www.tei-c.org/ns/1.0"
NS = {"tei": TEI}
XS = "http://www.w3.org/2001/XMLSchema"


@pytest.mark.parametrize(("pattern", "expected"), [
    ("tei:p", "//tei:p"),
    ("tei:p | tei:head", "//tei:p | //tei:head"),
    ("tei:p|tei:head", "//tei:p | //tei:head"),
    ("/tei:TEI", "/tei:TEI"),
    ("/", "/"),
    ("tei:a[@x = 'y|z'] | tei:b", "//tei:a[@x = 'y|z'] | //tei:b"),
    ('tei:a[@x = "y|z"] | tei:b', '//tei:a[@x = "y|z"] | //tei:b'),
    ("tei:a[tei:b | tei:c] | tei:d", "//tei:a[tei:b | tei:c] | //tei:d"),
    ("tei:a[f(1, (2|3))] | tei:d", "//tei:a[f(1, (2|3))] | //tei:d"),
    ("tei:a[@x = \"it's\"] | tei:b", "//tei:a[@x = \"it's\"] | //tei:b"),
    ("tei:Xref | tei:X", "//tei:Xref | //tei:X"),
    ("  tei:p  ", "//tei:p"),
])
def test_match_pattern_to_selection(pattern: str, expected: str) -> None:
    assert context_expression(pattern) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("tei:a[@b]", "tei:a"),
    ("tei:a[b[c]]/d", "tei:a/d"),
    ("a[1][2]", "a"),
    ("abc", "abc"),
])
def test_strip_predicates(text: str, expected: str) -> None:
    assert strip_predicates(text) == expected


@pytest.mark.parametrize(("context", "expected"), [
    ("tei:p", frozenset({(TEI, "p")})),
    ("tei:p | tei:head", frozenset({(TEI, "p"), (TEI, "head")})),
    ("tei:note[@type = 'x']", frozenset({(TEI, "note")})),
    ("tei:div/tei:p", frozenset({(TEI, "div"), (TEI, "p")})),
    ("p", frozenset({("", "p")})),
    ("tei:*", None),
    ("@xml:id", None),
    ("tei:p/node()", None),
    ("tei:p/text()", None),
    ("tei:p/comment()", None),
    ("/tei:TEI", None),
    ("  /tei:TEI", None),
    ("other:p", None),  # an undeclared prefix: no guarantee
    ("tei:p[starts-with(@n, 'x')]", frozenset({(TEI, "p")})),
])
def test_names_a_rule_needs(context: str, expected: frozenset | None) -> None:
    assert required_names(context, NS) == expected


def test_with_current() -> None:
    assert with_current("@a = current()/@b and current( )") == \
        f"@a = ${CURRENT}/@b and ${CURRENT}"
    assert with_current("recurrent()") == "recurrent()"


def test_xpath1_fast_path_is_refused_for_variables_current_and_the_root() -> None:
    assert xpath1_selection("//tei:p", NS) is not None
    assert xpath1_selection("//tei:p[@n = $x]", NS) is None
    assert xpath1_selection("//tei:p[@n = current()/@n]", NS) is None
    assert xpath1_selection("/", NS) is None
    assert xpath1_selection("//tei:p | /", NS) is None
    assert xpath1_selection("//tei:p[@n castable as xs:integer]", NS) is None


def test_hoisting_names_each_root_path_once() -> None:
    compiler = _Compiler(XPath2Parser(namespaces=NS))
    assert compiler.hoist("count(//tei:p) + count(//tei:p) + count(//tei:head/@n)") == \
        "count($teikit-abs-1) + count($teikit-abs-1) + count($teikit-abs-2)"
    assert compiler.hoisted == {"teikit-abs-1": "//tei:p", "teikit-abs-2": "//tei:head/@n"}


def test_hoisting_leaves_paths_with_steps_after_or_not_at_an_operand_start() -> None:
    compiler = _Compiler(XPath2Parser(namespaces=NS))
    assert compiler.hoist("exists(//tei:p[@n]/tei:hi)") == "exists(//tei:p[@n]/tei:hi)"
    assert compiler.hoist("exists(//tei:p[@n] / tei:hi)") == "exists(//tei:p[@n] / tei:hi)"
    assert compiler.hoist("@a = //tei:p") == "@a = //tei:p"  # not an operand start
    assert compiler.hoisted == {}


@pytest.mark.parametrize(("text", "hoisted"), [
    ("exists(//tei:p[@n])", "//tei:p[@n]"),
    ("for $n in //tei:note[@place = 'foot'][@n castable as xs:integer] return $n",
     "//tei:note[@place = 'foot'][@n castable as xs:integer]"),
    ("count(//tei:p[@n = ']'])", "//tei:p[@n = ']']"),
    ("exists(//tei:p[exists(tei:hi[@rend])])", "//tei:p[exists(tei:hi[@rend])]"),
])
def test_root_paths_whose_predicates_test_the_element_alone_are_hoisted(
        text: str, hoisted: str) -> None:
    compiler = _Compiler(XPath2Parser(namespaces={**NS, "xs": XS}))
    assert "$teikit-abs-1" in compiler.hoist(text)
    assert compiler.hoisted == {"teikit-abs-1": hoisted}


@pytest.mark.parametrize("text", [
    "exists(//tei:p[1])",  # a position: something else on the self axis
    "exists(//tei:p[last()])",
    "exists(//tei:p[@n = $x])",  # a variable may be bound per rule
    "exists(//tei:p[@n = current()/@n])",
    "exists(//tei:p[@n = //tei:q/@n])",
    "exists(//tei:p[@n)",  # not closed
])
def test_root_paths_with_other_predicates_stay(text: str) -> None:
    compiler = _Compiler(XPath2Parser(namespaces=NS))
    compiler.hoist(text)
    assert not any("[" in path for path in compiler.hoisted.values())


def test_a_hoisted_predicated_path_gives_what_elementpath_gives() -> None:
    schema = read_schema(etree.fromstring(
        SCH + '<pattern><rule context="a">'
        "<let name=\"c\" value=\"count(//b[@n castable as xs:integer][. != ''])\"/>"
        "<let name=\"n\" value=\"string-join(for $b in //b[@n = ('1', '3')] return $b/@n, ',')\"/>"
        '<report id="r" test="true()"><value-of select="$c"/> <value-of select="$n"/>'
        "</report></rule></pattern></schema>"))
    assert "teikit-abs-1" in schema.fast_lets and "teikit-abs-2" in schema.fast_lets
    document = '<a><b n="1">x</b><c><b n="x">y</b><b n="3"/></c><b n="2">z</b></a>'
    assert [m.message for m in run_schematron(
        schema, parse_bytes(document.encode(), "d.xml"), SourceText(b""))] == ["2 1,3"]


def test_compile_errors_name_the_place_and_expression() -> None:
    compiler = _Compiler(XPath2Parser(namespaces=NS))
    with pytest.raises(SchematronError, match=r"^test: cannot compile 'tei:p\[': "):
        compiler.compile("tei:p[", "test")


def test_element_of_an_attribute_item_is_its_parent() -> None:
    from elementpath import XPathContext

    root = etree.fromstring('<a><b c="1"/></a>')
    context = XPathContext(root.getroottree())
    (attribute,) = XPath2Parser().parse("//b/@c").select(context)
    assert _element_of(attribute) is root[0]
    assert _element_of(root[0]) is root[0]
    assert _element_of(None) is None


def _messages(schema_text: str, document: str, **options: object) -> list:
    schema = read_schema(etree.fromstring(schema_text), **options)  # type: ignore[arg-type]
    data = document.encode()
    return run_schematron(schema, parse_bytes(data, "d.xml"), SourceText(data))


SCH = '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">'


def test_rule_on_the_root_node_fires() -> None:
    messages = _messages(SCH + '<pattern><rule context="/"><report id="r" test="true()">'
                         "root</report></rule></pattern></schema>", "<a/>")
    assert [m.rule for m in messages] == ["r"]


def test_first_matching_rule_wins_per_node() -> None:
    messages = _messages(
        SCH + '<pattern><rule context="b"><report id="first" test="true()">1</report></rule>'
        '<rule context="*"><report id="second" test="true()">2</report></rule></pattern>'
        "</schema>", "<a><b/><c/></a>")
    assert sorted(m.rule for m in messages) == ["first", "second", "second"]


def test_message_parts() -> None:
    messages = _messages(
        SCH + '<pattern><rule context="b"><assert id="m" test="false()">'
        'at <name/>, n=<value-of select="@n"/>, parent <name path=".."/>, '
        "<emph>kept <value-of select=\"count(../*)\"/></emph>  done</assert></rule>"
        "</pattern></schema>", '<a><b n="7"/><b n="8"/></a>')
    assert [m.message for m in messages] == [
        "at b, n=7, parent a, kept 2 done", "at b, n=8, parent a, kept 2 done"]


def test_message_comment_keeps_its_tail() -> None:
    messages = _messages(
        SCH + '<pattern><rule context="a"><assert id="m" test="false()">before<!-- c -->'
        "after</assert></rule></pattern></schema>", "<a/>")
    assert messages[0].message == "beforeafter"


def test_report_fires_when_true_assert_when_false() -> None:
    messages = _messages(
        SCH + '<pattern><rule context="a"><report id="r1" test="true()">x</report>'
        '<report id="r2" test="false()">x</report><assert id="a1" test="true()">x</assert>'
        '<assert id="a2" test="false()">x</assert></rule></pattern></schema>', "<a/>")
    assert sorted(m.rule for m in messages) == ["a2", "r1"]


def test_rule_id_and_pattern_id_name_the_message_when_the_check_has_none() -> None:
    messages = _messages(
        SCH + '<pattern id="p"><rule id="r" context="a"><assert test="false()">x</assert>'
        '</rule><rule context="b"><assert test="false()">y</assert></rule></pattern>'
        '<pattern><rule context="a"><assert test="false()">z</assert></rule></pattern>'
        "</schema>", "<r><a/><b/></r>")
    assert sorted(m.rule for m in messages) == ["p", "pattern-2", "r"]


def test_lets_at_every_level_and_current() -> None:
    messages = _messages(
        SCH + '<let name="top" value="count(//b)"/><pattern><let name="mid" value="10"/>'
        '<rule context="b"><let name="own" value="@n"/>'
        '<assert id="m" test="false()"><value-of select="$top + $mid + number($own)"/> '
        '<value-of select="count(//b[@n = current()/@n])"/></assert></rule>'
        "</pattern></schema>", '<a><b n="1"/><b n="1"/><b n="5"/></a>')
    assert [m.message for m in messages] == ["14 2", "14 2", "18 1"]


def test_pattern_lets_do_not_leak_into_the_next_pattern() -> None:
    with pytest.raises(Exception, match=r"unknown variable 'leak'"):
        _messages(SCH + '<pattern><let name="leak" value="1"/></pattern>'
                  '<pattern><rule context="a"><assert test="$leak">x</assert></rule>'
                  "</pattern></schema>", "<a/>")


def test_missing_phase_is_an_error() -> None:
    with pytest.raises(SchematronError, match="no phase 'nope'"):
        read_schema(etree.fromstring(SCH + "<pattern/></schema>"), phase="nope")


def test_all_phase_runs_every_pattern() -> None:
    schema = read_schema(etree.fromstring(
        SCH.replace(">", ' defaultPhase="one">', 1) + '<phase id="one"><active pattern="p1"/>'
        '</phase><pattern id="p1"/><pattern id="p2"/></schema>'), phase="#ALL")
    assert [p.id for p in schema.patterns] == ["p1", "p2"]


def test_default_phase_selects_its_patterns() -> None:
    schema = read_schema(etree.fromstring(
        SCH.replace(">", ' defaultPhase="one">', 1) + '<phase id="one"><active pattern="p2"/>'
        '</phase><pattern id="p1"/><pattern id="p2"/></schema>'))
    assert [p.id for p in schema.patterns] == ["p2"]
    assert schema.phases == {"one": ["p2"]}


def test_abstract_pattern_parameters_replace_whole_names_only() -> None:
    schema_text = (
        SCH + '<pattern abstract="true" id="abs"><rule context="$el">'
        '<assert id="c" test="count($el2) = 0">x <value-of select="\'$el\'"/>'
        "</assert></rule></pattern>"
        '<pattern is-a="abs" id="use"><param name="el" value="b"/>'
        '<param name="el2" value="c"/></pattern></schema>')
    messages = _messages(schema_text, "<a><b><c/></b><b/></a>")
    assert [(m.rule, m.message) for m in messages] == [("c", "x b")]


def test_abstract_pattern_instance_takes_its_id_and_the_abstract_one_is_dropped() -> None:
    schema = read_schema(etree.fromstring(
        SCH + '<pattern abstract="true" id="abs"><rule context="$el"><assert test="true()">x'
        '</assert></rule></pattern><pattern is-a="abs"><param name="el" value="b"/>'
        "</pattern></schema>"))
    assert [p.id for p in schema.patterns] == ["abs"]
    assert schema.patterns[0].rules[0].context_text == "b"


def test_abstract_rule_is_not_run_on_its_own() -> None:
    messages = _messages(
        SCH + '<pattern><rule abstract="true" id="base" context="a">'
        '<assert id="base" test="false()">x</assert></rule></pattern></schema>', "<a/>")
    assert messages == []


def test_include_is_read_safely_and_nested(tmp_path: Path) -> None:
    (tmp_path / "deep.sch").write_bytes(
        b'<!DOCTYPE pattern [<!ENTITY who "entity text">]>'
        b'<pattern xmlns="http://purl.oclc.org/dsdl/schematron" id="deep"><rule context="a">'
        b'<report id="deep" test="true()">deep &who;</report></rule></pattern>')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "mid.sch").write_bytes(
        b'<pattern xmlns="http://purl.oclc.org/dsdl/schematron" id="mid"><rule context="a">'
        b'<report id="mid" test="true()">mid</report></rule></pattern>')
    (tmp_path / "main.sch").write_bytes(
        b'<schema xmlns="http://purl.oclc.org/dsdl/schematron"><include href="sub/mid.sch"/>'
        b'<include href="deep.sch"/></schema>')
    schema = load_schematron(tmp_path / "main.sch")
    data = b"<a/>"
    messages = run_schematron(schema, parse_bytes(data, "x"), SourceText(data))
    assert [(m.rule, m.message) for m in messages] == [("mid", "mid"), ("deep", "deep")]


def test_include_of_a_missing_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "main.sch").write_bytes(
        b'<schema xmlns="http://purl.oclc.org/dsdl/schematron"><include href="none.sch"/>'
        b"</schema>")
    with pytest.raises(Exception, match=r"none\.sch"):
        load_schematron(tmp_path / "main.sch")


KEYED = ('<schema xmlns="http://purl.oclc.org/dsdl/schematron" '
         'xmlns:xsl="http://www.w3.org/1999/XSL/Transform" queryBinding="xslt2">'
         '<xsl:key name="by-n" match="{match}" use="@n"/>'
         '<pattern><rule context="ref"><assert id="k" test="false()">'
         "<value-of select=\"count(key('by-n', @to))\"/> "
         "<value-of select=\"string-join(for $t in key('by-n', tokenize(@to, ' ')) "
         "return name($t), ',')\"/></assert></rule></pattern></schema>")
KEYED_DOCUMENT = '<r><a n="1"/><b n="1"/><a n="2"/><ref to="1"/><ref to="2 1"/><ref to="3"/></r>'


@pytest.mark.parametrize("match", ["*[@n]", "*[@n][string-length(@n) castable as xs:integer]"])
def test_xsl_key_lookup(match: str) -> None:
    """Through libxml2 (XPath 1 match) and through elementpath (XPath 2 match)."""
    messages = _messages(KEYED.format(match=match), KEYED_DOCUMENT)
    assert [m.message for m in messages] == ["2 a,b", "0 a,b,a", "0"]


def test_xsl_key_of_an_attribute_value_and_a_string() -> None:
    messages = _messages(KEYED.format(match="*[@n]").replace(
        "count(key('by-n', @to))", "count(key('by-n', string(@to)))"), KEYED_DOCUMENT)
    assert [m.message.split()[0] for m in messages] == ["2", "0", "0"]


def test_undeclared_key_is_an_error() -> None:
    with pytest.raises(Exception, match="no xsl:key of that name"):
        _messages(SCH + "<pattern><rule context=\"a\"><assert test=\"exists(key('none', 'x'))\">"
                  "x</assert></rule></pattern></schema>", "<a/>")


@pytest.mark.parametrize("binding", ["xslt3", "XSLT3", "xpath3", "xpath31"])
def test_xpath_31_bindings(binding: str) -> None:
    messages = _messages(SCH.replace("xslt2", binding) + '<pattern><rule context="a">'
                         "<report id=\"r\" test=\"'x' || 'y' = 'xy'\">joined</report></rule>"
                         "</pattern></schema>", "<a/>")
    assert [m.rule for m in messages] == ["r"]


@pytest.mark.parametrize("binding", ["xslt2", "xslt", None])
def test_xpath_2_bindings_reject_xpath_3_syntax(binding: str | None) -> None:
    head = SCH.replace(' queryBinding="xslt2"', f' queryBinding="{binding}"' if binding else "")
    with pytest.raises(SchematronError, match=r"^test: cannot compile"):
        read_schema(etree.fromstring(head + "<pattern><rule context=\"a\"><report "
                                     "test=\"'x' || 'y'\">x</report></rule></pattern></schema>"))


def test_generate_id_identifies_nodes() -> None:
    messages = _messages(
        SCH + '<pattern><rule context="b"><report id="r" test="true()">'
        '<value-of select="generate-id(.) = generate-id(.)"/> '
        '<value-of select="generate-id(.) = generate-id(..)"/> '
        '<value-of select="generate-id(.) = generate-id(../b[1])"/> '
        "[<value-of select=\"generate-id(())\"/>]</report></rule></pattern></schema>",
        "<a><b/><b/></a>")
    assert [m.message for m in messages] == ["true false true []", "true false false []"]


@pytest.mark.parametrize(("what", "schema_part"), [
    ("test", '<rule context="a"><assert test="(">x</assert></rule>'),
    ("context", '<rule context="a["><assert test="true()">x</assert></rule>'),
    ("let", '<rule context="a"><let name="v" value="("/><assert test="true()">x</assert>'
            "</rule>"),
])
def test_compile_errors_say_where(what: str, schema_part: str) -> None:
    with pytest.raises(SchematronError, match=f"^{what}: cannot compile"):
        read_schema(etree.fromstring(SCH + f"<pattern>{schema_part}</pattern></schema>"))


def test_defaults_of_missing_attributes() -> None:
    """No test: true(); no context: the document node; no let value: the empty sequence."""
    messages = _messages(
        SCH + '<pattern><rule context="a"><let name="none"/><assert id="a" test="empty($none)">'
        'x</assert><assert id="never">x</assert><report id="always">x</report></rule></pattern>'
        '<pattern><rule><report id="root" test="count(/*) = 1">x</report></rule></pattern>'
        "</schema>", "<a/>")
    assert sorted(m.rule for m in messages) == ["always", "root"]


@pytest.mark.parametrize(("role", "severity"), [
    ("warn", "warning"), ("information", "warning"), ("WARNING", "warning"),
    ("fatal", "error"), ("", "error")])
def test_roles(role: str, severity: str) -> None:
    messages = _messages(SCH + f'<pattern><rule context="a"><assert role="{role}" '
                         'test="false()">x</assert></rule></pattern></schema>', "<a/>")
    assert [m.severity for m in messages] == [severity]


def test_values_are_printed_as_xpath_strings() -> None:
    messages = _messages(
        SCH + '<pattern><rule context="b"><report id="r" test="true()">'
        '<value-of select="true()"/>,<value-of select="false()"/>,<value-of select="(1, 2)"/>,'
        '<value-of select="1.5"/>,<value-of select="2 * 1.0"/>,<value-of/>,<!-- c -->'
        '<value-of select="@n"/>,<name path=".."/></report></rule></pattern></schema>',
        '<a><b n="x">text</b></a>')
    assert [m.message for m in messages] == ["true,false,1 2,1.5,2,text,x,a"]


def test_a_skipped_rule_does_not_stop_the_pattern() -> None:
    messages = _messages(
        SCH + '<pattern><rule context="absent"><report id="no" test="true()">x</report></rule>'
        '<rule context="a"><report id="yes" test="true()">x</report></rule></pattern>'
        "</schema>", "<a/>")
    assert [m.rule for m in messages] == ["yes"]


def test_a_node_fires_once_per_pattern_across_fast_and_python_selections() -> None:
    messages = _messages(
        SCH + '<pattern><rule context="b"><report id="fast" test="true()">x</report></rule>'
        '<rule context="b[@n castable as xs:integer] | c"><report id="slow" '
        'test="current()/@n = @n or self::c">x</report></rule></pattern></schema>',
        '<a><b n="1"/><c n="2"/></a>')
    assert sorted(m.rule for m in messages) == ["fast", "slow"]


def test_single_step_context_with_a_python_predicate_sees_the_whole_document() -> None:
    messages = _messages(
        SCH + '<pattern><rule context="b[../@n castable as xs:integer]">'
        '<report id="r" test="true()">x</report></rule></pattern></schema>',
        '<a n="3"><b/></a>')
    assert [m.rule for m in messages] == ["r"]


def test_root_branch_after_another_is_not_left_to_libxml2() -> None:
    assert xpath1_selection("/|//tei:p", NS) is None
    assert xpath1_selection("//tei:p|/", NS) is None


def test_quoted_bracket_does_not_count() -> None:
    assert context_expression("tei:a[@x = ']'] | tei:b") == "//tei:a[@x = ']'] | //tei:b"


def test_abstract_pattern_fills_path_and_value_parameters() -> None:
    messages = _messages(
        SCH + '<pattern abstract="true" id="abs"><rule context="$el"><let name="v" '
        'value="$val"/><report id="r" test="true()"><name path="$up"/> <value-of '
        'select="$v"/></report></rule></pattern><pattern is-a="abs" id="use">'
        '<param name="el" value="b"/><param name="up" value=".."/>'
        '<param name="val" value="count(//b)"/></pattern></schema>', "<a><b/><b/></a>")
    assert [m.message for m in messages] == ["a 2", "a 2"]


def test_nested_include_resolves_from_the_including_file(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "inner.sch").write_bytes(
        b'<pattern xmlns="http://purl.oclc.org/dsdl/schematron" id="inner"><rule context="a">'
        b'<report id="inner" test="true()">inner</report></rule></pattern>')
    (tmp_path / "sub" / "outer.sch").write_bytes(
        b'<schema xmlns="http://purl.oclc.org/dsdl/schematron"><include href="inner.sch"/>'
        b"</schema>")
    (tmp_path / "main.sch").write_bytes(
        b'<schema xmlns="http://purl.oclc.org/dsdl/schematron"><include href="sub/outer.sch"/>'
        b"</schema>")
    schema = load_schematron(tmp_path / "main.sch")
    messages = run_schematron(schema, parse_bytes(b"<a/>", "x"), SourceText(b"<a/>"))
    assert [m.rule for m in messages] == ["inner"]


def test_missing_include_is_named_as_written(tmp_path: Path) -> None:
    (tmp_path / "main.sch").write_bytes(
        b'<schema xmlns="http://purl.oclc.org/dsdl/schematron"><include href="none.sch"/>'
        b"</schema>")
    with pytest.raises(Exception, match=r"^cannot read schema none\.sch: no such file"):
        load_schematron(tmp_path / "main.sch")


def test_schema_entities_are_not_expanded(tmp_path: Path) -> None:
    (tmp_path / "main.sch").write_bytes(
        b'<!DOCTYPE schema [<!ENTITY who "entity text">]>'
        b'<schema xmlns="http://purl.oclc.org/dsdl/schematron"><pattern><rule context="a">'
        b'<report id="r" test="true()">said &who;</report></rule></pattern></schema>')
    schema = load_schematron(tmp_path / "main.sch")
    messages = run_schematron(schema, parse_bytes(b"<a/>", "x"), SourceText(b"<a/>"))
    assert [m.message for m in messages] == ["said"]


@pytest.mark.parametrize(("what", "declaration"), [
    ("key match", '<xsl:key name="k" match="a[" use="@n"/>'),
    ("key use", '<xsl:key name="k" match="a" use="("/>'),
])
def test_key_compile_errors_say_where(what: str, declaration: str) -> None:
    head = SCH.replace(">", ' xmlns:xsl="http://www.w3.org/1999/XSL/Transform">', 1)
    with pytest.raises(SchematronError, match=f"^{what}: cannot compile"):
        read_schema(etree.fromstring(head + declaration + "</schema>"))


def test_key_defaults_to_the_node_itself() -> None:
    """No use: the node's string value; the key is found by its name."""
    head = SCH.replace(">", ' xmlns:xsl="http://www.w3.org/1999/XSL/Transform">', 1)
    messages = _messages(
        head + '<xsl:key name="by-text" match="b"/><xsl:key name="other" match="c"/>'
        "<pattern><rule context=\"a\"><report id=\"r\" test=\"true()\">"
        "<value-of select=\"count(key('by-text', 'x'))\"/></report></rule></pattern>"
        "</schema>", "<a><b>x</b><b>y</b><c>x</c></a>")
    assert [m.message for m in messages] == ["1"]


def test_current_is_the_context_node_of_a_rule_selected_in_python() -> None:
    messages = _messages(
        SCH + '<pattern><rule context="b[@n castable as xs:integer] | c">'
        '<report id="r" test="current()/@n = \'2\'">x</report></rule></pattern></schema>',
        '<a><b n="1"/><c n="2"/></a>')
    assert [m.rule for m in messages] == ["r"]
