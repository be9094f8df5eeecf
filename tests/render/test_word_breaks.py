"""A word the line's end broke: whole in the reading view, hyphen and line end in the
diplomatic view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from teikit.convert import convert_text
from teikit.render import render_file

_SOURCE = ("**September 20, 1954**\n\n**Telegram on the arrival**\n\n"
           "The delegations will discuss the terms of the ar-\n"
           "mistice in Kaesong, as is well-\nknown to the commission.\n")


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = Path(tmp_path_factory.mktemp("word-breaks")) / "telegram.xml"
    path.write_bytes(convert_text(_SOURCE, source_name="telegram.txt").to_bytes())
    return render_file(path)


def test_the_reading_view_reads_the_word_whole(reading: str) -> None:
    assert "terms of the armistice in Kaesong, as is well- known to" in reading


def test_the_diplomatic_view_shows_the_hyphen_and_the_line_end(diplomatic: str) -> None:
    assert "terms of the ar- mistice in Kaesong, as is well- known to" in diplomatic


def test_the_page_offers_both_views(page: str, views: Any) -> None:
    assert views.parse(page).xpath("//fieldset[contains(@class, 'view-switch')]")
