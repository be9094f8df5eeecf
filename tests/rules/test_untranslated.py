"""Words left untranslated without brackets: found where English has no use for them, and
nowhere else (loans, names, words cut by a bracket, the first word of a sentence)."""

from __future__ import annotations

import pickle
import textwrap

import pytest
from lxml import etree

from teikit.convert import convert_text
from teikit.rules.base import DocumentContext
from teikit.rules.lexicon import ENGLISH_FORMATION
from teikit.rules.untranslated import read_untranslated
from teikit.rules.word_tables import WordTables


def untranslated(text: str, original_language: str | None = None) -> list[tuple[str, str]]:
    doc = DocumentContext(original_language=original_language)
    return [(text[start:end], node.attrs["xml:lang"])
            for start, end, node in read_untranslated(text, doc)]


def test_a_common_word_of_another_language_is_foreign() -> None:
    assert untranslated("I enclosed it in my air oficio number 540.") == [("oficio", "es")]


def test_a_foreign_word_with_an_english_possessive_is_foreign() -> None:
    assert untranslated("The rest of the delegation stayed in another compañero's house.") == [
        ("compañero", "es")]


def test_a_russian_noun_in_mid_sentence_is_transliterated_russian() -> None:
    assert untranslated("Upon the directive of Instantsia the troops left.") == [
        ("Instantsia", "ru-Latn")]


def test_a_russian_noun_opening_a_sentence_is_transliterated_russian_too() -> None:
    """A Russian noun's ending (`-tsiya`, `-stvo`) ends no name: the readers of two telegrams
    mark `Instantsiya [codename for Stalin] is demanding …` as the word left untranslated."""
    assert untranslated("Instantsiya is demanding an immediate answer.") == [
        ("Instantsiya", "ru-Latn")]


def test_words_of_one_language_joined_by_its_short_word_are_one_phrase() -> None:
    assert untranslated("reading Gosudarstvo i Revolyutsiya again") == [
        ("Gosudarstvo i Revolyutsiya", "ru-Latn")]


@pytest.mark.parametrize(("text", "original", "found"), [
    ("farms larger than 5 caballerías are taken", "pl", [("caballerías", "es")]),
    ("in continuation of my ofícios nº 31", "pt", [("ofícios", "pt")]),
    # (a word English's table knows as a rare loan, beside another: one phrase)
    ("and the líder máximo refused", None, [("líder máximo", "es")]),
    # (the original's language where it writes the accent: Hungarian's `á`)
    ("the tanács decided", "hu", [("tanács", "hu")]),
    # (English's loans keep `é` and `ñ`; a capital may begin a name)
    ("the café and the cañon", None, []),
    ("to Bogotá at once", None, []),
])
def test_a_word_no_table_holds_with_an_accent_english_lacks_is_foreign(
        text: str, original: str | None, found: list[tuple[str, str]]) -> None:
    """`caballerías`, `ofícios`, `líder máximo`: words in lower case no table holds, spelt with
    an accent English never writes in its own, are the original's or Spanish's or Portuguese's
    (they were English's)."""
    assert untranslated(text, original) == found


def test_the_documents_original_language_is_preferred_where_the_word_is_common_in_it() -> None:
    assert WordTables().languages_of(["todavia", "the", "risqué"]) == {"todavia": ("es", "pt")}
    assert untranslated("it was todavia there") == [("todavia", "es")]
    assert untranslated("it was todavia there", "pt") == [("todavia", "pt")]


@pytest.mark.parametrize(("text", "found"), [
    ("Spets Nº 826, 827", [("Spets", "ru-Latn")]),  # a cipher office's special series
    ("MOLNIYA EH", [("MOLNIYA", "ru-Latn")]),  # its highest precedence
    # a reference note under a ciphered telegram
    ("Spravka: no. 48 (from no. 837) of Jan 13 1950.", [("Spravka", "ru-Latn")]),
])
def test_the_documents_own_terms_are_known_wherever_they_stand(
        text: str, found: list[tuple[str, str]]) -> None:
    assert untranslated(text) == found


@pytest.mark.parametrize("text", [
    "the provocative and risqué acts",  # loans English uses
    "the Chargé d’affaires and the chargé d'affaires",
    "a manœuvre of the enemy",
    "Comrade Ri Jong-mok underlined",  # part of a hyphenated name
    "Oficio decided so.",  # first word of a sentence: a name as likely as a word
    "in Oficio number 540",  # capitalised: a name as likely as a word
    "ammunitions, unpreparedness, compliancy and warmongering",  # rare English
    "mail to oficio@example.org or see oficio.html",
    # the North Korean doctrine's name, English's own word now (the dictionaries have it)
    "Juche was their slogan, and the juche idea their pride",
])
def test_nothing_else_is(text: str) -> None:
    assert untranslated(text) == []


def test_an_english_word_cut_off_at_a_texts_end_is_no_foreign_word() -> None:
    assert untranslated("who have no understanding of the situat") == []
    assert untranslated("who wrote a long oficio") == [("oficio", "es")]
    assert untranslated("the situat and the rest") == [("situat", "ro")]  # cut off inside
    # a longer one mistyped inside a sentence (`importan`, Spanish too) is the English word
    assert untranslated("on April 16 and 17, importan quantities of military supplies") == []


def test_a_word_cut_by_a_bracket_is_not_read_as_a_word() -> None:
    result = convert_text("They will accelerat[e] it and participat[ing] in it.",
                          overrides={"title": "Test", "date_text": "May 14, 1950"}, enrich=False)
    assert result.tree.getroot().find(".//{*}foreign") is None


def test_a_chinese_term_in_pinyin_is_chinese_and_two_syllables_are_too_few_to_tell() -> None:
    """`dazibao`, `hongweibing`: three syllables of pinyin, a word no English or other table
    knows, left in Chinese; `chongbo`, two syllables, spells a Korean word as well."""
    assert untranslated("In January the hongweibing put up dazibao near the embassy.") == [
        ("hongweibing", "zh-Latn"), ("dazibao", "zh-Latn")]
    assert untranslated("A tax of one ton per chongbo of sown land was fixed.") == []


def _converted(text: str) -> etree._Element:
    """The TEI of `text`, converted without enrichment under a test's header."""
    return convert_text(text, overrides={"title": "Test", "date_text": "May 14, 1967"},
                        enrich=False).tree.getroot()


def test_a_word_a_notes_marker_follows_is_a_word() -> None:
    """`dazibao[1] appeared`: the marker in its brackets cuts no word (the word was left
    plain, as one a bracket cuts is)."""
    root = _converted("In January and February dazibao[1] appeared in Beijing.\n\n[1] "
                      "Big-character posters.")
    assert [node.text for node in root.iterfind(".//{*}foreign")] == ["dazibao"]


def test_a_term_a_translators_note_quotes_is_the_originals() -> None:
    """`[Translator's note: the Romanian text uses the term “clica”, i.e. clique]`: the
    original's word, quoted in the note, as it is in the text (quotations in brackets were not
    read)."""
    root = _converted("The main task now is to defeat the group [Translator's note: the "
                      "Romanian text uses the term “clica”, i.e. clique] in the party.")
    assert [node.text for node in root.iterfind(".//{*}note//{*}foreign")] == ["clica"]


def test_a_word_of_the_original_set_in_italics_is_the_originals() -> None:
    """`*salvoconductos*`: a word no English has, in italics as translators set the original's
    words, is the original's (it was emphasis alone); English in italics stays emphasis."""
    root = _converted("The Embassy asked for *salvoconductos* for the men, and it was *very* "
                      "urgent.")
    assert [node.text for node in root.iterfind(".//{*}hi/{*}foreign")] == ["salvoconductos"]
    assert [node.text for node in root.iterfind(".//{*}hi")] == [None, "very"]


@pytest.mark.parametrize(("sentence", "term"), [
    # (of three letters, no table's word: `zud`, a Mongolian winter disaster)
    ("As a result of the *zud* in the western provinces, the herds perished.", "zud"),
    # (an apostrophe within: the McCune-Reischauer romanisation of a Korean word)
    ("The peasants work in mutual-aid teams (*p'umasi*), and the barley is cut.", "p'umasi"),
])
def test_a_word_no_table_knows_in_italics_and_lower_case_is_the_originals(
        sentence: str, term: str) -> None:
    root = _converted(sentence)
    assert [node.text for node in root.iterfind(".//{*}hi/{*}foreign")] == [term]


@pytest.mark.parametrize("sentence", [
    "It was *not* the first time, and they said *any* delay was *unconditionally* refused.",
    "The Ambassador read it in *Nhan Dan* and in *Pravda* the same day.",
    # (a rare English word, which English's table knows)
    "The word was set in *italic* type in the draft.",
])
def test_english_or_a_name_in_italics_stays_emphasis(sentence: str) -> None:
    assert _converted(sentence).find(".//{*}foreign") is None


_ITALIAN = ("Il Comitato Centrale del Partito Comunista Italiano, riunito a Roma, ha approvato "
            "la relazione del compagno Longo sulla situazione politica e sui compiti del partito "
            "nella lotta per la pace e per il socialismo.")


@pytest.mark.parametrize("width", [0, 50, 60, 72])
def test_a_paragraph_in_another_language_has_no_untranslated_words_hard_wrapped_or_not(
        width: int) -> None:
    paragraph = textwrap.fill(_ITALIAN, width) if width else _ITALIAN
    page = ("**May 1, 1962**\n\n**Letter from Luigi Longo to Palmiro Togliatti**\n\n"
            "The delegation sent the following text of the resolution adopted in Rome.\n\n"
            f"{paragraph}\n\nThe text was received on the same day in my air oficio.\n")
    foreign = convert_text(page, source_name="page.txt").tree.getroot().findall(".//{*}foreign")
    assert [(node.text, node.get("{http://www.w3.org/XML/1998/namespace}lang"))
            for node in foreign] == [("oficio", "es")]


def test_what_english_says_of_a_word_is_worked_out_once_per_run() -> None:
    tables = WordTables()
    first = DocumentContext(words=tables)
    read_untranslated("I enclosed it in my air oficio number 540.", first)
    verdicts = tables.derived("untranslated")
    assert verdicts["oficio"] == "unknown"  # asked of the other languages' table
    assert verdicts["enclosed"] == ""  # English
    # The next document of the run reads the verdict it finds, not the table.
    verdicts["oficio"] = ""
    later = DocumentContext(words=tables)
    assert read_untranslated("I enclosed it in my air oficio number 540.", later) == []


def test_a_worker_receives_the_tables_without_their_verdicts() -> None:
    tables = WordTables()
    read_untranslated("my air oficio", DocumentContext(words=tables))
    received = pickle.loads(pickle.dumps(tables))
    assert received.derived("untranslated") == {}


def _quoted_foreign(paragraph: str, original_language: str = "Russian") -> list[tuple[str, str]]:
    result = convert_text(f"{paragraph}\n", enrich=False, overrides={
        "title": "Quoted", "date_text": "May 1, 1946", "original_language": original_language})
    return [("".join(node.itertext()), node.get("{http://www.w3.org/XML/1998/namespace}lang"))
            for node in result.tree.iterfind(".//{*}q/{*}foreign")]


def test_a_quoted_word_english_has_no_use_for_is_the_originals() -> None:
    """`“zakonnaya” (“legal”, …)`: the translator quotes the original's word, then glosses it;
    the gloss, the words English builds of its own (`“hegemonism”`) and names are no such."""
    paragraph = ("The note says zak. may stand for “zakonnaya” (“legal”) or “zakonservirovannaya” "
                 "(“stored”); the paper speaks of “hegemonism” and of “Molotov” and “Stalin”.")
    assert _quoted_foreign(paragraph) == [("zakonnaya", "ru-Latn"),
                                          ("zakonservirovannaya", "ru-Latn")]


def test_a_quoted_noun_english_makes_of_a_verb_is_no_original_word() -> None:
    """`to saddle the Government of India with “asylees”`: English builds the word as it builds
    `detainees`, though its tables lack it (it was marked the original's, of no language); the
    German `Armee`, `Idee` are no such noun."""
    assert _quoted_foreign("He does not wish to saddle the Government of India with “asylees” "
                           "in the Embassy.", "English") == []
    assert ENGLISH_FORMATION.search("detainees") and ENGLISH_FORMATION.search("asylees")
    assert not any(ENGLISH_FORMATION.search(word) for word in ("Armee", "Idee", "armeen"))
    assert _quoted_foreign("The note calls them “zakonnaya”.") == [("zakonnaya", "ru-Latn")]


def test_a_quoted_phrase_of_another_language_english_has_no_use_for_is_the_originals() -> None:
    """`a state of “alarma de combate” (combat alert)`, `a “puente aéreo” [air bridge]`: two or
    three words in lower case, at home in another language as a phrase, none of them English
    (English's table has a rare use for `puente`; `combate` ends as English's `combat` does
    not); English's own phrases in quotation marks stay English's."""
    paragraph = ("The government proclaimed a state of “alarma de combate” (combat alert), asked "
                 "for a “puente aéreo” of two flights a day, and rejected the “two Chinas”, the "
                 "“open door” and the “paper tiger”.")
    assert _quoted_foreign(paragraph, "Spanish") == [("alarma de combate", "es"),
                                                     ("puente aéreo", "es")]


def test_a_quoted_phrase_of_another_language_may_hold_a_word_english_knows_rarely() -> None:
    """`“c'est la guerre à nos portes”` in a Soviet ambassador's record: French, though
    English's table knows `portes` (as a name); English's everyday words in a quotation keep it
    English's."""
    assert _quoted_foreign("He said that now, when “c'est la guerre à nos portes”, such support "
                           "was especially valuable.") == [("c'est la guerre à nos portes", "fr")]
    assert _quoted_foreign("He said that “the war is at our doors” now.") == []


def test_a_quoted_phrase_is_read_whole_where_a_word_rule_took_words_of_it() -> None:
    """`the principles of “no intervención y autodeterminación de los pueblos”`: the whole
    phrase is Spanish (the rule for words English lacks had taken its two long words alone,
    and the quotation was not read as one); a quoted phrase of English's with one such word
    in it stays English's, the word the original's."""
    assert _quoted_foreign("He spoke of the principles of “no intervención y autodeterminación "
                           "de los pueblos”, which he called permanent.", "Spanish") == [
        ("no intervención y autodeterminación de los pueblos", "es")]
    assert _quoted_foreign("He spoke of “the principle of autodeterminación and its limits” "
                           "at length.", "Spanish") == [("autodeterminación", "es")]


def test_a_quoted_spanish_exclamation_is_spanish_by_its_opening_mark() -> None:
    """`the cry of “¡paredón!”`, `the chanting of “¡Venceremos!”`: the opening mark is
    Spanish's alone, in quotation marks too (they were plain quotations)."""
    assert _quoted_foreign("One hears the cry of “¡paredón!” and the chanting of "
                           "“¡Venceremos!” in the streets.", "Spanish") == [
        ("¡paredón!", "es"), ("¡Venceremos!", "es")]


@pytest.mark.parametrize(("text", "expected"), [
    ("¡Patria o Muerte!", [("¡Patria o Muerte!", "es")]),
    ("He shouted ¡Viva Cuba libre! and we said nothing of oficio to him.",
     [("¡Viva Cuba libre!", "es"), ("oficio", "es")]),
    ("The minister asked ¿Qué hacer? and left.", [("¿Qué hacer?", "es")]),
])
def test_a_spanish_exclamation_or_question_is_spanish_by_its_opening_mark(
        text: str, expected: list[tuple[str, str]]) -> None:
    """`¡Patria o Muerte!` / `¡Venceremos!` closing a Cuban letter: the opening mark is
    Spanish's alone, whatever words English shares (`Patria`, `o`)."""
    assert untranslated(text) == expected


def test_a_cuban_letters_closing_slogans_are_foreign_above_the_signature() -> None:
    result = convert_text(
        "I informed Cde. Mengistu of the arrival of the group of advisers at Dire Dawa. He "
        "asked that this information not be made public.\n¡Patria o Muerte!\n¡Venceremos!\n"
        "Rogelio Santana Ferrer\nAmbassador\n",
        overrides={"title": "Test", "date_text": "January 30, 1978"}, enrich=False)
    root = result.tree.getroot()
    tei = "{http://www.tei-c.org/ns/1.0}"
    assert ["".join(element.itertext()) for element in root.iter(f"{tei}foreign")] == [
        "¡Patria o Muerte!", "¡Venceremos!"]
    assert ["".join(element.itertext()).split()[0] for element in root.iter(f"{tei}signed")] == [
        "Rogelio"]


def test_the_doer_of_a_frequent_english_verb_is_english() -> None:
    """`the continuer of the revolutionary cause`: rarer than English's table knows, but
    `continue` and its `-r` (it was French)."""
    assert untranslated("He was called the continuer of the revolutionary cause.") == []
    assert untranslated("I enclosed it in my air oficio number 540.") == [("oficio", "es")]


@pytest.mark.parametrize("text", [
    "He proposes a joint démarche of the heads of mission.",
    # (`verbale` was Italian)
    "The ambassador handed over a note verbale on the question of repatriation.",
])
def test_a_loan_of_diplomacy_is_english(text: str) -> None:
    """`a joint démarche`, `a note verbale`: French, as English's diplomacy took it (it was
    French)."""
    assert untranslated(text) == []


def test_a_quoted_rhyme_of_another_language_is_the_originals() -> None:
    """`the rhyme “Nikita, mariquita, lo que se da no se quita”`: a phrase the translator left
    in Spanish, quoted (it was plain quoted text); quotations of English stay English."""
    paragraph = ("Among the population one can hear the rhyme “Nikita, mariquita, lo que se da no "
                 "se quita”, while they “do not want to be small change” in “its military "
                 "phase, as the Americans see it”.")
    assert _quoted_foreign(paragraph, "Russian") == [
        ("Nikita, mariquita, lo que se da no se quita", "es")]
