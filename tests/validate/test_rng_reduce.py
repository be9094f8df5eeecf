"""Grammar reduction on small grammars: names resolved exactly (xml: attributes, inherited
ns, open name classes kept), verdicts equal to the full grammar's, nothing left that slows
libxml2 down."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from teikit.validate.parsing import parse_bytes, safe_parser
from teikit.validate.rng_reduce import PatternTree, R, collect_names, reduce_grammar

GRAMMAR = b"""<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:a"
    datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><ref name="doc"/></start>
  <define name="doc">
    <element name="doc">
      <optional><attribute name="xml:id"><data type="ID"/></attribute></optional>
      <zeroOrMore><choice><ref name="p"/><ref name="other"/><ref name="any"/></choice></zeroOrMore>
      <optional><ref name="end"/></optional>
    </element>
  </define>
  <define name="p">
    <element name="p">
      <optional><attribute name="n"/></optional>
      <optional><ref name="title"/></optional>
      <text/>
    </element>
  </define>
  <define name="title"><element name="title"><text/></element></define>
  <define name="other" ns="urn:b"><element name="p"><empty/></element></define>
  <define name="any">
    <element><anyName><except><nsName/><nsName ns="urn:b"/></except></anyName><text/></element>
  </define>
  <define name="end"><element name="end"><ref name="title"/></element></define>
</grammar>"""

DOCUMENTS = [
    b'<doc xmlns="urn:a" xml:id="d1"><p n="1">x</p></doc>',
    b'<doc xmlns="urn:a" xml:id="d 2"><p>x</p></doc>',
    b'<doc xmlns="urn:a"><p><title>t</title>x</p></doc>',
    b'<doc xmlns="urn:a"><b:p xmlns:b="urn:b"/></doc>',
    b'<doc xmlns="urn:a"><b:p xmlns:b="urn:b">text</b:p></doc>',
    b'<doc xmlns="urn:a"><c:x xmlns:c="urn:c">foreign</c:x></doc>',
    b'<doc xmlns="urn:a"><p title="no">x</p></doc>',
    b'<doc xmlns="urn:a"><end/></doc>',
    b'<doc xmlns="urn:a"><end><title>t</title></end></doc>',
    b'<doc xmlns="urn:a"><p/><p/><title/></doc>',
    b'<doc xmlns="urn:b"/>',
]


@pytest.fixture(scope="module")
def grammar() -> etree._Element:
    return etree.fromstring(GRAMMAR)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_reduced_verdict_equals_full_verdict(grammar: etree._Element, document: bytes) -> None:
    tree = parse_bytes(document, "doc.xml")
    full = etree.RelaxNG(grammar).validate(tree)
    reduced_grammar = reduce_grammar(grammar, collect_names(tree.getroot()))
    assert etree.RelaxNG(reduced_grammar).validate(tree) == full
    assert reduced_grammar.find(f".//{R}notAllowed") is None or \
        reduced_grammar.find(f"{R}start/{R}notAllowed") is not None


def test_absent_names_are_gone_and_open_name_classes_stay(grammar: etree._Element) -> None:
    tree = etree.fromstring(DOCUMENTS[5]).getroottree()  # doc + a foreign element
    reduced = reduce_grammar(grammar, collect_names(tree.getroot()))
    names = {e.get("name") for e in reduced.iter(f"{R}element")}
    assert names == {"doc", None}  # p, title, end, urn:b's p gone; anyName kept
    assert reduced.find(f".//{R}anyName") is not None
    assert not any(a.get("name") == "xml:id" for a in reduced.iter(f"{R}attribute"))


def test_xml_id_attribute_is_kept_when_present(grammar: etree._Element) -> None:
    tree = etree.fromstring(DOCUMENTS[0]).getroottree()
    reduced = reduce_grammar(grammar, collect_names(tree.getroot()))
    assert any(a.get("name") == "xml:id" for a in reduced.iter(f"{R}attribute"))


def test_inherited_ns_decides(grammar: etree._Element) -> None:
    """urn:b's p (its define says ns="urn:b") is kept only for documents that use it."""
    with_b = reduce_grammar(grammar, collect_names(etree.fromstring(DOCUMENTS[3])))
    without_b = reduce_grammar(grammar, collect_names(etree.fromstring(DOCUMENTS[2])))
    assert with_b.find(f"{R}define[@name='other']") is not None
    assert without_b.find(f"{R}define[@name='other']") is None


def test_grammar_with_include_is_validated_in_full(tmp_path) -> None:
    from teikit.validate import validate_file

    (tmp_path / "part.rng").write_text(
        '<grammar xmlns="http://relaxng.org/ns/structure/1.0">'
        '<define name="p"><element name="p"><text/></element></define></grammar>')
    (tmp_path / "main.rng").write_text(
        '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="part.rng"/>'
        '<start><element name="doc"><oneOrMore><ref name="p"/></oneOrMore></element></start>'
        "</grammar>")
    good, bad = tmp_path / "good.xml", tmp_path / "bad.xml"
    good.write_text("<doc><p>x</p></doc>")
    bad.write_text("<doc><q/></doc>")
    assert validate_file(good, schemas=[tmp_path / "main.rng"]).valid
    report = validate_file(bad, schemas=[tmp_path / "main.rng"])
    assert not report.valid and report.messages[0].line == 1


def test_reductions_leave_the_read_grammar_unchanged(grammar: etree._Element) -> None:
    """Reductions share the unedited parts of the grammar they read: one reduction must not
    change what the next one reads."""
    tree = PatternTree(grammar)
    names = [collect_names(parse_bytes(document, "doc.xml").getroot()) for document in DOCUMENTS]
    first = [tree.reduce(document_names) for document_names in names]
    again = [tree.reduce(document_names) for document_names in reversed(names)]
    assert first == list(reversed(again))
    assert len(set(first)) > 5  # the documents' name sets do give different grammars


def test_definitions_settled_by_names_alone_match_the_full_grammar() -> None:
    """A class whose members are all absent is notAllowed and an optional attribute whose
    name is absent is empty, known without visiting them; the verdicts stay the full
    grammar's."""
    grammar = etree.fromstring(b"""<grammar xmlns="http://relaxng.org/ns/structure/1.0">
      <start><element name="doc"><ref name="atts"/>
        <zeroOrMore><choice><ref name="model"/><text/></choice></zeroOrMore></element></start>
      <define name="atts"><optional><attribute name="n"/></optional><ref name="more"/></define>
      <define name="more"><optional><attribute name="type"/></optional></define>
      <define name="model"><choice><ref name="a"/><ref name="b"/></choice></define>
      <define name="a"><element name="a"><ref name="atts"/><text/></element></define>
      <define name="b"><element name="b"><empty/></element></define>
    </grammar>""")
    tree = PatternTree(grammar)
    assert tree.requirements["model"] == {("e", "", "a"), ("e", "", "b")}
    assert tree.vacancies["atts"] == {("a", "", "n"), ("a", "", "type")}
    for document in (b"<doc>x</doc>", b'<doc n="1"><a type="t">y</a></doc>', b"<doc><b/></doc>",
                     b"<doc><b>no</b></doc>", b'<doc><a n="1"/><c/></doc>'):
        parsed = etree.fromstring(document).getroottree()
        reduced = etree.fromstring(tree.reduce(collect_names(parsed.getroot())))
        assert etree.RelaxNG(reduced).validate(parsed) == etree.RelaxNG(grammar).validate(parsed)
        assert reduced.find(f".//{R}notAllowed") is None or \
            reduced.find(f"{R}start/{R}notAllowed") is not None
    plain = etree.fromstring(tree.reduce(collect_names(etree.fromstring(b"<doc>x</doc>"))))
    assert plain.find(f".//{R}ref") is None  # the class and the attributes are gone


def test_a_cycle_assumed_allowed_that_is_not_gets_a_second_pass() -> None:
    """``b`` refers to ``a`` while ``a`` is still being simplified; ``a`` then turns out
    notAllowed (its ``z`` is absent): ``b`` must be simplified again, or the reduced
    grammar keeps a notAllowed (slow in libxml2)."""
    grammar = etree.fromstring(b"""<grammar xmlns="http://relaxng.org/ns/structure/1.0">
      <start><element name="r"><zeroOrMore><choice><ref name="a"/><ref name="b"/></choice>
        </zeroOrMore></element></start>
      <define name="a"><element name="p"><optional><ref name="b"/></optional><ref name="z"/>
        </element></define>
      <define name="b"><element name="q"><optional><ref name="a"/></optional></element></define>
      <define name="z"><element name="z"><empty/></element></define>
    </grammar>""")
    tree = PatternTree(grammar)
    for document in (b"<r><q/></r>", b"<r><q><p/></q></r>", b"<r><p><q/></p><q/></r>",
                     b"<r><p><z/></p></r>"):
        parsed = etree.fromstring(document).getroottree()
        reduced = etree.fromstring(tree.reduce(collect_names(parsed.getroot())))
        assert reduced.find(f".//{R}notAllowed") is None or \
            reduced.find(f"{R}start/{R}notAllowed") is not None
        assert etree.RelaxNG(reduced).validate(parsed) == etree.RelaxNG(grammar).validate(parsed)


def test_a_reduction_leaves_nothing_for_another_pass(shared: Path) -> None:
    """Reducing tei_all's reduction again to the same names changes nothing: the single
    pass taken when no assumption failed reached the fixed point."""
    corpora = shared / "corpora"
    tei_all = PatternTree(etree.parse(str(corpora / "schemas" / "tei_all-4.12.0.rng"),
                                      safe_parser()).getroot())
    documents = sorted((corpora / "tei-real").rglob("*.xml"))[::7]
    for path in documents:
        names = collect_names(parse_bytes(path.read_bytes(), str(path)).getroot())
        once = tei_all.reduce(names)
        assert PatternTree(etree.fromstring(once)).reduce(names) == once, path
