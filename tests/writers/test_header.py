"""The teiHeader writer: the seed's target header, tei_all validity (Jing), fidelity's checks."""

from __future__ import annotations

import copy
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from lxml import etree
from shared_paths import DEV, ENCODING_EXAMPLE, SHARED

from teikit import TEI_NS, XML_NS
from teikit.errors import MetadataError
from teikit.metadata import HandNote, Metadata, merge_metadata
from teikit.readers.page_header import parse_page_header
from teikit.writers.header import build_tei_header, classification_id, tei_root_attributes

GOLD_FILES = sorted((DEV / "gold").glob("*.json"))
EXAMPLE = ENCODING_EXAMPLE
NS = {"t": TEI_NS}
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
# Elements that carry their information in attributes only, by TEI's design.
ATTRIBUTE_ONLY = {"catRef"}


def _tei(name: str) -> str:
    return f"{{{TEI_NS}}}{name}"


def _example_header() -> etree._Element:
    root = etree.parse(str(EXAMPLE), PARSER).getroot()
    header = root.find(_tei("teiHeader"))
    assert header is not None
    return header


def _editorial_decl() -> etree._Element:
    decl = _example_header().find(f".//{_tei('editorialDecl')}")
    assert decl is not None
    return decl


def _build(meta: Metadata, **overrides: Any) -> etree._Element:
    arguments: dict[str, Any] = {
        "editorial_decl": _editorial_decl(),
        "hands": [HandNote("hand-1", "Handwritten annotations on the original.")],
        "classifications": ["Top Secret"],
        "change_date": "2026-11-27",
        "teikit_version": "0.1.0",
    }
    arguments.update(overrides)
    return build_tei_header(meta, **arguments)


def _document(meta: Metadata, header: etree._Element) -> etree._Element:
    """A minimal TEI document around the header, as the brief's validity check asks."""
    root = etree.Element(_tei("TEI"), tei_root_attributes(meta), nsmap={None: TEI_NS})
    root.append(header)
    body = etree.SubElement(etree.SubElement(root, _tei("text")), _tei("body"))
    etree.SubElement(body, _tei("p")).text = "x"
    return root


def _dev_metadata(gold_file: Path) -> tuple[dict, Metadata]:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    path = DEV / gold["file"]
    header = parse_page_header(path.read_text(encoding="utf-8"), str(path))
    return gold, Metadata.from_page_header(header, str(path))


def _variants() -> dict[str, tuple[Metadata, dict[str, Any]]]:
    """Headers with fields missing, to check that absence never gives an invalid header."""
    plain = merge_metadata(None, path="p.txt", cli={"title": "A letter", "date_when": "1951"})
    ranged = merge_metadata(
        None,
        path="r.txt",
        sidecar={
            "title": "Diary",
            "date_from": "1960-06-29",
            "date_to": "1960-08-08",
            "original_language": "Korean, Russian",
            "translation_language": "en",
            "record_id": "abc 12",
            "publisher": "The Example Press",
            "keywords": ["journal"],
            "doc_type": "diary",
            "original_language_code": "ko",
        },
    )
    unknown_language = merge_metadata(
        None,
        path="u.txt",
        cli={"title": "T", "date_when": "1951-09-10", "original_language": "Old Church Slavonic"},
    )
    return {
        "plain-no-hands": (plain, {"hands": [], "classifications": []}),
        "range-two-languages": (ranged, {"classifications": ["SECRET", "Secret", "Top  secret"]}),
        "unknown-language": (unknown_language, {}),
    }


def _all_documents() -> dict[str, etree._Element]:
    documents: dict[str, etree._Element] = {}
    for gold_file in GOLD_FILES:
        _, meta = _dev_metadata(gold_file)
        documents[gold_file.stem] = _document(meta, _build(meta))
    for name, (meta, overrides) in _variants().items():
        documents[name] = _document(meta, _build(meta, **overrides))
    return documents


def _normalised(element: etree._Element) -> bytes:
    """The element without indentation white space, canonicalised, for comparison."""
    clone = copy.deepcopy(element)
    for node in clone.iter():
        if node.text is not None and not node.text.strip():
            node.text = None
        if node.tail is not None and not node.tail.strip():
            node.tail = None
    return etree.tostring(clone, method="c14n")


def _fidelity() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fidelity", SHARED / "tools" / "fidelity.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.referee
def test_every_header_is_valid_against_tei_all(tmp_path: Path, jing: Callable[..., Any]) -> None:
    documents = _all_documents()
    assert len(documents) == len(GOLD_FILES) + len(_variants())
    assert GOLD_FILES
    files = []
    for name, root in documents.items():
        path = tmp_path / f"{name}.xml"
        etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8")
        files.append(path)
    result = jing(files)  # one Jing run for all files: its start-up costs about a second
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_empty_element_in_any_header() -> None:
    for name, root in _all_documents().items():
        for element in root.find(_tei("teiHeader")).iter(etree.Element):
            local = etree.QName(element).localname
            has_content = len(element) or (element.text and element.text.strip())
            assert has_content or local in ATTRIBUTE_ONLY, f"{name}: empty <{local}>"


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_fidelity_metadata_checks_pass(gold_file: Path) -> None:
    gold, meta = _dev_metadata(gold_file)
    root = _document(meta, _build(meta))
    results = _fidelity().metadata(gold, root)
    expected = {"title", "date"}
    if gold.get("original_language"):
        expected.add("original_language")
    if gold.get("archive_parts"):
        expected.add("archive")
    assert set(results) == expected
    assert all(results.values()), results


def test_seed_header_is_the_encoding_example_header() -> None:
    _, meta = _dev_metadata(DEV / "gold" / "000_79d039120a78d3ba.json")
    example = _example_header()
    hand = example.find(f".//{_tei('handNote')}")
    assert hand is not None and hand.text
    built = _build(meta, hands=[HandNote("hand-1", hand.text)])
    # The example's change says only "Converted to TEI."; ours names teikit and its version.
    change = built.find(f"{_tei('revisionDesc')}/{_tei('change')}")
    assert change is not None and change.text == "Converted to TEI by teikit 0.1.0."
    assert change.attrib == {"when": "2026-11-27", "who": "#teikit"}
    for header in (built, example):
        header.remove(header.find(_tei("revisionDesc")))
    assert _normalised(built) == _normalised(example)


def test_root_attributes() -> None:
    _, seed = _dev_metadata(DEV / "gold" / "000_79d039120a78d3ba.json")
    assert tei_root_attributes(seed) == {
        f"{{{XML_NS}}}lang": "en",
        f"{{{XML_NS}}}id": "wcda-117422",
    }
    _, w030 = _dev_metadata(DEV / "gold" / "w030.json")
    assert tei_root_attributes(w030) == {}  # no Contents field, slug URL: nothing known


def test_fields_map_to_their_elements() -> None:
    _, w012 = _dev_metadata(DEV / "gold" / "w012.json")
    header = _build(w012, hands=[], classifications=[])
    xp = lambda expr: header.xpath(expr, namespaces=NS)  # noqa: E731
    assert xp("string(//t:respStmt[@xml:id='translator']/t:persName)") == "David Cowhig"
    assert xp("string(//t:respStmt[@xml:id='translator']/t:resp)") == "Translation from Chinese"
    assert xp("string(//t:funder)") == "Henry Luce Foundation"
    assert xp("string(//t:bibl[@type='source'])").startswith("Zhonggong zhongyang")
    ref = xp("//t:bibl[@type='citation']/t:ref")[0]
    assert (
        ref.get("target") == ref.text == "https://digitalarchive.wilsoncenter.org/document/208198"
    )
    # No archive: the manuscript is identified by the record URL, not by an empty element.
    assert xp("string(//t:msIdentifier/t:idno[@type='URI'])") == ref.text
    assert xp("//t:textLang/@mainLang") == ["zh"]
    assert not xp("//t:physDesc | //t:classDecl | //t:textClass")
    w001_gold = DEV / "gold" / "w001.json"
    _, w001 = _dev_metadata(w001_gold)
    header = _build(w001)
    assert header.xpath("string(//t:msIdentifier/t:msName)", namespaces=NS) == w001.title
    assert not header.xpath("//t:langUsage | //t:msContents", namespaces=NS)


def test_variants_map_ranges_languages_and_classifications() -> None:
    ranged, overrides = _variants()["range-two-languages"]
    header = _build(ranged, **overrides)
    xp = lambda expr: header.xpath(expr, namespaces=NS)  # noqa: E731
    date = xp("//t:creation/t:date")[0]
    assert dict(date.attrib) == {"from": "1960-06-29", "to": "1960-08-08"}
    assert date.text == "1960-06-29 – 1960-08-08"
    assert xp("//t:langUsage/t:language/@ident") == ["en", "ko", "ru"]
    assert xp("//t:textLang/@otherLangs") == ["ru"]
    assert xp("//t:category/@xml:id") == ["cls-secret", "cls-top-secret"]
    assert xp("//t:catRef/@target") == ["#cls-secret #cls-top-secret"]
    assert xp("//t:keywords/t:term/text()") == ["diary", "journal"]
    assert xp("string(//t:idno[@type='record'])") == "abc 12"
    assert xp("string(//t:availability/t:p)").startswith("As published by The Example Press")
    assert tei_root_attributes(ranged)[f"{{{XML_NS}}}id"] == "wcda-abc-12"
    plain, plain_overrides = _variants()["plain-no-hands"]
    plain_header = _build(plain, **plain_overrides)
    assert plain_header.xpath("string(//t:publicationStmt/t:p)", namespaces=NS)
    assert not plain_header.xpath("//t:respStmt[@xml:id='translator']", namespaces=NS)


def test_editorial_decl_is_copied_not_moved() -> None:
    decl = _editorial_decl()
    parent = decl.getparent()
    build_tei_header(
        Metadata(title="T", date_when="1951"),
        editorial_decl=decl,
        hands=[],
        classifications=[],
        change_date="2026-11-27",
        teikit_version="0.1.0",
    )
    assert decl.getparent() is parent


def test_a_header_needs_a_title() -> None:
    with pytest.raises(MetadataError, match="title"):
        _build(Metadata(date_when="1951"))


def test_classification_id() -> None:
    assert classification_id("Top Secret") == "cls-top-secret"
    assert classification_id("TOP  SECRET!") == "cls-top-secret"
    assert classification_id("Совершенно секретно") == "cls-совершенно-секретно"
    assert classification_id("***") == "cls-unnamed"


def test_a_category_is_the_marking_without_its_label_parentheses_or_stop() -> None:
    """`Classification: Secret`, `(Top Secret)`, `Secret.` were categories of their own beside
    `Secret` and `Top Secret`, their labels and stops in the category's name."""
    header = _build(Metadata(title="T", date_when="1951"), classifications=[
        "Classification: Secret", "Secret.", "(Top Secret)", "Level: SECRET", "TOP SECRET!",
        "Top Secret (Declassified)"])
    assert header.xpath("//t:category/t:catDesc/text()", namespaces=NS) == [
        "Secret", "Top Secret", "Top Secret (Declassified)"]
    assert header.xpath("//t:catRef/@target", namespaces=NS) == [
        "#cls-secret #cls-top-secret #cls-top-secret-declassified"]


def test_two_translators_are_two_people() -> None:
    """`Obtained and translated for CWIHP by Ann Lee and Jan Koura`: who obtained and who
    translated, each person a `persName` of their own."""
    meta = merge_metadata(None, path="p.txt", cli={
        "title": "T", "date_text": "May 1, 1961",
        "citation": "\"T\", May 1, 1961, AVPRF, f. 07. Obtained and translated for CWIHP by Ann "
                    "Lee and Jan Koura."})
    header = _build(meta, hands=[], classifications=[])
    names = header.xpath("//t:respStmt[@xml:id='translator']/t:persName/text()", namespaces=NS)
    assert names == ["Ann Lee", "Jan Koura"]
    assert header.xpath("//t:respStmt[t:resp='Obtained by']/t:persName/text()",
                        namespaces=NS) == ["Ann Lee", "Jan Koura"]
