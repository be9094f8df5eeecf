"""The original's wording as a phrase of another language than the original's script spells
(a cable from Havana quoting a decree in Spanish, a report quoting a book's Italian title), and
the English words round it that stay English."""

from __future__ import annotations

import pytest
from tei_text import converted_text, texts

from teikit.convert import convert_text

WORDING = "//t:note[@type='original-wording']/t:foreign"


def _wordings(sentence: str) -> list[tuple[str, str | None]]:
    root = converted_text(sentence + "\n", "April 7, 1980")
    return [("".join(element.itertext()),
             element.get("{http://www.w3.org/XML/1998/namespace}lang"))
            for element in root.xpath("//t:text" + WORDING,
                                      namespaces={"t": "http://www.tei-c.org/ns/1.0"})]


@pytest.mark.parametrize(("sentence", "wording", "language"), [
    # after a quotation: English's `no`, `en`, `su` beside Spanish's `que`, `propia`
    ('The government said it "will not guard embassies which do not collaborate in their own '
     'protection" [no custodiará embajadas que no colaboran en su propia protección].',
     "no custodiará embajadas que no colaboran en su propia protección", "es"),
    # `fantasma`, `corrida` are English's too, rarely; `nuclear` and `Cone` are English's
    ('The Group should dispel "the ghost of a nuclear race in the Southern Cone" [o fantasma '
     'de uma corrida nuclear no Cone Sul].',
     "o fantasma de uma corrida nuclear no Cone Sul", "pt"),
    # a title, capitalised, its words in lower case after the first
    ('General Spínola, author of the book "Portugal and the Future" [Il Portogallo e il '
     'futuro], is known to favour a federation.', "Il Portogallo e il futuro", "it"),
    # a slogan in capitals
    ("The letter closed: HOMELAND OR DEATH [PATRIA O MUERTE]. The Ambassador replied.",
     "PATRIA O MUERTE", "es"),
    ("He answered that they would reply not with words but with deeds [no con palabras sino "
     "con hechos].", "no con palabras sino con hechos", "es"),
])
def test_a_phrase_of_one_other_language_is_the_originals_wording(
        sentence: str, wording: str, language: str) -> None:
    assert _wordings(sentence) == [(wording, language)]


@pytest.mark.parametrize("sentence", [
    # names: their capitalised words tell no language (`chi`, `ho` are Italian)
    "Then the visit of [Ho Chi Minh] was discussed at length.",
    "Then the visit of [HO CHI MINH] was discussed at length.",
    "The delegation met [Le Duc Tho] on the second day.",
    # one word of another language is no phrase of it
    "The meeting began at 5 a.m. [hora local] in the palace.",
])
def test_names_and_a_lone_word_abroad_are_no_phrase(sentence: str) -> None:
    assert _wordings(sentence) == []


def test_a_rare_inflection_of_a_frequent_english_word_is_english() -> None:
    """`fulfils`, the British spelling, is rare in English's table (2.5) but inflects
    `fulfil` (3.6): a word the translator supplied, no Bulgarian wording."""
    root = converted_text("Answer that Bulgaria [fulfils] its obligations under the Treaty.\n",
                          "August 24, 1968")
    assert texts(root, "//t:text//t:supplied") == ["fulfils"]
    assert texts(root, "//t:text//t:foreign") == []


@pytest.mark.parametrize(("sentence", "wording"), [
    ("He said that we should not talk about it publicly [bu yao gongkai tan 不要公开谈] for now.",
     "bu yao gongkai tan 不要公开谈"),
    ("The slogan was to resist America and aid Vietnam [kang Mei yuan Yue 抗美援越].",
     "kang Mei yuan Yue 抗美援越"),
])
def test_pinyin_with_its_characters_is_chinese(sentence: str, wording: str) -> None:
    assert _wordings(sentence) == [(wording, "zh")]


def test_the_language_of_a_wording_the_header_does_not_name_is_the_one_its_words_are_at_home_in(
        ) -> None:
    """`two jet aircraft [aviones de tipo reactor]`: `de`, `tipo` and `aviones` are Spanish's,
    `reactor` English's too (it was undetermined); a transliteration stays Russian."""
    assert _wordings("Two jet aircraft [aviones de tipo reactor] of the United States Navy "
                     "flew over the bay.") == [("aviones de tipo reactor", "es")]
    assert _wordings("In this regard a qualification was made [pri etom bilo ogovoreno], "
                     "that the question should wait.") == [("pri etom bilo ogovoreno", "ru-Latn")]


def _wordings_in(sentence: str, language: str) -> list[tuple[str, str | None]]:
    root = convert_text(sentence + "\n", overrides={"title": "Test", "date_text": "1966",
                                                    "original_language": language},
                        enrich=False).tree.getroot()
    return [("".join(element.itertext()),
             element.get("{http://www.w3.org/XML/1998/namespace}lang"))
            for element in root.xpath("//t:text" + WORDING,
                                      namespaces={"t": "http://www.tei-c.org/ns/1.0"})]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    # the marking, its stop, then the original's marking
    ("Hungarian", "Strictly secret! [Szigorúan titkos!]\n\nThe embassy reports that the talks "
     "were long and ended without result.", [("Szigorúan titkos!", "hu")]),
    # Japanese romanised, its long vowels marked
    ("Japanese", 'The troops have "withdrawn to the second line of defence" [dai ni bōeisen], '
     "but their positions hold.", [("dai ni bōeisen", "ja-Latn")]),
    # two syllables of pinyin in a document translated from Chinese, one no everyday English
    ("Chinese", "We must never adopt the attitude of a great nation [da guo] towards them.",
     [("da guo", "zh-Latn")]),
    # (everyday English words that pinyin spells too are supplied)
    ("Chinese", "We must never adopt the attitude of [a man] who knows best.", []),
])
def test_the_originals_wording_told_by_its_language_signs(
        language: str, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _wordings_in(sentence, language) == expected
