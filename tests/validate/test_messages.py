"""Messages for editors: a sample of 20 invalid documents, every message with line, column
and what to do; the text format with the source line and a caret; grouping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree
from shared_paths import SHARED, TEI_ALL_RNG, TEI_REAL

from teikit.validate import validate_file
from teikit.validate.catalog import HOUSE_RNG
from teikit.validate.formats import format_text
from teikit.validate.parsing import parse_document

ADVICE = re.compile(r"\b(add|remove|move|use|correct|replace|declare|give|rename|wrap|"
                    r"compare|check)\b")
INVALID_CORPUS = [
    "eltec-eng/level1_ENG18652_Carroll.xml",
    "eltec-eng/level1_ENG18850_Rutherford.xml",
    "hsg-frus-history/articles_1957-hac-minutes-transcript.xml",
    "hsg-frus-history/documents_1958-11-07-hac-meeting-minutes.xml",
    "hsg-frus-history/documents_1984-07-slany-report-to-congress.xml",
    "hsg-milestones/chapters_1784-1800.xml",
    "tei-stylesheets-tests/Test2_inputFiles_invalidInstances_testAttValQuantInvalidInstance.xml",
    "tei-stylesheets-tests/Test2_inputFiles_testMathML.xml",
    "tei-stylesheets-tests/Test2_inputFiles_testRendition1.xml",
    "tei-stylesheets-tests/Test2_inputFiles_validInstances_testPure1ValidInstance.xml",
    "tei-stylesheets-tests/Test_maria.xml",
    "tei-stylesheets-tests/Test_test20.xml",
    "tei-stylesheets-tests/Test_test22.xml",
    "tei-stylesheets-tests/Test_test32.xml",
    "tei-stylesheets-tests/Test_test4.xml",
    "tei-stylesheets-tests/Test_testp4.xml",
]
TEI = "{http://www.tei-c.org/ns/1.0}"


def _house_invalid(tmp_path: Path) -> list[Path]:
    """Four house-schema errors of different kinds in the example."""
    edits = {
        "unknown-attribute": lambda t: t.find(f".//{TEI}p").set("colour", "red"),
        "missing-title": lambda t: t.find(f".//{TEI}titleStmt").remove(
            t.find(f".//{TEI}title")),
        "misplaced": lambda t: t.find(f".//{TEI}teiHeader").append(
            t.find(f".//{TEI}closer")),
        "bad-date": lambda t: t.find(f".//{TEI}body//{TEI}date").set("when", "10.9.1951"),
    }
    paths = []
    for name, edit in edits.items():
        tree = parse_document(SHARED / "encoding-example.xml")
        edit(tree)
        path = tmp_path / f"{name}.xml"
        tree.write(str(path), encoding="UTF-8", xml_declaration=True)
        paths.append(path)
    return paths


def test_twenty_invalid_documents_have_located_actionable_messages(tmp_path: Path) -> None:
    reports = [validate_file(TEI_REAL / name, schemas=[TEI_ALL_RNG], use_xml_model=False)
               for name in INVALID_CORPUS]
    reports += [validate_file(path, schemas=[HOUSE_RNG], use_xml_model=False)
                for path in _house_invalid(tmp_path)]
    assert len(reports) == 20
    problems = []
    for report in reports:
        assert not report.valid, report.path
        for message in report.messages:
            if message.line is None or message.column is None:
                problems.append(("no location", report.path, message))
            if not (ADVICE.search(message.message) or message.expected):
                problems.append(("no advice", report.path, message))
    assert problems == []


def test_unknown_attribute_is_reported_as_such(tmp_path: Path) -> None:
    report = validate_file(TEI_REAL / "tei-stylesheets-tests" / "Test_test22.xml",
                           schemas=[TEI_ALL_RNG], use_xml_model=False)
    first = report.messages[0]
    assert (first.line, first.column) == (3, 14)
    assert "@type is not allowed on <teiHeader>" in first.message
    assert "xml:id" in first.expected


def test_missing_required_element_is_named(tmp_path: Path) -> None:
    path = next(p for p in _house_invalid(tmp_path) if p.stem == "missing-title")
    report = validate_file(path, schemas=[HOUSE_RNG], use_xml_model=False)
    assert any("title" in m.message or "title" in m.expected for m in report.messages), \
        report.messages


def test_text_format_shows_line_and_caret(tmp_path: Path) -> None:
    report = validate_file(TEI_REAL / "tei-stylesheets-tests" / "Test_test22.xml",
                           schemas=[TEI_ALL_RNG], use_xml_model=False)
    text = format_text(report)
    lines = text.splitlines()
    assert re.match(r".+Test_test22\.xml:3:14: error: .+ \[relaxng:invalidattr\]$", lines[0])
    assert lines[1].endswith('<teiHeader type="text">')
    assert lines[2].index("^") == lines[1].index('type="text"')
    assert lines[3].strip().startswith("expected one of:")


@pytest.mark.parametrize("name", ["tei-stylesheets-tests/Test_test32.xml"])
def test_repeated_errors_are_grouped(name: str) -> None:
    report = validate_file(TEI_REAL / name, schemas=[TEI_ALL_RNG], use_xml_model=False)
    text = format_text(report)
    assert "the same problem also on lines" in text
    assert text.count("\n") < len(report.messages) * 4


def test_a_tree_parsed_by_the_caller_gives_the_same_messages_and_is_left_as_it_was(
        tmp_path: Path) -> None:
    from teikit.validate.parsing import parse_bytes

    for path in _house_invalid(tmp_path):
        data = path.read_bytes()
        tree = parse_bytes(data, str(path))
        before = etree.tostring(tree)
        given = validate_file(path, data=data, tree=tree)
        parsed = validate_file(path, data=data)
        assert [(m.line, m.column, m.message) for m in given.messages] == \
            [(m.line, m.column, m.message) for m in parsed.messages]
        assert given.messages and not given.valid
        assert etree.tostring(tree) == before
