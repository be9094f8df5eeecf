"""Acronyms and the words they are made of: initials, and the syllables a syllabic acronym
takes of each word."""

from __future__ import annotations

import pytest

from teikit.rules.expansion import initials, syllabic_acronym


@pytest.mark.parametrize(("words", "acronym"), [
    ("old established forces", "OLDEFO"),
    ("new emerging forces", "NEFO"),
    ("the new emerging forces", "NEFO"),
    ("Indonesian Communist Party", "INDOCOMPA"),
])
def test_an_acronym_of_the_words_beginnings_is_syllabic(words: str, acronym: str) -> None:
    assert syllabic_acronym(words.split(), acronym)


@pytest.mark.parametrize(("words", "acronym"), [
    ("Korean Workers' Party", "KWP"),  # initials alone: no syllable
    ("old established forces", "OLDFO"),  # a word gives nothing
    ("the Chinese side", "CHSE"),  # letters out of the words' beginnings
    ("forces", "FORC"),  # one word cut short
])
def test_letters_not_taken_from_each_words_beginning_make_no_syllabic_acronym(
        words: str, acronym: str) -> None:
    assert not syllabic_acronym(words.split(), acronym)


def test_initials_leave_out_words_of_grammar() -> None:
    assert initials("Workers' Party of Korea") == "WPK"
