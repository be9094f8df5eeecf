"""`Name [?]`: the name the translator doubts is the name's words, not the office's before it."""

from __future__ import annotations

import pytest
from tei_text import converted_text, texts


@pytest.mark.parametrize(("office", "name"), [
    ("Permanent Secretary of the Ministry of Commerce", "Kandiah"),
    ("the Minister of Planning", "Bakhit"),
    ("the Vice-Minister of Fisheries", "Pak Song Chol"),
    ("the official of the Secretariat, Licenciado", "Ortiz Armengol"),
    # (the country the ambassador is accredited to; it was doubted with the name)
    ("DPRK Ambassador to Vietnam", "Pak Yong-guk"),
])
def test_the_portfolio_before_a_doubted_name_is_no_part_of_it(office: str, name: str) -> None:
    root = converted_text(f"Present were the Ambassador and {office} {name} [?], and others "
                          "from the ministries concerned.\n", "May 5, 1959")
    assert texts(root, "//t:text//*[@cert='low']") == [name]


def test_a_name_in_capitals_ending_on_a_syllable_of_one_letter_is_doubted_whole() -> None:
    """`PAK IL U [?]`: the last syllable alone was doubted, the name's capitals read as a
    heading's before it."""
    root = converted_text("Comrade GAO GANG and the Korean representative PAK IL U [?] will "
                          "hand over the detailed list.\n", "November 16, 1950")
    assert texts(root, "//t:text//*[@cert='low']") == ["PAK IL U"]


@pytest.mark.parametrize(("sentence", "doubted"), [
    ("a delegation under Deputy Minister Fahmi Abd al-Latif [?] would visit Berlin",
     "Fahmi Abd al-Latif"),
    ("the talks with Anwar el-Sadat [?] went on", "Anwar el-Sadat"),
])
def test_an_arabic_names_article_joined_in_lower_case_is_part_of_the_doubted_name(
        sentence: str, doubted: str) -> None:
    """`Fahmi Abd al-Latif [?]`: only `al-Latif` was doubted, its lower-case article read as
    the end of the name."""
    root = converted_text(sentence + ".\n", "June 12, 1967")
    assert texts(root, "//t:text//*[@cert='low']") == [doubted]


def test_a_word_with_an_article_alone_is_no_name() -> None:
    """`the al-Ahram [?]`: a name begins with a capital; the word alone is the reading doubted."""
    root = converted_text("The editorial of the al-Ahram [?] was read aloud.\n", "June 12, 1967")
    assert texts(root, "//t:text//*[@cert='low']") == []
    assert texts(root, "//t:unclear") == ["al-Ahram"]


def test_a_name_starred_after_the_country_its_holder_represents_is_doubted() -> None:
    """`the representative of the Philippines [Garsia]*` / `* The spelling …`: the man meant,
    his name doubted by the star's note (it was a word supplied, no name, nothing doubted);
    a country renamed after it stays the country's (`in Kampuchea [Cambodia]`)."""
    root = converted_text("Britain and Canada said only that they must study it, while the "
                          "representative of the Philippines [Garsia]\\* declared that it "
                          "deserved attention. In Kampuchea [Cambodia] the fighting went on.\n\n"
                          "\\* The spelling of the name could not be verified.\n", "June 24, 1954")
    assert texts(root, "//t:text//*[@cert='low']") == ["Garsia"]
    assert texts(root, "//t:text//t:placeName/t:choice/t:orig") == ["Kampuchea"]


def test_a_korean_name_of_english_syllables_is_doubted_whole() -> None:
    """`… Ri Pil-gyu and Kim Gang [?]`: both syllables are English words, so the name was not
    read as one and only `Gang` was doubted; a body's name stays as it was read."""
    root = converted_text("On 30 August So Hwi, Ri Pil-gyu and Kim Gang [?] left for the PRC. "
                          "The Foreign Ministry [?] said so.\n", "September 1, 1956")
    assert texts(root, "//t:text//*[@cert='low']") == ["Kim Gang"]
    assert texts(root, "//t:text//t:unclear") == ["Ministry"]


def test_a_vietnamese_name_with_the_syllable_the_is_doubted_whole() -> None:
    """`Deputy Chief of Staff Phung The Tai [?]`: `The` is the name's middle syllable, not an
    article (only `Tai` was doubted); a title before the syllables stays out of the name."""
    root = converted_text("The army would send a group headed by Deputy Chief of Staff Phung The "
                          "Tai [?] to Beijing. He met General Kim Il [?] there. Major Desta "
                          "Gebre [?] will travel.\n", "May 1, 1965")
    assert texts(root, "//t:text//*[@cert='low']") == ["Phung The Tai", "Kim Il", "Desta Gebre"]
