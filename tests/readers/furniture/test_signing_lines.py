"""Signing lines written for the tests: an office wrapped over its holder's name, a name in
spaced capitals after an initial, an office over a covering letter's signature."""

from __future__ import annotations

import pytest
from lxml import etree
from tei_text import ATTACHED, CLOSER, NS, closing_lines, converted_text, texts

from teikit.readers.furniture.line_shapes import office_alone, office_and_holder
from teikit.readers.lines import is_name_line


def test_an_office_wrapped_over_its_holders_name_is_one_signature() -> None:
    source = ("The ambassador received me at his request and we spoke for two hours about "
              "the situation in the country and the talks.\n\nCHIEF OF THE DEPARTMENT\n"
              "of the Latin American Countries (V. BAZYKIN)\n")
    root = converted_text(source, "April 8, 1964")
    assert texts(root, "//t:closer/t:signed") == [
        "CHIEF OF THE DEPARTMENT of the Latin American Countries (V. BAZYKIN)"]


def test_a_signers_line_going_on_in_lower_case_in_its_block_signs_too() -> None:
    """`On behalf of the Central Committee` / `of the Vietnamese Workers' Party`, two lines of
    one block under the greeting: the second goes on signing (it was loose text of the
    closer, between two signatures)."""
    source = ("We hope that the Central Committee of the CPSU will examine our proposals with "
              "attention.\n\nWith communist greetings,\n\nOn behalf of the Central Committee  "
              "\nof the Vietnamese Workers' Party\n\nFIRST SECRETARY  \nLE DUAN\n")
    root = converted_text(source, "February 10, 1962")
    (closer,) = root.xpath(CLOSER, namespaces=NS)
    assert closer.text is None or not closer.text.strip()
    assert all(not (node.tail or "").strip() for node in closer)
    assert "of the Vietnamese Workers' Party" in " ".join(texts(root, f"{CLOSER}/t:signed"))


def test_a_covering_note_signed_in_spaced_capitals_then_its_attachment() -> None:
    """`A. G R O M Y K O` signs the note (an initial before the spaced surname); its date,
    number and copies close it, and the cable under `Attachment` is the paper it sends."""
    source = ("Comrade STALIN I.V.\n\nThe USSR Ministry of Foreign Affairs proposes to instruct "
              "the ambassador as follows, and a draft cable to him is attached.\n"
              "I request Your consideration.\nA. G R O M Y K O\n30 September 1950\n# 182-sh\n"
              "1 copy\nAttachment\nTOP PRIORITY\nTo PYONGYANG,\nTo SOVIET AMBASSADOR\n"
              "In connection with the present situation the evacuation of the specialists may "
              "take place only on the initiative of the Korean friends.\n")
    root = converted_text(source, "September 30, 1950")
    assert texts(root, f"{CLOSER}/t:signed") == ["A. G R O M Y K O"]
    assert texts(root, f"{CLOSER}/t:dateline") == ["30 September 1950"]
    assert texts(root, f"{ATTACHED}/t:opener/t:fw[@type='precedence']") == ["TOP PRIORITY"]


# Paragraphs apart, with a no-break space on the line between them, as the page export keeps.
_APART = "\n\n\u00a0\n\n"


def test_the_office_over_a_covering_letters_signature_signs_too() -> None:
    """A covering letter's office over its signer, the list of what it attaches above them
    and who was sent a copy under them: the office signs on its own line, in the closer."""
    source = _APART.join([
        "to Cde. Lozovsky\n\n[We] must talk about [this]\n\n[signature] V. Molotov\n\n"
        "6 June\n\nSECRET", "to Cde V. M. MOLOTOV",
        "I submit a report on the work of the Joint Commission on Korea in its sessions of "
        "March to May", "ATTACHMENT:", "1. The report on 27 sheets.",
        "2. “Attachment Nº 1”, the questions for the consultations with the parties, on five "
        "sheets.",
        "3. “Attachment Nº 2”, how the consultations with the parties are to be held, on six "
        "sheets.",
        "4. “Attachment Nº 3”, a note on the factories of the North, what they produce and "
        "what they ship to the USSR, on seven sheets.",
        "HEAD OF THE SOVIET DELEGATION of the Joint Soviet-American Commission",
        "General-Colonel – T. SHTYKOV", "31 May 1946", "Authenticated [illegible signature]",
        "sent:\n\nto Lozovsky (without the attachment [SIC])\n\nIncoming Nº 4314-M\n\n"
        "[handwritten:\n\nIncoming 3266-L\n\n716]",
        "SECRET", "Copy Nº ___", "REPORT", "ON THE WORK OF THE JOINT Soviet-American Commission",
        "The sessions of the commission showed that the two delegations read the decision of "
        "the ministers on Korea in wholly different ways, and the talks stopped.\n"])
    root = converted_text(source, "May 31, 1946")
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:closer/t:signed") == [
        "HEAD OF THE SOVIET DELEGATION of the Joint Soviet-American Commission",
        "General-Colonel – T. SHTYKOV"]


def test_a_date_over_its_reading_in_words_and_a_signature_label_over_the_name() -> None:
    """`19.III.1974` / `[19 March 1974]`: one dateline, the bracket a gloss of the date;
    `Signature:` alone on its line / `[K. Tellalov]`: one signature. `Signature: (illegible)`
    on a declassification line stays as it was."""
    source = ("Comrade Zhivkov,\n\nWe send you the memorandum of the conversation held with the "
              "Secretary General of AKEL on 17 March.\n\n19.III.1974\n[19 March 1974]\n"
              "Signature:\n[K. Tellalov]\n")
    root = converted_text(source, "March 19, 1974")
    assert texts(root, f"{CLOSER}/t:dateline") == ["19.III.1974 19 March 1974"]
    assert texts(root, f"{CLOSER}/t:dateline/t:note[@type='editorial']") == ["19 March 1974"]
    assert texts(root, f"{CLOSER}/t:signed") == ["Signature: K. Tellalov"]


def test_two_offices_joined_by_and_over_the_name_are_one_signing_line() -> None:
    """`DEPUTY CHIEF OF THE GENERAL STAFF AND` / `CHIEF OF THE INTELLIGENCE DEPARTMENT`: the
    line ends on `AND`, the offices go on under it; `The Ambassador,` / `G.W. Boissevain.`
    stay two signing lines."""
    report = ("The preparation of the plan is possibly a constituent part of the earlier plan "
              "or a thoroughly new plan for the land forces.\n\n")
    root = converted_text(report + "DEPUTY CHIEF OF THE GENERAL STAFF AND\nCHIEF OF THE "
                          "INTELLIGENCE DEPARTMENT\nLT. GEN. ZIKULOV\n", "March 1, 1974")
    assert texts(root, f"{CLOSER}/t:signed") == [
        "DEPUTY CHIEF OF THE GENERAL STAFF AND CHIEF OF THE INTELLIGENCE DEPARTMENT",
        "LT. GEN. ZIKULOV"]
    root = converted_text(report + "The Ambassador,\nG.W. Boissevain.\n", "March 1, 1974")
    assert texts(root, f"{CLOSER}/t:signed") == ["The Ambassador,", "G.W. Boissevain."]


def test_an_office_over_its_holders_name_in_parentheses_is_one_signing_line() -> None:
    """`The Ambassador` / `(Hasan Alimerko)`, a blank line or none between: the name in
    parentheses, unmarked, completes the office's line (as the office and the name in
    parentheses on one line do); the name under a signature's mark signs on its own line."""
    letter = ("Attached we are sending, in duplicate, an account of the reception of the "
              "delegation by Comrade Kim Il Sung and the talks that took place in this meeting."
              "\n\n")
    for between in ("\n", "\n\n"):
        root = converted_text(f"{letter}The Ambassador{between}(Hasan Alimerko)\n",
                              "October 4, 1961")
        assert texts(root, f"{CLOSER}/t:signed") == ["The Ambassador (Hasan Alimerko)"]
    root = converted_text(f"{letter}Ambassador of the USSR in the Republic of Cuba\n"
                          "[signature] (S. Kudryavtsev)\n", "July 20, 1961")
    assert texts(root, f"{CLOSER}/t:signed") == [
        "Ambassador of the USSR in the Republic of Cuba", "signature (S. Kudryavtsev)"]


def test_signed_before_a_name_without_initials_signs_over_the_office() -> None:
    """`signed Kühn` / `First Secretary`, as a German copy prints `gez.`: the name signs with
    its office (it was left a line of the closer, the office signing alone)."""
    root = converted_text(
        "The statements of Comrade Moskovsky confirm the observations of the Embassy in the "
        "past months.\n\nsigned Kühn\nFirst Secretary\n", "May 12, 1964")
    assert texts(root, f"{CLOSER}/t:signed") == ["signed Kühn First Secretary"]


def test_a_clerks_signed_note_of_where_copies_went_is_no_signing_line() -> None:
    """`[Handwritten text: “Two copies were sent to … . /Signature/ 3 March 1959”]` under the
    note's signature and date: what the hand wrote, not one more signer."""
    source = ("I am enclosing with this eight copies of the transcript of the conversation.\n\n"
              "/Signature/\n\n(V. Semyonov)\n\n28 February 1959\n\n[Handwritten text: “Two copies "
              "were sent to Cde.O.A. Troyanovsky (Council of Ministers). /Signature/ 3 March "
              "1959”]\n")
    root = converted_text(source, "February 28, 1959")
    assert texts(root, f"{CLOSER}/t:signed") == ["/Signature/ (V. Semyonov)"]
    assert texts(root, f"{CLOSER}/t:add[@hand]") == [
        "Two copies were sent to Cde.O.A. Troyanovsky (Council of Ministers). /Signature/ 3 "
        "March 1959"]


def test_a_hands_label_alone_over_the_lines_of_its_block_then_the_signer() -> None:
    """`[handwritten at the bottom:]` / `To the archive. …` in one block: what the hand wrote;
    the name in the next block is who signed it, no more of the addition."""
    source = ("The ambassador received me and we spoke of the situation in the country for an "
              "hour.\n\n/I. Kurdyukov/\n\n[handwritten at the bottom:]\nTo the archive. The "
              "issue is elucidated in the information prepared.\n\nI.S. Shcherbakov\n")
    root = converted_text(source, "May 1, 1956")
    assert texts(root, f"{CLOSER}/t:add[@hand]") == [
        "To the archive. The issue is elucidated in the information prepared."]
    assert texts(root, f"{CLOSER}/t:signed") == ["/I. Kurdyukov/", "I.S. Shcherbakov"]


def test_a_commissars_office_over_two_lines_signs_over_the_name_in_brackets() -> None:
    """`PEOPLE'S COMMISSAR OF INTERNAL AFFAIRS` / `of the USSR` / `[L. BERIA]`: the office
    (a People's Commissar's is one) goes on in its second line, and signs its own lines over
    the name, as the seed's `USSR AMBASSADOR in KOREA` signs over `V. Razuvayev`."""
    source = ("The offensive was supported by fire from mortars and three aircraft, which "
              "attacked the rebel positions.\nPEOPLE'S COMMISSAR OF INTERNAL AFFAIRS\n"
              "of the USSR\n[L. BERIA]\n")
    root = converted_text(source, "July 3, 1945")
    assert texts(root, "//t:closer/t:signed") == [
        "PEOPLE'S COMMISSAR OF INTERNAL AFFAIRS of the USSR", "L. BERIA"]


def test_a_rank_under_an_office_over_two_lines_is_the_same_title() -> None:
    source = ("The troops of the district are ready to cross the border at the agreed hour, "
              "as ordered.\nCommanding General\nof the Baku Military District\n"
              "General of the Army MASLENNIKOV\n")
    root = converted_text(source, "November 5, 1945")
    assert texts(root, "//t:closer/t:signed") == [
        "Commanding General of the Baku Military District General of the Army MASLENNIKOV"]


@pytest.mark.parametrize(("source", "signer", "date"), [
    # an office and its holder on one line, a translator's note inside the office
    ("Request your orders.\nSecretary of the Tsekapart [Translator’s note: presumably “Party "
     "CC”] of Azerbaijan Bagirov\n14. IV-46\nNo 8/sh\n",
     "Secretary of the Tsekapart Translator’s note: presumably Party CC of Azerbaijan Bagirov",
     "14. IV-46"),
    # an office alone over the date, no name under it
    ("Deputy of the secretariat of International Department of CC CPSU\n\"18\" April 1980\n\n"
     "k # 25-C-458\n", "Deputy of the secretariat of International Department of CC CPSU",
     '"18" April 1980'),
])
def test_an_office_under_the_text_signs_with_its_holder_or_alone_over_the_date(
        source: str, signer: str, date: str) -> None:
    """`Secretary of the … of Azerbaijan Bagirov`, `Deputy of the secretariat of …` over the
    date: one signature each, the date under it the dateline."""
    text = ("After our telegram new facts of beatings of active members of the party have been "
            "registered in the province.\n" + source)
    root = converted_text(text, "April 14, 1946")
    assert texts(root, f"{CLOSER}/t:signed") == [signer]
    assert texts(root, f"{CLOSER}/t:dateline") == [date]


def test_an_office_ending_in_its_place_or_institution_is_not_read_as_its_holder() -> None:
    assert office_and_holder("Secretary of the CC of Azerbaijan Bagirov")
    assert office_and_holder("USSR Ambassador to the DPRK T. Shtykov")
    # (in capitals, the holder by his initials)
    assert office_and_holder("SOVIET AMBASSADOR IN THE DPRK A. PUZANOV")
    assert not office_and_holder("SOVIET AMBASSADOR IN THE DPRK")
    assert not office_and_holder("Ambassador of the USSR in Korea")
    assert not office_and_holder("Chairman of the Council of Ministers of the Soviet Union")
    assert not office_and_holder("Secretary of State Dulles said that he would come")
    assert not office_alone("Deputy Minister of Foreign Affairs Kuznetsov received me.")


def _closer_parts(source: str, date_text: str) -> list[tuple[str, str]]:
    """Each element of the converted text's closer: its name and its words."""
    closer = converted_text(source, date_text).xpath(CLOSER, namespaces=NS)[0]
    return [(etree.QName(child).localname, " ".join("".join(child.itertext()).split()))
            for child in closer]


def test_an_addressee_titled_under_the_signature_is_whom_the_letter_went_to() -> None:
    """An Indian letter's addressee under its signature (`Shri Lal Bahadur Shastri,` /
    `Minister Without Portfolio,`): the letter's address, no second signature."""
    source = ("Dear Lal Bahadurji,\n\nI attach herewith a synopsis from the press issued at New "
              "Delhi under the heading ‘India can make Bomb’ for your information.\n\n"
              "With kind regards,\nYours sincerely,\n[Homi Bhabha]\n"
              "Shri Lal Bahadur Shastri,\nMinister Without Portfolio,\n")
    assert _closer_parts(source, "April 13, 1964") == [
        ("signed", "With kind regards, Yours sincerely, Homi Bhabha"),
        ("salute", "Shri Lal Bahadur Shastri, Minister Without Portfolio,")]


def test_an_indian_addressee_without_commas_and_the_lines_of_his_address() -> None:
    """`Shri S. Dutt` / `Foreign Secretary` / `Ministry of External Affairs,` / `NEW DELHI.`
    under an Indian embassy letter's signature: its address, the honorific telling it without
    a comma; it was read as two more signatures."""
    source = ("My dear Foreign Secretary,\n\nPlease refer to my telegram No. 59 of 12th March. "
              "I am enclosing copies of articles on the peaceful utilization of atomic energy.\n\n"
              "Yours sincerely,\n\n[signature]\n\n(G. Parthasarthi)\n\nShri S. Dutt\n\n"
              "Foreign Secretary\n\nMinistry of External Affairs,\n\nNEW DELHI.\n")
    assert _closer_parts(source, "March 16, 1960") == [
        ("signed", "Yours sincerely, signature (G. Parthasarthi)"),
        ("salute", "Shri S. Dutt Foreign Secretary Ministry of External Affairs, NEW DELHI.")]


def test_a_valediction_over_the_date_alone_signs_alone() -> None:
    """`Yours sincerely,` / `16/8/88` at a telex's foot, no name under the valediction: the
    date is the dateline, not the valediction's signer."""
    source = ("We hope you have a correct understanding of our position on the games and will "
              "inform you at once of the results.\n\nYours sincerely,\n\n16/8/88\n")
    root = converted_text(source, "August 16, 1988")
    assert (texts(root, f"{CLOSER}/t:signed"), texts(root, f"{CLOSER}/t:dateline")) == (
        ["Yours sincerely,"], ["16/8/88"])


def test_two_offices_each_over_its_own_signature() -> None:
    """`Deputy Chief of the … Department for Relations with Foreign Communist Parties` /
    `[signature] (A. Smirnov)` / `Sector chief of a … Department` / `[signature] (I.
    Kozlov)`: the second office stands over the second signature, as the first over the
    first; it was read as the first signer's office under his name, and the first office
    (thirteen words) as a paragraph of the text. Each office signs on its line, over its
    mark's."""
    source = ("We consider it possible to grant the request and to charge the committee with "
              "paying the émigré a monthly allowance of 700 rubles.\n\n"
              "Deputy Chief of the CPSU CC Department for Relations with Foreign Communist "
              "Parties\n\n[signature] (A. Smirnov)\n\nSector chief of a CPSU CC Department\n\n"
              "[signature] (I. Kozlov)\n\n26 September 1955\n")
    root = converted_text(source, "September 26, 1955")
    assert texts(root, f"{CLOSER}/t:signed") == [
        "Deputy Chief of the CPSU CC Department for Relations with Foreign Communist Parties",
        "signature (A. Smirnov)", "Sector chief of a CPSU CC Department", "signature (I. Kozlov)"]
    assert texts(root, f"{CLOSER}/t:dateline") == ["26 September 1955"]


@pytest.mark.parametrize("office", ["SECRETARY OF CC", "Secretary of the CC",
                                    "SECRETARY OF THE CC CPSU"])
def test_the_secretary_certifying_an_extract_unnamed_signs_nothing(office: str) -> None:
    """An extract from a Presidium protocol ends on `SECRETARY OF CC` and the typist's `4-ak`:
    the office certifying the extract, no one's signature (it was a signing line); with a name
    under it, he signs."""
    source = ("Excerpt from protocol no. 253 of meeting of the CC Presidium of 14 December "
              "1959\n\n1. To approve the proposals laid out in the note of com. Khrushchev N.S. "
              f"to the CC Presidium.\n{office}\n4-ak\n")
    root = converted_text(source, "December 14, 1959")
    assert root.xpath("//t:signed", namespaces=NS) == []
    assert texts(root, "//t:closer") == [f"{office} 4-ak"]
    named = converted_text(source.replace("4-ak", "I. Stalin"), "December 14, 1959")
    assert texts(named, "//t:closer/t:signed") == [office, "I. Stalin"]


def test_a_forms_signature_label_over_the_clerks_initials_is_one_signing_line() -> None:
    """`Signature:` alone on the form's line, `[signed initials]` under it: the label and
    the translator's word for the initials, one signature."""
    root = converted_text("This message is for your internal information only and is not to "
                          "be passed on to the other delegations.\n\nTime:\nSignature:\n"
                          "[signed initials]\n", "October 19, 1976")
    assert texts(root, f"{CLOSER}/t:signed") == ["Signature: signed initials"]


def test_a_british_letters_addressee_under_its_signature_is_no_signer() -> None:
    """`(signed) Roger Makins` / `M.W. Perrin, Esq.,` / `Ministry of Supply.`: the addressee
    a British letter names at its foot, styled `Esq.`, is whom it went to."""
    root = converted_text("Dear Michael,\n\nI am sending copies of this letter and of its "
                          "enclosure to Cockcroft, Pritchard and Cliffe for their information."
                          "\n\n(signed) Roger Makins\n\nGeneral Office\nM.W. Perrin, Esq.,\n"
                          "Ministry of Supply.\n", "June 5, 1951")
    assert "M.W. Perrin, Esq., Ministry of Supply." not in texts(root, f"{CLOSER}/t:signed")
    assert texts(root, f"{CLOSER}/t:salute") == ["M.W. Perrin, Esq., Ministry of Supply."]


def test_an_office_and_a_rank_over_a_signatures_mark_and_no_name_sign_together() -> None:
    """`Senior Plenipotentiary of the 3rd Department of the … KGB` / `Major` / `[Signature]`:
    no name printed, the lines together say who signed, one signing statement (the office
    line was left in the closing, the rank and the mark two signers). With the name under
    the mark, the office signs its own line, the mark with the name (one `signed` per signing
    line, as `[signature] (V. Moskovsky)` under an office signs; they were one)."""
    report = ("According to the district militia, two lorries from the collective farm crossed "
              "the closed zone on the morning of 2 May and were stopped at the checkpoint.\n")
    office = ("Senior Plenipotentiary of the 3rd Department of the 2nd Administration of the "
              "Byel. SSR KGB")
    root = converted_text(f"{report}{office}\nMajor\n[Signature]\n", "May 2, 1986")
    assert texts(root, f"{CLOSER}/t:signed") == [f"{office} Major Signature"]
    named = converted_text(f"{report}Ambassador of the USSR in the Republic of Cuba\n"
                           "[signature]\n(S. Kudryavtsev)\n", "July 20, 1961")
    assert texts(named, f"{CLOSER}/t:signed") == [
        "Ambassador of the USSR in the Republic of Cuba", "signature (S. Kudryavtsev)"]


def test_the_line_under_a_farewell_that_ends_the_letter_names_its_signers() -> None:
    """`Yours Sincerely,` / two signers with their offices on one line, as long as a
    sentence: the letter's signature, not a last paragraph after the farewell."""
    letter = ("We would like to ask the committee to consider moving the games to a more "
              "suitable place, where every nation can take part in them.\n\n")
    signers = "Margaret L. Hughes (Treasurer) Robert Adams O.B.E., (Chairman)."
    root = converted_text(f"{letter}Yours Sincerely,\n{signers}\n", "March 3, 1985")
    assert texts(root, f"{CLOSER}/t:signed") == [f"Yours Sincerely, {signers}"]
    after = converted_text(f"{letter}Yours Sincerely,\nP.S. The enclosed leaflet was printed "
                           "last week.\n", "March 3, 1985")
    assert "P.S. The enclosed leaflet was printed last week." not in texts(
        after, f"{CLOSER}/t:signed")


def test_a_signature_bracket_with_the_signers_name_and_the_honourable_addressee_under_it(
) -> None:
    """`[signed Giuseppe Saragat]` is the signature, the name in the translator's bracket (it
    was a remark of the translator's); `Hon. Prof. Aldo MORO` / `Minister for Foreign Affairs`
    under it is whom the letter went to, as an Italian letter prints its addressee at the
    foot (it was taken into the signature, its office a second signer)."""
    letter = ("I wonder then why we accept such a statement, since the treaty gives no right "
              "to it and our allies would see it as an offence.\n\n")
    source = (f"{letter}[signed Pietro Nenni]\n\n\n\nHon. Prof. Mario ROSSI\n\nMinister of "
              "Foreign Trade\n\nMinistry of Foreign Trade\n")
    root = converted_text(source, "June 3, 1969")
    assert texts(root, f"{CLOSER}/t:signed") == ["signed Pietro Nenni"]
    assert texts(root, f"{CLOSER}/t:salute") == [
        "Hon. Prof. Mario ROSSI Minister of Foreign Trade Ministry of Foreign Trade"]


@pytest.mark.parametrize("mark", ["[signed by Lech Walesa]", "[signed: Lech Walesa]"])
def test_a_signature_bracket_naming_the_signer_after_by_signs(mark: str) -> None:
    """`[signed by Lech Walesa]` under the text's last sentence, footnotes under it: the
    signature, the translator's words naming who signed (it was a remark alone)."""
    source = ("Following these preliminary explanations it will be possible to set the date "
              f"of the first meeting.\n{mark}\n[1]. Jan Olszewski, an advisor to the union "
              "from 1980.\n")
    root = converted_text(source, "January 1989")
    assert texts(root, f"{CLOSER}/t:signed") == [mark.strip("[]")]


def test_his_excellency_alone_under_the_signature_opens_the_addressees_address() -> None:
    """`Sincerely yours,` / `/s/ Syngman Rhee` / `His Excellency` / `Ngo Dinh Diem` / `President
    of the Republic of Viet-Nam` / `Saigon, Viet-Nam`: the title of respect alone on its line
    opens the address of whom the letter went to, up to five lines; nobody signs so (they
    were three more signers)."""
    letter = ("I avail myself of this opportunity to renew the assurances of our friendship "
              "and highest esteem.\n\n")
    root = converted_text(f"{letter}Sincerely yours,\n\n/s/ Syngman Rhee\n\nHis Excellency\n\n"
                          "Ngo Dinh Diem\n\nPresident of the Republic of Viet-Nam\n\n"
                          "Saigon, Viet-Nam\n", "May 14, 1957")
    assert texts(root, f"{CLOSER}/t:signed") == ["Sincerely yours, /s/ Syngman Rhee"]
    assert texts(root, f"{CLOSER}/t:salute") == [
        "His Excellency Ngo Dinh Diem President of the Republic of Viet-Nam Saigon, Viet-Nam"]


def test_an_office_wrapped_under_the_signers_name_signs_with_it() -> None:
    """`Choi Duk Shin` / `Envoy Extraordinary and` / `Minister Plenipotentiary of` / `the
    Republic of Korea`: each line ends on a word its next line goes on from, one office, one
    signature with the name (its second and third lines were a second signer)."""
    letter = ("Please accept, Excellency, the assurances of my high consideration.\n")
    root = converted_text(f"{letter}Choi Duk Shin\nEnvoy Extraordinary and\nMinister "
                          "Plenipotentiary of\nthe Republic of Korea\n", "June 16, 1956")
    assert texts(root, f"{CLOSER}/t:signed") == [
        "Choi Duk Shin Envoy Extraordinary and Minister Plenipotentiary of the Republic of "
        "Korea"]


def test_a_body_wrapped_over_three_lines_is_one_signing_line() -> None:
    """`Embassy of the` / `People’s Republic` / `of Poland`: the body's name goes on under it
    as an office's does (`of Poland` was a line of its own between two signatures)."""
    source = ("It is hard to assess if the information is true, but I did not catch him "
              "lying.\nEmbassy of the\nPeople’s Republic\nof Poland\nLt. Col. J. Załuska\n"
              "[signature]\n")
    root = converted_text(source, "February 20, 1968")
    assert texts(root, "//t:closer/t:signed") == [
        "Embassy of the People’s Republic of Poland", "Lt. Col. J. Załuska signature"]


@pytest.mark.parametrize("signature", ["Signature: illegible", "Signature: N. Popa"])
def test_a_labelled_signature_under_a_forms_fields_is_the_signature(signature: str) -> None:
    """`Sender: Pyongyang` / `Date: …` / `Regarding: …` over the text, `Signature: illegible`
    under it: the signature's label, not a speaker's turn the export cut off (the fields'
    labels looked like turns)."""
    source = ("Sender: Pyongyang\n\nDate: 11.03.1976/03:00\n\nNo.: 067.051\n\nTo: Comrade "
              "Deputy Minister, Constantin Oancea\n\nRegarding: the Situation in South Korea\n\n"
              "The Korean diplomat said that the danger of a war breaking out is becoming more "
              "and more obvious in the whole region.\n\nIn this context, it is necessary for all "
              f"the peoples of the world to condemn the interference.\n\n{signature}\n")
    root = converted_text(source, "March 11, 1976")
    assert texts(root, "//t:closer/t:signed") == [signature]


def test_a_romanian_copys_signed_and_certified_lines_sign_with_the_names_illegible() -> None:
    """`ss. Colonel [illegible]` / `for Conformity [illegible]`: `semnat` (signed) before the
    rank of whoever signed the original, then the clerk's certification of the copy, each
    name illegible: two signing lines (they were left as text in the closer)."""
    source = ("2. The director of the bureau was called and asked his opinion on the direction "
              "adopted by the current leadership of our country.\n\n"
              "ss. Colonel [illegible]\n\nfor Conformity [illegible]\n")
    root = converted_text(source, "May 4, 1964")
    assert texts(root, f"{CLOSER}/t:signed") == ["ss. Colonel", "for Conformity"]
    assert len(root.xpath(f"{CLOSER}/t:signed/t:gap[@reason='illegible']", namespaces=NS)) == 2


def test_a_rank_over_an_illegible_name_is_a_name_line() -> None:
    assert is_name_line("Vl. [illegible surname]")
    assert is_name_line("ss. Colonel [illegible]")
    assert not is_name_line("Purpose: [illegible]")
    assert not is_name_line("the text of the report was [illegible]")


def test_a_hands_decision_signed_and_dated_under_the_text_is_no_dateline() -> None:
    """`[handwritten: Agree. Mao Zedong, 11 June]` under the cable's date: the hand's
    note, its sentence before the name and date (it was a second dateline, `Agree. Mao Zedong`
    read as its place)."""
    root = converted_text(
        "After discussing it with the comrades, I propose to grant the aid requested this "
        "year.\n\nZhou Enlai\n\n9 June [1973]\n\n[handwritten: Agree. Mao Zedong, 11 June]\n",
        "June 9, 1973")
    assert texts(root, f"{CLOSER}/t:dateline") == ["9 June 1973"]
    assert texts(root, f"{CLOSER}/t:add[@hand]") == ["Agree. Mao Zedong, 11 June"]


@pytest.mark.parametrize("office", ["USSR CHARGÉ D'AFFAIRES IN CUBA\n\n", ""])
@pytest.mark.parametrize("signer", ["/V. RUDNEV/", "(V. Rudnev)"])
def test_the_date_then_the_typed_name_under_the_office_are_the_dateline_and_the_signer(
        office: str, signer: str) -> None:
    """`4 June 1964 /V. RUDNEV/`: the date on the left, the typed name on the right, as a
    Soviet report prints them under the office (one signature held the date)."""
    source = ("The embassy will continue to follow the activity of the committees and report "
              f"on it in due course.\n\n{office}4 June 1964 {signer}\n\nSent to: Cde. Gromyko\n")
    root = converted_text(source, "June 4, 1964")
    assert texts(root, "//t:closer/t:dateline") == ["4 June 1964"]
    assert texts(root, "//t:closer/t:signed")[-1] == signer


@pytest.mark.parametrize("line", [
    "[handwritten: To file. 2.XII.48] [illegible signature]",
    "[stamp: MINREX – Africa and Middle East Division – RECEIVED 26 JAN 1978] "
    "[illegible signature]",
])
def test_a_hands_note_or_a_stamp_initialled_by_its_writer_signs_nothing(line: str) -> None:
    """The mark after the hand's note or the stamp is its writer's, no signature of the
    document (the line signed, the note inside the signature)."""
    source = ("The embassy will continue to follow the situation and report on it in due "
              f"course.\n\nYERMAKOV\n\n{line}\n")
    root = converted_text(source, "December 2, 1948")
    assert texts(root, "//t:signed") == ["YERMAKOV"]
    assert root.xpath("//t:gap[@reason='illegible']", namespaces=NS)


@pytest.mark.parametrize(("receipt", "docket"), [
    ("Received by [illegible signature]", "Received by signature"),
    # (when it was deciphered, then the clerk's mark: it was a second signature too)
    ("Deciphered 30/5/1978, 23:40 – [illegible signature]",
     "Deciphered 30/5/1978, 23:40 – signature"),
    # (the clerk's mark, then when: it signed)
    ("Deciphered by: [illegible signature], 15.XI.1977, 01:40",
     "Deciphered by: signature, 15.XI.1977, 01:40"),
    # (when it came in, then who deciphered it, one line: it signed)
    ("Received: 15.I.59 – 01.35 hours – Deciphered by: [illegible signature]",
     "Received: 15.I.59 – 01.35 hours – Deciphered by: signature"),
])
def test_a_receipt_with_the_clerks_mark_is_a_docket_no_signature(receipt: str,
                                                                  docket: str) -> None:
    """`Received by [illegible signature]` under the signer: the office's receipt, initialled
    by its clerk (it was a second signature)."""
    source = ("The representatives of the Chinese command demand that the garrison leave the "
              f"city before the end of the month.\n\nDUBROVIN\n\n{receipt}\n")
    root = converted_text(source, "April 22, 1946")
    assert texts(root, "//t:signed") == ["DUBROVIN"]
    assert texts(root, "//t:note[@type='docket']") == [docket]


def test_the_hands_initials_under_its_note_over_the_text_sign_nothing() -> None:
    """`[Handwritten: To Comrade Mladenov. …]` / `[illegible signature]` / `To Comrade P.
    MLADENOV` / `Minister of Foreign Affairs` over the text: the hand's initials, and the
    addressee under them, are no signature (the three lines signed)."""
    source = ("Deciphered at 01:30 on 15.XII.1977\n[Handwritten: To Comrade Mladenov. To be "
              "reported to Comrade T. Zhivkov. 15.XII.]\n[illegible signature]\nTo Comrade P. "
              "MLADENOV\nMinister of Foreign Affairs\nToday I was received, at my request, by "
              "the Chairman, who spoke about the military situation at length.\nG. Shopov\n")
    root = converted_text(source, "December 15, 1977")
    assert texts(root, "//t:signed") == ["G. Shopov"]


@pytest.mark.parametrize("mark", ["GB/lmr", "GB/mlr.", "GB/[illegible]"])
def test_the_signers_and_typists_initials_sign_nothing(mark: str) -> None:
    """`GB/lmr` under a Mexican ambassador's name: whose initials the letter was dictated and
    typed by, a reference mark as the Soviet typist's `fb` is; it was a signature (so were
    the mark stopped and the typist's initials illegible)."""
    root = converted_text("I reiterate to Your Excellency the assurances of my highest "
                          f"consideration.\n\nTHE AMBASSADOR\n\nGilberto Bosques\n\n{mark}\n",
                          "October 24, 1962")
    assert not [signed for signed in texts(root, "//t:signed") if "GB/" in signed]
    assert "GB/" in "".join(root.xpath("//t:text//text()", namespaces=NS))


def test_an_office_going_on_in_capitals_is_one_signing_line_over_the_name() -> None:
    """`USSR AMBASSADOR` / `IN THE SYRIAN ARAB REPUBLIC` / `N. MUKHITDINOV`: the office's name
    goes on in capitals on its second line (the lines were two offices)."""
    root = converted_text("The conversation lasted two hours.\n\nUSSR AMBASSADOR  \nIN THE SYRIAN "
                          "ARAB REPUBLIC  \nN. MUKHITDINOV  \n24 June 1972\n", "June 24, 1972")
    assert texts(root, "//t:signed") == ["USSR AMBASSADOR IN THE SYRIAN ARAB REPUBLIC",
                                         "N. MUKHITDINOV"]


def test_an_office_going_on_over_a_dated_and_marked_signature() -> None:
    """`Head of the Delegation of the USSR` / `to the Eighteen-Nation Committee`, a blank line,
    `9 December 1966 [signature] A. ROSHCHIN`: the office signs its two lines, the date under
    it dates the report, the mark and the name sign (the office was loose text, the date part
    of the signature)."""
    root = converted_text("Draft instructions are attached.\n\nHead of the Delegation of the "
                          "USSR  \nto the Eighteen-Nation Committee\n\n9 December 1966 "
                          "[signature] A. ROSHCHIN\n", "December 9, 1966")
    assert texts(root, "//t:closer/t:signed") == [
        "Head of the Delegation of the USSR to the Eighteen-Nation Committee",
        "signature A. ROSHCHIN"]
    assert texts(root, "//t:closer/t:dateline") == ["9 December 1966"]


def test_a_signature_with_its_seal_is_the_signatures_mark() -> None:
    """`[signature and seal]` between `ON BEHALF OF THE SECRETARIAT` and the secretary's name:
    the mark of the signature that the farewell and the name make (it was a remark of the
    closer, between two signing lines)."""
    root = converted_text("The party committees must report the results before 30 July 1979.\n\n"
                          "ON BEHALF OF THE SECRETARIAT\n\n[signature and seal]\n\nLê Quang Đạo\n",
                          "May 15, 1979")
    assert texts(root, "//t:closer/t:signed") == [
        "ON BEHALF OF THE SECRETARIAT signature and seal Lê Quang Đạo"]
    assert root.xpath("//t:closer/t:note", namespaces=NS) == []


def test_a_cover_name_identified_closing_a_relayed_telegram_signs_it() -> None:
    """`FILIPPOV [Stalin]”.` closing the telegram a cable relays: its signer, the man the cover
    name stands for in the translator's bracket (it was loose text of the closer)."""
    root = converted_text("Transmit to Kim Il Sung the following:\n\n“Comrade Kim Il Sung!\n\nThe "
                          "Soviet Government has decided to send a group of twelve specialists "
                          "to Korea.\n\nFILIPPOV [Stalin]”.\n\nConfirm delivery.\n\nNo. 531/sh\n",
                          "July 4, 1952")
    assert texts(root, "//t:signed") == ["FILIPPOV Stalin”."]


def test_the_office_over_the_date_and_the_signers_name_signs() -> None:
    """`USSR AMBASSADOR in the DPRK` / `28.X.52 V. Razuvayev`: the office signs its own line
    over the date and the name, as the seed's `USSR AMBASSADOR in KOREA` does (it was a line
    of text)."""
    root = converted_text("It would be expedient for the Soviet delegation to make use of the "
                          "facts of the terror in the camps.\n\nUSSR AMBASSADOR in the DPRK\n\n"
                          "28.X.52 V. Razuvayev\n", "October 28, 1952")
    assert texts(root, "//t:closer/t:signed") == ["USSR AMBASSADOR in the DPRK", "V. Razuvayev"]


def test_a_permanent_representatives_office_over_his_signature_signs() -> None:
    """`Permanent Representative of the Polish People's Republic` / `to the United Nations` /
    `/-/ Bohdan Lewandowski`: `Representative` is an office as `Ambassador` is (the two lines
    were left unsigned)."""
    root = converted_text("4. I propose that the Ministry inform the Embassy in Havana about the "
                          "contents of this report.\n\nPermanent Representative of the Polish "
                          "People's Republic  \nto the United Nations\n\n/-/ Bohdan Lewandowski\n",
                          "November 2, 1962")
    assert texts(root, "//t:closer/t:signed") == [
        "Permanent Representative of the Polish People's Republic to the United Nations",
        "/-/ Bohdan Lewandowski"]


def test_a_body_over_its_officer_named_with_his_title_sign_apart() -> None:
    """`Chinese Embassy in the DPRK` / `Ambassador Qiao Xiaoguang` / `12 November 1958`: the
    body and its ambassador each sign their line, as a title line over its signer does (they
    were one signature)."""
    root = converted_text("Please consider whether the above is appropriate and give "
                          "instructions.\n\nChinese Embassy in the DPRK  \nAmbassador Qiao "
                          "Xiaoguang  \n12 November 1958\n", "November 12, 1958")
    assert texts(root, f"{CLOSER}/t:signed") == [
        "Chinese Embassy in the DPRK", "Ambassador Qiao Xiaoguang"]
    assert texts(root, f"{CLOSER}/t:dateline") == ["12 November 1958"]


def test_the_name_typed_under_a_farewell_and_its_signature_signs_with_them() -> None:
    """`Yours sincerely,` / `Sd/- Brajesh Mishra` / `(Brajesh Mishra)`: the name typed under
    the signature, as an Indian copy marks it signed, signs with it (it was a second signature)."""
    root = converted_text(
        "I would suggest that we do not publicise the remark ourselves, but wait for the others "
        "to do so.\n\nWith kind regards,\n\nYours sincerely,  \nSd/- Brajesh Mishra  \n(Brajesh "
        "Mishra)\n", "May 4, 1970")
    assert texts(root, f"{CLOSER}/t:signed") == [
        "With kind regards, Yours sincerely, Sd/- Brajesh Mishra (Brajesh Mishra)"]


def test_an_offices_line_going_on_with_a_partys_faction_letter_is_one_line_of_it() -> None:
    """`Deputy Head of the Department of Foreign Policy` / `of the CC VKP(b)` / `L. Baranov`:
    the office's name goes on under it, the party's `(b)` ending no sentence (the second line
    was loose text of the closer, or a signature of its own)."""
    signed, _ = closing_lines(
        "3. To send a group of lecturers to Pyongyang in the first quarter of 1948.\n\nDeputy "
        "Head of the Department of Foreign Policy  \nof the CC VKP(b)  \nL. Baranov\n\n"
        "12 November 1947\n", "November 12, 1947")
    assert signed == ["Deputy Head of the Department of Foreign Policy of the CC VKP(b)",
                      "L. Baranov"]


def test_signers_named_a_comma_apart_their_given_names_supplied_sign() -> None:
    """`Peng [Dehuai], Deng [Hua], Hong [Xuezhi], Xie [Fang]` under a cable's request for
    instructions: the commanders who sign it, a comma apart (the commas the brackets left
    alone were taken for words, and the line for text)."""
    assert closing_lines(
        "We have explained our reasons to the Korean comrades.\n\nPlease instruct whether the "
        "above is appropriate.\n\nPeng [Dehuai], Deng [Hua], Hong [Xuezhi], Xie [Fang]\n\n"
        "24:00, 8 January\n", "January 8, 1951") == (
        ["Peng Dehuai, Deng Hua, Hong Xuezhi, Xie Fang"], ["24:00, 8 January"])


@pytest.mark.parametrize("office", ["THE MINISTER", "The Ambassador"])
def test_an_italian_copys_signed_mark_under_the_office_is_its_own_signing_line(
        office: str) -> None:
    """`THE MINISTER` / `f.to G. Mascia`: the office over the signer's line, each a signing
    line, as an office over a name is (the mark's lower case read as the office's name going
    on, one line of two)."""
    signed, _ = closing_lines("The Legation will keep the Ministry informed of further "
                              f"developments.\n\n{office}\nf.to G. Mascia\n", "June 3, 1961")
    assert signed == [office, "f.to G. Mascia"]
