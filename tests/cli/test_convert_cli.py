"""`teikit convert` from the command line: outputs, exit codes, messages, safety."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from lxml import etree
from shared_paths import DEV_RAW, SEED

from teikit.cli import main


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "teikit", *args], input=stdin,
                          capture_output=True, check=False)


def test_out_dir_names_outputs_after_sources(tmp_path: Path) -> None:
    sources = sorted(DEV_RAW.glob("*.txt"))
    result = CliRunner().invoke(main, ["convert", *map(str, sources), "--out-dir",
                                       str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{s.stem}.xml" for s in sources)
    summaries = [line for line in result.output.splitlines() if " → " in line]
    assert len(summaries) == len(sources)
    assert "phenomena (" in summaries[0] and "warning" in summaries[0]


def test_stdin_to_stdout_with_metadata_options() -> None:
    done = run("convert", "-", "--title", "A note", "--date", "May 5, 1950",
               stdin=b"A short note [to put] here, as a test of standard input.\n")
    assert done.returncode == 0, done.stderr
    root = etree.fromstring(done.stdout)
    assert root.xpath("string(//*[local-name()='title'])") == "A note"
    assert root.xpath("string(//*[local-name()='supplied'])") == "to put"


def test_a_failed_document_gives_exit_1_and_keeps_older_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 [to put]\n")
    (tmp_path / "out").mkdir()
    old = tmp_path / "out" / "bad.xml"
    old.write_text("earlier output")
    done = run("convert", str(SEED), str(bad), "--out-dir", str(tmp_path / "out"))
    assert done.returncode == 1
    assert b"bad.txt:1:4: not valid utf-8: byte 0xe9 at byte offset 3" in done.stderr
    assert old.read_text() == "earlier output"
    assert (tmp_path / "out" / f"{SEED.stem}.xml").is_file()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("convert", str(SEED), str(SEED)).returncode == 2
    assert run("convert", str(SEED), "-o", "x.xml", "--out-dir", str(tmp_path)).returncode == 2
    assert run("convert", str(SEED), "--set", "novalue").returncode == 2


def test_never_overwrites_a_source(tmp_path: Path) -> None:
    source = tmp_path / "doc.txt"
    source.write_bytes(SEED.read_bytes())
    done = run("convert", str(source), "-o", str(source))
    assert done.returncode == 2
    assert b"never overwrites an input" in done.stderr
    assert source.read_bytes() == SEED.read_bytes()
    xml_named = tmp_path / "doc.xml"
    xml_named.write_bytes(SEED.read_bytes())
    assert run("convert", str(xml_named), "--out-dir", str(tmp_path)).returncode == 2
    assert xml_named.read_bytes() == SEED.read_bytes()


def test_missing_field_message_names_it(tmp_path: Path) -> None:
    bare = tmp_path / "bare.txt"
    bare.write_text("No header here, just [to put] a sentence of text.\n")
    done = run("convert", str(bare))
    assert done.returncode == 1
    assert b"missing required field 'title'" in done.stderr
    assert done.stdout == b""


def test_a_title_in_bold_without_a_date_over_it_is_told_as_such(tmp_path: Path) -> None:
    """A page exported without its date (`****`, or no date line): the editor is told that the
    header needs both lines, and where, not that the page has no title line."""
    for name, header in (("empty-date.txt", "****\n\n"), ("no-date.txt", "")):
        page = tmp_path / name
        page.write_text(header + "**Draft Instructions to Sadchikov**\n\nThe draft follows.\n")
        done = run("convert", str(page))
        assert done.returncode == 1 and done.stdout == b""
        assert f"{name}:1:1: missing required field 'title'".encode() in done.stderr
        assert b"a bold date line, then a bold title line" in done.stderr
        assert b"and the date if the page prints none" in done.stderr
        assert not page.with_suffix(".xml").exists()


def test_explain_prints_each_furniture_line_with_its_role_and_cues(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["convert", str(DEV_RAW / "w006.txt"), "--out-dir",
                                       str(tmp_path), "--explain"])
    assert result.exit_code == 0, result.output
    explained = [line for line in result.output.splitlines() if "| G R O M Y K O" in line]
    assert len(explained) == 1
    assert " signed (score " in explained[0]
    assert "spaced_capitals" in explained[0]
    assert explained[0].startswith(f"{DEV_RAW / 'w006.txt'}:")


def test_summary_counts_unsure_lines(tmp_path: Path) -> None:
    from teikit.convert import convert_file

    result = convert_file(DEV_RAW / "w019.txt")
    summary = CliRunner().invoke(main, ["convert", str(DEV_RAW / "w019.txt"), "--out-dir",
                                        str(tmp_path)]).output
    unsure = result.unsure_lines
    assert unsure == sum(r.decision.unsure for r in result.line_roles)
    assert f", {unsure} unsure line" in summary


def test_a_dask_cluster_writes_the_same_files(tmp_path: Path) -> None:
    sources = [str(p) for p in sorted(DEV_RAW.glob("*.txt"))[:4]]
    outputs = {}
    for name, options in (("local", ["-j", "1"]), ("dask", ["--scheduler", "dask", "-j", "2"])):
        folder = tmp_path / name
        result = CliRunner().invoke(main, ["convert", *sources, "--out-dir", str(folder),
                                           "--revision-date", "2026-01-01", *options])
        assert result.exit_code == 0, result.output
        outputs[name] = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
    assert len(outputs["local"]) == 4
    assert outputs["dask"] == outputs["local"]
