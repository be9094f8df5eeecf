"""Each teikit.sch rule: a document that fires it, and the example that does not."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from shared_paths import SHARED

from teikit.convert import convert_text
from teikit.validate import validate_file
from teikit.validate.catalog import HOUSE_SCH
from teikit.validate.parsing import parse_document

EXAMPLE = SHARED / "encoding-example.xml"
NS = {"tei": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def first(tree: etree._ElementTree, xpath: str) -> etree._Element:
    return tree.xpath(xpath, namespaces=NS)[0]


def _set(xpath: str, name: str, value: str) -> Callable[[etree._ElementTree], None]:
    return lambda tree: first(tree, xpath).set(name, value)


def _drop_attribute(xpath: str, name: str) -> Callable[[etree._ElementTree], None]:
    return lambda tree: first(tree, xpath).attrib.pop(name)


def _empty(xpath: str) -> Callable[[etree._ElementTree], None]:
    def change(tree: etree._ElementTree) -> None:
        node = first(tree, xpath)
        for child in list(node):
            node.remove(child)
        node.text = "  "
    return change


def _text(xpath: str, text: str) -> Callable[[etree._ElementTree], None]:
    def change(tree: etree._ElementTree) -> None:
        first(tree, xpath).text = text
    return change


BREAKERS = {
    "hand-declared": _set("//tei:add", "hand", "#hand-9"),
    "local-pointer-resolves": _set("//tei:persName", "ref", "#nobody"),
    "real-date": _set("//tei:body//tei:date", "when", "1951-02-30"),
    "intervention-resp": _drop_attribute("//tei:supplied", "resp"),
    "unique-id": _set("//tei:handNote", XML_ID, "translator"),
    "footnote-order": _set("//tei:note[@place='foot']", "n", "2"),
    "no-empty-block": _empty("(//tei:body//tei:p)[3]"),
    "classification-matches-header": _text("//tei:fw[@type='classification']", "Secret"),
}


def test_every_rule_of_the_house_schematron_is_tested() -> None:
    ids = {a.get("id") for a in etree.parse(str(HOUSE_SCH)).iter(
        "{http://purl.oclc.org/dsdl/schematron}assert")}
    assert ids == set(BREAKERS)


def test_the_example_fires_no_rule() -> None:
    report = validate_file(EXAMPLE, schemas=[HOUSE_SCH], use_xml_model=False)
    assert report.messages == []


@pytest.mark.parametrize("rule", sorted(BREAKERS))
def test_rule_fires_with_line_column_and_advice(rule: str, tmp_path: Path) -> None:
    tree = parse_document(EXAMPLE)
    BREAKERS[rule](tree)
    path = tmp_path / f"{rule}.xml"
    tree.write(str(path), encoding="UTF-8", xml_declaration=True)
    report = validate_file(path, schemas=[HOUSE_SCH], use_xml_model=False)
    fired = [m for m in report.messages if m.rule == rule]
    assert fired, report.messages
    assert all(m.line and m.column for m in fired)
    assert not report.valid


def test_a_markings_label_names_no_category(tmp_path: Path) -> None:
    """`Classification: TOP SECRET` in the text, `Top Secret` in the header: one marking (the
    converter names the category without the label the text prints before it)."""
    tree = parse_document(EXAMPLE)
    marking = first(tree, "//tei:fw[@type='classification']")
    category = first(tree, "//tei:category/tei:catDesc").text
    marking.text = f"Classification: {category.upper()}"
    path = tmp_path / "labelled.xml"
    tree.write(str(path))
    assert validate_file(path, schemas=[HOUSE_SCH], use_xml_model=False).messages == []


def test_a_marking_ruled_off_by_underscores_is_the_category_its_words_name(
        tmp_path: Path) -> None:
    """`_____TOP SECRET` (a form's rule run into the marking) and `[Top Secret]` in one text
    are one category, `cls-top-secret`, whichever the header's `catDesc` spells: the id drops
    the underscores, and so does the comparison (it kept them, and the second marking matched
    no category; the property test's documents found it)."""
    source = ("**May 14, 1950**\n\n**Generated**\n\n_____**TOP SECRET**\n\n"
              "The report follows.\n\n[Top Secret]\n")
    path = tmp_path / "markings.xml"
    path.write_bytes(convert_text(source).to_bytes())
    tree = parse_document(path)
    assert len(tree.xpath("//tei:fw[@type='classification']", namespaces=NS)) == 2
    assert validate_file(path, schemas=[HOUSE_SCH], use_xml_model=False).messages == []


def test_footnote_order_names_the_number_each_footnote_should_have(tmp_path: Path) -> None:
    """Footnotes numbered 1, 2, 4, 5 (after the example's "*" one, which is not numbered):
    the third should be 3, the fourth 4."""
    tree = parse_document(EXAMPLE)
    note = first(tree, "//tei:note[@place='foot']")
    for number in ("1", "2", "4", "5"):
        copy_ = etree.fromstring(etree.tostring(note, with_tail=False))
        copy_.set("n", number)
        copy_.attrib.pop(XML_ID, None)
        note.getparent().append(copy_)
    path = tmp_path / "footnotes.xml"
    tree.write(str(path))
    report = validate_file(path, schemas=[HOUSE_SCH], use_xml_model=False)
    assert [m.message.split("; ")[-1] for m in report.messages
            if m.rule == "footnote-order"] == ['this one should be n="3".',
                                               'this one should be n="4".']


def test_embedded_tei_rules_run_through_the_validator() -> None:
    """--embedded-schematron: the rules inside tei_all, as the corpus README counts them."""
    from shared_paths import TEI_ALL_RNG, TEI_REAL

    document = TEI_REAL / "frus-volumes" / "volumes_frus1917-72PubDipv04.xml"
    with_rules = validate_file(document, schemas=[TEI_ALL_RNG], use_xml_model=False,
                               embedded_schematron=True)
    without = validate_file(document, schemas=[TEI_ALL_RNG], use_xml_model=False)
    assert [m.engine for m in with_rules.messages] == ["schematron"]
    assert without.messages == []


def test_embedded_rules_are_kept_per_grammar(tmp_path: Path) -> None:
    from shared_paths import TEI_ALL_RNG

    from teikit.validate.schema_cache import SchemaCache
    from teikit.validate.schematron import embedded_rules

    cache = SchemaCache(tmp_path)
    small = tmp_path / "small.rng"
    small.write_text(
        '<grammar xmlns="http://relaxng.org/ns/structure/1.0" '
        'xmlns:sch="http://purl.oclc.org/dsdl/schematron"><start><element name="a">'
        '<sch:pattern><sch:rule context="a"><sch:report test="true()">a</sch:report>'
        "</sch:rule></sch:pattern><empty/></element></start></grammar>", encoding="utf-8")
    tei = embedded_rules(cache, TEI_ALL_RNG)
    own = embedded_rules(cache, small)
    assert tei is not None and own is not None
    assert (len(tei.patterns), len(own.patterns)) == (93, 1)
    assert embedded_rules(cache, small) is own


def _real_date(value: str) -> bool:
    try:
        return datetime.date.fromisoformat(value).year >= 1 and value[4] == "-"
    except ValueError:
        return False


@pytest.mark.parametrize("value", [
    "1951-09-10", "1951-01-28", "1951-01-29", "1951-01-31", "1952-02-29",  # real dates
    "1951-02-29", "1951-04-31", "1951-02-30", "1951-13-01", "1951-00-10", "1951-09-00",
    "0000-01-01", "10.09.1951", "1951/09/10", "19510910ab", "1951-9-101", "ABCD-EF-GH",
    "1951-09", "1951", "--09-10",  # other lengths: partial dates, not checked here
])
@pytest.mark.parametrize("attribute", ["when", "notBefore", "to"])
def test_a_ten_character_value_is_reported_exactly_when_it_is_no_real_date(
        value: str, attribute: str, tmp_path: Path) -> None:
    """The rule's context lets through only values that may be no date (a test libxml2 can
    make); the rule itself then asks xs:date. Together they must say what xs:date says."""
    tree = parse_document(EXAMPLE)
    first(tree, "//tei:body//tei:date").set(attribute, value)
    path = tmp_path / "date.xml"
    tree.write(str(path), encoding="UTF-8", xml_declaration=True)
    report = validate_file(path, schemas=[HOUSE_SCH], use_xml_model=False)
    fired = [m.message for m in report.messages if m.rule == "real-date"]
    if len(value) == 10 and not _real_date(value):
        assert fired == [f'@{attribute}="{value}" is not a real calendar date: check day and '
                         "month."]
    else:
        assert fired == []
