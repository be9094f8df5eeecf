"""Pinyin words: runs of Mandarin's syllables, and none of the other languages' words that a
loose initial-and-final pattern would let through."""

from __future__ import annotations

import pytest

from teikit.rules.pinyin import is_pinyin_word, syllable_count


@pytest.mark.parametrize(("word", "syllables"), [
    ("zuoshi", 2), ("gonggong", 2), ("shitang", 2), ("Zhengwuyuan", 3), ("xi'an", 1),
    ("bu", 1), ("mianzi", 2),
])
def test_words_of_pinyin_and_their_syllables(word: str, syllables: int) -> None:
    assert is_pinyin_word(word)
    assert syllable_count(word) == syllables


@pytest.mark.parametrize("word", [
    "porozumienie",  # Polish: `ro` is no syllable of Mandarin
    "narodnye", "voyska", "mismo", "kredi", "nauk", "the", "stan",
])
def test_words_of_other_languages_are_no_pinyin(word: str) -> None:
    assert not is_pinyin_word(word)
    assert syllable_count(word) == 0
