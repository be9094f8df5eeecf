"""A phrase's language by its words at home abroad, asked together."""

from __future__ import annotations

import pytest

from teikit.rules.phrase_language import language_at_home
from teikit.rules.word_tables import WordTables


@pytest.fixture(scope="module")
def tables() -> WordTables:
    return WordTables()


@pytest.mark.parametrize(("text", "original", "language"), [
    ("no custodiará embajadas que no colaboran en su propia protección", None, "es"),
    ("o fantasma de uma corrida nuclear no Cone Sul", None, "pt"),
    ("Il Portogallo e il futuro", None, "it"),
    ("PATRIA O MUERTE", None, "es"),
    # (the original's language first, where its words are enough)
    ("uma calma resignada", "pt", "pt"),
    # names and English tell none; one word is no phrase
    ("Ho Chi Minh", None, None),
    ("HO CHI MINH", None, None),
    ("the Minister of Foreign Affairs", None, None),
    ("hora", None, None),
])
def test_the_language_half_of_a_phrases_words_are_at_home_in(
        tables: WordTables, text: str, original: str | None, language: str | None) -> None:
    assert language_at_home(text, tables, original) == language
