"""Lists written `(X+, Y*)+` (TEI's listPerson, listPlace …) reduced to `X, (X | Y)*`, and
repetitions of repetitions to one: the same verdict on every sequence, in linear time."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from growth import best_times
from lxml import etree
from shared_paths import EDITION

from teikit.validate.catalog import TEI_ALL_RNG
from teikit.validate.parsing import parse_bytes
from teikit.validate.rng_reduce import PatternTree, R, collect_names, reduce_grammar
from teikit.validate.runner import validate_file
from teikit.validate.schema_cache import SchemaCache

GRAMMAR = b"""<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:a">
  <start><choice><ref name="list"/><ref name="mixed"/></choice></start>
  <define name="list">
    <element name="list">
      <zeroOrMore><ref name="head"/></zeroOrMore>
      <oneOrMore>
        <oneOrMore><choice><ref name="entry"/><ref name="list"/></choice></oneOrMore>
        <zeroOrMore><choice><ref name="rel"/><ref name="note"/></choice></zeroOrMore>
      </oneOrMore>
    </element>
  </define>
  <define name="head"><element name="head"><text/></element></define>
  <define name="entry"><element name="entry"><text/></element></define>
  <define name="rel"><element name="rel"><empty/></element></define>
  <define name="note"><element name="note"><text/></element></define>
  <define name="mixed">
    <element name="mixed"><oneOrMore><oneOrMore><text/><ref name="entry"/></oneOrMore>
    <zeroOrMore><ref name="rel"/></zeroOrMore></oneOrMore></element>
  </define>
</grammar>"""
ITEMS = ["<entry>e</entry>", "<rel/>", "<note>n</note>", "<head>h</head>", "<list><entry/></list>"]


def reduced_definition(names_from: bytes, name: str) -> etree._Element:
    grammar = etree.fromstring(GRAMMAR)
    reduced = reduce_grammar(grammar, collect_names(parse_bytes(names_from, "d.xml").getroot()))
    found = reduced.find(f"{R}define[@name='{name}']")
    assert found is not None
    return found


def shape(element: etree._Element) -> str:
    """The patterns of a definition's content, as nested kinds (refs by name)."""
    def kinds(node: etree._Element) -> str:
        local = etree.QName(node).localname
        if local == "ref":
            return node.get("name") or ""
        return f"{local}({', '.join(kinds(child) for child in node)})" if len(node) else local
    return kinds(element[0])


def test_runs_followed_by_their_relations_are_one_entry_then_any_of_both() -> None:
    names = b'<list xmlns="urn:a"><head/><entry/><rel/><note/><list/></list>'
    assert shape(reduced_definition(names, "list")) == (
        "element(zeroOrMore(head), group(choice(entry, list), "
        "zeroOrMore(choice(choice(entry, list), choice(rel, note)))))")


def test_a_repetition_of_a_repetition_is_one() -> None:
    names = b'<list xmlns="urn:a"><entry/><list/></list>'  # no rel, no note: Y reduced away
    assert shape(reduced_definition(names, "list")) == "element(oneOrMore(choice(entry, list)))"


def test_text_keeps_the_form_the_schema_gave_it() -> None:
    grammar = etree.fromstring(GRAMMAR)
    names = collect_names(parse_bytes(b'<mixed xmlns="urn:a"><entry/><rel/></mixed>',
                                      "d.xml").getroot())
    tree = PatternTree(grammar)
    written = tree.reduce(names).decode()
    assert "<oneOrMore><oneOrMore><text/>" in written


@pytest.mark.parametrize("length", range(0, 6))
def test_every_sequence_gets_the_verdict_of_the_grammar_as_written(length: int) -> None:
    """All sequences of up to five items over five kinds (head, entry, rel, note, list),
    against the grammar as written and as reduced to each sequence's names."""
    full = etree.RelaxNG(etree.fromstring(GRAMMAR))
    for items in itertools.product(ITEMS, repeat=length):
        document = f'<list xmlns="urn:a">{"".join(items)}</list>'.encode()
        tree = parse_bytes(document, "d.xml")
        reduced = etree.RelaxNG(reduce_grammar(etree.fromstring(GRAMMAR),
                                               collect_names(tree.getroot())))
        assert reduced.validate(tree) == full.validate(tree), document


def _with_persons(count: int, tmp_path: Path, relations: bool) -> Path:
    """The seed edition with `count` persons more in its standOff (as a register of a whole
    collection would give it), and `relations`: one after the last."""
    tree = etree.parse(str(EDITION / "edition.xml"))
    tei = "{http://www.tei-c.org/ns/1.0}"
    people = tree.find(f".//{tei}standOff/{tei}listPerson")
    assert people is not None
    for index in range(count):
        person = etree.SubElement(people, f"{tei}person",
                                  {"{http://www.w3.org/XML/1998/namespace}id": f"p-{index}"})
        etree.SubElement(person, f"{tei}persName").text = f"Person {index}"
    if relations:
        etree.SubElement(people, f"{tei}relation",
                         {"name": "colleague", "active": "#p-0", "passive": "#p-1"})
    path = tmp_path / f"persons-{count}.xml"
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    return path


@pytest.mark.usefixtures("without_gc")
@pytest.mark.parametrize("relations", [False, True], ids=["persons", "persons and a relation"])
def test_a_long_list_of_persons_takes_time_in_proportion_against_tei_all(
        tmp_path: Path, relations: bool) -> None:
    """tei_all's listPerson is `(person+, relation*)+`: 2,000 persons took 4.6 s."""
    cache = SchemaCache()
    paths = {count: _with_persons(count, tmp_path, relations) for count in (100, 500, 2000)}

    def seconds(count: int) -> float:
        started = time.process_time()
        report = validate_file(paths[count], cache=cache, schemas=[str(TEI_ALL_RNG)],
                               use_xml_model=False)
        assert not report.messages, report.messages[:3]
        return time.process_time() - started

    seconds(100)  # the grammar reduced and compiled
    small, large = best_times(seconds, 500, slack=0.05)
    assert large < 8 * small + 0.05, f"{small:.3f} s, four times the persons {large:.3f} s"
