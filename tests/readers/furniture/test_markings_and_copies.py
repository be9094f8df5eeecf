"""Opening furniture of cables and letters written for the tests: markings two to a line, the
marking before a number, a number with its date and hour, and where copies went."""

from __future__ import annotations

import pytest
from lxml import etree
from tei_text import NS, converted_text, texts

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


def test_a_marking_wrapped_after_its_article_takes_the_line_under_it() -> None:
    """`Subject to return to the` / (a blank line) / `CPSU CC General Department]` (the
    stamp's opening bracket lost): no marking ends on an article, the short line under it
    ends this one."""
    root = converted("9 July 1957\nSubject to return to the\n\nCPSU CC General Department]")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "Subject to return to the CPSU CC General Department]"]


def test_a_marking_before_the_number_is_a_classification() -> None:
    root = converted("Presidency of SFRY\nDepartment for Foreign Affairs\n"
                     "Confidential Number 103/2")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Confidential"]
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["Number 103/2"]


def test_a_number_then_the_date_and_hour_is_a_number_and_a_dateline() -> None:
    root = converted("Nº 336\nNº 1211-1220 3 July 1953 2340", "July 3, 1953")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["Nº 336", "Nº 1211-1220"]
    assert texts(root, "//t:opener/t:dateline") == ["3 July 1953 2340"]


@pytest.mark.parametrize("line", ["Nº 417 - 3.X.62", "No. 88/ns – 12.I.57", "No. 1140/sh, 4.11.52"])
def test_a_number_then_its_day_in_figures_on_one_line_is_the_registrys_entry(line: str) -> None:
    """`Nº 229 - 26.IX.62` over a record: the registry's number and its day in figures, one
    entry, as under the text (they were the document's number and its dateline, though its
    place and date stand under the title); a date in words after the number stays the
    dateline."""
    root = converted(f"SECRET, Copy Nº 2\n\n{line}\n\nRECORD OF CONVERSATION\n\n"
                     "Ulan-Bator, 18 October 1962", "October 18, 1962")
    assert texts(root, "//t:opener/t:note[@type='registry']") == [line]
    assert texts(root, "//t:dateline") == ["Ulan-Bator, 18 October 1962"]


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


# (`TOPSECRET`: the space lost; `Cosmic Top Secret`: NATO's grading, whole; `PERSONAL FOR THE
# MINISTER`: who alone may read it, by office, the caveat first: it was a line of text)
@pytest.mark.parametrize("marking", ["No copying is allowed", "SPECIAL IMPORTANCE", "TOPSECRET",
                                     "Cosmic Top Secret", "PERSONAL FOR THE MINISTER",
                                     "Personal for the Ambassador"])
def test_more_markings_and_caveats_are_classifications(marking: str) -> None:
    root = converted(f"Ciphered Telegram\n{marking}\nTo the Ministry of Foreign Affairs:")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [marking]


@pytest.mark.parametrize(("line", "kind"), [
    ("Special Urgent", "precedence"),  # (a Chinese cable's: it was a classification)
    ("Special Folder", "classification"), ("Special", "classification")])
def test_special_urgent_is_a_precedence_and_special_alone_a_marking(line: str, kind: str) -> None:
    root = converted(f"Incoming Telegram\nTop Secret\n{line}\nFrom Pyongyang, sent 24 "
                     "November 1973, 21:15\nNo. 1107", "November 24, 1973")
    assert texts(root, f"//t:fw[@type='{kind}']")[-1] == line


@pytest.mark.parametrize(("line", "number", "marking"), [
    # the number opens on its series' letters
    ("#P253/P Top Secret", "#P253/P", "Top Secret"),
    ("No. P253/P Secret", "No. P253/P", "Secret"),
])
def test_a_lettered_number_then_the_marking_is_a_number_and_a_classification(
        line: str, number: str, marking: str) -> None:
    root = converted(f"Communist Party of the Soviet Union. CENTRAL COMMITTEE\n{line}")
    assert texts(root, "//t:opener/t:idno[@type='document']") == [number]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [marking]


def test_a_files_number_with_the_marking_and_the_year_after_a_dash_is_one_entry() -> None:
    root = converted("Ministry of Foreign Affairs\n\n00135/Top secret-1955")
    assert texts(root, "//t:opener/t:note[@type='registry']") == ["00135/Top secret-1955"]
    assert texts(root, "//t:note[@type='registry']/t:fw[@type='classification']") == [
        "Top secret"]


def test_a_number_over_its_year_is_the_documents_number_and_a_month_is_not() -> None:
    """`90/1961` under the marking: the file's number and year; `12/1961` may be a month."""
    root = converted("Top Secret.\n\n90/1961\n\nPyongyang, 16 March 1961.", "March 16, 1961")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["90/1961"]
    root = converted("Top Secret.\n\n12/1961\n\nPyongyang, 16 March 1961.", "March 16, 1961")
    assert texts(root, "//t:opener/t:idno") == []


@pytest.mark.parametrize(("head", "numbers", "copies", "dateline"), [
    # a typed form's three columns: the number, the copy's number, the date
    ("USSR EMBASSY IN THE DPRK\n\nNº 302   Copy Nº 1  7 December 1957", ["Nº 302"],
     ["Copy Nº 1"], ["7 December 1957"]),
    # the telegram's number, who sent it to whom, its date
    ("Telegram nr.172/62 Comrade [Rudolf] Dölling, Moscow to Secretary of State Winzer "
     "26.10.1962", ["Telegram nr.172/62"], [], ["26.10.1962"]),
    # a form's columns, each opened by its label
    ("Secret\n\nTelegram\n\nSender   Maputo     No. 053597    Date  23 March 1977, 18:00\n\n"
     "Comrade Cornel Pacosta", ["No. 053597"], [], ["Date 23 March 1977, 18:00"]),
    # an East German registry number, and which copy this is, in words
    ("[GDR Embassy in Ethiopia]\n\nAddis Abeba Instant Message\n\ngvs-t-b 7/111- 17/88   First "
     "copy 1 page\n\nComrade Erich Honecker", ["gvs-t-b 7/111- 17/88"], ["First copy 1 page"],
     []),
], ids=["number-copy-date", "number-route-date", "labelled-columns", "registry-and-copy"])
def test_a_line_of_numbers_and_a_date_is_cut_into_each(
        head: str, numbers: list[str], copies: list[str], dateline: list[str]) -> None:
    root = converted(head, "January 1, 1957")
    assert texts(root, "//t:opener/t:idno[@type='document']") == numbers
    assert texts(root, "//t:opener/t:idno[@type='copy']") == copies
    assert texts(root, "//t:opener/t:dateline") == dateline


def test_two_numbers_parted_by_a_semicolon_are_two_numbers() -> None:
    root = converted("Incoming cipher message number 3234; outgoing number 8/220")
    assert texts(root, "//t:opener/t:idno[@type='document']") == [
        "Incoming cipher message number 3234;", "outgoing number 8/220"]


@pytest.mark.parametrize(("head", "copy"), [
    ("Top Secret\n\nCopy. 3", "Copy. 3"),  # a full stop after the word
    # the copy's number in the form's right column, on the left column's line
    ("to where TEHRAN   to whom TO SADCHIKOV Copy Nº 1", "Copy Nº 1"),
    ("USSR Embassy in SECRET\nKorea Copy 1", "Copy 1"),
])
def test_a_copys_number_at_a_lines_end_or_after_a_full_stop(head: str, copy: str) -> None:
    root = converted(head)
    assert texts(root, "//t:opener/t:idno[@type='copy']") == [copy]


def test_the_places_a_telegram_was_forwarded_to_parted_by_dashes_are_a_list() -> None:
    root = converted("Telegram Number 1930-33\n\nForwarded via the Department to: Moscow "
                     "968-71 – Washington 1049-52 – London 910-13")
    assert texts(root, "//t:list[@type='distribution']/t:head") == [
        "Forwarded via the Department to:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Moscow 968-71 –", "Washington 1049-52 –", "London 910-13"]


@pytest.mark.parametrize("line", [
    "I am referring to my telegram number 71081",  # a sentence, no full stop
    "Comrade Strzałkowski in dispatch No. 65 of 2/6/69 states:",  # it introduces the text
])
def test_a_sentence_citing_a_number_is_no_number(line: str) -> None:
    root = converted(f"Moscow, 7th December 1963\n\nTelegram number 7125/28\n\n{line}",
                     "December 7, 1963")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["Telegram number 7125/28"]


def test_a_stamps_bracket_left_open_takes_the_date_under_it() -> None:
    """`[CPSU CC stamp: 19373` / `12 June 1969`: the stamp's number and its date; the
    document's dateline is the date under them."""
    root = converted("Copy Nº 2\n\n[CPSU CC stamp: 19373\n\n12 June 1969\n\n9 June 1969",
                     "June 9, 1969")
    assert texts(root, "//t:opener/t:stamp") == ["[CPSU CC stamp: 19373 12 June 1969"]
    assert texts(root, "//t:opener/t:dateline") == ["9 June 1969"]


def test_an_illegible_signature_bracket_over_two_lines_is_one_gap() -> None:
    root = converted("[illegible signature;\n\n30 December 1957]\n\nPyongyang\n26 November 1957",
                     "November 26, 1957")
    assert texts(root, "//t:opener/t:gap[@reason='illegible']") == [
        "signature; 30 December 1957"]


def test_the_hours_and_the_location_of_talks_are_a_dateline() -> None:
    root = converted("Time: 7:30 p.m. – 8:30 p.m.\n\nLocation: Residence of the Chinese "
                     "Delegation in Bucharest")
    assert texts(root, "//t:opener/t:dateline") == [
        "Time: 7:30 p.m. – 8:30 p.m. Location: Residence of the Chinese Delegation in Bucharest"]


def test_the_date_over_its_hour_is_one_dateline() -> None:
    root = converted("[Handwritten]: EH [Erich Honecker]\n25 June 1982\n22:30 Hours\n"
                     "Message by L. I. BREZHNEV to the President of Syria Hafez Assad\n"
                     "Dear Comrade Hafez Assad!", "June 25, 1982")
    assert texts(root, "//t:opener/t:dateline") == ["25 June 1982 22:30 Hours"]


def test_a_paper_written_in_one_copy_says_so_as_a_caveat() -> None:
    root = converted("TOP SECRET!\nWritten in one copy\nBudapest, 28 Dec. 1979",
                     "December 28, 1979")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "TOP SECRET!", "Written in one copy"]


@pytest.mark.parametrize(("lines", "head"), [
    ("BULLETIN\nfor Comrades János Kádár, Károly Németh, Imre Gyori, Mihály Korom", "for"),
    ("Results of the vote:\nExtracts to Cdes.: Kapitonov, Rusakov, Nikitin, Shibaev",
     "Extracts to Cdes.:"),
    # each recipient with the count of copies, the one on file too, a space left out
    ("Distribution list - 12 copies:\nStalin - 2,Molotov - 1, Malenkov - 1, 8 MDGS - 1, on file "
     "- 1.", "Distribution list - 12 copies:"),
    # (a German `Verteiler`, word for word)
    ("Distributor:\nLieutenant General Mittig\nDirector of the Main Department XX\n"
     "Main Department II", "Distributor:"),
])
def test_more_heads_of_lists_of_recipients(lines: str, head: str) -> None:
    root = converted(f"Ministry of Foreign Affairs\n{lines}")
    assert texts(root, "//t:list[@type='distribution']/t:head") == [head]
    assert len(texts(root, "//t:list[@type='distribution']/t:item")) >= 3


def test_a_date_under_a_title_of_two_lines_is_its_dateline_not_a_diary_entry() -> None:
    root = converted("Highly Confidential!\nProtocol of the extraordinary meeting of the Committee "
                     "of Ministers for Defense from the\nWarsaw Treaty member states\n"
                     "20 October 1983", "October 20, 1983")
    assert texts(root, "//t:body/t:div/t:head") == [
        "Protocol of the extraordinary meeting of the Committee of Ministers for Defense from "
        "the Warsaw Treaty member states"]
    assert texts(root, "//t:opener/t:dateline") == ["20 October 1983"]
    assert texts(root, "//t:div[@type='entry']") == []


@pytest.mark.parametrize(("lines", "markings"), [
    ("Top Priority\nSpecial File", ["Special File"]),  # the Soviet special file, a marking
    ("Top Priority\nOf Special Significance", ["Of Special Significance"]),
    # a noun's kind, no marking
    ("8. 28. 1962\n\n(illegible). 267 261/01- OZÚ\n(OZÚ = Section for Special Assignments]", []),
])
def test_special_is_a_marking_alone_or_of_the_special_file(lines: str,
                                                            markings: list[str]) -> None:
    root = converted(f"{lines}\nTo the Ministry of Foreign Affairs:")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == markings


def test_a_handling_caveat_wrapped_over_its_lines_is_one_classification() -> None:
    """A Polish code message's caveat, the page's lines short: one marking, not four lines."""
    root = converted("Ministry of Foreign Affairs\nAfter use, this code message\nis to be "
                     "destroyed according to\nregulations regarding the\nhandling of secret "
                     "documents\nCODE MESSAGE No. 12")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "After use, this code message is to be destroyed according to regulations regarding "
        "the handling of secret documents"]


def test_a_marking_under_a_wrapped_caveat_is_a_marking_of_its_own() -> None:
    """`… handling of secret documents` / `SECRET`: the caveat ends where the document's
    classification, a line of its own, begins (its readers mark them apart); the code
    message's year-first date (`88.03.25`) under its place is its dateline."""
    root = converted("Ministry of Foreign Affairs\nAfter use, this code message\nis to be "
                     "destroyed according to\nregulations regarding the\nhandling of secret "
                     "documents\nSECRET\nCode message No 4851/I/903\nFrom: Pyongyang\n"
                     "88.03.25")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "After use, this code message is to be destroyed according to regulations regarding "
        "the handling of secret documents", "SECRET"]
    assert texts(root, "//t:opener/t:dateline") == ["From: Pyongyang 88.03.25"]


def test_where_a_code_message_came_from_and_when_is_its_dateline() -> None:
    root = converted("Top secret!\nCode message No 7163\nfrom Stockholm June 5, 19.00 hrs",
                     "June 5, 1958")
    assert texts(root, "//t:opener/t:dateline") == ["from Stockholm June 5, 19.00 hrs"]


@pytest.mark.parametrize(("line", "number"), [
    ("Level: Extra Urgent / From the Moscow Desk / Received (65) No. 587",
     "Received (65) No. 587"),
    ("Ministry of Foreign Affairs – Received Cable – Extra Urgent – Advance – Vietnam Desk  – "
     "Received (63) No. 564", "Received (63) No. 564"),
    # a Soviet cipher office's incoming number, at the end of its receipt line
    ("for decipherment at 18 October 1945 0155 Incoming Nº 3341/sh", "Incoming Nº 3341/sh"),
    # the desk's number with its year, after a dash
    ("Urgent - From the Korea Desk - No (63) 395", "No (63) 395"),
])
def test_the_receiving_ministrys_number_ending_a_line_of_fields_is_the_cables(
        line: str, number: str) -> None:
    """A Chinese ministry's header gives the cable's number, with its year in parentheses, last
    among its fields: an `idno` inside the line, the fields around it kept as printed."""
    root = converted("Ministry of Foreign Affairs Cable\n" + line + "\nSituation of the Talks")
    assert texts(root, "//t:opener//t:idno[@type='document']") == [number]
    assert line.replace("  ", " ") in " ".join(texts(root, "//t:opener"))


@pytest.mark.parametrize("line", [
    "Received (65) No. 587 and filed by the desk",
    "We received the cable No (63) 395",  # no field of a header before the number
])
def test_a_received_line_that_goes_on_after_the_number_marks_none(line: str) -> None:
    root = converted("Ministry of Foreign Affairs Cable\n" + line + "\nSituation of the Talks")
    assert texts(root, "//t:opener//t:idno") == []


@pytest.mark.parametrize("hour", ["Time: 18:00", "Sent: 18:00"])
def test_the_hour_labelled_under_the_date_is_the_datelines(hour: str) -> None:
    """A Romanian cipher form prints its date and hour as two fields, one to a line; a Dutch
    code telegram the hour it was sent (which was a dateline of its own)."""
    root = converted("Ministry of Foreign Affairs\nSender: Washington\nNo.: 074.783\n"
                     f"Date: 24.07.1975\n{hour}\nConcerning: The Korean Matter",
                     "July 24, 1975")
    assert texts(root, "//t:opener/t:dateline") == [f"Date: 24.07.1975 {hour}"]


def test_where_the_cable_was_sent_from_over_when_it_was_sent_is_one_dateline() -> None:
    """`from SOCHI` / `sent at 0120 4 November 1945`, as `from KUYBYSHEV sent at 2325 …` on one
    line is; over a receipt the place stays a line of its own (the dev set's `From BEIJING` /
    `Received 19:55 …`)."""
    root = converted("STRICTLY SECRET\nCABLE\nfrom SOCHI\nsent at 0120 4 November 1945\n"
                     "arrived at the VKP CC for decipherment at 0245", "November 4, 1945")
    assert texts(root, "//t:opener/t:dateline") == ["from SOCHI sent at 0120 4 November 1945"]
    root = converted("CIPHERED TELEGRAM No. 20772\nFrom BEIJING\nReceived 19:55 13.June.1951",
                     "June 13, 1951")
    assert texts(root, "//t:opener/t:dateline") == []


def test_where_from_over_a_sending_line_the_table_dates_is_one_dateline() -> None:
    """`From TIRANA` / `Sent 20.V.61 19:30`: the sending line a dateline of its own, the place
    over it was a line apart; as `from SOCHI` / `sent at …`, one dateline."""
    root = converted("Top Secret\nCopy No. 3\nCIPHERED TELEGRAM\nFrom TIRANA\nSent 20.V.61 "
                     "19:30\nReceived 20.V.61 23:05\nIncoming No. 14377", "May 20, 1961")
    assert texts(root, "//t:opener/t:dateline") == ["From TIRANA Sent 20.V.61 19:30"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == ["Received 20.V.61 23:05"]


def test_where_an_information_copy_was_sent_is_a_distribution_list() -> None:
    """A Dutch cable's form: `Information copy sent to: New York` under its address."""
    root = converted("TO: Min[ister]. o[f]. F[oreign]. A[ffairs]\nFROM: Washington\n"
                     "Information copy sent to: New York\nSECRET")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:head") == [
        "Information copy sent to:"]
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == ["New York"]


def test_a_circulars_envoys_with_their_posts_a_line_each_are_its_addressees() -> None:
    """`Gede – MOSCOW` / `WILLMANN – BUDAPESZT` / …: to whom a Polish circular went and
    where, a list without a heading (each line was left in the opener as a line of text)."""
    root = converted("Warsaw Jan. 10, 1958\nTop secret\nCODE MESSAGE No 269\nGede – MOSCOW\n"
                     "WILLMANN – BUDAPESZT\nMazur – PRAGA\nZAMBROWICZ – BUKARESZT")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "Gede – MOSCOW", "WILLMANN – BUDAPESZT", "Mazur – PRAGA", "ZAMBROWICZ – BUKARESZT"]
    assert root.xpath("//t:list/t:head", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == []
    # one such line is no list, nor is a subject after its label
    single = converted("Warsaw Jan. 10, 1958\nCODE MESSAGE No 269\nGede – MOSCOW")
    assert texts(single, "//t:list[@type='distribution']") == []


def test_markings_in_parentheses_after_a_title_or_an_address_are_the_markings() -> None:
    """`Report From Kabul (Secret. Urgent)` over each report, `… Committee (Top Secret):` as
    the address: the title is the head, the address the salutation; each marking in the
    parentheses is one (the classification names the document's category)."""
    source = ("Report From Kabul (Secret. Urgent)\n\n. . . Taraki returned to the issue of the "
              "Soviet military presence in the country.\n\n* * * * *\n\n"
              "Report From Kabul (Secret. Urgent)\n\nOn July 19 a second meeting with Taraki "
              "took place.\n")
    root = converted(source)
    assert texts(root, "//t:head") == ["Report From Kabul (Secret. Urgent)"]
    assert texts(root, "//t:fw[@type='classification']") == ["Secret", "Secret"]
    assert texts(root, "//t:fw[@type='precedence']") == ["Urgent", "Urgent"]
    assert texts(root, "//t:taxonomy/t:category/t:catDesc") == ["Secret"]
    address = converted("Guangzhou Foreign Affairs Office and Guangdong Provincial [Party] "
                        "Committee (Top Secret):\n\nThe delegation arrives on the 12th and "
                        "leaves for Beijing on the 14th.\n")
    assert texts(address, "//t:salute/t:fw[@type='classification']") == ["Top Secret"]
    # (in a sentence, after its stop, the words are the text's)
    prose = converted("The minister read the report of the embassy, which was marked as "
                      "usual for such papers (Top Secret).\n\nHe said nothing about it.\n")
    assert texts(prose, "//t:fw") == []


def test_a_letters_reference_number_under_its_place_and_date() -> None:
    """`Lausanne, 28th July 1988` / `Ref. No. 10018 /85/bog`: the letter's own reference
    (the label abbreviated, the number's parts a space apart), its number."""
    root = converted("Lausanne, 28th July 1988\nRef. No. 10018 /85/bog\nDear Mr. President,")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["Ref. No. 10018 /85/bog"]


@pytest.mark.parametrize(("line", "number"), [
    ("CC BCP [Central Committee of the Bulgarian Communist Party] Politburo Resolution № B-7 "
     "of 3 September 1962", "№ B-7"),
    ("Politburo [of the CC BCP] Protocol No. 86 of 20 June 1968", "No. 86"),
    ("CC CPSU [Communist Party of the Soviet Union] Secretariat Decision № П114/ХХ11 of 4 May "
     "1963", "№ П114/ХХ11"),
])
def test_a_papers_number_in_its_own_opening_line_is_its_number(line: str, number: str) -> None:
    """Among the line's other words (a bracket in it, so that the line is no number's own):
    the number after the paper's kind, before its date."""
    root = converted(line + "\nRe: On the incident with the students\nDECISION:")
    assert texts(root, "//t:opener//t:idno") == [number]


@pytest.mark.parametrize("line", [
    "Re: Your Telegram, Bureau Director-General’s Telegram No. 4138",
    "CC BCP [Central Committee of the Bulgarian Communist Party] in reply to the Report No. 25 "
    "of 3 May 1962",
    "CC BCP [Central Committee of the Bulgarian Communist Party] on the Note No. 25B of Cde. "
    "Beria",
])
def test_a_line_referring_to_another_paper_gives_it_no_number(line: str) -> None:
    root = converted("Top Secret\n" + line + "\nDECISION:")
    assert texts(root, "//t:opener//t:idno") == []


def test_a_number_in_cyrillic_letters_on_its_line_is_a_number() -> None:
    """A Soviet protocol's number keeps its Cyrillic letters in a translation (`П` for the
    Politburo's)."""
    root = converted("Strictly Secret\n№ П114/ХХ11\nExtract from the protocol")
    assert texts(root, "//t:opener/t:idno") == ["№ П114/ХХ11"]


def test_the_copies_made_and_which_this_is_are_the_copys_number() -> None:
    """`4 copies / 3rd copy` under the marking (an East German ministry's paper): the copy's
    number, no list of where the copies went."""
    root = converted("Embassy of the GDR in the DRV\nHanoi, 14 June 1966\nVS-Nr. 17/66\n"
                     "Confidential Matter!\n4 copies / 3rd copy")
    assert texts(root, "//t:opener/t:idno[@type='copy']") == ["4 copies / 3rd copy"]
    assert root.xpath("//t:list", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == []
    # (on two lines, one number: the count was a docket, the copy a number of its own)
    root = converted("Embassy of the GDR in the DRV\nHanoi, 14 June 1966\nVS-Nr. 17/66\n"
                     "Confidential Matter!\n4 copies  \n3rd copy")
    assert texts(root, "//t:opener/t:note[@type='registry']") == ["4 copies 3rd copy"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == []


def test_a_cable_to_be_deciphered_personally_says_so_as_a_marking() -> None:
    """`Top Secret` / `Decipher personally`: who alone may decipher the cable, a marking as
    `Making copies is prohibited` is (it was a line of the opener's text)."""
    root = converted("Top Secret\nDecipher personally")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "Top Secret", "Decipher personally"]
    # (making further copies prohibited: the same caveat; it was a line of the opener)
    root = converted("Top Secret\nMaking further copies prohibited")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "Top Secret", "Making further copies prohibited"]


def test_an_office_named_for_its_secrecy_is_no_marking() -> None:
    """`[Handwritten:] Sent. Confidential Communications Office, 7/2, 1:40 a.m.` under a
    cable's date: the office that sent it, by hand; it was a classification. The marking alone
    stays one."""
    closing = ("\n\nForeign Ministry\n\n6 February 1958, 10:00 p.m.\n\n[Handwritten:] Sent. "
               "{} Communications Office, 7/2, 1:40 a.m.\n")
    for marking in ("Confidential", "Secret"):
        root = converted_text(TEXT.strip() + closing.format(marking), "6 February 1958")
        assert texts(root, "//t:fw[@type='classification']") == []
        assert texts(root, "//t:add[@hand]") == [
            f"Sent. {marking} Communications Office, 7/2, 1:40 a.m."]
    marked = converted("Confidential\nNo. 24")
    assert texts(marked, "//t:fw[@type='classification']") == ["Confidential"]


def test_a_caveat_as_long_as_a_sentence_is_no_paragraph() -> None:
    """`Subject to return within 24 hours to the CC VKP(b) (Special Sector)` under a Politburo
    extract's address: how the paper is to be handled, a classification (it was the text's
    first paragraph)."""
    root = converted_text("STRICTLY SECRET\nNo. P69/114\nTo Comrades Molotov, Vyshinsky\n"
                          "Subject to return within 24 hours to the CC VKP(b) (Special Sector)\n"
                          "Extract from protocol No. 69 of the session of the Politburo of the "
                          "CC VKP(b) of 11 June 1949.\n", "June 11, 1949")
    assert texts(root, "//t:fw[@type='classification']") == [
        "STRICTLY SECRET",
        "Subject to return within 24 hours to the CC VKP(b) (Special Sector)"]
    assert not [p for p in texts(root, "//t:p") if p.startswith("Subject to return")]


def test_where_and_when_by_whose_clock_is_the_dateline() -> None:
    """`Washington, 20.3.1963, 18:30 local time` under a ciphered telegram's number: where and
    when it was sent (the clock's words made it a line of text)."""
    root = converted("SECRET\nCiphered telegram No. 1873\nWashington, 20.3.1963, 18:30 local "
                     "time\nReceived: 21.3.63 01:20", "March 20, 1963")
    assert texts(root, "//t:opener/t:dateline") == ["Washington, 20.3.1963, 18:30 local time"]


def test_a_cables_number_with_its_year_in_parentheses_is_its_number() -> None:
    """`Cable No. (67)-0129` over a Chinese circular's address: the year in parentheses after
    the sign, a dash, then the number (it was a line of text)."""
    root = converted("Confidential\nUrgent\nCable No. (67)-0129\nTo the Embassy in Korea:",
                     "January 29, 1967")
    assert texts(root, "//t:idno[@type='document']") == ["Cable No. (67)-0129"]


def test_a_hands_note_with_a_day_in_figures_is_no_number() -> None:
    """`[Handwritten: Read. Chen Yi, 30/1]` over a Chinese circular: who read it and when, a
    hand's note (it was a registry's number holding the hand's words)."""
    root = converted("[Handwritten: Read. Chen Yi, 30/1]\nConfidential\nUrgent\nTo the Embassy "
                     "in Korea:", "January 29, 1967")
    assert texts(root, "//t:note[@type='registry']") == []
    assert texts(root, "//t:opener//t:add[@hand]") == ["Read. Chen Yi, 30/1"]


def test_who_alone_may_decipher_named_by_his_office_is_a_caveat() -> None:
    """`To be deciphered by the Ambassador personally` over a Mongolian cable's text: who alone
    may decipher it, a handling caveat (it was a line of text)."""
    root = converted("Ciphered telegram No. 214\nTo be deciphered by the Ambassador personally",
                     "June 2, 1980")
    assert texts(root, "//t:fw[@type='classification']") == [
        "To be deciphered by the Ambassador personally"]


def test_the_originals_marking_before_its_translation_in_brackets_is_one_marking() -> None:
    """`TAJNÉ [Secret]` alone on its line: the Czech marking and the translator's English for it,
    one classification, the Czech `foreign`, the bracket a gloss (the Czech was loose text);
    an English word before the bracket stays outside the marking."""
    root = converted("Embassy of the ČSSR in Pyongyang\nTAJNÉ [Secret]\nNo. 214/86",
                     "May 1, 1986")
    (marking,) = root.xpath("//t:fw[@type='classification']", namespaces=NS)
    assert etree.tostring(marking, encoding="unicode", with_tail=False).replace(
        ' xmlns="http://www.tei-c.org/ns/1.0"', "") == (
        '<fw type="classification"><foreign xml:lang="cs">TAJNÉ</foreign> <note type="editorial" '
        'place="inline" resp="#translator">Secret</note></fw>')
    # (the original's precedence so glossed is a precedence)
    urgent = converted("Embassy of the DRV in Beijing\nHỎA TỐC [Extremely urgent]\nNo. 214/86",
                       "May 1, 1966")
    assert texts(urgent, "//t:fw[@type='precedence']") == ["HỎA TỐC Extremely urgent"]
    assert texts(urgent, "//t:fw[@type='classification']") == []
    english = converted("Embassy of the ČSSR in Pyongyang\nCOPY [Secret]\nNo. 214/86",
                        "May 1, 1986")
    assert texts(english, "//t:fw[@type='classification']") == ["Secret"]


def test_a_file_number_with_its_part_and_year_is_the_documents() -> None:
    """`00714/2/1966` alone under the ministry's department: the file's number, its part and
    year (it was a line of the opener); a date in figures stays a date."""
    root = converted("MINISTRY OF FOREIGN AFFAIRS\nIV. Territorial Department\n00714/2/1966\n"
                     "TOP SECRET!\nBudapest, 18 February 1966", "February 18, 1966")
    assert texts(root, "//t:opener/t:idno") == ["00714/2/1966"]


@pytest.mark.parametrize(("marking", "original"), [
    ("Personal Confidential Matter!", "Persönliche Verschlußsache"),
    # (its noun translated in full)
    ("Confidential Classified Matter", "Vertrauliche Verschlußsache"),
])
def test_a_personal_confidential_matter_with_the_originals_words_is_a_marking(
        marking: str, original: str) -> None:
    """`Personal Confidential Matter! [Persönliche Verschlußsache]`: the East German marking,
    the original's words after it (it was a line of the opener)."""
    root = converted(f"Socialist Unity Party of Germany\nCentral Committee\n{marking} "
                     f"[{original}]\nZK 02 – 31/63", "August 6, 1963")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        f"{marking} {original}"]


def test_a_receipt_left_open_on_its_comma_takes_the_place_and_day_under_it() -> None:
    """`Received by diplomatic courier from` / `Cde. Nam Il, Minister of Foreign Affairs,` /
    `Geneva, 24 June 1954`: the receipt's sentence goes on to where and when the paper was
    sent, one docket (the place and day were the document's dateline)."""
    root = converted("Received by diplomatic courier from\nCde. Nam Il, Minister of Foreign "
                     "Affairs,\nGeneva, 24 June 1954\n\nTop Secret\nCopy No. 2", "June 19, 1954")
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Received by diplomatic courier from Cde. Nam Il, Minister of Foreign Affairs, Geneva, "
        "24 June 1954"]
    assert texts(root, "//t:opener/t:dateline") == []


@pytest.mark.parametrize(("head", "marking", "precedence"), [
    ("CODED TELEGRAM RECEIVED\nNo. 1187\nHavana, 18 April 1961, 02:15 hrs.\n"
     "VERY URGENT. CONFIDENTIAL.\nRELACIONES\nMEXICO, D.F.\n", "CONFIDENTIAL.", "VERY URGENT."),
    ("Number 318 (Secret) (Urgent)\n\nSent from Havana: August 24, 1968, 10:40\n",
     "(Secret)", "(Urgent)")])
def test_a_telegrams_precedence_and_classification_on_one_line_are_each_marked(
        head: str, marking: str, precedence: str) -> None:
    """A Mexican telegram's `VERY URGENT. CONFIDENTIAL.`, a Japanese cable's `Number 318
    (Secret) (Urgent)`: the classification and the precedence, each its own marking (the
    first was the opener's plain text, the second one number)."""
    root = converted_text(head + "\n61. Yesterday at dawn an invading force disembarked at "
                          "Playa Girón. I will continue reporting.\n\nBOSQUES\n", "April 18, 1961")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [marking]
    assert texts(root, "//t:opener/t:fw[@type='precedence']") == [precedence]


@pytest.mark.parametrize(("marking", "expected"), [
    ("Special Folder", "Special Folder"), ("_Secret_", "Secret"), ("__SECRET__", "SECRET"),
    ("Special Dossier", "Special Dossier")])
def test_a_soviet_special_folder_and_a_marking_in_italics_are_classifications(
        marking: str, expected: str) -> None:
    """`Special Folder` (the Politburo's `Osobaya papka` translated) over `Top Secret`, and
    `_Secret_` set in italics under a diarist's name: the paper's markings (they were lines of
    the opener)."""
    root = converted_text(f"From the diary of\nS. M. KUDRYAVTSEV\n\n{marking}\nTop Secret\n"
                          "Copy No. 1\n\nCC CPSU\n\nOn the transit of special cargoes for the "
                          "DRV through the territory of the PRC, the Ministry reports the "
                          "following.\n\nA. Gromyko\n", "March 12, 1965")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [expected, "Top Secret"]
