"""The State Department's telegrams as the archive reprints them (documents written for the
tests): the place, date and hour sent, the receipt in the editor's brackets, the telegram's
number opening the text, the sender's name over the notes."""

from __future__ import annotations

import pytest
from tei_text import NS, converted_text, texts

TELEGRAM = ("Riga, June 7, 1940—noon.\n[Received 1:08 p.m.]\n\n"
            "115. The Military Attaché has just arrived in Riga from Kaunas and reports that the "
            "General Staff expects the troops to move.\n\n"
            "{second}\n\nWiley\n\n[1] Major Huthsteiner, the Military Attaché.\n")


def test_the_number_opening_a_telegrams_text_is_the_telegrams() -> None:
    root = converted_text(TELEGRAM.format(second="Please inform War."), "June 7, 1940")
    assert texts(root, "//t:body//t:p/t:idno[@type='document']") == ["115"]
    first = root.xpath("string(//t:body//t:p[1])", namespaces=NS)
    assert first.startswith("115. The Military Attaché")  # the stop and the text stay


def test_the_receipt_in_brackets_is_the_editors_note() -> None:
    """`[Received 1:08 p.m.]` was a bracket no rule claimed (kept with a warning)."""
    root = converted_text(TELEGRAM.format(second="Please inform War."), "June 7, 1940")
    assert texts(root, "//t:opener//t:note[@type='editorial']") == ["Received 1:08 p.m."]
    assert not root.xpath("//t:seg[@type='unclassified-bracket']", namespaces=NS)


def test_the_senders_name_over_the_notes_signs() -> None:
    """`Wiley` over `[1] …` was read as the label of the notes (as `Notes` is)."""
    root = converted_text(TELEGRAM.format(second="Please inform War."), "June 7, 1940")
    assert texts(root, "//t:closer/t:signed") == ["Wiley"]


@pytest.mark.parametrize(("opening", "second"), [
    # numbered points: the first is no telegram's number
    ("Riga, June 7, 1940—noon.", "116. The Latvian Cabinet is in session."),
    # no hour on the dateline: a point of a digest or a decision
    ("Riga, June 7, 1940", "Please inform War."),
    # a number among the opening lines already
    ("No. 4248\nRiga, June 7, 1940—noon.", "Please inform War."),
])
def test_a_numbered_point_is_no_telegrams_number(opening: str, second: str) -> None:
    source = TELEGRAM.format(second=second).replace("Riga, June 7, 1940—noon.", opening)
    root = converted_text(source, "June 7, 1940")
    assert not root.xpath("//t:body//t:p/t:idno", namespaces=NS)


_US_CABLE = ("CONFIDENTIAL\n\nPAGE 01 MOSCOW 05678 051230Z\n\nACTION EUR-12\n\nO 051200Z MAR 76\n"
             "FM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC IMMEDIATE 1234\nINFO AMEMBASSY SEOUL\n\n"
             "C O N F I D E N T I A L MOSCOW 5678\n\nE.O. 11652: GDS\nTAGS: PFOR, UR, KN, KS\n"
             "SUBJECT: SOVIET VIEWS ON KOREA\n\nREF: STATE 12345\n\n1. SOVIET MFA OFFICIAL TOLD "
             "EMBOFF MARCH 4 THAT MOSCOW DOES NOT SUPPORT NORTH KOREAN PROPOSALS FOR TALKS WITH "
             "THE US ALONE.\n\n2. COMMENT: THIS IS THE FIRST TIME A SOVIET OFFICIAL HAS SAID SO. "
             "END COMMENT.\n\nSTOESSEL\n")


def test_a_state_department_cables_form_is_its_opener() -> None:
    """The routing and fields of a cable's form in capitals (`FM AMEMBASSY MOSCOW`, `TAGS: …`,
    `REF: …`), more lines than an opener's text: the opener, the numbered paragraphs the text.
    They were moved to the running text, and its first line, read as a signature, closed the
    document there: the form was the closer and the text a postscript."""
    root = converted_text(_US_CABLE, "March 5, 1976")
    assert "TAGS: PFOR, UR, KN, KS" in texts(root, "//t:opener")[0]
    assert [p[:2] for p in texts(root, "//t:body//t:p")] == ["1.", "2."]
    assert texts(root, "//t:closer/t:signed") == ["STOESSEL"]
    assert root.xpath("//t:postscript", namespaces=NS) == []


@pytest.mark.parametrize("place", ["Havana", "New York", "Rio de Janeiro"])
def test_a_telegram_forms_head_with_its_number_is_furniture_wherever_it_is_from(
        place: str) -> None:
    """`Telegram from New York File # 12041 P.` / `Arrived: …` / … / `Dispatched: …`: the
    form's head and times, the opener (a place of two words made the head seven words long,
    read as a sentence, and the whole form fell into the text)."""
    root = converted_text(
        f"Telegram from {place} File # 12041 P.\nArrived: 26.10.62 08:55\nProcessed: 26.10.62 "
        "10:20 B, JNK\nDispatched: 26.10.62 01:10\nTop secret\nUrgent\n\nThe Soviet "
        "representative at the UN said today that the Soviet government accepted the "
        "proposal.\n\nPavlíček\n", "October 26, 1962")
    assert texts(root, "//t:opener/t:idno[@type='document']") == [
        f"Telegram from {place} File # 12041 P."]
    assert texts(root, "//t:opener/t:dateline") == ["Dispatched: 26.10.62 01:10"]


def test_where_from_then_a_stop_then_the_day_and_hour_is_the_dateline() -> None:
    """`From Harbin. 22 April 1946 23:10` under a telephone message's marking: where and when
    it was sent (the stop after the place left it a line of text)."""
    root = converted_text("TELEPHONE MESSAGE VIA VCh\nTOP SECRET\nFrom Harbin. 22 April 1946 "
                          "23:10\nReceived by Lieutenant Kozyreva 23:40 22.4.46\nTo Comrade "
                          "ANTONOV\nThe representatives of the Chinese command demand that the "
                          "garrison leave the city before the end of the month.\nDUBROVIN\n",
                          "April 22, 1946")
    assert texts(root, "//t:opener/t:dateline") == ["From Harbin. 22 April 1946 23:10"]


def test_where_from_and_when_with_the_portuguese_hours_is_the_dateline() -> None:
    """`FROM HAVANA, 17.IV.61, 23.10 hs` under a Brazilian telegram's number: `hs`, the hours
    (`horas`), left the line a line of text; `RESERVED`, the Italian `Riservato`, is the
    telegram's classification."""
    root = converted_text("CIPHERED TELEGRAM\nNo. 08117\nFROM HAVANA, 17.IV.61, 23.10 hs\n"
                          "RESERVED\nSince dawn today the Government radio has been announcing "
                          "the landing of anti-Castro forces.\n", "April 17, 1961")
    assert texts(root, "//t:opener/t:dateline") == ["FROM HAVANA, 17.IV.61, 23.10 hs"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["RESERVED"]
    root = converted_text("TELEGRAM\nNos. 2411 to 2428\nRESERVED DISTRIBUTION\nThe Chinese "
                          "press has published the statement in full.\n", "May 2, 1967")
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["RESERVED DISTRIBUTION"]


def test_a_french_telegrams_numbers_for_its_parts_are_its_number() -> None:
    """`Nos. 2871 to 2880`: the telegram's numbers, one for each part it was sent in (the
    plural sign left it a line of text)."""
    root = converted_text("TELEGRAM\nReceived: 27 September 1960, 09 h 40\nNos. 2871 to 2880\n"
                          "Reserved distribution\nThe speech of Fidel Castro lasted four hours and "
                          "a half.\n", "September 26, 1960")
    assert texts(root, "//t:opener/t:idno") == ["Nos. 2871 to 2880"]


def test_when_a_telegram_was_sent_then_when_it_came_in_on_one_line() -> None:
    """`Dispatched 17.IV.61, 21h00 – Received 18.IV.61, 03h40`: the sending is the
    telegram's dateline, the receipt the office's docket (the line was one receipt)."""
    root = converted_text(
        "TELEGRAM\nRECEIVED\nNr. 07418\nFROM THE EMBASSY IN HAVANA\nDispatched 17.IV.61, 21h00 – "
        "Received 18.IV.61, 03h40\nSECRET\n\nSince Saturday the security police have carried "
        "out detentions on a scale never seen here before.\n\nLEITÃO DA CUNHA\n", "April 17, 1961")
    assert texts(root, "//t:opener/t:dateline") == ["Dispatched 17.IV.61, 21h00 –"]
    assert texts(root, "//t:opener/t:note[@type='docket']")[-1] == "Received 18.IV.61, 03h40"
