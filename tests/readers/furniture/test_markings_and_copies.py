"""Opening furniture of cables and letters written for the tests: markings two to a line, the
marking before a number, a number with its date and hour, and where copies went."""

from __future__ import annotations

import pytest
from lxml import etree
from tei_text import converted_text, texts

TEXT = ("\n\nThe ambassador received me at his request and we spoke for two hours about the "
        "situation in the country and the talks.\n")


def converted(head: str, date_text: str = "March 5, 1965") -> etree._Element:
    return converted_text(head + TEXT, date_text)


def test_the_office_copied_under_the_address_is_a_distribution_list() -> None:
    """A Chinese cable names the office it copies to under its address, the colon after it."""
    root = converted("Cable Received by the Central Committee\nNo. (63) 774\n"
                     "To the Party Central Committee:\nCopy to the Ministry of Foreign Affairs:")
    assert texts(root, "//t:opener/t:salute") == ["To the Party Central Committee:"]
    assert texts(root, "//t:opener//t:list[@type='distribution']") == [
        "Copy to the Ministry of Foreign Affairs:"]
    assert texts(root, "//t:body//t:p")[0].startswith("The ambassador received me")


def test_recipients_written_by_hand_are_one_item() -> None:
    root = converted("Original to: [Handwritten:] 155\nCopy also to: [Handwritten:] 113, 152\n"
                     "Telegram no. 49")
    assert texts(root, "//t:list[@type='distribution']/t:head") == [
        "Original to:", "Copy also to:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == ["155", "113, 152"]
    assert texts(root, "//t:item/t:add") == ["155", "113, 152"]


def test_two_markings_on_a_line_are_one_classification() -> None:
    root = converted("Personal. Top Secret!\nSubject to return to CC BCP [Central Committee of "
                     "the Bulgarian Communist Party]\nComrade Zhivkov,")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "Personal. Top Secret!",
        "Subject to return to CC BCP Central Committee of the Bulgarian Communist Party"]
    assert texts(root, "//t:opener/t:salute") == ["Comrade Zhivkov,"]


def test_a_marking_before_the_number_is_a_classification() -> None:
    root = converted("Presidency of SFRY\nDepartment for Foreign Affairs\n"
                     "Confidential Number 103/2")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Confidential"]
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["Number 103/2"]


def test_a_number_then_the_date_and_hour_is_a_number_and_a_dateline() -> None:
    root = converted("Nº 336\nNº 1211-1220 3 July 1953 2340", "July 3, 1953")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["Nº 336", "Nº 1211-1220"]
    assert texts(root, "//t:opener/t:dateline") == ["3 July 1953 2340"]


def test_a_bracket_saying_there_is_no_classification_is_a_remark() -> None:
    root = converted("[no classification or copy Nº]\n8 April 1964\nOutgoing Nº 268/olas",
                     "April 8, 1964")
    assert texts(root, "//t:fw[@type='classification']") == []
    assert texts(root, "//t:opener/t:note[@type='editorial']") == [
        "no classification or copy Nº"]


def test_an_order_dated_and_placed_after_its_number() -> None:
    root = converted("Top Secret\nUSSR Council of Ministers\nOrder No. 805-327ss/op of 9 April "
                     "1946. Kremlin, Moscow", "April 9, 1946")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["Order No. 805-327ss/op"]
    assert texts(root, "//t:opener/t:dateline") == ["of 9 April 1946. Kremlin, Moscow"]



@pytest.mark.parametrize("copy", [
    "Copy to Comrade LI KENONG.", "Copy: Washington – Soviet Ambassador",
    "Copy [Chinese] Central Committee:"])
def test_whom_a_copy_goes_to_under_the_address_is_a_distribution_list(copy: str) -> None:
    root = converted(f"Cable from the Embassy\nTo the Ministry of Foreign Affairs:\n{copy}")
    assert texts(root, "//t:list[@type='distribution']") == [
        copy.replace("[", "").replace("]", "")]


@pytest.mark.parametrize("line", ["Copy Nº 3", "Copy no. 2", "Copy to be destroyed after reading."])
def test_a_copys_number_or_fate_is_no_distribution_list(line: str) -> None:
    root = converted(f"Cable from the Embassy\n{line}\nTo the Ministry of Foreign Affairs:")
    assert texts(root, "//t:list[@type='distribution']") == []



def test_a_place_and_date_the_translator_supplied_is_a_dateline() -> None:
    root = converted("On the Meeting between Comrade Todor Zhivkov and Robert Mugabe\n"
                     "[Sofia, 29 July 1979]", "July 29, 1979")
    assert texts(root, "//t:opener/t:dateline") == ["Sofia, 29 July 1979"]
    assert texts(root, "//t:opener/t:dateline/t:supplied") == ["Sofia, 29 July 1979"]


def test_a_hands_label_with_its_colon_after_the_bracket_labels_the_lines_under_it() -> None:
    root = converted("[Handwritten]:\nto Cde. G. S. Sazhin\nto Cde. N. I. Molyakov\n"
                     "FROM THE JOURNAL")
    assert texts(root, "//t:opener/t:add") == ["to Cde. G. S. Sazhin to Cde. N. I. Molyakov"]
    assert texts(root, "//t:list") == []


@pytest.mark.parametrize("marking", ["No copying is allowed", "SPECIAL IMPORTANCE"])
def test_more_markings_and_caveats_are_classifications(marking: str) -> None:
    root = converted(f"Ciphered Telegram\n{marking}\nTo the Ministry of Foreign Affairs:")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [marking]
