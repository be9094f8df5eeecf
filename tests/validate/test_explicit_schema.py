"""Explicit beats implicit: --schema replaces the document's xml-model schemas, a schema that
cannot be read is an error, files that cannot be checked are not called invalid, and messages
name the real cause."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from shared_paths import EDITION, ENCODING_EXAMPLE, TEI_REAL

from teikit.cli import main
from teikit.validate.catalog import HOUSE_RNG
from teikit.validate.runner import validate_file
from teikit.validate.schematron import read_schema
from teikit.validate.schematron_run import run_schematron
from teikit.validate.source import SourceText

SEED_TEI = EDITION / "edition.xml"  # names the house schema and tei_all in xml-model
DRACOR = TEI_REAL / "dracor-shake" / "tei_pericles.xml"


def run(*arguments: str):
    return CliRunner().invoke(main, list(arguments))


def test_missing_schema_is_an_error_even_when_the_document_names_its_own() -> None:
    result = run("validate", "--schema", "does/not/exist.rng", str(SEED_TEI))
    assert result.exit_code == 2
    assert "cannot read schema does/not/exist.rng: no such file" in result.output


def test_explicit_schema_replaces_the_xml_model_schemas() -> None:
    report = validate_file(SEED_TEI, schemas=[HOUSE_RNG])
    assert report.schemas == [str(HOUSE_RNG)]


def test_also_xml_model_uses_both() -> None:
    report = validate_file(SEED_TEI, schemas=[HOUSE_RNG], also_xml_model=True)
    assert report.schemas[0] == str(HOUSE_RNG)
    assert len(report.schemas) == 4  # the house rng and sch, tei_all, after the given one


def test_also_xml_model_needs_a_schema() -> None:
    assert run("validate", "--also-xml-model", str(SEED_TEI)).exit_code == 2


def test_unreadable_files_are_counted_apart_from_invalid_ones(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "missing.xml"), str(ENCODING_EXAMPLE))
    assert result.exit_code == 2
    assert "2 files, 1 valid, 0 invalid, 1 errors, 1 could not be checked" in result.output


def test_foreign_tei_against_the_house_schema_names_the_missing_attribute() -> None:
    report = validate_file(DRACOR, schemas=[HOUSE_RNG])
    first = report.messages[0]
    assert (first.line, first.message) == (
        2, "required attribute @xml:lang missing on <TEI>; add it")
    assert not [m for m in report.messages if "cannot be the root" in m.message]


def _schematron_with_role(role: str | None) -> list[str]:
    from lxml import etree

    attribute = f' role="{role}"' if role is not None else ""
    schema = etree.fromstring(
        '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">'
        '<ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/><pattern>'
        f'<rule context="tei:TEI"><assert test="false()"{attribute}>always</assert></rule>'
        '</pattern></schema>')
    data = ENCODING_EXAMPLE.read_bytes()
    tree = etree.fromstring(data).getroottree()
    return [m.severity for m in run_schematron(read_schema(schema), tree, SourceText(data))]


def test_schematron_role_warning_is_a_warning() -> None:
    assert _schematron_with_role("warning") == ["warning"]


def test_schematron_role_info_is_a_warning() -> None:
    assert _schematron_with_role("info") == ["warning"]


def test_schematron_without_role_or_with_role_error_is_an_error() -> None:
    assert _schematron_with_role(None) == ["error"]
    assert _schematron_with_role("error") == ["error"]


def test_schematron_warning_leaves_the_document_valid(tmp_path: Path) -> None:
    schema = tmp_path / "warn.sch"
    schema.write_text(
        '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">'
        '<ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/><pattern>'
        '<rule context="tei:TEI"><report test="true()" role="warning">a warning</report>'
        '</rule></pattern></schema>', encoding="utf-8")
    result = run("validate", "--schema", str(schema), str(ENCODING_EXAMPLE))
    assert result.exit_code == 0
    assert "warning: a warning" in result.output


def test_stdin_is_read_with_a_dash() -> None:
    result = CliRunner().invoke(main, ["validate", "--schema", str(HOUSE_RNG), "-"],
                                input=ENCODING_EXAMPLE.read_bytes())
    assert "1 files" in result.output
    assert result.exit_code in (0, 1)


def test_stdin_verdict_equals_the_file_verdict() -> None:
    from_file = run("validate", "--schema", str(HOUSE_RNG), str(DRACOR))
    from_stdin = CliRunner().invoke(main, ["validate", "--schema", str(HOUSE_RNG), "-"],
                                    input=DRACOR.read_bytes())
    assert (from_stdin.exit_code, from_file.exit_code) == (1, 1)
    assert "<stdin>:2:1: error: required attribute @xml:lang missing" in from_stdin.output


def test_help_with_h() -> None:
    result = run("validate", "-h")
    assert result.exit_code == 0
    assert "--also-xml-model" in result.output


def test_usage_errors_exit_2() -> None:
    assert run("validate", "--jobs", "0", str(ENCODING_EXAMPLE)).exit_code == 2
    assert run("validate", "--no-such-option", str(ENCODING_EXAMPLE)).exit_code == 2
    assert run("validate").exit_code == 2


def test_short_jobs_option() -> None:
    result = run("validate", "-j", "2", str(ENCODING_EXAMPLE), str(ENCODING_EXAMPLE))
    assert result.exit_code == 0
    assert "2 files, 2 valid" in result.output


def test_junit_counts_unusable_files_as_errors_not_failures(tmp_path: Path) -> None:
    from lxml import etree

    result = run("validate", "--format", "junit", str(tmp_path / "missing.xml"),
                 str(ENCODING_EXAMPLE))
    suite = etree.fromstring(result.stdout.encode("utf-8"))[0]
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "0", "1")
    assert len(suite.findall("testcase/error")) == 1


def test_json_says_which_files_could_not_be_checked(tmp_path: Path) -> None:
    import json

    result = run("validate", "--format", "json", str(tmp_path / "missing.xml"),
                 str(ENCODING_EXAMPLE))
    assert [entry["checked"] for entry in json.loads(result.stdout)] == [False, True]
