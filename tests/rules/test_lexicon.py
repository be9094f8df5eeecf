"""The English word table: derived from wordfreq once, then loaded from the user cache."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest

from teikit.rules import lexicon


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TEIKIT_CACHE_DIR", str(tmp_path))
    lexicon._table.cache_clear()
    yield tmp_path
    lexicon._table.cache_clear()


def test_the_version_is_read_without_importlib_metadata() -> None:
    assert lexicon.wordfreq_version() == version("wordfreq")


def test_the_cached_table_is_the_derived_one(fresh_cache: Path) -> None:
    derived = lexicon._derive()
    assert lexicon.zipf("Government") == derived["government"] >= lexicon.COMMON
    written = fresh_cache / f"english-zipf-{version('wordfreq')}.tsv"
    assert written.is_file()
    lexicon._table.cache_clear()
    assert lexicon._table() == derived
    assert lexicon.load_table(lexicon.dump_table(derived)) == derived
    assert lexicon.zipf("narodnye") == 0.0
