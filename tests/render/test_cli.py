"""`teikit render FILE.xml [-o OUT.html] [--view both|reading|diplomatic]`."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from shared_paths import ENCODING_EXAMPLE

from teikit.cli import main

SEED_TEI = ENCODING_EXAMPLE


def test_render_writes_the_page_and_its_stylesheet(tmp_path: Path) -> None:
    out = tmp_path / "out" / "seed.html"
    result = CliRunner().invoke(main, ["render", str(SEED_TEI), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert 'id="view-diplomatic"' in page and 'id="view-reading"' in page
    assert (out.parent / "teikit.css").is_file()


def test_render_one_view_to_standard_output() -> None:
    result = CliRunner().invoke(main, ["render", str(SEED_TEI), "--view", "diplomatic"])
    assert result.exit_code == 0
    assert result.output.startswith("<!DOCTYPE html")
    assert "view-reading" not in result.output
    assert "[SIC, " in result.output and 'class="r' not in result.output


def test_render_reports_where_a_file_is_broken(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <text>\n</TEI>\n')
    result = CliRunner().invoke(main, ["render", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}:3:" in result.output
