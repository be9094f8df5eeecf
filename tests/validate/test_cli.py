"""`teikit validate` and `teikit schemas`: exit codes, formats, paths, summary."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from lxml import etree
from shared_paths import SHARED, TEI_ALL_RNG, TEI_REAL

from teikit.cli import main

EXAMPLE = SHARED / "encoding-example.xml"
INVALID = TEI_REAL / "tei-stylesheets-tests" / "Test_test22.xml"


def run(*arguments: str):
    return CliRunner().invoke(main, list(arguments))


def test_valid_file_exits_0_with_summary() -> None:
    result = run("validate", str(EXAMPLE))
    assert result.exit_code == 0, result.output
    assert "1 files, 1 valid, 0 invalid, 0 errors" in result.output


def test_invalid_file_exits_1_with_located_message() -> None:
    result = run("validate", "--schema", str(TEI_ALL_RNG), "--ignore-xml-model", str(INVALID))
    assert result.exit_code == 1
    assert f"{INVALID}:3:14: error: attribute @type is not allowed on <teiHeader>" in \
        result.output
    assert "1 files, 0 valid, 1 invalid, 1 errors" in result.output


def test_unreadable_input_exits_2(tmp_path: Path) -> None:
    assert run("validate", str(tmp_path / "missing.xml")).exit_code == 2
    assert run("validate", str(tmp_path / "nothing-*.xml")).exit_code == 2


def test_directories_recursively_and_globs(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "doc.xml").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "top.xml").write_bytes(EXAMPLE.read_bytes())
    result = run("validate", str(tmp_path / "a"), str(tmp_path / "*.xml"))
    assert result.exit_code == 0
    assert "2 files, 2 valid" in result.output


def test_json_format() -> None:
    result = run("validate", "--format", "json", "--schema", str(TEI_ALL_RNG),
                 "--ignore-xml-model", str(INVALID), str(EXAMPLE))
    data = json.loads(result.stdout)
    assert [entry["valid"] for entry in data] == [False, True]
    first = data[0]["messages"][0]
    assert (first["line"], first["column"], first["engine"]) == (3, 14, "relaxng")


def test_junit_format() -> None:
    result = run("validate", "--format", "junit", "--schema", str(TEI_ALL_RNG),
                 "--ignore-xml-model", str(INVALID), str(EXAMPLE))
    suites = etree.fromstring(result.stdout.encode("utf-8"))
    suite = suites[0]
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    assert len(suite.findall("testcase/failure")) == 1


def test_jobs_gives_the_same_reports() -> None:
    files = [str(p) for p in sorted((TEI_REAL / "epidoc").glob("*.xml"))] + [str(INVALID)]
    one = run("validate", "--format", "json", "--jobs", "1", "--schema", str(TEI_ALL_RNG),
              "--ignore-xml-model", *files)
    two = run("validate", "--format", "json", "--jobs", "2", "--schema", str(TEI_ALL_RNG),
              "--ignore-xml-model", *files)
    strip = [{k: v for k, v in entry.items() if k != "seconds"} for entry in
             json.loads(one.stdout)]
    assert strip == [{k: v for k, v in entry.items() if k != "seconds"} for entry in
                     json.loads(two.stdout)]


def test_schemas_add_then_validate_offline(tmp_path: Path) -> None:
    url = "https://example.org/schemas/tei_all.rng"
    document = tmp_path / "doc.xml"
    document.write_text(f'<?xml-model href="{url}" '
                        'schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
                        + EXAMPLE.read_text(encoding="utf-8").split("?>", 2)[2],
                        encoding="utf-8")
    assert run("validate", str(document)).exit_code == 2  # not in the catalog: no network
    assert run("schemas", "add", str(TEI_ALL_RNG), "--as", url).exit_code == 0
    assert url in run("schemas", "list").output
    assert run("validate", str(document)).exit_code == 0


def test_missing_schema_exits_2(tmp_path: Path) -> None:
    result = run("validate", "--schema", str(tmp_path / "none.rng"), str(EXAMPLE),
                 "--ignore-xml-model")
    assert result.exit_code == 2
    assert "cannot use schema" in result.output
