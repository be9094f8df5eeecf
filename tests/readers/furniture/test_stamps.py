"""A stamp's label, then the lines the stamp prints one under the other (the office that
received the paper, the day, the number): one stamp, not a dateline and a number of the
document's."""

from __future__ import annotations

import pytest
from tei_text import NS, converted_text, texts

TEXT = ("\n\nOur Ambassador in Iran reported on 6 April about his conversation with the "
        "secretary and asked for instructions.\n")


@pytest.mark.parametrize(("head", "stamp"), [
    ("TOP SECRET\n\n[Stamp:] Secretariat of V. M. Molotov\n\n15 October 1952\n\n"
     "Incoming Nº M-14401s",
     "Secretariat of V. M. Molotov 15 October 1952 Incoming Nº M-14401s"),
    ("TOP SECRET\n[Stamp]\nMinistry of Foreign Affairs\nReceived: 3 September 1990\n"
     "No: KRLD. 0-2413-5-88",
     "Ministry of Foreign Affairs Received: 3 September 1990 No: KRLD. 0-2413-5-88"),
    # (a registry's own words on a short line: `Incoming Document`, `Sector I`; the stamp
    # ended above them)
    ("[Stamp:] Ministry of Foreign Affairs of the People's Republic of China  \nIncoming "
     "Document  \nReceived 1962.6.29  \nNo. 2206",
     "Ministry of Foreign Affairs of the People's Republic of China Incoming Document Received "
     "1962.6.29 No. 2206"),
    ("SECRET\n[Stamp:] CC CPSU  \nGeneral Department  \nSector I  \nIncoming Nº 04127",
     "CC CPSU General Department Sector I Incoming Nº 04127"),
])
def test_the_lines_under_a_stamps_label_are_the_stamps(head: str, stamp: str) -> None:
    root = converted_text(head + TEXT, "October 15, 1952")
    assert texts(root, "//t:opener//t:stamp") == [stamp]
    assert texts(root, "//t:opener/t:dateline") == []
    assert texts(root, "//t:opener/t:idno") == []


def test_the_address_under_the_stamp_is_not_the_stamps() -> None:
    root = converted_text("TOP SECRET\n\n[Stamp:] Secretariat of V. M. Molotov\n\n"
                          "11 April 1952\n\nIncoming Nº M-4973s\n\nto Cde. I. V. STALIN" + TEXT,
                          "April 11, 1952")
    # (the number and the address under it are read as one line, which is no stamp's)
    assert texts(root, "//t:opener//t:stamp") == ["Secretariat of V. M. Molotov 11 April 1952"]
    assert "to Cde. I. V. STALIN" in " ".join(texts(root, "//t:opener"))


def test_a_stamps_bracket_closed_after_its_lines_stays_whole() -> None:
    """`[Stamp: Foreign Policy Archive` / `Fond …` / `Opis' 16 …]`: the bracket holds the
    stamp's words; the lines after its `]` are not drawn into it (and the source comes
    back, the `]` in its place)."""
    root = converted_text("TOP SECRET\n\n[Stamp: Foreign Policy Archive\n\nFond 0102\n\n"
                          "Opis' 16, Yed. Khr. 85]\n\nof Soviet Ambassador in the DPRK A. M. "
                          "PUZANOV for the period" + TEXT, "August 12, 1960")
    (stamp,) = texts(root, "//t:opener//t:stamp")
    assert stamp.endswith("Foreign Policy Archive Fond 0102 Opis' 16, Yed. Khr. 85")


def test_the_declassification_stamp_is_whole_in_its_word() -> None:
    """`[Stamp]: Declassified` / `Embassy of the USSR` / `in Cuba in Havana`: the archive's
    stamp that lifted the marking is whole on its line; the embassy's letterhead under it is
    the paper's, no line of the stamp's."""
    root = converted_text("[Stamp]: Declassified\nEmbassy of the USSR\nin Cuba in Havana\n"
                          "Top Secret Copy No 2\n5 December 1963" + TEXT, "December 5, 1963")
    assert texts(root, "//t:opener//t:stamp") == ["Declassified"]
    assert "Embassy of the USSR" in " ".join(texts(root, "//t:opener"))


def test_a_stamps_label_over_the_text_alone_is_left_to_the_label() -> None:
    root = converted_text("TOP SECRET\n\n[Stamp 042. 4 January 1961]\n\nTRANSCRIPT OF THE "
                          "CONVERSATION" + TEXT, "January 4, 1961")
    assert "TRANSCRIPT OF THE CONVERSATION" not in " ".join(texts(root, "//t:stamp"))


def test_a_stamp_under_a_list_of_recipients_is_no_recipient() -> None:
    """`Distributed to Cdes. Stalin, …` over `[Stamp:] Secretariat of V. M. Molotov`: the list
    read the label's line as one more recipient, and the stamp's day and number were left to
    be the document's dateline and number."""
    root = converted_text("TOP SECRET\n\nDistributed to Cdes. Stalin, Molotov, Malenkov\n\n"
                          "[Stamp:] Secretariat of V. M. Molotov\n\n3 July 1952\n\n"
                          "Incoming Nº M-9101ss" + TEXT, "July 3, 1952")
    assert texts(root, "//t:opener//t:stamp") == [
        "Secretariat of V. M. Molotov 3 July 1952 Incoming Nº M-9101ss"]
    assert not any("Secretariat" in item for item in texts(root, "//t:item"))
    assert texts(root, "//t:opener/t:dateline") == []


def test_a_stamp_in_its_bracket_holding_a_number_and_a_day_is_the_stamp_alone() -> None:
    """`[Stamp: Ministry of Foreign Affairs, Incoming No. 04521, 30 X 1962]` over the text:
    the stamp, no registry note around it (its number made the line read as one)."""
    root = converted_text("[Stamp: Ministry of Foreign Affairs, Incoming No. 04521, 30 X 1962]"
                          "\nTelegram" + TEXT, "October 30, 1962")
    assert texts(root, "//t:opener/t:stamp") == [
        "Ministry of Foreign Affairs, Incoming No. 04521, 30 X 1962"]
    assert texts(root, "//t:note[@type='registry']") == []


def test_a_stamp_whole_on_its_labels_line_leaves_the_letterhead_under_it() -> None:
    """`[Stamp:] MINISTRY … – ENTRY 14 AUG. 1953 – No. 6581`: the label's line prints the
    office, the day and the number; the embassy's name and the report's number under it, a
    blank line apart, are the paper's (they were drawn into the stamp)."""
    root = converted_text("[Stamp:] MINISTRY OF FOREIGN AFFAIRS – POLITICAL DIRECTORATE – ENTRY "
                          "14 AUG. 1953 – No. 6581\n\nEMBASSY OF SPAIN IN HAVANA\n\nNo. 412\n\n"
                          "CONFIDENTIAL" + TEXT, "August 4, 1953")
    assert texts(root, "//t:opener//t:stamp") == [
        "MINISTRY OF FOREIGN AFFAIRS – POLITICAL DIRECTORATE – ENTRY 14 AUG. 1953 – No. 6581"]
    assert texts(root, "//t:opener/t:idno") == ["No. 412"]


def test_a_stamps_label_alone_without_brackets_takes_the_lines_of_its_block() -> None:
    """`Stamp of receipt:` / `MINISTERIO DE RELACIONES EXTERIORES` / … / `ENTRADA N° 3317` over
    a Chilean letter: one stamp (the label was a stamp alone, its lines the opener's); the
    next block is the letterhead's."""
    root = converted_text("Stamp of receipt:  \nMINISTERIO DE RELACIONES EXTERIORES  \n"
                          "DEPARTAMENTO DE ASIA Y OCEANÍA  \n30 AGO 1971  \nENTRADA N° 3317\n\n"
                          "EMBASSY OF CHILE\n\nMr. Minister:\n\nI have the honour to report on "
                          "the visit of the delegation to the capital last week.\n",
                          "August 12, 1971")
    assert texts(root, "//t:stamp") == [
        "Stamp of receipt: MINISTERIO DE RELACIONES EXTERIORES DEPARTAMENTO DE ASIA Y OCEANÍA "
        "30 AGO 1971 ENTRADA N° 3317"]


def test_a_stamps_bracket_over_two_lines_is_one_stamp() -> None:
    """`[Stamp: TOP SECRET` / `Copy No. 4]` under the extract's addressees: the stamp prints the
    marking and the copy's number, one stamp (they were a marking and a number, the bracket
    left in the opener's text)."""
    root = converted_text("VKP(b) CC\n# P84/351\n23.11.51\nTo: Cdes. Bulganin, Vyshinsky, "
                          "Shtemenko\n[Stamp: TOP SECRET\nCopy No. 4]\nExtract from Protocol #84 "
                          "of the Meeting of the Politburo of the CC VKP(b)\n\n351. Approve the "
                          "draft of the telegram to Comrade Razuvayev.\n", "November 23, 1951")
    assert texts(root, "//t:opener/t:stamp") == ["Stamp: TOP SECRET Copy No. 4"]
    assert root.xpath("//t:opener/t:fw[@type='classification']", namespaces=NS) == []
