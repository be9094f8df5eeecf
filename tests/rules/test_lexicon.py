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
    written = lexicon.cache_file()
    assert written.parent == fresh_cache and written.is_file()
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
    written = lexicon.cache_file()
    written.write_bytes(written.read_bytes()[:-3])
    assert WordTables().zipf("the") > lexicon.COMMON
    assert written.read_bytes().endswith(b"\n")


def test_an_owner_keeps_its_table_and_another_owner_reads_its_own(fresh_cache: Path) -> None:
    tables = WordTables()
    tables.zipf("the")
    assert tables.english is tables.english
    assert WordTables().english is not tables.english


class _SmallBlocks(lexicon.SortedTable):
    BLOCK = 16  # a block of one or two lines: every word is near a block's edge


@pytest.mark.parametrize("table_class", [lexicon.SortedTable, _SmallBlocks])
def test_each_word_is_found_in_its_block_and_no_other_word_is(
        table_class: type[lexicon.SortedTable], derived: dict[str, float]) -> None:
    sample = dict(sorted(derived.items())[::40])  # ~1,000 words from the whole alphabet
    table = table_class(lexicon.dump_table(sample))
    assert len(table._starts) > 10
    assert all(table.zipf(word) == value for word, value in sample.items())
    near_misses = {form for word in sample for form in (word[:-1], word + "q", "\t" + word,
                                                         word + "\n")} - set(sample)
    assert all(table.zipf(word) == 0.0 for word in near_misses)
    assert table_class(b"").zipf("the") == 0.0


@pytest.mark.parametrize("table_class", [lexicon.SortedTable, _SmallBlocks])
def test_a_words_beginning_is_known_by_the_words_it_begins(
        table_class: type[lexicon.SortedTable]) -> None:
    table = table_class(lexicon.dump_table(
        {"abandon": 3.5, "situate": 2.0, "situation": 5.1, "situations": 4.0, "sitz": 3.2,
         "zebra": 3.3}))
    assert table.begins_word("situat", 3.0)  # `situation`, past the block of `situat`
    assert not table.begins_word("situat", 5.5)
    assert table.begins_word("zebra", 3.0)  # the word itself, the table's last
    assert not table.begins_word("zebras", 3.0)
    assert not table.begins_word("aa", 1.0)  # before the table's first word
    assert not table.begins_word("", 1.0)


@pytest.mark.parametrize(("word", "transliterated"), [
    ("opis’", True), ("s’ezd", True), ("pod”yekhal", True),
    ("government’s", False), ("d’etat", False),
    # (an `o` before the apostrophe: English's `o’clock`, an Irish name's `O’Brien`)
    ("o’clock", False), ("O’Brien", False),
    # (a name's mark between syllables inside a phrase is a romanisation's, no sign; a phrase's
    # first word capitalised may still be a transliteration)
    ("members of the so-called Yan'an group", False), ("Kim Ch'aek said", False),
    ("Ob’edinennaya gruppa", True), ("lager' mira", True),
])
def test_a_sign_after_a_letter_marks_a_transliteration(word: str, transliterated: bool) -> None:
    assert lexicon.looks_transliterated(word) is transliterated
