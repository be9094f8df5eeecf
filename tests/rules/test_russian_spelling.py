"""Russian in Latin letters told by its spelling, where the header names no original
language; other languages' words are none of it."""

from __future__ import annotations

import pytest

from teikit.rules.russian_spelling import russian_transliteration


@pytest.mark.parametrize("text", [
    "opis’", "pristupit k obiednineniiu", "pri etom bilo ogovoreno", "narodnye voyska",
    "lager' mira i sotsializma", "nesushchestvennogo kharaktera",
])
def test_russian_transliterations(text: str) -> None:
    assert russian_transliteration(text)


@pytest.mark.parametrize("text", [
    "uma calma resignada", "fuerzas internacionalistas", "marionetele sud-coreene",
    "yōsu o miru", "stan wojenny", "the comrades' views",
])
def test_other_languages_and_english_are_not(text: str) -> None:
    assert not russian_transliteration(text)
