"""The render bench's referee (the TEI Stylesheets under saxonche): a broken or partial checkout
is reported in a line, not a traceback after the bench's other figures."""

from __future__ import annotations

import importlib.util
import locale
from pathlib import Path

import pytest
from shared_paths import ROOT

pytest.importorskip("saxonche")


def bench():
    path = ROOT / "bench" / "render_bench.py"
    spec = importlib.util.spec_from_file_location("render_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def checkout(tmp_path: Path, body: str) -> Path:
    (tmp_path / "html5").mkdir()
    (tmp_path / "html5" / "html5.xsl").write_text(
        '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
        f'<xsl:template match="/">{body}</xsl:template></xsl:stylesheet>')
    return tmp_path


def test_a_stylesheet_saxon_cannot_compile_is_reported(tmp_path: Path) -> None:
    why = bench().saxon_tei_html5(checkout(tmp_path, '<xsl:value-of select="$undeclared"/>'))
    assert isinstance(why, str)
    assert why.startswith("Saxon could not compile") and "XPST0008" in why


def test_a_document_saxon_fails_on_is_skipped(tmp_path: Path, capsys) -> None:
    module = bench()
    stylesheets = checkout(tmp_path, "<xsl:copy-of select=\"document('../i18n.xml')\"/>")
    module.against_tei_stylesheets(module.Renderer(), stylesheets, {module.SEED: 1})
    out = capsys.readouterr().out
    assert "edition.xml: teikit vs the TEI Stylesheets under Saxon: skipped, Saxon failed" in out
    assert "i18n.xml" in out


def test_a_working_stylesheet_is_compared(tmp_path: Path, capsys) -> None:
    module = bench()
    stylesheets = checkout(tmp_path, "<html><body/></html>")
    module.against_tei_stylesheets(module.Renderer(), stylesheets, {module.SEED: 1})
    assert "TEI Stylesheets html5 under Saxon" in capsys.readouterr().out


def test_the_referee_leaves_the_process_locale_as_it_was(tmp_path: Path) -> None:
    """Saxon sets LC_COLLATE when it starts; what runs after it in the bench (or the test
    process) must not inherit that."""
    before = locale.setlocale(locale.LC_ALL)
    bench().saxon_tei_html5(checkout(tmp_path, "<html><body/></html>"))
    assert locale.setlocale(locale.LC_ALL) == before
