"""What a user of any command line expects: -h, exit 2 for usage errors, 130 on Ctrl-C, one
line per input error, no traceback, outputs that never replace inputs or special files."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from shared_paths import EDITION

from teikit.cli import main

LETTER = "**May 5, 1950**\n\n**A short letter**\n\nDear colleague, [to put] the text here.\n"


def invoke(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, prog_name="teikit")


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [[], ["convert"], ["validate"], ["render"], ["build"],
                                     ["names"], ["names", "suggest"], ["schemas"]])
def test_dash_h_is_help(command: list[str]) -> None:
    result = invoke(*command, "-h")
    assert result.exit_code == 0
    assert result.output.startswith("Usage: teikit")


def test_an_unknown_encoding_is_a_usage_error(letter: Path) -> None:
    result = invoke("convert", str(letter), "--encoding", "no-such-codec")
    assert result.exit_code == 2
    assert "unknown encoding 'no-such-codec'" in result.output


def test_a_missing_source_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("convert", str(tmp_path / "absent.txt"))
    assert result.exit_code == 2
    assert "absent.txt does not exist" in result.output


def test_convert_into_a_directory_is_a_usage_error(letter: Path, tmp_path: Path) -> None:
    result = invoke("convert", str(letter), "-o", str(tmp_path))
    assert result.exit_code == 2
    assert "is a directory" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_convert_onto_a_fifo_is_refused(letter: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = invoke("convert", str(letter), "-o", str(fifo))
    assert result.exit_code == 2
    assert "not a regular file" in result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_convert_onto_a_hard_link_of_its_source_is_refused(letter: Path, tmp_path: Path) -> None:
    alias = tmp_path / "alias.xml"
    alias.hardlink_to(letter)
    result = invoke("convert", str(letter), "-o", str(alias))
    assert result.exit_code == 2
    assert letter.read_text(encoding="utf-8") == LETTER


def test_ctrl_c_exits_130_without_a_traceback(letter: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("teikit.convert.convert_text", interrupted)
    result = invoke("convert", str(letter))
    assert result.exit_code == 130
    assert "Traceback" not in result.output
    assert "interrupted" in result.output


def test_a_crashing_document_does_not_stop_the_batch(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import teikit.convert

    real = teikit.convert.convert_text

    def crash_on_b(text: str, **kwargs: object) -> object:
        if str(kwargs.get("source_name", "")).endswith("b.txt"):
            raise RuntimeError("boom")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(teikit.convert, "convert_text", crash_on_b)
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(LETTER, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("convert", *(str(tmp_path / f"{n}.txt") for n in "abc"), "--out-dir", str(out))
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["a.xml", "c.xml"]
    assert f"{tmp_path / 'b.txt'}: internal error (RuntimeError: boom)" in result.output
    assert "Traceback" not in result.output


def test_a_hostile_file_in_a_batch_is_reported_and_the_others_written(tmp_path: Path) -> None:
    """A form feed in the title once crashed the whole batch with a ValueError."""
    good = tmp_path / "good.txt"
    good.write_text(LETTER, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(LETTER.replace("short", "short\f"), encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("convert", str(bad), str(good), "--out-dir", str(out))
    assert result.exit_code == 1
    assert f"{bad}:3:10: the page header holds U+000C" in result.output
    assert [p.name for p in out.iterdir()] == ["good.xml"]


def test_a_utf16_source_converts_like_its_utf8_twin(tmp_path: Path) -> None:
    wide = tmp_path / "wide.txt"
    wide.write_bytes(LETTER.encode("utf-16"))
    narrow = tmp_path / "narrow.txt"
    narrow.write_bytes(LETTER.encode("utf-8"))
    results = [invoke("convert", str(p), "--revision-date", "2026-01-01") for p in (wide, narrow)]
    assert [r.exit_code for r in results] == [0, 0]
    assert results[0].stdout == results[1].stdout


def test_warnings_of_one_kind_are_capped(tmp_path: Path) -> None:
    noisy = tmp_path / "noisy.txt"
    noisy.write_text(LETTER + "\nUnbalanced" + " x]" * 100 + "\n", encoding="utf-8")
    result = invoke("convert", str(noisy), "-o", str(tmp_path / "noisy.xml"))
    assert result.exit_code == 0
    assert result.output.count("no '[' opened") == 20
    assert f"{noisy}: … and 80 more [unbalanced-bracket] warnings" in result.output


def test_jobs_give_the_same_documents(tmp_path: Path) -> None:
    sources = []
    for index in range(4):
        path = tmp_path / f"letter-{index}.txt"
        path.write_text(LETTER.replace("short", f"short {index}"), encoding="utf-8")
        sources.append(str(path))
    for jobs in ("1", "2"):
        result = invoke("convert", *sources, "--out-dir", str(tmp_path / jobs), "-j", jobs,
                        "--revision-date", "2026-01-01")
        assert result.exit_code == 0, result.output
    one = sorted((tmp_path / "1").iterdir())
    assert [p.read_bytes() for p in one] == [(tmp_path / "2" / p.name).read_bytes() for p in one]


def test_render_onto_its_input_is_refused(tmp_path: Path) -> None:
    tei = tmp_path / "r.xml"
    shutil.copyfile(EDITION / "edition.xml", tei)
    result = invoke("render", str(tei), "-o", str(tei))
    assert result.exit_code == 2
    assert "is the input" in result.output
    assert tei.read_bytes() == (EDITION / "edition.xml").read_bytes()


def test_render_reads_standard_input() -> None:
    result = invoke("render", "-", "--view", "reading",
                    stdin=(EDITION / "edition.xml").read_bytes())
    assert result.exit_code == 0
    assert "Political Attitudes" in result.stdout


def test_render_refuses_a_file_that_is_not_tei(tmp_path: Path) -> None:
    page = tmp_path / "page.xml"
    page.write_text('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')
    result = invoke("render", str(page))
    assert result.exit_code == 1
    assert "not a TEI document: its root is <html>" in result.output


def test_a_regenerated_edition_keeps_mode_0644(tmp_path: Path) -> None:
    folder = tmp_path / "edition"
    shutil.copytree(EDITION, folder)
    target = folder / "edition.xml"
    target.chmod(0o644)
    result = invoke("convert", str(folder / "source.txt"), "-o", str(target))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_fifo_as_source_is_refused_without_reading_it(tmp_path: Path) -> None:
    fifo = tmp_path / "source.txt"
    os.mkfifo(fifo)
    result = invoke("convert", str(fifo))
    assert result.exit_code == 2
    assert "is not a regular file" in result.output
