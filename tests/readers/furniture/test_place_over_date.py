"""Where a paper was written, over or before its date: one dateline, however the place is
printed (in capitals under a letterhead, labelled in lower case, under the paper's title)."""

from __future__ import annotations

import pytest
from tei_text import converted_text, texts

_TEXT = ("On the evening of 21 August 1961, I was called to a meeting by comrade Zhou Enlai and "
         "he spoke to me about the visit of the Vietnamese comrades to Moscow.\n\nHe said that "
         "the question would be discussed again at the next meeting of the delegations.\n")


def test_a_place_in_capitals_over_the_date_under_a_letterhead() -> None:
    """`[Seal]` / `THE EMBASSY OF …` / `BEIJING` / `21 AUGUST 1961`: the seal a stamp, the
    place and the date the dateline; a name in capitals under a signature stays the signer's."""
    root = converted_text("[Seal]\nTHE EMBASSY OF THE PEOPLES REPUBLIC OF ALBANIA\nBEIJING\n"
                          "21 AUGUST 1961\n\nNo. 58 Top Secret\n\n" + _TEXT + "\nROSHCHIN\n"
                          "22 August 1961\n", "August 21, 1961")
    assert texts(root, "//t:opener/t:dateline") == ["BEIJING 21 AUGUST 1961"]
    assert texts(root, "//t:opener/t:stamp") == ["Seal"]
    assert texts(root, "//t:closer/t:signed") == ["ROSHCHIN"]


def test_a_labelled_place_over_the_date_in_lower_case() -> None:
    """`from: Pyongyang` / `12 October 1988`, as `From: Bandung` / `Date: …`."""
    root = converted_text("Code message No 553/IV/2745\nfrom: Pyongyang\n12 October 1988\n"
                          "Com. Stawiarski\n\n" + _TEXT, "October 12, 1988")
    assert texts(root, "//t:opener/t:dateline") == ["from: Pyongyang 12 October 1988"]


def test_where_a_cable_was_sent_from_labelled_over_its_labelled_date() -> None:
    """`Sent from: Havana` / `Date: 25.VIII.1968, 23.40 hrs`: one dateline (the place was a
    line of the opener)."""
    root = converted_text("CODED TELEGRAM\n\nSTRICTLY CONFIDENTIAL\nSent from: Havana\n"
                          "Date: 25.VIII.1968, 23.40 hrs\nReceived: 26.VIII.1968, 07.15 hrs\n\n"
                          + _TEXT, "August 25, 1968")
    assert texts(root, "//t:opener/t:dateline") == [
        "Sent from: Havana Date: 25.VIII.1968, 23.40 hrs"]


def test_a_place_and_date_under_the_papers_title_opens_the_text() -> None:
    """`October 4-5, 1966` / `Transcript of Conversations …` / `Moscow, October 5, 1966`: the
    place and date under the title, an opener under the heading."""
    root = converted_text(
        "October 4-5, 1966\n\nTranscript of Conversations with Representatives of the\n\n"
        "Communist Party of the Soviet Union on the occasion of the return of\n\nComrades Ion "
        "Gheorghe Maurer and Paul Niculescu-Mizil from D.R. Vietnam\n\nMoscow, October 5, 1966"
        "\n\n" + _TEXT, "October 4, 1966")
    assert texts(root, "//t:div/t:head")[0].startswith("Transcript of Conversations")
    assert texts(root, "//t:div/t:opener/t:dateline") == [
        "October 4-5, 1966", "Moscow, October 5, 1966"]
    assert texts(root, "//t:body//t:p")[0].startswith("On the evening")


def test_a_date_alone_among_the_opening_lines_is_the_dateline() -> None:
    """`From the diary of` / `8" December 1959`: the date, though the line above seems to go on
    into it; a date that ends on a comma goes on a title (`Account of a Meeting at the CPSU
    CC,` / `24 October 1956,` / `on the Situation in Poland and Hungary`)."""
    root = converted_text("From the diary of\n\n8\" December 1959\n\nMemorandum of "
                          "Conversation\n\n" + _TEXT, "December 8, 1959")
    assert texts(root, "//t:opener/t:dateline") == ['8" December 1959']
    root = converted_text("Account of a Meeting at the CPSU CC,\n24 October 1956,\non the "
                          "Situation in Poland and Hungary\n\n" + _TEXT, "October 24, 1956")
    assert texts(root, "//t:dateline") == []


def test_the_mission_over_its_place_and_date_is_the_dateline() -> None:
    """`GDR Embassy to the DPRK` / `Pyongyang, 18 August 1967`: where the paper was written,
    the mission and its place, and when (as the dev set's w030 marks `Embassy of the GDR in the
    DPRK, Pyongyang` / `2 February 1968`)."""
    root = converted_text("GDR Embassy to the DPRK\n\nPyongyang, 18 August 1967\n\n" + _TEXT,
                          "August 18, 1967")
    assert texts(root, "//t:opener/t:dateline") == [
        "GDR Embassy to the DPRK Pyongyang, 18 August 1967"]


def test_the_place_the_translator_supplied_before_the_date() -> None:
    root = converted_text("Ministry for Foreign Affairs\n\nFar East Department\n\n[Berlin] "
                          "January 1972\n\n" + _TEXT, "January 1972")
    assert texts(root, "//t:opener/t:dateline") == ["Berlin January 1972"]


def test_the_federal_district_goes_with_the_place_in_capitals() -> None:
    """`ROYAL NORWEGIAN EMBASSY` / `WASHINGTON D.C.` / `22 October 1976`: the place, its
    district with it, and the date, the dateline under the letterhead."""
    root = converted_text("ROYAL NORWEGIAN EMBASSY\nWASHINGTON D.C.\n22 October 1976\nNo. 821\n\n"
                          + _TEXT, "October 22, 1976")
    assert texts(root, "//t:opener/t:dateline") == ["WASHINGTON D.C. 22 October 1976"]


def test_comrades_listed_over_the_date_are_no_mission_and_place() -> None:
    """`P6/II To Cdes. Beria, Molotov, Khrushchev, Bulganin` over `6 24 April 1953`: the last
    name after a comma is no place (as `Embassy of the USSR, Pyongyang` over its date is), and
    the addressees were joined to the dateline."""
    root = converted_text("P6/II To Cdes. Beria, Molotov, Khrushchev, Bulganin\n\n"
                          "6 24 April 1953\n\n" + _TEXT, "April 24, 1953")
    assert texts(root, "//t:opener/t:dateline") == ["6 24 April 1953"]
    root = converted_text("Embassy of the USSR, Pyongyang\n8 July 1950\n\n" + _TEXT,
                          "July 8, 1950")
    assert texts(root, "//t:opener/t:dateline") == ["Embassy of the USSR, Pyongyang 8 July 1950"]


def test_a_date_ending_on_a_comma_over_the_salutation_is_the_dateline() -> None:
    """`CH 1007 Lausanne,` / `January 6, 1985,` / `Dear sir,`: a letter's date, its comma the
    letter's, under the address and over the salutation; under a society's officers listed in
    its letterhead, the letter still opens there."""
    officers = ("General Secretary: Granville V. Stone President: William Wilson, D.L.\n"
                "Literature Secretary: Esme Stone Vice Presidents: Revd. B. Fielding-Carke, "
                "M.A., B.D., John Newell, Dafydd E. Thomas, M.P.\n")
    root = converted_text(officers + "Monsieur Samaranch,\nPresident du Comite Olympique "
                          "International,\nCH 1007 Lausanne,\nJanuary 6, 1985,\nDear sir,\n"
                          + _TEXT + "\nYours Sincerely,\nGranville V. Stone\n", "January 6, 1985")
    assert texts(root, "//t:opener/t:dateline") == ["January 6, 1985,"]
    assert texts(root, "//t:opener/t:salute") == ["Dear sir,"]
    assert texts(root, "//t:body//t:p")[0].startswith("On the evening")
    assert texts(root, "//t:closer/t:signed") == ["Yours Sincerely, Granville V. Stone"]


@pytest.mark.parametrize("place", ["Moscow, the Kremlin", "Moscow, Kremlin", "The Kremlin, Moscow"])
def test_the_city_and_the_kremlin_over_the_date_under_a_signature(place: str) -> None:
    """`N. KHRUSHCHEV` / `Moscow, the Kremlin` / `14 February 1958`: where a Soviet leader's
    letter was written, with the date the dateline; the place signed as a second signer."""
    root = converted_text(_TEXT + f"\nWith communist greetings,\n\nN. KHRUSHCHEV\n\n{place}\n"
                          "14 February 1958\n", "February 14, 1958")
    assert texts(root, "//t:closer/t:signed") == ["With communist greetings, N. KHRUSHCHEV"]
    assert texts(root, "//t:closer/t:dateline") == [f"{place} 14 February 1958"]


@pytest.mark.parametrize("dateline", ["HAVANA, 25.X.1962.", "BUDAPEST, 25.10.1962",
                                      "Havana, 25/10/1962"])
def test_a_place_in_capitals_and_a_date_in_figures_over_a_telegram(dateline: str) -> None:
    """`TELEGRAM` / `HAVANA, 25.X.1962.` / `VERY URGENT`: the place and its date in figures are
    the dateline (in capitals, they were a line of the opener, read as text)."""
    root = converted_text(f"TELEGRAM\n\n{dateline}\n\nVERY URGENT\n\n" + _TEXT + "\nVIDAKOVIC\n",
                          "October 25, 1962")
    assert texts(root, "//t:opener/t:dateline") == [dateline]


def test_the_place_and_date_under_the_editors_cut_close_the_text() -> None:
    """`[…]` / `Pyongyang, 9 March 1957 [handwritten: Seen. Sz.]` / `Károly Pásztor`: the
    closing dateline, the hand's note on its line (read as a line of text after the cut, both
    run into one)."""
    root = converted_text(_TEXT + "[…]\nPyongyang, 9 March 1957 [handwritten: Seen. Sz.]\n"
                          "Károly Pásztor\nChargé d'Affaires ad interim\n", "March 9, 1957")
    assert texts(root, "//t:closer/t:dateline") == ["Pyongyang, 9 March 1957 Seen. Sz."]
    assert texts(root, "//t:closer/t:signed") == ["Károly Pásztor Chargé d'Affaires ad interim"]


def test_the_place_under_the_date_ending_the_letterhead_is_the_datelines() -> None:
    """`USSR EMBASSY IN THE DPRK` / `No. 71` / `28 March 1956` / `Pyongyang` over the journal's
    heading: where and when, one dateline (the place was loose text of the opener)."""
    root = converted_text("USSR EMBASSY IN THE DPRK  \nNo. 71  \n28 March 1956  \nPyongyang\n\n"
                          "#### FROM THE JOURNAL\n\nToday I received Nam Il at his request and "
                          "we spoke about the talks.\n", "March 28, 1956")
    assert texts(root, "//t:opener/t:dateline") == ["28 March 1956 Pyongyang"]


def test_the_place_and_date_then_the_years_motto_close_a_relayed_letter() -> None:
    """`Havana, 27 October 1962, "Year of Planning" [Año de la Planificación]".` under the
    relayed letter's signer: its dateline, the motto's original words the translator's (it was
    a paragraph, the Spanish a name renamed)."""
    root = converted_text(
        "Today the Vice-Minister handed to the heads of the missions the following letter, which "
        "I transmit in full:\n\"Mr. Ambassador:\nI have the honour to inform Your Excellency "
        "that this morning the anti-aircraft defences brought down a military aircraft of the "
        "United States.\nRaúl Roa\nMinister of Foreign Relations\nHavana, 27 October 1962, "
        "\"Year of Planning\" [Año de la Planificación]\".\nI request instructions regarding "
        "the reply to the letter.\nDE LA FUENTE\n", "October 27, 1962")
    assert texts(root, "//t:dateline") == [
        "Havana, 27 October 1962, Year of Planning Año de la Planificación\"."]
    assert texts(root, "//t:dateline//t:note[@type='original-wording']") == [
        "Año de la Planificación"]


def test_a_news_agencys_dateline_under_a_statements_title() -> None:
    """`Statement of the Spokesman …` / `Pyongyang, 1 February [1984] (KCNA)` over the text:
    where and when the agency issued it, a dateline (it was the title's last line)."""
    root = converted_text("Statement of the Spokesman for the Ministry of Foreign Affairs of the "
                          "Democratic People's Republic of Korea\nPyongyang, 1 February [1984] "
                          "(KCNA)\nToday the US imperialists and the South Korean puppets began "
                          "the joint military exercises, the largest in history.\n",
                          "February 1, 1984")
    assert texts(root, "//t:dateline") == ["Pyongyang, 1 February 1984 (KCNA)"]
    assert texts(root, "//t:head") == [
        "Statement of the Spokesman for the Ministry of Foreign Affairs of the Democratic "
        "People's Republic of Korea"]


def test_a_place_renamed_in_its_bracket_then_the_date_is_the_dateline() -> None:
    """`Embassy of the GDR in the MPR` / `Ulan Bator [Ulaanbaatar], 7 September 1984`: the
    bracket made the line a line of text under the letterhead."""
    root = converted_text("Embassy of the GDR in the MPR  \nUlan Bator [Ulaanbaatar], 7 September "
                          "1984\n\nConfidential Classified Matter\n\n" + _TEXT, "September 7, 1984")
    assert texts(root, "//t:opener/t:dateline") == [
        "Embassy of the GDR in the MPR Ulan Bator Ulaanbaatar, 7 September 1984"]


def test_a_news_agencys_report_is_dated_under_its_heading_with_its_byline() -> None:
    """`TASS` / `NOT FOR PUBLICATION` / `HANOI, 18 February. (TASS special correspondent
    V. Serov)` / the report: the place, the date and whose report, one dateline (it was a
    paragraph of the text)."""
    root = converted_text("TASS\nNOT FOR PUBLICATION\n\nHANOI, 18 February. (TASS special "
                          "correspondent V. Serov)\n\n" + _TEXT, "February 18, 1979")
    assert texts(root, "//t:opener/t:dateline") == [
        "HANOI, 18 February. (TASS special correspondent V. Serov)"]
