"""Classification lines as the forms print them, with the degree of secrecy before the word and
the file's number before it (documents written for the tests)."""

from __future__ import annotations

import pytest
from lxml import etree
from tei_text import NS, converted_text, texts


def converted(source: str) -> etree._Element:
    return converted_text(source, "March 4, 1962")


REPORT = ("The Embassy of the Hungarian People’s Republic\n{marking}\nHavana, 4 March 1962\n"
          "Subject: The visit of the Czechoslovak trade delegation.\n\n"
          "The delegation arrived on 1 March and held talks with the Ministry of Foreign Trade "
          "about the deliveries of the next year.\n\nJános Kovács\nambassador\n")


@pytest.mark.parametrize("marking", [
    "Highly Confidential!", "ABSOLUTELY SECRET", "Very secret", "the only copy",
    "STRICT SECRET"])  # (a Romanian marking word for word: `STRICT` was a line of its own)
def test_a_degree_of_secrecy_is_part_of_the_classification(marking: str) -> None:
    """`Highly` was left outside the marking as a line of its own (`Highly` /
    `<fw>Confidential!</fw>`), and the header's category named the lesser degree."""
    root = converted(REPORT.format(marking=marking))
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [marking]
    assert texts(root, "//t:teiHeader//t:category/t:catDesc") == [marking.rstrip("!")]


def test_a_files_number_with_its_classification_after_a_slash_is_both() -> None:
    """`88/1962/top secret`: the number was a bare line and the marking its last word. One
    registry entry holds both, the source's characters as they were (no white space between
    the number and its marking)."""
    root = converted(REPORT.format(marking="88/1962/top secret"))
    entry = "//t:opener/t:note[@type='registry']"
    assert texts(root, f"{entry}/t:idno") == ["88/1962/"]
    assert texts(root, f"{entry}/t:fw[@type='classification']") == ["top secret"]
    assert texts(root, entry) == ["88/1962/top secret"]
    assert texts(root, "//t:teiHeader//t:category/t:catDesc") == ["top secret"]


def test_a_cables_classification_and_number_side_by_side_are_both() -> None:
    """`Secret   Document 617` at the head of a Chinese cable was one classification holding
    the document's number."""
    source = ("Secret   Document 617\nPriority: Special Rush\n\nMinistry of Foreign Affairs:\n\n"
              "The Indonesian ambassador came to visit today and told us that the conference "
              "will be held in April as planned.\n\n[Chinese] Embassy in Indonesia\n")
    root = converted(source)
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Secret"]
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["Document 617"]
    assert texts(root, "//t:opener/t:fw[@type='precedence']") == ["Priority: Special Rush"]


@pytest.mark.parametrize("line", ["Priority Level: Extra special rush", "Priority Level: Rush"])
def test_a_chinese_cables_rush_under_a_two_word_label_is_its_precedence(line: str) -> None:
    """`Priority Level:` is the label `Priority:` and `Level:` are, and a rush may be graded
    twice (`Extra special rush`): the precedence, not a classification nor a bare line."""
    source = (f"{line}\nFrom: Indonesia\n\nTo the Ministry of Foreign Affairs:\n\n"
              "The Indonesian ambassador came to visit today and told us that the conference "
              "will be held in April as planned.\n\n[Chinese] Embassy in Indonesia\n")
    root = converted(source)
    assert texts(root, "//t:opener/t:fw[@type='precedence']") == [line]
    assert root.xpath("//t:fw[@type='classification']|//t:category", namespaces=NS) == []


@pytest.mark.parametrize(("lines", "kind", "line"), [
    ("NIACT", "precedence", "NIACT"), ("SECRET\nNIACT", "precedence", "NIACT"),
    ("Deliver immediately", "precedence", "Deliver immediately"),
    ("Telephonogram", "form", "Telephonogram"),
    ("HF-telephone message", "form", "HF-telephone message"),
    ("For Comrade Stalin only", "classification", "For Comrade Stalin only"),
])
def test_a_telegrams_precedence_form_and_caveat_in_other_words(
        lines: str, kind: str, line: str) -> None:
    """`NIACT`, night action, an American cable's (the duty officer is to act on it at once,
    at night too); `Deliver immediately`; a message read out over the telephone
    (`Telephonogram`, the government's high-frequency line's `HF-telephone message`); who
    alone may read it, named (`For Comrade Stalin only`): each was a bare line of the
    opener."""
    source = (f"{lines}\n\nThe Indonesian ambassador came to visit today and told us that the "
              "conference will be held in April as planned.\n\nACHESON\n")
    root = converted(source)
    assert texts(root, f"//t:opener/t:fw[@type='{kind}']") == [line]


@pytest.mark.parametrize(("line", "date", "number"), [
    ("Top Secret, Copy 4, 1 December 1949, No.109", "1 December 1949,", ["No.109"]),
    ("Secret, Copy 1, 19 April 1958", "19 April 1958", []),
])
def test_a_reports_head_line_of_marking_copy_date_and_number(line: str, date: str,
                                                              number: list[str]) -> None:
    """A diary's head line, its parts after commas: the classification, the copy's number,
    the date and the document's number, each the element of its own (the whole line was one
    classification, or one document number)."""
    source = (f"From the Diary of N. V. ROSHCHIN\n\n{line}\n\nMemorandum of Conversation\n\n"
              "The minister received me at my request and we spoke about the treaty and the "
              "loans for an hour.\n\nROSHCHIN\n")
    root = converted(source)
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [line.split(",")[0] + ","]
    assert texts(root, "//t:opener/t:idno[@type='copy']") == [line.split(", ")[1] + ","]
    assert texts(root, "//t:opener/t:dateline") == [date]
    assert texts(root, "//t:opener/t:idno[@type='document']") == number


CABLE = ("CIPHERED TELEGRAM\nFrom the Embassy in Rome\n{marking}\n\nThe minister received me "
         "this morning and asked about the negotiations on the new trade treaty.\n\nSILVA\n")


@pytest.mark.parametrize(("marking", "classification", "precedence"), [
    ("SECRET, IMMEDIATE", ["SECRET,"], ["IMMEDIATE"]),
    ("CONFIDENTIAL – URGENT", ["CONFIDENTIAL –"], ["URGENT"]),
    ("TOP SECRET-URGENT", ["TOP SECRET-"], ["URGENT"]),
    ("Secret-Exclusive", ["Secret-Exclusive"], []),
    ("CONFIDENTIAL EXCLUSIVE", ["CONFIDENTIAL EXCLUSIVE"], []),
])
def test_a_classification_joined_to_its_precedence_or_its_caveat(
        marking: str, classification: list[str], precedence: list[str]) -> None:
    root = converted(CABLE.format(marking=marking))
    assert texts(root, "//t:opener/t:fw[@type='classification']") == classification
    assert texts(root, "//t:opener/t:fw[@type='precedence']") == precedence


def test_a_dash_joins_no_other_line_to_a_precedence() -> None:
    root = converted(CABLE.format(marking="Semi-urgent"))
    assert texts(root, "//t:opener/t:fw") == ["CIPHERED TELEGRAM"]


@pytest.mark.parametrize("marking", ["Top Secret", "SECRET"])
def test_a_classification_before_the_documents_title_on_its_line(marking: str) -> None:
    root = converted(f"12 April 1957\n\nNo. 118\n\n{marking} Record of a Conversation with the "
                     "Ambassador of Poland, 10 April 1957\n\nThe ambassador called on me and "
                     "spoke about the harvest in the southern provinces.\n")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [marking]
    assert texts(root, "//t:head") == [
        "Record of a Conversation with the Ambassador of Poland, 10 April 1957"]
    # a sentence about a secret report stays the sentence it is
    prose = converted("12 April 1957\n\nTop secret reports were sent to the Ministry of "
                      "Foreign Affairs every week.\n")
    assert texts(prose, "//t:fw[@type='classification']") == []


MEMO = ("DATE: August 31, 1966\nTelegram No: MEX/162-1/66\nFROM: Naranjan Sing Gill, Embassy "
        "of India, Mexico City\nTO: Shri V. M. M. Nair, Joint Secretary (UN), MEA\n{marking}\n"
        "My dear Joint Secretary,\nThis is to inform you that the meeting of the Commission has "
        "been postponed till January 1967.\n")


@pytest.mark.parametrize("marking", ["NO CLASSIFICATION", "UNCLASSIFIED", "Unclassified"])
def test_a_line_saying_there_is_no_classification_is_the_marking(marking: str) -> None:
    """An Indian telegram's form prints `NO CLASSIFICATION` where the marking goes: it was a
    line of the letter's text (`UNCLASSIFIED` too, whose `classified` is inside a word)."""
    root = converted(MEMO.format(marking=marking))
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [marking]
    # the words in a sentence are no marking
    prose = converted(MEMO.format(marking="The report was unclassified in 1990 and sent on."))
    assert texts(prose, "//t:fw[@type='classification']") == []


AMERICAN_REPORT = ("CENTRAL INTELLIGENCE AGENCY\n\nINFORMATION REPORT\n\nSECRET\n{caveat}\n\n"
                   "Country: East Germany\nSubject: Continuing Resistance by Workers\n\n"
                   "1. The labor unrest in East Germany does not seem to have subsided, and the "
                   "workers who fled to West Berlin are reluctant to return.\n")


@pytest.mark.parametrize("caveat", ["SECURITY INFORMATION", "US OFFICIALS ONLY", "NOFORN"])
def test_an_american_caveat_under_the_classification_is_a_marking_too(caveat: str) -> None:
    """`SECRET` / `SECURITY INFORMATION`: the caveat American papers of the 1950s print under
    their classification was a paragraph of the report's text."""
    root = converted(AMERICAN_REPORT.format(caveat=caveat))
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["SECRET", caveat]


@pytest.mark.parametrize("caveat", [
    "Return within 24 hours to the 1st Department", "Must be returned to the Special Sector"])
def test_where_the_copy_must_go_back_to_is_a_caveat(caveat: str) -> None:
    """`Must be returned to the Special Sector`, as `To be returned to …` is read: a handling
    caveat (it was a line of text in the opener)."""
    root = converted(REPORT.format(marking=caveat))
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [caveat]
