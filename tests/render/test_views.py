"""Views are layers: a mode file per view over shared templates, an entry stylesheet chosen in
RenderOptions. A new view is one file; the shared templates know no view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from shared_paths import ENCODING_EXAMPLE, ROOT

from teikit.render import ENTRY_STYLESHEETS, RenderOptions, render_file

NEW_VIEW = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0">
  <xsl:import href="{page}"/>
  <xsl:template name="view-before">
    <xsl:apply-templates select="." mode="angle-before"/>
  </xsl:template>
  <xsl:template name="view-after">
    <xsl:apply-templates select="." mode="angle-after"/>
  </xsl:template>
  <xsl:template match="*" mode="angle-before"/>
  <xsl:template match="*" mode="angle-after"/>
  <xsl:template match="tei:supplied" mode="angle-before">⟨</xsl:template>
  <xsl:template match="tei:supplied" mode="angle-after">⟩</xsl:template>
</xsl:stylesheet>
"""


def test_shared_templates_know_no_view() -> None:
    for name in ("common.xsl", "editorial.xsl", "header.xsl", "page.xsl"):
        text = (ROOT / "xslt" / name).read_text(encoding="utf-8")
        assert "show-reading" not in text and "show-diplomatic" not in text, name
        assert 'mode="reading' not in text and 'mode="diplomatic' not in text, name


@pytest.mark.parametrize("view", ["reading", "diplomatic"])
def test_each_view_has_its_entry_stylesheet(view: str) -> None:
    assert RenderOptions(view=view).entry_stylesheet() == ENTRY_STYLESHEETS[view]
    assert (ROOT / "xslt" / ENTRY_STYLESHEETS[view]).is_file()
    assert (ROOT / "xslt" / "views" / f"{view}.xsl").is_file()


def test_a_new_view_is_one_file(tmp_path: Path, views: Any) -> None:
    entry = tmp_path / "angle.xsl"
    entry.write_text(NEW_VIEW.format(page=(ROOT / "xslt" / "page.xsl").as_uri()),
                     encoding="utf-8")
    page = render_file(ENCODING_EXAMPLE, options=RenderOptions(stylesheet=str(entry)))
    text = views.text(page, "reading")  # the text without the explanations
    assert "The latter, ⟨to put⟩ pressure" in text
    assert "[to put]" not in text and "view-switch" not in page


def test_the_command_line_takes_an_entry_stylesheet(tmp_path: Path, views: Any) -> None:
    from click.testing import CliRunner

    from teikit.cli import main

    entry = tmp_path / "angle.xsl"
    entry.write_text(NEW_VIEW.format(page=(ROOT / "xslt" / "page.xsl").as_uri()),
                     encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(ENCODING_EXAMPLE), "--stylesheet",
                                       str(entry)])
    assert result.exit_code == 0, result.output
    assert "The latter, ⟨to put⟩ pressure" in views.text(result.output, "reading")
