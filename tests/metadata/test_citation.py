"""Archival references, URLs, record ids and people in citations and source notes."""

from __future__ import annotations

import pytest

from teikit.metadata.citation import (
    find_publisher,
    find_url,
    named_archive,
    obtained_by,
    parse_archive_reference,
    record_id_from_url,
    translated_from,
    translator,
    whole_archive_reference,
)

SEED_CITATION = (
    "\"V. Razuvayev, 'Political Attitudes and Korean-Chinese Relations in Connection with the "
    "Armistice Talks'\", September 10, 1951, Wilson Center Digital Archive, Archives of the "
    "Russian Ministry of Defense (TsAMO), f.45, op.7, d.347. Obtained by Andrei Mefodievich "
    "Ledovskii. <https://wilson-center.drivingcreative.com/document/117422>"
)


@pytest.mark.parametrize(
    ("text", "repository", "ids", "printed"),
    [
        (
            SEED_CITATION,
            "Archives of the Russian Ministry of Defense (TsAMO)",
            {"fond": "45", "opis": "7", "delo": "347"},
            "f.45, op.7, d.347",
        ),
        (
            "A copy was subsequently found in RGASPI, f. 558, op. 11, d. 334, ll.0055.",
            "RGASPI",
            {"fond": "558", "opis": "11", "delo": "334", "list": "0055"},
            "f. 558, op. 11, d. 334, ll.0055",
        ),
        (
            "AVPRF fond 0102, opis 16, delo 7, p.16-42. Translated for NKIDP by Gary Goldberg.",
            "AVPRF",
            {"fond": "0102", "opis": "16", "delo": "7"},
            "fond 0102, opis 16, delo 7",
        ),
        (
            "Archive of the President of the Russian Federation (APRF), Fond 3, Opis 65, "
            "Delo 826, Listy 1-5.",
            "Archive of the President of the Russian Federation (APRF)",
            {"fond": "3", "opis": "65", "delo": "826", "list": "1-5"},
            "Fond 3, Opis 65, Delo 826, Listy 1-5",
        ),
        (
            # the archive's name runs over a comma, its country and acronym after it
            "Archive of the President, Russian Federation (APRF), Fond 3, Opis 47, Delo 29, "
            "Listy 105-106.",
            "Archive of the President, Russian Federation (APRF)",
            {"fond": "3", "opis": "47", "delo": "29", "list": "105-106"},
            "Fond 3, Opis 47, Delo 29, Listy 105-106",
        ),
        (
            # the opis by its one letter
            "AVPRF f. 06, o. 13a, d. 25, ll. 8. Obtained by Paul Wingrove.",
            "AVPRF",
            {"fond": "06", "opis": "13a", "delo": "25", "list": "8"},
            "f. 06, o. 13a, d. 25, ll. 8",
        ),
        (
            "AVPRF, fond 0102, opis 19, papka 97, delo 4, list 140. Obtained and translated "
            "for NKIDP by Sergey Radchenko",
            "AVPRF",
            {"fond": "0102", "opis": "19", "papka": "97", "delo": "4", "list": "140"},
            "fond 0102, opis 19, papka 97, delo 4, list 140",
        ),
        (
            "APRF, f. 45, op. 1, d. 348, ll. 20; AVP RF, f. 059a, op. 5a, d. 3, p. 11, ll. 198",
            "APRF",
            {"fond": "45", "opis": "1", "delo": "348", "list": "20"},
            "f. 45, op. 1, d. 348, ll. 20",
        ),
        (
            "APRF: F. 39, Op. 1, D. 31, L. 25. Reprinted in Andrei Ledovskii.",
            "APRF",
            {"fond": "39", "opis": "1", "delo": "31", "list": "25"},
            "F. 39, Op. 1, D. 31, L. 25",
        ),
        (
            "GARF, Fond R-9401ss, Opis' 2, Delo 95, ll. 352-359. Obtained by Jamil Hasanli.",
            "GARF",
            {"fond": "R-9401ss", "opis": "2", "delo": "95", "list": "352-359"},
            "Fond R-9401ss, Opis' 2, Delo 95, ll. 352-359",
        ),
        (
            "Central State Archive (CDA), f. 214 B, op. 1, a.e. 607. Translated by "
            "Kalina Bratanova.",
            "Central State Archive (CDA)",
            {"fond": "214 B", "opis": "1", "delo": "607"},
            "f. 214 B, op. 1, a.e. 607",
        ),
        (
            "TsDAHOU, F. 1, Op. 24, Spr. 4967, Ark. 12-15, original in Ukrainian.",
            "TsDAHOU",
            {"fond": "1", "opis": "24", "delo": "4967", "list": "12-15"},
            "F. 1, Op. 24, Spr. 4967, Ark. 12-15",
        ),
        (
            "AVPRF, f. 0100 (Secretariat of the embassy), op. 42, por. 7, pap. 288, ll. 10-12.",
            "AVPRF",
            {"fond": "0100", "opis": "42", "papka": "288", "list": "10-12"},
            "f. 0100 (Secretariat of the embassy), op. 42, por. 7, pap. 288, ll. 10-12",
        ),
        (
            "APRF. F. 3. Op. 66. D. 65. pp. 1-3.",
            "APRF",
            {"fond": "3", "opis": "66", "delo": "65"},
            "F. 3. Op. 66. D. 65",
        ),
        (
            "Foreign Policy Archive of the Russian Federation, fond 06, op 7, p 51, d 833, "
            "ll. 10-14. Document No. 56 in a collection.",
            "Foreign Policy Archive of the Russian Federation",
            {"fond": "06", "opis": "7", "papka": "51", "delo": "833", "list": "10-14"},
            "fond 06, op 7, p 51, d 833, ll. 10-14",
        ),
        (   # the citation's `Source:` label before the archive; the list's `l.` scanned as a
            # capital i, its range with a space before the dash
            "History and Public Policy Program Digital Archive, Source: AVPRF, f.6, op. 6, "
            "p. 42, d. 546, I. 53 -70. Contributed by Gary Goldberg.",
            "AVPRF",
            {"fond": "6", "opis": "6", "papka": "42", "delo": "546", "list": "53 -70"},
            "f.6, op. 6, p. 42, d. 546, I. 53 -70",
        ),
        (   # the lists' `ll.` scanned as two capital i's
            "History and Public Policy Program Digital Archive, AVPRF f. 06, o. 13a, d. 25, "
            "II. 8. Obtained by Paul Wingrove.",
            "AVPRF",
            {"fond": "06", "opis": "13a", "delo": "25", "list": "8"},
            "f. 06, o. 13a, d. 25, II. 8",
        ),
        (   # the lists' word in another transliteration
            "History and Public Policy Program Digital Archive, TsAMO RF, fond 5, opis "
            "918795, delo 121, listi 712-713. Translated by James F. Person.",
            "TsAMO RF",
            {"fond": "5", "opis": "918795", "delo": "121", "list": "712-713"},
            "fond 5, opis 918795, delo 121, listi 712-713",
        ),
        (   # a Moldovan party archive's own words, the fond's word stopped (it stopped the
            # conversion: `fond.` was no key of the table)
            "AOSPRM, fond. 51, inv. 56, dosar 7, fila 8; Document No. 81 in Elena Negru and "
            "Gheorghe Negru, “PCM şi Naţionalism (1965-1989)”.",
            "AOSPRM",
            {"fond": "51", "opis": "56", "delo": "7", "list": "8"},
            "fond. 51, inv. 56, dosar 7, fila 8",
        ),
        (   # the Polish foreign ministry's archive: zespół, wiązka, teczka
            "AMSZ, z. 10, w. 55, t. 52",
            "AMSZ",
            {"fond": "10", "papka": "55", "delo": "52"},
            "z. 10, w. 55, t. 52",
        ),
        (   # the same words in full
            "Archiwum Akt Nowych, zespół 237, wiązka 4, teczka 12",
            "Archiwum Akt Nowych",
            {"fond": "237", "papka": "4", "delo": "12"},
            "zespół 237, wiązka 4, teczka 12",
        ),
        (   # a department and a year between the archive and the parts: no repository
            "AMSZ, Department II, 1981, z. 32/84, w. 4, t. 241-0-1-81",
            "AMSZ",
            {"fond": "32/84", "papka": "4", "delo": "241-0-1-81"},
            "z. 32/84, w. 4, t. 241-0-1-81",
        ),
        (   # the Czech archives' volume and archival unit, after the fond's name
            "NA, ÚV KSČ, f. 02/2, sv. 84, a.j. 102.",
            "NA",
            {"fond": "02/2", "papka": "84", "delo": "102"},
            "f. 02/2, sv. 84, a.j. 102",
        ),
    ],
    ids=["seed", "w003-source", "w019-source", "full-words", "name-over-a-comma",
         "one-letter-opis", "papka", "first-of-two",
         "label-colon", "lettered-fond", "bulgarian-unit", "ukrainian-words",
         "fond-described", "stopped-parts", "unstopped-parts", "source-label-scanned-list",
         "scanned-lists", "listi", "romanian-words", "polish-abbreviations", "polish-words",
         "department-and-year-between", "czech-parts"],
)
def test_archive_reference(text: str, repository: str, ids: dict, printed: str) -> None:
    reference = parse_archive_reference(text)
    assert reference is not None
    assert reference.repository == repository
    assert reference.ids == ids
    assert reference.printed == printed


@pytest.mark.parametrize(
    "text",
    [
        "MfAA C 1023/73. Translated for NKIDP by Karen Riechert.",
        "See f. 5 of the report, d. 3 below.",  # a fond needs a following opis/delo/list
        "Zhonggong zhongyang wenxian yanjiushi, eds., vol. 7 (Beijing, 2018), 37-39.",
    ],
)
def test_no_archive_reference(text: str) -> None:
    assert parse_archive_reference(text) is None


def test_url_and_record_id() -> None:
    url = find_url(SEED_CITATION)
    assert url == "https://wilson-center.drivingcreative.com/document/117422"
    assert record_id_from_url(url) == "117422"
    bare = find_url(
        "Translated by David Cowhig. https://digitalarchive.wilsoncenter.org/document/208198"
    )
    assert bare == "https://digitalarchive.wilsoncenter.org/document/208198"
    slug = "https://digitalarchive.wilsoncenter.org/document/memorandum-information-1-february-1968"
    assert record_id_from_url(slug) is None
    assert find_url("no link here.") is None


def test_people_and_publisher() -> None:
    assert obtained_by(SEED_CITATION) == "Andrei Mefodievich Ledovskii"
    assert obtained_by("Obtained by A. M. Ledovskii.") == "A. M. Ledovskii"
    assert translator("Translated for NKIDP by Gary Goldberg.") == "Gary Goldberg"
    assert translator("..., 37-39. Translated by David Cowhig. https://x.org") == "David Cowhig"
    assert translator(SEED_CITATION) is None
    # who obtained the document and translated it, in one phrase; a translator after a semicolon
    both = "AMAE, Folder 12/1969. Obtained and translated for NKIDP by Ana Popescu."
    assert obtained_by(both) == translator(both) == "Ana Popescu"
    assert translator("AVPRF, fond 07, opis 2; translated for CWIHP by Jan Novak.") == "Jan Novak"
    # an initial between the names, a particle before one
    assert translator("Obtained by A. B. and translated by Anna M. Kowalska (Warsaw).") == (
        "Anna M. Kowalska")
    assert translator("Translated by Maria da Silva Costa.") == "Maria da Silva Costa"
    # the programme's acronym before the person; two people
    assert translator("Obtained and translated by NKIDP by Bernd Weber.") == "Bernd Weber"
    assert translator("Obtained and translated for CWIHP by Ann Lee and Jan Koura.") == (
        "Ann Lee and Jan Koura")
    assert find_publisher(SEED_CITATION) == "Wilson Center Digital Archive"
    assert (
        find_publisher(
            "\u201cCable,\u201d July 26, 1952, History and Public Policy Program "
            "Digital Archive, Zhonggong"
        )
        == "History and Public Policy Program Digital Archive"
    )


def test_a_folder_abbreviated_before_the_delo_is_the_papka() -> None:
    """`d. 3, p. 11, ll. 198` in the foreign ministry's archive: `p.` is the folder where a
    list follows it, the pages where nothing does (`delo 7, p.16-42`)."""
    reference = parse_archive_reference("AVP RF, f. 059a, op. 5a, d. 3, p. 11, ll. 198.")
    assert reference is not None
    assert reference.ids == {"fond": "059a", "opis": "5a", "delo": "3", "papka": "11",
                             "list": "198"}


def test_the_item_and_the_folder_of_the_foreign_ministrys_archive() -> None:
    """`por. 19, pap. 288` between the opis and the pages: the reading went no further than
    the item, and the pages were lost from the identifiers."""
    reference = parse_archive_reference(
        "Digital Archive, AVPRF, f. 0100, op. 43, por. 5, pap. 302, ll. 7-9. Translated by X.")
    assert reference is not None and reference.repository == "AVPRF"
    assert reference.ids == {"fond": "0100", "opis": "43", "papka": "302", "list": "7-9"}
    assert reference.printed == "f. 0100, op. 43, por. 5, pap. 302, ll. 7-9"


@pytest.mark.parametrize(("text", "repository", "ids"), [
    ("AVP RF. Translated by Benjamin Aldrich-Moodie.", "AVP RF", {}),
    ("AAN, KC PZPR, sygnatura XI A 130, Dept. V China 074/13/58. Obtained by Douglas Selvage.",
     "AAN", {}),
    ("AMAE, Sofia/1989, vol. 3, pp. 171-172. Translated for CWIHP by Mircea Munteanu", "AMAE",
     {}),
    ("Archives of the Ministry of Foreign Affairs, France. Obtained by Enrico Fardella.",
     "Archives of the Ministry of Foreign Affairs, France", {}),
    ("National Archives of India, Prime Minister's Office, File No. 17(1773)/76.",
     "National Archives of India", {}),
    ("Hungarian National Archives (Magyar Országos Levéltár, MOL). XIX-J-1-j Pakistan, 1980.",
     "Hungarian National Archives (Magyar Országos Levéltár, MOL)", {}),
    ("MfAA C 1023/73. Translated for NKIDP by Karen Riechert.", "MfAA", {}),
    ("PRC FMA 109-03754-03, 72-82. Obtained by Yiming Feng.", "PRC FMA", {}),
    ("Stiftung “Archiv der Parteien und Massenorganisationen der ehemaligen DDR” im "
     "Bundesarchiv J IV 2/202/280. Translated by Dieter Heinzig.",
     "Stiftung “Archiv der Parteien und Massenorganisationen der ehemaligen DDR” im "
     "Bundesarchiv", {}),
    ("Diplomatic Archives of the Ministry of Foreign Affairs of Japan (“Cuban Domestic Policies "
     "and Situation: 1959-1975” file), Tokyo.",
     "Diplomatic Archives of the Ministry of Foreign Affairs of Japan, Tokyo", {}),
    ("Szyfrogramy from Hawana 1962, 6/77 w-82 t-1264, Polish Foreign Ministry Archive (AMSZ), "
     "Warsaw. Obtained by James G. Hershberg.", "Polish Foreign Ministry Archive (AMSZ), Warsaw",
     {}),
    ("Romanian National Central Historical Archives, fond CC of RCP-Directorate of "
     "International Affairs, folder 15/1965, pp. 112-127.",
     "Romanian National Central Historical Archives",
     {"fond": "CC of RCP-Directorate of International Affairs", "delo": "15/1965"}),
    # Romanian references: the fond named, the file (dosar) in it and its leaves
    ("A.N.I.C. fond CC of RCP—Chancellery, file 109/1969, f.2-10. Obtained by Mircea Munteanu.",
     "A.N.I.C.", {"fond": "CC of RCP—Chancellery", "delo": "109/1969", "list": "2-10"}),
    ("A.M.A.E., fond Telegrams, Beijing, vol. II, 1969, f. 269-270. Also published in "
     "Relatiile Romano-Chineze.", "A.M.A.E.", {"fond": "Telegrams", "list": "269-270"}),
    ("ANIC, C.C. al P.C.R., Sectia Relatii Externe, dosar 20/1974, pp. 94-116. Contributed and "
     "translated by Eliza Gheorghe.", "ANIC", {"fond": "C.C. al P.C.R.", "delo": "20/1974"}),
    # the archive's acronym of two parts, the shelfmark after it
    ("SAPMO-BArch, DY 30/3667, 146-156. Translated from German by Lorenz Lüthi.",
     "SAPMO-BArch", {}),
    ('"Note," May 1, 1960, History and Public Policy Program Digital Archive, AVP RF. '
     "Translated by Gary Goldberg.", "AVP RF", {}),
])
def test_an_archive_named_without_a_fond_reference(text: str, repository: str,
                                                   ids: dict[str, str]) -> None:
    """Most source notes name their archive and a shelfmark of its own kind, not fond, opis
    and delo: the archive (with the place after it) is still the repository."""
    assert parse_archive_reference(text) is None
    found = named_archive(text)
    assert found is not None and found.repository == repository and found.ids == ids


@pytest.mark.parametrize("text", [
    "Obtained by James Hershberg. Translated by Gary Goldberg.",
    "The document, from the Russian Presidential Archives, was given by Boris Yeltsin.",
    "Zhonggong zhongyang wenxian yanjiushi (CPC Central Historical Documents Research Office) "
    "and Zhongyang dang'anguan (Central Archives), eds., Jianguo yilai Zhou Enlai wengao.",
    "2017-0638, Act on Access to Information Held by Administrative Organs, published online "
    "by the Ministry of Foreign Affairs of Japan, January 12, 2017.",
])
def test_a_note_that_names_no_archive_or_cites_a_book_has_no_repository(text: str) -> None:
    assert named_archive(text) is None


def test_the_archive_place_before_the_fond_stays_with_the_archive_name() -> None:
    found = parse_archive_reference("Central State Archive [TsDA], Sofia, Fond 1-B, Opis 68, "
                                    "CC BCP Politburo Protocol No. 105 of 6 June 1989, p. 27-28.")
    assert found is not None and found.repository == "Central State Archive [TsDA], Sofia"
    assert found.ids == {"fond": "1-B", "opis": "68"}


def test_the_foreign_ministrys_portfolio_stays_in_the_printed_reference() -> None:
    found = parse_archive_reference("AVP RF, f. 82, op. 41, port. 93, pap. 280, d. 93, "
                                    "ll. 63-68. Translated by Benjamin Aldrich-Moodie.")
    assert found is not None and found.repository == "AVP RF"
    assert found.ids == {"fond": "82", "opis": "41", "papka": "280", "delo": "93",
                         "list": "63-68"}


@pytest.mark.parametrize(("text", "language"), [
    ("Ministry of External Relations Archives, Brasilia, Brazil. Translated from Portuguese by "
     "James G. Hershberg.", "Portuguese"),
    ("RGASPI, f. 558, op. 11. Translated from the Russian by Gary Goldberg.", "Russian"),
    ("Translated by Gary Goldberg.", None),
    ("Translated from Obscuran by Nobody.", None),
    ("Fond 100 (1957), op. 50, papka 423, delo 3, original in Chinese. Translated by Austin "
     "Jersild.", "Chinese"),
])
def test_the_language_a_source_note_says_it_was_translated_from(text: str,
                                                                 language: str | None) -> None:
    assert translated_from(text) == language


@pytest.mark.parametrize("word", ["fond", "opis", "papka", "delo", "listy", "listi", "list",
                                  "sprava", "inventar", "dosar", "filele", "fila"])
def test_every_part_word_reads_with_its_stop_or_without(word: str) -> None:
    """Each word a reference's part may be printed with is read, stopped or not (`fond. 51`
    raised an error that stopped the document's conversion)."""
    for printed in (word, f"{word}.", word.upper()):
        text = (f"Archive, {printed} 5, opis 12, delo 7" if word == "fond"
                else f"Archive, fond 5, {printed} 12, delo 7, list 3")
        reference = parse_archive_reference(text)
        assert reference is not None and reference.ids["fond"] == "5"


@pytest.mark.parametrize(("text", "whole"), [
    ("RGASPI f. 17, op. 162, d. 19, l. 49.", True),
    ("AVP RF fond 0102, opis 16, delo 7", True),
    ("f.45, op.7, d.347", False),  # no archive named: a note of where the paper lies
    ("[Handwritten:] f.45, op.7, d.347", False),
    ("RGASPI f. 17, op. 162", False),  # a fond and an opis: no file
    ("The file is in RGASPI f. 17, op. 162, d. 19, l. 49, as the committee decided.", False),
    ("AMSZ, z. 9, w. 53, t. 702", True),
    ("He sent z. 9 of the papers with t. 3 of the files.", False),
])
def test_whole_archive_reference(text: str, whole: bool) -> None:
    assert whole_archive_reference(text) is whole
