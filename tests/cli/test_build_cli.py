"""`teikit build`'s messages: a warning that concerns many documents alike is said once; the
progress line when asked for."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

from click.testing import CliRunner
from shared_paths import DEV_RAW

from teikit.cli import main
from teikit.cli.build import _grouped
from teikit.site.state import STATE_FILE


def test_document_level_warnings_are_grouped() -> None:
    outcomes = [
        SimpleNamespace(warnings=["a.xml: warning: not checked: tei_all [catalog]",
                                  "a.txt:3:4: warning: note [2] has no marker [note]"],
                        errors=[]),
        SimpleNamespace(warnings=["b.xml: warning: not checked: tei_all [catalog]"],
                        errors=["b.xml:7:1: error: <p> is empty [schematron]"]),
        SimpleNamespace(warnings=[], errors=["c.xml: not validated: offline"]),
    ]
    assert _grouped(outcomes) == [
        "2 documents: warning: not checked: tei_all [catalog]",
        "a.txt:3:4: warning: note [2] has no marker [note]",
        "b.xml:7:1: error: <p> is empty [schematron]",
        "error: c.xml: not validated: offline",
    ]


def test_progress_says_documents_per_second_when_asked(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    for name in ("w002.txt", "w003.txt"):
        shutil.copyfile(DEV_RAW / name, sources / name)
    runner = CliRunner()
    site = str(tmp_path / "site")
    quiet = runner.invoke(main, ["build", str(sources), "-o", site, "--no-search", "-j", "1"])
    assert quiet.exit_code in (0, 1) and "documents/s" not in quiet.output
    (tmp_path / "site" / STATE_FILE).unlink()
    shown = runner.invoke(main, ["build", str(sources), "-o", site, "--no-search", "-j", "1",
                                 "--progress"])
    assert "\r2/2 documents, " in shown.output and " documents/s" in shown.output
    assert "2 built, 0 unchanged" in shown.output
