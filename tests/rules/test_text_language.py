"""A document the archive publishes untranslated is in its own language: its words are not
words left untranslated in an English text."""

from __future__ import annotations

from teikit.convert import convert_text
from teikit.rules.text_language import other_language
from teikit.rules.word_tables import WordTables

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_GERMAN = ("Der Bundeskanzler begrüßt den Ministerpräsidenten herzlich und bittet ihn, die "
           "Themen zu nennen, die er heute vorrangig besprechen möchte. Der Ministerpräsident "
           "nennt folgende Themen: die Lage in Jugoslawien, die Vorbereitung des Europäischen "
           "Rates und die gemeinsame Sicherheitspolitik. Der Bundeskanzler stimmt zu und "
           "verweist darauf, dass man die Partner rechtzeitig unterrichten müsse.")
_ENGLISH = ("The Chancellor welcomed the Prime Minister warmly and asked him which topics he "
            "wished to discuss today. The Prime Minister named the situation in Yugoslavia, the "
            "preparation of the European Council and the common security policy; the "
            "Chancellor agreed and said that the partners had to be told in good time. He sent "
            "his air oficio number 540 the same day.")


def test_a_text_in_german_is_german_and_an_english_one_english() -> None:
    tables = WordTables()
    assert other_language([_GERMAN], tables) == "de"
    assert other_language([_ENGLISH], tables) is None
    assert other_language(["Bonn, den 7. Oktober 1991", "Vermerk"], tables) is None  # too few


def test_an_untranslated_original_has_its_language_and_no_foreign_words() -> None:
    root = convert_text(f"Bonn, den 7. Oktober 1991\n\n{_GERMAN}\n",
                        overrides={"title": "Vermerk", "date_text": "October 7, 1991"},
                        enrich=False).tree.getroot()
    text = root.find(f"{TEI}text")
    assert text is not None and text.get(XML_LANG) == "de"
    assert root.get(XML_LANG) == "en"  # (the header is the edition's, in English)
    assert list(root.iter(f"{TEI}foreign")) == []
    assert [lang.get("ident") for lang in root.iter(f"{TEI}language")] == ["de"]
    # a translation keeps the word its translator left in the original
    english = convert_text(f"{_ENGLISH}\n", overrides={"title": "Note", "date_text": "1991"},
                           enrich=False).tree.getroot()
    assert english.find(f"{TEI}text").get(XML_LANG) is None
    assert [f.text for f in english.iter(f"{TEI}foreign")] == ["oficio"]


def test_a_text_in_a_script_the_tables_do_not_know_is_the_originals_or_that_scripts() -> None:
    russian = ("Сегодня Мао Цзэдун пригласил меня посетить с ним индийскую выставку в Пекине. "
               "Беседа, состоявшаяся на выставке между Мао Цзэдуном и мной, касалась главным "
               "образом вопросов культуры и искусства, а также положения в Индии и отношений "
               "между нашими странами в настоящее время и в будущем.")
    tables = WordTables()
    assert other_language([russian], tables) == "und-Cyrl"
    assert other_language([russian], tables, "ru") == "ru"
    # a German text from a page that names another original keeps the language it is in
    assert other_language([_GERMAN], tables, "ko") == "de"


def test_the_original_printed_beside_its_translation_has_no_foreign_words() -> None:
    italian = ("Con Martino ed i miei collaboratori discutiamo le questioni delle basi. "
               "Concordano che si accetti la proposta di ritiro e lo comunico alle dieci.")
    root = convert_text(f"17 gennaio\n\n{italian}\n\n17th January\n\n{_ENGLISH}\n",
                        overrides={"title": "Diary", "date_text": "January 17, 1963"},
                        enrich=False).tree.getroot()
    assert root.find(f"{TEI}text").get(XML_LANG) is None  # (the page is the translation's)
    assert [f.text for f in root.iter(f"{TEI}foreign")] == ["oficio"]
