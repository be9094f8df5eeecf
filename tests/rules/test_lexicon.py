"""The English word table: derived from wordfreq once, then searched in the user cache; held
by the `WordTables` of whoever asks, so that a new owner reads the cache folder anew."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest

from teikit.rules import lexicon
from teikit.rules.word_tables import WordTables


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TEIKIT_CACHE_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture(scope="module")
def derived() -> dict[str, float]:
    return lexicon._derive()


def test_the_version_is_read_without_importlib_metadata() -> None:
    assert lexicon.wordfreq_version() == version("wordfreq")


def test_every_word_of_the_cached_table_is_found_with_its_value(
        fresh_cache: Path, derived: dict[str, float]) -> None:
    assert WordTables().zipf("Government") == derived["government"] >= lexicon.COMMON
    written = fresh_cache / f"english-zipf-{version('wordfreq')}.sorted"
    assert written.is_file()
    table = lexicon.load_table()
    assert all(table.zipf(word) == value for word, value in derived.items()
               if "\t" not in word and "\n" not in word)


@pytest.mark.parametrize("word", ["narodnye", "", "zzzzzz", "a'", "ё", "aaaaaaaa"])
def test_a_word_not_in_the_table_scores_zero(word: str, fresh_cache: Path,
                                             derived: dict[str, float]) -> None:
    if word in derived:
        pytest.skip(f"{word!r} is an English word for this wordfreq")
    assert WordTables().zipf(word) == 0.0


def test_a_truncated_cache_is_derived_again(fresh_cache: Path) -> None:
    WordTables().zipf("the")
    written = fresh_cache / f"english-zipf-{version('wordfreq')}.sorted"
    written.write_bytes(written.read_bytes()[:-3])
    assert WordTables().zipf("the") > lexicon.COMMON
    assert written.read_bytes().endswith(b"\n")


def test_an_owner_keeps_its_table_and_another_owner_reads_its_own(fresh_cache: Path) -> None:
    tables = WordTables()
    tables.zipf("the")
    assert tables.english is tables.english
    assert WordTables().english is not tables.english
