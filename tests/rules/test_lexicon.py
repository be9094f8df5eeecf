"""The English word table: derived from wordfreq once, then searched in the user cache."""

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


@pytest.fixture(scope="module")
def derived() -> dict[str, float]:
    return lexicon._derive()


def test_the_version_is_read_without_importlib_metadata() -> None:
    assert lexicon.wordfreq_version() == version("wordfreq")


def test_every_word_of_the_cached_table_is_found_with_its_value(
        fresh_cache: Path, derived: dict[str, float]) -> None:
    assert lexicon.zipf("Government") == derived["government"] >= lexicon.COMMON
    written = fresh_cache / f"english-zipf-{version('wordfreq')}.sorted"
    assert written.is_file()
    lexicon._table.cache_clear()
    table = lexicon._table()
    assert all(table.zipf(word) == value for word, value in derived.items()
               if "\t" not in word and "\n" not in word)


@pytest.mark.parametrize("word", ["narodnye", "", "zzzzzz", "a'", "ё", "aaaaaaaa"])
def test_a_word_not_in_the_table_scores_zero(word: str, fresh_cache: Path,
                                             derived: dict[str, float]) -> None:
    if word in derived:
        pytest.skip(f"{word!r} is an English word for this wordfreq")
    assert lexicon.zipf(word) == 0.0


def test_a_truncated_cache_is_derived_again(fresh_cache: Path) -> None:
    lexicon.zipf("the")
    written = fresh_cache / f"english-zipf-{version('wordfreq')}.sorted"
    written.write_bytes(written.read_bytes()[:-3])
    lexicon._table.cache_clear()
    assert lexicon.zipf("the") > lexicon.COMMON
    assert written.read_bytes().endswith(b"\n")
