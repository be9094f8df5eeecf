"""A document's title among the lines that stand last over its text."""

from __future__ import annotations

import pytest

from teikit.readers.furniture.titles import lists_records, names_a_diary, title_end, title_start
from teikit.readers.units import LB


@pytest.mark.parametrize(("lines", "start"), [
    (["Memorandum of Conversation with the Minister of Trade"], 0),
    (["Embassy of Hungary", "Pyongyang", "Report on the harvest in South Hamgyong Province"], 2),
    (["S u m m a r y", "of the talks with the Albanian trade delegation"], 0),
    (["MINUTES", "OF THE SESSION OF THE PRESIDIUM OF THE COUNCIL OF MINISTERS"], 0),
    (["Note about a Conversation with Comrade Novotný", "on 3 May 1962"], 0),
    (["Record of the talks", "between the two delegations", "(not reviewed)"], 0),
    # (what the record is about, one word before its kind)
    (["To Comrade Adam Rapacki", "Minister of Foreign Affairs", "Warsaw", "Situation report"], 3),
])
def test_where_a_title_begins(lines: list[str], start: int) -> None:
    assert title_start(lines) == start


@pytest.mark.parametrize("lines", [
    ["CIPHERED TELEGRAM"],  # the form's name alone
    ["MEMORANDUM", "Top Secret"],  # nothing it is of
    ["Note: the figures are provisional"],
    ["Report of the Department:"],  # a heading over a list
    ["Report on the harvest", "II."],  # the first part begins under it
    ["Note of the First Meeting 4 May 1961", "Note of the Second Meeting 5 May 1961"],  # a file
    ["To the Ambassador of Poland"],
    ["Comrade Kim’s report"],  # whose, not what about
])
def test_lines_that_are_no_title(lines: list[str]) -> None:
    assert title_start(lines) is None


def test_a_label_under_the_title_ends_it() -> None:
    lines = ["RECORD OF THE TALKS", "with the Finnish delegation", "Present: Cde. Kuusinen"]
    assert title_end(lines, 0) == 2
    assert title_end(["Note on the visit", "Subject: the loan", "Re: our cable"], 0) == 1
    # the record's topics, numbered; a block of its own (a resolution written over the title)
    assert title_end(["Memorandum of the talks", "on the loan", "1. On the terms"], 0) == 2
    assert title_end(["JOURNAL", "of the Ambassador", f"To be seen by{LB}Ivanov{LB}Petrov"],
                     0) == 2
    # a remark in parentheses, a rule, the place alone: under the title
    assert title_end(["Record of the talks with Nasser", "(not yet reviewed)"], 0) == 1
    assert title_end(["JOURNAL", "of the Ambassador for May 1958", "Pyongyang"], 0) == 2
    assert title_end(["Minutes of the meeting", "————"], 0) == 1
    # (a kind of record alone on a line goes on with the title)
    assert title_end(["Transcript of the Plenum, 16 November 1989", "INFORMATION",
                      "about the Plenum"], 0) == 3


def test_what_stands_under_a_title_is_no_part_of_it() -> None:
    # whose journal, who sent it, those taking part (unless the title's line left it open)
    assert title_end(["Memorandum of Conversation with Nasser", "From the diary of",
                      "V. Ivanov"], 0) == 1
    assert title_end(["Note", "on a Meeting in Moscow", "Comrade Bobkov, Head of Department V"],
                     0) == 2
    assert title_end(["Note", "about a Conversation of the Ambassador,",
                      "Comrade Hertzfeldt, with the", "Head of Department"], 0) == 4
    # a subject's label, a date in figures alone, a remark on the record's state, a hand's
    # note, when the talk began
    for under in ("Content: the loan", "1968.1.29", "Not yet reviewed by the Premier",
                  "Declassified 1st Approved", "[Handwritten at the top] Seen",
                  "The conversation started at 16:15 and ended at 16:55"):
        assert title_end(["Record of conversation with Nasser", under], 0) == 1, under
    # `from 8 through 14 October`, the period a journal covers, goes on with it
    assert title_end(["JOURNAL", "of the Ambassador", "from 8 through 14 October 1960"], 0) == 3


def test_a_file_lists_its_records_a_line_each_and_names_a_diary() -> None:
    assert lists_records(["Note of Conversation 7 May 1966", "Note of the Meeting 9 May 1966"])
    assert not lists_records(["Diary of", "Ivanov I.S.", "[...]", "RECORD OF CONVERSATION",
                              "with the Prime Minister"])
    assert names_a_diary("From the journal of") and names_a_diary("Diary of")
    assert not names_a_diary("JOURNAL")
