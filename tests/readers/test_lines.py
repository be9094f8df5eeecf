"""Which units are running text (`is_prose_text`): the lines a docket's or an address's words
open, and the text that only begins with them."""

from __future__ import annotations

import pytest

from teikit.readers.lines import date_span, is_bracketed_remark, is_prose_text


def prose(text: str) -> bool:
    return is_prose_text(text, False, date_span)


@pytest.mark.parametrize("text", [
    "Received your cable of 3 May. [We] agree with the plan and ask you to tell the Minister "
    "so at your next meeting with him.",
    "Arrived at the decision after long talks. The delegation will leave on Friday and report "
    "to the committee at once.",
])
def test_a_reply_that_opens_with_a_docket_word_and_goes_on_is_text(text: str) -> None:
    assert prose(text)


@pytest.mark.parametrize("text", [
    "Received 8.7.50 11:15",
    "Sent to 8th Department of the General Staff on 8.7.50 at 11:35 and received there by the "
    "duty officer who logged it in the book.",
    "Received by the Cipher Department 1 January 1946 [29 December 1945 was crossed out]",
    "Received at the Office: 1 November, issued: 2 November at 10:00, sent encrypted: 2 "
    "November at 16:30, deciphered 3 November.",
])
def test_a_docket_stays_a_docket_however_long(text: str) -> None:
    assert not prose(text)


@pytest.mark.parametrize("text", [
    "Secretary of the CC of the CP(b)", "Chairman of the Executive Committee of the VKP(b)"])
def test_an_office_whose_name_ends_in_a_parenthesis_is_no_sentence(text: str) -> None:
    assert not prose(text)


@pytest.mark.parametrize("text", [
    "Vienna – Soviet Representative (Cde. I.D. Morokhov)",
    "Geneva – Head of the Delegation (A. A. Roshchin)"])
def test_an_office_with_its_holders_name_in_parentheses_is_no_sentence(text: str) -> None:
    """The name's parenthesis ended a sentence: the address over a cable's text was its
    first paragraph."""
    assert not prose(text)


@pytest.mark.parametrize("text", [
    "I.V. STALIN to A.I. MIKOYAN 4 February 1949 (No. 0927)",
    "(About the Nanjing’ists’ removal of state-owned gold and other treasures to the South from "
    "the evacuated regions)",
    "(About Americans in the circle of the CC CCP. About Rittenberg and A.L. Strong)"])
def test_a_cables_number_in_parentheses_and_its_subject_are_no_sentence(text: str) -> None:
    """The number's closing parenthesis, or the subject's, ended a sentence: the lines over a
    cable's text were its first paragraphs; a remark that says more is a sentence."""
    assert not prose(text)
    assert prose("(About this question the ambassador said nothing more to me that day, and "
                 "the talk turned to the harvest in the northern provinces and the railway.)")


def test_a_forms_labels_side_by_side_are_no_sentence() -> None:
    """`… East Department stamp: Secretariat stamp:` at a journal's head: the last colon
    ended a sentence, and the page's opening lines were all paragraphs."""
    assert not prose("IN THE EMBASSY Far East Department stamp: General Secretariat stamp:")
    assert prose("He proposed the following points for the agenda of the meeting:")
    assert prose("Kim Il Sung then said to the ambassador: Please note:")


def test_a_sentence_that_ends_in_a_parenthesis_is_prose() -> None:
    assert prose("The secretary of the committee reported on the harvest to the plenum of the "
                 "CC of the CP(b).")


def test_a_numbered_topic_in_title_case_is_no_point_of_the_text() -> None:
    assert not prose("1. On Comrade Hoxha’s Letter to Zhou Enlai, Requesting that China Grant "
                     "a 30 Million Ruble Credit and Send Experts")
    assert prose("1. On the question of the credit, the Premier said that China would give "
                 "what it can this year.")


@pytest.mark.parametrize(("text", "remark"), [
    ("[handwritten across the list of addressees: to Cde. Malenkov [[illegible word or words]] "
     "the Koreans]", True),
    ("[The first page of the document is missing.]", True),
    ("[Stamp] Secret [Stamp] Copy 2", False),  # two brackets, words between them
    ("[Beijing] agreed to the proposal of the Soviet side.", False),
    ("[a]", True),
    ("[unclosed [bracket]", False),
])
def test_a_bracketed_remark_is_one_pair_of_brackets_around_the_line(text: str,
                                                                     remark: bool) -> None:
    assert is_bracketed_remark(text) is remark


@pytest.mark.parametrize("text", [
    "General Secretary: Granville V. Stone President: William Wilson, D.L.",
    "Chairman: John Smith Treasurer: Mary Brown Secretary: A. B. Jones, M.P."])
def test_a_societys_officers_under_their_offices_are_no_sentence(text: str) -> None:
    """A letterhead's officers, each under the office's name: the initials of a degree that
    end the line end no sentence, and the letter's opening lines were its first paragraph."""
    assert not prose(text)


@pytest.mark.parametrize("text", [
    "Director: The meeting was held in the morning and lasted two hours.",
    "The Minister: Comrade Kim Il Sung received the delegation in Pyongyang on Friday."])
def test_a_labelled_sentence_stays_a_sentence(text: str) -> None:
    assert prose(text)


@pytest.mark.parametrize("mark", ["*", "**", "***"])
def test_a_note_mark_after_the_last_stop_leaves_the_paragraph_running_text(mark: str) -> None:
    """`… on the text of the communique.*`: the sentence ended before its note's stars (a
    short paragraph read as a line, its signature under it then a paragraph)."""
    assert prose("The talks went on for two days. The sides agreed on the text of the "
                 f"communique.{mark}")
    assert not prose(f"The talks went on for two days and the sides agreed on the{mark}")
