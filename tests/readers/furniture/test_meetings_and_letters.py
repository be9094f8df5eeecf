"""Furniture of more document shapes written for the tests (not among the dev documents): a
meeting's minutes with its agenda and points, a cable signed under its signer's office, a
Chinese cable's address to two bodies, a letter's farewell in several words, a telegram's
list of whom it was distributed to."""

from __future__ import annotations

from lxml import etree
from shared_paths import TEST_DATA
from tei_text import CLOSER, NS, converted_text, texts

from teikit.convert import convert_file

BODY = "/t:TEI/t:text/t:body/t:div"


def converted(name: str) -> etree._Element:
    return convert_file(TEST_DATA / name).tree.getroot()


def test_an_agenda_lists_points_and_no_recipients() -> None:
    root = converted("minutes-agenda-points.txt")
    assert root.xpath("//t:list[@type='distribution']", namespaces=NS) == []
    opener = texts(root, f"{BODY}/t:opener")[-1]
    assert "Agenda: 1. Report on the reburial of László Rajk 2. Miscellaneous" in opener


def test_an_agendas_long_points_in_a_block_of_their_own_stay_with_it() -> None:
    """`Agenda:` / `1. The Round Table - final positions` / `2. Information on the
    conversation with Comrade M. Gorbachev` / `3. Current matters`, blank lines around them:
    the points stay in the opener (the second was a paragraph, the third a section's heading
    over the whole record)."""
    root = converted_text(
        "Minutes No. 71\nfrom the Politburo meeting on 7 February 1989\n\nParticipants: W. "
        "Jaruzelski, K. Barcikowski, J. Baryła, Z. Messner\n\nAgenda:\n1. The Round Table - "
        "final positions\n2. Information on the conversation with Comrade M. Gorbachev\n3. "
        "Current matters\n\nAd 1.\n\nComrade Cz. Kiszczak: The [other] side accepts the "
        "framework, and we cannot go further than that in these talks.\n\nAd 2.\n\nComrade W. "
        "Jaruzelski informed [the Politburo] about the conversation with Comrade Gorbachev.\n",
        "February 7, 1989")
    assert texts(root, f"{BODY}/t:opener")[-1].endswith(
        "2. Information on the conversation with Comrade M. Gorbachev 3. Current matters")
    assert root.xpath("//t:div[@type='section']", namespaces=NS) == []
    assert texts(root, f"{BODY}/t:p")[0] == "Ad 1."


def test_an_agenda_points_labels_are_the_records_text_and_sign_nothing() -> None:
    root = converted("minutes-agenda-points.txt")
    paragraphs = texts(root, f"{BODY}/t:p")
    assert paragraphs[0] == "Ad 1." and "Ad 2." in paragraphs
    assert texts(root, f"{CLOSER}/t:signed") == ["Recorded by:"]  # (and its gap)


def test_a_signers_office_with_the_mark_of_his_signature_signs() -> None:
    # (the `From:` and `To:` lines over the text are no turns of a talk, which would make the
    # last line the next speaker's)
    root = converted("cable-office-signed.txt")
    assert texts(root, f"{CLOSER}/t:signed") == ["Ambassador: signed G. Bogdanov"]
    assert not any(p.startswith("Ambassador") for p in texts(root, f"{BODY}/t:p"))


def test_a_mark_of_signature_after_a_speakers_label_still_closes_a_record() -> None:
    root = converted_text(
        "Kim: We agree.\nPak: So do we.\nKim: Then it is settled.\n"
        "Ambassador: [signature] A. Puzanov\n", "March 5, 1957")
    assert texts(root, f"{CLOSER}/t:signed") == ["Ambassador: signature A. Puzanov"]


def test_an_address_to_a_ministry_and_reported_to_a_body_is_a_salutation() -> None:
    root = converted("cable-address-reported.txt")
    assert texts(root, f"{BODY}/t:opener/t:salute") == [
        "Foreign Ministry, and reported to the Central Committee:"]


def test_a_sentence_reporting_to_two_places_is_no_salutation() -> None:
    root = converted_text("We reported to Moscow and Beijing:\nThe talks went on for a long "
                          "time and ended late.\nThe Embassy\n", "March 5, 1957")
    assert root.xpath("//t:salute", namespaces=NS) == []


def test_a_farewell_of_several_words_is_no_classification() -> None:
    root = converted("letter-warm-regards.txt")
    assert root.xpath("//t:fw[@type='classification']", namespaces=NS) == []
    signed = texts(root, f"{CLOSER}/t:signed")
    assert signed[0].startswith("With warmest personal regards, Sincerely yours,")


def test_distributed_and_its_colon_heads_a_list() -> None:
    root = converted_text("The talks went on for a long time and ended late.\n"
                          "28.X.62 ALEKSEEV\nDistributed: Khrushchev, Kozlov, Brezhnev\n",
                          "October 28, 1962")
    assert texts(root, "//t:list[@type='distribution']") == [
        "Distributed: Khrushchev, Kozlov, Brezhnev"]


def test_a_remark_alone_over_the_address_is_one_note() -> None:
    root = converted_text("[Translation from Korean]\nTo the Chairman of the Council of "
                          "Ministers of the USSR\nComrade N. S. Khrushchev\nDear Comrade "
                          "Nikita Sergeyevich!\nThe Korean people would welcome you.\n",
                          "February 25, 1960")
    assert texts(root, f"{BODY}/t:opener/t:note[@type='editorial']") == [
        "Translation from Korean"]
    assert root.xpath("//t:note/t:note", namespaces=NS) == []


def test_markings_set_as_headings_are_the_openers_markings() -> None:
    """`### TOP SECRET` / `### Copy No. 2` over the address: an export's headings for the
    telegram's markings, no heading over the text (the text was a section under `Copy No. 2`,
    its classification the document's title)."""
    root = converted_text("### TOP SECRET\n\n### Copy No. 2\n\nTo Comrade V. M. MOLOTOV\n\n"
                          "The news of Comrade Stalin's illness was received in the GDR with "
                          "deep concern.\n\nI. ILYICHEV\n", "March 4, 1953")
    assert root.xpath("//t:head", namespaces=NS) == []
    assert texts(root, f"{BODY}/t:opener/t:fw[@type='classification']") == ["TOP SECRET"]
    assert texts(root, f"{BODY}/t:opener/t:idno[@type='copy']") == ["### Copy No. 2"]


def test_a_heading_of_words_stays_a_heading() -> None:
    root = converted_text("### The secret talks\n\nThe news of Comrade Stalin's illness was "
                          "received in the GDR with deep concern.\n\nI. ILYICHEV\n",
                          "March 4, 1953")
    assert texts(root, "//t:head") == ["The secret talks"]


def test_a_hands_note_alone_under_the_signature_is_no_signing_line() -> None:
    root = converted_text("The delegation arrived in Pyongyang on Monday and was received by the "
                          "Minister at once.\nA. Puzanov\n[Handwritten: To Cde. Kim]\n",
                          "March 5, 1959")
    assert texts(root, f"{CLOSER}/t:signed") == ["A. Puzanov"]
    assert texts(root, f"{CLOSER}/t:add") == ["To Cde. Kim"]
