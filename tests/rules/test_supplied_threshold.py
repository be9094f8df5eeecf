"""The line between words the translator supplied (`[to put]`) and original wording left
untranslated (`[narodnye voyska]`), pinned at both of its thresholds with brackets on either
side of them: a word counts as English from a Zipf frequency of 3.0 ("armistice" 3.22 is
English, "rayon" 2.99 is not), and a bracket is supplied words when at least half of its words
are English (1/2 and 3/5 are; 5/11, 2/5 and 1/3 are not)."""

from __future__ import annotations

import pytest
from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.rules.word_tables import WordTables

META = {"title": "Test", "date_text": "May 14, 1950", "original_language": "Russian"}
SUPPLIED = '<supplied reason="omitted" resp="#translator">{}</supplied>'
UNCLASSIFIED = '<seg type="unclassified-bracket">{}</seg>'
ORIGINAL = ('<note type="original-wording" place="inline" resp="#translator">'
            '<foreign xml:lang="ru-Latn">{}</foreign></note>')


def encoded(bracket: str) -> str:
    text = f"It was said that the [{bracket}] came, finally.\n"
    root = convert_text(text, overrides=META, enrich=False).tree.getroot()
    paragraph = root.find(f"{{{TEI_NS}}}text//{{{TEI_NS}}}p")
    xml = etree.tostring(paragraph, encoding="unicode", with_tail=False)
    inner = xml.replace(f' xmlns="{TEI_NS}"', "").removeprefix("<p>").removesuffix("</p>")
    return inner.removeprefix("It was said that the ").removesuffix(" came, finally.")


@pytest.mark.parametrize(("word", "frequency"), [("armistice", 3.22), ("rayon", 2.99)])
def test_the_boundary_words_have_the_frequencies_these_tests_rely_on(
    word: str, frequency: float
) -> None:
    assert WordTables().zipf(word) == frequency


@pytest.mark.parametrize(("bracket", "form"), [
    ("armistice", SUPPLIED),                    # Zipf 3.22: English
    ("rayon", ORIGINAL),                        # Zipf 2.99: not English
    ("to voyska", SUPPLIED),                    # 1 of 2 words English: half
    ("the to put kolkhoz obkom", SUPPLIED),     # 3 of 5
    ("the to kolkhoz obkom volost", ORIGINAL),  # 2 of 5
    ("the to put and of kolkhoz obkom volost uyezd kraikom pood", ORIGINAL),  # 5 of 11
    ("to kolkhoz obkom", ORIGINAL),             # 1 of 3
    # Capitalised, original wording declines them: the supplied rule's own threshold decides.
    ("To voyska", SUPPLIED),                    # 1 of 2
    ("To kolkhoz obkom", UNCLASSIFIED),         # 1 of 3
])
def test_supplied_words_or_original_wording(bracket: str, form: str) -> None:
    assert encoded(bracket) == form.format(bracket)


@pytest.mark.parametrize(("bracket", "form"), [
    # Rare in English, but built as English builds words: supplied (were original wording).
    ("demarcation", SUPPLIED),                  # 2.79
    ("plenipotentiary", SUPPLIED),              # 2.63
    ("demilitarized", SUPPLIED),                # 2.47
    ("counterrevolutionaries", SUPPLIED),       # 1.5
    ("chairman's", SUPPLIED),                   # 2.61
    # Two English words joined, or a plural's possessive: English however rare (were original
    # wording); a loan joined to a word English lacks stays the original's.
    ("counterpoints", SUPPLIED),
    ("underline", SUPPLIED),
    ("ministries’", SUPPLIED),
    ("partkabinet", ORIGINAL),
    # Known to English as loans, in the form of their language: still the original wording.
    ("kolkhoz", ORIGINAL),                      # 1.86
    ("oblast", ORIGINAL),
])
def test_a_rare_english_word_is_supplied_and_a_loan_keeps_its_language(
        bracket: str, form: str) -> None:
    assert encoded(bracket) == form.format(bracket)


@pytest.mark.parametrize(("bracket", "form"), [
    ("by 150-200 persons", SUPPLIED),    # a count's preposition, a range, its noun
    ("by 200 persons", SUPPLIED),
    ("to 30 tanks", SUPPLIED),
    ("of 12", UNCLASSIFIED),             # no noun counted
    ("TsAMO 45/7", UNCLASSIFIED),        # an archive's code
])
def test_a_count_the_translator_supplied_opening_on_its_preposition(bracket: str,
                                                                    form: str) -> None:
    """`[by 150-200 persons]` was unclassified: a count is supplied with its preposition and
    its noun, its figures a range too."""
    assert encoded(bracket) == form.format(bracket)
