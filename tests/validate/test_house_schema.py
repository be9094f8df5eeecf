"""The house schema: accepts the house encoding, rejects what it does not foresee, and is a
strict subset of tei_all (every document it accepts, Jing accepts against tei_all)."""

from __future__ import annotations

import copy
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import require_tool
from lxml import etree
from shared_paths import DEV_RAW, SHARED, TEI_ALL_RNG

from teikit.validate import validate_file
from teikit.validate.catalog import HOUSE_RNG, HOUSE_XSD, SCHEMA_DIR
from teikit.validate.parsing import parse_document

EXAMPLE = SHARED / "encoding-example.xml"
TEI = "{http://www.tei-c.org/ns/1.0}"


def test_encoding_example_is_valid_against_the_house_schema() -> None:
    report = validate_file(EXAMPLE, schemas=[HOUSE_RNG], use_xml_model=False)
    assert report.valid, report.messages


@pytest.mark.parametrize(("xpath", "attribute", "value"), [
    ("//tei:gap", "reason", "lost"),
    ("//tei:note[@type='sic']", "type", "remark"),
    ("//tei:fw", "type", "catch"),
    ("//tei:note[@place='foot']", "place", "bottom"),
    ("//tei:supplied", "reason", "lost"),
])
def test_closed_value_lists(tmp_path: Path, xpath: str, attribute: str, value: str) -> None:
    """A value outside a closed list is named, with the values the schema allows."""
    tree = parse_document(EXAMPLE)
    tree.xpath(xpath, namespaces={"tei": TEI[1:-1]})[0].set(attribute, value)
    path = tmp_path / "variant.xml"
    tree.write(str(path))
    report = validate_file(path, schemas=[HOUSE_RNG], use_xml_model=False)
    assert not report.valid
    assert any(repr(value) in m.message and m.expected for m in report.messages), \
        report.messages


def test_required_header_part_is_named(tmp_path: Path) -> None:
    tree = parse_document(EXAMPLE)
    creation = tree.find(f".//{TEI}creation")
    creation.getparent().remove(creation)
    path = tmp_path / "no-creation.xml"
    tree.write(str(path))
    report = validate_file(path, schemas=[HOUSE_RNG], use_xml_model=False)
    assert not report.valid
    assert any("creation" in m.message or "creation" in m.expected for m in report.messages)


def _house_variants(count: int, seed: int) -> list[etree._ElementTree]:
    """Random rearrangements of the example: moved, dropped, duplicated elements."""
    rng = random.Random(seed)
    base = parse_document(EXAMPLE)
    variants = []
    for _ in range(count):
        tree = copy.deepcopy(base)
        elements = [e for e in tree.getroot().iter(etree.Element)][1:]
        target = rng.choice(elements)
        action = rng.choice(["drop", "copy", "move"])
        if action == "drop":
            target.getparent().remove(target)
        elif action == "copy":
            target.addnext(copy.deepcopy(target))
        else:
            destination = rng.choice([e for e in elements if e is not target
                                      and target not in e.iterancestors()])
            destination.append(target)
        variants.append(tree)
    return variants


@pytest.mark.referee
def test_house_schema_is_a_subset_of_tei_all(tmp_path: Path, jing_invalid) -> None:
    """Every variant the house schema accepts, tei_all accepts too (Jing, one call)."""
    house = etree.RelaxNG(etree.parse(str(HOUSE_RNG)))
    accepted = []
    for number, tree in enumerate(_house_variants(300, seed=3)):
        if house.validate(tree):
            path = tmp_path / f"accepted-{number:03d}.xml"
            tree.write(str(path))
            accepted.append(path)
    assert len(accepted) >= 30, "too few accepted variants to say anything"
    assert jing_invalid([*accepted, EXAMPLE]) == set()
    # and teikit's verdicts on them equal Jing's against the house schema itself
    assert jing_invalid(accepted, HOUSE_RNG) == set()


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("converted")
    teikit = shutil.which("teikit") or str(Path(__file__).resolve().parents[2] / ".venv" /
                                           "bin" / "teikit")
    subprocess.run([teikit, "convert", *map(str, sorted(DEV_RAW.glob("*.txt"))),
                    "--out-dir", str(out)], check=True, capture_output=True)
    return sorted(out.glob("*.xml"))


def test_every_dev_document_was_converted(converted: list[Path]) -> None:
    assert len(converted) == len(list(DEV_RAW.glob("*.txt")))


@pytest.mark.referee
def test_converter_output_verdicts_equal_jing(converted: list[Path], jing_invalid) -> None:
    """All dev documents: valid against tei_all, and teikit agrees with Jing about
    the house schema (file by file)."""
    assert jing_invalid(converted) == set()
    invalid_house = jing_invalid(converted, HOUSE_RNG)
    for path in converted:
        report = validate_file(path, schemas=[HOUSE_RNG], use_xml_model=False)
        assert report.valid == (path.resolve() not in invalid_house), path.name


def test_converter_output_is_valid_against_the_house_schema(converted: list[Path]) -> None:
    """The house RELAX NG and Schematron, both (the house schema is the default)."""
    reports = [validate_file(p, use_xml_model=False) for p in converted]
    assert [(r.path, r.messages) for r in reports if not r.valid] == []
    assert all(len(r.schemas) == 2 for r in reports)


@pytest.mark.referee
def test_xsd_is_what_trang_generates(tmp_path: Path) -> None:
    trang = require_tool("trang")
    subprocess.run([trang, "-I", "rng", "-O", "xsd", str(HOUSE_RNG),
                    str(tmp_path / "teikit.xsd")], check=True, capture_output=True)
    for name in ("teikit.xsd", "xml.xsd"):
        assert (tmp_path / name).read_bytes() == (SCHEMA_DIR / name).read_bytes(), name


def test_xsd_accepts_the_example() -> None:
    report = validate_file(EXAMPLE, schemas=[HOUSE_XSD], use_xml_model=False)
    assert report.valid, report.messages


def test_tei_all_copy_is_the_one_registered() -> None:
    assert TEI_ALL_RNG.is_file()


_COVERING_NOTE_AND_SECTIONED_MEMORANDUM = """\
I submit the memorandum of Major Orlov on the harvest in the southern provinces.

ATTACHMENT: the aforementioned, on 12 pages.

CHIEF OF THE POLITICAL DIRECTORATE

/signature/ IVANOV

SECRET

TO THE CHIEF OF THE POLITICAL DIRECTORATE

MEMORANDUM

Carrying out your assignment, we studied the harvest in three provinces and report below.

I. THE RICE HARVEST

The rice harvest was poor in all three provinces because of the drought.

II. THE TAX IN KIND

The tax in kind was collected in full, but the peasants complained about it.
"""


def test_a_transmitted_document_in_sections_is_valid(tmp_path: Path) -> None:
    from teikit.convert import convert_text

    result = convert_text(_COVERING_NOTE_AND_SECTIONED_MEMORANDUM,
                          overrides={"title": "Memorandum on the harvest",
                                     "date_text": "May 6, 1947"})
    path = tmp_path / "memorandum.xml"
    path.write_bytes(result.to_bytes())
    transmitted = result.tree.getroot().findall(f".//{TEI}floatingText/{TEI}body/{TEI}div")
    assert [len(div.findall(f"{TEI}div[@type='section']")) for div in transmitted] == [2]
    for schemas in ([], [HOUSE_XSD]):
        report = validate_file(path, schemas=schemas, use_xml_model=False)
        assert report.valid, report.messages
