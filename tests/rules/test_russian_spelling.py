"""Russian in Latin letters told by its spelling, where the header names no original
language; other languages' words are none of it."""

from __future__ import annotations

import pytest

from teikit.convert import convert_text
from teikit.rules.russian_spelling import russian_transliteration


@pytest.mark.parametrize("text", [
    "opis’", "pristupit k obiednineniiu", "pri etom bilo ogovoreno", "narodnye voyska",
    "lager' mira i sotsializma", "nesushchestvennogo kharaktera", "po-bratski", "po-svoemu",
])
def test_russian_transliterations(text: str) -> None:
    assert russian_transliteration(text)


@pytest.mark.parametrize("text", [
    "uma calma resignada", "fuerzas internacionalistas", "marionetele sud-coreene",
    "yōsu o miru", "stan wojenny", "the comrades' views",
])
def test_other_languages_and_english_are_not(text: str) -> None:
    assert not russian_transliteration(text)


@pytest.mark.parametrize("language", [None, "Russian"])
def test_an_adverb_of_manner_is_russian_wording(language: str | None) -> None:
    """`in a fraternal way [po-bratski]`: `po` and `bratski` read as English's and a name's
    halves; the adverb is Russian's alone (it was supplied)."""
    overrides = {"title": "Test", "date_text": "November 17, 1983"}
    if language is not None:
        overrides["original_language"] = language
    root = convert_text("The Soviet side has decided in a fraternal way [po-bratski] to deliver "
                        "the fuel.\n", overrides=overrides, enrich=False).tree.getroot()
    foreign = root.findall(".//{http://www.tei-c.org/ns/1.0}foreign")
    assert [(element.text, element.get("{http://www.w3.org/XML/1998/namespace}lang"))
            for element in foreign] == [("po-bratski", "ru-Latn")]


@pytest.mark.parametrize("language", [None, "Russian"])
def test_two_adverbs_of_manner_joined_are_russian_wording(language: str | None) -> None:
    """`in a comradely way and frankly [po-tovarishcheski i otkrovenno]`: the adverb, `i`,
    and one in `-o` (it was supplied)."""
    overrides = {"title": "Test", "date_text": "January 26, 1965"}
    if language is not None:
        overrides["original_language"] = language
    root = convert_text("Kim Il Sung spoke in a comradely way and frankly [po-tovarishcheski i "
                        "otkrovenno] about the missiles.\n", overrides=overrides,
                        enrich=False).tree.getroot()
    foreign = root.findall(".//{http://www.tei-c.org/ns/1.0}foreign")
    assert [(element.text, element.get("{http://www.w3.org/XML/1998/namespace}lang"))
            for element in foreign] == [("po-tovarishcheski i otkrovenno", "ru-Latn")]


@pytest.mark.parametrize("language", [None, "Russian"])
def test_a_capitalised_sentence_of_transliterated_russian_is_russian_wording(
        language: str | None) -> None:
    """`Report on the fulfilment [Ob ispolnenii donesite]`: a sentence, its later words in lower
    case, `ob` and `ispolnenii` spelt as only Russian is (it was an unclassified bracket)."""
    overrides = {"title": "Test", "date_text": "October 10, 1963"}
    if language is not None:
        overrides["original_language"] = language
    root = convert_text("Report on the fulfilment [Ob ispolnenii donesite]. Gromyko\n",
                        overrides=overrides, enrich=False).tree.getroot()
    foreign = root.findall(".//{http://www.tei-c.org/ns/1.0}foreign")
    assert [(element.text, element.get("{http://www.w3.org/XML/1998/namespace}lang"))
            for element in foreign] == [("Ob ispolnenii donesite", "ru-Latn")]


@pytest.mark.parametrize(("text", "wording"), [
    ('Pham Van Dong said the Chinese behave like an elder brother [starshiy brat] who knows '
     'everything better.\n', "starshiy brat"),
    ('The Chinese side has refused to grant an "air bridge" [vozdushnyi most] for the '
     'aircraft.\n', "vozdushnyi most"),
])
@pytest.mark.parametrize("language", [None, "Russian"])
def test_russian_among_words_english_also_spells_is_russian_wording(
        text: str, wording: str, language: str | None) -> None:
    """`[starshiy brat]`, `[vozdushnyi most]`: `brat` and `most` are English's spellings too;
    the other word is spelt as only Russian transliterated is (they were supplied)."""
    overrides = {"title": "Test", "date_text": "March 2, 1965"}
    if language is not None:
        overrides["original_language"] = language
    root = convert_text(text, overrides=overrides, enrich=False).tree.getroot()
    foreign = root.findall(".//{http://www.tei-c.org/ns/1.0}foreign")
    assert [(element.text, element.get("{http://www.w3.org/XML/1998/namespace}lang"))
            for element in foreign] == [(wording, "ru-Latn")]


def test_english_words_of_russian_like_endings_stay_supplied() -> None:
    """`[of the communist and workers' parties]`: a plural's possessive is no soft sign, and
    every word is English's."""
    root = convert_text("They agreed on the date of a broader meeting [of the communist and "
                        "workers' parties] later in the year.\n",
                        overrides={"title": "Test", "date_text": "June 2, 1960",
                                   "original_language": "Russian"},
                        enrich=False).tree.getroot()
    supplied = root.findall(".//{http://www.tei-c.org/ns/1.0}supplied")
    assert [element.text for element in supplied] == ["of the communist and workers' parties"]
