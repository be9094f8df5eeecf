"""Furniture of document shapes written for the tests (not among the dev documents): each
asserts the house encoding of the lines that carry the phenomena."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from shared_paths import TEST_DATA
from tei_text import ATTACHED, CLOSER, NS, closing_lines, converted_text, invalidity, texts

from teikit.convert import convert_file, convert_text
from teikit.validate import validate_file


def converted(name: str) -> etree._Element:
    return convert_file(TEST_DATA / name).tree.getroot()


def use_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              weights: dict[str, dict[str, float]]) -> None:
    """Convert with a role table of these weights instead of the packaged one (`{}`: a table
    that knows no cue, as one fitted without such documents)."""
    table = tmp_path / "table.json"
    table.write_text(json.dumps({"weights": weights}), encoding="utf-8")
    monkeypatch.setenv("TEIKIT_FURNITURE_TABLE", str(table))


def test_a_ciphered_telegram_with_numbers_precedence_and_spaced_signature() -> None:
    root = converted("telegram-spaced-signature.txt")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["TOP SECRET"]
    assert texts(root, "//t:opener/t:fw[@type='precedence']") == ["URGENT"]
    # ENCODING.md types a number by its label
    assert texts(root, "//t:opener/t:idno[@type='copy']") == ["Copy Nº 3"]
    assert texts(root, "//t:opener/t:idno[@type='special']") == ["Special No. 214"]
    assert texts(root, "//t:opener/t:idno[@type='document']") == [
        "CIPHERED TELEGRAM No. 1120/sh"]
    assert texts(root, "//t:opener/t:dateline") == ["From Moscow. Sent 3.3.53. 14:10"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == ["Received 3.3.53 16:45"]
    assert texts(root, "//t:list[@type='distribution']") == [
        "Copies: Stalin (2), Molotov, Bulganin"]
    assert texts(root, "//t:closer/t:signed") == ["M A L E N K O V"]
    assert texts(root, "//t:closer/t:note[@type='registry']") == ["No. 245/sh 3.3.53"]


def test_an_addressee_line_is_no_distribution_list() -> None:
    root = converted("telegram-spaced-signature.txt")
    assert len(root.xpath("//t:list[@type='distribution']", namespaces=NS)) == 1
    assert "To Comrade VASILEVSKY." in texts(root, "//t:opener")[0]


def test_a_letter_with_place_and_date_valediction_title_and_numbered_distribution() -> None:
    root = converted("letter-with-distribution.txt")
    assert texts(root, "//t:opener/t:dateline") == ["Berlin, 12 June 1957"]
    assert texts(root, "//t:opener/t:salute") == ["Dear Comrade Khrushchev!"]
    assert texts(root, "//t:closer/t:signed") == [
        "With fraternal greetings, W. Ulbricht First Secretary of the Central Committee of "
        "the SED"]
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Distributed to:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Cde. Grotewohl", "Cde. Matern", "to file"]


def test_an_outgoing_cable_with_transmission_lines_and_a_titled_signature() -> None:
    root = converted("outgoing-cable.txt")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["Outgoing cable Nr. 331"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "Strictly confidential!"]
    assert texts(root, "//t:opener/t:dateline") == [
        "Transmitting from Beijing 10/02/1961 08:15"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Received in Budapest 10/02/1961 13:40"]
    assert texts(root, "//t:closer/t:signed") == ["MARTIN Ambassador"]


def test_a_report_with_a_file_number_and_copies_by_count() -> None:
    root = converted("report-with-copies.txt")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["No. 00347/1955"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Strictly confidential!"]
    assert texts(root, "//t:closer/t:dateline") == ["Pyongyang, 26 October 1955"]
    assert texts(root, "//t:closer/t:signed") == ["Károly Práth Chargé d'affaires"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "2 copies to the addressee", "1 copy to the Embassy files"]


def test_copies_counted_by_destination_and_copies_under_a_typed_rule() -> None:
    report = converted_text("Made in 3 copies\n\ntwo to the Center\n\none for the Embassy\n\n"
                            "The ambassador of Poland called on me today.\n", "May 3, 1962")
    assert texts(report, "//t:list[@type='distribution']/t:head") == ["Made in 3 copies"]
    assert texts(report, "//t:list[@type='distribution']/t:item") == [
        "two to the Center", "one for the Embassy"]
    letter = converted_text("The regiment is ready.\n\nCOMMANDER\n\n/signature/ PETROV\n\n"
                            "Three copies printed\n\n___________\n\n1 - to the addressee\n\n"
                            "2 - to the staff\n\n3 - to file\n", "May 3, 1952")
    assert texts(letter, "//t:list[@type='distribution']/t:head") == [
        "Three copies printed ___________"]
    assert texts(letter, "//t:list[@type='distribution']/t:item") == [
        "to the addressee", "to the staff", "to file"]


def test_whom_a_ciphergram_went_to_in_parentheses_and_the_marking_under_it() -> None:
    root = converted_text("CIPHERGRAM No. 812\n\nFrom Jakarta dispatched on 05.14. at 9:00 "
                          "hours\n\n(FYI: Kowalski, Nowak)\n\nTop secret\n\nThe foreign "
                          "minister received me today.\n\nWIŚNIEWSKI\n", "May 14, 1965")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "Kowalski,", "Nowak)"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Top secret"]


def test_a_polish_ciphergram_signed_with_the_typescripts_mark() -> None:
    root = converted_text("Ciphergram No. 2210\n\nThe chargé d'affaires asked for the text of "
                          "our proposal.\n\n[Deciphered on] 9.V.64 at 11:00 hours\n\n\n"
                          "/-/ Naszkowski\n\n\n[1] The proposal of 4 May.\n",
                          "May 9, 1964")
    assert texts(root, "//t:closer/t:signed") == ["/-/ Naszkowski"]


@pytest.mark.parametrize("place", ["Brasilia-DF", "Washington DC", "Lisbon"])
def test_a_place_alone_over_the_date_of_a_letter_is_its_dateline(place: str) -> None:
    root = converted_text(f"{place}\n\n3rd of March, 1975\n\n\nMr. Minister\n\nI have the "
                          "honor of informing your Excellency about the talks.\n", "March 3, 1975")
    assert texts(root, "//t:opener/t:dateline") == [f"{place} 3rd of March, 1975"]
    for not_a_place in ("Telegram", "Confidential", "Comrade"):
        other = converted_text(f"{not_a_place}\n\n3rd of March, 1975\n\nI have the honor of "
                               "informing your Excellency about the talks.\n", "March 3, 1975")
        assert texts(other, "//t:opener/t:dateline") == ["3rd of March, 1975"]


def test_a_telegrams_sign_off_with_its_date_as_day_slash_month_dash_year() -> None:
    root = converted_text("Ciphered Telegram\n\nFrom PEKING\n\nThe comrades ask for an urgent "
                          "answer.\n\n22/6-50. Roshchin\n", "June 22, 1950")
    assert texts(root, "//t:closer/t:dateline") == ["22/6-50."]
    assert texts(root, "//t:closer/t:signed") == ["Roshchin"]


def test_a_telegram_dispatched_on_to_an_office_after_its_receipt() -> None:
    root = converted_text("CIPHERED TELEGRAM No. 40211\n\nFrom Correspondent 8 Sent 4.3.52 "
                          "6:10\n\nReceived 4.3.52 8:02\n\nDispatched to the 2nd Directorate "
                          "of the General Staff 4.3.52 9:10\n\nThe talks will resume on "
                          "Monday.\n\nPETROV\n", "March 4, 1952")
    assert texts(root, "//t:opener/t:dateline") == ["From Correspondent 8 Sent 4.3.52 6:10"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Received 4.3.52 8:02",
        "Dispatched to the 2nd Directorate of the General Staff 4.3.52 9:10"]


def test_a_cables_number_and_markings_under_its_title() -> None:
    root = converted_text("To: The Foreign Minister\n\nFrom: Ambassador Ogawa\n\n\n\nPrime "
                          "Minister's Visit to Korea (Nakasone – Chun Meeting) (A)\n\nNumber 3107 "
                          "Secret Top Urgent\n\n\nThe meeting took place on the morning of the "
                          "6th. Following initial courtesies, the meeting took place as follows:"
                          "\n\n1. Trade\n\nThe Prime Minister said trade should grow.\n",
                          "June 6, 1985")
    assert texts(root, "//t:fw[@type='classification']") == ["Secret"]
    assert texts(root, "//t:fw[@type='precedence']") == ["Top Urgent"]


def test_a_message_marked_and_dated_on_its_first_line() -> None:
    root = converted_text("Strictly Confidential 4.10.79\nIn connection with the events in the "
                          "country, we would like to inform our friends of several aspects.\n",
                          "October 4, 1979")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Strictly Confidential"]
    assert texts(root, "//t:opener/t:dateline") == ["4.10.79"]


def test_a_telegrams_date_then_where_and_at_what_hour_it_left() -> None:
    root = converted_text("TELEGRAM\n\nMarch 3, 1967\n\nBelgrade 1745 hrs\n\nNo. 20 114\n\nComrade "
                          "ambassador\n\nWe inform you that the minister received our "
                          "delegation.\n", "March 3, 1967")
    assert texts(root, "//t:opener/t:dateline") == ["March 3, 1967 Belgrade 1745 hrs"]


def test_photocopies_to_offices_each_after_a_dash() -> None:
    root = converted_text("MINISTRY OF FOREIGN AFFAIRS\nPhotocopy to:\n- Secretariat General\n- "
                          "Directorate General of Economic Affairs\n\nThe ambassador of Japan "
                          "called on me today and spoke at length about the new treaty.\n",
                          "May 3, 1969")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Photocopy to:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Secretariat General", "Directorate General of Economic Affairs"]
    # (each dash its item's printed label, as a number is)
    assert texts(root, "//t:list[@type='distribution']/t:label") == ["-", "-"]


def test_a_flash_telegram() -> None:
    root = converted("flash-telegram.txt")
    assert texts(root, "//t:opener/t:fw[@type='precedence']") == ["FLASH"]
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["Telegram No. 412"]
    assert texts(root, "//t:opener/t:dateline") == ["Sent: 2.11.62 03:40"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == ["Received: 2.11.62 09:15"]
    assert texts(root, "//t:closer/t:signed") == ["PAVLÍČEK"]


def test_a_decision_whose_title_cites_a_number_is_not_numbered_by_it() -> None:
    root = converted("presidium-decision.txt")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "Strictly secret", "Special file"]
    assert texts(root, "//t:idno[@type='document']") == ["No. P12/34"]
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Distributed to:"]
    assert len(root.xpath("//t:list[@type='distribution']/t:item", namespaces=NS)) == 4


def test_a_circular_lists_its_addressees(tmp_path) -> None:
    source = tmp_path / "circular.txt"
    source.write_text(
        "**May 5, 1961**\n\n**Circular telegram**\n\n**Summary:** S.\n\n"
        "To Hungarian Embassy\nWarsaw, Prague, Berlin, Sofia\nLegation in Tirana – Tirana\n"
        "The ministry asks all missions to report on the reactions to the declaration.\n"
        "Each report should reach the centre before the end of the week.\nKÁDÁR\n",
        encoding="utf-8")
    root = convert_file(source).tree.getroot()
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["To Hungarian Embassy"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Warsaw, Prague, Berlin, Sofia", "Legation in Tirana – Tirana"]


def test_an_address_of_one_recipient_is_no_list(tmp_path) -> None:
    source = tmp_path / "letter.txt"
    source.write_text(
        "**May 5, 1961**\n\n**Letter**\n\n**Summary:** S.\n\n"
        "To Comrade Kádár\nThe ministry asks you to report on the reactions to the declaration.\n"
        "Each report should reach the centre before the end of the week.\nMÜNNICH\n",
        encoding="utf-8")
    root = convert_file(source).tree.getroot()
    assert root.xpath("//t:list", namespaces=NS) == []


def test_sending_and_receipt_on_one_line_are_a_dateline_and_a_docket() -> None:
    source = ("CIPHERED TELEGRAM\n\nFrom BEIJING Sent 12.10.50 at 3 hrs 20 min. Received 12.10.50 "
              "at 5 hrs 45 min.\n\nTo Comrade FILIPPOV.\n\nMao Zedong asked me to convey the "
              "following to you.\n\nROSHCHIN\n")
    root = converted_text(source, "October 12, 1950")
    assert texts(root, "//t:opener/t:dateline") == ["From BEIJING Sent 12.10.50 at 3 hrs 20 min."]
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Received 12.10.50 at 5 hrs 45 min."]


@pytest.mark.parametrize(("form", "docket", "dateline"), [
    # the hour's line ends in a comma, its day under it
    ("Received at 0450,\n8 May 1946\n\nSent at 0850,\n8 May 1946",
     "Received at 0450, 8 May 1946", "Sent at 0850, 8 May 1946"),
    # in one block, two lines of the telegram's form (the second no continuation of the first)
    ("received at 0020 8 May\nsent at 0215 8 May", "received at 0020 8 May", "sent at 0215 8 May"),
], ids=["hour-over-its-day", "receipt-over-sending"])
def test_the_hours_of_receipt_and_sending_are_a_docket_and_a_dateline(
        form: str, docket: str, dateline: str) -> None:
    source = (f"Outgoing Nº 8924\n\n{form}\n\nRead my following letter to Cde. Pishevari but "
              "do not hand it to him, referring to the fact that you do not yet have "
              "instructions for this.\n")
    root = converted_text(source, "May 8, 1946")
    assert texts(root, "//t:opener/t:note[@type='docket']") == [docket]
    assert texts(root, "//t:opener/t:dateline") == [dateline]


def test_a_file_number_alone_under_the_marking_is_the_documents_number() -> None:
    """`5155/14` on its own line under the classification: the file's number; `10/62` stays
    what it is, a month and a year."""
    source = ("POLITBURO OF THE CENTRAL COMMITTEE\nSTRICTLY CONFIDENTIAL!\n5155/14\n\nDuring his "
              "visit to Czechoslovakia in April 1960, Comrade Blas Roca requested the supply of "
              "needed equipment.\n")
    root = converted_text(source, "May 16, 1960")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["5155/14"]
    root = converted_text(source.replace("5155/14", "10/62"), "May 16, 1960")
    assert texts(root, "//t:opener/t:idno") == []


@pytest.mark.parametrize("number", ["00612/1979.", "00612/1979"])
def test_a_file_number_with_its_year_and_a_stop_alone_is_the_documents_number(
        number: str) -> None:
    """`00612/1979.` alone under a Hungarian memorandum's copy number: the file's number and
    year, the typist's stop after them (it was a line of the opener); `10/62.` stays a month
    and a year."""
    source = (f"Top Secret\nCopy No. 3\n\n{number}\n\nMEMORANDUM\n\nOn 19 February 1979, at "
              "his own request, Comrade Tran Duc Long, the ambassador of the Socialist Republic "
              "of Vietnam, visited Comrade János Nagy.\n")
    root = converted_text(source, "February 19, 1979")
    assert texts(root, "//t:opener/t:idno[@type='document']") == [number]
    root = converted_text(source.replace(number, "10/62."), "February 19, 1979")
    assert texts(root, "//t:opener/t:idno[@type='document']") == []


def test_a_telegrams_caveat_of_days_its_receipt_and_its_sending_on_a_day_of_no_year() -> None:
    """`(To be returned within 5 days!)` is a caveat; `Receipt of telegram: at 09:40 on
    15/12/1986` when it came in; `Sent: at 10:30 on 15/12` when it left."""
    source = ("Place of mission: Beijing\n\nStrictly confidential!\n\n(To be returned within 5 "
              "days!)\n\nReceipt of telegram: at 09:40 on 15/12/1986\nSent: at 10:30 on 15/12"
              "\n\n1986 marked a year when general improvement was seen in the relations of the "
              "two countries.\n")
    root = converted_text(source, "December 15, 1986")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "Strictly confidential!", "(To be returned within 5 days!)"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Receipt of telegram: at 09:40 on 15/12/1986"]
    assert texts(root, "//t:opener/t:dateline") == ["Sent: at 10:30 on 15/12"]


def test_a_handling_caveat_is_no_list_head_and_abbreviated_receipt_is_a_docket() -> None:
    """`Making copies prohibited` once opened a distribution list (`\\w+ copies`) and sent the
    rest of the opener to the running text."""
    source = ("Ciphered Telegram\n\nStrictly Secret\n\nMaking copies prohibited\n\nIncoming Nº 5678"
              "\n\nSent: 12.X.50 03:20\n\nRec'd: 12.X.50 05:45\n\nTo FILIPPOV\n\nMao Zedong asked "
              "me to convey the following to you.\n\nROSHCHIN\n")
    root = converted_text(source, "October 12, 1950")
    assert texts(root, "//t:opener/t:fw[@type='form']") == ["Ciphered Telegram"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "Strictly Secret", "Making copies prohibited"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == ["Rec'd: 12.X.50 05:45"]
    assert texts(root, "//t:opener/t:dateline") == ["Sent: 12.X.50 03:20"]


def test_made_in_three_copies_heads_the_list_of_copies() -> None:
    source = ("Comrade Minister!\n\nThe relations with the Soviet Union are good, and the "
              "relations with China are good.\n\nKároly Pásztor\nchargé d'affaires ad interim"
              "\n\nMade in 3 copies:\n1 copy to the Minister\n1 copy to the Embassy\n1 copy to "
              "the file\n")
    root = converted_text(source, "December 18, 1954")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Made in 3 copies:"]
    assert len(root.xpath("//t:list[@type='distribution']/t:item", namespaces=NS)) == 3


def test_the_place_under_the_date_is_part_of_the_dateline() -> None:
    source = ("Dear Comrade Kim Il Sung,\n\nI received your letter of 3 May. We agree with your "
              "proposals [on the armistice].\n\nRespectfully,\n\nV. Ivanov\n\n12 May 1955\n"
              "Pyongyang\n")
    root = converted_text(source, "May 12, 1955")
    assert texts(root, "//t:closer/t:dateline") == ["12 May 1955 Pyongyang"]
    assert texts(root, "//t:closer/t:signed") == ["Respectfully, V. Ivanov"]


def test_a_cable_of_short_numbered_points_keeps_them_in_the_text() -> None:
    """A numbered point of six words or fewer is a sentence of the text, not a closing line;
    an address whose first word the translator supplied is still the salutation."""
    source = ("[To] Ambassador Pak Il-u:\n\n(Top Secret)\n\nYour cable of 5 "
              "November has been received. We agree with your opinion [to not publish the "
              "statement].\n\n1. [You] should explain our position to the Soviet side.\n\n"
              "2. Report [back] after the talks.\n\nForeign Ministry\n\n6 November 1962, "
              "11:00 p.m.\n")
    root = converted_text(source, "November 6, 1962")
    assert texts(root, "//t:opener/t:salute") == ["To Ambassador Pak Il-u:"]
    assert texts(root, "//t:div/t:p")[-1] == "2. Report back after the talks."
    assert texts(root, "//t:closer/t:signed") == ["Foreign Ministry"]


def test_numbers_under_their_labels_are_numbers_and_one_numbered_line_is_no_list() -> None:
    """`Ref. No.`, `Our ref.:`, `Inv. No.`: the label says what number it is; a single numbered
    line in the opener (`(62) Wai Ban Zi No. 34`, a Chinese office's file number) once became a
    list and closed the opener."""
    source = ("Ref. No. 3/456-sh\n\nOur ref.: 22/1955/szig.titk.\n\n(62) Wai Ban Zi No. 34\n\n"
              "orig. No. 167/3 ag\n\n"
              "Top Secret\n\nTo Comrade FILIPPOV.\n\nMao Zedong asked me to convey the following "
              "to you today.\n\nROSHCHIN\n\nRef. 12/sh\nInv. No. 5678\n")
    root = converted_text(source, "October 12, 1950")
    assert texts(root, "//t:opener/t:idno[@type='document']") == [
        "Ref. No. 3/456-sh", "Our ref.: 22/1955/szig.titk.", "(62) Wai Ban Zi No. 34",
        "orig. No. 167/3 ag"]
    assert root.xpath("//t:list", namespaces=NS) == []
    assert "To Comrade FILIPPOV." in texts(root, "//t:opener")[0]
    assert texts(root, "//t:closer/t:note[@type='registry']/t:idno") == ["12/sh", "5678"]


def test_a_reference_with_the_writers_and_typists_initials_after_a_dash_is_a_number() -> None:
    """`Ref.: 641.2 – Br/ms` under the place and date of a Swiss report: the reference number,
    the writer's and the typist's initials after it (it was a line of the opener)."""
    root = converted_text(
        "EMBASSY OF SWITZERLAND\nHAVANA\nHavana, 14 October 1965\nRef.: 641.2 – Br/ms\n"
        "CONFIDENTIAL\nBy diplomatic bag\nTo the Division of Foreign Interests, Berne\nMr. "
        "Minister,\nThe departure of Cuban citizens from the port of Camarioca continued "
        "during the week under the supervision of the Cuban authorities.\n", "October 14, 1965")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["Ref.: 641.2 – Br/ms"]


def test_an_italian_telegrams_precedence_and_its_number_after_n_are_the_forms() -> None:
    """`ABSOLUTE PRIORITY` / `N. 9487` over an Italian incoming telegram: the precedence whole
    (`ABSOLUTE` was a line apart from it) and the number after `N.` (a line of the opener)."""
    root = converted_text(
        "MINISTRY OF FOREIGN AFFAIRS\n\nINCOMING TELEGRAM\n\nSECRET\n\nABSOLUTE PRIORITY\n\n"
        "N. 9487\n\nHavana, 21 May 1970, 02.15 hrs\n\nNo. 262. Speaking yesterday evening to the "
        "crowd gathered to welcome the eleven fishermen, the Prime Minister admitted that the "
        "harvest would not reach ten million tons.\n\nTROMBETTA\n", "May 21, 1970")
    assert texts(root, "//t:opener/t:fw[@type='precedence']") == ["ABSOLUTE PRIORITY"]
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["N. 9487"]


def test_a_renamed_place_over_the_date_opens_the_dateline_as_a_place() -> None:
    """`Ulan Bator [Ulaanbaatar]` / `11 January 1966` under a resolution's title: the place,
    renamed in its bracket, and the date, one dateline, the name a place's (the place was a
    line of the opener, read as a man's name)."""
    root = converted_text(
        "Secret\nRESOLUTION No. 12\nOF THE POLITBURO OF THE CENTRAL COMMITTEE OF THE MONGOLIAN "
        "PEOPLE'S REVOLUTIONARY PARTY\nUlan Bator [Ulaanbaatar]\n11 January 1966\nOn assistance "
        "to the Democratic Republic of Vietnam in 1966\nHaving heard the report of Cde. D. "
        "Maidar, First Deputy Chairman of the Council of Ministers, on the request of the "
        "Government of the DRV, the Politburo resolves:\n", "January 11, 1966")
    assert texts(root, "//t:opener/t:dateline") == ["Ulan Bator Ulaanbaatar 11 January 1966"]
    assert root.find(".//t:dateline/t:placeName/t:choice", NS) is not None
    # (anywhere in the dateline: `From PHENIAN [Pyongyang]. Sent 16.7.52 14:10`)
    root = converted_text(
        "CIPHERED TELEGRAM\nFrom PHENIAN [Pyongyang]. Sent 16.7.52 14:10\nTo FILIPPOV\nKim Il "
        "Sung asked me to convey to you his thanks for the aid.\nRAZUVAYEV\n", "July 16, 1952")
    assert root.find(".//t:dateline/t:placeName/t:choice", NS) is not None
    assert root.find(".//t:dateline/t:persName", NS) is None


def test_a_numbered_title_between_paragraphs_heads_a_section() -> None:
    """`II. Foreign policy` between paragraphs was a paragraph; a numbered point that is a
    sentence (`1. To approve the draft.`) is not a title."""
    source = ("Comrade Minister!\n\nI report on the situation in the DPRK in the second half of "
              "1955.\n\nI. Internal situation\n\nThe Korean Workers' Party held its plenum in "
              "December and discussed the agricultural question.\n\nII. Foreign policy\n\nThe "
              "relations with the Soviet Union and China are good and will remain so.\n\n"
              "1. To approve the draft.\n\nThe draft is attached to this report for the "
              "ministry.\n\nKároly Pásztor\nchargé d'affaires ad interim\n")
    root = converted_text(source, "December 18, 1955")
    assert texts(root, "//t:div[@type='section']/t:head") == [
        "I. Internal situation", "II. Foreign policy"]
    assert texts(root, "//t:div[@type='section'][2]/t:p")[1] == "1. To approve the draft."


@pytest.mark.parametrize("title", ["", "REPORT\n\non the situation in the DPRK\n\n"])
def test_the_first_numbered_title_over_the_text_heads_its_first_section(title: str) -> None:
    """`I. Industry` under the address, over the text's first paragraph, `II. Agriculture`
    further down: the first part's heading, which the opener took (under a title too, which
    stays the document's heading)."""
    source = (f"{title}To Comrade Foreign Minister Endre Sík,\n\nBudapest\n\nI. Industry\n\n"
              "In the first half of the year the plan of industrial production was fulfilled by "
              "105 percent.\n\nII. Agriculture\n\nThe harvest of early crops was good and the "
              "cooperatives are now being merged.\n\nKároly Pásztor\nambassador\n")
    root = converted_text(source, "September 1, 1961")
    assert texts(root, "//t:div[@type='section']/t:head") == ["I. Industry", "II. Agriculture"]
    assert texts(root, "//t:div[@type='document']/t:head") == (
        ["REPORT on the situation in the DPRK"] if title else [])
    assert "Industry" not in " ".join(texts(root, "//t:opener"))


@pytest.mark.parametrize(("title", "head"), [
    ("FOREIGN POLICY", "FOREIGN POLICY"), ("**The internal situation**", "The internal situation"),
    ("INTERNAL SITUATION AND THE ECONOMY", "INTERNAL SITUATION AND THE ECONOMY")])
def test_a_title_in_capitals_or_bold_between_paragraphs_heads_a_section(title: str,
                                                                        head: str) -> None:
    """`FOREIGN POLICY` or `**The internal situation**` between paragraphs: a part's heading.
    In capitals it signed, and the text under it became a postscript; in bold it was a
    paragraph. A name in capitals (`KIM IL SUNG`) or an address (`SOVIET AMBASSADOR`) is none."""
    source = ("Comrade Minister!\n\nThe delegation arrived on Monday and was received by the "
              f"Minister of Foreign Affairs in a friendly atmosphere.\n\n{title}\n\nThe "
              "relations with the Soviet Union and China are good and will remain so for the "
              "coming years.\n\nKároly Pásztor\n")
    root = converted_text(source, "December 18, 1955")
    assert texts(root, "//t:div[@type='section']/t:head") == [head]
    assert root.xpath("//t:postscript", namespaces=NS) == []
    assert texts(root, "//t:closer/t:signed") == ["Károly Pásztor"]
    for not_a_title in ("JOHN SMITH", "**John Smith**", "**Mao Zedong**", "SOVIET AMBASSADOR",
                        "TOP SECRET"):
        other = converted_text(source.replace(title, not_a_title), "December 18, 1955")
        assert other.xpath("//t:div[@type='section']", namespaces=NS) == []


def test_a_telegram_typed_in_capitals_has_its_text_opener_and_signature() -> None:
    """Sentences in capitals are a telegram's text: every line in capitals was taken for
    furniture, and the document had no running text, opener or closer."""
    source = ("TELEGRAM\n\nFROM HAVANA 28.11.62 19:25\n\nTO PRAGUE\n\nTHE PARTNER CRITICALLY NEEDS "
              "PRACTICE AMMUNITION. ACCORDING TO THE ANNOUNCEMENT HE HAS NO OTHER OPTION BUT TO "
              "ACCEPT A DELAY IN THE TERMS OF DELIVERY.\n\nLOPEZ IS NOT WILLING TO NEGOTIATE "
              "DIRECTLY WITH US AND ASKS FOR AN ANSWER BY THE END OF THE WEEK.\n\nPAVLICEK 388\n")
    root = converted_text(source, "November 28, 1962")
    assert texts(root, "//t:opener/t:fw[@type='form']") == ["TELEGRAM"]
    assert len(texts(root, "//t:div/t:p")) == 2
    assert texts(root, "//t:closer/t:signed") == ["PAVLICEK 388"]


def test_numbered_recipients_ending_with_a_point_stay_items_of_the_list() -> None:
    """`2. to the file.` is a short numbered sentence by its form: it is read as a recipient,
    not as a point of the text (it had left the list)."""
    source = ("The Chinese comrades agreed with the proposals of the Soviet government on all "
              "points.\n\nROSHCHIN\n\nDistributed to:\n1. to Cde. Gromyko.\n2. to the file.\n")
    root = converted_text(source, "October 12, 1950")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "to Cde. Gromyko.", "to the file."]


def test_a_form_name_with_a_colon_is_a_label_not_the_form() -> None:
    source = ("The Chinese comrades agreed with the proposals of the Soviet government on all "
              "points.\n\nROSHCHIN\n\nNote:\nThe telegram was sent to Beijing.\n")
    root = converted_text(source, "October 12, 1950")
    assert root.xpath("//t:fw[@type='form']", namespaces=NS) == []


def test_a_single_name_under_the_date_signs_when_nobody_signed_before() -> None:
    source = ("Dear Comrade Kim Il Sung,\n\nI received your letter of 3 May. We agree with your "
              "proposals [on the armistice].\n\n12 May 1955\nStalin\n")
    root = converted_text(source, "May 12, 1955")
    assert texts(root, "//t:closer/t:dateline") == ["12 May 1955"]
    assert texts(root, "//t:closer/t:signed") == ["Stalin"]


COPIES_FIRST = """SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF
CIPHERED TELEGRAM No. 1309
Copies: Stalin (2), Molotov, Bulganin
From BEIJING
Received 19:55 13.1.1951
Special No. 62
To Comrade FILIPPOV.
Your order No. 48 has been fulfilled. Zhou Enlai asked to give great thanks for the advice.
Further he stated that the Korean comrades will be informed of it in a few days.
ROSHCHIN
No. 2974
13.1.51
"""


def test_a_list_of_copies_among_the_opening_lines_stays_in_the_opener() -> None:
    root = converted_text(COPIES_FIRST, "January 13, 1951")
    # An opener holds no list: a note does, and the furniture after it is still the opener's.
    assert texts(root, "//t:opener/t:note[@type='distribution']/t:list[@type='distribution']"
                 "/t:item") == ["Stalin (2),", "Molotov,", "Bulganin"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == ["Received 19:55 13.1.1951"]
    assert texts(root, "//t:opener/t:idno[@type='special']") == ["Special No. 62"]
    assert "To Comrade FILIPPOV." in texts(root, "//t:opener")[0]
    # A heading with its items on one line ends there: `From BEIJING` is no recipient.
    assert len(root.xpath("//t:list", namespaces=NS)) == 1
    assert texts(root, "//t:body//t:p")[0].startswith("Your order No. 48")
    assert texts(root, "//t:closer/t:signed") == ["ROSHCHIN"]


def test_a_date_and_the_signer_on_one_line_close_the_text_before_a_short_reference() -> None:
    source = COPIES_FIRST.replace("ROSHCHIN\nNo. 2974\n13.1.51\n", "13.1.51 ROSHCHIN\n\n"
                                  "Spravka: no. 48 of 13 January. Vyshinsky proposed a visit.\n")
    root = converted_text(source, "January 13, 1951")
    assert texts(root, "//t:closer/t:dateline") == ["13.1.51"]
    assert texts(root, "//t:closer/t:signed") == ["ROSHCHIN"]
    assert texts(root, "//t:postscript/t:p") == [
        "Spravka: no. 48 of 13 January. Vyshinsky proposed a visit."]


def test_copies_counted_by_ordinals_are_one_labelled_list() -> None:
    source = ("I received the Ambassador and we spoke about the celebration of the anniversary "
              "of the victory.\n\n(A. PUZANOV)\n\nFive copies printed\n1st - to Cde. Gromyko\n"
              "2nd - to Cde. Andropov\n3rd - to the USSR MFA DVO\n4th - to file\n")
    root = converted_text(source, "April 13, 1960")
    assert texts(root, "//t:list[@type='distribution']/t:label") == [
        "1st -", "2nd -", "3rd -", "4th -"]
    assert texts(root, "//t:list[@type='distribution']/t:item")[-1] == "to file"


def test_the_labelled_lines_of_a_telegram_form_stand_in_the_opener() -> None:
    source = ("TELEGRAM 066.621\n\nTo: the Ministry of Foreign Affairs (First and Second "
              "Directorates)\n\nFrom: the Embassy in Pyongyang\n\nDate: April 14th, 1978\n\n"
              "Classification: Secret\n\nOn April 13th 1978, in a conversation with the "
              "Ambassador, the Minister said that the embassy would be opened shortly.\n\n"
              "Ambassador Dumitru Popa\n")
    root = converted_text(source, "April 14, 1978")
    opener = texts(root, "//t:opener")[0]
    assert "To: the Ministry of Foreign Affairs (First and Second Directorates)" in opener
    assert "From: the Embassy in Pyongyang" in opener
    assert texts(root, "//t:opener/t:dateline") == ["Date: April 14th, 1978"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Classification: Secret"]
    assert texts(root, "//t:body//t:p")[0].startswith("On April 13th 1978")


def test_a_letters_place_over_its_date_and_a_devoted_valediction() -> None:
    source = ("Dear Comrade Stalin!\n\nWe are deeply touched by your attention and thank you "
              "for the warm concern and advice you gave us.\n\nDevotedly yours,\nKim Il Sung\n"
              "Pyongyang\n31 August 1950\n")
    root = converted_text(source, "August 31, 1950")
    assert texts(root, "//t:closer/t:signed") == ["Devotedly yours, Kim Il Sung"]
    assert texts(root, "//t:closer/t:dateline") == ["Pyongyang 31 August 1950"]


def test_a_precedence_between_a_drafts_heading_lines_and_its_text_is_furniture() -> None:
    source = ("Decision of 19 November 1951\n\nTo adopt the attached draft instruction to "
              "Comrade Razuvaev.\n\nTo p.422(op) pr.PB No. 84\nTop Secret\nTop Priority\n\n"
              "From your telegram it is not clear on whose initiative the question arose about "
              "an appeal.\n\nConfirm receipt.\n")
    root = converted_text(source, "November 19, 1951")
    assert texts(root, "//t:fw[@type='precedence']") == ["Top Priority"]
    assert "Top Priority" not in texts(root, "//t:p")


def test_a_list_heading_without_its_colon_and_a_date_beside_its_classification() -> None:
    source = ("7 July 1942  Top Secret\n\nCopies to Malenkov, Molotov, Gromyko, Beria.\n\n"
              "Immediately request to be received by the Generalissimo and make the following "
              "statement to him about the Governor of the province.\n\nMOLOTOV\n")
    root = converted_text(source, "July 7, 1942")
    assert texts(root, "//t:opener/t:dateline") == ["7 July 1942"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Top Secret"]
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Copies to"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Malenkov,", "Molotov,", "Gromyko,", "Beria."]


JOURNAL_STAMPS = """SOVIET EMBASSY IN THE DPRK
Nº 133 Copy Nº 2
31 May 1957
[partial image of a stamp:
[[TOP]] SECRET
Incoming Nº 5925-gs
11 June 1957]
[USSR MFA Stamp:
Far East Department
Incoming Nº 01490s
12 June 1957]
26 May 1957
By previous agreement I went fishing with the PRC Ambassador, who reported on the exchange of
opinions between the two governments.
(A. PUZANOV)
"""


def test_a_stamp_whose_bracket_opens_on_a_label_is_one_stamp_over_its_lines() -> None:
    for layout in (JOURNAL_STAMPS, JOURNAL_STAMPS.replace("\n", "\n\n")):
        root = converted_text(layout, "May 26, 1957")
        assert texts(root, "//t:opener/t:stamp") == [
            "partial image of a stamp: [TOP] SECRET Incoming Nº 5925-gs 11 June 1957",
            "USSR MFA Stamp: Far East Department Incoming Nº 01490s 12 June 1957"]


def test_a_name_typed_in_parentheses_under_the_text_signs_it() -> None:
    source = ("To Comrade STALIN.\n\nI am sending by diplomatic post the original of a letter of "
              "Kim Il Sung addressed to you.\n\n(A. Gromyko)\n\n28 September 1950\n")
    root = converted_text(source, "September 28, 1950")
    assert texts(root, "//t:closer/t:signed") == ["(A. Gromyko)"]
    assert texts(root, "//t:closer/t:dateline") == ["28 September 1950"]


def test_a_day_in_quotation_marks_is_part_of_its_date_not_a_quotation() -> None:
    source = ("We consider it expedient to agree with the opinion of Comrade Ivanov, and a draft "
              "of the telegram is attached.\n\n(I. Vinogradov)\n\n“15” October 1956\n")
    root = convert_text(source, overrides={"title": "Test", "date_text": "October 15, 1956"}
                        ).tree.getroot()
    assert root.xpath("string(//t:closer/t:dateline/t:date/@when)", namespaces=NS) == (
        "1956-10-15")
    assert not root.xpath("//t:closer//t:q", namespaces=NS)


def test_a_signature_line_with_the_signers_office_is_no_paragraph() -> None:
    source = ("I visited Nam Il and we examined the issue of the Soviet Koreans in accordance "
              "with the decree.\n\n[…]\n\nSoviet Ambassador in the DPRK [signature] (V. Ivanov)\n"
              "\nFour copies\n1 - to Cde. Molotov\n2 - to file\n")
    root = converted_text(source, "December 24, 1955")
    assert texts(root, "//t:closer/t:signed") == [
        "Soviet Ambassador in the DPRK signature (V. Ivanov)"]


def test_recipients_and_copies_counted_per_recipient_are_distribution_lists() -> None:
    source = ("The Chinese ambassador, in a conversation with me, confirmed that there has been "
              "a cooling of relations.\n\nJarck\nActing Ambassador\n\nCC:\n"
              "2x Far Eastern Department/Foreign Ministry\n1x Embassy\n\nRecipients:\n"
              "Com. Orzechowski\nCom. Majewski\n")
    root = converted_text(source, "March 25, 1988")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["CC:", "Recipients:"]
    assert texts(root, "//t:list[@type='distribution']/t:label") == ["2x", "1x"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Far Eastern Department/Foreign Ministry", "Embassy", "Com. Orzechowski",
        "Com. Majewski"]
    assert not root.xpath("//t:signed[starts-with(., 'Com.')]", namespaces=NS)


@pytest.mark.parametrize("label", ["Ambassador Pan", "Classification"])
def test_an_addressee_without_to_and_the_cables_marking_on_one_line(label: str) -> None:
    """`Ambassador Pan: (Top Secret)`: the addressee, then the marking, as `To …: (Top
    Secret)` is read (the whole line was the classification); a form's label before the
    marking (`Classification: (Secret)`) addresses nobody."""
    source = (f"{label}: (Top Secret)\n\nThe Foreign Ministry agrees that the delegation should "
              "leave on the fifth and asks you to inform the hosts.\n\nForeign Ministry\n\n"
              "6 November 1962\n")
    root = converted_text(source, "November 6, 1962")
    assert texts(root, "//t:opener/t:salute") == ([f"{label}:"] if label != "Classification"
                                                  else [])
    assert texts(root, "//t:opener//t:fw[@type='classification']")[-1].endswith("(Top Secret)")


def test_a_cables_title_line_and_its_address_with_the_marking_stand_in_the_opener() -> None:
    source = ("[…]\nThe Ministries of Foreign Affairs and Public Security Send Work Teams to "
              "Xinjiang to Collect Materials\n[To the] Party Committee and the Foreign Affairs "
              "Office of the Xinjiang Autonomous Region: (Top Secret)\nAs instructed by the "
              "Central Government, the Ministries will send a work team to your region.\n"
              "Ministry of Foreign Affairs\n18 May 1962\n")
    root = converted_text(source, "May 18, 1962")
    assert "Send Work Teams to Xinjiang to Collect Materials" in texts(root, "//t:opener")[0]
    assert texts(root, "//t:opener/t:salute") == [
        "To the Party Committee and the Foreign Affairs Office of the Xinjiang Autonomous "
        "Region:"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["(Top Secret)"]
    assert texts(root, "//t:body//t:p")[0].startswith("As instructed")


def test_a_distribution_list_counting_its_copies_and_a_signed_label_over_the_name() -> None:
    source = ("Ciphered Telegram # 600428/sh\nFROM: PYONGYANG\nDistribution list - 11 copies: "
              "Stalin - 2, Molotov-1, Malenkov - 1.\nFENG XI [STALIN]\nIn accordance with your "
              "directive I had a meeting with KIM IL SUNG and read the text of your telegram "
              "to him.\nSigned\nFlorea Dumitrescu\n")
    root = converted_text(source, "October 14, 1950")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:head") == [
        "Distribution list - 11 copies:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Stalin - 2,", "Molotov-1,", "Malenkov - 1."]
    assert texts(root, "//t:closer/t:signed") == ["Signed Florea Dumitrescu"]


def test_excerpts_sent_heads_a_list_and_a_numbered_list_ends_with_its_numbers() -> None:
    source = ("137. Concerning Xinjiang\n\nAssign the following comrades to Xinjiang for work "
              "from Eastern Siberia and from Central Asia.\n\nI. STALIN\n\nExcerpts have been "
              "sent (to):\nCdes. Yagoda, Agranov, Litvinov, and Andreyev\n\nThree copies printed\n"
              "1 – to Cde Molotov\n2 – to the Secretariat’s file\ndrafted by Cde. Mamulov\n"
              "basis: the telegram Nº 00339\n")
    root = converted_text(source, "March 19, 1935")
    assert texts(root, "//t:list[@type='distribution']/t:head") == [
        "Excerpts have been sent (to):", "Three copies printed"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Cdes. Yagoda,", "Agranov,", "Litvinov,", "and Andreyev", "to Cde Molotov",
        "to the Secretariat’s file"]


def test_a_name_in_capitals_between_the_text_and_a_short_note_signs_it() -> None:
    source = ("SECRETARY OF STATE FOR EXTERNAL RELATIONS\nTELEGRAM\nRECEIVED\n12.883\n"
              "FROM THE EMBASSY IN HAVANA\nON/27/28/X/62\nSECRET—EXTREMELY URGENT\n"
              "DEA/DNU/DAS/DAC/DAM/DOr/600.(24h)\nQuestion of Cuba. Invitation of Fidel Castro "
              "to the Secretary-General of the UN to go to Havana.\n352 – SATURDAY – 1915hs – I "
              "request immediate transmittal to the Minister of State. In spite of the demand to "
              "lift the blockade, the response of Fidel Castro to the Secretary-General seems to "
              "me to open the way to an understanding.\nLUIZ LEIVAS BASTIAN PINTO\nNOTE OF DCA: "
              "-- This telegram was communicated to the Mr. Minister of State by the Chief of "
              "Division.\n")
    root = converted_text(source, "October 27, 1962")
    assert texts(root, "//t:closer/t:signed") == ["LUIZ LEIVAS BASTIAN PINTO"]
    assert texts(root, "//t:postscript/t:p")[0].startswith("NOTE OF DCA")


_SENT_TELEGRAM = ("MINISTRY OF EXTERNAL RELATIONS\nTELEGRAM\nSENT\nTO THE EMBASSY IN HAVANA\n"
                  "Nº 139\nSECRET-URGENT\nDAM/DAC/DEA/600.(24h)\n{subject}\n{dateline}\nYour "
                  "Excellency is to request urgently an audience with Prime Minister Fidel Castro "
                  "for General Albino Silva, Chief of the Military Household of the Presidency "
                  "of the Republic, who leaves tonight in a special aircraft of the Brazilian Air "
                  "Force and should arrive in Havana tomorrow, the 30th, in the afternoon.\nThe "
                  "General will personally deliver to the Prime Minister the message of the "
                  "President, whose text I transmit so that Your Excellency may know it "
                  "beforehand.\nThe General will be accompanied by Major Souza.\nEXTERIORES\n")


@pytest.mark.parametrize("dateline", ["Rio de Janeiro, 29 October 1962, at 19:30.",
                                      "Brasília, 29 October 1962."])
def test_a_sent_telegrams_subject_line_with_its_place_and_date_under_it_heads_it(
        dateline: str) -> None:
    """`Question of Cuba. Mission of General Albino Silva. …` / `Rio de Janeiro, 29 October
    1962, at 19:30.` under a Brazilian telegram's form lines: the telegram's subject, its
    heading, and the place and date it was sent, its dateline (both were paragraphs)."""
    subject = "Question of Cuba. Mission of General Albino Silva."
    root = converted_text(_SENT_TELEGRAM.format(subject=subject, dateline=dateline),
                          "October 29, 1962")
    assert texts(root, "//t:body/t:div/t:head") == [subject]
    assert texts(root, "//t:dateline") == [dateline]
    assert texts(root, "//t:body/t:div/t:p")[0].startswith("Your Excellency")


def test_a_sentence_introducing_a_dated_message_heads_nothing() -> None:
    """`The Minister asks you to deliver the following:` over `Rio de Janeiro, …`: the text's
    sentence, no subject line (and a subject line with no date under it stays a paragraph,
    as a received telegram's does)."""
    root = converted_text(_SENT_TELEGRAM.format(
        subject="The Minister asks you to deliver the following:",
        dateline="Rio de Janeiro, 29 October 1962."), "October 29, 1962")
    assert texts(root, "//t:body/t:div/t:head") == []
    root = converted_text(_SENT_TELEGRAM.format(
        subject="Question of Cuba. Mission of General Albino Silva.",
        dateline="The General leaves tonight."), "October 29, 1962")
    assert texts(root, "//t:body/t:div/t:head") == []


def test_the_date_and_a_cover_name_with_its_identification_on_one_line_close_a_cable() -> None:
    source = ("To Terebin\n\nReply to No. 1. Convey to Mao Zedong the following: the CC thanks "
              "him for the information about the situation in China.\n\nTelegraph the "
              "implementation.\n\n6.1.1949 Filippov [Stalin]\n\n[…]\n")
    root = converted_text(source, "January 6, 1949")
    assert texts(root, "//t:closer/t:dateline") == ["6.1.1949"]
    assert texts(root, "//t:closer/t:signed") == ["Filippov Stalin"]


def test_a_long_list_of_copies_on_its_heading_line_is_a_list() -> None:
    source = ("I transmit a note I received from the Korean government with the following "
              "contents about the preparation of pilot cadres.\nNo. 15 T. SHTYKOV\n17.11.50\n"
              "Copies: Stalin (2), Molotov, Malenkov, Beria, Mikoyan, Kaganovich, Bulganin, "
              "Khrushchev, Sokolovsky, Shtemenko, Gromyko, file of 8th Dept. of General Staff\n")
    root = converted_text(source, "November 17, 1950")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Copies:"]
    assert len(texts(root, "//t:list[@type='distribution']/t:item")) == 12
    # The cable's number and its signer side by side on one line.
    assert texts(root, "//t:closer/t:note[@type='registry']") == ["No. 15"]
    assert texts(root, "//t:closer/t:signed") == ["T. SHTYKOV"]


def test_an_address_whose_first_words_were_supplied_with_the_article_is_a_salute() -> None:
    source = ("Please Report on the Situation of the Investigation\n\n[To the] Xinjiang Foreign "
              "Affairs Office:\n\nConcerning the investigation of the automobile of the Soviet "
              "consulate, the draft report has been received.\n\nMinistry of Foreign Affairs\n\n"
              "9 July 1962\n")
    root = converted_text(source, "July 9, 1962")
    assert texts(root, "//t:opener/t:salute") == ["To the Xinjiang Foreign Affairs Office:"]
    assert not root.xpath("//t:persName", namespaces=NS)  # `[To the]` names nobody


COVER_AND_ATTACHMENT = """Comrade [Liu] Shaoqi:

Here is an internal party telegram I have just drafted. Please give it some consideration
as soon as you receive it and dispatch it quickly.

Mao Zedong

6:00 a.m., 12 February [1950]

To All Central Committee Bureaus, Sub-Bureaus, and Front-Line Committees:

A new Sino-Soviet treaty and a series of agreements will be signed and published in days,
and the regions will hold mass rallies to discuss them.

Central Committee

13 February [1950]
"""


def test_a_document_attached_to_a_covering_note_follows_the_notes_closer() -> None:
    root = converted_text(COVER_AND_ATTACHMENT, "February 12, 1950")
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:closer/t:signed") == ["Mao Zedong"]
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:closer/t:dateline") == [
        "6:00 a.m., 12 February 1950"]
    # (the bodies the telegram went to: its distribution, as a circular's posts are)
    assert texts(root, f"{ATTACHED}/t:opener//t:list[@type='distribution']/t:item") == [
        "To All Central Committee Bureaus,", "Sub-Bureaus,", "and Front-Line Committees:"]
    assert texts(root, f"{ATTACHED}/t:closer/t:signed") == ["Central Committee"]


def test_a_draft_announced_under_a_covering_notes_signature_is_its_attachment() -> None:
    source = ("to Cde. MOLOTOV\n"
              "I attach a draft reply to the letter of the Polish government on the question "
              "of the border.\n"
              "Deputy Chairman of the VKP(b) CC Foreign Policy Commission\n"
              "[signature] (A. Petrov)\n"
              "3 March 1950\n"
              "Nº 27-P-1950\n"
              "[draft follows on next page]\n"
              "Pass the following reply to the Polish ambassador in answer to his letter of "
              "1 March:\n"
              "We agree with the proposal of the Polish government and ask that the commission "
              "meet in Warsaw.\n")
    root = converted_text(source, "March 3, 1950")
    assert texts(root, f"{CLOSER}/t:signed") == [
        "Deputy Chairman of the VKP(b) CC Foreign Policy Commission", "signature (A. Petrov)"]
    assert texts(root, f"{CLOSER}/t:dateline") == ["3 March 1950"]
    assert texts(root, f"{ATTACHED}/t:p")[0].startswith("Pass the following reply")
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:p") == [
        "I attach a draft reply to the letter of the Polish government on the question of the "
        "border."]


def test_an_appendix_announced_under_a_letters_undated_farewell_is_its_attachment() -> None:
    """`With socialist greetings` / `[signed]` / `Oskar Fischer` / `Appendix`, then the
    statement the letter asks approval for: it was more of the letter's text, the farewell and
    the signer paragraphs in it."""
    source = ("Dear Comrade Axen!\n"
              "We deem it necessary to convey the position of the GDR to the counselor of the "
              "embassy. I am attaching a draft for the statement.\n"
              "I am asking for your approval.\n"
              "With socialist greetings\n[signed]\nOskar Fischer\n"
              "Appendix\n"
              "Text of a Statement to be Read Out to the Counselor\n"
              "The Ministry for Foreign Affairs deems it necessary to outline its position on "
              "the status of West Berlin once more.\n")
    root = converted_text(source, "July 18, 1973")
    assert texts(root, f"{CLOSER}/t:signed") == ["With socialist greetings signed Oskar Fischer"]
    assert texts(root, f"{ATTACHED}/t:p")[-1].startswith("The Ministry for Foreign Affairs")
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:p")[-1] == "I am asking for your approval."


def test_an_attachment_begins_at_its_classification_under_the_notes_minutes() -> None:
    """A covering note signed and dated, the hands that minuted it, then `Secret Copy Nº 1`
    over the attached draft's text: the draft is the note's attachment, not more of its text."""
    source = ("to Cde. M. A. SUSLOV\n"
              "In accordance with an instruction the Ministry submits a draft of a telegram "
              "to the ambassadors in the countries of the region.\n"
              "[signed] A. Gromyko\n"
              "12 March 1958\n"
              "Nº 212/GS\n"
              "[to the] file\n"
              "Cde. Gromyko has been told\n"
              "[illegible signature]\n"
              "14 March 1958\n"
              "Secret Copy Nº 1\n"
              "Inform the head of government that the Soviet government agrees to the "
              "proposed date of the visit.\n")
    root = converted_text(source, "March 12, 1958")
    assert texts(root, f"{CLOSER}/t:dateline") == ["12 March 1958", "14 March 1958"]
    assert texts(root, f"{ATTACHED}/t:p")[0].startswith("Inform the head of government")
    assert len(texts(root, "/t:TEI/t:text/t:body/t:div/t:p")) == 1

def test_copies_numbered_a_line_each_are_a_list_and_a_year_first_date_a_dateline() -> None:
    source = ("The delegation of the trade ministry arrived on the morning of the second day "
              "and was received at once.\n\nSofia, 1968. IV. 12.\n\nIvan Petrov\nAmbassador\n\n"
              "Copy Nº 1 to Cde. Zhivkov\nCopy Nº 2 to Cde. Bashev\nCopy Nº 3 to the file\n")
    root = converted_text(source, "April 12, 1968")
    assert texts(root, "//t:closer/t:dateline") == ["Sofia, 1968. IV. 12."]
    assert texts(root, "//t:list[@type='distribution']/t:label") == [
        "Copy Nº 1", "Copy Nº 2", "Copy Nº 3"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "to Cde. Zhivkov", "to Cde. Bashev", "to the file"]
    # one numbered copy alone is the copy's number, no list
    alone = converted_text("The talks went on for three days in a friendly atmosphere.\n\n"
                           "Ivan Petrov\n\nCopy Nº 1 to Cde. Zhivkov\n", "April 12, 1968")
    assert not alone.xpath("//t:list", namespaces=NS)


def test_a_list_of_copies_wrapped_after_a_comma_goes_on_in_the_next_line() -> None:
    source = ("The ambassador called on the minister and handed him the reply of the government "
              "in full.\n\nNo. 512\nCopies: Stalin (2), Molotov, Beria,\nBulganin, Mikoyan, "
              "File of 8th\n")
    root = converted_text(source, "August 31, 1950")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Stalin (2),", "Molotov,", "Beria,", "Bulganin,", "Mikoyan,", "File of 8th"]
    assert not root.xpath("//t:p[contains(., 'Bulganin')]", namespaces=NS)


def test_a_heading_in_parentheses_over_a_telegrams_labels_leaves_them_in_the_opener() -> None:
    source = ("(Position of the embassy on the trade agreement)\n\nTelegram received\n\n"
              "From: Embassy in Ottawa\n\nDate: 02/11/77\n\nNo: 118\n\n"
              "The ambassador told me that his government would support the agreement in "
              "full.\n\n(The talks went on for two more days.)\n\n(Signed) SILVA\n")
    root = converted_text(source, "November 2, 1977")
    opener = " ".join(texts(root, "//t:opener"))
    assert opener.startswith("(Position of the embassy on the trade agreement)")
    assert "From: Embassy in Ottawa" in opener
    assert texts(root, "//t:opener/t:dateline") == ["Date: 02/11/77"]
    assert texts(root, "//t:body//t:p") == [
        "The ambassador told me that his government would support the agreement in full.",
        "(The talks went on for two more days.)"]


def test_a_title_numbered_in_parentheses_over_the_address_stands_in_the_opener() -> None:
    source = ("Received by the Foreign Ministry\nLevel: Urgent\n"
              "Reactions to the Opening of the New Railway Line (3)\nTo the Foreign Ministry\n"
              "The vice premier met our railway experts in the port and thanked them for their "
              "work (as reported before).\nHe said the line would open in the spring.\n"
              "Embassy in Vietnam\n20 October 1964\n")
    root = converted_text(source, "October 20, 1964")
    opener = " ".join(texts(root, "//t:opener"))
    assert "Reactions to the Opening of the New Railway Line (3)" in opener
    assert texts(root, "//t:body//t:p")[0].startswith("The vice premier met")


def test_a_number_and_a_date_under_the_copies_are_one_registry_entry() -> None:
    source = ("I went to the ministry and was received by the deputy minister, who told me "
              "about the talks.\n\nSOVIET AMBASSADOR IN THE DPRK\n[signature] (A. PETROV)\n\n"
              "Three copies printed:\n1 - Cde. Gromyko\n2 - Cde. Fedorenko\n3 - to file\n"
              "Nº 353\n31 May 1957\n")
    root = converted_text(source, "May 31, 1957")
    assert texts(root, "//t:postscript/t:note[@type='registry']") == ["Nº 353 31 May 1957"]
    assert not root.xpath("//t:postscript/t:p", namespaces=NS)


def test_a_date_in_figures_a_blank_line_under_the_number_is_the_dateline() -> None:
    """`ROSHCHIN` / `No. 118` / / `16.1.51`: the date set apart is the telegram's dateline,
    as one in words is (it was joined to the number as its registry entry); on the number's
    next line it is the registry's, as `648-VK` / `V.X.51` is."""
    text = ("The Chinese comrades asked that the shipments be speeded up before the offensive "
            "begins.\n\nROSHCHIN\n\nNo. 118\n")
    root = converted_text(text + "\n16.1.51\n", "January 16, 1951")
    assert texts(root, f"{CLOSER}/t:dateline") == ["16.1.51"]
    assert texts(root, "//t:note[@type='registry']") == ["No. 118"]
    root = converted_text(text + "16.1.51\n", "January 16, 1951")
    assert texts(root, "//t:note[@type='registry']") == ["No. 118 16.1.51"]


def test_a_registry_entrys_date_keeps_its_day() -> None:
    """`21 May 1952` / `Incoming Nº 6843` under the copies: one registry entry, dated; the
    day is no number of it."""
    source = ("I went to the ministry and was received by the deputy minister, who told me "
              "about the talks.\n\nSOVIET AMBASSADOR IN THE DPRK\n[signature] (A. PETROV)\n\n"
              "Three copies printed:\n1 - Cde. Gromyko\n2 - Cde. Fedorenko\n3 - to file\n"
              "21 May 1952\nIncoming Nº 6843\n")
    root = converted_text(source, "May 21, 1952")
    assert texts(root, "//t:postscript/t:note[@type='registry']") == [
        "21 May 1952 Incoming Nº 6843"]
    assert "21" not in texts(root, "//t:postscript/t:note[@type='registry']/t:idno")


_LAST_PART = ("The delegation arrived in the capital on Monday and the talks were held in a "
              "friendly atmosphere over two days.\n\nThe Korean comrades raised the question of "
              "supplies for the army and asked for help with the railways.\n\n{line}\n\nThe "
              "situation in the south remains difficult, and the enemy brings up new forces."
              "\n\nThe sides agreed to meet again in October to discuss trade.\n\nI. IVANOV\n")


@pytest.mark.parametrize("line", ["Conclusions", "CONCLUSIONS", "Proposals"])
def test_a_title_over_the_texts_short_last_paragraphs_is_no_signature(line: str) -> None:
    """`Conclusions` between paragraphs, two short ones under it and the text's signature
    under them: a title of the text's last part, not a signature whose afterword the rest
    would be (the whole end of the text was a postscript)."""
    root = converted_text(_LAST_PART.format(line=line), "September 12, 1951")
    assert texts(root, "//t:closer/t:signed") == ["I. IVANOV"]
    assert root.xpath("//t:postscript", namespaces=NS) == []
    # (in capitals, of everyday words, it heads the last part; in title case it stays a line of
    # the text, as a name might be printed)
    where = "//t:div[@type='section']/t:head" if line.isupper() else "//t:body//t:p"
    assert line in texts(root, where)
    numbered = converted_text(_LAST_PART.format(line=f"III. {line}"), "September 12, 1951")
    assert texts(numbered, "//t:div[@type='section']/t:head") == [f"III. {line}"]
    assert texts(numbered, "//t:closer/t:signed") == ["I. IVANOV"]


def test_a_bare_name_over_a_replys_salutation_still_signs() -> None:
    """`Kim Il Sung` / `Dear Comrade Kim Il Sung!` / … / `Stalin`: a letter signed, its reply
    under it, however short: the name is no title over the reply's paragraphs."""
    root = converted_text("Dear Comrade Stalin!\n\nThe delegation arrived in the capital on "
                          "Monday and the talks were held in a friendly atmosphere.\n\n"
                          "Kim Il Sung\n\nDear Comrade Kim Il Sung!\n\nThe Korean comrades "
                          "raised the question of supplies for the army.\n\nStalin\n",
                          "September 12, 1951")
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:closer/t:signed") == ["Kim Il Sung"]
    assert texts(root, "//t:postscript/t:closer/t:signed") == ["Stalin"]


@pytest.mark.parametrize("line", ["A. Gromyko", "/s/ A. Gromyko", "(signed) Gromyko",
                                  "Kim Il Sung", "KIM IL SUNG", "VYSHINSKY",
                                  "Kim Il Sung\n\n12 September 1951"])
def test_a_signature_before_a_short_afterword_signed_by_another_closes(line: str) -> None:
    """A name after its initials or a signature's mark (`/s/`, an American cable's), a name of
    more words, one English does not know, one dated: a signature even where someone else
    signs the short paragraphs under it (only one word English knows is a title there)."""
    root = converted_text(_LAST_PART.format(line=line), "September 12, 1951")
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:closer/t:signed") == [
        line.split("\n")[0]]
    assert texts(root, "//t:postscript/t:closer/t:signed") == ["I. IVANOV"]


def test_a_postscript_signed_again_ends_with_its_own_closer() -> None:
    source = ("The meeting was arranged at the request of the embassy, and the material was "
              "handed over.\n(signed) Keller\nCaptain\nHandwritten additions [answers by the "
              "embassy]:\n- Most of the students do not have a passport\n- The embassy will "
              "collect the passports of all students before they travel\n(signed) Keller\n"
              "Captain\n")
    root = converted_text(source, "May 24, 1989")
    assert texts(root, "//t:postscript/t:closer/t:signed") == ["(signed) Keller Captain"]
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:closer/t:signed") == [
        "(signed) Keller Captain"]
    assert texts(root, "//t:postscript/t:p")[0].startswith("Handwritten additions")
    assert not root.xpath("//t:postscript/t:p[contains(., '(signed)')]", namespaces=NS)


def test_a_stamp_under_the_postscript_signature_stays_in_its_closer() -> None:
    source = ("Please tell us what answer to give to the ministry before the end of the "
              "week.\n\nNº 88 IVANOV, 2 March\n\nFive copies printed. Nº 5 to file\n"
              "Authenticated: duty officer Pet[rov]\n[Stamp: Special Section\nIncoming Nº "
              "1204/shs 3 March 1950]\n")
    root = converted_text(source, "March 2, 1950")
    assert texts(root, "//t:postscript/t:closer/t:signed") == [
        "Authenticated: duty officer Petrov"]
    assert [e.get("type") for e in root.xpath("//t:postscript/t:closer//t:stamp",
                                              namespaces=NS)] == ["received"]
    assert not root.xpath("//t:postscript/t:p", namespaces=NS)


def test_a_valediction_over_the_signer_and_his_body_and_an_office_over_the_name_sign() -> None:
    letter = ("We request the Central Committee of your party to examine the proposal and to "
              "let us know its opinion.\n\nWith Communist Greetings,\nJan Kowalski, Central "
              "Committee of the Workers Party\n")
    root = converted_text(letter, "January 5, 1966")
    assert texts(root, "//t:closer/t:signed") == [
        "With Communist Greetings, Jan Kowalski, Central Committee of the Workers Party"]
    memo = ("I ask you to approve the invitation of the delegation for the celebration of the "
            "national holiday.\n\nMINISTER OF NATIONAL DEFENSE:\nCOLONEL-GENERAL PETROV\n")
    root = converted_text(memo, "June 2, 1962")
    # (the office on its colon signs its own line, as the name under it does: one `signed`
    # per signing line; they were one)
    assert texts(root, "//t:closer/t:signed") == [
        "MINISTER OF NATIONAL DEFENSE:", "COLONEL-GENERAL PETROV"]


def test_an_office_wrapped_under_the_name_goes_on_in_the_signature() -> None:
    source = ("I am using this opportunity to wish you good health and success in your "
              "work.\n\nWith communist greetings\nV. Petrov\nChairman of the Committee\n"
              "for State Security of the USSR\nMoscow, 24 December 1986\n")
    root = converted_text(source, "December 24, 1986")
    assert texts(root, "//t:closer/t:signed") == [
        "With communist greetings V. Petrov Chairman of the Committee for State Security of "
        "the USSR"]
    assert texts(root, "//t:closer/t:dateline") == ["Moscow, 24 December 1986"]


def test_a_cables_forwarding_and_content_labels_are_furniture_however_long() -> None:
    source = ("Priority: Send by shipping\nApproved by: Dong Yueqian\nAlready send to: [Zhou] "
              "Enlai, Chen Yun, [Peng] Dehuai, Chen Yi, [Xi] Zhongxun, Central Propaganda "
              "Department, Investigation Department, Asia Department, Research Center.\n"
              "Content: The Premier's Discussion with the Ambassadors on Convening the Second "
              "Conference\nTo the [Chinese] Embassies in Egypt and Syria:\n"
              "On 13 March, the Premier met the ambassador to discuss the conference and said "
              "that all the countries of the first conference must take part.\n"
              "Ministry of Foreign Affairs\n12:00 noon, 10 April [1957]\n")
    root = converted_text(source, "April 10, 1957")
    assert texts(root, "//t:body//t:p") == [
        "On 13 March, the Premier met the ambassador to discuss the conference and said that all "
        "the countries of the first conference must take part."]
    assert texts(root, "//t:closer/t:dateline") == ["12:00 noon, 10 April 1957"]


def test_a_number_written_in_by_hand_beside_the_signature_is_a_registry_number() -> None:
    source = ("I send you the letter of the Korean comrades on the training of pilots and ask "
              "for your instructions.\n(A. Petrov)\n28 September 1950\n"
              "Nº [handwritten: 328/ag] [signature]\n")
    root = converted_text(source, "September 28, 1950")
    assert texts(root, "//t:closer/t:note[@type='registry']") == ["Nº 328/ag signature"]
    assert texts(root, "//t:closer/t:signed") == ["(A. Petrov)"]


def test_a_signature_left_open_on_an_office_goes_on_in_the_next_line() -> None:
    source = ("I told him that I would familiarize myself with the letter and pass it to the "
              "leadership of the department.\nCOUNSELLOR OF THE [signature]\n"
              "USSR MFA DVO (B. PETROV)\n22 October 1956\n")
    root = converted_text(source, "October 22, 1956")
    assert texts(root, "//t:closer/t:signed") == [
        "COUNSELLOR OF THE signature USSR MFA DVO (B. PETROV)"]


def test_a_journals_heading_ending_on_initials_and_its_period_stay_in_the_opener() -> None:
    source = ("Embassy of the USSR in the DPRK Top Secret\n\nNo. 179 Copy No. 2\n\n"
              "“13” June 1956\n\nAmbassador of the USSR in the DPRK, Cde. Petrov V.I.\n\n"
              "For the period from 24 May to 11 June 1956.\n\n7 June\n\n"
              "The minister, whom I had invited to the embassy, came with an interpreter and "
              "spoke about the plan for the year.\n")
    root = converted_text(source, "June 13, 1956")
    opener = " ".join(texts(root, "//t:div[@type='document']/t:opener"))
    assert "Cde. Petrov V.I." in opener and "For the period from 24 May" in opener
    assert texts(root, "//t:body//t:p") == [
        "The minister, whom I had invited to the embassy, came with an interpreter and spoke "
        "about the plan for the year."]


def test_a_name_and_a_date_written_by_hand_under_the_text_sign_and_date_it() -> None:
    source = ("3. I agree with your proposals with respect to paragraphs 3 and 4 of the draft "
              "resolution.\n[Handwritten: V. Petrov]\n[Handwritten: 29 October, 1947]\n")
    root = converted_text(source, "October 29, 1947")
    assert texts(root, "//t:closer/t:signed/t:add") == ["V. Petrov"]
    assert texts(root, "//t:closer/t:dateline/t:add") == ["29 October, 1947"]


def test_who_is_to_see_a_cipher_telegram_and_who_has_seen_it_are_two_lists() -> None:
    source = ("My belief is that if the Korean side can provide these, we will establish a more "
              "fruitful program of cooperation.\n– 160 – chargé d’affaires –\nTo be seen by\n"
              "Comrade Szabó F.\nComrade Somodi\nSeen by\nComrade Bényei\n")
    root = converted_text(source, "September 10, 1980")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["To be seen by", "Seen by"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Comrade Szabó F.", "Comrade Somodi", "Comrade Bényei"]
    assert not root.xpath("//t:signed[starts-with(., 'Comrade')]", namespaces=NS)


def test_a_name_typed_under_the_signature_and_an_office_headed_under_the_name_sign() -> None:
    source = ("In return I informed the ambassador about the attitude of the Soviet government "
              "toward the latest note.\n[…]\nUSSR AMBASSADOR IN THE DPRK [signature]\n"
              "(A. PETROV)\n")
    root = converted_text(source, "March 7, 1960")
    assert texts(root, "//t:closer/t:signed") == [
        "USSR AMBASSADOR IN THE DPRK signature (A. PETROV)"]
    letter = ("We would be grateful for a short answer before the end of the month.\n"
              "Budapest, 1980 October 31\nFerenc Szabó\nHead of Department\n")
    root = converted_text(letter, "October 31, 1980")
    assert texts(root, "//t:closer/t:signed") == ["Ferenc Szabó Head of Department"]


def test_a_numbered_point_ending_on_its_notes_marker_is_still_text() -> None:
    source = ("To the Embassy:\n(5) We hope that you continue collecting materials on the new "
              "government.\n(6) Xie Feng does not now have to come home.[1]\n"
              "Foreign Ministry\n2 November 1956\n[1] He was to give an account in person.\n")
    root = converted_text(source, "November 2, 1956")
    assert texts(root, "//t:body//t:p")[-1] == "(6) Xie Feng does not now have to come home.1"


def test_an_office_a_dash_and_the_name_sign_and_the_place_under_the_date_dates() -> None:
    source = ("I remain expectant of favorable results of our conversation with him in the "
              "coming weeks.\n\nHead of the Provincial Government - ALIHAN TORE [SHAKIRJAN]\n\n"
              "22 April 1945\n\nGhulja [Yining]\n\nAuthenticated by: V. Popova\n")
    root = converted_text(source, "April 22, 1945")
    assert texts(root, "//t:closer/t:signed") == [
        "Head of the Provincial Government - ALIHAN TORE SHAKIRJAN", "Authenticated by: V. Popova"]
    assert texts(root, "//t:closer/t:dateline") == ["22 April 1945 Ghulja Yining"]


@pytest.mark.parametrize("place", ["City of Pyongyang", "Pyongyang City",
                                   "The city of Pyongyang"])
def test_a_city_named_with_its_kind_under_the_date_is_the_datelines(place: str) -> None:
    """`29 September 1950` / `City of Pyongyang` under the signers, as letters from Korea end:
    the place the letter was written (it signed, or was loose text of the closer)."""
    source = ("Therefore we cannot help asking you to provide us with direct military "
              f"assistance.\n\nKIM IL SUNG\n\n29 September 1950\n\n{place}\n")
    root = converted_text(source, "September 29, 1950")
    assert texts(root, "//t:closer/t:signed") == ["KIM IL SUNG"]
    assert texts(root, "//t:closer/t:dateline") == [f"29 September 1950 {place}"]


@pytest.mark.parametrize("line", ["Recorded by: Schneidewind", "Minutes taken by: Schneidewind",
                                  "Recorded by O. Troyanovsky", "Drafted by: Vasile Gliga",
                                  "Written by: P. Pepa"])
def test_who_wrote_the_conversation_down_signs_its_record(line: str) -> None:
    """`Minutes taken by: Schneidewind` under a memorandum of conversation: who recorded it
    signs the record (it was loose text of the closer)."""
    source = ("Comrade Kim Il Sung thanked for the invitation and explained the proposal of the "
              f"DPRK for a confederation of North and South Korea.\n\n{line}\n")
    root = converted_text(source, "July 14, 1960")
    assert texts(root, "//t:closer/t:signed") == [line]


def test_a_date_alone_under_the_signature_dates_the_text_and_a_later_one_its_docket() -> None:
    source = ("Please inform me of the decision of the government as soon as it has been "
              "taken.\nNo. 15\nT. PETROV\n17.11.50\nreceived by Novoselova\n18.11.50\n")
    root = converted_text(source, "November 17, 1950")
    assert texts(root, "//t:closer/t:dateline") == ["17.11.50"]


def test_a_cipher_telegrams_signer_and_number_between_dashes_sign_it() -> None:
    source = ("The Soviet comrades informed us that the delegation would arrive at the end of "
              "the month.\n– Kovács – 423 –\n")
    root = converted_text(source, "August 24, 1971")
    assert texts(root, "//t:closer/t:signed") == ["– Kovács – 423 –"]
    tight = converted_text("The Soviet comrades informed us that the delegation would arrive "
                           "at the end of the month.\n-Marjai-179-\n", "May 18, 1977")
    assert texts(tight, "//t:closer/t:signed") == ["-Marjai-179-"]
    numbered = converted_text("The talks will go on tomorrow in the ministry, as agreed.\n"
                              "– 157 –\n", "August 24, 1971")
    assert not numbered.xpath("//t:signed", namespaces=NS)


@pytest.mark.parametrize("line", ["– 157 –", "– 193 E. –", "-- 118 --"])
def test_a_cipher_telegrams_number_between_dashes_with_one_letter_at_most_is_its_number(
        line: str) -> None:
    """The cipher office's letter after the number (`E.`) names nobody who signs."""
    root = converted_text("The talks will go on tomorrow in the ministry, as agreed with the "
                          f"delegation.\n{line}\nTo be seen by\nComrade Kovács\n",
                          "August 24, 1971")
    assert not root.xpath("//t:signed", namespaces=NS)
    assert texts(root, "//t:closer/t:note[@type='registry'] | //t:closer/t:idno") == [line]


def test_the_comrades_an_excerpt_was_sent_to_are_the_lists_item_not_a_sentence() -> None:
    source = ("5. Permit the acceptance into the university of a new group of fifty students in "
              "the autumn.\n\nExcerpts have been sent:\n\nto Cdes. Litvinov and Frinovsky - "
              "everything.\n")
    root = converted_text(source, "July 29, 1937")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Excerpts have been sent:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "to Cdes. Litvinov and Frinovsky - everything."]


def test_a_message_made_twice_heads_its_copies_counted_with_a_spaced_x() -> None:
    source = ("It could be possible that the friends will have it and thus ask them to inform "
              "us.\n\nThis message was made twice\n1 x to file 0723\n1 x British Guiana\n")
    root = converted_text(source, "March 28, 1963")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["This message was made twice"]
    assert texts(root, "//t:list[@type='distribution']/t:label") == ["1 x", "1 x"]


def test_a_date_then_the_number_under_the_copies_are_one_registry_entry_numbered_below() -> None:
    source = ("I went to the ministry and was received by the deputy minister, who told me "
              "about the talks.\n\nSOVIET AMBASSADOR IN THE DPRK\n[signature] (A. PETROV)\n\n"
              "Three copies printed:\n1 - Cde. Gromyko\n2 - Cde. Fedorenko\n3 - to file\n"
              "17 October 1960\nNº 489\n")
    root = converted_text(source, "October 17, 1960")
    assert texts(root, "//t:postscript/t:note[@type='registry']") == ["17 October 1960 Nº 489"]
    assert texts(root, "//t:postscript/t:note[@type='registry']/t:idno") == ["Nº 489"]


def test_the_day_a_paper_was_registered_over_its_number_is_one_registry_entry() -> None:
    """`Registered 11.XI.58` / `No. 5521` at the foot, under the notes: the registry's entry,
    its label and day, then its number (they were a docket and a number apart)."""
    source = ("In our own propaganda, the withdrawal should be presented as a contribution to the "
              "peaceful settlement of the Korean question.\n\nPlease give instructions.\n\n"
              "Embassy of the People's Republic of China in the "
              "DPRK\n4 November 1958\n\nCopies to: Chairman, Liu, Zhou\nPrinted: 38 copies\n\n"
              "Registered 11.XI.58\nNo. 5521\n")
    root = converted_text(source, "November 4, 1958")
    assert texts(root, "//t:postscript/t:note[@type='registry']") == [
        "Registered 11.XI.58 No. 5521"]
    assert texts(root, "//t:postscript/t:list/t:item")[-1] == "Printed: 38 copies"


def test_a_chinese_offices_number_without_a_sign_over_its_day_is_a_registry_entry() -> None:
    """`Su Zi (60) 0451` / `17.VII.60` under the cable: the office's character, the year in
    parentheses and the number, no `No.` before it, then the day (they were a signature and a
    dateline)."""
    source = ("Please give instructions on how [we] should reply.\n\nEmbassy in the Soviet "
              "Union\n\n16 July 1960\n\nSu Zi (60) 0451\n17.VII.60\n")
    root = converted_text(source, "July 16, 1960")
    assert texts(root, "//t:closer/t:note[@type='registry']") == ["Su Zi (60) 0451 17.VII.60"]
    assert texts(root, "//t:closer/t:signed") == ["Embassy in the Soviet Union"]


def test_an_address_typed_in_capitals_is_a_salute() -> None:
    source = ("MEMORANDUM\nFrom the Minister of National Defense\nCOMRADE PETROV,\n"
              "In order to strengthen the relations between our armies, I propose to invite the "
              "delegation for the national holiday.\nMINISTER OF NATIONAL DEFENSE:\n"
              "COLONEL-GENERAL IVANOV\n")
    root = converted_text(source, "June 2, 1962")
    assert texts(root, "//t:opener/t:salute") == ["COMRADE PETROV,"]


def test_the_last_numbered_point_without_its_full_stop_is_still_text() -> None:
    source = ("1. The diplomats of the embassy visited the ministry twice this month.\n"
              "2. They asked about the delegation and about the trade talks.\n"
              "3. Information occasionally obtained from these diplomats turns out to be "
              "disinformation\n/after checking/\n")
    root = converted_text(source, "September 9, 1973")
    assert texts(root, "//t:body//t:p")[-1].startswith("3. Information occasionally")
    assert not root.xpath("//t:closer[contains(., 'Information')]", namespaces=NS)


def test_a_name_under_a_relayed_message_signs_the_telegram_after_copies_in_the_opener() -> None:
    source = ("CIPHERED TELEGRAM No. 21336\nCopies:\nStalin (2)\nFrom BEIJING Received 11:30 "
              "30.6.1951\nTo Comrade FILIPPOV\nI transmit the telegram I received from Comrade "
              "Kim Il Sung today about the talks:\n“Comrade Mao Zedong!\nHow should we answer, "
              "if the enemy wants to conduct negotiations about the cessation of military "
              "actions.\nKim Il Sung 29.6.51”\nMao Zedong\nNo. 3261\n")
    root = converted_text(source, "June 30, 1951")
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:closer/t:signed") == ["Mao Zedong"]


def test_the_signatures_mark_alone_under_the_name_signs_with_it() -> None:
    source = ("The comrades of the ministry asked us to inform them about the decision of the "
              "government.\n\n[…]\n\nH. Kowalski\n[Signature]\n")
    root = converted_text(source, "August 1, 1975")
    assert texts(root, "//t:closer/t:signed") == ["H. Kowalski Signature"]


def test_a_report_opening_with_respect_to_a_telegram_begins_its_text() -> None:
    """`With respect to …` is a preposition, not a farewell: the sentence is the text's
    first paragraph, not a line of the opener under the address."""
    root = converted_text(
        "To: Comrade Ion Marinescu,\n\nHead of the Fifth Directorate\n\n"
        "With respect to your cable no. 12/331 of 4 May 1974 on the delegation's programme, "
        "I would like to report the following:\n\n"
        "The Ministry received the delegation on 6 May and agreed to every point.\n",
        "May 8, 1974")
    assert texts(root, "//t:opener/t:salute") == [
        "To: Comrade Ion Marinescu, Head of the Fifth Directorate"]
    assert texts(root, "//t:body//t:p")[0].startswith("With respect to your cable")


def test_stamps_and_hands_described_at_length_stay_in_the_letterhead() -> None:
    """A stamp's line is no paragraph for the length of the editor's account that opens it;
    a paragraph wholly in brackets (the translator's account of a passage) stays text."""
    root = converted_text(
        "The Embassy of the Polish People's Republic in Hanoi\n\n"
        "Hanoi, 4 th May, 1956\n\n"
        "[stamp and handwriting; the stamp only partly legible on the copy] Foreign Affairs "
        "2nd Department 9.5.56 2231/2/V/56\n\n"
        "To: Comrade Vice-Minister Rapacki\n\n"
        "I would like to report on the preparations for the visit of the delegation, which the "
        "Vietnamese comrades have discussed with us.\n\n"
        "[The report goes on to describe the delegation's programme in Hanoi and Haiphong and "
        "the comrades' wishes for its reception.]\n\n"
        "The Ambassador will report again after the visit.\n",
        "May 4, 1956")
    # (the mission over its place and date is the dateline's, as the readers mark it)
    assert texts(root, "//t:opener/t:dateline") == [
        "The Embassy of the Polish People's Republic in Hanoi Hanoi, 4 th May, 1956"]
    assert "To: Comrade Vice-Minister Rapacki" in texts(root, "//t:opener")[0]
    paragraphs = texts(root, "//t:body//t:p")
    assert paragraphs[0].startswith("I would like to report")
    assert paragraphs[1].startswith("The report goes on")


def test_a_telegram_filing_codes_in_slashes_stay_among_its_opening_lines() -> None:
    """`DAC/DNU/DOr/600.(24h)`, however many codes its slashes join, is one word of no
    sentence: it stays over the subject line, not the first paragraph of the text."""
    root = converted_text(
        "TELEGRAM\n\nRECEIVED\n\n14402\n\nFROM THE EMBASSY IN LIMA\n\nCONFIDENTIAL\n\n"
        "DAC/DNU/DOr/DAf/DEA/600.(24h)\n\n"
        "Visit of the Foreign Minister to the Northern provinces.\n\n"
        "212 – MONDAY – 1500hs – The Minister left this morning for the North, where he will "
        "stay until Thursday; the Embassy will report on his return.\n", "June 3, 1963")
    assert "DAC/DNU/DOr/DAf/DEA/600.(24h)" in texts(root, "//t:opener")[0]
    assert texts(root, "//t:body//t:p")[0].startswith("Visit of the Foreign Minister")


def test_a_record_of_talks_keeps_when_where_and_who_in_its_opener() -> None:
    """The heading of a record of talks, a label a line (`Location:`, `Interpreters:`), is
    the opener's: the running text begins with the first speaker."""
    root = converted_text(
        "Record of the Talks between Vice Premier Chen Yi and the Delegation of Burma\n\n"
        "Date and time: 10:00 on the morning of March 3rd, 1961\n\n"
        "Location: Hall of the Provincial Committee [Building], Sichuan Province, (Chengdu)\n\n"
        "Interpreters: Wang Li, Zhao Ming\n\n"
        "Recorder: Sun Ping\n\n"
        "Vice Premier CHEN Yi: Welcome to Beijing. We hope your stay will be a pleasant one, "
        "and that our talks will be useful to both countries.\n", "March 3, 1961")
    opener = texts(root, "//t:opener")[0]
    for label in ("Location:", "Interpreters:", "Recorder:"):
        assert label in opener
    assert texts(root, "//t:body//t:p")[0].startswith("Vice Premier CHEN Yi: Welcome")


def test_a_date_over_the_signature_before_an_afterword_goes_to_the_closer_with_it() -> None:
    """Dated, then signed, then a short note after both: the date is the closer's, not a
    paragraph of the text left behind the signature."""
    source = ("The number of crossings to the western sectors rose again in the spring, as "
              "the reports of the district offices show.\n\n"
              "The district offices have been told to report every week.\n\n"
              "“9” June 1955\n\n"
              "Witness: [signature]\n\n"
              "This report was sent to Bulganin, Molotov and Khrushchev.\n")
    root = converted_text(source, "June 9, 1955")
    assert texts(root, "//t:closer/t:dateline") == ["“9” June 1955"]
    assert texts(root, "//t:closer/t:signed") == ["Witness: signature"]
    assert texts(root, "//t:postscript/t:p") == [
        "This report was sent to Bulganin, Molotov and Khrushchev."]


@pytest.mark.parametrize("date", ["2:00 A.M., 6 October", "10:00 a.m., 27 July [1958]"])
def test_a_letter_dated_over_its_signers_bare_name_closes_before_a_short_note(
        date: str) -> None:
    """`2:00 A.M., 6 October` / `Mao Zedong` / `Send this to …`: the date over the bare name is
    the closer's, as under it (the date opened a journal's entry, the name its first
    paragraph); the year the translator supplied in brackets leaves the date alone on its
    line (the line was loose text of the closer)."""
    source = ("Yesterday I said not to issue any public statement, and to wait and see for two "
              "days. Later [I] thought about this again, and considered it more appropriate to "
              "issue a statement first.\n\nThis statement is about to be issued, please "
              "instruct the radio station to broadcast it repeatedly.\n\n"
              f"{date}\n\nMao Zedong\n\nSend this to [Huang] Kecheng for handling "
              "immediately.\n")
    root = converted_text(source, "October 6, 1958")
    assert texts(root, "//t:closer/t:dateline") == [date.replace("[", "").replace("]", "")]
    assert texts(root, "//t:closer/t:signed") == ["Mao Zedong"]
    assert texts(root, "//t:postscript/t:p") == [
        "Send this to Huang Kecheng for handling immediately."]
    assert root.xpath("//t:div[@type='entry']", namespaces=NS) == []
    dated_first = converted_text(source.replace("\n\nSend this to [Huang] Kecheng for handling "
                                                "immediately.", ""), "October 6, 1958")
    assert texts(dated_first, "//t:closer/t:dateline") == [
        date.replace("[", "").replace("]", "")]


def test_the_place_and_date_a_memorandum_ends_on_before_a_note_go_to_the_closer() -> None:
    """Nobody signs; the place and date end the text (in the Hungarian order, year first) and
    a short note follows: the dateline is the closer's, the note the postscript's."""
    source = ("I received the ambassador, at his request, and we discussed the visit of the "
              "delegation in detail.\n\n"
              "He expressed thanks for the information.\n\n"
              "Budapest, 1972 December 11.\n\n"
              "[Note]: We have sent Comrade Kádár L.’s copy to our embassy in Pyongyang.\n")
    root = converted_text(source, "December 11, 1972")
    assert texts(root, "//t:closer/t:dateline") == ["Budapest, 1972 December 11."]
    assert texts(root, "//t:signed") == []
    assert texts(root, "//t:postscript/t:p") == [
        "Note: We have sent Comrade Kádár L.’s copy to our embassy in Pyongyang."]
    # (a place and date in the middle of the text, long paragraphs after it, stay put)
    middle = converted_text(source.replace(
        "[Note]: We have sent", "The talks went on for two more days, and on each of them "
        "the ambassador returned to the question of the commission and its members, which "
        "he said") + "\nThe next meeting will be in January.\n", "December 11, 1972")
    assert texts(middle, "//t:closer/t:dateline") == []


def test_a_news_agencys_dateline_opening_the_report_is_its_dateline() -> None:
    """`MONTEVIDEO, 10 November (TASS). The newspaper …`: where and when the dispatch was
    filed, in the opener over the report; the report's first sentence stays its paragraph.
    A place in capitals opening a sentence of the text without the agency is the text's."""
    source = ("[stamp: Secret\nDepartment of TASS]\nTop Secret\nTHE ATTACKS OF A NEWSPAPER\n"
              "MONTEVIDEO, 10 November (TASS). The newspaper El Diario makes attacks concerning "
              "the state of health of Cde. Stalin.\n\nThe newspaper writes further that the "
              "rumors will go on.\n\nSeven copies printed\n1 – to Cde. I. V. Stalin\n"
              "2 – to Cde. V. M. Molotov\n")
    root = converted_text(source, "November 14, 1945")
    assert texts(root, "//t:opener/t:dateline") == ["MONTEVIDEO, 10 November (TASS)."]
    assert texts(root, "//t:body//t:p")[0].startswith("The newspaper El Diario makes")
    plain = converted_text(source.replace(" (TASS).", ": the newspaper"), "November 14, 1945")
    assert texts(plain, "//t:opener/t:dateline") == []


def test_a_classification_before_the_copys_number_is_the_headers_category() -> None:
    root = converted_text(
        "TOP SECRET, Copy No. 3\n\nRECORD OF A CONVERSATION\n\n"
        "I received the Ambassador at his request and we discussed the programme of the "
        "delegation's visit in detail.\n", "May 2, 1977")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["TOP SECRET,"]
    assert texts(root, "//t:opener/t:idno[@type='copy']") == ["Copy No. 3"]
    assert texts(root, "//t:taxonomy/t:category/t:catDesc") == ["TOP SECRET"]


def test_a_signatures_mark_over_the_typed_name_is_one_signature() -> None:
    root = converted_text(
        "to Cde. A. A. ZHDANOV\n\nI am sending you the report of our correspondent on the "
        "situation in the party, received by the last mail.\n\n"
        "[signature]\n\nD. MANUILSKY\n\n12 May 1944\n", "May 12, 1944")
    assert texts(root, "//t:closer/t:signed") == ["signature D. MANUILSKY"]
    assert texts(root, "//t:closer/t:dateline") == ["12 May 1944"]


def test_a_draft_announced_under_the_notes_copies_and_stamps_is_its_attachment() -> None:
    """A covering note signed without a colon (`Signed V. Zorin`), dated, numbered,
    authenticated, its copies listed and stamped, a remark of the translator's, then `Draft`
    over the decree: the decree is the attachment, the note's signature its closer."""
    source = ("to Cde. V. M. MOLOTOV\n\nI am attaching a draft decree on the instructions to "
              "our Ambassador in Tehran.\n\nPlease examine it.\n\n"
              "Signed V. Zorin\n\n9 March 1952\n\nNº 71-vz\n\n"
              "Authenticated: [illegible signature]\n\n"
              "Copies were sent\n\nto Cdes: Malenkov\n\nBeria\n\nBulganin\n\n"
              "[Translator's note: the stamp of the Secretariat is on the first page of the copy "
              "and has not been translated.]\n\n"
              "Draft\n\nTOP SECRET\n\nVKP(b) CC DECREE\n\n"
              "Approve the draft instructions to the Soviet Ambassador in Tehran (attached), "
              "which are to be sent at once.\n")
    root = converted_text(source, "March 9, 1952")
    assert texts(root, f"{CLOSER}/t:signed")[0] == "Signed V. Zorin"
    assert texts(root, f"{CLOSER}/t:dateline") == ["9 March 1952"]
    assert texts(root, f"{ATTACHED}/t:p")[0].startswith("Approve the draft instructions")
    # the attachment's marking is in the header's taxonomy, as the house Schematron asks
    assert texts(root, "//t:taxonomy/t:category/t:catDesc") == ["TOP SECRET"]


def test_a_telegram_forms_sender_and_recipient_lines_stay_in_its_opener() -> None:
    root = converted_text(
        "Sender: Prague – XXXX\n\nRecipient: Berlin – Weber (XXXX, XXXX, XXXX [redacted])\n\n"
        "Prague, May 4, 1983\n\nDear Comrade Weber!\n\n"
        "It is requested that the following text be passed to the head of the department at "
        "once.\n", "May 4, 1983")
    opener = texts(root, "//t:opener")[0]
    assert opener.startswith("Sender: Prague") and "Recipient: Berlin" in opener
    assert texts(root, "//t:opener/t:salute") == ["Dear Comrade Weber!"]


def test_a_covering_notes_mark_typed_name_and_date_close_it_before_its_attachment() -> None:
    source = ("To Cde. P. N. Demichev\n\nI am enclosing four copies of the record of the "
              "conversation of Cde. A. N. Kosygin with the delegation.\n\n"
              "/Signature/\n\n(A. Ivanov)\n\n12 March 1961\n\n"
              "Secret. Copy #_1_\n\n"
              "On 10 March, Cde. A. N. Kosygin received the delegation and asked how it had "
              "settled in Moscow.\n")
    root = converted_text(source, "March 12, 1961")
    assert texts(root, f"{CLOSER}/t:signed") == ["/Signature/ (A. Ivanov)"]
    assert texts(root, f"{CLOSER}/t:dateline") == ["12 March 1961"]
    assert texts(root, f"{ATTACHED}/t:opener/t:idno") == ["Copy #_1_"]


def test_a_letters_signer_and_time_of_day_before_an_instruction_close_it(
        tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`Zhou Enlai` / `11:00 P.M., 3 May` between the letter and a short instruction after it:
    the signature and its dateline whatever the role table says of a bare name (here a table
    that knows no cue, as one fitted without such letters); the instruction is the
    postscript."""
    source = ("Comrades Chen Yi and Su Yu:\n\n"
              "The reply to the British note should be sent today; please see that the text is "
              "checked against the Chinese version before it is handed over.\n\n"
              "Zhou Enlai\n\n11:00 P.M., 3 May\n\n"
              "Send this to Su Yu at once.\n")
    use_table(tmp_path, monkeypatch, {})
    root = converted_text(source, "May 3, 1955")
    assert texts(root, "//t:closer/t:signed") == ["Zhou Enlai"]
    assert texts(root, "//t:closer/t:dateline") == ["11:00 P.M., 3 May"]
    assert texts(root, "//t:postscript/t:p") == ["Send this to Su Yu at once."]


def test_a_letterhead_ending_on_its_classification_is_no_sentence() -> None:
    """`The Embassy of the … Republic TOP SECRET!`: the letterhead and its marking, though the
    exclamation mark ends the line as a sentence would end."""
    root = converted_text(
        "The Embassy of the Polish People’s Republic TOP SECRET!\n\n"
        "Hanoi, 4 March 1965\n\n"
        "Since the bombing began, the Vietnamese comrades have asked the embassies for more "
        "frequent meetings.\n", "March 4, 1965")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["TOP SECRET!"]
    assert texts(root, "//t:opener/t:dateline") == ["Hanoi, 4 March 1965"]
    assert texts(root, "//t:body//t:p")[0].startswith("Since the bombing began")


LETTER_TEXT = ("The delegation arrived on Tuesday and was received by the Minister, who asked that "
               "the talks begin at once.\n\n")


@pytest.mark.parametrize(("closing", "signed", "others"), [
    # the date, then the signature's mark on the same line
    ("12 June 1952 [signature]", ["signature"], {"dateline": ["12 June 1952"]}),
    # whose signature the page shows
    ("[Molotov’s signature]", ["Molotov’s signature"], {}),
    # the office after the mark, the name under it
    ("(Signed)Deputy Minister of Foreign Affairs of the USSR\n\nGromyko",
     ["(Signed)Deputy Minister of Foreign Affairs of the USSR Gromyko"], {}),
    # the name in full under the signature, as the translator gives it
    ("With socialist greetings\n\n[Signed] Winzer\n\n[Otto Winzer]",
     ["With socialist greetings Signed Winzer Otto Winzer"], {}),
    # the mark over the name typed between slashes
    ("[signature]\n\n/Ali Sharifi/", ["signature /Ali Sharifi/"], {}),
    # two signers, each over his office
    ("Tanaka Ichiro\n\nMayor of Kobe, Japan\n\nSato Jiro\n\nSpeaker of the Kobe City Council",
     ["Tanaka Ichiro Mayor of Kobe, Japan", "Sato Jiro Speaker of the Kobe City Council"], {}),
    # the hour of the day in words before the date under the signature
    ("With best regards,\n\nMa Lie\n\nIn the early morning of the 31st of July",
     ["With best regards, Ma Lie"], {"dateline": ["In the early morning of the 31st of July"]}),
    # a number after a bare N
    ("M. Bagirov\n\n24 July 1945\n\nN 191", ["M. Bagirov"],
     {"note[@type='registry']": ["N 191"]}),
    # a number written in by hand is the registry's, not a signer's
    ("V. Kuznetsov\n\n12 March 1976\n\n[handwritten: TsK-22796]", ["V. Kuznetsov"],
     {"note[@type='registry']": ["TsK-22796"]}),
])
def test_signatures_of_the_real_pages(closing: str, signed: list[str],
                                      others: dict[str, list[str]]) -> None:
    root = converted_text(LETTER_TEXT + closing + "\n", "June 12, 1952")
    assert texts(root, "//t:closer/t:signed") == signed
    for element, expected in others.items():
        assert texts(root, f"//t:closer/t:{element}") == expected


def test_a_postscript_however_long_follows_the_letters_signature_and_hour() -> None:
    source = ("Comrade Peng Dehuai:\n\nThe shelling is to begin at the hour we agreed and go on "
              "for three days, unless the other side answers at once.\n\n"
              "Mao Zedong\n\n1 A.M., 18 August\n\n"
              "P.S.: Please call the attention of the air force headquarters to the possibility "
              "that the other side might answer by sending large groups of planes against the "
              "coastal airfields, and see that the fighters are ready before the shelling begins "
              "and kept ready for as long as it lasts.\n")
    root = converted_text(source, "August 18, 1958")
    assert texts(root, "//t:closer/t:signed") == ["Mao Zedong"]
    assert texts(root, "//t:closer/t:dateline") == ["1 A.M., 18 August"]
    assert texts(root, "//t:postscript/t:p")[0].startswith("P.S.: Please call")


def test_a_postscript_under_lines_that_close_a_letter_leaves_them_a_closer() -> None:
    """`DEPUTY MINISTER:` / `(G. Grigorov)` / `P.S. Please confirm …` / `Cc: Department II`, a
    line each: the postscript is no more of the text, which would take the lines above it and
    leave no closer (they were paragraphs, the list too)."""
    source = ("Comrade Ambassador,\nThe Council of Ministers decided to send to the DRV "
              "medicines and equipment worth 2 million leva. Please inform the Vietnamese "
              "comrades.\nDEPUTY MINISTER:\n(G. Grigorov)\nP.S. Please confirm receipt of this "
              "letter.\nCc: Department II\n")
    root = converted_text(source, "May 12, 1965")
    assert texts(root, "//t:closer/t:signed") == ["DEPUTY MINISTER: (G. Grigorov)"]
    assert texts(root, "//t:postscript/t:p") == ["P.S. Please confirm receipt of this letter."]
    assert texts(root, "//t:postscript/t:list/t:item") == ["Department II"]


def test_a_forms_empty_labels_are_no_lists() -> None:
    """`Copy to:` and `Read by:` with nobody under them (a form's fields left empty) are lines,
    not lists with one item each."""
    root = converted_text(
        "The Ministry agrees with the proposal of the consulate and asks that it be carried out "
        "before the end of the month.\n\nMinistry of Foreign Affairs\n\n12 June 1962\n\n"
        "Copy to:\n\nRead by:\n", "June 12, 1962")
    assert not root.xpath("//t:list", namespaces=NS)
    assert "Read by:" in texts(root, "//t:closer")[0]


def test_a_hands_words_wholly_in_brackets_over_the_text_are_no_paragraph() -> None:
    """`[handwritten at the top of the page: point 17 is in classified storage].`: an
    annotation of the page, whatever its sentence; the decisions under it begin the text."""
    root = converted_text(
        "MINUTES Nº 12 of the POLITBURO\n\n"
        "[handwritten at the top of the page: point 17 is in classified storage].\n\n"
        "Decisions of 3 May 1936\n\n"
        "Permit the trade agency to open two more storehouses in the province before the end of "
        "the year.\n", "May 3, 1936")
    assert "point 17 is in classified storage" in texts(root, "//t:opener")[0]
    assert texts(root, "//t:body//t:p")[0].startswith("Permit the trade agency")


def test_an_address_whose_to_the_translator_supplied_opens_the_letter() -> None:
    """`[To] the Ministry of … and the Ministry of …:` is the address however long, as
    `[To the] …:` is: the running text begins under it."""
    root = converted_text(
        "[To] the Ministry of Foreign Affairs and the Ministry of Foreign Trade of the "
        "People’s Republic:\n\nThis morning the delegation visited the port and the two "
        "shipyards, and the director explained the plan for the coming year at length.\n\n"
        "Embassy in Hanoi\n", "March 4, 1966")
    assert texts(root, "//t:opener/t:salute") == [
        "To the Ministry of Foreign Affairs and the Ministry of Foreign Trade of the People’s "
        "Republic:"]
    assert texts(root, "//t:body//t:p")[0].startswith("This morning the delegation")


def test_a_dateline_and_a_marking_on_one_line_are_two() -> None:
    """`In Prague 22 July 1955 Top Secret!`: the place and date, then the classification."""
    root = converted_text(
        "In Sofia 14 March 1957 Top Secret!\n\nTo Comrade Ivanov\n\nThe committee met "
        "yesterday and agreed on the new schedule of deliveries for the spring months.\n",
        "March 14, 1957")
    assert texts(root, "//t:opener/t:dateline") == ["In Sofia 14 March 1957"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Top Secret!"]


def test_a_forms_number_and_its_marking_in_capitals_are_two() -> None:
    """`CABLE Nº 51234 TOP SECRET`, one space apart: the number and the classification."""
    root = converted_text(
        "GENERAL STAFF OF THE ARMED FORCES\n\nCABLE Nº 51234 TOP SECRET\n\nThe grain requested "
        "for the army units in the province will be shipped by rail before the end of the "
        "month.\n\nKOVALEV\n", "November 2, 1949")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["CABLE Nº 51234"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["TOP SECRET"]


def test_a_hands_copy_number_beside_the_marking_is_the_copys() -> None:
    """`Top Secret [handwritten: copy Nº 3]`: the classification, and the copy's number the
    hand wrote."""
    root = converted_text(
        "Top Secret [handwritten: copy Nº 5]\n\nto Cde. I. V. STALIN\n\nOur ambassador "
        "reported yesterday on his conversation with the minister about the oil concession.\n",
        "April 11, 1952")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Top Secret"]
    assert [t for t in texts(root, "//t:opener/*") if "copy Nº 5" in t] == ["copy Nº 5"]


def test_a_forms_circulation_line_and_a_hands_minute_are_no_paragraphs() -> None:
    """`Already transmitted to …` (a telegram form's circulation) is the list of those it went
    on to, with or without a colon, as `Already forwarded to:` is; `[Handwritten] We agree …`
    over the text is the hand's minute: the address and the running text come under them."""
    root = converted_text(
        "Provincial Telegram Received\n\nDevice No. 12\n\n"
        "[Handwritten] Agreed, pass it on to the Chairman and return it to the Ministry once "
        "they have read it.\n\n"
        "Already transmitted to Provincial Party Standing Committee, department and committee "
        "offices, Military District\n\n"
        "To the foreign affairs bureaus of all provinces:\n\n"
        "On 28 February the Vice Premier received the special envoy and the border was "
        "discussed at length.\n", "March 1, 1979")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "Provincial Party Standing Committee,", "department and committee offices,",
        "Military District"]
    assert texts(root, "//t:opener/t:add")[0].startswith("Agreed, pass it on")
    assert texts(root, "//t:opener/t:salute") == ["To the foreign affairs bureaus of all "
                                                   "provinces:"]
    assert texts(root, "//t:body//t:p")[0].startswith("On 28 February")


def test_forwarded_to_heads_the_list_of_those_it_went_to() -> None:
    """`Already forwarded to: Chairman, Liu Shaoqi, …` over a Chinese cable: a distribution
    list, one item per recipient, as `Sent to:` heads one."""
    root = converted_text(
        "Top Secret\n\nAlready forwarded to: Chairman, Liu Shaoqi, Zhou Enlai, Chen Yun\n\n"
        "To the Ministry of Foreign Affairs:\n\nThe delegation arrived this morning and was "
        "received at the station by the deputy minister and his staff.\n\nEmbassy in Moscow\n",
        "May 2, 1955")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Already forwarded to:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Chairman,", "Liu Shaoqi,", "Zhou Enlai,", "Chen Yun"]


def test_to_before_a_verb_begins_a_sentence_not_an_address() -> None:
    """`To continue our telegram no. 066.808, we would like to inform you:` is the text's first
    sentence; `To the Ministry …:` and `To all … committees:` address someone."""
    root = converted_text(
        "TELEGRAM 066.812\n\nDate: August 7th, 1978\n\nTo follow up our telegram no. 066.801, "
        "we would like to inform you:\n\nOn the evening of August 2nd the chargé d'affaires "
        "called on the deputy minister and told him of the new proposals.\n\nSigned Victor "
        "Nanu\n", "August 7, 1978")
    assert root.xpath("//t:salute", namespaces=NS) == []
    assert texts(root, "//t:body//t:p")[0].startswith("To follow up our telegram")


def test_the_draft_a_decision_adopts_is_its_attachment() -> None:
    """Under a Politburo decision's text, `Re: Point 12, Protocol No. 95` over `Top Secret` and
    the draft: the draft is the attachment (postscript/floatingText), with its own opener."""
    root = converted_text(
        "Extract from protocol No. 95 of the Politburo session of 4 May 1952\n\n"
        "12. To adopt the attached draft instruction to the ambassador in Pyongyang and to "
        "send it by telegraph today.\n\nRe: Point 12, Protocol No. 95\n\nTop Secret\n\n"
        "From your telegram it is not clear on whose initiative the question of the appeal was "
        "raised; report what the Korean comrades intend.\n", "May 4, 1952")
    attached = root.xpath("//t:postscript/t:floatingText//t:div", namespaces=NS)
    assert len(attached) == 1
    assert texts(attached[0], "t:opener/t:fw[@type='classification']") == ["Top Secret"]
    assert texts(attached[0], "t:p")[0].startswith("From your telegram")
    assert texts(root, "//t:text/t:body/t:div/t:p")[-1].startswith("12. To adopt")


def test_an_address_of_names_alone_opens_a_chinese_cable() -> None:
    """`Chairman [Mao Zedong], Comrade [Liu] Shaoqi, and the Central Committee:` over the text:
    the address (one name alone before a colon, `Chairman Mao:`, may be a speaker's)."""
    root = converted_text(
        "Top secret\n\nChairman [Mao Zedong], Comrade [Liu] Shaoqi, Comrade [Zhu] De and the "
        "Central Committee:\n\n(1) The delegation will arrive in Rangoon on the 28th and leave "
        "for Mandalay the next morning with the embassy's counsellor.\n\nZhou Enlai\n",
        "June 23, 1954")
    assert texts(root, "//t:opener/t:salute") == [
        "Chairman Mao Zedong, Comrade Liu Shaoqi, Comrade Zhu De and the Central Committee:"]
    assert texts(root, "//t:body//t:p")[0].startswith("(1) The delegation")
    speaker = converted_text(
        "Chairman Mao:\n\nHave you been to China before, and how long will the delegation stay "
        "in the capital this time?\n", "June 23, 1954")
    assert speaker.xpath("//t:salute", namespaces=NS) == []
    # With no text of its own after it (a page of lines and a signature), the address stays
    # the one paragraph a closer needs before it.
    alone = converted_text("Gao Gang, He Jinnian; also inform Ambassador Ni Zhiliang:\n\n"
                           "Zhou Enlai\n\nOctober 4 1950\n", "October 4, 1950")
    assert alone.xpath("//t:salute", namespaces=NS) == []


def test_a_long_recipient_line_stays_in_the_opener() -> None:
    """`To the HWSP (Hungarian Socialist Workers’ Party) Central Committee Foreign Division.`:
    `To` and an office's name alone, however long, is the recipient's line; the labelled lines
    under it stay in the opener and the text begins after them."""
    root = converted_text(
        "CIPHER TELEGRAM\n\nTo the HSWP (Hungarian Socialist Workers’ Party) Central Committee "
        "Foreign Affairs Division.\n\nSubject: The Party Congress\n\nI held a farewell dinner "
        "for our party's holiday makers on 1 September and the main guest spoke of the "
        "congress.\n", "September 2, 1980")
    opener = texts(root, "//t:opener")[0]
    assert "Foreign Affairs Division." in opener and "Subject: The Party Congress" in opener
    assert texts(root, "//t:body//t:p")[0].startswith("I held a farewell dinner")


def test_your_excellency_addresses_the_letter() -> None:
    """`Your Excellency Premier Zhou Enlai of the People’s Republic of China:` is the letter's
    salutation, as `Dear …:` is."""
    root = converted_text(
        "Your Excellency Premier Zhou Enlai of the People’s Republic of China:\n\nI have the "
        "honour to inform you that my government has accepted the invitation with gratitude "
        "and will send its delegation in May.\n\nNorodom Sihanouk\n", "April 2, 1956")
    assert texts(root, "//t:opener/t:salute") == [
        "Your Excellency Premier Zhou Enlai of the People’s Republic of China:"]


def test_an_attachments_label_is_no_document_number_and_its_protocol_point_is() -> None:
    """`Attachment No. 2` over a decision's attachment names what it belongs to, no number of
    the document (`idno`); the protocol's point over it is the decision's number, as the
    dev gold takes a protocol's `# P78/118`."""
    root = converted_text(
        "Per Point 12, Prot. No. 95\n\nAttachment No. 2\n\nSecret\n\nMOSCOW\n\nVisit the "
        "minister and tell him that the Soviet government agrees to send the specialists he "
        "asked for in his letter of 2 March.\n", "March 20, 1963")
    assert texts(root, "//t:idno") == ["Per Point 12, Prot. No. 95"]
    assert "Attachment No. 2" in texts(root, "//t:opener")[0]


def test_how_many_copies_and_where_they_went_on_one_line_is_the_distribution(
        tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`Two copies printed. Nº 2 to file.` at the foot: the copies' list (one item, as w008's
    gold has it), whatever the role table says (here one that knows no cue)."""
    use_table(tmp_path, monkeypatch, {})
    root = converted_text(
        "Transmit to Comrade Kim Il Sung that the shipment will leave on the tenth.\n\n"
        "Nº 2411\n\n3 March 1951\n\nThree copies printed. Nº 3 to file.\n", "March 3, 1951")
    assert texts(root, "//t:postscript/t:list[@type='distribution']/t:item") == [
        "Three copies printed. Nº 3 to file."]


def test_a_registry_code_over_a_date_in_figures_ends_the_copies_list(
        tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`Distributed to` / `Cdes: Stalin` / `Molotov` / `712-VK` / `III.XI.51`: the code over a
    date in figures is the registry's entry, not a recipient, whatever the role table says
    (here one that knows no cue)."""
    source = ("The Korean friends wish to conclude the armistice more rapidly than before.\n\n"
              "USSR AMBASSADOR in KOREA\n\n3 November 1951 V. Razuvayev\n\n"
              "Distributed to  \nCdes: Stalin  \nMolotov  \nBeria  \n712-VK  \nIII.XI.51\n")
    root = converted_text(source, "November 3, 1951")
    assert texts(root, "//t:list[@type='distribution']/t:item")[-1] == "Beria"
    assert texts(root, "//t:note[@type='registry']/t:idno") == ["712-VK"]
    use_table(tmp_path, monkeypatch, {})
    root = converted_text(source, "November 3, 1951")
    assert texts(root, "//t:note[@type='registry']/t:idno") == ["712-VK"]


def test_a_hands_date_and_an_archives_file_are_no_dateline_or_number(
        tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`[handwritten:] 4 March 1952` over the text is the hand's date (`add`), not the
    sender's dateline; `f.12 op.3 d.45` is where an archive keeps the page, not the
    document's number: whatever the role table says (here one that takes any date for a
    dateline and any code for a number)."""
    use_table(tmp_path, monkeypatch, {"dateline": {"has_date": 5.0},
                                      "number": {"code_token": 5.0, "has_digits": 5.0}})
    root = converted_text(
        "[handwritten:] 4 March 1952\n\nf.12 op.3 d.45\n\nThe ambassador reported on his "
        "conversation with the minister about the grain deliveries for the spring.\n",
        "March 4, 1952")
    assert root.xpath("//t:dateline | //t:idno[not(ancestor::t:teiHeader)]", namespaces=NS) == []
    assert texts(root, "//t:opener/t:add") == ["4 March 1952"]


def test_the_period_a_journal_covers_is_no_dateline(
        tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`12 April through 27 April 1960` under a journal's title is the period it covers; the
    entry's date under it is the dateline, whatever the role table says (here one that takes
    any date for a dateline)."""
    use_table(tmp_path, monkeypatch, {"dateline": {"has_date": 5.0}})
    root = converted_text(
        "JOURNAL\n\nof Soviet Ambassador in the DPRK A. M. Puzanov\n\n12 April through 27 April "
        "1960\n\n14 April 1960\n\nI visited the Minister of Foreign Affairs and gave him the "
        "text of the statement on the coming talks.\n", "April 14, 1960")
    assert texts(root, "//t:dateline") == ["14 April 1960"]


def test_a_ministrys_filing_code_is_no_document_number(
        tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`DEA/DNU/DAC/DAM/600.(24h)` and `ON/30/31/X/62` under a Brazilian telegram's heading
    are the offices it went to and its filing, not its number (w020's gold has none), whatever
    the role table says (here one that takes any code for a number); `No. 1309` still is."""
    use_table(tmp_path, monkeypatch, {"number": {"code_token": 5.0, "number_sign": 5.0}})
    # (one office alone before the index too: `DAC/600.(24h)` was the telegram's number; an
    # office's letters with one in lower case too, `DEOr/DAS/DPo/600.(22)`)
    for codes in ("DEA/DNU/DAC/DAM/600.(24h)", "DAC/600.(24h)", "DEOr/DAS/DPo/600.(22)",
                  "DPo/DAS/DAm/922.31(42)(24h)"):
        root = converted_text(
            f"TELEGRAM\n\nFROM THE EMBASSY IN HAVANA\n\nON/30/31/X/62\n\n{codes}"
            "\n\nNo. 1309\n\nWith the interruption of all air routes to the island we find "
            "ourselves without mail or newspapers for a week now.\n", "October 31, 1962")
        assert texts(root, "//t:opener/t:idno") == ["No. 1309"]


def test_a_caveat_on_the_copies_over_two_lines_is_a_classification(
        tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`To be preserved in` / `1 handwritten copy only` under `Top Secret`: a handling caveat,
    one `fw[@type='classification']` over its two lines, whatever the role table says (here
    one that knows no cue)."""
    use_table(tmp_path, monkeypatch, {})
    root = converted_text(
        "Top Secret\nTo be kept in\n2 typed copies only\nOUTGOING CABLE Nr. 4412\nThe embassy "
        "is to hand the reply to the minister in person and report on his reaction.\n",
        "June 2, 1963")
    assert "To be kept in 2 typed copies only" in texts(
        root, "//t:opener/t:fw[@type='classification']")


def test_the_cipher_offices_docket_under_the_copies_is_a_docket() -> None:
    """`Typed by Plyvkina at 0230 2 September`, `Verified by Shift Chief …`, `drafted by …`
    under a telegram's list of copies: the cipher office's dockets (`note[@type='docket']`) in
    the postscript, not paragraphs."""
    root = converted_text(
        "The delegation will arrive on the fifth and the talks will begin the next day.\n\n"
        "FILIPPOV\n\nThree copies made\ncopy Nº 1 – to Cde. Stalin\ncopy Nº 2 – to Cde. "
        "Molotov\n\nTyped by Plyvkina at 0230 2 September\n\nVerified by Shift Chief Orlov "
        "0350\n\ndrafted by Ivanov\n", "September 2, 1949")
    assert texts(root, "//t:postscript/t:note[@type='docket']") == [
        "Typed by Plyvkina at 0230 2 September", "Verified by Shift Chief Orlov 0350",
        "drafted by Ivanov"]
    assert root.xpath("//t:postscript/t:p", namespaces=NS) == []


def test_a_one_paragraph_reply_that_acknowledges_the_cable_is_the_text() -> None:
    root = converted_text(
        "Comrade Wang [Li]:\n\n"
        "Received your telegram of 12 March. [As to] the matter of the students, send as many "
        "as the school can take; the first group should leave before the end of the month.\n\n"
        "Zhou Enlai\n\nMarch 14 [1951]\n", "14 March 1951")
    assert texts(root, "//t:body//t:p") == [  # (the brackets are the `supplied` element's)
        "Received your telegram of 12 March. As to the matter of the students, send as many "
        "as the school can take; the first group should leave before the end of the month."]
    assert root.xpath("//t:note[@type='docket']", namespaces=NS) == []
    assert texts(root, "//t:closer/t:signed") == ["Zhou Enlai"]


def test_the_short_sentences_after_the_last_paragraph_are_the_text() -> None:
    source = ("The Koreans asked for our help with the delivery of the grain before the "
              "winter, and I promised to report it.\n\nConfirm receipt.\n\nTelegraph the "
              "fulfillment.\n\nGROMYKO\n\n21.XI.51\n")
    root = converted_text(source, "November 21, 1951")
    assert texts(root, "//t:div/t:p")[1:] == ["Confirm receipt.", "Telegraph the fulfillment."]
    assert texts(root, "//t:closer/t:signed") == ["GROMYKO"]
    assert "Confirm" not in " ".join(texts(root, "//t:closer"))


def test_an_office_whose_name_goes_on_under_it_signs_with_the_date_the_translator_remarked_on(
) -> None:
    source = ("We ask you to approve the list of the comrades to be decorated for their work "
              "in the province.\n\nSecretary of the CC of the CP(b)\n\nof Georgia K. Charkviani"
              "\n\n[day left blank in the original] March 1946\n")
    root = converted_text(source, "March 1946")
    assert texts(root, "//t:closer/t:signed") == [
        "Secretary of the CC of the CP(b) of Georgia K. Charkviani"]
    assert texts(root, "//t:closer/t:dateline") == [
        "day left blank in the original March 1946"]
    assert len(texts(root, "//t:div/t:p")) == 1


def test_a_precedence_under_its_forms_label_is_the_precedence() -> None:
    source = ("Cable from the Chinese Embassy in Hanoi\n\nLevel: Extra Urgent Advance\n\n"
              "Foreign Ministry:\n\nThe Vietnamese comrades asked us yesterday to send the "
              "engineers before the rains begin, and we agreed to report it at once.\n\n"
              "Chinese Embassy in Vietnam\n\n12 May 1965\n")
    root = converted_text(source, "May 12, 1965")
    assert texts(root, "//t:opener/t:fw[@type='precedence']") == ["Level: Extra Urgent Advance"]


@pytest.mark.parametrize("copies", [
    # the table of copies read column by column, its numbers out of order
    "Copy Nº 1 Distribution list\n\nCopy Nº 5 to Voroshilov\n\nCopy Nº 9 copy\n\n"
    "Copy Nº 2 to Stalin\n\nCopy Nº 6 to Bulganin\n\nCopy Nº 3 to Molotov\n",
    # read row by row, the rules of its cells left as lines of their own
    "Copy Nº 1 to Cde. Stalin | Copy Nº 4 to Cde. Bulganin |\nCopy Nº 2 to Cde. Stalin |\n|\n"
    "Copy Nº 3 to Cde. Molotov |\n|\n",
])
def test_a_cables_table_of_copies_is_one_list(copies: str) -> None:
    source = (f"CABLE Nº 41177 TOP SECRET\n\n{copies}\nto Cde. FILIPPOV\n\nThe delegation "
              "arrived yesterday and asked to be received by the minister as soon as "
              "possible.\n\nPETROV\n\n3 March 1950\n")
    root = converted_text(source, "March 3, 1950")
    lists = root.xpath("//t:list[@type='distribution']", namespaces=NS)
    assert len(lists) == 1
    assert "Molotov" in " ".join(texts(root, "//t:list[@type='distribution']"))
    assert root.xpath("//t:idno[@type='copy']", namespaces=NS) == []


@pytest.mark.parametrize("head", ["Copy Nº 1 – DISTRIBUTION LIST\n", ""])
def test_a_cables_copies_numbered_with_a_dash_are_one_list(head: str) -> None:
    """`Nº 2 – to Stalin` / `Nº 3 – to Molotov` / `Nº 8 – copy` at a cable's head, with or
    without the line that names the table: where each copy went, one list (they were a
    document number each); the cable's own number under them (`Nº 31343`) is none of them."""
    source = (f"STRICTLY SECRET\n\n{head}Nº 2 – to Stalin\nNº 3 – to Molotov\nNº 8 – copy\n"
              "Nº 10 – to file\n\nNº 31343\n\nThe prime minister asked us whether the "
              "government could buy some bombers and tanks at once.\n\nSADCHIKOV\n")
    root = converted_text(source, "November 21, 1946")
    items = texts(root, "//t:opener//t:list[@type='distribution']/t:item")
    assert items == ["Nº 2 – to Stalin", "Nº 3 – to Molotov", "Nº 8 – copy", "Nº 10 – to file"]
    assert texts(root, "//t:opener//t:list/t:head") == ([head.strip()] if head else [])
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["Nº 31343"]


def test_a_ciphergrams_decoding_docket_and_its_addressees_marking() -> None:
    """`Came to the Decoding Department on 10.24.1962 at 8:05` under the sending line of a
    Polish ciphergram: when it came in, a docket (it was read as a second dateline); the
    marking after the addressee stays the marking with a note's marker between its comma and
    it (`MILNIKIEL,1 EYES ONLY`)."""
    source = ("Ciphergram No. 15622\nDispatched from Washington, D.C., on 10.23.1962 at 22:30\n"
              "Came to the Decoding Department on 10.24.1962 at 8:05\n"
              "To: [Foreign Ministry Director Eugeniusz] MILNIKIEL,1 EYES ONLY\n"
              "From: [Ambassador Edward] DROZNIAK2\n\nThe journalist thinks that the president "
              "was shocked by the information that reached the senators on the 14th.\n\n"
              "DROZNIAK\n\n1 Eugeniusz Milnikiel, director in the Foreign Ministry.\n\n"
              "2 Edward Drozniak, ambassador in Washington.\n")
    root = converted_text(source, "October 23, 1962")
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Came to the Decoding Department on 10.24.1962 at 8:05"]
    assert texts(root, "//t:opener/t:dateline") == [
        "Dispatched from Washington, D.C., on 10.23.1962 at 22:30"]
    assert texts(root, "//t:opener//t:fw[@type='classification']") == ["EYES ONLY"]


@pytest.mark.parametrize("address", [
    "To: Coms. Brezhnev, Andropov, Grishin, Gromyko, Kirilenko, Kosygin, Kunaev, Pel'she, "
    "Romanov, Suslov, Ustinov, Chernenko, Shcherbitskii, Aliev, Demichev",
    "To Comrades Brezhnev, Kosygin, Andropov, Gromyko, Kirilenko, Suslov, Ustinov.",
])
def test_a_politburo_extracts_address_to_many_comrades_is_its_distribution(address: str) -> None:
    """The members a Politburo extract went to, on one line after `To:` (with `Coms.`, as
    `Cmrds.`) or after `To` alone: its distribution list, as `To: Cmrds. Malenkov, Bulganin`
    is; they were a bare line of the opener."""
    source = ("Top Secret\n\nNo. P168/5\n\n" + address + "\n\nExtract from Protocol No. 168 "
              "of the CPSU CC Politburo Session\n\nAgree with the recommendations expressed in "
              "the note of the comrades on the situation.\n\nCC Secretary\n")
    root = converted_text(source, "September 15, 1979")
    items = texts(root, "//t:opener//t:list[@type='distribution']/t:item")
    assert items[:2] in (["Coms. Brezhnev,", "Andropov,"], ["Comrades Brezhnev,", "Kosygin,"])
    assert items[-1].startswith(("Demichev", "Ustinov"))


def test_a_diplomats_closing_phrase_and_regards_open_the_signature() -> None:
    """`Nothing further for now, my regards,` over `[Signature]`: the farewell a Brazilian
    telegram closes with, the signature's first line as `With best regards,` is (it was a
    bare line of the closer)."""
    source = ("The Ambassador said that this would be the right moment for a joint statement on "
              "nuclear affairs.\n\nNothing further for now, my regards,\n\n[Signature]\n")
    root = converted_text(source, "June 6, 1977")
    assert texts(root, "//t:closer/t:signed") == ["Nothing further for now, my regards, Signature"]


def test_the_office_that_received_a_cable_and_when_is_a_docket() -> None:
    """`Tenth Department Received 18:35 21.XI.1951`: the cipher office that took the cable in
    and when, a docket as `Received 18:35 21.XI.1951` is (it was a dateline)."""
    source = ("CIPHERED TELEGRAM No. 29310\n\nTenth Department Received 18:35 21.XI.1951\n\n"
              "The Chinese comrades ask that the specialists be sent before the end of the "
              "month.\n\nCOPIES: Stalin, Molotov, Malenkov\n\nKRASOVSKY\n")
    root = converted_text(source, "November 21, 1951")
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Tenth Department Received 18:35 21.XI.1951"]
    assert root.xpath("//t:dateline", namespaces=NS) == []


def test_an_extracts_number_and_its_copies_on_one_line_are_both() -> None:
    """`No. P84/422 Copies: Comrades Malenkov, Molotov, Gromyko`: the extract's number and the
    comrades it went to, run into one line by the export (it was one document number)."""
    source = ("No. P84/422 Copies: Comrades Malenkov, Molotov, Gromyko\n\n19 November 1951\n\n"
              "Excerpt from protocol No. 84 of the meeting of the Politburo\n\nApprove the "
              "draft of the telegram to the ambassador.\n\nSECRETARY OF THE CC\n")
    root = converted_text(source, "November 19, 1951")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["No. P84/422"]
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:head") == ["Copies:"]
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "Comrades Malenkov,", "Molotov,", "Gromyko"]


def test_a_chinese_ministrys_registry_number_without_a_sign_is_the_documents() -> None:
    """`Foreign Ministry Incoming (64) You (949)`: the year, the office's character and the
    number, in parentheses and no `No.`: the cable's number (it was a bare line)."""
    source = ("Cabled Received by the [Chinese] Foreign Ministry\nLevel: Urgent\n"
              "Foreign Ministry Incoming (64) You (949)\nTo the Foreign Ministry:\n\nWhen the "
              "news of the test spread, the ambassadors congratulated us in person.\n\n"
              "[Chinese] Embassy in Albania\n")
    root = converted_text(source, "October 20, 1964")
    assert texts(root, "//t:opener/t:idno[@type='document']") == [
        "Foreign Ministry Incoming (64) You (949)"]


def test_who_made_a_cipher_telegram_and_when_is_a_docket() -> None:
    """`Created by Ki 08.45` over `Checked by …` at a Hungarian cipher telegram's head: the
    cipher clerk's initials and the time of making it, a docket as `Checked by` is (the time's
    figures are no document number)."""
    source = ("PYONGYANG, 80. 10. 07.\n\nTOP SECRET!\n\nCreated by Ki 08.45\n\n"
              "Checked by [unknown signature]\n\nCIPHER TELEGRAM\n\nSubject: the congress\n\n"
              "The articles published in the local press before the congress show that the "
              "party will change its statutes.\n\nKovács\n")
    root = converted_text(source, "October 7, 1980")
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Created by Ki 08.45", "Checked by signature"]  # (the signature a gap: its `desc`)
    assert len(root.xpath("//t:note[@type='docket']/t:gap[@reason='illegible']",
                          namespaces=NS)) == 1
    assert root.xpath("//t:idno", namespaces=NS) == []


def test_a_place_and_date_under_the_typists_docket_is_the_dateline() -> None:
    source = ("The Embassy of the Hungarian People’s Republic\n\n88/1964/top secret\n\n"
              "Typed by: Kovácsné\n\nBelgrade, 4 May 1964\n\nSubject: the talks of the "
              "minister\n\nThe deputy minister received me yesterday and spoke at length about "
              "the talks held in Moscow last week.\n\nAmbassador\n")
    root = converted_text(source, "May 4, 1964")
    assert texts(root, "//t:opener/t:dateline") == ["Belgrade, 4 May 1964"]


def test_the_time_of_a_meeting_under_its_participants_is_no_participant() -> None:
    source = ("Record of the Conversation between Vice Premier Chen Yi and the Ambassador\n\n"
              "Participants: Zhang Wenjin\n\nWang Li\n\nTime: October 16, 1963\n\n"
              "Chen Yi said that the two sides had agreed on the text of the communiqué and "
              "that the visit could be announced.\n")
    root = converted_text(source, "October 16, 1963")
    assert texts(root, "//t:opener/t:dateline") == ["Time: October 16, 1963"]
    assert "October" not in " ".join(texts(root, "//t:list"))


def test_where_a_cable_came_from_and_when_it_was_received_is_a_docket() -> None:
    source = ("CABLE Nº 60112 TOP SECRET\n\nfrom PEKING received at 09:40 3 December 1949 "
              "Copy Nº 2\n\nto Cde. FILIPPOV\n\nThe Chinese comrades asked us to send the "
              "specialists for the power stations before the end of the year.\n\nROSHCHIN\n")
    root = converted_text(source, "December 3, 1949")
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "from PEKING received at 09:40 3 December 1949"]
    assert texts(root, "//t:opener/t:idno[@type='copy']") == ["Copy Nº 2"]


def test_a_remark_in_parentheses_over_the_memos_heading_leaves_the_opening_lines_open(
) -> None:
    source = ("Foreign Ministry Top Secret File\n\n(Vice Premier has yet to review.)\n\n"
              "Time: 3:00 pm, 12 May 1962\n\nPlace: Xinjiang Hall\n\nRecorder: Li Ping\n\n"
              "1. The Vice Premier explained the position of the government on the border "
              "talks and asked the ambassador to report it.\n")
    root = converted_text(source, "May 12, 1962")
    assert texts(root, "//t:opener/t:dateline") == [
        "Time: 3:00 pm, 12 May 1962 Place: Xinjiang Hall"]
    assert texts(root, "//t:div/t:p") == [
        "1. The Vice Premier explained the position of the government on the border talks and "
        "asked the ambassador to report it."]


def test_a_note_on_the_file_under_the_copies_does_not_pull_the_closer_into_the_text() -> None:
    source = ("The rebels have taken the town and ask for weapons; we think it right to give "
              "them what the district can spare.\n\nPlease discuss these suggestions.\n\n"
              "12 November 1945\n\nNº 2231/4\n\nTwo copies printed\n\n1 – to Cde. Molotov\n\n"
              "2 – to file\n\ndrafted by Cde. Petrov\n\nInd. 12, note of Cdes. Orlov and "
              "Sidorov of 9 November; ind. 8-3.\n\nTyped by Ivanova, 13 November 1945\n")
    root = converted_text(source, "November 12, 1945")
    assert texts(root, "//t:closer/t:dateline") == ["12 November 1945"]
    assert len(root.xpath("//t:postscript/t:list[@type='distribution']", namespaces=NS)) == 1
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:p") == [
        "The rebels have taken the town and ask for weapons; we think it right to give them "
        "what the district can spare.", "Please discuss these suggestions."]


def test_an_undated_signature_followed_by_a_classification_ends_the_first_document() -> None:
    source = ("Top Secret\n\nThe Ministry reports on the situation on the border with Iran "
              "during the month of May and on the measures taken.\n\n(Signed)Deputy Minister "
              "of Internal Affairs of the USSR\n\nSerov\n\nTop Secret\n\nThe Ministry reports "
              "on the situation on the border with Iran during the month of June and on the "
              "measures taken.\n\n(Signed)Deputy Minister of Internal Affairs of the USSR\n\n"
              "Serov\n")
    root = converted_text(source, "July 1, 1953")
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:closer/t:signed") == [
        "(Signed)Deputy Minister of Internal Affairs of the USSR Serov"]
    assert texts(root, "//t:floatingText//t:closer/t:signed") == [
        "(Signed)Deputy Minister of Internal Affairs of the USSR Serov"]
    assert not root.xpath("//t:p[contains(., '(Signed)')]", namespaces=NS)


def test_a_classification_and_copy_number_among_the_paragraphs_stay_furniture() -> None:
    source = ("We are sending you the memo on the situation in the country, corrected after "
              "the talks of last week.\n\nNº 211-dv\n\n4 May 1956\n\nSecret. Copy Nº 2\n\n"
              "In connection with the consultations of next month we ask you to approve the "
              "memo and the list of the delegation.\n\nIVANOV\n")
    root = converted_text(source, "May 4, 1956")
    assert "Secret." in texts(root, "//t:fw[@type='classification']")
    assert not root.xpath("//t:p[contains(., 'Copy Nº 2')]", namespaces=NS)


@pytest.mark.parametrize("form", ["N o t e", "M i n u t e s", "Stenographic Transcript"])
def test_a_forms_name_spaced_out_or_qualified_is_the_form(form: str) -> None:
    """Alone over the text, the form's name; over what the record is of, the title's start."""
    text = ("The ambassador received me yesterday and spoke about the visit of the delegation "
            "in the spring.\n\nSchmidt\n")
    root = converted_text(f"Embassy of the GDR in the PR China\n\n{form}\n\n{text}",
                          "May 4, 1966")
    assert texts(root, "//t:opener/t:fw[@type='form']") == [form]
    root = converted_text(f"Embassy of the GDR in the PR China\n\n{form}\n\nabout a "
                          f"conversation with the ambassador\n\n{text}", "May 4, 1966")
    assert texts(root, "//t:div/t:head") == [f"{form} about a conversation with the ambassador"]


def test_an_undated_covering_note_ends_at_the_classification_under_its_offices_lines() -> None:
    source = ("to Cde. A. A. GROMYKO\n\nBy arrangement with Cde. Petrov we are sending you the "
              "draft of a memo on the situation in the country.\n\n[signature]\n\n(I. ORLOV)\n\n"
              "1 - to the addressee\n\n2 - to file\n\nNº 512-dv\n\n3 March 1956\n\nSecret. "
              "Copy Nº 2\n\nIn connection with the talks of next month the department proposes "
              "to send a delegation of the party to the country.\n\n[date left blank] March "
              "1956\n")
    root = converted_text(source, "March 3, 1956")
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:closer/t:signed") == [
        "signature (I. ORLOV)"]
    assert texts(root, "//t:floatingText//t:opener/t:fw[@type='classification']") == [
        "Secret."]
    assert texts(root, "//t:floatingText//t:p")[0].startswith("In connection with the talks")


def test_a_hungarian_cipher_telegram_ends_on_its_dashed_number_and_signer() -> None:
    source = ("Subject: the party congress\n\nThe deputy head of the department told me that "
              "they invite more than a hundred delegations to the congress.\n\n"
              "– 212 – Kovács –\n\nTo be seen by\nComrade Szabó F.\nComrade Bényei\n")
    root = converted_text(source, "September 3, 1980")
    assert texts(root, "//t:closer/t:signed") == ["– 212 – Kovács –"]
    numbered = converted_text(source.replace("– 212 – Kovács –", "– 212 –"), "September 3, 1980")
    assert texts(numbered, "//t:closer/t:note[@type='registry']") == ["– 212 –"]


def test_a_titles_last_line_with_a_name_after_a_comma_does_not_join_the_date_under_it(
) -> None:
    source = ("Record of Conversation\n\nwith the Burmese Minister of Foreign Affairs, Thant"
              "\n\n12 March 1957\n\nThe minister received me at the ministry and spoke about "
              "the visit of the premier to Beijing.\n\nIVANOV\n")
    root = converted_text(source, "March 12, 1957")
    assert texts(root, "//t:opener/t:dateline") == ["12 March 1957"]


def test_a_sending_line_in_lower_case_is_the_dateline() -> None:
    """`from KUYBYSHEV sent at 2325 9 December 1941` under `CABLE`: the role table, which saw
    such lines capitalised, left it a bare line."""
    source = ("STRICTLY SECRET\nCABLE\nfrom KUYBYSHEV sent at 2325 9 December 1941\n"
              "arrived at the CC for decipherment at 0730 10 December 1941\n\n"
              "The delegation will leave for the front tomorrow and report on its arrival "
              "without delay.\n\nDIMITROV\n")
    root = converted_text(source, "December 9, 1941")
    assert texts(root, "//t:opener/t:dateline") == ["from KUYBYSHEV sent at 2325 9 December 1941"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "arrived at the CC for decipherment at 0730 10 December 1941"]


def test_a_journals_period_and_place_make_no_dateline_under_a_hands_note() -> None:
    # The hand's note with its signature above the title: the period the journal covers and
    # the place under it are still the title's, the entry's date the only dateline.
    root = converted_text(
        'TOP SECRET\n\n[handwritten: "to Cdes. Ivanov and Petrov\n'
        '12 May 1958 [signature]"]\n\nJOURNAL\n\n'
        "of Soviet Ambassador in the DPRK A. M. Puzanov for the period\n\n"
        "1 April through 30 April 1958\n\nPyongyang\n\n[…]\n\n2 April 1958\n\n"
        "I visited the Minister of Foreign Affairs at his request and we spoke of trade.\n",
        "May 12, 1958")
    assert texts(root, "//t:dateline") == ["2 April 1958"]


def test_a_hungarian_file_number_typed_with_spaces_keeps_its_number_whole() -> None:
    root = converted_text(
        "The Embassy of the Hungarian People’s Republic\n\n47/ 1963/ top secret\n\n"
        "Havana, 28 January 1963\n\nSubject: The relations between Cuba and the socialist "
        "countries since the crisis.\n\nThe relations between the two countries have been "
        "good since the crisis and the ambassador said so at length.\n", "January 28, 1963")
    assert texts(root, "//t:note[@type='registry']/t:idno") == ["47/ 1963/"]
    assert texts(root, "//t:note[@type='registry']/t:fw[@type='classification']") == [
        "top secret"]


def test_a_paragraphs_first_word_where_the_export_stopped_is_no_signature() -> None:
    root = converted_text(
        "The ambassador reported on the situation in the border areas, which appear quiet and "
        "normal according to the travellers.\n\nAfter a hiatus of many months there was a "
        "public trial in Shanghai again, where death sentences were handed down.\n\n"
        "Concerning\n", "July 20, 1970")
    assert texts(root, "//t:signed") == []
    assert texts(root, "//t:body//t:p")[-1] == "Concerning"


def test_a_paragraphs_first_letters_where_the_export_stopped_are_no_signature() -> None:
    root = converted_text(
        "The delegation was received at the airport by the deputy minister and taken to the "
        "guest house of the government.\n\nIn the evening the talks went on until late, "
        "with no agreement reached on the main questions.\n\nWh\n", "July 20, 1970")
    assert texts(root, "//t:signed") == []
    assert texts(root, "//t:body//t:p")[-1] == "Wh"


def test_a_resolution_written_by_hand_over_the_text_is_no_signature() -> None:
    """`[handwritten: "to Cdes. … 9 April 1960 [illegible signature]"]` over a journal: a
    resolution on the document, signed by whoever wrote it; the journal's signer is under the
    text."""
    root = converted_text(
        "USSR EMBASSY IN THE DPRK\n"
        '[handwritten:\n"to Cdes. Ivanov and Samsonov, G. Ye.\n'
        '9 April 1960 [illegible signature]"]\n'
        "JOURNAL\nof the Soviet Ambassador for the period\n\n7 March 1960\n\n"
        "I visited the Minister of Foreign Affairs and informed him of the reply of the Soviet "
        "government to the note on the question of the trade agreement for the next year.\n\n"
        "USSR AMBASSADOR IN THE DPRK\n[signature] (A. PUZANOV)\n", "March 7, 1960")
    assert "to Cdes. Ivanov and Samsonov" in texts(root, "//t:opener/t:add[@hand]")[0]
    assert texts(root, "//t:signed") == ["USSR AMBASSADOR IN THE DPRK", "signature (A. PUZANOV)"]


def test_a_japanese_cables_head_keeps_its_title_and_parts_its_number_line() -> None:
    """The subject over the cable's number ends in a parenthesis of title words (`(1st
    Ministerial Meeting)`), no sentence's end; the number line holds the number, the
    classification and the precedence."""
    root = converted_text(
        "Sent: China, August 10, 1978, 01:40\nReceived: MOFA, August 10, 1978, 03:22\n"
        "To: The Foreign Minister\nFrom: Ambassador Sato\n"
        "Treaty of Peace and Friendship between Japan and China Negotiations (1st Ministerial "
        "Meeting)\nNo. 1606 (Part 1 of 2) Secret Top Urgent\n(Limited Distribution)\n"
        "The first meeting between the two foreign ministers took place in the morning, with a "
        "break of thirty minutes, in a room of the Great Hall of the People.\n",
        "August 10, 1978")
    assert "(1st Ministerial Meeting)" in texts(root, "//t:opener")[0]
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["No. 1606 (Part 1 of 2)"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "Secret", "(Limited Distribution)"]
    assert texts(root, "//t:opener/t:fw[@type='precedence']") == ["Top Urgent"]
    assert texts(root, "//t:body//t:p")[0].startswith("The first meeting")


def test_a_telegram_sent_by_wire_is_dated_by_its_sending() -> None:
    """`Sent by wire on 10/09/50 at 7:05 a.m.` is when the telegram left (its dateline, as
    `Sent on 5:30 am, 14 May 1950` is); the lines under it are the offices' dockets."""
    root = converted_text(
        "Ciphered Telegram # 600382/sh\nTo Comrade STALIN I.V.\n\n"
        "Sent by wire on 10/09/50 at 7:05 a.m.\nReceived in Moscow on 10/09/50 at 9:38 a.m.\n"
        "Sent to the 8th Department on 10/09/50 at 9:45 a.m.\n\n"
        "I herewith transmit a letter of the following content addressed to your name from "
        "the Chairman of the Cabinet of Ministers, which arrived this morning.\n",
        "October 9, 1950")
    assert texts(root, "//t:opener/t:dateline") == ["Sent by wire on 10/09/50 at 7:05 a.m."]
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Received in Moscow on 10/09/50 at 9:38 a.m.",
        "Sent to the 8th Department on 10/09/50 at 9:45 a.m."]


def test_the_copies_by_name_wrapped_to_a_second_line_stay_in_the_list() -> None:
    """`Distribution list - 11 copies: Stalin - 2,` / `Molotov - 1, Malenkov - 1, … .`: the
    second line is the list going on, not the text's first paragraph."""
    root = converted_text(
        "Ciphered Telegram # 600382/sh\nTo Comrade STALIN I.V.\n"
        "Distribution list - 11 copies: Stalin - 2,\n"
        "Molotov - 1, Malenkov - 1, Beria - 1, Mikoyan - 1, Kaganovich - 1, Bulganin - 1.\n"
        "I herewith transmit a letter of the following content addressed to your name from "
        "the Chairman of the Cabinet of Ministers, which arrived this morning.\n",
        "October 9, 1950")
    items = texts(root, "//t:list[@type='distribution']/t:item")
    assert items[0] == "Stalin - 2," and items[-1] == "Bulganin - 1."
    assert texts(root, "//t:body//t:p")[0].startswith("I herewith transmit")


def test_a_forms_name_under_the_count_of_copies_is_no_one_they_went_to() -> None:
    """`Prepared in 3 copies` / `MINUTES` / `of the Central Committee meeting …`: the minutes'
    title, not an item of a list."""
    root = converted_text(
        "Prepared in 3 copies\nMINUTES\nof the Central Committee meeting held on 12 April 1967\n\n"
        "The Central Committee approves the oral presentation by the secretary on the "
        "international questions discussed at the meeting.\n", "April 12, 1967")
    assert not root.xpath("//t:list", namespaces=NS)
    assert texts(root, "//t:div/t:head") == [
        "MINUTES of the Central Committee meeting held on 12 April 1967"]


def test_a_special_files_number_under_the_text_is_no_classification() -> None:
    """`MFA 25 September 1956 Special N1475`: `Special` before a number names the special file
    the copy went to; the registry entry's number is the signed one, not the day."""
    root = converted_text(
        "SECRET\n\nThe ambassador reported on the talks held in the ministry about the trade "
        "agreement and the deliveries for the coming year.\n\nPONOMAREV 26 September 1956\n"
        "MFA 25 September 1956 Special N1475\n", "September 26, 1956")
    assert texts(root, "//t:fw[@type='classification']") == ["SECRET"]
    assert texts(root, "//t:note[@type='registry']/t:idno") == ["N1475"]


def test_send_to_heads_a_list_and_a_heading_spaced_out_is_nobody_in_it() -> None:
    """`Send to: Standing Committee, Secretariat, …` lists where the cable went, as `Sent to:`
    does; `Send to:` over `A  C O P Y` has nobody under it but the heading."""
    root = converted_text(
        "From Beijing\nSend to: Standing Committee, Secretariat, United Front Department, "
        "Propaganda Department\n\nThe delegation arrived in the city in the morning and "
        "discussed the questions of the trade agreement at length with the ministry.\n",
        "August 1, 1956")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Standing Committee,", "Secretariat,", "United Front Department,",
        "Propaganda Department"]
    root = converted_text(
        "Send to:\nA  C O P Y\nTop Secret\n\nThe delegation arrived in the city in the morning "
        "and discussed the questions of the trade agreement at length with the ministry.\n",
        "June 6, 1944")
    assert not root.xpath("//t:list", namespaces=NS)


def test_an_archives_description_ending_on_its_classification_heads_the_text() -> None:
    """`Minutes of conversation between …, Persepolis, 15 October 1971, Top Secret`: however
    long, a description of the document, its marking last after a comma, is no paragraph."""
    root = converted_text(
        "Minutes of conversation between Nicolae Ceaușescu and the Shah, Persepolis, 15 October "
        "1971, Top Secret\nOn 15 October 1971, on the occasion of the celebrations in "
        "Persepolis, the President of the State Council met the Shah.\n", "October 15, 1971")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Top Secret"]
    assert texts(root, "//t:body//t:p")[0].startswith("On 15 October 1971")


def test_addresses_to_several_comrades_a_line_each_are_a_list() -> None:
    """`To Cde. Stalin` / `To Cde. Molotov` / …: the several the message was sent to, each an
    item (one address alone stays an address)."""
    body = ("\n\nWe forward the appeal of the national government to its population, which was "
            "published in the newspapers of the province this morning.\n")
    root = converted_text("To Cde. Stalin\n\nTo Cde. Molotov\n\nTo Cde. Beriya" + body,
                          "December 2, 1945")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "To Cde. Stalin", "To Cde. Molotov", "To Cde. Beriya"]
    root = converted_text("To Cde. Stalin" + body, "December 2, 1945")
    assert not root.xpath("//t:list", namespaces=NS)


def test_a_copys_addressee_wrapped_onto_the_next_line_stays_in_the_list_of_copies() -> None:
    """`Copy Nº 2` / `to Cde. Bulganin` between copies given a line each: the export broke one
    copy's line in two; the list goes on and the two lines are one item."""
    root = converted_text(
        "TOP SECRET\n\nCopy Nº 1 to Cde. Zhukov\nCopy Nº 2\nto Cde. Bulganin\n"
        "Copy Nº 3 to Cde. Konev\n\nWe report that the transport of the division has begun and "
        "that the fuel will reach the airfield within the week.\n", "March 3, 1947")
    assert texts(root, "//t:list[@type='distribution']/t:label") == [
        "Copy Nº 1", "Copy Nº 2", "Copy Nº 3"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "to Cde. Zhukov", "to Cde. Bulganin", "to Cde. Konev"]
    assert not root.xpath("//t:idno[@type='copy']", namespaces=NS)


def test_a_telegrams_special_numbers_caveats_and_processing_are_its_furniture() -> None:
    """`Spets. NºNº 204 205` (the special file's numbers, the Russian word transliterated),
    `Destroy after reading`, `Prepared for distribution: …`, `Rank: expedited`."""
    root = converted_text(
        "Top Secret\nDestroy after reading\nSpets. NºNº 204 205\nRank: expedited\nReceived: 3 "
        "April 1979, 8.40 am\nPrepared for distribution: 3 April 1979, 9.15 am\n\nThe minister "
        "informed the ambassador that the delegation would arrive on Thursday by train.\n",
        "April 3, 1979")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "Top Secret", "Destroy after reading"]
    # the Russian word marked as such, the number after it the idno (which holds no markup)
    assert texts(root, "//t:opener/t:note[@type='registry']") == ["Spets. NºNº 204 205"]
    assert texts(root, "//t:opener/t:note/t:foreign[@xml:lang='ru-Latn']") == ["Spets"]
    assert texts(root, "//t:opener/t:note/t:idno[@type='special']") == ["NºNº 204 205"]
    assert texts(root, "//t:opener/t:fw[@type='precedence']") == ["Rank: expedited"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Received: 3 April 1979, 8.40 am", "Prepared for distribution: 3 April 1979, 9.15 am"]


def test_the_date_under_an_outgoing_number_and_the_entrys_date_are_datelines() -> None:
    """`Nº 212 Copy Nº 1` / `3 June 1958` / … / `28 May 1958` over the text: the date the
    embassy sent the journal under its number, and the date of its entry, each a dateline
    (when the document was dated, as ENCODING says of a dateline); a number and its date alone
    over the text keep theirs."""
    body = ("\n\nI received the Ambassador of Poland at his request and we spoke about the "
            "harvest.\n")
    root = converted_text("Nº 212 Copy Nº 1\n\n3 June 1958\n\nTOP SECRET\n\n28 May 1958" + body,
                          "May 28, 1958")
    assert texts(root, "//t:opener/t:note[@type='docket']") == []
    assert texts(root, "//t:dateline") == ["3 June 1958", "28 May 1958"]
    root = converted_text("Nº 212\n\n28 May 1958" + body, "May 28, 1958")
    assert texts(root, "//t:dateline") == ["28 May 1958"]


def test_a_numbered_title_between_paragraphs_heads_a_section_whatever_its_number_suggests() -> None:
    """`1. The Talks with the Finnish Delegation` alone between paragraphs: a section's head,
    not a list of one (the role table may take its number for a list's)."""
    root = converted_text(
        "Top Secret\n\nThe minister received me today at his residence and we discussed several "
        "questions.\n\n1. The Conversation with Kekkonen\n\nKekkonen said that the Finnish "
        "government was ready to talk about the matter with us.\n", "May 3, 1962")
    assert texts(root, "//t:div[@type='section']/t:head") == [
        "1. The Conversation with Kekkonen"]
    assert not root.xpath("//t:list", namespaces=NS)


def test_the_next_numbered_title_ending_on_a_stop_heads_the_next_section() -> None:
    root = converted_text(
        "Top Secret\n\nThe minister received me today at his residence and we discussed several "
        "questions.\n\n1. The Conversation with Kekkonen\n\nKekkonen said that the Finnish "
        "government was ready to talk.\n\n2. The conversation with Gerhardsen.\n\nGerhardsen "
        "said the same and added that Norway wanted peace.\n", "May 3, 1962")
    assert texts(root, "//t:div[@type='section']/t:head") == [
        "1. The Conversation with Kekkonen", "2. The conversation with Gerhardsen."]


def test_a_first_roman_title_read_as_an_initial_heads_its_section_where_the_second_follows(
        ) -> None:
    """`I. THE MIKOYAN MISSION` after the first paragraph, `II. THE QUESTION OF INSPECTION`
    further down: the first is a part's number too, no signer's initial (it stayed a
    paragraph while the second headed a section)."""
    paragraph = ("According to the information this Embassy has been able to gather in the "
                 "diplomatic corps, the mission met with great difficulties in its talks.\n\n")
    root = converted_text(
        "Mr. Secretary:\n\nI have the honor to report to Your Excellency on the situation in "
        "Cuba after the departure of the First Vice-Premier.\n\nI. THE MIKOYAN MISSION\n\n"
        + paragraph * 4 + "II. THE QUESTION OF INSPECTION\n\n" + paragraph * 3
        + "III. THE IL-28 BOMBERS\n\n" + paragraph * 2 + "The Ambassador\n\nGilberto Bosques\n",
        "December 3, 1962")
    assert texts(root, "//t:div[@type='section']/t:head") == [
        "I. THE MIKOYAN MISSION", "II. THE QUESTION OF INSPECTION", "III. THE IL-28 BOMBERS"]


def test_the_copy_number_at_the_end_of_a_receipt_line_is_the_copys() -> None:
    root = converted_text(
        "CIPHERED TELEGRAM\n\nfrom PEKING  Nº 30517  Received at  1545  3 November 1949  "
        "Copy Nº 3\n\nThe delegation arrived yesterday and was met at the station by the "
        "members of the government and the diplomatic corps.\n\nROSHCHIN\n", "November 3, 1949")
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "from PEKING Nº 30517 Received at 1545 3 November 1949"]
    assert texts(root, "//t:opener/t:idno[@type='copy']") == ["Copy Nº 3"]


def test_a_stamps_label_with_the_copys_number_in_the_next_column_is_both() -> None:
    root = converted_text(
        "USSR MFA stamp:                Copy Nº 2\n\nNº 77 01047s\n\nThe Korean comrades "
        "told me that the harvest this year had been better than expected in all provinces.\n",
        "May 2, 1960")
    assert texts(root, "//t:opener/t:stamp") == ["USSR MFA stamp:"]
    assert texts(root, "//t:opener/t:idno[@type='copy']") == ["Copy Nº 2"]


def test_a_telegram_received_from_a_place_is_a_docket() -> None:
    root = converted_text(
        "Telegram from Hanoi received 3 Dec. 1961\n\nThe Vietnamese comrades told me that the "
        "harvest this year had been better than expected in all provinces.\n", "December 3, 1961")
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Telegram from Hanoi received 3 Dec. 1961"]
    assert texts(root, "//t:dateline") == []


def test_days_from_one_to_another_under_a_number_are_a_registrys() -> None:
    root = converted_text(
        "02214-gs\n\n20-24 October 1960\n\n17 October 1960\n\nI received the Ambassador of "
        "Poland at his request and we spoke about the harvest.\n", "October 17, 1960")
    assert texts(root, "//t:opener/t:note[@type='docket']") == ["20-24 October 1960"]
    assert texts(root, "//t:dateline") == ["17 October 1960"]


def test_comrades_addressed_on_one_long_line_are_a_list() -> None:
    root = converted_text(
        "Nº P 146/VI\n\nTo Cdes. [CPSU General Secretary Mikhail S.] Gorbachev, [Soviet Premier "
        "Nikolai] Ryzhkov, [Soviet Foreign Minister Eduard] Shevardnadze, [Soviet Defense "
        "Minister Dmitri T.] Yazov – everything; [Finance Minister Boris] Gostev – point 2.\n\n"
        "1. Agree with the ideas described in the note of the comrades and instruct the "
        "ministries to prepare the measures.\n", "January 24, 1989")
    (listed,) = texts(root, "//t:opener//t:list[@type='distribution']")
    assert "Gorbachev" in listed and "Gostev" in listed
    assert not any("Gorbachev" in p for p in texts(root, "//t:body//t:p"))


def test_a_valediction_the_mark_of_signing_and_the_name_under_it_are_one_signature() -> None:
    root = converted_text(
        "Dear Comrade Axen!\n\nI am attaching a draft of the statement for your approval and "
        "ask you to return it with your remarks.\n\nWith socialist greetings\n[signed]\n"
        "Oskar Fischer\n", "July 18, 1973")
    assert texts(root, "//t:closer/t:signed") == [
        "With socialist greetings signed Oskar Fischer"]


def test_a_record_sent_under_a_covering_note_is_attached_under_its_title() -> None:
    """A note of a few paragraphs, signed, numbered and dated, then `TRANSCRIPT OF THE
    CONVERSATION` and the record: the record is the note's attachment; one line of resolution
    over a report (`Seen and approved` / `J. Kádár, 30 December`) sends nothing."""
    note = ("To be returned to the Central Committee of the CPSU\n\nDisseminated to members of "
            "the Presidium of the Central Committee\n\nTO MEMBERS OF THE PRESIDIUM\n\n"
            "I am forwarding the transcript of my conversation with the Minister of Foreign "
            "Affairs of Turkey.\n\nThe minister requested that we send this transcript to him "
            "in a sealed envelope.\n\nN. Khrushchev\n\n35-pp\n\n6 October 1960\n\n"
            "TRANSCRIPT OF THE CONVERSATION\n\n2 October 1960, New York\n\nThe minister thanked "
            "N.S. Khrushchev for the opportunity to make this visit and conveyed greetings.\n")
    root = converted_text(note, "October 6, 1960")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "To be returned to the Central Committee of the CPSU"]
    assert texts(root, "//t:opener//t:list[@type='distribution']") == [
        "Disseminated to members of the Presidium of the Central Committee"]
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:closer/t:signed") == ["N. Khrushchev"]
    attached = "//t:postscript/t:floatingText/t:body/t:div"
    assert texts(root, f"{attached}/t:head") == ["TRANSCRIPT OF THE CONVERSATION"]
    assert texts(root, f"{attached}//t:dateline") == ["2 October 1960, New York"]
    report = ("Seen and approved, can be sent!\n\nJ. Kádár, 30 December 1981\n\nREPORT\n\n"
              "On the invitation of Comrade Jaruzelski our delegation visited Warsaw and met "
              "the members of the military council.\n")
    root = converted_text(report, "December 30, 1981")
    assert root.xpath("//t:floatingText", namespaces=NS) == []


def test_all_a_numbered_point_says_told_by_the_translator_is_a_remark() -> None:
    root = converted_text(
        "1. The delegation arrived on time and was received by the minister at the airport.\n\n"
        "2. [This point dealt with the work of the radio station.]\n\n3. The talks will go on "
        "tomorrow in the ministry of foreign affairs.\n", "May 3, 1962")
    assert texts(root, "//t:p/t:note[@type='editorial']") == [
        "This point dealt with the work of the radio station."]
    assert texts(root, "//t:supplied") == []


@pytest.mark.parametrize("sign_off", ["Kim Il Sung 29.6.51”", "KIM IL SUNG\n29.6.51”",
                                      'MAO ZEDONG 27 October 1950."'])
def test_a_relayed_messages_sign_off_and_its_date_in_figures_are_one_signature(
        sign_off: str) -> None:
    """`Kim Il Sung 29.6.51”`, or the date under the name: the quotation closes on the date,
    which is the relayed message's sign-off (as the dev gold's w010 has it), no dateline; a
    date in words after the name too, its full stop before the quotation mark."""
    root = converted_text(
        "I am sending you the telegram I received from Kim Il Sung today.\n\n“Comrade Mao "
        "Zedong! The Americans ask about negotiations and I ask you urgently to communicate "
        f"your opinion on this question.\n\n{sign_off}\n\nROSHCHIN\n", "June 29, 1951")
    assert texts(root, "//t:floatingText//t:signed") == [" ".join(sign_off.split())]
    assert texts(root, "//t:floatingText//t:dateline") == []


def test_the_titles_over_a_signature_sign_each_on_its_own_line() -> None:
    """One `signed` per signing line, as the seed's office over its ambassador's name: an
    office, a rank under it and the marked name are three lines of one closing."""
    source = ("The ships of the district will be ready for the exercise by 1 May.\n\n"
              "CHIEF OF THE POLITICAL DIRECTORATE OF THE NORTHERN FLEET\n\n"
              "REAR-ADMIRAL\n\n"
              "/signature/ PETRENKO\n")
    root = converted_text(source, "April 2, 1952")
    assert texts(root, f"{CLOSER}/t:signed") == [
        "CHIEF OF THE POLITICAL DIRECTORATE OF THE NORTHERN FLEET", "REAR-ADMIRAL",
        "/signature/ PETRENKO"]


def test_an_office_over_the_marked_signature_signs_on_its_own_line() -> None:
    """`Ambassador of the USSR to the DPRK` / `[Signature] (V. Moskovsky)`: two signing lines,
    two `signed`, as the house encoding has it (one per signing line) and as the inventories of
    the written documents mark them (ten offices over a marked name, each its own signature,
    none with the name); on one line, one `signed` (`SOVIET AMBASSADOR IN THE DPRK [signature]
    /A. PUZANOV/`). (They were one `signed` on two lines.)"""
    source = ("Enclosed is the record of the conversation with the ambassador.\n\n"
              "Ambassador of the USSR to the DPRK\n\n"
              "[Signature] (V. Moskovsky)\n")
    root = converted_text(source, "June 3, 1962")
    assert texts(root, f"{CLOSER}/t:signed") == [
        "Ambassador of the USSR to the DPRK", "Signature (V. Moskovsky)"]
    one_line = converted_text(source.replace("DPRK\n\n[", "DPRK ["), "June 3, 1962")
    assert texts(one_line, f"{CLOSER}/t:signed") == [
        "Ambassador of the USSR to the DPRK Signature (V. Moskovsky)"]


@pytest.mark.parametrize("layout", ["\n", "\n\n"])
def test_an_office_over_the_mark_and_the_name_under_it_signs_on_its_own_line(
        layout: str) -> None:
    """`AMBASSADOR` / `[illegible signature]` / `Milorad Kosanović`, on three lines: the office
    signs on its own, the mark with the typed name under it, as on two lines (they were one
    `signed`), the office ending on its colon too, the name in parentheses or not."""
    source = ("We propose that our contacts with the Cuban leadership be intensified.\n\n"
              f"AMBASSADOR{layout}[illegible signature]{layout}Milorad Kosanović\n")
    root = converted_text(source, "December 14, 1962")
    assert texts(root, f"{CLOSER}/t:signed") == ["AMBASSADOR", "signature Milorad Kosanović"]
    assert len(root.xpath(f"{CLOSER}/t:signed[2]/t:gap[@reason='illegible']",
                          namespaces=NS)) == 1
    colon = converted_text(source.replace("AMBASSADOR", "Ambassador of the CSR:"),
                           "December 14, 1962")
    assert texts(colon, f"{CLOSER}/t:signed") == [
        "Ambassador of the CSR:", "signature Milorad Kosanović"]
    parenthesised = converted_text(source.replace("Milorad Kosanović", "(Milorad Kosanović)"),
                                   "December 14, 1962")
    assert texts(parenthesised, f"{CLOSER}/t:signed") == [
        "AMBASSADOR", "signature (Milorad Kosanović)"]


def test_two_farewells_and_the_name_they_close_with_are_one_signature() -> None:
    """`Sincerely,` / `Fraternal Greetings!` / `Kim Il Sung`: the second farewell is no name,
    and the name under both signs with them (as `Humbly submitted,` over `Zhou Enlai`)."""
    source = ("We ask the Soviet government to send the specialists before the end of the "
              "year.\n\nSincerely,\nFraternal Greetings!\nKim Il Sung\nMay 2, 1955\n")
    root = converted_text(source, "May 2, 1955")
    assert texts(root, f"{CLOSER}/t:signed") == ["Sincerely, Fraternal Greetings! Kim Il Sung"]
    assert texts(root, f"{CLOSER}/t:dateline") == ["May 2, 1955"]


def test_a_dateline_left_in_the_originals_language_is_the_documents_dateline() -> None:
    source = ("Embaixada do Brasil em Buenos Aires\nData: 4 de abril de 1984\n\n"
              "The Argentine government informed this Embassy that the agreement will be signed "
              "next week.\n")
    root = converted_text(source, "April 4, 1984")
    assert texts(root, "//t:opener/t:dateline") == ["Data: 4 de abril de 1984"]


def test_the_place_of_sending_and_its_labelled_date_are_the_dateline() -> None:
    source = ("Cryptogram No 4121\nfrom Warsaw, date 3 XII 1970\nCom. Nowak\n\n"
              "The delegation will arrive in Moscow on Tuesday with the draft of the "
              "agreement.\n")
    root = converted_text(source, "December 3, 1970")
    assert texts(root, "//t:opener/t:dateline") == ["from Warsaw, date 3 XII 1970"]


def test_a_date_and_hour_then_what_came_in_then_is_the_receipt_not_the_dateline() -> None:
    source = ("No. 3310\nMarch 4, 18:40 – Sent from Buenos Aires\n\n"
              "March 5, 09:15 – Received at the Ministry\n\nTo: Minister for Foreign Affairs\n\n"
              "The Argentine delegation will arrive on Friday with the draft of the agreement.\n")
    root = converted_text(source, "March 4, 1977")
    assert texts(root, "//t:opener/t:dateline") == ["March 4, 18:40 – Sent from Buenos Aires"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "March 5, 09:15 – Received at the Ministry"]


def test_a_signature_marked_ss_as_romanian_copies_abbreviate_it_signs() -> None:
    source = ("The embassy will report on the talks as soon as the minister returns.\n\n"
              "(ss) Ion Popescu\n")
    root = converted_text(source, "May 4, 1971")
    assert texts(root, "//t:closer/t:signed") == ["(ss) Ion Popescu"]


def test_a_classification_with_its_use_caveat_is_one_marking_over_the_text() -> None:
    source = ("SECRET, FOR OFFICIAL USE ONLY\n\nThe ministry will send the plan of the exercise "
              "to the regional commands by Friday.\n")
    root = converted_text(source, "June 3, 1981")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "SECRET, FOR OFFICIAL USE ONLY"]


def test_the_editors_brackets_after_a_signature_leave_it_the_closers() -> None:
    """A signature, then paragraphs that are the editor's brackets alone (`[3 pages of brief
    handwritten notes follow, …]`), however long: no text of the document follows it."""
    source = ("A few copies of the articles on the peaceful utilization of atomic energy were "
              "forwarded to the Department by our Deputy Secretary with his letter.\n\n"
              "(G.R. Walker)\n\nfor Under Secretary\n\n"
              "[3 pages of brief handwritten notes follow, one reading: “This was submitted to "
              "the Prime Minister, who mentioned the article to the Chinese Premier in their "
              "talks, and the Premier replied that it was only a theoretical analysis.”]\n")
    root = converted_text(source, "April 2, 1960")
    assert texts(root, "//t:closer/t:signed") == ["(G.R. Walker) for Under Secretary"]
    assert len(texts(root, "//t:postscript/t:p")) == 1


def test_the_hour_under_the_date_is_the_datelines() -> None:
    root = converted_text("CLASSIFIED\n\nRECORD OF CONVERSATION\nof Cdes. L.I. Brezhnev and "
                          "N. Ceaușescu in Sofia.\n7 March, 1968\n(16:50)\nThe conversation "
                          "took place before the evening session of the committee, at the "
                          "request of the Romanian side.\n", "March 7, 1968")
    assert texts(root, "//t:dateline") == ["7 March, 1968 (16:50)"]


@pytest.mark.parametrize("line", ["Per Point 16, Prot. No. 104",
                                  "Reference point 151 of Minutes Nº 177",
                                  "Re: item 3 of Protocol No. 12",
                                  # (the point's series letters, the protocol as `Pr.`)
                                  "Per p. 380-gs. Pr. No. 81"])
def test_the_protocol_point_over_a_decision_is_its_number(line: str) -> None:
    root = converted_text(f"{line}\n\nThe Ministry of Foreign Affairs presents its compliments "
                          "to the Embassy and has the honour to inform it of the treaty.\n",
                          "July 1, 1968")
    assert texts(root, "//t:opener/t:idno[@type='document']") == [line]


def test_the_years_motto_and_the_offices_number_under_the_date_are_the_openers() -> None:
    """`Managua, 12 January 1983` / `"Year of the Struggle for Peace and Sovereignty"` /
    `MRE/DGAL/0047/83`: the year's motto is no paragraph of the text (the letter under it was
    read as a paper it relayed), and the ministry's offices and figures are the number."""
    root = converted_text(
        "MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF NICARAGUA\nManagua, 12 January 1983\n\"Year "
        "of the Struggle for Peace and Sovereignty\"\nMRE/DGAL/0047/83\nCONFIDENTIAL\n"
        "Compañero [Comrade] Ambassador:\nBy instruction of Compañero Minister D'Escoto, I ask "
        "you to request [an] audience with the Secretary of Foreign Relations, [in order] to "
        "convey to him our Government's support for the declaration issued on the island of "
        "Contadora on 9 January. [...]\nFraternally,\n[illegible signature]\nVíctor Hugo "
        "Tinoco\nVice-Minister\nFile\n", "January 12, 1983")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["MRE/DGAL/0047/83"]
    assert "Year of the Struggle" in "".join(root.find(".//t:opener", NS).itertext())
    assert root.find(".//t:floatingText", NS) is None
    assert texts(root, "//t:body/t:div/t:p")[0].startswith("By instruction")


def test_who_recorded_it_under_its_label_signs_the_record() -> None:
    """`Recorded by:` / `Josef Šediva, counsellor`, a blank line apart, the hand's note under
    them: the recorder, his office after the comma, signs, the label with him (it was a line
    of the closer over his signature)."""
    root = converted_text(
        "Comment of the embassy:\n\nComrade Wu Chan was open and friendly; unlike other "
        "officials, he did not avoid questions about the difficulties.\n\nRecorded by:\n\n"
        "Josef Šediva, counsellor\n\n[handwritten:] Seen. To be shown to Comrade Minister. "
        "4.III.59\n\n[illegible signature]\n", "February 16, 1959")
    assert "Recorded by: Josef Šediva, counsellor" in texts(root, f"{CLOSER}/t:signed")


def test_the_recorders_label_alone_over_his_name_signs_with_it() -> None:
    """`Recorded by:` / `D. Stojković` / `Belgrade, 3 July 1979`: one signature, as `Recorded
    by: Petrov` on one line is; a line over a signer that labels nobody stays apart."""
    assert closing_lines("The conversation lasted an hour and a half and was conducted in a "
                         "correct atmosphere.\n\nRecorded by:\nD. Stojković\n\nBelgrade, 3 "
                         "July 1979\n", "July 3, 1979") == (
        ["Recorded by: D. Stojković"], ["Belgrade, 3 July 1979"])


@pytest.mark.parametrize(("dated", "motto"), [
    ("Havana, 3 August 1964, Year of the Economy [Año de la Economía].", None),
    ("Havana, 2 November 1962", "'Year of Planning' [Año de la Planificación]"),
])
def test_a_relayed_notes_date_motto_and_seal_are_its_closing(dated: str,
                                                             motto: str | None) -> None:
    """`Havana, 3 August 1964, Year of the Economy [Año de la Economía].` / `[Seal of the
    Ministry …]"`: the relayed note's place, date and the year's motto, then its seal, the
    quotation closing after it, are the note's closing (they were paragraphs); the motto on
    a line of its own signs nothing."""
    closing = f"{dated}\n\n{motto}\n\n" if motto else f"{dated}\n\n"
    root = converted_text(
        "Number 4127\n\nCONFIDENTIAL\n\nHavana, 4 August 1964, 19:10 hrs.\n\n712. Today at noon "
        "the Director of Protocol delivered to me the following note, which I transcribe in "
        "full:\n\n\"No. 1348. The Ministry of Foreign Relations of the Republic of Cuba presents "
        "its compliments to the Embassy of the United Mexican States and has the honor to refer "
        "to the declaration of its Government.\n\nThe Ministry of Foreign Relations avails itself "
        "of this opportunity to renew to the Embassy the assurances of its highest "
        f"consideration.\n\n{closing}[Seal of the Ministry of Foreign Relations of the Republic "
        "of Cuba]\"\n\nOn acknowledging receipt I limited myself to stating that I would "
        "transmit the note to my Government.\n\nPEÑALOSA\n", "August 4, 1964")
    inner = root.find(".//t:floatingText//t:closer", NS)
    assert inner is not None
    assert inner.find("t:stamp", NS) is not None
    assert inner.find("t:dateline", NS) is not None
    assert [text for text in texts(root, "//t:floatingText//t:signed") if "Year" in text] == []


_DECISION_CLOSING = (
    "SECRETARY OF THE CC\n[Stamp: Subject to return within 7 days to the CC CPSU\n(General "
    "Department, 1st sector)]\n[handwritten:] To file. Cde. Puzanov informed, No. 1096 of "
    "16.V.58.\n")


@pytest.mark.parametrize("caption", [
    "To item 17s of prot. No. 58",
    "Attachment 2\nto point 24 of Protocol No. 316",
    "[Attachment]\nto point 27 of prot. No. 81",
])
def test_an_attachments_caption_under_the_decision_names_no_number(caption: str) -> None:
    """`To item 17s of prot. No. 58` over the telegram a decision approves says whose
    attachment it is: the decision's numbers, none of the attachment's own (`idno`)."""
    root = converted_text(
        "TOP SECRET\nNo. St-58/17s\nExtract from protocol No. 58, § 17s, of the meeting of the "
        "Secretariat of the CC of 14 May 1958\nOn the request of the CC of the Korean Workers' "
        "Party\n1. Accept the proposal of the CC of the Korean Workers' Party to send a group of "
        "15 party workers to the USSR.\n2. Approve the text of the telegram to the Soviet "
        f"Ambassador in the DPRK (attached).\n{_DECISION_CLOSING}{caption}\nSecret\nPYONGYANG\n"
        "SOVIET AMBASSADOR\nVisit Cde. Pak Kym-chkhol and tell him that the CC CPSU agrees to "
        "receive the group in June-July of this year.\nTelegraph the fulfillment.\nSECRETARY OF "
        "THE CC CPSU\n", "May 14, 1958")
    assert texts(root, "//t:idno") == ["No. St-58/17s"]
    assert caption.split("\n")[-1] in "".join(root.itertext())


def test_the_copies_counted_over_their_heading_are_one_lists_heading() -> None:
    """`Made in: 12 copies` / `Sent to: Comrade Várkonyi Comrade Roska`: how many, then where
    they went, one list (the count alone over the text is no list)."""
    root = converted_text("TOP SECRET!\n\nMade in: 12 copies\nSent to: Comrade Várkonyi Comrade "
                          "Roska\nComrade Esztergályos Comrade Nagy\n\nI conducted consultative "
                          "discussions in Baghdad between 11 and 13 December 1984 with the "
                          "deputy minister.\n", "December 22, 1984")
    assert texts(root, "//t:list[@type='distribution']/t:head") == [
        "Made in: 12 copies Sent to:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Comrade Várkonyi", "Comrade Roska", "Comrade Esztergályos", "Comrade Nagy"]


def test_the_place_over_the_hour_of_sending_is_the_datelines() -> None:
    """`Saigon` / `Dispatched 10.04.63 at 11:10 hours`: where and when it was sent, one
    dateline; a receipt under it stays the docket's."""
    root = converted_text("Saigon\nDispatched 10.04.63 at 11:10 hours\nReceived 10.08.63 at "
                          "09:00 hours\nNo. 12830\n\n1. I am trying to carry out the "
                          "instructions within my capabilities, as the Commission is not "
                          "working.\n", "October 4, 1963")
    assert texts(root, "//t:opener/t:dateline") == ["Saigon Dispatched 10.04.63 at 11:10 hours"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Received 10.08.63 at 09:00 hours"]


def test_a_circular_addressed_to_party_bodies_in_capitals_is_its_distribution() -> None:
    root = converted_text(
        "Top Secret\n\nTO THE MEMBERS AND CANDIDATE MEMBERS OF THE CC CPSU\n"
        "THE MEMBERS OF THE CPSU CENTRAL AUDITING COMMISSION\n"
        "THE MOSCOW CITY COMMITTEE OF THE CPSU\n\n"
        "The Central Committee of the CPSU considers it necessary to inform the Party "
        "organizations about the situation and about the measures taken by our side.\n",
        "December 28, 1979")
    assert texts(root, "//t:list[@type='distribution']/t:head") == [
        "TO THE MEMBERS AND CANDIDATE MEMBERS OF THE CC CPSU"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "THE MEMBERS OF THE CPSU CENTRAL AUDITING COMMISSION",
        "THE MOSCOW CITY COMMITTEE OF THE CPSU"]


def test_an_address_in_capitals_to_one_comrade_and_his_offices_is_no_list() -> None:
    """`TO COMRADE PETAR MLADENOV` / `MEMBER OF THE POLITBURO OF THE CC OF THE BCP` /
    `MINISTER OF FOREIGN AFFAIRS`: one addressee and his offices (they were a distribution
    list, as a circular's bodies in capitals are)."""
    root = converted_text(
        "Ref. No. 381\nPyongyang, 2 October 1985\nTO COMRADE PETAR MLADENOV\nMEMBER OF THE "
        "POLITBURO OF THE CC OF THE BCP\nMINISTER OF FOREIGN AFFAIRS\nS O F I A\n\nThe "
        "exchange of visits between the DPRK and South Korea took place in September as agreed "
        "between the two Red Cross societies.\n\nAmbassador\n", "October 2, 1985")
    assert texts(root, "//t:list") == []


@pytest.mark.parametrize(("address", "wrapped"), [
    ("TO HIS MAJESTY SHAH OF IRAN", "MOHAMMED REZA PAHLAVI"),
    ("TO THE ACTING HEAD OF THE MPRP FOREIGN AFFAIRS", "DEPARTMENT COMRADE SH. DAGVA"),
])
def test_an_address_in_capitals_wrapped_onto_a_second_line_is_no_circular(
        address: str, wrapped: str) -> None:
    root = converted_text(f"28 July 1946\n{address}\n{wrapped}\n\nThank you for the letter "
                          "and for the good wishes it conveyed to our people and to me.\n",
                          "July 28, 1946")
    assert root.xpath("//t:list", namespaces=NS) == []
    assert f"{address} {wrapped}" in texts(root, "//t:opener")[0]


def test_the_kind_of_record_spaced_out_heads_the_text_under_the_copies() -> None:
    """`R E P O R T` / `on Iraqi consultations` under a list whose recipients run on with
    their copies (`Department of District IX (2 copies) …`): the record's title, not a
    signer's name spaced out; the recipients' line stays the list's."""
    root = converted_text(
        "TOP SECRET!\nMade in: 12 copies\nSent to: Comrade Várkonyi Comrade Roska\n"
        "Department of District IX (2 copies) Department of District X (2 copies) Comrade "
        "Mrs. Szücs\nR E P O R T\non Iraqi consultations\nI conducted consultative discussions "
        "in Baghdad between 11 and 13 December 1984. My negotiating partner was the deputy "
        "minister.\n", "December 22, 1984")
    assert texts(root, "/t:TEI/t:text//t:div/t:head") == ["R E P O R T on Iraqi consultations"]
    assert texts(root, "//t:list[@type='distribution']/t:item")[-1].startswith(
        "Department of District IX (2 copies)")
    assert not root.xpath("//t:signed", namespaces=NS)


def test_a_letterhead_with_a_full_stop_opens_the_furniture_not_the_text() -> None:
    """`The Embassy of the Hungarian People's Republic.` over the marking and the dateline:
    who writes, no sentence; the place and date under it stay the dateline."""
    root = converted_text("The Embassy of the Hungarian People's Republic.\nTop Secret.\n\n"
                          "Pyongyang, 1 March 1961.\n\nIn the course of my conversation with "
                          "Comrade Puzanov the position of the Korean comrades also arose.\n",
                          "March 1, 1961")
    assert texts(root, "//t:opener/t:dateline") == ["Pyongyang, 1 March 1961."]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Top Secret."]


def test_a_file_number_with_its_year_and_part_after_the_marking_is_one_entry() -> None:
    """`96/7/Top Secret. 1956. I/3.`: the file's number, the marking, the year and the part of
    the file, one registry entry (the marking inside it), nothing of it left behind."""
    number = "96/7/Top Secret. 1956. I/3."
    root = converted_text(f"{number}\n\nPresenter: Lajos Karsai\n\nI paid a visit to the "
                          "Soviet ambassador, who told me of the talks in Moscow.\n",
                          "September 10, 1956")
    entry = "//t:opener/t:note[@type='registry']"
    assert texts(root, entry) == [number]
    assert texts(root, f"{entry}/t:fw[@type='classification']") == ["Top Secret."]


def test_a_records_particulars_under_its_summary_are_the_opener_its_time_and_place_dated() -> None:
    """A file's record of conversation: the title, the summary line, those present, then
    `Time:` and `Location:`: the opener under the title, time and place one dateline."""
    root = converted_text(
        "Record of Conversation from Premier Zhou Enlai’s Reception of the Ambassador\n\n"
        "The Ambassador expresses gratitude for the visit and asks about the aid agreement.\n\n"
        "Accompanying person: Department Director Zhou Qiuye\n\n"
        "Time: 2 p.m., 3 June 1963\n\nLocation: West Flower Hall, State Council\n\n"
        "Ambassador: After returning, I wanted to see Your Excellency the Premier. Thank you "
        "for receiving me so soon.\n", "June 3, 1963")
    assert texts(root, "//t:div/t:opener/t:dateline") == [
        "Time: 2 p.m., 3 June 1963 Location: West Flower Hall, State Council"]
    assert texts(root, "//t:div/t:p")[0].startswith("Ambassador: After returning")


def test_a_cables_labelled_place_and_date_are_its_dateline() -> None:
    """`From: Bandung` / `Date: 1955, April, 21` in a cable's form: where and when it was
    sent, one dateline (the year first, with commas, as the form prints it)."""
    root = converted_text("Priority: Rush\nFrom: Bandung\nDate: 1955, April, 21\n\nOn the 20th "
                          "the city organized a choir of students to welcome the delegations to "
                          "the conference.\n", "April 21, 1955")
    assert texts(root, "//t:opener/t:dateline") == ["From: Bandung Date: 1955, April, 21"]


def test_notes_of_short_lines_are_the_text_not_a_long_closer() -> None:
    """A leader's notes of a meeting, a short line each with a sentence or two among them:
    more lines than any closer has, the text's; none of them a signature."""
    lines = ["Affair Gniffke — how possible — parity", "what lessons — Pol. bureau",
             "Situation of the KPD", "sever connection (with SED) —",
             "Tasks in consequence of split Germany", "Struggle for democracy", "Help to KPD",
             "Literature — 5", "Paper — print shop — money", "Subsidies Paper 80— 100,000",
             "Unity Peace", "(Comparison Teutons)", "Bloc policy", "Trade unions — youth",
             "Land reform — result", "Schools — teachers", "Church — question",
             "Reparations — 10 billion", "Police — border", "Elections — autumn",
             "Zones — trade", "Berlin — currency", "Youth — FDJ", "Und"]
    source = ("The meeting took place in the evening and lasted four hours, with Stalin, "
              "Molotov and Malenkov present throughout.\n\n" + "\n\n".join(lines) + "\n")
    root = converted_text(source, "December 18, 1948")
    assert not root.xpath("//t:closer", namespaces=NS)
    assert "Situation of the KPD" in texts(root, "//t:body//t:p")


_NOTES_OVER = ["St[alin]: up to now all proposals rejected", "Situation:", "no compromises",
               "Creation of a European Army--not against the West but rather about power",
               "Atlantic Treaty--independent state in the West",
               "Demarcation line dangerous borders", "We must consider terrorist acts.",
               "Defense:", "Reinstate the liquidated garrisons", "3000",
               "Tanks—artillery will be supplied", "Hoffmann--24 units--5800"]
_NOTES_UNDER = ["--way to socialism--state prod[uction] is socialistic",
                "Better pay for engineers", "1 : 1,7", "2-3x more than workers", "apartment",
                "11-12000 Rbl [Rubles] to academics", "propositions not dealt with",
                "Party not dealt with Party conference", "KPD", "Economic conference",
                "Unity, peace treaty--agitate further"]


def test_notes_of_short_lines_around_the_sentences_are_the_text_not_opener_and_closer() -> None:
    """A leader's notes of a meeting, one line each, before and after the few sentences they
    hold: runs of lines with no furniture in them, longer than an opener's or a closer's, are
    the text's, numbers and capitals among them (`2-3x more than workers`, `KPD`) neither a
    registry's nor a signer's; a contraction expanded in brackets (`Rbl [Rubles]`) is a gloss."""
    source = ("\n".join(_NOTES_OVER) + "\nNot militia, but rather [a] well-trained army. "
              "Everything without clamor, but persistent.\nClever to start in autumn.\n"
              "Instructors at their disposal.\ncreate facts. In the beginning the action.\n"
              + "\n".join(_NOTES_UNDER) + "\n")
    root = converted_text(source, "April 7, 1952")
    assert not root.xpath("//t:opener | //t:closer | //t:signed | //t:idno", namespaces=NS)
    paragraphs = " ".join(texts(root, "//t:body//t:p"))
    assert all(" ".join(line.replace("[", "").replace("]", "").split()) in paragraphs
               for line in _NOTES_OVER + _NOTES_UNDER)
    assert texts(root, "//t:note[@type='editorial']") == ["Rubles"]


def test_an_opening_of_unmarked_lines_as_long_as_an_address_stays_an_opener() -> None:
    """Seven lines of an address and a routing note over the text, none of them furniture the
    classifier knows: fewer than the notes of a meeting have, an opener still."""
    source = ("To the Ministry of Foreign Affairs\nFourth Department\nComrade Petrov\n"
              "Moscow\nvia the embassy courier\nfor the attention of the desk\n"
              "copy for the archive of the mission\n\nThe delegation arrived on Monday and "
              "held talks with the ministry about the trade agreement for next year.\n")
    root = converted_text(source, "April 7, 1952")
    assert root.xpath("//t:opener", namespaces=NS)


def test_the_date_an_extract_is_from_under_the_letterhead_is_its_dateline() -> None:
    root = converted_text("Communist Party of the Soviet Union. Central Committee\n\n"
                          "from 29.V.1980\n\nExcerpt from the records #213 of the Secretariat\n\n"
                          "The plan of propaganda work on Nicaragua is approved, and the "
                          "departments are to carry it out.\n", "May 29, 1980")
    assert texts(root, "//t:opener/t:dateline") == ["from 29.V.1980"]


def test_the_letterheads_address_and_telephone_are_no_document_number() -> None:
    root = converted_text("WILLY BRANDT\nSPD Chairman\n\nOLLENHAUERSTR. 1, 5300 BONN "
                          "ERICH-OLLENHAUER-HAUS TELEPHONE 022/532 309\n\nSeptember 17, 1980\n\n"
                          "Thank you for your letter of the 28th of August and its continuation "
                          "of our exchange of views.\n", "September 17, 1980")
    assert not root.xpath("//t:idno", namespaces=NS)
    assert "TELEPHONE 022/532 309" in texts(root, "//t:opener")[0]


def test_copies_numbered_with_where_each_went_are_a_list_the_sign_of_the_first_alone() -> None:
    """`Copy Nº 1 to Cde. Stalin` / `Nº 2 to Cde. Stalin` at a cable's head: its copies,
    the second printed without the word `Copy`."""
    root = converted_text("CABLE Nº 21680\n\nCopy Nº 1 to Cde. Stalin\n\nNº 2 to Cde. Stalin\n\n"
                          "Comrade Filippov, I am passing on the reports of Li Kenong on the "
                          "talks at Kaesong.\n", "July 11, 1951")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Copy Nº 1 to Cde. Stalin", "Nº 2 to Cde. Stalin"]


@pytest.mark.parametrize("copy", ["Copy Nº only", "Copy Nº ___"])
def test_a_marking_beside_a_copy_left_blank_or_the_only_one(copy: str) -> None:
    """`TOP SECRET Copy Nº only`: the marking and the one copy, each its own; the header's
    category is the marking alone."""
    root = converted_text(f"TOP SECRET {copy}\n\n22 February 1956\n\nWe are sending you the "
                          "journal of the Soviet Ambassador in the DPRK for the period.\n",
                          "February 22, 1956")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["TOP SECRET"]
    assert texts(root, "//t:opener/t:idno[@type='copy']") == [copy]
    assert texts(root, "//t:taxonomy/t:category/t:catDesc") == ["TOP SECRET"]


def test_the_telegrams_number_in_its_sending_line_is_marked_in_the_dateline() -> None:
    """`From Pyongyang, No. 4040. 10 hours 10 minutes. 8.II.1950`: where and when it was sent,
    the number the cipher office gave it inside."""
    root = converted_text("From Pyongyang, No. 4040. 10 hours 10 minutes. 8.II.1950\n\n"
                          "To Comrade Vyshinsky. Kim Il Sung asked me to pass on his request for "
                          "a meeting.\n", "February 7, 1950")
    assert texts(root, "//t:opener/t:dateline") == [
        "From Pyongyang, No. 4040. 10 hours 10 minutes. 8.II.1950"]
    assert texts(root, "//t:opener/t:dateline/t:idno[@type='document']") == ["No. 4040"]
    # (a border directorate's letter: its registry code between the date and the place)
    root = converted_text("Directorate of the MVD Border Troops of the Azerbaijan District\n"
                          "4 December 1946 L-15470 Baku\nTop Secret\n\nAccording to "
                          "information of the agent network, the tribes intend to cross the "
                          "border.\n", "December 4, 1946")
    assert texts(root, "//t:opener/t:dateline/t:idno[@type='document']") == ["L-15470"]


def test_the_address_under_a_list_of_copies_is_no_item_of_it() -> None:
    """`Distribution list:` / the copies / `Comrade STALIN I.V.:`: the address that ends in a
    colon opens the text; comrades named under a heading without one are its items."""
    root = converted_text(
        "Ministry of Foreign Affairs of the USSR\nDistribution list:\nStalin - 1, Molotov - 1,"
        "\nBeria - 1, Mikoyan - 1.\n\nComrade STALIN I.V.:\n\nIn connection with Comrade "
        "Shtykov's telegram we consider it necessary to reply in accordance with the draft.\n",
        "October 6, 1950")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Stalin - 1, Molotov - 1,", "Beria - 1, Mikoyan - 1."]
    assert texts(root, "//t:opener/t:salute") == ["Comrade STALIN I.V.:"]
    seen = converted_text("To be seen by\nComrade Szabó F.\nComrade Bényei\n\nThe text of "
                          "the report follows here, as the embassy wrote it.\n", "May 5, 1950")
    assert texts(seen, "//t:list/t:item") == ["Comrade Szabó F.", "Comrade Bényei"]


def test_copies_numbered_under_their_heading_are_one_list() -> None:
    """`Copies:` / `Nº 1to Cde. Stalin` / `Nº 2 to Cde. Stalin` / …: each copy's number and
    where it went, one list under the heading (not document numbers after its first item)."""
    root = converted_text(
        "CIPHERED TELEGRAM Nº 16002\nCopies:\nNº 1to Cde. Stalin\nNº 2 to Cde. Stalin\n"
        "Nº 3 to Cde. Molotov\nfrom BEIJING received at 1750 31 January 1952\n\n"
        "I am sending you for your information the text of an agreement reached about two "
        "orders of business.\n", "January 31, 1952")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Nº 1to Cde. Stalin", "Nº 2 to Cde. Stalin", "Nº 3 to Cde. Molotov"]
    assert texts(root, "//t:idno[@type='document']") == ["CIPHERED TELEGRAM Nº 16002"]


def test_a_date_with_the_list_of_copies_beside_it_is_a_dateline_and_a_list() -> None:
    """`28 August 1951 Copies: Malenkov, Molotov, Vyshinsky, Vasilevsky`: two columns of an
    extract's head on one line."""
    root = converted_text(
        "CENTRAL COMMITTEE\n\nNo. P83/280\n\n28 August 1951 Copies: Malenkov, Molotov, "
        "Vyshinsky, Vasilevsky\n\nExcerpt from protocol No. 83 of the meeting of the Politburo"
        "\n\nThe Politburo approved the draft of the reply to Comrade Mao Zedong, which is "
        "attached to this excerpt.\n", "August 28, 1951")
    assert texts(root, "//t:opener/t:dateline") == ["28 August 1951"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Malenkov,", "Molotov,", "Vyshinsky,", "Vasilevsky"]


def test_a_bracket_line_describing_a_dated_notation_is_a_remark_not_a_dateline() -> None:
    """`[Czech-language notation dated 26 October]` under the signed date: the translator's
    account of a mark on the page (its words are the line's, though all in brackets)."""
    source = ("We hereby inform you of the information received from our partners on the "
              "situation in the country.\n\n24 October 1989\n\n[Czech-language notation dated "
              "26 October]\n")
    root = converted_text(source, "October 24, 1989")
    assert texts(root, "//t:closer/t:dateline") == ["24 October 1989"]
    assert texts(root, "//t:closer/t:note[@type='editorial']") == [
        "Czech-language notation dated 26 October"]


def test_a_telegram_to_a_city_and_comrades_there_lists_them() -> None:
    root = converted_text(
        "TELEGRAM\n\nFROM BAKU 26 November 1945\n\nto MOSCOW, to Cdes. STALIN, MOLOTOV, "
        "BERIA, and MALENKOV\n\nWe report the situation in the province as of 0800 26 "
        "November.\n", "November 26, 1945")
    assert texts(root, "//t:list[@type='distribution']") == [
        "to MOSCOW, to Cdes. STALIN, MOLOTOV, BERIA, and MALENKOV"]


def test_the_number_of_the_file_a_copy_belongs_to() -> None:
    root = converted_text(
        "Secret Copy Nº 6\n\nto Nº 419/OP 30 June 1956\n\nPROTOCOL OF THE DISCUSSIONS\n\n"
        "27 June 1956\n\nAfter a brief exchange of greetings the chairman asks the guests "
        "whether they may begin.\n", "June 27, 1956")
    assert texts(root, "//t:opener/t:idno") == ["Copy Nº 6", "to Nº 419/OP 30 June 1956"]


def test_a_numbered_point_cut_off_at_the_end_is_nobodys_signature() -> None:
    root = converted_text(
        "Instructions on the Boundary Issue\n\nPlease study the following tasks and implement "
        "them according to the conditions of the embassy.\n\n(1) Charge d’Affaires Huang "
        "should\n", "November 15, 1962")
    assert not texts(root, "//t:signed")


def test_an_embassy_over_its_date_is_the_dateline() -> None:
    """(Over a place and date, it heads the letter: see the Polish embassy's above.)"""
    root = converted_text(
        "Embassy of the GDR in the PR China\n\n1 April 1969\n\nNote about a Working "
        "Breakfast of the Ambassadors on 28 March 1969\n\nComrade Halasz said that the "
        "situation had not changed since the last meeting of the ambassadors.\n",
        "April 1, 1969")
    assert texts(root, "//t:opener/t:dateline") == [
        "Embassy of the GDR in the PR China 1 April 1969"]


def test_an_editions_heading_over_the_documents_marking_number_and_dateline() -> None:
    """A printed volume's heading over each document (`March 28, code message of …:`), then
    the document's own marking, number and dateline: the opening lines go on under the
    heading (they were the text's first paragraphs)."""
    root = converted_text(
        "March 28, code message of the ambassador in Helsinki:\n\nthe position of the "
        "Scandinavian states regarding the plan\n\nTop Secret!\n\nCode message No 3794\n\n"
        "from HELSINKI, transmitted March 28, 1958, 12.30 hrs\n\nOur informer reports that at "
        "the conference of foreign ministers the position of the representatives was as "
        "follows.\n", "March 28, 1958")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Top Secret!"]
    assert texts(root, "//t:opener/t:idno") == ["Code message No 3794"]
    assert texts(root, "//t:opener/t:dateline") == [
        "from HELSINKI, transmitted March 28, 1958, 12.30 hrs"]
    assert texts(root, "//t:body//t:p")[0].startswith("Our informer reports")


@pytest.mark.parametrize("heading", [
    # (the heading's three lines in one block, 26 words)
    "November 27, code message of the ambassador in Stockholm\nregarding the talks with the "
    "minister of foreign affairs of Sweden\non the plan and the Berlin question.",
    # (the edition's number of the document over it)
    "80\n\nFebruary 24, code message of the chargé d’affaires\nof the mission in Vienna:\n\n"
    "reactions to the memorandum regarding the plan",
])
def test_an_editions_heading_in_one_block_or_under_its_number(heading: str) -> None:
    root = converted_text(
        f"{heading}\n\nTop secret!\n\nCode message No 15023\n\nfrom Stockholm, transmitted on "
        "Nov. 27, 15.00 hrs\n\nOn the 27th of this month the minister received me for a "
        "40-minute conversation about the plan.\n", "November 27, 1958")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Top secret!"]
    assert texts(root, "//t:opener/t:idno") == ["Code message No 15023"]
    assert texts(root, "//t:opener/t:dateline") == [
        "from Stockholm, transmitted on Nov. 27, 15.00 hrs"]
    assert texts(root, "//t:body//t:p")[0].startswith("On the 27th")


def test_an_editions_heading_under_its_number_over_the_place_and_date() -> None:
    """The edition's number, its heading in three long lines, then no marking but the place
    and date, the precedence, the code message and its addressees: the opening lines go on
    under the heading (they were the text's first paragraphs); a short first paragraph over a
    place and date, no edition's number over it, stays the text's."""
    source = (
        "146\nMay 7, code message of deputy minister Winiewicz to the permanent representative\n"
        "at the UN in New York and the ambassador in London regarding further diplomatic action"
        "\nin relation to the Rapacki Plan\nWarsaw, May 7, 1958\nFlash – Deliver immediately\n"
        "CODE MESSAGE No 4802, May 7, 20.30 hrs\nMichałowski – New York\nMilnikiel – London\n"
        "We instruct Sieradzki and our ambassadors in Oslo and Copenhagen to conduct "
        "unofficial, probing conversations with the local ministries about the plan.\n"
        "We ask you to act in this direction via such channels as you deem appropriate.\n")
    root = converted_text(source, "May 7, 1958")
    assert texts(root, "//t:opener/t:dateline") == ["Warsaw, May 7, 1958"]
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "Michałowski – New York", "Milnikiel – London"]
    assert texts(root, "//t:body//t:p")[0].startswith("We instruct Sieradzki")
    unnumbered = converted_text(source.replace("146\n", "", 1), "May 7, 1958")
    assert texts(unnumbered, "//t:body//t:p")[0].startswith("May 7, code message")


def test_a_german_notes_place_and_date_and_its_subject_line() -> None:
    """A note left in German (`Bonn, den 22. Februar 1991` / `Betr.: …`): the place and date
    are the dateline, the subject under them with its date is none."""
    root = converted_text(
        "Abteilungsleiter 2\nBonn, den 22. Februar 1991\nV e r m e r k\nBetr.: Telefongespräch "
        "am 21. Februar 1991\nDer Bundeskanzler erkundigt sich eingangs nach dem Befinden von "
        "Präsident Gorbatschow und spricht lange.\n\nPräsident Gorbatschow erwidert, ihm gehe "
        "es so wie der Perestroika heute.\n", "February 22, 1991")
    assert texts(root, "//t:opener/t:dateline") == ["Bonn, den 22. Februar 1991"]
    assert "Betr.: Telefongespräch am 21. Februar 1991" in texts(root, "//t:opener")[0]


def test_a_hands_note_over_the_cable_opens_it_and_covers_no_attachment() -> None:
    source = ("[handwritten across the list of addressees: to Cde. Malenkov "
              "[[illegible word or words]] the Koreans]\n\nCable\n\nStrictly Secret\n\n"
              "Copy Nº 2 to Cde. Stalin\n\n"
              "Copy Nº 3 to Cde. Molotov\n\nfrom PYONGYANG\n\nNº 34201\n\n"
              "1220 3 November 1949\n\nThe equipment supplied for the arsenal has been "
              "installed and most of the shops will be handed over to the Koreans in November."
              "\n\nSHTYKOV\n")
    root = converted_text(source, "November 3, 1949")
    assert not root.xpath("//t:floatingText | //t:postscript", namespaces=NS)
    assert texts(root, "//t:opener/t:add") == [
        "to Cde. Malenkov [word or words] the Koreans"]  # the gap keeps what is illegible
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Strictly Secret"]
    assert texts(root, "//t:closer/t:signed") == ["SHTYKOV"]


def test_a_letter_in_chinese_alone_is_signed_and_dated_under_its_text() -> None:
    source = ("毛主席并中央:\n\n今日下午费德林奉维辛斯基同志之命来询问我代表团进行工作的日程,"
              "我当根据主席致菲利波夫同志电中所述两大部分即报告与商谈的各项问题告以进行程序的"
              "意见。\n\n晚六时,我借张闻天同志往访维辛斯基外长,他说我所提的程序甚合理,待我往见"
              "斯大林同志后即可决定,并发公报。\n\n周恩来\n\n八月十八日二十时\n")
    root = converted_text(source, "August 18, 1952")
    assert texts(root, "//t:closer/t:signed") == ["周恩来"]
    assert texts(root, "//t:closer/t:dateline") == ["八月十八日二十时"]
    assert texts(root, "//t:opener") == ["毛主席并中央:"]
    assert len(root.xpath("//t:div/t:p", namespaces=NS)) == 2


def test_a_date_the_translator_completed_is_the_datelines() -> None:
    source = ("Incoming Nº 477\n\n12 [January] 1947\n\nOutgoing Nº 19\n\nOn the day I was "
              "visited by General Zhang Zhizhong, Chairman of the government of Xinjiang, who "
              "had recently returned from Nanjing.\n\nA. PETROV\n")
    root = converted_text(source, "January 12, 1947")
    assert texts(root, "//t:opener/t:dateline") == ["12 January 1947"]
    assert texts(root, "//t:opener/t:dateline/t:supplied") == ["January"]


@pytest.mark.parametrize("line", ["– 115 – V. –", "– 43 – V. –", "121 – E. –", "• 93 – E. –",
                                  "70 – T."])
def test_a_letter_between_dashes_of_its_own_after_the_number_signs(line: str) -> None:
    """`– 115 – V. –`: the letter stands where the signer's name stands in `– 232 – Jakus –`,
    the sender's initial (the readers of five Hungarian telegrams so read it, the number's
    first dash left out or not), unlike the cipher office's letter glued to the number
    (`– 193 E. –`)."""
    root = converted_text("The talks will go on tomorrow in the ministry, as agreed with the "
                          f"delegation.\n{line}\n", "August 24, 1971")
    assert texts(root, "//t:closer/t:signed") == [line]


@pytest.mark.parametrize(("line", "numbers"), [
    ("– 160 – charge d’affaires –", ["160"]), ("– 166 charges d’affaires –", ["166"]),
    ("121 – E. –", []), ("– 232 – Jakus –", []), ("– Monori – 423 –", []), ("79 – V.", []),
    ("20 – Szabó", []), ("– 154\u00a0Charges d’Affaires –", [])])
def test_the_number_in_a_cipher_telegrams_signature_line_is_the_telegrams(
        line: str, numbers: list[str]) -> None:
    """`– 160 – charge d’affaires –`: the line is one signature as printed, and the number in
    it, where an office signs, is the telegram's (its reader marks it so), wrapped in `idno`;
    where a person signs by name or initial (`79 – V.`, `– Monori – 423 –`), the number is
    part of the signature, as in `Pavlíček 388.` (fourteen of sixteen such lines' readers
    mark the line alone); a name with no number signs alone."""
    root = converted_text("The talks will go on tomorrow in the ministry, as agreed with the "
                          f"delegation.\n\n{line}\n", "August 24, 1971")
    assert texts(root, "//t:closer/t:signed") == [" ".join(line.split())]
    assert texts(root, "//t:closer/t:signed/t:idno[@type='registry']") == numbers
    root = converted_text("The talks will go on tomorrow in the ministry, as agreed with the "
                          "delegation.\n\n– Jakus –\n", "August 24, 1971")
    assert root.xpath("//t:closer//t:idno", namespaces=NS) == []


def test_a_chinese_cable_forms_fields_and_a_romanian_registry_entry() -> None:
    """A Chinese cable form's addressees (`Addressed to: …`) are a list, its document number
    with the century supplied (`[19]63 … Document No. 190`) is a number, not a footnote; a
    Romanian ministry's entry, numbered and dated after a slash (`01/014916/29.4.1973`), is
    the registry's, not the document's dateline."""
    root = converted_text(
        "Cable Sent by the General Bureau for Economic Relations with Foreign Countries\n"
        "Addressed to: Du Pingquan, Wei Yunshi, Qian Zhengying, Li Jihuan\n"
        "[19]63 Foreign Economic Relations Bureau Document No. 190\n"
        "[To the] [Chinese] Embassy in Mali:\n"
        "In order to better aid Mali, Tang Yaozu cannot return to China until the two newly "
        "sent experts arrive.\n", "April 26, 1963")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Du Pingquan,", "Wei Yunshi,", "Qian Zhengying,", "Li Jihuan"]
    assert root.xpath("//t:note[@n]", namespaces=NS) == []
    assert texts(root, "//t:opener//t:supplied") == ["19", "To the", "Chinese"]
    root = convert_text("01/014916/29.4.1973\n\nTo Direction I Relations, to Comrade "
                        "Director Ion Ciubotaru\n\n1. In a conversation with A. Lazar the "
                        "counselor stated that no official relations are foreseeable.\n",
                        overrides={"title": "Test", "date_text": "April 29, 1973"}
                        ).tree.getroot()
    assert root.xpath("//t:dateline", namespaces=NS) == []
    registry = "//t:opener/t:note[@type='registry']"
    assert texts(root, f"{registry}/t:idno") == ["01/014916"]
    assert root.xpath(f"{registry}/t:date/@when", namespaces=NS) == ["1973-04-29"]


def test_a_diarys_first_sentence_receiving_a_visitor_is_the_text_not_a_docket() -> None:
    """`Received the Ambassador of the PRC … on his request …` under a diary's heading and
    date: whom the writer received, the entry's first paragraph; `Received 18:35 21.XI.1951`
    over a cable is still the office's receipt."""
    root = converted_text("From the diary of Kunadze G.F.\nOctober 8, 1991\n\nReceived the "
                          "Ambassador of the PRC in the USSR Yu Hongliang on his request in "
                          "connection with his forthcoming final departure for the homeland.\n\n"
                          "The Ambassador noted that the question of the agreement with the IAEA "
                          "is being settled.\n", "October 8, 1991")
    assert texts(root, "//t:body//t:p")[0].startswith("Received the Ambassador of the PRC")
    assert not root.xpath("//t:note[@type='docket']", namespaces=NS)
    cable = converted_text("CIPHERED TELEGRAM No. 25553\nReceived 18:35 21.XI.1951\n\nI report "
                           "that the talks with the Chinese comrades went on for two days.\n",
                           "November 21, 1951")
    assert texts(cable, "//t:note[@type='docket']") == ["Received 18:35 21.XI.1951"]


def test_the_telegrams_number_after_its_address_over_the_text_is_the_documents() -> None:
    """The opener in order: the dateline, the address (as text), the number on its line."""
    opener = converted_text(
        "Beijing, 26 May 1975 17h30\nAddressed to the French Ministry of Foreign Affairs; "
        "No 998/1000\nSubject: Follow-up to the visit\nThe Chinese leaders I met today spoke "
        "of the visit at length and with warmth, and of what should follow it.\n", "May 26, 1975"
    ).xpath("//t:opener", namespaces=NS)[0]
    assert [(etree.QName(child).localname, "".join(child.itertext()))
            for child in opener if etree.QName(child).localname != "lb"][:2] == [
        ("dateline", "Beijing, 26 May 1975 17h30"), ("idno", "No 998/1000")]
    assert opener.xpath("string(t:idno/preceding-sibling::node()[1])", namespaces=NS).strip() == (
        "Addressed to the French Ministry of Foreign Affairs;")


def test_a_date_then_when_the_cable_arrived_is_the_offices_docket() -> None:
    """A form's columns flattened with `|`: `… | Sent [from] Mongolia |` dates the cable,
    `… | Arrived [at] Ministry |` is the office's receipt."""
    root = converted_text(
        "August 13, 1991 [time blacked out] | Sent [from] Mongolia |\n"
        "August 13, 1991 [time blacked out] | Arrived [at] Ministry |\n"
        "On August 10, at a reception hosted by Premier Li Peng, a remark was made regarding "
        "the invitation to visit China, and its substance is as follows.\n", "August 13, 1991")
    assert [text.split(" |")[1] for text in texts(root, "//t:opener/t:dateline")] == [
        " Sent from Mongolia"]
    assert [text.split(" |")[1] for text in texts(root, "//t:opener/t:note[@type='docket']")] == [
        " Arrived at Ministry"]


def test_a_registry_code_over_a_date_in_words_under_the_texts_own_date_is_the_registrys() -> None:
    """`22-ke` / `31 March 1976` under the note's own date and number: the registry's entry,
    dated; the note's date stays its dateline."""
    root = converted_text(
        "The committee proposes to publish the statement in the central press, and asks the "
        "Central Committee to agree to it.\n\nYu. Andropov\n\n30 March 1976\n\nNº 861/GS\n\n"
        "22-ke\n\n31 March 1976\n", "March 30, 1976")
    assert texts(root, "//t:closer/t:dateline") == ["30 March 1976"]
    assert [" ".join(text.split()) for text in texts(root, "//t:note[@type='registry']")] == [
        "Nº 861/GS", "22-ke 31 March 1976"]


def test_a_letter_from_tehran_dated_in_both_calendars_and_presented_by_hand() -> None:
    """`Presented to I. V. Stalin by Princess` / `Ashraf Pahlavi on 20 July 1946` over the
    letter: how it reached him, one docket; `Sa’dabad Palace, 5 Tir 1325` / `27 June 1946`
    under it: its place and date in the Iranian calendar, then the Gregorian, one dateline."""
    root = converted_text(
        "Presented to I. V. Stalin by Princess\nAshraf Pahlavi on 20 July 1946\n"
        "to Mr. Generalissimo STALIN,\n\nThe visit of her Highness presents me with a suitable "
        "occasion to pass you my friendly greetings and cordial sentiments.\n\n"
        "Sa’dabad Palace, 5 Tir 1325\n27 June 1946\nMohammed Reza Pahlavi\n", "July 20, 1946")
    expected = {
        "//t:opener/t:note[@type='docket']": [
            "Presented to I. V. Stalin by Princess Ashraf Pahlavi on 20 July 1946"],
        "//t:opener/t:dateline": [],
        "//t:closer/t:dateline": ["Sa’dabad Palace, 5 Tir 1325 27 June 1946"],
        "//t:closer/t:signed": ["Mohammed Reza Pahlavi"],
    }
    assert {path: texts(root, path) for path in expected} == expected


def test_a_cable_forms_title_field_and_the_day_it_was_drafted() -> None:
    """A Japanese cable form: `Drafted on November 8, 1986`, the day it was written, is its
    dateline (`Received at …` the office's docket); `Title: “…”` is one of the form's
    fields, so that `Cable No. 3027` and the marking under it stay the form's, not the
    text's first paragraphs."""
    source = ("Received at 12:47:26, November 10, 1986\n\n\nDrafted on November 8, 1986\n\n\n"
              "From: Foreign Minister\n\nTo: Ambassador to China\n\n\n"
              "Title: “The Prime Minister’s Visit to China: The Meeting with Chairman Deng”\n\n\n"
              "Cable No. 3027\n\n\nSecret, Urgent\n\n\n\n"
              "When asked by the Prime Minister what he thought of the new administration, Deng "
              "said that China has a friendly policy.\n")
    root = converted_text(source, "November 8, 1986")
    assert texts(root, "//t:opener/t:dateline") == ["Drafted on November 8, 1986"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Received at 12:47:26, November 10, 1986"]
    assert texts(root, "//t:opener/t:idno") == ["Cable No. 3027"]
    assert [p.startswith("When asked") for p in texts(root, "//t:body//t:p")] == [True]


def test_a_letters_number_after_the_sign_and_a_space_under_its_date() -> None:
    """`May 22, 1957` / `# 65` / `To Minister …`: the letter's number, the sign `#` and a
    space before its figures (glued, `#65`, it was read already)."""
    for number in ("# 65", "#65"):
        source = (f"May 22, 1957\n\n{number}\n\nTo Minister Duk Shin Choi\n\nThank you for your "
                  "report No. 40 and the special report of your trip to Cambodia, which I was "
                  "glad to read.\n\nSyngman Rhee\n")
        root = converted_text(source, "May 22, 1957")
        assert texts(root, "//t:opener/t:idno") == [number]


def test_a_registry_number_glued_to_its_capital_under_the_date() -> None:
    """`17 April 1945` / `N54/0084` under the signature: the registry's number, the capital
    N glued to it (it was read as one more signature)."""
    source = ("The rebels seized one tractor, 13,000 rounds and 430 grenades in the town.\n\n"
              "CHIEF OF THE USSR NKVD DEPARTMENT OF SPECIAL TASKS\n\nGeneral-Major - YEGNAROV\n\n"
              "17 April 1945\n\nN54/0084\n")
    root = converted_text(source, "April 17, 1945")
    assert texts(root, f"{CLOSER}/t:note[@type='registry']") == ["N54/0084"]
    assert "N54/0084" not in texts(root, f"{CLOSER}/t:signed")


def test_a_notes_title_in_capitals_under_a_covering_notes_signature_opens_its_attachment() -> None:
    """An Indian ministry's covering note: `MOST IMMEDIATE` its precedence, two paragraphs
    that send a note, `[signature]` / `(P.S. RATNAM)` / `Under Secretary` / `Tel. 34944.` its
    signature, the copies under it; then `FACTUAL NOTE REGARDING …`, the paper it sends, a
    title (no number of the document, the question's number inside it) over its own text.
    The signature and the note were read as paragraphs of one text."""
    source = ("MOST IMMEDIATE\n\nMINISTRY OF DEFENCE\n\n"
              "SUBJECT:- Starred Question No. 8196 for 30-8-1965 in Lok Sabha.\n\n"
              "Reference Lok Sabha Secretariat u.o. No. 80 8196/30.8/65-Q, dated the 18th August "
              "1965, on the above subject, addressed to the Ministry of External Affairs.\n\n"
              "2. A note containing the facts regarding this Question in so far as this Ministry "
              "is concerned is sent herewith as desired by the Ministry of External Affairs.\n\n"
              "[signature]\n\n(P.S. RATNAM)\n\nUnder Secretary\n\nTel. 34944.\n\n"
              "Copy to:- Ministry of External Affairs (China Division), Shri K.K.S. Rana, Under "
              "Secretary, with reference to their u.o. No. D. 12397/C/65.\n\n"
              "FACTUAL NOTE REGARDING LOK SABHA QUESTION NO. 8196 FOR 30.8.1965.\n\n"
              "The Chiefs of Staff were asked to make an evaluation of the impact of the "
              "explosion and their interim report has since been received.\n\n"
              "2. There is no objection to the above information being communicated to the "
              "Honourable Member.\n")
    root = converted_text(source, "August 30, 1965")
    assert texts(root, "//t:opener/t:fw[@type='precedence']") == ["MOST IMMEDIATE"]
    assert texts(root, f"{CLOSER}/t:signed") == [
        "signature (P.S. RATNAM) Under Secretary Tel. 34944."]
    assert len(texts(root, "/t:TEI/t:text/t:body/t:div/t:p")) == 2
    attached = root.xpath(ATTACHED, namespaces=NS)[0]
    assert texts(attached, "t:opener") == [
        "FACTUAL NOTE REGARDING LOK SABHA QUESTION NO. 8196 FOR 30.8.1965."]
    assert texts(attached, "t:opener/t:idno") == []
    assert len(texts(attached, "t:p")) == 2


def test_the_number_a_telegram_answers_is_no_number_of_its_own() -> None:
    """`To Comrade Kotov` / `To No. 1726.` over a cipher telegram's text: the number of the
    telegram it answers, a line of the opener (it was read as this telegram's number); under
    the text, `To # 0890` stays the registry's."""
    source = ("To Comrade Kotov\n\nTo No. 1726.\n\nVisit Zhou Enlai and transmit to him the "
              "reply to his telegram about military advisers.\n\nFENG XI\n")
    root = converted_text(source, "October 1, 1950")
    assert texts(root, "//t:idno") == []
    assert "To No. 1726." in texts(root, "//t:opener")[0]


def test_a_memos_blank_number_field_and_its_farewell_rank_office_and_name() -> None:
    """A Mexican security directorate's memo: `OFICIO NUMBER:` over the subject, the memo's
    number field left blank (its number, where a reply's `Response No.` is none); under the
    text `Respectfully` / `EL CORONEL D. E. X.` / `FEDERAL DIRECTOR OF SECURITY` / `MANUEL
    RANGEL ESCAMILLA`, one signature (the name was a second one, the lines over it a first)."""
    source = ("FEDERAL DIRECTORATE OF SECURITY\nOFICIO NUMBER:\nSUBJECT: Information relating "
              "to the\nDEMOCRATIC REVOLUTIONARY FRONT. (CUBAN).\nMexico, D. F., 15 January "
              "1962\nThe directors of the Front have officially expressed today that the "
              "organisation will be dissolved in the coming weeks.\nRespectfully\n"
              "EL CORONEL D. E. X.\nFEDERAL DIRECTOR OF SECURITY\nMANUEL RANGEL ESCAMILLA\n")
    root = converted_text(source, "January 15, 1962")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["OFICIO NUMBER:"]
    assert texts(root, f"{CLOSER}/t:signed") == [
        "Respectfully EL CORONEL D. E. X. FEDERAL DIRECTOR OF SECURITY MANUEL RANGEL ESCAMILLA"]
    reply = converted_text("Response No.\n\nDispatch No. 1108\n\nIt has been decided that the "
                           "delegation will travel to Delhi next week.\n", "May 1, 1955")
    assert texts(reply, "//t:idno") == ["Dispatch No. 1108"]


def test_shares_in_a_files_list_are_no_registry_numbers() -> None:
    """A file's list of whose papers it holds, by share (`46.34% -- Mil. Advisers`): the
    figures were read as an hour and a code, and the line's `46` became a registry number."""
    root = converted_text("Text of the cover sheet.\n\nFile: 46. Korea\n\n"
                          "46% -- USSR Embassy in the DPRK\n\n46.34% -- Mil. Advisers\n\n"
                          "7% -- CC Staff\n", "April 24, 1953")
    assert root.xpath("//t:idno", namespaces=NS) == []
    (closer,) = root.xpath(CLOSER, namespaces=NS)
    assert "46.34% -- Mil. Advisers" in "".join(closer.itertext())


def test_a_cables_end_mark_alone_under_the_text_is_nobodys_signature() -> None:
    """`(End)` on its own line under a Japanese cable's last paragraph was read as its
    signature."""
    root = converted_text("The text of the cable is here.\n\nThis telegram only passed to "
                          "Kuwait.\n\n(End)\n", "August 10, 1985")
    assert root.xpath("//t:signed", namespaces=NS) == []
    assert "(End)" in "".join(root.find(".//t:body", NS).itertext())


def test_a_reports_number_run_into_its_first_words_is_its_number() -> None:
    """`Number 76/ I mentioned in a previous report …`: the Lebanese security service's reports
    open their text with their number and a slash; a number a sentence speaks of stays text."""
    root = converted_text("Beirut, Apr. 4, 1949\n\nNumber 76/ I mentioned in a previous report "
                          "the new disagreement.\n\nNumber 12 of the delegates agreed with the "
                          "proposal after a long discussion.\n\nThe meeting ended late.\n",
                          "April 29, 1949")
    assert texts(root, "//t:idno") == ["Number 76/"]
    assert [p.xpath("string()") for p in root.xpath("//t:body//t:p", namespaces=NS)] == [
        "Number 76/ I mentioned in a previous report the new disagreement.",
        "Number 12 of the delegates agreed with the proposal after a long discussion.",
        "The meeting ended late."]


def test_illegibly_signed_in_the_signatures_place_is_signed_and_not_read() -> None:
    """`(illegibly signed)` under a telegram's text: the signature, which could not be read
    (it stayed a line of text, as `(illegible signature)` did not)."""
    root = converted_text("This is conveyed for purposes of intelligence and familiarization."
                          "\n\n(illegibly signed)\n", "October 28, 1962")
    (signed,) = root.xpath("//t:closer/t:signed", namespaces=NS)
    assert [gap.get("reason") for gap in signed.iterfind("t:gap", NS)] == ["illegible"]


def test_an_authentication_without_its_colon_is_signed() -> None:
    """`Authenticated [by]. K [Novosel’yets]` under a translation: the copy's authentication,
    signed as `Authenticated: [illegible signature]` is (ENCODING.md); the translator's line
    over it stays a line."""
    root = converted_text("I wish you the best of health and success in your high post.\n\n"
                          "Translated [by] S. Sychev\n\nAuthenticated [by]. K [Novosel’yets]\n",
                          "September 5, 1946")
    assert texts(root, "//t:closer/t:signed") == ["Authenticated by. K Novosel’yets"]


def test_a_cables_number_run_on_after_its_last_sentence_is_the_registrys() -> None:
    """`… to be passed to Vyshinsky. Nº 382/sh`: the cable's number, printed after the last
    sentence of its text (or of the part a date closes, a translator's remark after it), is
    a number of its own, not words of the paragraph; one inside a sentence stays there."""
    source = ("Top Secret\n\nto Cde. STALIN\n\nThe Americans insist on their proposal.\n\n"
              "The delegation will raise the question again at the next session, and I ask "
              "you to tell me whether our answer should stay as it was given on Monday. If "
              "there are any other instructions please report them to me to be passed to "
              "Vyshinsky. Nº 382/sh\n\n18 September 1947\n")
    root = converted_text(source, "September 18, 1947")
    assert texts(root, "//t:idno[@type='registry']") == ["Nº 382/sh"]
    assert texts(root, "//t:body//t:p")[-1].endswith("passed to Vyshinsky.")
    marked = converted_text(source.replace(
        "Nº 382/sh\n\n18", "Nº 1291/sh [Translator’s note: the last paragraph was highlighted "
        "in the left margin].\n\n18").replace("\n\n18 September 1947\n", "\n\n18 September "
        "1947\n\nI agree with this draft decision and will report on it tomorrow.\n"),
        "September 18, 1947")
    assert texts(marked, "//t:idno[@type='registry']") == ["Nº 1291/sh"]
    assert texts(marked, "//t:note[@type='editorial']") == [
        "Translator’s note: the last paragraph was highlighted in the left margin"]
    inside = converted_text(source.replace("Vyshinsky. Nº 382/sh", "Vyshinsky with cable Nº "
                                           "382/sh."), "September 18, 1947")
    assert texts(inside, "//t:idno") == []


def test_a_long_word_after_a_run_on_number_is_read_in_linear_time() -> None:
    """`… to Vyshinsky. No. 1aaaa…!`: no number ends the paragraph, and finding that out takes
    no longer for a word of forty letters than for one of four (a pattern that could cut the
    letters two ways tried every cut, twice the time for each letter more)."""
    paragraph = ("The delegation will raise the question again at the next session, and I ask "
                 "you to tell me whether our answer should stay as it was given. Please report to "
                 "Vyshinsky. No. 1" + "a" * 40 + "!")
    program = ("import sys; from teikit.convert import convert_text; "
               "convert_text(sys.stdin.read(), overrides={'title': 'T', 'date_text': "
               "'May 1, 1947'}, enrich=False)")
    done = subprocess.run([sys.executable, "-c", program], input=f"Top Secret\n\n{paragraph}\n",
                          text=True, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_the_archives_reference_printed_over_an_extract_is_its_number(tmp_path: Path) -> None:
    """`RGASPI f. 17, op. 162, d. 20, l. 12.` over a Politburo extract: where the original
    lies, printed as a number of the document (`idno[@type='archive']`), not a line of the
    opening. A hand's note of the identifiers alone stays the hand's."""
    source = ("RGASPI f. 17, op. 162, d. 20, l. 12.\n\n\n227. Concerning the trade mission\n\n"
              "1. Permit the trade agency to open two more storehouses in the province before "
              "the end of the year.\n\nExcerpts have been sent to:\nCdes. Litvinov and "
              "Rozengol'ts.\n")
    result = convert_text(source, overrides={"title": "Test", "date_text": "July 16, 1936"})
    root = result.tree.getroot()
    assert texts(root, "//t:opener/t:idno[@type='archive']") == [
        "RGASPI f. 17, op. 162, d. 20, l. 12."]
    path = tmp_path / "extract.xml"
    path.write_bytes(result.to_bytes())
    report = validate_file(path, use_xml_model=False)
    assert report.valid, report.messages
    hand = converted_text(source.replace("RGASPI f. 17", "[Handwritten:] f. 17"),
                          "July 16, 1936")
    assert texts(hand, "//t:idno[@type='archive']") == []


def test_the_archives_reference_over_the_text_identifies_the_original_in_the_header() -> None:
    """With no citation or source note, the reference printed over the text says where the
    original lies: the header's `msIdentifier` holds its archive and identifiers. A source
    note's reference comes first."""
    source = ("RGASPI f. 17, op. 162, d. 20, l. 12.\n\n\n227. Concerning the trade mission\n\n"
              "1. Permit the trade agency to open two more storehouses in the province before "
              "the end of the year.\n")
    root = convert_text(source, overrides={"title": "Test", "date_text": "July 16, 1936"}
                        ).tree.getroot()
    identifier = root.find(".//t:msIdentifier", NS)
    assert texts(identifier, "t:repository") == ["RGASPI"]
    assert [(idno.get("type"), idno.text) for idno in identifier.iterfind("t:idno", NS)] == [
        ("fond", "17"), ("opis", "162"), ("delo", "20"), ("list", "12"),
        ("citation", "f. 17, op. 162, d. 20, l. 12")]
    noted = convert_text(source, overrides={
        "title": "Test", "date_text": "July 16, 1936",
        "source": "APRF, fond 3, opis 65, delo 827, listy 121-122."}).tree.getroot()
    assert texts(noted, ".//t:msIdentifier/t:repository") == ["APRF"]
    assert texts(noted, ".//t:msIdentifier/t:idno[@type='delo']") == ["827"]


def test_an_archives_reference_between_the_text_and_its_notes_is_no_paragraph() -> None:
    """`AMSZ, z. 9, w. 53, t. 702` after the last paragraph, a note under it that no marker
    calls: where the original lies (a registry's note between the blocks, and the header's
    identifiers), never a paragraph of the text."""
    source = ("Comrade Minister,\n\nThe delegation met the British side twice in the week and "
              "both talks went on for several hours.\n\nThe British side asked for the plan in "
              "writing before the next session of the committee.\n\nAMSZ, z. 9, w. 53, t. "
              "702\n\n12 A copy was sent to the minister and to the embassy in London.\n")
    root = converted_text(source, "October 30, 1958")
    assert texts(root, "//t:body//t:note[@type='registry']") == ["AMSZ, z. 9, w. 53, t. 702"]
    assert not [p for p in texts(root, "//t:body//t:p") if "AMSZ" in p]
    identifier = root.find(".//t:msIdentifier", NS)
    assert [(idno.get("type"), idno.text) for idno in identifier.iterfind("t:idno", NS)][:3] == [
        ("fond", "9"), ("papka", "53"), ("delo", "702")]
    russian = converted_text(source.replace("AMSZ, z. 9, w. 53, t. 702",
                                            "RGASPI, f. 9, op. 53, d. 702"), "October 30, 1958")
    assert texts(russian, "//t:body//t:note[@type='registry']") == [
        "RGASPI, f. 9, op. 53, d. 702"]


def test_a_code_messages_receipt_hour_and_a_stamp_closed_on_its_words() -> None:
    """A Polish code message's head: `Date of receipt …` / `Time 09.40` is one receipt (the
    hour was the document's number); `[Stamp illegible` / `Received 12 August 1978]` closes
    on its own words, so the registry's `No: 00H–006303/P/` under it is a number of the
    document's, not a line of the stamp."""
    source = ("Date of receipt 14 March 1979\nTime 11.25\n[Stamp illegible\nReceived 14 March "
              "1979]\nNo: 00K–004117/P/\nTOP SECRET\nCopy no: 2\nCode message No 3318\n"
              "The delegation of the ministry arrived in the capital on the evening of the 12th "
              "and was received by the deputy prime minister the next morning.\n/–/ Kos\n")
    root = converted_text(source, "March 14, 1979")
    assert texts(root, "//t:opener/t:note[@type='docket']") == [
        "Date of receipt 14 March 1979 Time 11.25"]
    assert texts(root, "//t:opener/t:stamp") == ["Stamp illegible Received 14 March 1979"]
    assert texts(root, "//t:opener/t:idno[@type='document']") == [
        "No: 00K–004117/P/", "Code message No 3318"]


def test_what_a_letter_encloses_under_its_signature_is_no_second_signer() -> None:
    """`Enclosures` / `20 templates` under `(signed) Vogel` / `Head of Main Department`: what
    the letter encloses, a line of the closing, not a second signature."""
    source = ("Dear Comrade Fiedler!\nI would be grateful for short-term information from what "
              "date travel with those documents will be granted.\nWith socialist greetings\n"
              "(signed) Vogel\nHead of Main Department\nEnclosures\n20 templates\n")
    root = converted_text(source, "1 August 1989")
    assert [" ".join(signed.split()) for signed in texts(root, f"{CLOSER}/t:signed")] == [
        "With socialist greetings (signed) Vogel Head of Main Department"]
    assert "Enclosures\n20 templates" in root.xpath(f"string({CLOSER})", namespaces=NS)


def test_a_diplomatic_notes_addressee_at_its_foot_is_no_signer() -> None:
    """A note in the third person (`The Ministry … has the honour to inform the Embassy of the
    United Kingdom that …`) names at its foot whom it went to (`Embassy of the United
    Kingdom,` / `Paris.`): the address, not a signature. A body's name that the opening does
    not address still signs."""
    opening = ("MINISTRY OF FOREIGN AFFAIRS,\nFRENCH REPUBLIC.\nParis, 24th August, 1951.\n"
               "The Ministry of Foreign Affairs has the honour to inform the Embassy of the "
               "United Kingdom that the two organisations have reached an agreement.\n"
               "The programme will cover the studies of the reactor.\n")
    root = converted_text(opening + "Embassy of the United Kingdom,\nParis.\n",
                          "24 August 1951")
    assert texts(root, f"{CLOSER}/t:signed") == []
    assert texts(root, f"{CLOSER}/t:salute") == ["Embassy of the United Kingdom, Paris."]
    signed = converted_text(opening + "Embassy of the French Republic,\nLondon.\n",
                            "24 August 1951")
    assert texts(signed, f"{CLOSER}/t:salute") == []
    assert texts(signed, f"{CLOSER}/t:signed")
    # (after `To:`, its place under it: `Hanoi` signed)
    labelled = converted_text(opening + "To: The Embassy of the United Kingdom\nParis\n",
                              "24 August 1951")
    assert texts(labelled, f"{CLOSER}/t:signed") == []
    assert texts(labelled, f"{CLOSER}/t:salute") == [
        "To: The Embassy of the United Kingdom Paris"]


def test_copies_numbered_under_copy_no_an_empty_one_among_them() -> None:
    """A Norwegian telegram's head: `COPY NO:` alone over `1: MINISTER OF FOREIGN AFFAIRS` /
    … / `6:` / `7: …`: whom each numbered copy went to, one list, the copy nobody got
    included; `Copy No: 3` with its number stays a copy's number."""
    source = ("22.10.76, 09.34 am\nCOPY NO:\n1: MINISTER OF FOREIGN AFFAIRS\n"
              "2: SECRETARY GENERAL\n3: UNDER-SECRETARY OF FOREIGN AFFAIRS\n6:\n"
              "7: DEPUTY DIRECTOR GENERAL POLITICAL SECTION II\n12: UDC\nINBOUND DISPATCH\n"
              "FROM: EMBASSY IN BEIJING\nNo. A 10056\nCONFIDENTIAL\n"
              "I met with the North Korean Ambassador at noon today and informed him of the "
              "reply of the government to yesterday's inquiry.\n[Torleiv] Anda\n")
    root = converted_text(source, "22 October 1976")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["COPY NO:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "1: MINISTER OF FOREIGN AFFAIRS", "2: SECRETARY GENERAL",
        "3: UNDER-SECRETARY OF FOREIGN AFFAIRS", "6:",
        "7: DEPUTY DIRECTOR GENERAL POLITICAL SECTION II", "12: UDC"]
    numbered = converted_text(source.replace("COPY NO:\n", "COPY NO: 3\n"), "22 October 1976")
    assert texts(numbered, "//t:idno[@type='copy']") == ["COPY NO: 3"]


def test_private_for_the_addressee_is_a_marking() -> None:
    """`PRIVATE FOR MR. UNDERSECRETARY` over a Chilean embassy's message: for the addressee
    alone, a marking as `PERSONAL FOR …` is; a private secretary's office is none."""
    source = ("EMBASSY OF CHILE\nMEXICO\nPRIVATE FOR MR. UNDERSECRETARY\nDON JOSE GOROSTIZA.-\n\n"
              "1. Chile wishes to emphasize with Mexico, with respect to the Cuban case, the "
              "exchange of information and to coordinate the future action of both "
              "Governments.\n\nMexico City, 31 October 1962.\n")
    root = converted_text(source, "31 October 1962")
    assert texts(root, "//t:fw[@type='classification']") == ["PRIVATE FOR MR. UNDERSECRETARY"]
    letter = converted_text("Dear Sir,\nThe minister thanks you for your letter of the 3rd "
                            "and will reply in due course.\nYours faithfully,\nJ. Smith\n"
                            "Private Secretary\n", "3 May 1962")
    assert texts(letter, "//t:fw[@type='classification']") == []


def test_a_marking_and_when_it_holds_are_one_marking() -> None:
    """`TOP SECRET` / `(when filled)` over a KGB report: the form's marking and when it holds,
    one marking; a name in parentheses under a marking is none of it."""
    source = ("TOP SECRET\n(when filled)\nREPORT #5438/273 from 24.X.62\n\nThe decision to "
              "blockade Cuba was prepared by a small group of individuals (about 10 people).\n")
    root = converted_text(source, "24 October 1962")
    assert texts(root, "//t:fw[@type='classification']") == ["TOP SECRET (when filled)"]
    named = converted_text(source.replace("(when filled)", "(A. Gromyko)"), "24 October 1962")
    assert texts(named, "//t:fw[@type='classification']") == ["TOP SECRET"]


def test_signers_listed_on_one_line_under_a_report_sign_it_together() -> None:
    """`Zhang Aiping, Liu Xiyao, Cheng Jun` under a report, over its date: those who report
    together, one signing statement; the same names under `Copies:` are a list's."""
    text = ("This afternoon we held a meeting of the Testing Party Committee and studied the "
            "various items of work in the wake of the live fire exercise.\n")
    root = converted_text(text + "Zhang Aiping, Liu Xiyao, Cheng Jun, Zhang Zhenhuan\n"
                          "10 May 1965 at 2300 hours\n", "10 May 1965")
    assert texts(root, f"{CLOSER}/t:signed") == [
        "Zhang Aiping, Liu Xiyao, Cheng Jun, Zhang Zhenhuan"]
    assert texts(root, f"{CLOSER}/t:dateline") == ["10 May 1965 at 2300 hours"]
    copies = converted_text(text + "Copies:\nZhang Aiping, Liu Xiyao, Cheng Jun\n",
                            "10 May 1965")
    assert texts(copies, "//t:signed") == []


def test_a_name_in_capitals_under_a_records_heading_going_on_is_the_headings() -> None:
    """`with the General Secretary of the Communist Party of Bolivia` / `MARIO MONJE` over the
    date: the name finishes the heading the line in lower case went on with, no place over the
    date (a diary's record of a conversation in Havana)."""
    root = converted_text(
        "[Stamp]: Declassified\nfrom the diary of Secret Copy No 2\n"
        "Chestnoy, Yu. P. 26 August 1964\nNo 289\nRECORD OF A CONVERSATION\n"
        "with the General Secretary of the Communist Party of Bolivia\nMARIO MONJE\n"
        "3 August 1964\nToday in the Embassy building I accidentally encountered M. Monje, who "
        "came to inquire about the possibility of flying to Moscow.\n", "August 26, 1964")
    # (the conversation's date under it a dateline of its own)
    assert texts(root, "//t:head") == [
        "RECORD OF A CONVERSATION with the General Secretary of the Communist Party of Bolivia "
        "MARIO MONJE"]
    assert texts(root, "//t:dateline")[-1] == "3 August 1964"


def test_the_conversations_date_under_a_records_title_is_its_dateline_too(
        tmp_path: Path) -> None:
    """A journal's record dated over its title (`8 April 1964`), the conversation's own date
    under it (`4 April 1964`), over the text: each a dateline, the second under the title
    (as the thirteen written pages of this shape count them), not a line of the title;
    without a date over the title, the date under it is the one dateline."""
    record = ("Top Secret Copy Nº 1\n8 April 1964\nOutgoing Nº 268/olas\nfrom the journal of\n"
              "V. I. Bazykin\nRECORD OF A CONVERSATION\nwith CARLOS OLIVARES SANCHEZ,\n"
              "the Ambassador of Cuba in the USSR\n4 April 1964\n"
              "As arranged, on 3 April I received Cde. Carlos Olivares Sanchez at a reception in "
              "the Embassy of the Hungarian People’s Republic.\n")
    root = converted_text(record, "April 8, 1964")
    assert texts(root, "//t:dateline") == ["8 April 1964", "4 April 1964"]
    assert texts(root, "//t:head") == [
        "RECORD OF A CONVERSATION with CARLOS OLIVARES SANCHEZ, the Ambassador of Cuba in the "
        "USSR"]
    assert invalidity(etree.ElementTree(root), tmp_path) == []
    undated = record.replace("8 April 1964\n", "")
    assert texts(converted_text(undated, "April 8, 1964"), "//t:dateline") == ["4 April 1964"]


HARRIMAN_RECORD = """                                                     THE AMBASSADOR

Conversation.   September 23, 1944.

Present: The American Ambassador, Mr. Harriman

Mr. Edward Page, Second Secretary of Embassy

The British Ambassador, Sir Archibald Clark Kerr

Major A. H. Birse, Second Secretary of Embassy

Marshal I. V. Stalin

Mr. V. M. Molotov, People’s Commissar for Foreign Affairs

Mr. Pavlov, Soviet interpreter

Subject: Operations in France.

In commenting on the operations in France, Marshal Stalin stated that they were most bold.

The British Ambassador commented briefly upon paratroop operations near Arnhem.

Copy to General Deane
"""


def test_a_records_letterhead_date_and_those_present_are_its_opener() -> None:
    """An ambassador's record of a talk: the letterhead, the record's kind beside its date in
    two columns, and the ten lines of those present and the subject over the text are its
    opener, however many, not notes of the text; the date is the dateline."""
    root = converted_text(HARRIMAN_RECORD, "September 23, 1944")
    assert texts(root, "//t:opener/t:dateline") == ["Conversation. September 23, 1944."]
    opener = texts(root, "//t:opener")[0]
    assert opener.startswith("THE AMBASSADOR") and opener.endswith("Subject: Operations in France.")
    assert texts(root, "//t:body//t:p") == [
        "In commenting on the operations in France, Marshal Stalin stated that they were most "
        "bold.", "The British Ambassador commented briefly upon paratroop operations near Arnhem."]


STALIN_TO_MIKOYAN = """Top Secret

(About Americans in the circle of the CC CCP. About Rittenberg and A.L. Strong)

I.V. STALIN to A.I. MIKOYAN 4 February 1949 (No. 0927)

To MIKOYAN:

We do not doubt that the man who works in the editorial office of the central organ is a spy.

STALIN
"""


def test_a_cables_subject_in_parentheses_and_its_route_date_and_number_open_it() -> None:
    """A cable's subject in parentheses, two subjects and more words than a remark has, and
    the line of who sent it to whom, its date and its number in parentheses: the opener, the
    date the dateline, the number the cable's; without the date, the number alone."""
    root = converted_text(STALIN_TO_MIKOYAN, "February 4, 1949")
    assert texts(root, "//t:opener/t:dateline") == ["4 February 1949"]
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["(No. 0927)"]
    assert texts(root, "//t:opener/t:salute") == ["To MIKOYAN:"]
    assert len(texts(root, "//t:body//t:p")) == 1
    undated = converted_text(STALIN_TO_MIKOYAN.replace(" 4 February 1949", ""), "February 4, 1949")
    assert texts(undated, "//t:opener/t:idno[@type='document']") == ["(No. 0927)"]
    assert texts(undated, "//t:opener/t:dateline") == []


def test_an_accounts_numbered_rows_are_neither_copies_nor_sections() -> None:
    """Numbered rows of an account, each with its dotted leader before the sum, between the
    paragraphs of a note: lines of its text, no list of copies and no section's heading."""
    source = ("The Embassy has the honour to state that the following property was seized from "
              "the farmer, who is a Pakistani national.\n\n"
              "  1. Cost of 261 mow of land……………5,220 Eq-tanga\n"
              "  2. Cost of 3 roomed house…………………………… 300 Eq-tanga\n"
              "  3. Cost of 50 pieces of timber…………………………25 Eq-tanga\n\n"
              "The Embassy would be grateful if an investigation could be made about the matter "
              "and the property returned.\n")
    root = converted_text(source, "May 14, 1954")
    assert texts(root, "//t:list") == []
    assert texts(root, "//t:head") == []
    assert "3. Cost of 50 pieces of timber…………………………25 Eq-tanga" in " ".join(
        texts(root, "//t:body//t:p"))


@pytest.mark.parametrize(("line", "under", "signers"), [
    ("3 copies made CEREKWISKI [CEREKWICKI?] EUGENIUSZ", "[…] Charge d’Affaires a.i.",
     ["CEREKWISKI CEREKWICKI EUGENIUSZ"]),
    ("3 copies made […] [signature]", "Góra Józef", ["signature Góra Józef"])])
def test_the_copies_count_beside_the_signature_is_no_part_of_it(
        line: str, under: str, signers: list[str]) -> None:
    """`3 copies made CEREKWISKI [CEREKWICKI?] EUGENIUSZ`: the typist's count in the left
    column, the signature in the right one, printed on one line: the count stays a line of the
    closer, the typist's record (no list: nobody is named under it), the rest signs, the mark
    with the name typed under it; over the copies' numbered list (`Four copies typed Leshevich
    Nº 6696` / `1 – to Cde. Stalin`) the line stays the list's head."""
    root = converted_text("The bombing of the village went on through the night, and the "
                          f"hospital was hit.\n{line}\n{under}\n", "February 11, 1953")
    assert texts(root, "//t:closer/t:signed") == signers
    assert texts(root, "//t:closer/t:note[@type='docket']") == ["3 copies made"]
    assert root.xpath("//t:list", namespaces=NS) == []
    listed = converted_text("The bombing of the village went on through the night, and the "
                            "hospital was hit.\nFour copies typed Leshevich Nº 6696\n1 – to Cde. "
                            "Stalin\n2 – to Cde. Molotov\n", "February 11, 1953")
    assert texts(listed, "//t:list[@type='distribution']/t:head") == [
        "Four copies typed Leshevich Nº 6696"]


@pytest.mark.parametrize(("lines", "docket"), [
    ("Printed in 5 copies", "Printed in 5 copies"),
    ("12 September 1951\n\nTwo copies printed.", "Two copies printed."),
    # (the day under the count is the typist's, not the document's dateline)
    ("5 copies\n14 May 1950", "5 copies 14 May 1950"),
])
def test_the_count_of_copies_with_nobody_named_under_it_is_the_typists_docket(
        lines: str, docket: str) -> None:
    """`Printed in 5 copies` under the signature says how many, not to whom: no list, and no
    loose text in the closer either, but the typist's record, with the day under it."""
    root = converted_text("The talks were held in a friendly atmosphere over two days.\n\n"
                          f"I. IVANOV\n\n{lines}\n", "September 12, 1951")
    assert texts(root, f"{CLOSER}/t:signed") == ["I. IVANOV"]
    assert texts(root, f"{CLOSER}/t:note[@type='docket']") == [docket]
    assert root.xpath("//t:list", namespaces=NS) == []
    loose = root.xpath(f"{CLOSER}/text()[normalize-space()]", namespaces=NS)
    assert loose == []
    assert len(root.xpath(f"{CLOSER}/t:dateline", namespaces=NS)) == ("September" in lines)


@pytest.mark.parametrize("line", [
    "Encl.: 3 pages", "Enclosure: the text of the agreement", "Attachment: as stated",
    "Executed by: Ivanov", "Translated by: John Smith", "Total 3 pages",
    "Repeated to Paris, London", "Sent Department 123, repeated information Paris 45.",
    "Original sent by pouch", "Translation from Russian by John Smith",
    "(Translated from the Chinese by John Smith)",
])
def test_how_the_office_made_sent_and_filed_the_paper_is_a_docket_at_its_foot(
        line: str) -> None:
    """Who drafted or translated the paper, what went with it, where it was repeated, how many
    pages it has: under the signature, the office's docket; it was loose text in the
    closer."""
    root = converted_text("The talks were held in a friendly atmosphere over two days.\n\n"
                          f"I. IVANOV\n\n{line}\n", "September 12, 1951")
    assert texts(root, f"{CLOSER}/t:signed") == ["I. IVANOV"]
    assert texts(root, f"{CLOSER}/t:note[@type='docket']") == [line]
    assert root.xpath(f"{CLOSER}/text()[normalize-space()]", namespaces=NS) == []


@pytest.mark.parametrize("note", ["Note: the original is handwritten.",
                                  "N.B. The figures are provisional."])
def test_a_labelled_note_under_the_signature_is_a_paragraph_of_the_postscript(
        note: str) -> None:
    """`Note: …` under the signature: what the writer adds, as `P.S.` opens it (it was loose
    text of the closer, `Note` read as a form's name)."""
    root = converted_text("The talks were held in a friendly atmosphere over two days.\n\n"
                          f"I. IVANOV\n\n{note}\n", "September 12, 1951")
    assert texts(root, f"{CLOSER}/t:signed") == ["I. IVANOV"]
    assert texts(root, "//t:postscript/t:p") == [note]
    assert root.xpath(f"{CLOSER}/text()[normalize-space()]", namespaces=NS) == []


@pytest.mark.parametrize("line", ["Erich Honecker m.p.", "Ferenc Szabó s.k.", "A. Novotný v.r.",
                                  "Kreisky e.h.", "Boško Vidaković, s.r.",
                                  "V. David v.r. [signed in his own hand]"])
def test_a_name_marked_in_his_own_hand_signs(line: str) -> None:
    """`m.p.`, `s.k.`, `v.r.`, `e.h.`, `s.r.` after the name: where the original was signed, as
    German, Hungarian, Czech, Austrian and Yugoslav copies mark it, the translator's English for
    it after it or none (the line was a paragraph of the text)."""
    root = converted_text("The talks were held in a friendly atmosphere over two days and many "
                          f"questions were discussed.\n\n{line}\n\n12 September 1951\n",
                          "September 12, 1951")
    assert texts(root, f"{CLOSER}/t:signed") == [line.replace("[", "").replace("]", "")]
    assert texts(root, f"{CLOSER}/t:dateline") == ["12 September 1951"]


@pytest.mark.parametrize("line", ["V. D a v i d", "A. N o v o t n ý"])
def test_a_name_spaced_out_in_lower_case_after_its_initial_signs(line: str) -> None:
    """`V. D a v i d` / `Minister of Foreign Affairs`: the surname spaced out as Czech
    typescripts print it, after the initial, and the office under it sign (the name was loose
    text of the closer, the office the signature)."""
    root = converted_text("The Ministry proposes to take note of the information and to "
                          f"instruct the embassy to follow developments.\n\n{line}\n"
                          "Minister of Foreign Affairs\n", "September 25, 1968")
    assert texts(root, f"{CLOSER}/t:signed") == [f"{line} Minister of Foreign Affairs"]


@pytest.mark.parametrize("line", ["i. V. Hartmann", "i.A. Schulz",
                                  "i. V. [in representation] Hartmann"])
def test_a_name_signing_for_his_superior_signs(line: str) -> None:
    """`i. V.`, `i. A.` before the name (`in Vertretung`, `im Auftrag`): a German official signs
    for his superior, the translator's English for it after it or none (the line was loose
    text of the closer, and the office under it the signature)."""
    root = converted_text("The Embassy shares the assessment of the Soviet ambassador on the "
                          f"outcome of the talks.\n\n{line}\nCounselor\n\nDistribution:\n1 x "
                          "Cde. Axen\n1 x Embassy\n", "March 19, 1979")
    assert texts(root, f"{CLOSER}/t:signed") == [
        line.replace("[", "").replace("]", "") + " Counselor"]
    assert root.xpath(f"{CLOSER}/text()[normalize-space()]", namespaces=NS) == []


@pytest.mark.parametrize("line", ["Answer: Yes, in October.",
                                  "We meet again at the end of October."])
def test_a_month_named_without_its_day_or_year_dates_no_line(line: str) -> None:
    """`in October`, `the end of October` over the signature: a sentence's words, no dateline
    (the line was the closer's date)."""
    root = converted_text("The delegation arrived in the capital on Monday and the talks were "
                          f"held over two days.\n\nQuestion: Will the army get trucks?\n\n{line}"
                          "\n\nT. SHTYKOV\n", "September 12, 1951")
    assert root.xpath("//t:dateline", namespaces=NS) == []
    assert texts(root, f"{CLOSER}/t:signed") == ["T. SHTYKOV"]


@pytest.mark.parametrize("line", ["L.S.", "(L.S.)", "M.P.", "Seal", "Place of the seal",
                                  "[Seal of the Embassy]",
                                  "(Seal of the CCP Central Committee)"])
def test_where_the_seal_is_set_under_the_signature_is_a_stamp(line: str, tmp_path: Path) -> None:
    """`L.S.` (locus sigilli), the Russian `м.п.` as `M.P.`, `Seal`, `Place of the seal`,
    `[Seal of the Embassy]`: where the seal is, a stamp (`L.S.` signed, `Seal` joined the date
    under it as a place, `Place of the seal` was loose text, the bracket a stamp inside a
    signature, for its embassy; whose seal in parentheses signed)."""
    result = convert_text("The talks were held in a friendly atmosphere over two days and many "
                          f"questions were discussed.\n\nI. IVANOV\n{line}\n\n12 September 1951\n",
                          overrides={"title": "Test", "date_text": "September 12, 1951"})
    root = result.tree.getroot()
    assert texts(root, f"{CLOSER}/t:signed") == ["I. IVANOV"]
    assert texts(root, f"{CLOSER}/t:stamp") == [line.strip("[]")]
    assert texts(root, f"{CLOSER}/t:dateline") == ["12 September 1951"]
    assert invalidity(result.tree, tmp_path) == []


@pytest.mark.parametrize("line", ["— I. Ivanov", "-- I. IVANOV"])
def test_a_signature_after_a_dash_signs(line: str) -> None:
    root = converted_text("The talks were held in a friendly atmosphere over two days.\n\n"
                          f"{line}\n\n12 September 1951\n", "September 12, 1951")
    assert texts(root, f"{CLOSER}/t:signed") == [line]
    assert root.xpath(f"{CLOSER}/text()[normalize-space()]", namespaces=NS) == []


@pytest.mark.parametrize(("line", "markings", "numbers"), [
    ("1 August 1968 (Secret) 22132", ["(Secret)"], ["22132"]),
    ("1 August 1968 (Secret)", ["(Secret)"], []),
    ("1 August 1968", [], [])])
def test_where_the_paper_came_from_over_its_date_marking_and_number(
        line: str, markings: list[str], numbers: list[str]) -> None:
    """`From Kishinev` / `1 August 1968 (Secret) 22132`: where the paper came from and its
    date are one dateline; the marking and the number printed after the date on its line are
    each in their role."""
    root = converted_text(f"From Kishinev\n{line}\n\nTO THE CC CPSU\nINFORMATION\n\nIn "
                          "connection with the events in the CSSR, the party workers are "
                          "conducting the necessary explanatory work.\n\nCC Secretary of the CP "
                          "of Moldavia — Mel'kov\n", "August 1, 1968")
    assert texts(root, "//t:opener/t:dateline") == ["From Kishinev 1 August 1968"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == markings
    assert texts(root, "//t:opener/t:idno") == numbers


@pytest.mark.parametrize(("line", "under"), [
    ("FM Tokyo 080700Z Feb 79", "TO Immediate FCO"), ("240230Z.", "Cite OP 74:")])
def test_a_signals_date_time_group_is_when_it_was_sent(line: str, under: str) -> None:
    """`FM Tokyo 080700Z Feb 79`: where a British telegram came from and its date-time group
    (day, hour and minute in Greenwich time, the month, the year), a dateline; the group alone
    (`240230Z.`) too."""
    root = converted_text(f"{line}\n{under}\n\nIn briefing the ambassadors on 8 February "
                          "Takashima said that Deng began with the recent exchanges.\n",
                          "February 8, 1979")
    assert texts(root, "//t:opener/t:dateline") == [line]


@pytest.mark.parametrize("dateline", ["12-IX-1951", "Moscow, 12-IX-1951", "12/IX-1951"])
def test_a_month_in_roman_figures_after_its_day_is_no_telegrams_number(dateline: str) -> None:
    """`12-IX-1951` under the signature: the sending number's pattern (`L-15470`, letters, a
    dash, figures) took `IX-1951` for the telegram's number and cut the date."""
    root = converted_text("The talks were held in a friendly atmosphere over two days.\n\n"
                          f"I. IVANOV\n\n{dateline}\n", "September 12, 1951")
    assert texts(root, f"{CLOSER}/t:dateline") == [dateline]
    assert root.xpath(f"{CLOSER}//t:idno", namespaces=NS) == []


OPENER = "/t:TEI/t:text/t:body/t:div/t:opener"


@pytest.mark.parametrize(("lines", "expected"), [
    # which copy of how many, without a number's sign (it was a line of text)
    ("Top Secret\nCopy 2 of 5", [("fw", "Top Secret"), ("idno", "Copy 2 of 5")]),
    ("TOP SECRET\nCopy 1 of 3 copies\nNo. 145", [("fw", "TOP SECRET"),
                                                ("idno", "Copy 1 of 3 copies"),
                                                ("idno", "No. 145")]),
    # who alone may read the copy, a caveat of its own (it was a line of text)
    ("Top Secret\nOnly for the addressee", [("fw", "Top Secret"),
                                            ("fw", "Only for the addressee")]),
    ("Addressee only", [("fw", "Addressee only")]),
    # (who may read it, said with its verb: it was a line of text)
    ("Secret\nTo be read by the addressees only", [("fw", "Secret"),
                                                   ("fw", "To be read by the addressees only")]),
    ("To be read only by the addressee", [("fw", "To be read only by the addressee")]),
    # (how far down a Chinese paper may go, its army's level after a semicolon: it was a line
    # of text)
    ("Secret\nDistribute to the county level; in the army, to the regiment level", [
        ("fw", "Secret"),
        ("fw", "Distribute to the county level; in the army, to the regiment level")]),
    ("To be issued to the provincial level and above", [
        ("fw", "To be issued to the provincial level and above")]),
    # (which copy in figures before the word, of how many in parentheses)
    ("Confidential Matter\n2nd copy (of 5)", [("fw", "Confidential Matter"),
                                              ("idno", "2nd copy (of 5)")]),
    ("Confidential Matter\n4th copy of 5 copies", [("fw", "Confidential Matter"),
                                                   ("idno", "4th copy of 5 copies")]),
    # (to no one further, or to an office alone, a caveat after the dash too)
    ("Top Secret\nNot to be circulated", [("fw", "Top Secret"), ("fw", "Not to be circulated")]),
    ("Secret\nNot to be transmitted further", [("fw", "Secret"),
                                               ("fw", "Not to be transmitted further")]),
    ("SECRET\nFor the Minister personally – not to be distributed", [
        ("fw", "SECRET"), ("fw", "For the Minister personally – not to be distributed")]),
    # (how the copy is handled and where it goes back to, a caveat: it was a line of text)
    ("SECRET\nSpecial handling – return to the cipher office after reading", [
        ("fw", "SECRET"), ("fw", "Special handling – return to the cipher office after reading")]),
    # (`Ex.`, the copy as Russian's `экз.` is translated: it was the document's number)
    ("Top Secret\nEx. No. 2", [("fw", "Top Secret"), ("idno", "Ex. No. 2")]),
])
def test_a_copys_number_of_many_and_a_caveat_for_the_addressee_stand_in_the_opener(
        lines: str, expected: list[tuple[str, str]]) -> None:
    root = converted_text(f"{lines}\n\nThe talks were held in a friendly atmosphere over two "
                          "days and many questions were discussed.\n\nI. IVANOV\n",
                          "September 12, 1951")
    found = [(etree.QName(element).localname, " ".join("".join(element.itertext()).split()))
             for element in root.xpath(f"{OPENER}/*", namespaces=NS)]
    assert found == expected
    types = root.xpath(f"{OPENER}/t:idno/@type | {OPENER}/t:fw/@type", namespaces=NS)
    assert set(types) <= {"copy", "document", "classification"}
    assert ("copy" in types) == any(text.startswith(("Copy", "Ex.", "2nd", "4th"))
                                    for _, text in expected)


def test_a_date_time_group_under_the_signature_is_the_dateline() -> None:
    """`121200Z SEP 51`, as a military message is dated: it was read as a second signature."""
    text = ("The talks were held in a friendly atmosphere over two days.\n\nI. IVANOV\n\n"
            "121200Z SEP 51\n")
    root = converted_text(text, "September 12, 1951")
    assert texts(root, f"{CLOSER}/t:signed") == ["I. IVANOV"]
    enriched = convert_text(text, overrides={"title": "Test",
                                             "date_text": "September 12, 1951"}).tree
    dates = enriched.getroot().xpath(f"{CLOSER}/t:dateline/t:date", namespaces=NS)
    assert [(d.get("when"), d.text) for d in dates] == [("1951-09-12T12:00:00Z",
                                                         "121200Z SEP 51")]


@pytest.mark.parametrize(("line", "date"), [
    ("Praha, 12. 9. 1951", "12. 9. 1951"),
    ("Budapest, 1951. szeptember 12.", "1951. szeptember 12."),
    # (the year's word a Russian date keeps: it was no dateline for it)
    ("Moscow, 12 September 1951 г.", "12 September 1951"),
    # (the year first, alone on the line: it was the registry's code)
    ("1951-09-12", "1951-09-12"),
    ("1951.9.12", "1951.9.12"),
    # (the year in two figures: the first read the day and month alone, the second a
    # signature, as was the date-time group)
    ("12 Sep 51", "12 Sep 51"),
    ("12 IX 51", "12 IX 51"),
    # (the place after the date and its comma: it signed; a treaty's and a letter's words
    # before the place: loose text of the closer; the year's word transliterated or
    # translated: no dateline; the day and month between dashes in either order: undated)
    ("12 September 1951, Moscow", "12 September 1951"),
    ("Done in Moscow on 12 September 1951", "12 September 1951"),
    ("Written in Pyongyang, 12 September 1951", "12 September 1951"),
    ("12.9.51 g.", "12.9.51"),
    ("12 September, 1951 year", "12 September, 1951"),
    ("12-9-1951", "12-9-1951"),
    # (the day's word before the date and the year's after it, left in the original's
    # language: Czech, Polish, German; loose text of the closer)
    ("V Praze dne 12. 9. 1951", "12. 9. 1951"),
    ("Warszawa, dnia 12.IX.1951 r.", "12.IX.1951"),
    ("Berlin, den 12.9.1951", "12.9.1951"),
])
def test_a_dateline_as_central_european_russian_and_east_asian_papers_print_it(
        line: str, date: str) -> None:
    root = converted_text("The talks were held in a friendly atmosphere over two days.\n\n"
                          f"I. IVANOV\n\n{line}\n", "September 12, 1951")
    assert texts(root, f"{CLOSER}/t:dateline") == [line]
    # (no month's name nor year's word is marked another language's: Polish `dnia`, a word
    # the translation left, is)
    assert texts(root, f"{CLOSER}//t:foreign") == (["dnia"] if "dnia" in line else [])
    enriched = convert_text("The talks were held in a friendly atmosphere over two days.\n\n"
                            f"I. IVANOV\n\n{line}\n", overrides={
                                "title": "Test", "date_text": "September 12, 1951"}).tree
    dates = enriched.getroot().xpath(f"{CLOSER}/t:dateline/t:date", namespaces=NS)
    assert [(d.get("when"), d.text) for d in dates] == [("1951-09-12", date)]


def test_a_letters_first_sentence_on_behalf_of_its_senders_is_its_text() -> None:
    """`Dear Comrade Stalin!` / `On behalf of the Korean government delegation we express …
    gratitude.`: the letter's first paragraph, which the opener took (`on behalf of` opens a
    farewell too); `On behalf of the Government,` over the name still signs."""
    root = converted_text(
        "Dear Comrade Stalin!\n\nOn behalf of the Korean government delegation we express to "
        "You our deep gratitude.\n\nThe Korean people will never forget the help.\n\n"
        "On behalf of the Government,\n\nKIM IL SUNG\n", "March 5, 1949")
    assert texts(root, "//t:opener") == ["Dear Comrade Stalin!"]
    assert texts(root, "//t:body//t:p")[0].startswith("On behalf of the Korean government")
    assert texts(root, "//t:closer/t:signed") == ["On behalf of the Government, KIM IL SUNG"]


@pytest.mark.parametrize("assent", ["Agreed.", "I agree", "Approved"])
def test_an_assent_over_a_name_under_the_signature_is_one_signature(assent: str) -> None:
    """`GROMYKO` / `Agreed.` / `Stalin`: the leader's assent and his name, one signature (the
    assent signed alone, a second signer)."""
    root = converted_text("Transmit to Kim Il Sung that the proposal of the Korean comrades on "
                          f"the Seoul operation is approved.\n\nGROMYKO\n\n{assent}\nStalin\n",
                          "August 1, 1950")
    assert texts(root, "//t:closer/t:signed") == ["GROMYKO", f"{assent} Stalin"]


def test_the_place_after_the_date_without_a_comma_is_the_datelines() -> None:
    """`12.IX.1951 Moscow` under the signature, the text naming `in Moscow`: where it was
    written, not a signer after the date (`13.6.51 ROSHCHIN`, which still signs)."""
    text = "The delegation arrived in Moscow on the 12th and the talks began at once.\n\n"
    root = converted_text(text + "I. IVANOV\n\n12.IX.1951 Moscow\n", "September 12, 1951")
    assert texts(root, "//t:closer/t:signed") == ["I. IVANOV"]
    assert texts(root, "//t:closer/t:dateline") == ["12.IX.1951 Moscow"]
    signer = converted_text(text + "13.9.51 ROSHCHIN\n", "September 12, 1951")
    assert texts(signer, "//t:closer/t:signed") == ["ROSHCHIN"]


def test_a_signature_under_a_paragraph_ending_on_a_star_still_signs() -> None:
    """`… the communique.*` / `I. IVANOV` / `* The communique was …`: the signature (it was a
    paragraph) and the star's note."""
    root = converted_text("The talks went on for two days. The sides agreed on the text of the "
                          "communique.*\n\nI. IVANOV\n\n* The communique was published on 14 "
                          "September.\n", "September 12, 1951")
    assert texts(root, "//t:closer/t:signed") == ["I. IVANOV"]


@pytest.mark.parametrize("name", ["**Mao Zedong**", "**I. IVANOV**"])
def test_a_name_in_bold_signs_as_it_does_in_roman(name: str) -> None:
    """`**Mao Zedong**` / `P.S. …` under the text: the signature and its postscript, as for
    `Mao Zedong` (the bold line was read with its asterisks, a paragraph)."""
    root = converted_text("The delegation arrived on Monday and was received by the Minister of "
                          f"Foreign Affairs in a friendly atmosphere.\n\n{name}\n\nP.S. Please "
                          "send the report to Comrade Molotov as soon as possible.\n",
                          "September 12, 1951")
    assert texts(root, "//t:closer/t:signed") == [name.strip("*")]
    assert texts(root, "//t:postscript/t:p")[0].startswith("P.S.")


def test_a_chinese_letters_salute_signs_with_the_name() -> None:
    """`Salute!` / `Mao Zedong` / `4 March [1951]`: the farewell and the name, one signature
    (the farewell was loose text of the closer)."""
    root = converted_text("Comrades Peng [Dehuai] and Deng [Hua]:\n\nWe have received your "
                          "telegram of 3 March and agree with your plan of operations.\n\n"
                          "Salute!\n\nMao Zedong\n\n4 March [1951]\n", "March 4, 1951")
    assert texts(root, "//t:closer/t:signed") == ["Salute! Mao Zedong"]


def test_a_receipts_date_on_the_line_under_it_is_the_receipts() -> None:
    """`Ciphered and delivered` / `on 24 June 1963` (w028's close): one docket, its date with
    it (the date's line was loose text of the closer)."""
    root = converted_text("The Turkish Ambassador told him that US submarines visit the Turkish "
                          "waters.\n\nANGELOV\n\n23 June 1963\n\nCiphered and delivered\non 24 "
                          "June 1963\n", "June 23, 1963")
    assert texts(root, "//t:closer/t:note[@type='docket']") == [
        "Ciphered and delivered on 24 June 1963"]


def test_the_day_a_telegram_came_in_under_its_receipt_is_the_receipts() -> None:
    """`sent by Yerofeyev` / `received by Novoselova` / `12 October 1948` (w001's close): the
    date alone under the receipt is the receipt's (it was loose text of the closer)."""
    root = converted_text("The Soviet Government welcomes the creation of the Democratic "
                          "People's Republic of Korea.\n\nI. STALIN\n\nsent by Yerofeyev\nreceived "
                          "by Novoselova\n12 October 1948\n", "October 12, 1948")
    assert texts(root, "//t:closer/t:note[@type='docket']")[-1] == (
        "received by Novoselova 12 October 1948")


def test_an_editors_note_at_the_foot_leaves_the_signature_and_list_above_it_closing() -> None:
    """`GUERRINI` / `Distribution: …` / `[Editor's note: A second telegram …]`: the note at the
    foot is no text the telegram runs on to, so the name above it signs and the list is a
    list (both were paragraphs of the text, where the last paragraph above them, ending on the
    editor's `[...]`, read as no prose)."""
    root = converted_text(
        "SECRET – ABSOLUTE PRECEDENCE\nTel. no. 2341/187\nLisbon, 25 April 1974, 19:40\n"
        "Ministry of Foreign Affairs – Rome\nMilitary movement in Portugal.\n"
        "Military movement which since early hours of this morning has occupied radio "
        "stations appears at this moment in full control of the situation.\n"
        "Italian community (some 1,500 persons) unharmed. Embassy and Consulates operating "
        "normally. [...]\n"
        "GUERRINI\n"
        "Distribution: Cabinet of the Minister, Embassies Madrid, London, Paris\n"
        "[Editor's note: A second telegram of the same night, no. 2352, reports the formation "
        "of the National Salvation Junta.]\n", "April 25, 1974")
    assert texts(root, "//t:closer/t:signed") == ["GUERRINI"]
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Distribution:"]
    assert texts(root, "//t:note[@type='editorial']") == [
        "Editor's note: A second telegram of the same night, no. 2352, reports the formation "
        "of the National Salvation Junta."]


def test_a_chinese_offices_file_number_under_the_markings_is_the_documents_number() -> None:
    """`(59) Bu Fa No. 0617` under `Top Secret` / `Extra Urgent`: the year in parentheses read
    as a list's number (the line was a paragraph's text)."""
    root = converted_text("Top Secret\n\nExtra Urgent\n\n(59) Bu Fa No. 0617\n\n[To] the Embassy "
                          "in India:\n\nThe Indian side has sent a note of protest about the "
                          "clash at Langjiu on 25 August; reply as follows.\n", "September 2, 1959")
    assert texts(root, "//t:opener/t:idno[@type='document']") == ["(59) Bu Fa No. 0617"]
    assert root.xpath("//t:list", namespaces=NS) == []


def test_a_hands_date_in_roman_figures_ends_its_note() -> None:
    """`[Handwritten:]` / `To be distributed to the members` / `and candidate members of the
    PB.` / `30.VII.63`: the month's Roman figures are no marking in capitals, so the date is the
    hand's (it was the document's dateline), and the hand's note lists nobody."""
    root = converted_text("Strictly confidential!\n\nTO THE POLITBURO  \nOF THE CC OF THE BCP\n\n"
                          "[Handwritten:]  \nTo be distributed to the members  \nand candidate "
                          "members of the PB.  \n30.VII.63\n\nINFORMATION\n\n1. The delegation of "
                          "the CPC returned to Beijing on 21 July and was met at the airport by "
                          "the whole leadership.\n", "July 29, 1963")
    (hand,) = texts(root, "//t:add[@hand]")
    assert hand.endswith("30.VII.63")
    assert texts(root, "//t:opener/t:dateline") == []
    assert root.xpath("//t:list", namespaces=NS) == []


def test_where_the_copy_must_stay_is_a_handling_marking() -> None:
    """`Not to be taken out of the Party committee` under `Strictly confidential`: a caveat on
    the copy, as `Not to be copied` is (it was the opener's text)."""
    root = converted_text("Hamhung, 14 April 1958\nStrictly confidential\nNot to be taken out of "
                          "the Party committee\nCopy No. 17\nTo the Organizational Guidance "
                          "Department of the Central Committee\nThe provincial committee sends "
                          "the text of the speech of Comrade Kim Il Sung at the conference.\n",
                          "April 14, 1958")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "Strictly confidential", "Not to be taken out of the Party committee"]


def test_whom_the_copy_may_go_to_is_a_handling_marking() -> None:
    """`Not for distribution outside the Ministry` under `SECRET`: a caveat on the copy (it
    was the opener's text)."""
    root = converted_text("CODE TELEGRAM\nSECRET\nNot for distribution outside the Ministry\n"
                          "Number: 612\nThe Secretary of State received me this morning and "
                          "spoke about the quarantine of Cuba at length.\n", "October 23, 1962")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == [
        "SECRET", "Not for distribution outside the Ministry"]


def test_a_long_list_under_its_heading_leaves_the_signature_and_date_a_closer() -> None:
    """A cable's signing body and date over `Distribution:` and twenty-two names a line each:
    the closer and its list (more lines than a closer has made them all the text's), and `(5)
    […]`, a point the editor cut, the text's last paragraph (it was a line of the closer)."""
    names = "\n".join(["Chairman", "Liu Shaoqi", "Zhou Enlai", "Zhu De", "Chen Yun", "Lin Biao",
                       "Deng Xiaoping", "Peng Zhen", "Chen Yi", "Kang Sheng", "Li Fuchun",
                       "Yang Shangkun", "Wu Xiuquan", "Lu Dingyi", "International Liaison "
                       "Department", "Propaganda Department", "General Office", "Xinhua News "
                       "Agency", "File"])
    root = converted_text("(4) Chinese students in Moscow have asked the embassy for copies of the "
                          "letter, and some have passed it on to their classmates.\n(5) [...]\n"
                          "Embassy in the Soviet Union\n27 June 1963\nDistribution:\n" + names
                          + "\n(Printed 25 copies)\nProofread by: [illegible signature]\n",
                          "June 27, 1963")
    assert texts(root, "//t:closer/t:signed")[0] == "Embassy in the Soviet Union"
    assert texts(root, "//t:closer/t:dateline") == ["27 June 1963"]
    assert texts(root, "//t:list[@type='distribution']/t:item")[-2:] == [
        "File", "(Printed 25 copies)"]
    assert texts(root, "//t:div/t:p")[-1] == "(5)"


def test_an_hour_given_in_a_citys_time_dates_the_cable_whole() -> None:
    """`Embassy in the Soviet Union` / `16 July 1960, 20:00 Moscow time`: whose clock the hour
    is stays in the dateline (`Moscow time` signed after the date)."""
    source = ("Please give instructions on how [we] should reply.\n\n"
              "Embassy in the Soviet Union\n\n16 July 1960, 20:00 Moscow time\n")
    root = converted_text(source, "July 16, 1960")
    assert texts(root, f"{CLOSER}/t:dateline") == ["16 July 1960, 20:00 Moscow time"]
    assert texts(root, f"{CLOSER}/t:signed") == ["Embassy in the Soviet Union"]


def test_the_day_a_hand_wrote_under_its_note_is_the_hands() -> None:
    """`[handwritten:] Inc. No. 0133-s` / `4.II.53` at the head of the page: the day under the
    hand's note is the hand's, inside its addition (it was the document's dateline)."""
    source = ("Secret  \nCopy No. 3\n\n[handwritten:] Inc. No. 0133-s  \n4.II.53\n\n"
              "#### RECORD OF CONVERSATION WITH ZHOU ENLAI\n\nToday at 21:00 I visited Zhou "
              "Enlai at his invitation. Qiao Guanhua was present at the conversation.\n")
    root = converted_text(source, "January 17, 1953")
    assert texts(root, "//t:opener/t:add[@hand]") == ["Inc. No. 0133-s 4.II.53"]
    assert texts(root, "//t:opener/t:dateline") == []


def test_a_hands_sentence_carried_on_the_next_line_in_lower_case_is_the_hands() -> None:
    """`[Handwritten:] Premier and Vice Premier Chen [Yi]` / `to read. Ji 15/12`: the line under
    the hand's, carrying its sentence on in lower case, is the hand's too (it was a line of the
    opener's own); a typed line under a hand's finished sentence stays the opener's."""
    body = ("\n\n#### THE SITUATION IN SOUTH VIETNAM\n\nThe coup was prepared by the "
            "Americans, who had long been dissatisfied with Diem and his brother.\n")
    root = converted_text("Top Secret\n\n[Handwritten:] Premier and Vice Premier Chen [Yi]  "
                          "\nto read. Ji 15/12" + body, "December 12, 1963")
    assert texts(root, "//t:opener/t:add[@hand]") == [
        "Premier and Vice Premier Chen Yi to read. Ji 15/12"]
    root = converted_text("Top Secret\n\n[Handwritten:] To Premier Zhou.  \nno. 1843 of the "
                          "Embassy" + body, "December 12, 1963")
    assert texts(root, "//t:opener/t:add[@hand]") == ["To Premier Zhou."]
    # (who wrote it and when, under it: `T.N. Kaul 7/5`, no number of the document's)
    root = converted_text("Top Secret\n\n[handwritten:] PM may kindly see.  \nT.N. Kaul 7/5"
                          + body, "May 4, 1970")
    assert texts(root, "//t:opener/t:add[@hand]") == ["PM may kindly see. T.N. Kaul 7/5"]
    assert texts(root, "//t:idno") == []


def test_an_attachment_announced_with_letters_supplied_in_its_protocols_name() -> None:
    """`Attachment` / `to point 147 of Pr[otocol] No. 69` / `PYONGYANG` / `SOVIET AMBASSADOR`
    under a decision's signature and the hand's dated note: the telegram the decision approves
    begins at the announcement, its address in its opener (the address signed the decision,
    the telegram beginning under it)."""
    root = converted_text(
        "147. Question of the MFA.\n1. To approve the attached draft of a telegram to the "
        "Soviet Ambassador in Pyongyang.\nSECRETARY OF THE CC\n[handwritten: Sent to the MFA "
        "12.VI.49]\nAttachment\nto point 147 of Pr[otocol] No. 69\nPYONGYANG\nSOVIET "
        "AMBASSADOR\nTo your No. 611.\nVisit Kim Il Sung and tell him that the Soviet "
        "Government agrees to accept 120 Korean cadets for training.\nA. VYSHINSKY\n",
        "June 11, 1949")
    assert "PYONGYANG" not in " ".join(texts(root, f"{CLOSER}/t:signed"))
    assert texts(root, f"{ATTACHED}/t:opener")[0].startswith("Attachment")
    assert "SOVIET AMBASSADOR" in texts(root, f"{ATTACHED}/t:opener")[0]
    assert texts(root, f"{ATTACHED}/t:closer/t:signed") == ["A. VYSHINSKY"]


@pytest.mark.parametrize("motto", [
    "EFFECTIVE SUFFRAGE. NO REELECTION.",
    "SUFRAGIO EFECTIVO. NO REELECCIÓN. [Effective suffrage. No re-election.]",
])
def test_a_states_motto_over_the_signature_is_a_closing_salutation(motto: str) -> None:
    """Mexico's motto closing an ambassador's report, over `The Ambassador` and his name: a
    closing salutation, nobody's signature (it signed with the office)."""
    root = converted_text(
        "I shall continue to inform Your Excellency of the course of the talks of Mr. Mikoyan, "
        "which will be prolonged for several more days.\n\nI reiterate to you, Mr. Secretary, "
        f"the assurances of my very distinguished consideration.\n\n{motto}\nThe Ambassador\n\n"
        "Gilberto Bosques\n", "November 14, 1962")
    assert texts(root, f"{CLOSER}/t:salute") == [" ".join(motto.replace("[", "").replace(
        "]", "").split())]
    assert texts(root, f"{CLOSER}/t:signed") == ["The Ambassador", "Gilberto Bosques"]


def test_a_signers_two_offices_under_his_name_are_his_signature() -> None:
    """`Kim Il Sung` / `General Secretary of the Central Committee …` / `President of the
    Democratic People's Republic of Korea` / `Pyongyang, 30 April 1975`: both offices sign
    with the name (the second was a bare line of the closer)."""
    root = converted_text(
        "We wish the fraternal Vietnamese people new successes in the building of socialism "
        "and in the reunification of their country.\nKim Il Sung\nGeneral Secretary of the "
        "Central Committee of the Workers' Party of Korea\nPresident of the Democratic "
        "People's Republic of Korea\nPyongyang, 30 April 1975\n", "April 30, 1975")
    assert texts(root, f"{CLOSER}/t:signed") == [
        "Kim Il Sung General Secretary of the Central Committee of the Workers' Party of Korea "
        "President of the Democratic People's Republic of Korea"]
    assert texts(root, f"{CLOSER}/t:dateline") == ["Pyongyang, 30 April 1975"]


def test_an_oficios_fields_keep_its_heading_going_to_the_dateline() -> None:
    """`ANT. [Reference]: Your oficio Nº 88 of 2 March 1972.` / `MAT. [Subject]: …` /
    `MEXICO, 28 March 1972` / `TO: …`: the form's fields, then its place and date, the opener's
    (the fields were paragraphs, and the dateline and the address under them too); the number
    the reference cites is none of the oficio's."""
    root = converted_text(
        "CONFIDENTIAL\n\nOFICIO Nº 412/27\n\nANT. [Reference]: Your oficio Nº 88 of 2 March "
        "1972.\nMAT. [Subject]: Visit of President Luis Echeverría Álvarez to Chile.\n\nMEXICO, "
        "28 March 1972\n\nTO: MR. MINISTER OF FOREIGN AFFAIRS\n\n1. In reply to the "
        "communication cited in the reference, I have the honour to inform you that the "
        "preparations for the visit are well advanced.\n\nHugo Vigorena Ramírez\n",
        "March 28, 1972")
    assert texts(root, "//t:opener/t:dateline") == ["MEXICO, 28 March 1972"]
    assert texts(root, "//t:opener/t:idno") == ["OFICIO Nº 412/27"]
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:p")[0].startswith("1. In reply")


@pytest.mark.parametrize("fields", [
    "Ref.: My cable No. 2 of 2 January 1959.\nSubject: Reports on the situation created by the "
    "triumph of the revolution; asylum-seekers in this Mission.",
    "Reference: My cable No. 2.\n\nSubject: The situation created by the revolution.",
    "Subject: Reports on the situation created by the triumph of the revolution."])
def test_an_oficios_fields_in_english_keep_its_heading_going_to_the_dateline(
        fields: str) -> None:
    """A Chilean oficio in translation, its fields' labels in English (`Ref.: My cable …` /
    `Subject: …`), then `Havana, 9 January 1959.` and the minister addressed: the opener's
    lines (the fields were the text's first paragraph, and the dateline a paragraph under
    it)."""
    root = converted_text(
        "EMBASSY OF CHILE\nHAVANA\n\nCONFIDENTIAL\n\nNo. 3/1\n\n" + fields + "\n\nHavana, 9 "
        "January 1959.\n\nTo His Excellency\nthe Minister of Foreign Relations\nSANTIAGO\n\n"
        "Mr. Minister:\n\n1. As I had the honor of reporting to Your Excellency by cable, "
        "General Batista left the country by air in the early hours of 1 January.\n\n2. The "
        "columns of the Rebel Army entered Havana on the 2nd and 3rd.\n\nGonzález\n",
        "January 9, 1959")
    assert texts(root, "//t:opener/t:dateline") == ["Havana, 9 January 1959."]
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:p")[0].startswith("1. As I had")


def test_an_oficios_labels_english_after_their_colon_is_its_gloss() -> None:
    """`ANT.: [References] My telegrams …` / `MAT.: [Subject] Situation in Cuba …`: the field's
    label in Spanish, its colon, then its English in brackets: a gloss of the label, no words
    supplied to the field's text."""
    root = converted_text(
        "CONFIDENTIAL\n\nOFICIO No. 311/45\n\nANT.: [References] My telegrams Nos. 74, 77 and "
        "81 of April.\nMAT.: [Subject] Situation in Cuba after the invasion of 17 April.\n\n"
        "1. The Government has arrested several thousand people since the landing, among them "
        "many who had taken no part in it.\n\nSilva\n", "May 5, 1961")
    assert texts(root, "//t:note[@type='editorial']") == ["References", "Subject"]
    assert texts(root, "//t:supplied") == []


def test_an_oficios_fields_without_their_english_keep_its_heading_going() -> None:
    """`ANT.: Your telegram No. 388 …` / `MAT.: Visit of …` / `HAVANA, 5 October 1971.`, and
    `REF.: Conversation with Vice Minister …` over the address and salutation: the fields,
    their labels' English left out, are the opener's as the bracketed ones are (they were
    paragraphs, and the text under a `REF.:` the closer's and the postscript's)."""
    root = converted_text(
        "CONFIDENTIAL\n\nOFICIO [official letter] No. 214/31\n\nANT.: Your telegram No. 388 of "
        "30 September 1971.\n\nMAT.: Visit of the Prime Minister of Cuba to Chile.\n\nHAVANA, 5 "
        "October 1971.\n\nFROM: THE AMBASSADOR OF CHILE IN CUBA\n\nTO: THE MINISTER OF "
        "FOREIGN RELATIONS\n\n1. In compliance with the instructions contained in the telegram "
        "cited above, I was received on the 1st of this month by the Vice-Minister.\n\n2. The "
        "Cuban side confirmed that the Prime Minister will arrive on 10 November.\n\nNathaniel "
        "Davis\n", "October 5, 1971")
    assert texts(root, "//t:opener/t:dateline") == ["HAVANA, 5 October 1971."]
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:p")[0].startswith("1. In compliance")
    root = converted_text(
        "Nº 188/71\n\n[handwritten in the left margin:] Minister: please read paragraphs 3 and "
        "4. C.V.\n\nREF.: Conversation with Vice Minister Han Nien-lung.\n\nTO THE MINISTER OF "
        "FOREIGN RELATIONS\n\nSANTIAGO\n\nMr. Minister:\n\n1. On 6 August, at his request, I "
        "was received at the Ministry of Foreign Affairs by Vice Minister Han Nien-lung, with "
        "whom I had a conversation of about an hour.\n\n2. The Vice Minister said that his "
        "Government wished to inform the Government of Popular Unity of the meaning of the "
        "visit.\n\nRespectfully,\n\nJorge Zapata\n\nChargé d'Affaires a.i.\n", "August 9, 1971")
    assert texts(root, "//t:opener/t:salute") == ["Mr. Minister:"]
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:p")[0].startswith("1. On 6 August")
    assert root.find(".//t:postscript", NS) is None


def test_a_stamps_words_labelled_under_the_marking_keep_the_opener_going() -> None:
    """`Strictly Secret` / `Stamped: Subject to return within 24 hours to the CC VKP(b)
    (Special Sector)` / `VKP(b) CC` / `# P72/264` / `29.I.50`: the stamp's words, then the
    extract's furniture (the stamp was a paragraph, and the furniture under it the text's)."""
    root = converted_text(
        "Strictly Secret\nStamped: Subject to return within 24 hours to the CC VKP(b) (Special "
        "Sector)\nVKP(b) CC\n# P72/264\n29.I.50\nExtract from Protocol #72 of the Meeting of "
        "the Politburo of the CC VKP(b) of 29 January 1950, on the recognition of the DRV.\n",
        "January 29, 1950")
    assert texts(root, "//t:opener/t:stamp") == [
        "Stamped: Subject to return within 24 hours to the CC VKP(b) (Special Sector)"]
    assert texts(root, "//t:opener/t:dateline") == ["29.I.50"]


def test_the_place_then_when_the_telegram_was_dispatched_is_its_dateline() -> None:
    """`Havana, dispatched 21 May 1970, 02.15 hrs` over the hour it arrived: the place, then
    the word of sending, then the date (`dispatched` between them had left it a line of
    text)."""
    source = ("MINISTRY OF FOREIGN AFFAIRS\n\nINCOMING TELEGRAM\n\nSECRET\n\nABSOLUTE PRIORITY"
              "\n\nN. 9487\n\nHavana, dispatched 21 May 1970, 02.15 hrs\n\nArrived 21 May 1970, "
              "10.40 hrs\n\nNo. 262. Speaking yesterday evening to the crowd gathered to welcome "
              "the eleven fishermen, Fidel Castro admitted publicly for the first time that this "
              "year's harvest will not reach ten million tons.\n")
    root = converted_text(source, "May 21, 1970")
    assert texts(root, "//t:opener/t:dateline") == [
        "Havana, dispatched 21 May 1970, 02.15 hrs"]
    assert texts(root, "//t:opener/t:note[@type='docket']") == ["Arrived 21 May 1970, 10.40 hrs"]


def test_dispatched_in_nine_copies_counts_the_copies_it_does_not_date_them() -> None:
    """`Dispatched in 9 copies` under the signer, over whom the copies went to: how many were
    sent, the head of their list, no dateline (it opens with a word of sending)."""
    source = ("To the Federal Secretary – personally\nTonight at 19.00 hrs Deputy Minister Hoang "
              "Van Loi received me in the air-raid shelter of the Ministry of Foreign Affairs and "
              "handed me a letter of the Minister.\nIn my opinion an early statement of ours "
              "would be well received here, since the Vietnamese are disappointed by the "
              "restrained reaction of some socialist countries.\nVUKOVIĆ\nDispatched in 9 copies"
              "\nCopies: Federal Secretary, Deputy Federal Secretary, Directorate for Asia and "
              "Australia, Archive\n")
    root = converted_text(source, "December 21, 1972")
    assert texts(root, "//t:dateline") == []
    assert texts(root, "//t:list[@type='distribution']/t:head") == [
        "Dispatched in 9 copies Copies:"]
    assert texts(root, "//t:closer/t:signed") == ["VUKOVIĆ"]


_CHILEAN_CLOSING = ("6. For the rest, the Government has announced the dissolution of Congress and "
                    "the suspension of the political parties.\n\nI avail myself of this "
                    "opportunity to reiterate to Your Excellency the assurances of my highest "
                    "consideration.\n\nRAMÓN ALCALDE ERRÁZURIZ\nAmbassador of Chile\n\n"
                    "[handwritten:] To the Department of America. Prepare reply on point 4. "
                    "[illegible initials] 22.I.59\n\nc.c.: Embassy of Chile in Washington; "
                    "Embassy of Chile in Mexico.\n\nNotes\n\n1 The list of names is not "
                    "preserved with the file copy. – Translator.\n")


def test_whom_copies_went_to_under_a_hands_note_is_a_list_and_the_notes_heading_none() -> None:
    """`[handwritten:] To the Department of America. … 22.I.59` / `c.c.: Embassy of Chile in
    Washington; …` / `Notes`: the hand's note ends on its line, the copies are a list (their
    label in lower case carried the hand's sentence on), and the endnotes' heading is none of
    its items."""
    root = converted_text("EMBASSY OF CHILE\n\nNo. 3/1\n\nHavana, 9 January 1959.\n\nMr. "
                          "Minister:\n\n1. As I had the honor of reporting to Your Excellency "
                          "by cable, General Batista left the country.\n\n" + _CHILEAN_CLOSING,
                          "January 9, 1959")
    hands = texts(root, "//t:add[@hand]")
    assert len(hands) == 1 and hands[0].endswith("22.I.59")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["c.c.:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Embassy of Chile in Washington;", "Embassy of Chile in Mexico."]


@pytest.mark.parametrize("heading", ["Note", "Translator's note"])
def test_note_over_the_one_endnote_is_its_heading_no_signature(heading: str) -> None:
    """`This cable has been transferred to …` / `Note` / `[1] In January 1968, …`: the
    heading of the one note at the text's end (it was read as a signature); a name under the
    text, no note under it, still signs."""
    text = ("1. Castro hardly touched upon the relations between Cuba and the Soviet Union "
            "themselves, though he spoke for two hours.[1]\n\n2. It is the view of this embassy "
            "that the speech marks a clear turn.\n\nThis cable has been transferred to the "
            "Embassies in the US and the Soviet Union.\n\n")
    root = converted_text(text + f"{heading}\n\n[1] In January 1968, Aníbal Escalante was "
                          "tried.\n", "August 24, 1968")
    assert texts(root, "//t:signed") == []
    root = converted_text(text + "Nakamura\n", "August 24, 1968")
    assert texts(root, "//t:signed") == ["Nakamura"]


@pytest.mark.parametrize("remark", ["(Not reviewed by the Premier)", "(Not yet proofread)",
                                    "(The Premier has not reviewed this record)"])
def test_a_remark_on_the_records_state_under_it_signs_nothing(remark: str) -> None:
    """`(Not reviewed by the Premier)` under a record of Zhou Enlai's talks: the record's
    state, a line of the closer (it was read as a signature)."""
    root = converted_text(
        "Premier Zhou: I hope that next time I come, I will be able to drink Malian tea. We "
        "also welcome the President to visit China again.\n\nPresident Keita: Thank you. We "
        f"shall meet again soon.\n\n{remark}\n", "January 16, 1964")
    assert texts(root, "//t:signed") == []
    assert texts(root, "//t:closer") == [remark]


@pytest.mark.parametrize("attached", ["Attachment", "Appendix 1", "Attachment to point 41"])
def test_what_is_attached_under_a_signature_is_no_line_of_it(attached: str) -> None:
    """`SECRETARY OF THE CC` / `Attachment` / `to point 41 of prot. No. 325`: the attachment's
    heading begins under the signature, none of its lines (it was its second line)."""
    root = converted_text(
        "1. To approve the draft of instructions to the Soviet Ambassador in Laos (attached).\n"
        "2. To instruct the MFA USSR (Cde. Gromyko) to inform the CC of the Workers' Party of "
        f"Vietnam of the contents of the instructions.\nSECRETARY OF THE CC\n{attached}\nto "
        "point 41 of prot. No. 325\n", "April 20, 1961")
    assert all(attached not in signed for signed in texts(root, "//t:signed"))


@pytest.mark.parametrize("nights", ["ON 19/20/IV/61", "ON/24/25/X/62"])
def test_the_nights_a_brazilian_telegram_came_in_are_no_number(nights: str) -> None:
    """`ON 19/20/IV/61` under `FROM THE EMBASSY IN HAVANA`: the nights the telegram was
    received on, a line of its form (it was the document's number); its number is above."""
    root = converted_text(
        "SECRETARY OF STATE FOR EXTERNAL RELATIONS\nTELEGRAM RECEIVED\nNo. 08731\nFROM THE "
        f"EMBASSY IN HAVANA\n{nights}\nSECRET – URGENT\nDAM/DOr/DPo/600.(24h)\nQuestion of "
        "Cuba. Invasion.\n118 – WEDNESDAY – 1900hs – The invading forces were defeated at Playa "
        "Girón this afternoon.\nLEITÃO DA CUNHA\n", "April 19, 1961")
    assert texts(root, "//t:opener/t:idno") == ["No. 08731"]


def test_a_star_note_among_the_closing_lines_leaves_the_signature_under_it_the_closers() -> None:
    """`The conversation lasted 55 minutes.` / `\\* In the original the Chinese names …` /
    `Ambassador of the MPR to the PRC` / `[signature]` / `D. Yondon`: the note stands among the
    closing lines, and the signature under it is the record's (it was the postscript's
    paragraphs, signing nothing)."""
    root = converted_text(
        "Tsyan Tsichen\\* said that the consultations were being held in a frank atmosphere, "
        "but that it was too early to speak of results.\n\nThe conversation lasted 55 "
        "minutes.\n\n\\* In the original the Chinese names are given in Mongolian Cyrillic "
        "transcription.\n\nAmbassador of the MPR to the PRC  \n[signature]  \nD. Yondon\n\n"
        "Sent to:  \nComrade Yu. Tsedenbal  \nFile\n", "October 15, 1982")
    signed = texts(root, f"{CLOSER}/t:signed")
    assert signed[0] == "Ambassador of the MPR to the PRC"
    assert signed[-1].endswith("D. Yondon")


def test_copies_numbered_a_line_each_under_the_signature_keep_the_closing_lines_closing() -> None:
    """`Chairman of the Polish Delegation` / `to the NNSC` / `Gen. bryg. … M. Kowalski` / `Copy 1
    – Minister of Foreign Affairs` / … / `Copy 4 – file of the Delegation`: seven short lines
    under the last points, the office signing and the copies a list (they were all the
    text's paragraphs, read as notes of short lines)."""
    root = converted_text(
        "**IV. Conclusions**\n\n1. The delegation will continue to oppose the reduction of the "
        "teams.\n2. I ask for instructions on the temporary withdrawal of the teams.\n3. I ask "
        "that the Ministry raise the question of the security of the Polish personnel.\n\n"
        "Chairman of the Polish Delegation  \nto the NNSC  \nGen. bryg. M. Kowalski\n\nCopy 1 – "
        "Minister of Foreign Affairs  \nCopy 2 – Minister of National Defence  \nCopy 3 – Dep. V "
        "MFA  \nCopy 4 – file of the Delegation\n", "June 14, 1954")
    assert texts(root, f"{CLOSER}/t:signed")[0].startswith("Chairman of the Polish Delegation")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Copy 1 – Minister of Foreign Affairs", "Copy 2 – Minister of National Defence",
        "Copy 3 – Dep. V MFA", "Copy 4 – file of the Delegation"]
