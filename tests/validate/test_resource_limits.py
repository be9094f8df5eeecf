"""What a document's xml-model (or --schema) may make the validator read: regular files of
sane size, through the catalog or relative to the document; and how long it may take.

No test opens a real device: a FIFO is made in a temporary folder, a character device is a
mocked ``os.stat``, and ``file:///dev/zero`` is refused before anything looks at it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from shared_paths import ENCODING_EXAMPLE, TEI_REAL

from teikit.cli import main
from teikit.validate import schema_files
from teikit.validate.catalog import HOUSE_RNG
from teikit.validate.runner import validate_file

RNG_NS = "http://relaxng.org/ns/structure/1.0"
SMALL_TEI = TEI_REAL / "epidoc" / "tests_data_source_ex-listBibl.xml"


def with_xml_model(folder: Path, href: str, name: str = "doc.xml") -> Path:
    """A copy of a small valid TEI document whose only xml-model is ``href``."""
    body = SMALL_TEI.read_bytes()
    body = body[body.index(b"<TEI"):]
    document = folder / name
    document.write_bytes(f'<?xml version="1.0"?>\n<?xml-model href="{href}" '
                         f'schematypens="{RNG_NS}"?>\n'.encode() + body)
    return document


def rules(report: object) -> list[str]:
    return [m.rule for m in report.messages if m.severity == "error"]  # type: ignore[attr-defined]


def test_fifo_as_schema_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "schema.rng"
    os.mkfifo(fifo)
    command = [sys.executable, "-c", "from teikit.cli import main; main()", "validate",
               "--schema", str(fifo), str(ENCODING_EXAMPLE)]
    # a reader of a FIFO waits for a writer forever: the timeout turns that into a failure
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "is a FIFO, not a regular file" in done.stderr


def test_fifo_named_by_xml_model_is_an_error(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "schema.rng")
    report = validate_file(with_xml_model(tmp_path, "schema.rng"))
    assert rules(report) == ["schema-refused"]


def test_character_device_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    device = tmp_path / "zero.rng"  # never created: os.stat says it is a character device
    real_stat = os.stat

    def fake_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if Path(str(path)) == device:
            return os.stat_result((stat.S_IFCHR | 0o666, 0, 0, 1, 0, 0, 0, 0, 0, 0))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(schema_files.os, "stat", fake_stat)
    report = validate_file(with_xml_model(tmp_path, "zero.rng"))
    assert rules(report) == ["schema-refused"]
    assert "is a character device, not a regular file" in report.messages[0].message


@pytest.mark.parametrize("href", ["file:///dev/zero", "/dev/urandom", "file:///etc/passwd"])
def test_absolute_local_path_in_xml_model_is_refused(tmp_path: Path, href: str) -> None:
    started = time.perf_counter()
    report = validate_file(with_xml_model(tmp_path, href))
    assert rules(report) == ["schema-refused"]
    assert "--allow-local-schemas" in report.messages[0].message
    assert time.perf_counter() - started < 10


def test_allow_local_schemas_admits_an_absolute_path(tmp_path: Path) -> None:
    document = with_xml_model(tmp_path, HOUSE_RNG.resolve().as_uri())
    assert rules(validate_file(document)) == ["schema-refused"]
    allowed = validate_file(document, allow_local_schemas=True)
    assert allowed.schemas == [HOUSE_RNG.resolve().as_uri()]
    assert "schema-refused" not in rules(allowed)


def test_proc_files_are_refused_even_when_local_schemas_are_allowed(tmp_path: Path) -> None:
    report = validate_file(with_xml_model(tmp_path, "file:///proc/self/environ"),
                           allow_local_schemas=True)
    assert rules(report) == ["schema-refused"]


def test_relative_schema_beside_the_document_is_used(tmp_path: Path) -> None:
    (tmp_path / "schema.rng").write_bytes(HOUSE_RNG.read_bytes())
    report = validate_file(with_xml_model(tmp_path, "schema.rng"))
    assert report.schemas == ["schema.rng"]
    assert report.checked


def test_schema_larger_than_the_cap_is_refused(tmp_path: Path) -> None:
    report = validate_file(ENCODING_EXAMPLE, schemas=[HOUSE_RNG], max_schema_bytes=1000)
    assert rules(report) == ["schema-refused"]
    assert "more than the 1,000 a schema may have" in report.messages[0].message


# One rule whose test takes minutes in pure Python (10^8 steps, small ranges: no huge list).
SLOW_SCHEMATRON = ('<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">'
                   '<pattern><rule context="/"><assert test="every $i in 1 to 10000, '
                   '$j in 1 to 10000 satisfies $i + $j &gt; 0">never</assert></rule>'
                   '</pattern></schema>')


def test_a_slow_document_times_out_as_an_error(tmp_path: Path) -> None:
    slow = tmp_path / "slow.sch"
    slow.write_text(SLOW_SCHEMATRON, encoding="utf-8")
    started = time.perf_counter()
    report = validate_file(ENCODING_EXAMPLE, schemas=[slow], timeout=0.5)
    assert time.perf_counter() - started < 10
    assert rules(report) == ["timeout"]
    assert not report.checked


def test_timeout_is_reported_by_the_cli_with_exit_2(tmp_path: Path) -> None:
    slow = tmp_path / "slow.sch"
    slow.write_text(SLOW_SCHEMATRON, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "--timeout", "0.5", "--schema", str(slow),
                                       str(ENCODING_EXAMPLE)])
    assert result.exit_code == 2
    assert "validation took longer than 0.5 s" in result.output
