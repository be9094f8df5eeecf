"""`teikit build` finds Word sources through the reader table, loose or in edition folders."""

from __future__ import annotations

import datetime
from pathlib import Path

from readers.docx_builder import WordFile

from teikit.site import build_site
from teikit.site.sources import discover

PROSE = ("The delegation met the Korean side at the appointed place and the talks went on "
         "for several hours without a break.")


def word_file(path: Path, title: str) -> Path:
    word = WordFile()
    core = word.document.core_properties
    core.title = title
    core.created = datetime.datetime(1951, 9, 10, tzinfo=datetime.UTC)
    word.paragraph(PROSE)
    path.parent.mkdir(parents=True, exist_ok=True)
    return word.save(path)


def test_word_files_are_sources(tmp_path: Path) -> None:
    loose = word_file(tmp_path / "inputs" / "talks.docx", "Talks")
    folder = tmp_path / "inputs" / "edition-one"
    folder.mkdir()
    word_file(folder / "source.docx", "Edition one")
    found = {source.path: source.kind for source in discover([tmp_path / "inputs"])}
    assert found == {loose: "text", folder / "source.docx": "text"}


def test_a_site_is_built_from_a_word_file(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    word_file(inputs / "talks.docx", "Talks in Kaesong")
    report = build_site([inputs], tmp_path / "site")
    assert report.failed == []
    assert report.built == ["talks"]
    page = (tmp_path / "site" / "talks.html").read_text(encoding="utf-8")
    assert "Talks in Kaesong" in page
    assert "appointed place" in page
