"""Two furniture items on one line: each test gives the two parts and their roles, or None."""

from __future__ import annotations

import pytest

from teikit.dates import find_dates
from teikit.model import Role
from teikit.readers.blocks import iter_blocks
from teikit.readers.furniture import one_line
from teikit.readers.joining import make_units
from teikit.readers.units import Unit


def unit(text: str) -> Unit:
    (only,) = make_units(iter_blocks(text))
    return only


def parts(split: one_line.Split | None) -> list[tuple[str, Role]] | None:
    return None if split is None else [(part.plain.strip(), role) for part, role in split]


def date_span(text: str) -> tuple[int, int]:
    found = [m for m in find_dates(text) if m.value is not None]
    return found[0].start, found[-1].end


def test_an_address_and_its_marking() -> None:
    line = "[To the] Party Committee of the Region: (Top Secret)"
    assert parts(one_line.address_and_marking(unit(line))) == [
        ("[To the] Party Committee of the Region:", Role.SALUTE),
        ("(Top Secret)", Role.CLASSIFICATION)]
    assert one_line.address_and_marking(unit("To the Party Committee: greetings")) is None


def test_a_number_its_signer_and_the_date() -> None:
    line = "Nº 274 KOVALEV, 11 November"
    assert parts(one_line.number_signer_and_date(unit(line), line, date_span(line))) == [
        ("Nº 274", Role.REGISTRY), ("KOVALEV,", Role.SIGNED), ("11 November", Role.DATELINE)]
    dashed = "No. 18 - TEREBIN - 14 January"
    assert parts(one_line.number_signer_and_date(unit(dashed), dashed, date_span(dashed))) == [
        ("No. 18 -", Role.REGISTRY), ("TEREBIN -", Role.SIGNED), ("14 January", Role.DATELINE)]
    other = "No. 12 of 11 November"
    assert one_line.number_signer_and_date(unit(other), other, date_span(other)) is None


def test_the_signer_then_the_date() -> None:
    for line, signer, date in (("PONOMAREV 26 September 1956", "PONOMAREV", "26 September 1956"),
                               ("Kim Il Sung 29.6.51”", "Kim Il Sung", "29.6.51”")):
        assert parts(one_line.signer_and_date(unit(line), date_span(line))) == [
            (signer, Role.SIGNED), (date, Role.DATELINE)]
    for place in ("Mexico City, 31 October 1962", "Pyongyang. 8 July 1950.",
                  "Beijing 29 June 1951", "Night of October 1"):
        assert one_line.signer_and_date(unit(place), date_span(place)) is None, place


def test_a_letterhead_line_and_the_marking_beside_it() -> None:
    assert parts(one_line.line_and_marking(unit("in the MPR   Secret"))) == [
        ("in the MPR", Role.LINE), ("Secret", Role.CLASSIFICATION)]
    assert parts(one_line.line_and_marking(unit("SOVIET EMBASSY IN THE DPRK TOP SECRET"))) == [
        ("SOVIET EMBASSY IN THE DPRK", Role.LINE), ("TOP SECRET", Role.CLASSIFICATION)]
    for whole in ("Top Secret", "Classification: Secret", "the matter is most secret",
                  "This information must be kept strictly confidential"):
        assert one_line.line_and_marking(unit(whole)) is None, whole


def test_a_number_and_its_signer() -> None:
    line = "No. 15 T. SHTYKOV"
    assert parts(one_line.number_and_signer(unit(line), line)) == [
        ("No. 15", Role.REGISTRY), ("T. SHTYKOV", Role.SIGNED)]
    assert one_line.number_and_signer(unit("No. 15 of the list"), "No. 15 of the list") is None


def test_a_date_and_the_signer_or_the_marking() -> None:
    line = "6.1.1949 Filippov [Stalin]"
    assert one_line.signs_after_date(unit(line), date_span(line))
    assert parts(one_line.date_and_signer(unit(line), date_span(line))) == [
        ("6.1.1949", Role.DATELINE), ("Filippov [Stalin]", Role.SIGNED)]
    marked = "7 July 1942  Top Secret"
    assert parts(one_line.date_and_marking(unit(marked), date_span(marked))) == [
        ("7 July 1942", Role.DATELINE), ("Top Secret", Role.CLASSIFICATION)]
    assert one_line.date_and_marking(unit(line), date_span(line)) is None


def test_the_sending_and_the_receipt() -> None:
    line = "From BEIJING Sent 12.10.50 at 3 hrs 20 min. Received 12.10.50 at 5 hrs."
    assert parts(one_line.sending_and_receipt(unit(line))) == [
        ("From BEIJING Sent 12.10.50 at 3 hrs 20 min.", Role.DATELINE),
        ("Received 12.10.50 at 5 hrs.", Role.DOCKET)]
    assert one_line.sending_and_receipt(unit("From BEIJING Sent 12.10.50")) is None
    # (after the sending's figures; after the dots of a form's blanks, in lower case)
    assert parts(one_line.sending_and_receipt(
        unit("From CORRESPONDENT 13 Sent 17.11.50 Received 18.11 4:03-19:35"))) == [
        ("From CORRESPONDENT 13 Sent 17.11.50", Role.DATELINE),
        ("Received 18.11 4:03-19:35", Role.DOCKET)]
    assert parts(one_line.sending_and_receipt(
        unit("From…Saigon…dispatched on 03.10 at 10:00 hours…….. received on 06.10 at 10:50"))) == [
        ("From…Saigon…dispatched on 03.10 at 10:00 hours……..", Role.DATELINE),
        ("received on 06.10 at 10:50", Role.DOCKET)]
    # (a line is parted at a space only: the TEI keeps the source's words as they were)
    assert one_line.sending_and_receipt(
        unit("From…Saigon…dispatched on 03.10 at 10:00 hours……..received on 06.10")) is None



def test_a_forms_number_and_its_classification_a_column_apart() -> None:
    """`CABLE Nº 61207            SECRET`: two columns of a typed form, two items; with one
    space, `No. 12 secret` is no such pair."""
    assert parts(one_line.column_and_marking(
        unit("CABLE Nº 61207                    TOP SECRET"), Role.DOCUMENT_NUMBER)) == [
        ("CABLE Nº 61207", Role.DOCUMENT_NUMBER), ("TOP SECRET", Role.CLASSIFICATION)]
    assert one_line.column_and_marking(unit("Telegram No. 12 secret"), Role.REGISTRY) is None
    # a letterhead's line and the marking a column apart; the page's columns, however long
    assert parts(one_line.column_and_marking(
        unit("An agency of the Presidency          SECRET"), Role.REGISTRY)) == [
        ("An agency of the Presidency", Role.LINE), ("SECRET", Role.CLASSIFICATION)]


def test_a_classification_and_the_copys_number_on_one_line() -> None:
    """`TOP SECRET, Copy No. 3`: the marking, then the copy's number; a copy's number alone,
    or a marking alone, is no such pair."""
    assert parts(one_line.marking_and_copy(unit("TOP SECRET, Copy No. 3"),
                                           Role.DOCUMENT_NUMBER)) == [
        ("TOP SECRET,", Role.CLASSIFICATION), ("Copy No. 3", Role.DOCUMENT_NUMBER)]
    assert parts(one_line.marking_and_copy(unit("Secret Copy Nº 1"), Role.REGISTRY)) == [
        ("Secret", Role.CLASSIFICATION), ("Copy Nº 1", Role.REGISTRY)]
    assert parts(one_line.marking_and_copy(unit("Secret. Copy #_2_"), Role.DOCUMENT_NUMBER)) == [
        ("Secret.", Role.CLASSIFICATION), ("Copy #_2_", Role.DOCUMENT_NUMBER)]  # a form's blank
    assert one_line.marking_and_copy(unit("Copy Nº 1"), Role.REGISTRY) is None
    assert one_line.marking_and_copy(unit("Top Secret"), Role.REGISTRY) is None


def test_a_telegrams_number_then_its_date_and_place() -> None:
    text = "No. 61 342 14 May 1970, Hanoi"
    assert parts(one_line.number_and_date(unit(text), date_span(text), Role.DOCUMENT_NUMBER)) == [
        ("No. 61 342", Role.DOCUMENT_NUMBER), ("14 May 1970, Hanoi", Role.DATELINE)]
    # words between the number and the date: no such pair
    text = "No. 12 of the Ministry, 14 May 1970"
    assert one_line.number_and_date(unit(text), date_span(text), Role.DOCUMENT_NUMBER) is None
    # (the date labelled, its hour labelled after it, as a cable form prints them; the number
    # was read with its date)
    text = "No. 1047. Dated 20 May 1974. Time 2130 hrs."
    assert parts(one_line.number_and_date(unit(text), date_span(text), Role.DOCUMENT_NUMBER)) == [
        ("No. 1047.", Role.DOCUMENT_NUMBER), ("Dated 20 May 1974. Time 2130 hrs.", Role.DATELINE)]
    text = "No. 117    DATE: 16.06.77    TIME: 14H20"
    assert parts(one_line.number_and_date(unit(text), date_span(text), Role.DOCUMENT_NUMBER)) == [
        ("No. 117", Role.DOCUMENT_NUMBER), ("DATE: 16.06.77    TIME: 14H20", Role.DATELINE)]
    # (a point between the number's figures, as a Romanian telegram prints it; it was one
    # number, its date with it)
    # (the day glued to the number by its slash, as a Romanian ministry numbers a paper: one
    # number; it was split at the slash)
    text = "No. 076.215/24.10.1980"
    assert one_line.number_and_date(unit(text), date_span(text), Role.DOCUMENT_NUMBER) is None
    text = "No. 76.143    Date: 16.04.1969, 14:00"
    assert parts(one_line.number_and_date(unit(text), date_span(text), Role.DOCUMENT_NUMBER)) == [
        ("No. 76.143", Role.DOCUMENT_NUMBER), ("Date: 16.04.1969, 14:00", Role.DATELINE)]


def test_a_telegrams_date_then_its_number() -> None:
    text = "3 May 1970. Nr. 61 342"
    assert parts(one_line.date_and_number(unit(text), date_span(text), Role.DOCUMENT_NUMBER)) == [
        ("3 May 1970.", Role.DATELINE), ("Nr. 61 342", Role.DOCUMENT_NUMBER)]
    # words before the date, or after the number: no such pair
    for text in ("Sent 3 May 1970. Nr. 61 342", "3 May 1970. Nr. 61 342 of the Ministry"):
        assert one_line.date_and_number(unit(text), date_span(text),
                                        Role.DOCUMENT_NUMBER) is None
    # the date, then the number of the copy (the day in quotation marks, as Soviet forms
    # print it)
    text = "“4” March 1961 Copy No. 2"
    assert parts(one_line.date_and_number(unit(text), date_span(text), Role.DOCUMENT_NUMBER)) == [
        ("“4” March 1961", Role.DATELINE), ("Copy No. 2", Role.DOCUMENT_NUMBER)]


def test_a_datelines_place_and_date_then_the_reports_number() -> None:
    """`Beirut, 22/4/1949 - No. 36`: the dateline, its place first, then after a dash the
    report's number; `Beirut, Apr. 22, 1949       538/S`: a number without its sign in a
    column of its own."""
    text = "Beirut, 22/4/1949 - No. 36"
    assert parts(one_line.date_and_number(unit(text), date_span(text), Role.DOCUMENT_NUMBER)) == [
        ("Beirut, 22/4/1949 -", Role.DATELINE), ("No. 36", Role.DOCUMENT_NUMBER)]
    text = "Beirut, Apr. 22, 1949       538/S"
    assert parts(one_line.date_and_number(unit(text), date_span(text), Role.DOCUMENT_NUMBER)) == [
        ("Beirut, Apr. 22, 1949", Role.DATELINE), ("538/S", Role.DOCUMENT_NUMBER)]
    # after one space the figures may be the date's own; words that are no place: no pair
    for text in ("Beirut, Apr. 22, 1949 538/S", "Sent on the way, 22/4/1949 - No. 36"):
        assert one_line.date_and_number(unit(text), date_span(text),
                                        Role.DOCUMENT_NUMBER) is None


def test_the_office_signing_a_cable_then_its_date() -> None:
    """`[Chinese] Embassy, 1965.2.27.`: the embassy signs, the date closes (the line was a
    dateline, the embassy its place); a place before its date stays one dateline."""
    line = "[Chinese] Embassy, 1965.2.27."
    assert parts(one_line.signer_and_date(unit(line), date_span(line))) == [
        ("[Chinese] Embassy,", Role.SIGNED), ("1965.2.27.", Role.DATELINE)]
    for line in ("Mexico City, 31 October 1962", "Pyongyang. 8 July 1950."):
        assert one_line.signer_and_date(unit(line), date_span(line)) is None


def test_a_cipher_telegrams_dashed_number_and_its_signer() -> None:
    # the number alone is the registry's; with the signer, the line is one signature, as the
    # cipher office signs (`Pavlíček 388.`)
    # (a letter glued to it is the cipher office's, no signer's: `– 118 K. –`; between dashes
    # of its own, the sender's initial: `118 – K. –`)
    for line in ("– 301 –", "– 118 K. –", "-- 301 --"):
        assert parts(one_line.dashed_number_and_signer(unit(line))) == [(line, Role.REGISTRY)]
    for line in ("– 212 – Kovács –", "– 97 Ambassador –", "– Kovács – 212 –", "118 – K. –"):
        assert parts(one_line.dashed_number_and_signer(unit(line))) == [(line, Role.SIGNED)]
    assert one_line.dashed_number_and_signer(unit("– the end –")) is None
    assert one_line.dashed_number_and_signer(unit("648-VK")) is None
    assert one_line.dashed_number_and_signer(unit("1950 – the year")) is None


def test_a_date_then_who_authenticated_the_copy() -> None:
    line = "12 May 1946 Authenticated: (Orlov)"
    assert one_line.mark_after_date(unit(line), date_span(line))
    assert parts(one_line.date_and_signer(unit(line), date_span(line))) == [
        ("12 May 1946", Role.DATELINE), ("Authenticated: (Orlov)", Role.SIGNED)]
    assert not one_line.mark_after_date(unit("12 May 1946 Moscow"), date_span("12 May 1946"))


def test_a_filed_number_with_its_classification_after_a_slash_is_one_entry() -> None:
    """`88/1962/top secret`: one registry entry (nothing parts the number from its marking,
    no white space to put between two lines)."""
    line = unit("88/1962/top secret")
    assert parts(one_line.filed_number(line)) == [("88/1962/top secret", Role.REGISTRY)]
    assert one_line.filed_number(unit("88/1962/b")) is None
    assert one_line.filed_number(unit("Report 88/1962/top secret")) is None


def test_a_filed_number_typed_with_spaces_and_the_next_columns_line_after_it() -> None:
    line = unit("47/ 1963/ top secret Written: in four copies")
    assert parts(one_line.filed_number(line)) == [
        ("47/ 1963/ top secret", Role.REGISTRY), ("Written: in four copies", Role.LINE)]
    assert one_line.filed_number(unit("88/1962/secretary")) is None


def test_the_year_filed_after_the_classification_belongs_to_the_entry() -> None:
    """`312/top secret 1964.`: the number, its marking, then the year the entry was filed in;
    a year that a longer line goes on after is not taken."""
    assert parts(one_line.filed_number(unit("312/top secret 1964."))) == [
        ("312/top secret 1964.", Role.REGISTRY)]
    assert parts(one_line.filed_number(unit("312/top secret 1964 Budapest, 3 May"))) == [
        ("312/top secret", Role.REGISTRY), ("1964 Budapest, 3 May", Role.LINE)]


def test_the_classification_first_and_what_the_form_prints_beside_it() -> None:
    cases = {
        "Secret   Document 617": ("Document 617", Role.DOCUMENT_NUMBER),
        "Level: Top Secret Document 87": ("Document 87", Role.DOCUMENT_NUMBER),
        "Secret 613": ("613", Role.DOCUMENT_NUMBER),
        "Confidential File No. 409": ("File No. 409", Role.DOCUMENT_NUMBER),
        "Top Secret. Flash": ("Flash", Role.PRECEDENCE),
        "Secret. Only copy": ("Only copy", Role.CLASSIFICATION),
        "TOP SECRET REPORT ON Cde. PETROV'S VISIT": ("REPORT ON Cde. PETROV'S VISIT", Role.LINE),
    }
    for line, (rest, role) in cases.items():
        split = parts(one_line.marking_and_rest(unit(line), Role.DOCUMENT_NUMBER))
        assert split is not None and split[1] == (rest, role), line
        assert split[0][1] is Role.CLASSIFICATION
    # a marking with words of a sentence after it, or two words in capitals, is one line
    assert one_line.marking_and_rest(unit("Secret talks were held"), Role.REGISTRY) is None
    assert one_line.marking_and_rest(unit("TOP SECRET FILE"), Role.REGISTRY) is None


def test_a_description_with_its_classification_last() -> None:
    line = "Telegram from the Embassy in Cairo, No. 12.345, 3 May 1967, Top Secret"
    assert parts(one_line.description_and_marking(unit(line))) == [
        ("Telegram from the Embassy in Cairo, No. 12.345, 3 May 1967,", Role.LINE),
        ("Top Secret", Role.CLASSIFICATION)]
    assert one_line.description_and_marking(unit("Urgent, Secret")) is None


@pytest.mark.parametrize("markings", ["(Urgent, Top Secret)", "(Secret)", "(Top Secret, Urgent)"])
def test_a_cables_number_and_its_markings_in_parentheses(markings: str) -> None:
    """`No. 1127 (Urgent, Top Secret)`, as a Japanese embassy's cable prints them: the number,
    then its markings in their parentheses, one part (the line was one number)."""
    assert parts(one_line.number_marking_and_precedence(unit(f"No. 1127 {markings}"),
                                                        Role.DOCUMENT_NUMBER)) == [
        ("No. 1127", Role.DOCUMENT_NUMBER), (markings, Role.CLASSIFICATION)]
    # (a number's own parenthesis, no marking in it, is the number's)
    assert one_line.number_marking_and_precedence(unit("No. 1127 (Part 2)"),
                                                  Role.DOCUMENT_NUMBER) is None


@pytest.mark.parametrize(("markings", "roles"), [
    ("(Secret) (Urgent)", [Role.CLASSIFICATION, Role.PRECEDENCE]),
    ("(Urgent) (Top Secret)", [Role.PRECEDENCE, Role.CLASSIFICATION]),
    ("(Confidential) (Very Urgent)", [Role.CLASSIFICATION, Role.PRECEDENCE])])
def test_a_cables_number_and_its_markings_each_in_its_parentheses(
        markings: str, roles: list[Role]) -> None:
    """`Number 318 (Secret) (Urgent)`: the number, then its classification and precedence in
    parentheses of their own, each in its role (the line was one number)."""
    first, second = markings.split(") ")
    assert parts(one_line.number_marking_and_precedence(unit(f"Number 318 {markings}"),
                                                        Role.DOCUMENT_NUMBER)) == [
        ("Number 318", Role.DOCUMENT_NUMBER), (first + ")", roles[0]), (second, roles[1])]
    for remark in ("(Part 2) (Urgent)", "(Urgent) (Part 2)", "(Urgent) (Immediate)",
                   "(secret) (Urgent)"):
        # (a number's own parenthesis, or no classification among them: no markings apart)
        assert one_line.number_marking_and_precedence(unit(f"Number 318 {remark}"),
                                                      Role.DOCUMENT_NUMBER) is None


@pytest.mark.parametrize("precedence", ["Priority", "URGENT", "Most Immediate"])
def test_a_cables_number_its_marking_in_parentheses_then_its_precedence(precedence: str) -> None:
    """`No. 214 (Top Secret) Priority`: the number, the classification in its parentheses,
    then the precedence unbracketed (the line was one number); words of another kind after it
    leave it one."""
    assert parts(one_line.number_marking_and_precedence(
        unit(f"No. 214 (Top Secret) {precedence}"), Role.DOCUMENT_NUMBER)) == [
        ("No. 214", Role.DOCUMENT_NUMBER), ("(Top Secret)", Role.CLASSIFICATION),
        (precedence, Role.PRECEDENCE)]
    assert one_line.number_marking_and_precedence(unit("No. 214 (Top Secret) Tokyo"),
                                                  Role.DOCUMENT_NUMBER) is None


@pytest.mark.parametrize("line", ["VERY URGENT. CONFIDENTIAL.", "Urgent – Secret",
                                  "IMMEDIATE, TOP SECRET"])
def test_a_telegrams_precedence_then_its_classification_on_one_line(line: str) -> None:
    """`VERY URGENT. CONFIDENTIAL.`: the precedence, then the classification (the line was
    left as the opener's text)."""
    split = parts(one_line.precedence_and_marking(unit(line)))
    assert split is not None and [role for _, role in split] == [
        Role.PRECEDENCE, Role.CLASSIFICATION]
    assert " ".join(text for text, _ in split) == line
    for other in ("Urgent matters are secret.", "URGENT. SECRETARY OF THE CC",
                  "Urgent. confidential", "URGENT"):
        assert one_line.precedence_and_marking(unit(other)) is None


def test_a_cables_number_classification_and_precedence() -> None:
    line = "No. 1606 (Part 1 of 2) Secret Top Urgent"
    assert parts(one_line.number_marking_and_precedence(unit(line), Role.DOCUMENT_NUMBER)) == [
        ("No. 1606 (Part 1 of 2)", Role.DOCUMENT_NUMBER), ("Secret", Role.CLASSIFICATION),
        ("Top Urgent", Role.PRECEDENCE)]
    assert parts(one_line.number_marking_and_precedence(unit("Number 111. Top Secret"),
                                                        Role.REGISTRY)) == [
        ("Number 111.", Role.REGISTRY), ("Top Secret", Role.CLASSIFICATION)]
    assert parts(one_line.number_marking_and_precedence(unit("No. 1569 Confidential"),
                                                        Role.REGISTRY)) == [
        ("No. 1569", Role.REGISTRY), ("Confidential", Role.CLASSIFICATION)]
    # a copy's number, then the marking after its comma
    assert parts(one_line.number_marking_and_precedence(unit("Copy No. 1, Secret"),
                                                        Role.DOCUMENT_NUMBER)) == [
        ("Copy No. 1,", Role.DOCUMENT_NUMBER), ("Secret", Role.CLASSIFICATION)]
    # a translator's bracket after them, none of the markings
    line = "No. 3101 Secret Top Urgent [number blacked out]"
    assert parts(one_line.number_marking_and_precedence(unit(line), Role.REGISTRY)) == [
        ("No. 3101", Role.REGISTRY), ("Secret", Role.CLASSIFICATION),
        ("Top Urgent", Role.PRECEDENCE), ("[number blacked out]", Role.LINE)]
    # the cable office's code after them
    line = "Number 1338 Top Secret Top Urgent Q36RA"
    assert parts(one_line.number_marking_and_precedence(unit(line), Role.REGISTRY)) == [
        ("Number 1338", Role.REGISTRY), ("Top Secret", Role.CLASSIFICATION),
        ("Top Urgent", Role.PRECEDENCE), ("Q36RA", Role.LINE)]
    # who may read it, after the precedence
    line = "No. 2204 Confidential Urgent (Limited Distribution)"
    assert parts(one_line.number_marking_and_precedence(unit(line), Role.REGISTRY)) == [
        ("No. 2204", Role.REGISTRY), ("Confidential", Role.CLASSIFICATION),
        ("Urgent", Role.PRECEDENCE), ("(Limited Distribution)", Role.CLASSIFICATION)]
    # the page of the file the number is on (a special folder's `p. 246`)
    assert parts(one_line.number_marking_and_precedence(unit("Nº 1-1 p. 246 Top Secret"),
                                                        Role.DOCUMENT_NUMBER)) == [
        ("Nº 1-1 p. 246", Role.DOCUMENT_NUMBER), ("Top Secret", Role.CLASSIFICATION)]
    # the precedence with its reading in parentheses, then what the archive withheld
    line = "No. 956 Secret Urgent (Priority Processing) [blacked out]"
    assert parts(one_line.number_marking_and_precedence(unit(line), Role.REGISTRY)) == [
        ("No. 956", Role.REGISTRY), ("Secret", Role.CLASSIFICATION),
        ("Urgent (Priority Processing)", Role.PRECEDENCE), ("[blacked out]", Role.LINE)]
    # (in lower case, one phrase; a title after the number is no marking)
    assert one_line.number_marking_and_precedence(unit("No. 12 secret"), Role.REGISTRY) is None
    assert one_line.number_marking_and_precedence(
        unit("No. 12 Secret Talks with the Ambassador"), Role.REGISTRY) is None


def test_a_documents_number_and_the_copys() -> None:
    assert parts(one_line.number_and_copy(unit("Nº 133 Copy Nº 2"), Role.DOCUMENT_NUMBER)) == [
        ("Nº 133", Role.DOCUMENT_NUMBER), ("Copy Nº 2", Role.DOCUMENT_NUMBER)]
    assert parts(one_line.number_and_copy(unit("No. 179 Copy No. 2"), Role.REGISTRY)) == [
        ("No. 179", Role.REGISTRY), ("Copy No. 2", Role.REGISTRY)]
    assert one_line.number_and_copy(unit("No. 179 copies to file"), Role.REGISTRY) is None


def test_a_left_columns_line_then_the_marking_and_the_copy() -> None:
    line = "From the journal of Secret. Copy No. 2"
    assert parts(one_line.line_marking_and_copy(unit(line), Role.DOCUMENT_NUMBER)) == [
        ("From the journal of", Role.LINE), ("Secret.", Role.CLASSIFICATION),
        ("Copy No. 2", Role.DOCUMENT_NUMBER)]
    assert parts(one_line.line_marking_and_copy(
        unit("Distributed with the SECRET. Copy Nº 6"), Role.DOCUMENT_NUMBER))[1] == (
        "SECRET.", Role.CLASSIFICATION)
    assert one_line.line_marking_and_copy(unit("He kept a secret copy No. 2"),
                                          Role.DOCUMENT_NUMBER) is None


def test_a_dateline_then_the_salutation() -> None:
    line = "Brasília, March 22nd 1977 Dear Hugo,"
    assert parts(one_line.date_and_salute(unit(line), date_span(line))) == [
        ("Brasília, March 22nd 1977", Role.DATELINE), ("Dear Hugo,", Role.SALUTE)]
    line = "Brasília, March 22nd 1977 Dear friends arrived in the morning."
    assert one_line.date_and_salute(unit(line), date_span(line)) is None


def test_a_line_then_its_precedence() -> None:
    assert parts(one_line.line_and_precedence(unit("To SOFIA To IVANOV EXTREMELY URGENT"))) == [
        ("To SOFIA To IVANOV", Role.LINE), ("EXTREMELY URGENT", Role.PRECEDENCE)]
    assert parts(one_line.line_and_precedence(unit("Cable Immediate"))) == [
        ("Cable", Role.FORM), ("Immediate", Role.PRECEDENCE)]
    for alone_or_a_sentence in ("TOP PRIORITY", "The matter is urgent", "Very Urgent"):
        assert one_line.line_and_precedence(unit(alone_or_a_sentence)) is None


def test_a_typed_name_in_parentheses_then_the_date() -> None:
    text = "(K. Menon) 12.3.59"
    assert parts(one_line.signer_and_date(unit(text), date_span(text))) == [
        ("(K. Menon)", Role.SIGNED), ("12.3.59", Role.DATELINE)]
    # a name in lower-case letters without parentheses is no signer by its look alone
    text = "K. Menon 12.3.59"
    assert one_line.signer_and_date(unit(text), date_span(text)) is None


def test_a_classification_then_the_date() -> None:
    text = "Strictly Confidential 4.10.79"
    assert parts(one_line.marking_and_date(unit(text), date_span(text))) == [
        ("Strictly Confidential", Role.CLASSIFICATION), ("4.10.79", Role.DATELINE)]
    # the date with its `On` (a Brazilian telegram's `Em`, translated)
    text = "CONFIDENTIAL On 23 of October of 1962"
    assert parts(one_line.marking_and_date(unit(text), date_span(text))) == [
        ("CONFIDENTIAL", Role.CLASSIFICATION), ("On 23 of October of 1962", Role.DATELINE)]
    # a place before the date, or words after it: no such pair
    for text in ("Moscow 4.10.79", "Strictly Confidential 4.10.79 Moscow", "On 4.10.79"):
        assert one_line.marking_and_date(unit(text), date_span(text)) is None


def test_a_classification_and_its_use_caveat_after_a_comma_are_one_marking() -> None:
    """`SECRET, FOR SPECIAL USE`: who may use the copy, printed with its classification;
    `Secret. Only copy` stays two markings."""
    assert one_line.marking_and_rest(unit("SECRET, FOR SPECIAL USE"), Role.DOCUMENT_NUMBER) is None
    assert parts(one_line.marking_and_rest(unit("Secret. Only copy"), Role.DOCUMENT_NUMBER)) == [
        ("Secret.", Role.CLASSIFICATION), ("Only copy", Role.CLASSIFICATION)]


def test_a_classification_qualified_by_its_degree_is_one_marking() -> None:
    """`Top Secret of Special Importance` (the Soviet and Romanian highest degree): one
    marking, not `Top Secret` and a second marking `of Special Importance`."""
    for line in ("Top Secret of Special Importance", "TOP SECRET OF SPECIAL IMPORTANCE"):
        assert one_line.marking_and_rest(unit(line), Role.DOCUMENT_NUMBER) is None


def test_an_address_then_the_documents_number_after_a_semicolon() -> None:
    line = "Addressed to the French Ministry of Foreign Affairs; No 998/1000"
    assert parts(one_line.line_then_number(unit(line), Role.LINE)) == [
        ("Addressed to the French Ministry of Foreign Affairs;", Role.LINE),
        ("No 998/1000", Role.DOCUMENT_NUMBER)]
    # a number in the line's own words, or alone, is no number after a line
    assert one_line.line_then_number(unit("Further to our telegram No 998"), Role.LINE) is None
    assert one_line.line_then_number(unit("No 998/1000"), Role.LINE) is None


def test_two_signers_side_by_side_sign_each() -> None:
    assert parts(one_line.signers_side_by_side(unit("Ferenc Szabo     Lajos Hajdu  "))) == [
        ("Ferenc Szabo", Role.SIGNED), ("Lajos Hajdu", Role.SIGNED)]
    # a name and its office in columns, or one name, are one signing line
    assert one_line.signers_side_by_side(unit("Ferenc Szabo     Ambassador of Hungary")) is None
    assert one_line.signers_side_by_side(unit("Ferenc Szabo")) is None


def test_a_short_sentence_of_the_form_then_the_list_on_its_line() -> None:
    """`Attention [Chen] Jiakang. Forward to: Wen Jin, Huang Hua, …`: the form's line, then
    whom the cable went to; a sentence with no list after it, or a list of two, is none."""
    line = "Attention [Chen] Jiakang. Forward to: Wen Jin, Huang Hua, Gong Peng, Xu Ying"
    first, listed = one_line.sentence_then_list(unit(line))
    assert (first.text, listed.text) == ("Attention [Chen] Jiakang.",
                                         "Forward to: Wen Jin, Huang Hua, Gong Peng, Xu Ying")
    for line in ("Attention [Chen] Jiakang. Forward to: Wen Jin, Huang Hua",
                 "We met the delegation of the party in the morning. It said: yes, no, maybe",
                 "Attention [Chen] Jiakang."):
        assert one_line.sentence_then_list(unit(line)) is None
