"""`--timeout`: a document that never finishes fails with a message saying so, and the
others are converted, or built, as without it."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from shared_paths import DEV_RAW

from teikit.cli import main

SOURCES = sorted(DEV_RAW.glob("w00[1-3].txt"))
HANGING = "w002"


@pytest.fixture
def hang_on_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The conversion of one source loops, catching every `Exception` as it goes (as the
    converter turns any failure into a located error)."""
    import teikit.convert

    real = teikit.convert.convert_text

    def convert_text(text: str, **kwargs: object) -> object:
        while HANGING in str(kwargs.get("source_name", "")):
            try:
                sum(range(10_000))
            except Exception:  # what the limit must get past
                continue
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(teikit.convert, "convert_text", convert_text)


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), prog_name="teikit")


def test_convert_reports_the_document_over_its_time_and_writes_the_others(
        tmp_path: Path, hang_on_one: None) -> None:
    out = tmp_path / "out"
    started = time.monotonic()
    result = invoke("convert", *map(str, SOURCES), "--out-dir", str(out), "-j", "1",
                    "--timeout", "1")
    assert time.monotonic() - started < 30
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["w001.xml", "w003.xml"]
    assert (f"{DEV_RAW / 'w002.txt'}: error: not converted: not finished in 1 s, the time "
            "allowed for it; raise --timeout, or 0 for no limit") in result.output
    assert "internal error" not in result.output


def test_build_reports_the_document_over_its_time_and_builds_it_when_it_no_longer_hangs(
        tmp_path: Path, hang_on_one: None, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    for source in SOURCES:
        shutil.copy(source, sources)
    site = tmp_path / "site"
    result = invoke("build", str(sources), "-o", str(site), "-j", "1", "--no-search",
                    "--timeout", "1")
    assert result.exit_code == 1
    assert (f"{sources / 'w002.txt'}: error: not published: not finished in 1 s, the time "
            "allowed for it; raise --timeout, or 0 for no limit") in result.output
    assert {"w001.html", "w003.html"} <= {p.name for p in site.iterdir()}
    assert not (site / "w002.html").exists()
    monkeypatch.undo()  # the cause mended: the next build tries it again
    result = invoke("build", str(sources), "-o", str(site), "-j", "1", "--no-search")
    assert result.exit_code == 0, result.output
    assert (site / "w002.html").is_file()


def test_on_a_dask_cluster_a_long_conversion_is_stopped_and_the_others_written(
        tmp_path: Path) -> None:
    """No stand-in here: the workers are other processes, which a patched converter would
    not reach. A 2 MB source made of dates (about 4 s to convert on the project's 2-core
    machine) under a limit of 1 s, beside a dev document; a Dask worker runs its task in a
    thread, which no alarm reaches."""
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(SOURCES[0], sources)
    dates = " ".join(["On 10 August 1951 and 12 May 1950,"] * 60_000)
    (sources / "long.txt").write_text(f"**Report**\n\n{dates}\n", encoding="utf-8")
    out = tmp_path / "out"
    started = time.monotonic()
    result = invoke("convert", *map(str, sorted(sources.iterdir())), "--out-dir", str(out),
                    "--scheduler", "dask", "-j", "2", "--timeout", "1",
                    "--title", "Report", "--date", "1951-08-10")
    assert time.monotonic() - started < 60
    assert result.exit_code == 1, result.output
    assert (f"{sources / 'long.txt'}: error: not converted: not finished in 1 s, the time "
            "allowed for it; raise --timeout, or 0 for no limit") in result.output
    assert sorted(p.name for p in out.iterdir()) == [SOURCES[0].with_suffix(".xml").name]
