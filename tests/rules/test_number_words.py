"""Numbers written in English words, as a translator restates a figure."""

from __future__ import annotations

import pytest

from teikit.rules.number_words import number_in_words


@pytest.mark.parametrize(("text", "value"), [
    ("fifty", 50), ("twenty-five", 25), ("one hundred and twenty-five", 125),
    ("one thousand two hundred", 1200), ("three million", 3_000_000), ("zero", 0),
    ("hundred", 100),
])
def test_numbers_in_words(text: str, value: int) -> None:
    assert number_in_words(text) == value


@pytest.mark.parametrize("text", ["", "men", "fifty men", "the fifth"])
def test_words_that_are_no_number(text: str) -> None:
    assert number_in_words(text) is None
