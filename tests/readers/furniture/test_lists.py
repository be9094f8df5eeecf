"""Distribution lists line by line: which lines open one, go on with it, end it, and how its
heading and items are told apart."""

from __future__ import annotations

import pytest
from tei_text import CLOSER, NS, converted_text, texts

from teikit.convert import convert_text
from teikit.readers.blocks import iter_blocks
from teikit.readers.furniture import lists
from teikit.readers.joining import make_units
from teikit.readers.units import Unit


def units(text: str) -> list[Unit]:
    return make_units(iter_blocks(text))


def parts(text: str) -> tuple[str | None, list[tuple[str | None, str]]]:
    head, items = lists.heading_and_items(units(text))
    return (head.plain.strip() if head else None,
            [(label, item.plain.strip()) for label, item in items])


@pytest.mark.parametrize(("source", "expected"), [
    ("Copies: Stalin (2), Molotov, Beria", ("Copies:", [
        (None, "Stalin (2),"), (None, "Molotov,"), (None, "Beria")])),
    ("Copies: Stalin (2), Malenkov,\nBulganin, File of 8th", ("Copies:", [
        (None, "Stalin (2),"), (None, "Malenkov,"), (None, "Bulganin,"), (None, "File of 8th")])),
    # (the order to distribute it, as its heading)
    ("Distribute to: Cdes. Khrushchev, Bulganin, Suslov", ("Distribute to:", [
        (None, "Cdes. Khrushchev,"), (None, "Bulganin,"), (None, "Suslov")])),
    ("Copies to Malenkov, Molotov, Gromyko.", ("Copies to", [
        (None, "Malenkov,"), (None, "Molotov,"), (None, "Gromyko.")])),
    ("Already transmitted to Provincial Committee, Fuzhou District, Military District", (
        "Already transmitted to", [(None, "Provincial Committee,"), (None, "Fuzhou District,"),
                                   (None, "Military District")])),
    ("Five copies printed\n1st - to Cde. Gromyko\n2nd - to file", ("Five copies printed", [
        ("1st -", "to Cde. Gromyko"), ("2nd -", "to file")])),
    ("CC:\n2x Far Eastern Department\n1x Embassy", ("CC:", [
        ("2x", "Far Eastern Department"), ("1x", "Embassy")])),
    # (several copies by their numbers from and to, stopped)
    ("Made in 18 copies:\n1-11. Members of the Political Committee\n12-14. Secretaries of the "
     "CC\n15. Foreign Department", ("Made in 18 copies:", [
         ("1-11.", "Members of the Political Committee"), ("12-14.", "Secretaries of the CC"),
         ("15.", "Foreign Department")])),
    # (whom a cable was delivered to, names after the label's colon)
    ("Delivered: President of the Republic, Kardelj, Ranković", ("Delivered:", [
        (None, "President of the Republic,"), (None, "Kardelj,"), (None, "Ranković")])),
    # (the posts a cable was relayed to)
    ("Relayed to: Permanent Mission to the United Nations, Havana, Moscow", ("Relayed to:", [
        (None, "Permanent Mission to the United Nations,"), (None, "Havana,"),
        (None, "Moscow")])),
    # (a letter's blind copy, its label closed by a stop)
    ("bcc. Administrateur Délégué", ("bcc.", [(None, "Administrateur Délégué")])),
    ("Excerpts have been sent (to):\nCdes. Yagoda, Agranov, Litvinov", (
        "Excerpts have been sent (to):", [
            (None, "Cdes. Yagoda,"), (None, "Agranov,"), (None, "Litvinov")])),
    ("Copy Nº 1 to Cde. Kádár\nCopy No. 2 to file", (None, [("Copy Nº 1", "to Cde. Kádár"),
                                                             ("Copy No. 2", "to file")])),
    ("1. Comr. Stalin\n2. Comr. Molotov", (None, [("1.", "Comr. Stalin"),
                                                   ("2.", "Comr. Molotov")])),
    # a number, its stop and a dash: the label is all three (the dash began the item)
    ("Four copies printed\n1 - Cde. Gromyko\n2. - Cde. Fedorenko\n3. – file", (
        "Four copies printed", [("1 -", "Cde. Gromyko"), ("2. -", "Cde. Fedorenko"),
                                ("3. –", "file")])),
    # recipients on the heading's line and under it, two columns run into one line
    ("Sent to: Comrade Biro Comrade Toth\nComrade Kiss Comrade Nagy", ("Sent to:", [
        (None, "Comrade Biro"), (None, "Comrade Toth"), (None, "Comrade Kiss"),
        (None, "Comrade Nagy")])),
    # two columns of recipients that the export ran into one line each
    ("Received by:\nComrade Ochab Comrade Zawadzki\nComrade Rapacki", ("Received by:", [
        (None, "Comrade Ochab"), (None, "Comrade Zawadzki"), (None, "Comrade Rapacki")])),
    ("Received by:\nCde. Kovacs and Cde. Nagy\nCde. Szabo", ("Received by:", [
        (None, "Cde. Kovacs and Cde. Nagy"), (None, "Cde. Szabo")])),
    # several copies to one place, the copies joined or a range
    ("Three copies printed\n1st - to the addressee\n2nd and 3rd to file", (
        "Three copies printed", [("1st -", "to the addressee"), ("2nd and 3rd", "to file")])),
    ("Four copies printed\n1-2 – to the addressees\n3 – to file", (
        "Four copies printed", [("1-2 –", "to the addressees"), ("3 –", "to file")])),
    ("Printed in 5 copies\n1-2 - Southeast Asia Department\n3 - to file", (
        "Printed in 5 copies", [("1-2 -", "Southeast Asia Department"), ("3 -", "to file")])),
    # the copies by their numbers, then where they went (no `to`)
    ("Printed: 3 copies\nCopy 1 and 2 addressee\nCopy 3 for the files", (
        "Printed: 3 copies", [("Copy 1 and 2", "addressee"), ("Copy 3", "for the files")])),
    # the labels the translator supplied, in brackets: each item keeps its own
    ("Three copies printed\n[1-2 -] to the addressees\n[3 - to the] NKVD Secretariat file", (
        "Three copies printed", [(None, "[1-2 -] to the addressees"),
                                 (None, "[3 - to the] NKVD Secretariat file")])),
    # the copies went by a list the page does not print
    ("25 copies printed\nDistributed according to a list", (
        "25 copies printed", [(None, "Distributed according to a list")])),
    # recipients parted by semicolons, a comma inside one; both where commas part them too
    ("Copy to: Foreign Secretary T. N. Kaul; Ambassador D. P. Dhar, Moscow", ("Copy to:", [
        (None, "Foreign Secretary T. N. Kaul;"), (None, "Ambassador D. P. Dhar, Moscow")])),
    ("Copies sent: Cde. A. A. Gromyko, Cde. V. V. Kuznetsov, to file", ("Copies sent:", [
        (None, "Cde. A. A. Gromyko,"), (None, "Cde. V. V. Kuznetsov,"), (None, "to file")])),
    ("c.c.: Cde. Fidel Castro Ruz; Cde. Raúl Castro Ruz; file", ("c.c.:", [
        (None, "Cde. Fidel Castro Ruz;"), (None, "Cde. Raúl Castro Ruz;"), (None, "file")])),
    ("To Cdes. Molotov, Vyshinsky, Voznesensky - all; Sokolovsky - point 3.", ("To", [
        (None, "Cdes. Molotov,"), (None, "Vyshinsky,"), (None, "Voznesensky - all;"),
        (None, "Sokolovsky - point 3.")])),
])
def test_heading_and_items(source: str, expected: tuple) -> None:
    assert parts(source) == expected


def test_dispatched_to_alone_over_numbered_readers_heads_their_list() -> None:
    """`Dispatched to:` / `1. Comrade President of the Republic` / …: whom the cable was sent
    on to (the label was a receipt, the first reader a line under it)."""
    root = converted_text(
        "I ask for instructions in this sense.\nVIDAKOVIĆ\nDispatched to:\n1. Comrade President "
        "of the Republic\n2. Comrade Kardelj\n3. IV Department\n", "October 28, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Dispatched to:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Comrade President of the Republic", "Comrade Kardelj", "IV Department"]


def test_a_subject_under_the_count_of_copies_is_no_copy() -> None:
    """`Written in 3 copies` / `Subject: The withdrawal …` over the text: the subject is no
    recipient of a copy (the two lines were a list)."""
    root = convert_text(
        "**March 22, 1958**\n\n**Report, Embassy of Hungary in North Korea to the Hungarian "
        "Foreign Ministry**\n\n**Original Language:** Hungarian\n\n"
        "Embassy of the Hungarian People’s Republic\nPyongyang\n\nTop Secret!\nNo. "
        "41/1958/top secret\nWritten in 3 copies\n\nSubject: The withdrawal of the Chinese "
        "People’s Volunteers; Comrade Zhou Enlai’s visit\n\nTo the Ministry of Foreign "
        "Affairs\n4th Political Department\nBudapest\n\nThe Chinese Embassy informed us that "
        "the last units of the volunteers will leave Korea by the end of October.\n\nKárpáti\n",
        enrich=False).tree.getroot()
    assert texts(root, "//t:list") == []


def test_delivered_alone_over_a_line_each_heads_whom_the_cable_went_to() -> None:
    """`VIDAKOVIĆ` / `Delivered:` / `President of the Republic` / `E. Kardelj` / …: the
    readers the cable was delivered to (the label was read as a receipt, the names as seven
    signers)."""
    root = converted_text(
        "I ask for instructions regarding the answer to the request in point 3.\nVIDAKOVIĆ\n"
        "Delivered:\nPresident of the Republic\nE. Kardelj\nA. Ranković\nArchive\n",
        "October 31, 1962")
    assert texts(root, "//t:closer/t:signed") == ["VIDAKOVIĆ"]
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Delivered:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "President of the Republic", "E. Kardelj", "A. Ranković", "Archive"]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_names_a_comma_apart_under_their_heading_may_end_on_the_file(between: str) -> None:
    """`Distribution:` / `Gomułka, Cyrankiewicz, …, Dept. III, a/a`: the list, the file last
    as Polish lists print it (`a/a`, ad acta); the names were lines of the closer."""
    root = converted_text(
        "We will send a more detailed report by the nearest diplomatic pouch, as soon as the "
        f"situation allows it.\n\nJELEŃ\n\nDistribution:{between}Gomułka, Cyrankiewicz, "
        "Zawadzki, Dept. III, a/a\n", "November 6, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Gomułka,", "Cyrankiewicz,", "Zawadzki,", "Dept. III,", "a/a"]


@pytest.mark.parametrize("copies", [
    "1 - Far Eastern Department of the USSR MFA; 2 - Department of the CC CPSU; 3 - to file",
    # (a comma before the next copy: it was the closer's dateline)
    "1 – Cde. A. A. Gromyko, 2 – Cde. Yu. V. Andropov, 3 – to file."])
def test_sent_over_copies_numbered_on_one_line_is_a_list(copies: str) -> None:
    """`Sent: 1 - Far Eastern Department of the USSR MFA; 2 - …; 3 - to file`: whom each copy
    went to (it was a line of the closer)."""
    root = converted_text(
        "The Korean comrades consider that the visit will strengthen the relations between the "
        f"parties.\n\nCounselor of the USSR Embassy in the DPRK\n\nSent: {copies}\n",
        "March 2, 1967")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Sent:"]
    assert len(texts(root, "//t:list[@type='distribution']/t:item")) == 3


def test_a_circulars_whole_address_on_its_line_is_whom_it_went_to() -> None:
    """`To the Guangxi Zhuang Autonomous Region Party Committee, the Yunnan and Guangdong
    Provincial Party Committees, …, the Ministry of Railways:` over the text: the bodies the
    circular went to, a distribution list (it was the text's salutation); an address to one
    body stays the salutation."""
    text = ("Since 7 February the American imperialists have been bombing the Democratic "
            "Republic of Vietnam, and the bombing has become regular.\n")
    root = converted_text(
        "Zhongfa (1965) No. 226\n\nTo the Guangxi Zhuang Autonomous Region Party Committee, the "
        "Yunnan and Guangdong Provincial Party Committees, the Party Committees of the Kunming "
        "and Guangzhou Military Regions, the Ministry of Public Security and the Ministry of "
        "Railways:\n\n" + text, "March 9, 1965")
    (listed,) = texts(root, "//t:opener//t:list[@type='distribution']")
    assert listed.startswith("To the Guangxi") and listed.endswith("Ministry of Railways:")
    root = converted_text("To the Guangxi Zhuang Autonomous Region Party Committee:\n\n" + text,
                          "March 9, 1965")
    assert texts(root, "//t:list") == []
    assert texts(root, "//t:opener/t:salute") == [
        "To the Guangxi Zhuang Autonomous Region Party Committee:"]


def test_a_list_in_parentheses() -> None:
    assert parts("(FYI: Kowalski, Nowak, Zielinski)") == ("(FYI:", [
        (None, "Kowalski,"), (None, "Nowak,"), (None, "Zielinski)")])
    assert lists.opens_list("(Copies to: Kowalski, Nowak, Zielinski)", None)


def test_which_lines_open_a_list() -> None:
    assert lists.opens_list("Copies: Stalin (2), Molotov, Malenkov, Beria, Mikoyan", None)
    assert not lists.opens_list("To: KRAJEWSKI, URGENT, EYES ONLY", None)
    assert lists.opens_list("Already transmitted to the Committee, the Bureau, the District",
                            None)
    assert not lists.opens_list("Transmitted to the Committee on 3 May", None)
    assert lists.opens_list("Distributed to:", "1. Cde. Stalin")
    assert not lists.opens_list("Distributed to:", "Comrade Stalin asked")
    assert lists.opens_list("To Yugoslav Embassy", "Washington, Havana, Mexico, Caracas")
    # the address over the copies' own list: no addressee more
    assert not lists.opens_list("To MID USSR URGENT", "Copies: Malenkov, Molotov, Voroshilov")
    assert lists.opens_list("Copy Nº 1 to Cde. Kádár", "Copy Nº 2 to Cde. Puja")
    assert not lists.opens_list("Copy Nº 1 to Cde. Kádár", "Received on 3 May")
    # where so many of the copies went, a line each
    assert lists.opens_list("Made in three copies", "two to the Center")
    assert lists.opens_list("Written: in 4 copies", "To Center: three copies")
    assert not lists.opens_list("Made in three copies", "Two weeks later the minister left.")
    assert lists.copies_go_on("Made in three copies", "one for the Embassy")
    assert not lists.copies_go_on("Made in three copies", "One to one talks were held.")


def test_what_ends_a_list() -> None:
    assert lists.starts_another("Recipients:")
    assert lists.starts_another("Three copies printed")
    assert lists.starts_another("Seen by")
    assert lists.heading_alone("To be seen by") and lists.heading_alone("Copies:")
    assert not lists.heading_alone("Copies: Stalin (2)")
    assert not lists.starts_another("2 copies to the addressee")
    assert lists.numbers_ended("3 – to the Secretariat’s file", "drafted by Cde. Mamulov")
    assert not lists.numbers_ended("3 – to file", "4 – to Cde. Beria")
    assert lists.left_open("Copies: Stalin (2), Malenkov, Beria,")
    assert not lists.left_open("Bulganin, Mikoyan, Khrushchev")
    assert lists.closed_on_its_line("Copies: Stalin (2)")
    assert not lists.closed_on_its_line("Copies: Stalin (2), Molotov,")


def test_lines_that_are_no_list_of_their_own() -> None:
    assert not lists.has_a_start("From BEIJING")
    assert not lists.has_a_start("drafted by Cde. Mamulov")
    assert lists.has_a_start("Distribution list - 11 copies: Stalin - 2, Molotov-1")
    assert lists.no_list_alone("Made in 3 copies")
    assert lists.no_list_alone("12 copies. ak")  # the typist's initials after the count
    assert lists.no_list_alone("2. Report back after the talks.")
    assert lists.no_list_alone("4 copies / 7 pages")  # how many copies, and of how many pages


def test_a_circulars_bodies_addressed_in_groups_a_semicolon_apart_are_its_list() -> None:
    """`To: Shanghai Bureau, Party committees of all provinces, …; all Central Committee
    Departments, …`: the circular's addressees, a distribution list, not one salutation."""
    root = converted_text(
        "CCP Central Committee Notice on the Current Situation\n\n(October 17, 1958)\n\nTo: "
        "Shanghai Bureau, Party committees of all provinces, cities, and autonomous regions; all "
        "Central Committee Departments, Ministries and Commissions, People’s Daily, and the "
        "Ministry of Foreign Affairs for forwarding to all embassies abroad:\n\nOur country's "
        "conflict with the United States has entered a new stage. Herewith is a notice on the "
        "situation of the struggle:\n", "October 17, 1958")
    assert not root.xpath("//t:salute", namespaces=NS)
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["To:"]
    assert texts(root, "//t:list[@type='distribution']/t:item")[0] == "Shanghai Bureau,"


_EXTRACT_TEXT = ("1. Satisfy the request of the government on providing assistance in the "
                 "training of specialists for work in the area of the peaceful use of atomic "
                 "energy.\n\n2. Confirm the draft of the instructions to the embassy in Beijing "
                 "as it is attached here.\n")


def test_comrades_listed_over_an_extract_without_their_to_are_its_list() -> None:
    """`Comrades Suslov, Molotov (MFA), …; CPSU CC Secretariat.` over an extract: whom it went
    to, its `To` not printed; under `Present [at the meeting]:`, who took part."""
    root = converted_text("Strictly Secret\n\nComrades Suslov, Molotov (MFA), V. Kuznetsov, "
                          "Yelutin, Rumyantsev; CPSU CC Secretariat.\n\nExtract from Protocol "
                          "No. 142 of the meeting of the CC Presidium.\n\n" + _EXTRACT_TEXT,
                          "August 22, 1955")
    assert texts(root, "//t:list[@type='distribution']/t:item")[:2] == [
        "Comrades Suslov,", "Molotov (MFA),"]
    root = converted_text("August 2, 1958, in Fengziyuan\n\nPresent [at the meeting]:\n\n"
                          "Cdes. Khrushchev, Malinovsky, Kuznetsov, Ponomarev, Antonov;\n\n"
                          "Cdes. Mao Zedong, Liu Shaoqi, Zhou Enlai, Zhu De, Peng Dehuai.\n\n"
                          + _EXTRACT_TEXT, "August 2, 1958")
    assert root.xpath("//t:list", namespaces=NS) == []
    assert "Cdes. Mao Zedong" in texts(root, "//t:opener")[0]


def test_a_sentence_that_opens_on_comrades_is_no_list() -> None:
    root = converted_text("Comrades Kim, Pak and Choe went to Moscow, where they met Stalin, "
                          "Molotov and Beria, and spoke about the war.\n\n" + _EXTRACT_TEXT,
                          "August 2, 1950")
    assert root.xpath("//t:list", namespaces=NS) == []
    assert texts(root, "//t:body//t:p")[0].startswith("Comrades Kim")


def test_comrades_each_titled_after_to_are_the_list() -> None:
    """`To Comrade Erdélyi, Comrade Kós, Comrade Várkonyi, Comrade Házi`: each addressee
    titled on his own, after one `To`."""
    root = converted_text("To Comrade Erdélyi, Comrade Kós, Comrade Várkonyi, Comrade Házi\n\n"
                          + _EXTRACT_TEXT, "November 14, 1967")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Comrade Erdélyi,", "Comrade Kós,", "Comrade Várkonyi,", "Comrade Házi"]


def test_whom_copies_went_to_with_no_name_printed_is_no_list() -> None:
    """`Copies distributed to Cdes.` and no name under it (the page does not print them): a
    line of the opener, not a list whose one item is its own heading; with names under it, the
    heading of their list."""
    text = ("\n\nPass the following reply of Filippov to Mao Zedong in response to his telegram "
            "of 21 October.\n")
    root = converted_text("TOP SECRET\n\nNº 15-G-1952\nCopies distributed to Cdes.\n"
                          "[draft follows on next page]" + text, "November 1, 1949")
    assert root.xpath("//t:list", namespaces=NS) == []
    assert "Copies distributed to Cdes." in " ".join(texts(root, "//t:opener"))
    root = converted_text("TOP SECRET\n\nNº 15-G-1952\nCopies distributed to Cdes.\n"
                          "Molotov, Beria, Malenkov" + text, "November 1, 1949")
    assert texts(root, "//t:list/t:head") == ["Copies distributed to Cdes."]
    assert texts(root, "//t:list/t:item") == ["Molotov,", "Beria,", "Malenkov"]


@pytest.mark.parametrize("line", ["Made in: 12 copies", "Written: in four copies",
                                  "Printed in 1 copy.", "Copied in 24 copies.",
                                  "Drafted in 3 copies:"])
def test_how_many_copies_were_made_is_a_count_alone(line: str) -> None:
    assert lists.COUNT_ONLY.match(line)


def test_which_copy_of_how_many_over_the_papers_title_is_no_list() -> None:
    """`5 copies, 2nd copy` / `Information` / `on the situation in the DPRK`: which copy this
    is, then the paper's title going on in lower case (`Information` was the list's item, the
    title's rest loose in the opener)."""
    root = converted_text("Ministry for State Security\nBerlin, 15 January 1984\nTop Secret!\n"
                          "5 copies, 2nd copy\nInformation\non the situation in the DPRK\n"
                          "According to reliable sources, the following trends were observed in "
                          "the country over the last months.\n", "January 15, 1984")
    assert not root.xpath("//t:list", namespaces=NS)
    assert texts(root, "//t:head") == ["Information on the situation in the DPRK"]


def test_copies_to_whoever_in_lower_case_go_on_under_the_copies_made() -> None:
    """`Made in 7 copies:` / `2 copies to the addressee` / `1 copy each to the embassies
    indicated` / `1 copy to file`: where the copies went, one list (the list ended after the
    first, the others paragraphs of the postscript)."""
    root = converted_text("By order of the Minister:\nGyula Reményi\nHead of Department\n\n"
                          "Made in 7 copies:\n2 copies to the addressee\n1 copy each to the "
                          "embassies indicated\n1 copy to file\n", "August 20, 1959")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "2 copies to the addressee", "1 copy each to the embassies indicated", "1 copy to file"]


def test_one_copy_printed_heads_the_list_of_where_it_went() -> None:
    assert lists.opens_list("Printed in 1 copy.", "1 - to Cde. Zhivkov")


def test_comrades_a_cable_was_sent_to_over_where_it_came_from_are_a_list() -> None:
    """`Sent to Cdes. Molotov, Beria, …` over `from SOCHI`: the sending's words made the line
    a dateline, then a docket; three comrades or more after `to Cdes.` are whom it went to."""
    root = converted_text("Sent to Cdes. Molotov, Beria, Malenkov, Mikoyan, and the 3rd Unit\n"
                          "from SOCHI\nsent at 0300 4 November 1945\n1. As is evident from the "
                          "materials the Czechoslovaks do not want to create a mixed company.\n",
                          "November 4, 1945")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:head") == ["Sent to"]
    assert len(root.xpath("//t:opener//t:list[@type='distribution']/t:item",
                          namespaces=NS)) == 5


def test_a_telegram_forms_destination_and_count_of_copies_are_no_list() -> None:
    """A Chinese Foreign Ministry telegram's form: `Sent to: India` is where it went (one
    place, nobody listed), `Copies Distributed: 62` how many copies, not to whom."""
    root = converted_text("Telegram From the Foreign Ministry\nSent to: India\nStatus: Regular\n"
                          "To the Embassy in India:\nWe have received your cable and agree with "
                          "the proposal that you made to us last week.\nCopies Distributed: 62\n",
                          "August 12, 1961")
    assert not root.xpath("//t:list", namespaces=NS)
    assert "Sent to: India" in " ".join(texts(root, "//t:opener"))
    # (a cable's form from another office: `Already Sent To: Mali`; two places)
    for line in ("Already Sent To: Mali", "Sent to: Egypt and Syria"):
        root = converted_text(f"Cable Sent by the General Bureau\n{line}\nDegree of Secrecy: "
                              "Secret\nTo the Embassy in Mali:\nWe have received your cable "
                              "and agree with the proposal that you made.\n", "April 26, 1963")
        assert not root.xpath("//t:list", namespaces=NS), line


def test_whom_copies_went_to_is_a_list_even_when_the_editor_left_it_out() -> None:
    """`Copied to: […]` in a Chinese telegram's form: whom copies went to, the names cut by the
    editor (`Copied by …` is the office's copy: a docket)."""
    root = converted_text("Cable from the Ministry of Foreign Affairs\nSent to: India\n"
                          "Dispatch No. 1108\nCopied to: […]\nTo the Embassy in India:\nWe "
                          "have received your cable and agree with the proposal that you made to "
                          "us last week.\n", "March 21, 1960")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Copied to:"]
    assert root.xpath("//t:list[@type='distribution']//t:gap", namespaces=NS)


def test_the_copies_printed_and_where_each_went_at_an_attaches_foot() -> None:
    """`Printed: 3 copies` / `Copy 1 and 2 – addressee` / `Copy 3 – for the files`: the count
    after its label, the copies' numbers without a sign; the ledger's number under them is the
    registry's."""
    root = converted_text(
        "Record\n\nThe military attaché received information on the factories that work for "
        "the army, and on those that can be switched to it.\n\nLt. Col. J. Załuska\n"
        "[signature]\nPrinted: 3 copies\nCopy 1 and 2 – addressee\nCopy 3 – for the files\n"
        "Number in typescript ledger: 16, 4 Feb.1968\n", "February 4, 1968")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Printed: 3 copies"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Copy 1 and 2 – addressee", "Copy 3 – for the files"]
    assert texts(root, "//t:note[@type='registry']") == [
        "Number in typescript ledger: 16, 4 Feb.1968"]


def test_the_first_copies_by_their_range_before_a_department_open_the_list() -> None:
    """`1-2 - Southeast Asia Department of the MFA USSR` under `Printed in 5 copies`: the
    copies' range, then where they went (no `to`), the list's first item as `3 - …` is."""
    root = converted_text(
        "Conclusions. In the opinion of the Embassy, Sihanouk will continue to manoeuvre "
        "between the great powers.\n\nAMBASSADOR OF THE USSR IN CAMBODIA\n\nS. KUDRYAVTSEV\n\n"
        "Printed in 5 copies\n\n1-2 - Southeast Asia Department of the MFA USSR\n\n3 - "
        "Department of the CC CPSU\n\n4 - Embassy of the USSR in the DRV\n\n5 - to file\n",
        "January 10, 1969")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Printed in 5 copies"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Southeast Asia Department of the MFA USSR", "Department of the CC CPSU",
        "Embassy of the USSR in the DRV", "to file"]


def test_a_stopped_copy_label_opens_the_list_however_few_it_names() -> None:
    """`c.c.p. [with copy to]: Under-Secretary of Foreign Relations` / `Embassy of Mexico in
    Washington` / `File`, and `c.c. Compañero Daniel Ortega S., Coordinator of the JGRN […]` /
    `File`: a copy's label heads the list (it was a line of the closer, and the body under it
    signed); the translator's English after the label is a gloss of it, in its item."""
    root = converted_text(
        "I avail myself of this opportunity to reiterate to you, Mr. Secretary, the assurances of "
        "my highest and most distinguished consideration.\n\nThe Chargé d'Affaires a.i.\n\n"
        "[signature]  \nAugusto Caballero Ledesma\n\nc.c.p. [with copy to]: Under-Secretary of "
        "Foreign Relations  \nEmbassy of Mexico in Washington  \nFile\n", "May 3, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["c.c.p. with copy to:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Under-Secretary of Foreign Relations", "Embassy of Mexico in Washington", "File"]
    root = converted_text(
        "I take this opportunity to reiterate to Your Excellency the assurances of my attentive "
        "and distinguished consideration.\n\nThe Ambassador\nGilberto Bosques\nGB/mlr.\n\n"
        "c.c.p. [with copy to] the Embassy of Mexico in Washington, D.C.\n\nc.c.p. the Permanent "
        "Mission of Mexico to the O.A.S.\n", "October 12, 1963")
    item = root.find(".//t:list[@type='distribution']/t:item", NS)
    assert item is not None and item.find("t:note[@type='editorial']", NS).text == "with copy to"
    root = converted_text(
        "By instruction of Compañero Minister D'Escoto, I ask you to request [an] audience with "
        "the Secretary of Foreign Relations.\nFraternally,\n[illegible signature]\nVíctor Hugo "
        "Tinoco\nVice-Minister\nc.c. Compañero Daniel Ortega S., Coordinator of the JGRN "
        "[Government Junta of National Reconstruction]\nFile\n", "January 12, 1983")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["c.c."]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Compañero Daniel Ortega S., Coordinator of the JGRN Government Junta of National "
        "Reconstruction", "File"]


def test_addressees_by_rank_and_office_under_to_are_a_list() -> None:
    """A Politburo resolution's addressees, a line each with rank and office (`TO: Gen. Ivan
    Mihailov, Member of Politburo` / `Gen. Dobri Djurov, Minister of Defense`); one addressee
    with an office is an address, and `TO:` over a sentence is none."""
    head = "TO: Gen. Ivan Mihailov, Member of Politburo"
    assert lists.opens_list(head, "Comrade Ivan Budinov, Minister of Foreign Trade")
    assert lists.titled_addressees(head, "Gen. Dobri Djurov, Minister of Defense")
    assert not lists.opens_list(head, "RESOLUTION “B” No 9")
    assert not lists.titled_addressees("To: the Embassy in Havana", "Gen. Dobri Djurov, Minister")
    root = converted_text(f"{head}\nComrade Ivan Budinov, Minister of Foreign Trade\n"
                          "Gen. Dobri Djurov, Minister of Defense\n\nThe Politburo agrees to "
                          "send a delegation to Cuba to sign the protocol.\n", "August 13, 1963")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Gen. Ivan Mihailov, Member of Politburo", "Comrade Ivan Budinov, Minister of Foreign "
        "Trade", "Gen. Dobri Djurov, Minister of Defense"]


def test_a_lists_label_the_translator_supplied_in_brackets() -> None:
    """`[Forward to] Zhang Vice-Minister’s Office, [Chen] Jiakang, …`: the form's label
    supplied, then the recipients, as after `Forward to:`."""
    assert parts("[Forward to] Zhang Vice-Minister’s Office, [Chen] Jiakang, Gong Peng") == (
        "[Forward to]", [(None, "Zhang Vice-Minister’s Office,"), (None, "[Chen] Jiakang,"),
                         (None, "Gong Peng")])
    assert not lists.opens_list("[Forward] the telegram to him, and to the others, at once", None)


@pytest.mark.parametrize(("last", "registry"), [("A .2503", ["A .2503"]), ("28.10", [])])
def test_a_files_code_ending_the_page_under_the_copies_is_no_recipient(
        last: str, registry: list[str]) -> None:
    """`A .2503` under whom a telegram went to, the page's last line: the file's code, the
    registry's; a day and month there (`28.10`) is no code."""
    root = converted_text(
        "Yesterday, the Cuban Ambassador brought a written statement from his government "
        "concerning the blockade measures.\n\nFederal Political Department\n\nCopy to:\n\n"
        f"- Mr. Minister Burckhardt\n\n- Mr. Minister Bindschedler\n\n{last}\n", "October 26, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Mr. Minister Burckhardt", "Mr. Minister Bindschedler"][: 2 if registry else None]
    assert texts(root, "//t:note[@type='registry']") == registry


def test_a_cable_forms_fields_of_who_did_what_are_no_list_and_its_number_is_the_documents() -> None:
    """`Read By:` left blank over `Approved By: Chen Zhongjing` on a Chinese cable form: two
    fields, no list of readers; `Committee Dispatch [19]64 No. 89` under them is the
    document's number."""
    root = converted_text(
        "Cable Sent by the Foreign Cultural Liaison Committee\n\nSent To:\n\nRead By:\n\n"
        "Approved By: Chen Zhongjing\n\nCommittee Dispatch [19]64 No. 89\n\n"
        "[To the] [Chinese] Embassy in Mali:\n\nThe Malian government asks that we send two "
        "experts in woodcarving and ivory to teach at its art institute this year.\n",
        "December 18, 1964")
    assert root.xpath("//t:list", namespaces=NS) == []
    assert texts(root, "//t:opener/t:note[@type='registry']") == [
        "Committee Dispatch 1964 No. 89"]


@pytest.mark.parametrize("line", ["Copy for Mister Ambassador Micheli", "Copy to Cde. Molotov"])
def test_whom_a_copy_goes_to_over_the_note_is_its_list(line: str) -> None:
    """`Copy for Mister Ambassador Micheli` heading a Swiss ministry's note, as `Copy to …`
    heads a Soviet one: whom the copy went to, a list of one."""
    root = converted_text(
        f"{line}\n\nBerne, November 20, 1962\n\nDuring our discussion the chief of the federal "
        "police mentioned the notifications the committee received about the inspections.\n",
        "November 20, 1962")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [line]


def test_the_copy_of_each_order_to_file_too_goes_on_with_the_copies_printed() -> None:
    """`Eight copies printed` / `1st copy – to Cde. I. V. Stalin` / … / `8th copy - to file`:
    the last copy, named by its order and sent to no comrade, was a paragraph after the list."""
    source = ("A TASS correspondent in Paris reports that the agency has received a secret "
              "instruction of the Minister.\nEight copies printed\n1st copy – to Cde. I. V. "
              "Stalin\n2nd copy – to Cde. V. M. Molotov\n3rd copy - to file\nOutgoing Nº 499ss\n")
    root = converted_text(source, "October 23, 1945")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "1st copy – to Cde. I. V. Stalin", "2nd copy – to Cde. V. M. Molotov",
        "3rd copy - to file"]


def test_a_run_of_addresses_to_office_holders_is_the_list_of_whom_it_went_to() -> None:
    """`To the Minister of Internal Affairs … Cde. Yakubov` / `To the Minister of State
    Security … Cde. Yemel’yanov`: each line an office and its holder, the several the report
    went to, each an item (no heading); one such line alone stays the address."""
    head = ("Directorate of the Border Troops of the District\n4 December 1946 L-15470 Baku\n"
            "Top Secret\n")
    report = ("According to information of the agent network of the Border Detachment a "
              "conference of the heads of the tribes was to be held in the city.\n")
    addresses = ("To the Minister of Internal Affairs of the Azerbaijan SSR General-Lieutenant "
                 "Cde. Yakubov\nTo the Minister of State Security of the Azerbaijan SSR "
                 "General-Major Cde. Yemel’yanov\n")
    root = converted_text(head + addresses + report, "December 4, 1946")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "To the Minister of Internal Affairs of the Azerbaijan SSR General-Lieutenant Cde. "
        "Yakubov", "To the Minister of State Security of the Azerbaijan SSR General-Major Cde. "
        "Yemel’yanov"]
    alone = converted_text(head + addresses.split("\n")[0] + "\n" + report, "December 4, 1946")
    assert texts(alone, "//t:list[@type='distribution']") == []


def test_a_letters_blind_copy_under_its_signature_is_a_list() -> None:
    """`bcc. Administrateur Délégué` under a letter's signature: whom a blind copy went to, the
    label closed by a stop as `cc:` is by a colon."""
    root = converted_text("Dear Senator Stevens,\n\nI sincerely hope that a solution can be "
                          "found to this problem and we are doing our utmost in this regard."
                          "\n\nYours sincerely,\n\nJuan Antonio SAMARANCH\n\n"
                          "bcc. Administrateur Délégué\n", "July 28, 1988")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["bcc."]
    assert texts(root, "//t:list[@type='distribution']/t:item") == ["Administrateur Délégué"]


def test_copies_each_labelled_by_a_stop_closed_label_are_one_list() -> None:
    """`c.c.p. Embassy of Mexico in Washington` / `c.c.p. Department of Political Affairs`
    under a Mexican ambassador's signature ("con copia para", copy for): one list, each item
    with its label; the lines were loose text in the closer."""
    root = converted_text("I take this opportunity to renew to Your Excellency the assurances "
                          "of my highest consideration.\n\nThe Ambassador\n\nGilberto Bosques"
                          "\n\nc.c.p. Embassy of Mexico in Washington  \nc.c.p. Department of "
                          "Political Affairs\n", "August 2, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:label") == ["c.c.p.", "c.c.p."]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Embassy of Mexico in Washington", "Department of Political Affairs"]
    assert lists.copy_labelled_alike("c.c.p. Embassy of Mexico", "c. c. p. Consulate in Miami")
    assert not lists.copy_labelled_alike("bcc. Administrateur Délégué", "c.c.p. Consulate")


def test_sent_to_alone_over_the_comrades_heads_their_list() -> None:
    """`Sent to` / `Cdes. Khrushchev` / `Kozlov` / … under an ambassador's journal: whom it
    went to, as under `Distributed to` (the heading was a docket, each name a signature); with
    an office after it on its line, `Sent to` is the office's docket."""
    closing = ("The conversation lasted 1 hour 50 minutes.\n\nUSSR AMBASSADOR IN THE PRC  \n"
               "S. CHERVONENKO\n\n{}\n")
    root = converted_text(closing.format("Sent to  \nCdes. Khrushchev  \nKozlov  \nSuslov  \n"
                                         "Gromyko"), "16 February 1961")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Sent to"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Cdes. Khrushchev", "Kozlov", "Suslov", "Gromyko"]
    assert not [signed for signed in texts(root, "//t:signed") if "Kozlov" in signed]
    office = converted_text(closing.format("Sent to the 8th Department of the General Staff "
                                           "16.2.61 at 05:10"), "16 February 1961")
    assert texts(office, "//t:list[@type='distribution']") == []


def test_the_comrades_title_before_the_headings_colon_is_the_headings() -> None:
    """`Distributed to Cdes.: Khrushchev, Bulganin, …` under a ciphered telegram: the list,
    one item a name (it was loose text in the closer, the copies' count under it a list)."""
    root = converted_text("I consider it necessary to report that both were very nervous."
                          "\nANDROPOV\nNo. 718\n29.X.56\nDistributed to Cdes.: Khrushchev, "
                          "Bulganin, Voroshilov, Suslov\n20 copies printed\n", "October 29, 1956")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Distributed to Cdes.:"]
    assert texts(root, "//t:list[@type='distribution']/t:item")[:4] == [
        "Khrushchev,", "Bulganin,", "Voroshilov,", "Suslov"]


def test_copies_made_then_where_each_went_after_a_dash_are_the_list() -> None:
    """`Prepared in 3 copies:` / `1 copy – Ministry of Foreign Affairs, …` / `1 copy – archive
    of the Embassy` under an Albanian chargé's signature: the count heads the list of where
    each copy went (it was a docket over loose lines)."""
    root = converted_text("At the end the ambassador asked whether our embassy had noticed any "
                          "change.\n\nChargé d’Affaires a.i.\n\nPetrit Lleshi\n\nPrepared in 3 "
                          "copies:\n\n1 copy – Ministry of Foreign Affairs, Directorate for Asia"
                          "\n\n1 copy – Comrade Ramiz Alia\n\n1 copy – archive of the Embassy\n",
                          "May 12, 1964")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Prepared in 3 copies:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "1 copy – Ministry of Foreign Affairs, Directorate for Asia",
        "1 copy – Comrade Ramiz Alia", "1 copy – archive of the Embassy"]
    # (a colon after the copy, as a Hungarian report's foot prints it; the registry's number
    # and its date in figures under the list, one entry)
    root = converted_text("We consider it useful that the Ministry should inform the Embassy."
                          "\n\nTibor Kelemen  \nAmbassador\n\nMade in 4 copies  \n1 copy: "
                          "Comrade Sík  \n1 copy: 4th Territorial Department  \n1 copy: Embassy"
                          "\n\n00128/1958  \n15.XI.58\n", "November 15, 1958")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "1 copy: Comrade Sík", "1 copy: 4th Territorial Department", "1 copy: Embassy"]
    assert texts(root, "//t:note[@type='registry']") == ["00128/1958 15.XI.58"]


def test_a_body_under_the_headings_line_of_names_is_one_more_item() -> None:
    """`Copies to: the Chairman, Liu [Shaoqi], …, Zhang Wentian` / `International Liaison
    Department` at a Chinese cable's foot: the body the last copy went to (it was a paragraph
    of its own), then how many copies were printed; a person's name under the line is not
    taken so."""
    root = converted_text("Please report on the reactions of the Korean side.\nForeign Ministry"
                          "\nCopies to: the Chairman, Liu [Shaoqi], Zhou [Enlai], Zhang Wentian  \n"
                          "International Liaison Department  \nPrinted 25 copies\n",
                          "August 30, 1956")
    assert texts(root, "//t:list[@type='distribution']/t:item")[-3:] == [
        "Zhang Wentian", "International Liaison Department", "Printed 25 copies"]
    assert lists.headed_names("Copies to: the Chairman, Liu, Zhou")
    assert not lists.headed_names("Copies to: the Chairman")


def test_a_circulars_posts_each_with_its_place_after_a_dash_are_its_list() -> None:
    """`To: Embassies of the FPRY – Washington, Havana, …` / `Legation of the FPRY –
    Montevideo` / `Permanent Mission of the FPRY to the UN – New York`: whom a Yugoslav circular
    went to (the heading's line alone was the list, the posts under it lines of the opener)."""
    root = converted_text(
        "VERY URGENT\nCIRCULAR\nTo: Embassies of the FPRY – Washington, Havana, Mexico\n"
        "Legation of the FPRY – Montevideo\nPermanent Mission of the FPRY to the UN – New York\n"
        "For information: Moscow, London, Paris\nThe American Ambassador informed the State "
        "Secretary today that the landing on the south coast of Cuba has failed.\n",
        "April 19, 1961")
    posts = root.xpath("//t:list[@type='distribution'][t:head='To:']", namespaces=NS)
    assert [texts(post, "t:item")[-2:] for post in posts] == [[
        "Legation of the FPRY – Montevideo",
        "Permanent Mission of the FPRY to the UN – New York"]]
    assert lists.posts_under_their_heading("To: Embassies – Washington, Havana",
                                           "Legation of the FPRY – Montevideo")
    assert not lists.posts_under_their_heading("To: Cde. Stalin", "Legation of FPRY – Montevideo")


def test_recipients_a_line_each_under_a_heading_naming_the_first_are_the_list() -> None:
    """`Copy to: Permanent Representation NATO Paris` / `Embassy Havana` / `Governor
    Willemstad` among a Dutch cable's opening lines: the list went on past the heading's line
    (the two lines under it were lines of the opener); where the cable came from is none."""
    root = converted_text("CODE TELEGRAM\nSecret\nCopy to: Permanent Representation NATO Paris  "
                          "\nEmbassy Havana  \nGovernor Willemstad\n\nQuarantine Cuba.\n\n"
                          "Yesterday evening Secretary of State Rusk received the ambassadors of "
                          "the NATO countries and informed them of the quarantine.\n",
                          "October 23, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Permanent Representation NATO Paris", "Embassy Havana", "Governor Willemstad"]


def test_copies_made_then_which_this_is_on_one_line_are_a_count_and_a_copys_number() -> None:
    """`9 copies printed. Copy Nº 3` under a ciphered telegram's registry entry: how many were
    made, then this copy's number (the line was a list of whom copies went to)."""
    root = converted_text("The Korean comrades asked for the weapons to be sent before the "
                          "summer.\nSHTYKOV\nNo. 412/sh\n5.5.49\n9 copies printed. Copy Nº 3\n"
                          "Copies: Stalin, Molotov, Malenkov\n", "May 5, 1949")
    assert texts(root, "//t:idno[@type='copy']") == ["Copy Nº 3"]
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Copies:"]
    assert lists.copy_after_count("9 copies printed. Copy Nº 3") == len("9 copies printed. ")
    assert lists.copy_after_count("9 copies printed. Copy to Cde. Stalin") is None


@pytest.mark.parametrize(("line", "head"), [
    ("TO: EMBASSIES IN WASHINGTON, MEXICO, HAVANA, CARACAS", "TO:"),
    ("Repeated for information to: Washington, Paris, London", "Repeated for information to:"),
    ("Copy: Embassies Havana, Colombo, Hanoi; Permanent Mission New York", "Copy:"),
])
def test_a_circulars_posts_on_the_headings_line_are_its_list(line: str, head: str) -> None:
    """A circular's posts named on one line after `TO:`, whom a telegram was repeated to for
    information, whom its copy went to: lists (they were lines of text); `Copy: Nº 3` is a
    copy's number."""
    root = converted_text(f"{line}\nThe conference opened today with the address of the "
                          "President of the Republic, who spoke for two hours.\n",
                          "September 10, 1973")
    assert texts(root, "//t:list[@type='distribution']/t:head") == [head]
    assert not lists.one_line_list("Copy: Nº 3, 4, 5")


def test_a_body_listed_as_the_one_above_it_began_is_one_more_item() -> None:
    """An information report's distributor, departments a line each: the last,
    `Main Department XX/8`, was taken for the report's signer (its figure looks like a
    cipher telegram's signature), or ended the list over `Source:`. Two words in common are
    no item under a sentence."""
    assert lists.begins_as_the_item_above("Main Department XX/AKG", "Main Department XX/8")
    assert not lists.begins_as_the_item_above("Main Department XX/AKG", "Main Department.")
    assert not lists.begins_as_the_item_above("Lieutenant General Mittig", "Lieutenant")
    for after in ("", "Source:\nInformal Collaborator \"Albert\"\n"):
        root = converted_text(
            "Activities of Groups\n\nThe groups have already attempted to enter the capital "
            "and gather intelligence on the border crossing.\n\nDistributor:\n"
            "Lieutenant General Mittig\nMain Department II\nMain Department XX/AKG\n"
            f"Main Department XX/8\n{after}", "August 13, 1981")
        assert texts(root, "//t:list[@type='distribution']/t:item")[-2:] == [
            "Main Department XX/AKG", "Main Department XX/8"]
        assert texts(root, "//t:signed") == []


def test_a_copies_list_whose_labels_the_translator_supplied() -> None:
    """`[1-2 -] to the addressees` / `[3 - to the] NKVD Secretariat file`: the list's items,
    their bracketed labels supplied (kept as brackets no rule claimed, the lines text)."""
    root = converted_text(
        "The losses of the rebels were three killed and one wounded.\n"
        "PEOPLE'S COMMISSAR OF INTERNAL AFFAIRS\nof the USSR\n[L. BERIA]\n"
        "Three copies printed\n[1-2 -] to the addressees\n[3 - to the] NKVD Secretariat file\n",
        "July 3, 1945")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "1-2 - to the addressees", "3 - to the NKVD Secretariat file"]
    assert texts(root, "//t:list/t:item/t:supplied") == ["1-2 -", "3 - to the"]


def test_copies_by_their_order_go_on_without_a_to_or_a_comrade() -> None:
    """`Distribution:` / `1st copy Comrade Ulbricht` / … / `5th copy ZAIG`, as the German
    `1. Expl. Genosse Ulbricht` is translated: a copy held by an office, no comrade named,
    was a paragraph under the list."""
    source = ("The information must not be used publicly because of source protection.\n\n"
              "Distribution:\n1st copy Comrade Ulbricht\n2nd copy ZAIG\n3rd copy Comrade "
              "Honecker\n4th copy: Department X\n")
    root = converted_text(source, "March 5, 1968")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "1st copy Comrade Ulbricht", "2nd copy ZAIG", "3rd copy Comrade Honecker",
        "4th copy: Department X"]
    assert root.xpath("//t:postscript/t:p", namespaces=NS) == []
    # several copies to one place (`4th-5th copy`: was a registry number under the list)
    root = converted_text(source.replace("4th copy", "4th-5th copy"), "March 5, 1968")
    assert texts(root, "//t:list[@type='distribution']/t:item")[-1] == (
        "4th-5th copy: Department X")
    assert root.xpath("//t:idno", namespaces=NS) == []


@pytest.mark.parametrize("line", [
    "Executed in 2 copies: 1 - to the addressee, 2 - to the file",
    "Printed in 2 copies. 1 - to the addressee, 2 - to the file"])
def test_the_copies_counted_and_numbered_on_one_line_are_a_headed_list(line: str) -> None:
    """The count, then each copy's number and where it went, on one line: the heading and an
    item per copy (it was loose text, or one item)."""
    root = converted_text("The information must not be used publicly because of source "
                          f"protection.\n\nI. IVANOV\n\n{line}\n", "March 5, 1968")
    assert texts(root, "//t:list[@type='distribution']/t:head") == [line.split(" 1 - ")[0]]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "to the addressee,", "to the file"]


def test_copies_labelled_cc_with_stops_under_a_signature_are_a_list_not_signed() -> None:
    """`Vice Minister` / `c.c.: Cde. Fidel Castro Ruz; …; file`: the copies' heading with
    its stops, the recipients parted by semicolons (the line was signed with the office)."""
    root = converted_text(
        "We consider it our duty to inform you about the situation in the country and the "
        "party.\n\nVice Minister\n\nc.c.: Cde. Fidel Castro Ruz; Cde. Raúl Castro Ruz; Cde. "
        "Osvaldo Dorticós; file\n", "June 9, 1962")
    assert texts(root, "//t:closer/t:signed") == ["Vice Minister"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Cde. Fidel Castro Ruz;", "Cde. Raúl Castro Ruz;", "Cde. Osvaldo Dorticós;", "file"]


def test_a_hands_note_under_a_list_closed_on_its_line_is_no_recipient() -> None:
    """`Copies: Malenkov, Molotov, Beria` / `[handwritten: Reported to Cde. Malenkov.
    30.III.53]`: the hand's note stands under the list, no item of it."""
    root = converted_text(
        "The Government of the DPRK has acquainted itself with the proposal and considers it "
        "timely.\n\nRAZUVAYEV\n\nCopies: Malenkov, Molotov, Beria\n[handwritten: Reported to "
        "Cde. Malenkov. 30.III.53]\n", "March 29, 1953")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Malenkov,", "Molotov,", "Beria"]
    assert texts(root, "//t:postscript//t:add[@hand]") == [
        "Reported to Cde. Malenkov. 30.III.53"]


def test_a_sentence_saying_where_copies_went_is_the_texts() -> None:
    """`Copies of this cable have been sent to [Japan’s] Embassy in Washington.`: a sentence
    of the cable, no list's heading."""
    root = converted_text(
        "The Cuban government has mobilized all its forces and the population is calm.\n\n"
        "Copies of this cable have been sent to [Japan’s] Embassy in Washington.\n",
        "October 26, 1962")
    assert root.xpath("//t:list", namespaces=NS) == []
    assert texts(root, "//t:body//t:p")[-1].startswith("Copies of this cable")


def test_copies_counted_for_each_recipient_a_blank_line_apart_are_one_list() -> None:
    """`Distribution:` / `1 copy Cde. Hegen` / `1 copy Department South and Southeast Asia` /
    `1 copy Embassy`, a blank line after each: one list (only the first was an item, the
    others paragraphs)."""
    root = converted_text(
        "The Vietnamese comrades asked for an increase of the deliveries of equipment this "
        "year.\n\nBertsch\n\nDistribution:\n\n1 copy Cde. Hegen\n\n1 copy Department South and "
        "Southeast Asia\n\n1 copy Embassy\n", "June 9, 1968")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "1 copy Cde. Hegen", "1 copy Department South and Southeast Asia", "1 copy Embassy"]


_REPORT = ("The Spanish colony of Santiago has suffered no harm, and the Consul reports that "
           "calm has returned to the city.\n\n")


@pytest.mark.parametrize(("closing", "head", "items"), [
    # the bodies a copy went to, a line each under the heading, no blank line between
    ("THE AMBASSADOR\n\n[signature] /Fernando de Urquijo/\n\nCopies to:\nEmbassy of Spain in "
     "Washington\nConsulate of Spain in Santiago de Cuba\n", "Copies to:",
     ["Embassy of Spain in Washington", "Consulate of Spain in Santiago de Cuba"]),
    # the heading without its colon
    ("G. F. Solari\n\nDistributed to\nCabinet of the Minister\nDirectorate-General of Political "
     "Affairs, Office VI\nEmbassy in Washington\nEmbassy in Havana\n", "Distributed to",
     ["Cabinet of the Minister", "Directorate-General of Political Affairs, Office VI",
      "Embassy in Washington", "Embassy in Havana"]),
    # the original's word for the heading in brackets before its colon
    ("RAPACKI\n\nDistribution list [rozdzielnik]: Gomułka, Cyrankiewicz, Zawadzki, Dept. I, "
     "file\n", "Distribution list rozdzielnik:",
     ["Gomułka,", "Cyrankiewicz,", "Zawadzki,", "Dept. I,", "file"]),
])
def test_bodies_under_a_heading_and_a_glossed_heading_are_lists(
        closing: str, head: str, items: list[str]) -> None:
    root = converted_text(_REPORT + closing, "August 4, 1953")
    assert texts(root, "//t:list[@type='distribution']/t:head") == [head]
    assert texts(root, "//t:list[@type='distribution']/t:item") == items
    assert not any(item in " ".join(texts(root, "//t:signed")) for item in items)


def test_one_recipient_on_the_headings_line_then_the_others_a_line_each() -> None:
    """`c.c.: Vice-Minister Pelegrín Torras` / `Department of Africa and the Middle East,
    MINREX` / `Archive`: the list goes on under its line (the two bodies signed)."""
    root = converted_text("I informed Cde. Mengistu of the arrival of the group of advisers at "
                          "Dire Dawa. He asked that this information not be made public.\n"
                          "Rogelio Santana Ferrer\nAmbassador\nc.c.: Vice-Minister Pelegrín "
                          "Torras\nDepartment of Africa and the Middle East, MINREX\nArchive\n",
                          "January 30, 1978")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Vice-Minister Pelegrín Torras", "Department of Africa and the Middle East, MINREX",
        "Archive"]
    assert texts(root, "//t:signed") == ["Rogelio Santana Ferrer Ambassador"]


def test_an_address_with_its_place_under_it_is_no_list() -> None:
    """`To: Cde. Stalin` / `Moscow`: the address and the place under it, not two recipients."""
    root = converted_text("To: Cde. Stalin\nMoscow\nThe Chinese comrades have asked us to report "
                          "on the talks, which were held in a friendly atmosphere yesterday.\n",
                          "May 1, 1950")
    assert "Moscow" not in texts(root, "//t:list[@type='distribution']/t:item")


def test_a_circulars_embassies_are_its_distribution() -> None:
    """`To the Embassies in: Havana, New Delhi, …`: whom the circular telegram went to."""
    root = converted_text("CIRCULAR TELEGRAM\nTo the Embassies in: Havana, New Delhi, Colombo, "
                          "Algiers\n1. The meeting of the Coordinating Bureau confirmed that the "
                          "draft of the Final Declaration will be the basis of the work.\n"
                          "VRHOVEC\n", "June 12, 1979")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Havana,", "New Delhi,", "Colombo,", "Algiers"]


def test_a_headings_original_word_in_brackets_keeps_its_items_under_it() -> None:
    """`Recipients [Nơi nhận]:` / `– Comrade Kaysone` / …, a blank line after every line: the
    heading, its original word in brackets, heads the list (the recipients signed)."""
    root = converted_text("We ask you to inform us of the decisions of your Party on these "
                          "questions as soon as possible.\n\nWith communist greetings,\n\n"
                          "Lê Văn Thân\n\nRecipients [Nơi nhận]:\n\n– Comrade Kaysone\n\n"
                          "– Comrade Souphanouvong\n", "April 22, 1963")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "– Comrade Kaysone", "– Comrade Souphanouvong"]
    assert texts(root, "//t:signed") == ["With communist greetings, Lê Văn Thân"]


@pytest.mark.parametrize("head", ["Printed and distributed:", "Printed and sent to:"])
def test_a_cables_signer_its_date_and_whom_it_was_printed_and_distributed_to(head: str) -> None:
    """`Foreign Ministry` / `2 July 1961` / `Printed and distributed: Chairman, [Liu] Shaoqi,
    …` under a relayed message: the date is the cable's, the list its copies (the date was a
    bare date, the list a line of text; `Printed and sent to:` was the closer's loose text)."""
    root = converted_text(
        "Please deliver the following message from Premier Zhou to Premier Kim Il Sung at "
        "once.\n\"Respected Comrade Kim Il Sung:\nI was very glad to receive your letter of 28 "
        "June.\nWith cordial regards,\nZhou Enlai\n2 July 1961, Beijing\"\nForeign Ministry\n"
        f"2 July 1961\n{head} Chairman, [Liu] Shaoqi, Zhu [De], file\n",
        "July 2, 1961")
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:closer/t:dateline") == ["2 July 1961"]
    assert texts(root, "//t:list[@type='distribution']/t:head") == [head]


def test_the_bodies_a_circular_goes_to_a_line_each_are_its_list() -> None:
    """`To all embassies and offices of the chargé d’affaires,` / `the Consulates-General in
    Jakarta and Rangoon,` / `the Xinhua News Agency offices abroad:`: the several it was sent
    to, a list (it was one salutation)."""
    root = converted_text(
        "Copy No. 17\nTo all embassies and offices of the chargé d’affaires,\nthe "
        "Consulates-General in Jakarta and Rangoon,\nthe Xinhua News Agency offices abroad:\n"
        "(1) On 5 August United States aircraft bombed Hongji and other places in the "
        "Democratic Republic of Vietnam. All posts should study the statement at once.\n",
        "August 7, 1964")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "the Consulates-General in Jakarta and Rangoon,",
        "the Xinhua News Agency offices abroad:"]
    assert texts(root, "//t:opener/t:salute") == []
    # (the posts' kind alone, then the countries they are in, the last line on the colon)
    root = converted_text(
        "Urgent\nCable No. (67)-0129\nTo the Embassies in\nKorea, Vietnam, Albania, Romania,\n"
        "the Soviet Union and Mongolia:\nOn 27 January Counsellor Kang Yeong-seop of the Korean "
        "Embassy in China called on the First Asia Department and handed over a note.\n",
        "January 29, 1967")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "Korea, Vietnam, Albania, Romania,", "the Soviet Union and Mongolia:"]
    assert texts(root, "//t:opener/t:salute") == []


def test_whom_a_cable_was_delivered_to_is_its_list() -> None:
    """`Delivered to: Comrade President [Tito], Comrades Kardelj, …` under a Yugoslav cable's
    signature: the readers it went to (it was a docket)."""
    root = converted_text("The situation in the city remains tense.\n\nSOLDATIĆ\n\nDelivered "
                          "to: Comrade President [Tito], Comrades Kardelj, Ranković, Popović\n",
                          "November 5, 1956")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Delivered to:"]
    assert texts(root, "//t:list[@type='distribution']/t:item")[2:] == [
        "Ranković,", "Popović"]
    assert texts(root, "//t:note[@type='docket']") == []


def test_bodies_listed_with_their_article_under_the_heading_and_a_footnote_under_them() -> None:
    """`Copies to:` / `the Cabinet Secretary` / `the Embassy in Vienna` / `AB Atomenergi`
    under a Swedish memorandum's signature, a footnote and a hand's note at the foot: the list
    (its lines were a paper attached to the memorandum, the footnote counted as its text, and
    the hand's `Seen. Ö.U. 20/3` a registry's number)."""
    root = converted_text(
        "Mr. Cole said that the Secretariat intends to submit to the Board of Governors a first "
        "draft of the principles of the control system.\n\nI referred to our reply[1] to the "
        "questionnaire.\n\nStockholm, 18 March 1959\n\nBertil Falck\n\nCopies to:\nthe Cabinet "
        "Secretary\nthe Embassy in Vienna\nAB Atomenergi\n\n[1] The Swedish reply of 12 January "
        "1959 is not in the file.\n\n[Handwritten:]\nSeen. Ö.U. 20/3\n", "March 18, 1959")
    assert root.xpath("//t:floatingText", namespaces=NS) == []
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "the Cabinet Secretary", "the Embassy in Vienna", "AB Atomenergi"]
    assert texts(root, "//t:note[@type='registry']") == []
    assert texts(root, "//t:add") == ["Seen. Ö.U. 20/3"]


def test_the_paper_made_in_copies_then_each_copy_by_its_number() -> None:
    """`Protocol made in 3 copies:` / `Copy No. 1 – Cde. S. Kania` / … under a Politburo
    protocol: the count heads the list of where each copy went (each copy's line was a
    registry's number)."""
    root = converted_text("The meeting closed at 8 p.m.\n\nRecorded by: Z. Wroński\n\nProtocol "
                          "made in 3 copies:  \nCopy No. 1 – Cde. S. Kania  \nCopy No. 2 – Cde. "
                          "K. Barcikowski  \nCopy No. 3 – General Department of the CC\n",
                          "October 29, 1980")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Protocol made in 3 copies:"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Copy No. 1 – Cde. S. Kania", "Copy No. 2 – Cde. K. Barcikowski",
        "Copy No. 3 – General Department of the CC"]
    assert texts(root, "//t:note[@type='registry']") == []


def test_copies_by_their_numbers_from_and_to_are_items_of_the_list() -> None:
    """`Made in 18 copies:` / `1-11. Members of the Political Committee` / `12-14. Secretaries of
    the CC` / …, a blank line after each: one list (it ended after its first item, the next
    ranges read as registry's numbers)."""
    root = converted_text("The Political Committee is asked to take note of the report.\n\nMade "
                          "in 18 copies:\n\n1-11. Members of the Political Committee\n\n12-14. "
                          "Secretaries of the CC\n\n15. Foreign Department of the CC\n\n16-18. "
                          "Ministry of Foreign Affairs\n", "December 12, 1981")
    assert texts(root, "//t:list[@type='distribution']/t:label") == [
        "1-11.", "12-14.", "15.", "16-18."]
    assert texts(root, "//t:note[@type='registry']") == []


def test_a_department_by_its_number_and_the_file_end_the_comrades_list() -> None:
    """`Distributed to:` / `Cde. Malenkov` / … / `1st Far East Department` / `to file` over the
    registry's number: the department and the file are the list's last items (they were
    paragraphs of the postscript)."""
    root = converted_text("The restoration of industry is going ahead.\n\nAMBASSADOR\nS. SUZDALEV\n"
                          "\nDistributed to:\nCde. Malenkov\nCde. Molotov\nCde. Gromyko\n1st Far "
                          "East Department\nto file\nNo. 112/ss\n12.II.54\n", "February 12, 1954")
    assert texts(root, "//t:list[@type='distribution']/t:item")[-2:] == [
        "1st Far East Department", "to file"]


def test_offices_and_bodies_in_capitals_with_their_places_go_on_with_the_copies() -> None:
    """`Copies to:` / `Swiss Embassy, Washington` / `Swiss Observer to the United Nations, New
    York` / `Division of Foreign Affairs, Political Section West`: three items (the list
    ended after the first, the others paragraphs of the postscript)."""
    root = converted_text("Please accept the assurance of my highest consideration.\n\nThe Swiss "
                          "Ambassador:\n\n[signature]  \nE. Stadelhofer\n\nCopies to:  \nSwiss "
                          "Embassy, Washington  \nSwiss Observer to the United Nations, New York  "
                          "\nDivision of Foreign Affairs, Political Section West\n",
                          "November 2, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Swiss Embassy, Washington", "Swiss Observer to the United Nations, New York",
        "Division of Foreign Affairs, Political Section West"]


def test_posts_where_they_are_in_lower_case_go_on_with_the_copies() -> None:
    """`Copies to:` / `Prime Minister` / … / `posts at Bonn, London, Paris, Moscow and Havana`:
    the posts the copies went to, in lower case, the list's last item (it was a paragraph)."""
    root = converted_text("I shall report on the reactions tomorrow.\n\nSCHÜRMANN\n\nCopies "
                          "to:\nPrime Minister\nMinister of Defence\nposts at Bonn, London, "
                          "Paris, Moscow and Havana\n", "October 23, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Prime Minister", "Minister of Defence", "posts at Bonn, London, Paris, Moscow and Havana"]


def test_the_posts_kind_on_the_heading_then_their_places_under_it() -> None:
    """`Copy to: Embassies` / `Beijing, Hanoi, Moscow, New Delhi` over a Yugoslav telegram's
    text: the places are the list's (they were loose text of the opener)."""
    root = converted_text("Coded telegram\nPhnom Penh, 18 March 1970\nCopy to: Embassies\n"
                          "Beijing, Hanoi, Moscow, New Delhi, Jakarta, Paris\nToday at a joint "
                          "session of both houses of parliament the head of state was deprived of "
                          "his function by a unanimous vote.\n", "March 18, 1970")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Embassies", "Beijing, Hanoi, Moscow, New Delhi, Jakarta, Paris"]


def test_a_recipient_with_a_remark_in_parentheses_and_copies_by_number_under_a_heading() -> None:
    """`Embassy in Washington (by pouch)` ending a list of offices (it was a paragraph of the
    postscript); `Distribution:` / `Copy No. 1 – Minister`, a blank line after each line: the
    copies are the list's items (they were registry's numbers)."""
    root = converted_text("The talks will go on in Geneva.\n\nDistribution:\nMinister\n"
                          "Under-Secretary\nDepartment of Eastern Europe\nEmbassy in Washington "
                          "(by pouch)\n", "May 12, 1960")
    assert texts(root, "//t:list[@type='distribution']/t:item")[-1] == (
        "Embassy in Washington (by pouch)")
    root = converted_text("The consulate will report further.\n\nConsul General\n\nJ. Novák\n\n"
                          "Distribution:\n\nCopy No. 1 – Minister\n\nCopy No. 2 – 3rd Territorial "
                          "Department\n\nCopy No. 3 – Consulate General, file\n", "May 12, 1972")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Copy No. 1 – Minister", "Copy No. 2 – 3rd Territorial Department",
        "Copy No. 3 – Consulate General, file"]


def test_names_parted_by_dashes_after_the_lists_heading_are_its_items() -> None:
    """`Distributed to: President of the Republic – President of the Council – Minister – …` on
    one line under the signature: the list, an item for each (it was a line of the closer); a
    dash inside a sentence makes no list."""
    source = ("Ball added that Khrushchev, in his opinion, has chosen a retreat because the local "
              "superiority of the United States was overwhelming.\n\nFENOALTEA\n\n"
              "Distributed to: President of the Republic – President of the Council – Minister "
              "– Secretary General – Ministry of Defence\n")
    root = converted_text(source, "October 29, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Distributed to:"]
    assert len(texts(root, "//t:list[@type='distribution']/t:item")) == 5
    assert not lists.one_line_list("Copies to: the Minister – who asked for them – today")


def test_two_comrades_an_extract_went_to_with_their_points_are_its_list() -> None:
    """`To Cdes. Andropov, Gromyko – all; Administration of Affairs of the CC – item 3`: two
    comrades are few for a list by their number, but the dash and `all` (or the point) after
    them are how an extract names whom it went to."""
    root = converted_text("TOP SECRET\n\nNo. St-58/17s\nTo Cdes. Andropov, Gromyko – all; "
                          "Administration of Affairs of the CC – item 3\nExtract from protocol "
                          "No. 58 of the meeting of the Secretariat of the CC\n\n" + _EXTRACT_TEXT,
                          "May 14, 1958")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["To"]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Cdes. Andropov, Gromyko – all;", "Administration of Affairs of the CC – item 3"]
    root = converted_text("To Comrade Gromyko – for his information.\n\n" + _EXTRACT_TEXT,
                          "May 14, 1958")
    assert root.xpath("//t:list", namespaces=NS) == []


def test_whom_a_soviet_telegram_was_sent_to_and_to_be_distributed_to_are_lists() -> None:
    """`Sent: Cdes. Khrushchev, Kozlov, …` under the signature, `To be distributed to: Cdes.
    Brezhnev L. I., …`: whom the paper went to; `Sent: 12.5.62 03:00` is when it went."""
    assert parts("Sent: Cdes. Khrushchev, Kozlov, Mikoyan") == ("Sent:", [
        (None, "Cdes. Khrushchev,"), (None, "Kozlov,"), (None, "Mikoyan")])
    # (how many copies the first had after his name: it was the closer's text)
    assert parts("Sent: Cdes. Stalin – 2, Molotov, Beria, to file") == ("Sent:", [
        (None, "Cdes. Stalin – 2,"), (None, "Molotov,"), (None, "Beria,"), (None, "to file")])
    assert parts("To be distributed to: Cdes. Brezhnev L. I., Kosygin A. N.") == (
        "To be distributed to:", [(None, "Cdes. Brezhnev L. I.,"), (None, "Kosygin A. N.")])
    assert not lists.has_a_start("Sent: 12.5.62 03:00")
    assert not lists.has_a_start("Sent: Pyongyang, 12.5.62 03:00")
    root = converted_text("I consider it advisable to publish a statement of the Soviet "
                          "government today.\n17.IV.61   KUDRYAVTSEV\nSent: Khrushchev, Bulganin, "
                          "Molotov, file\n", "April 17, 1961")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Khrushchev,", "Bulganin,", "Molotov,", "file"]


def test_a_recipient_with_its_offices_in_parentheses_is_one_item() -> None:
    assert parts("Distribution: Chairman, Liu, the Ministry of Foreign Affairs (Minister, Vice "
                 "Ministers, Asia Department), the General Staff") == ("Distribution:", [
        (None, "Chairman,"), (None, "Liu,"),
        (None, "the Ministry of Foreign Affairs (Minister, Vice Ministers, Asia Department),"),
        (None, "the General Staff")])


_CABLE_TEXT = ("The delegation arrived in Hanoi on the 12th and was received by Premier Pham "
               "Van Dong.\n")


def test_the_copies_printed_under_the_names_are_the_lists_last_line() -> None:
    """`Distribution: Chairman, Liu, …` / `Printed 25 copies`: the count under the names, with
    or without a colon, is the list's; under copies each numbered, a docket of its own."""
    root = converted_text(_CABLE_TEXT + "\nDistribution: Chairman, Liu, Zhou, Zhu\n"
                          "Printed 25 copies\n", "August 14, 1964")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Chairman,", "Liu,", "Zhou,", "Zhu", "Printed 25 copies"]
    assert lists.COUNT_ONLY.match("Printed 25 copies")
    root = converted_text(_CABLE_TEXT + "\nCopies:\n1. Minister of Foreign Relations\n"
                          "2. Embassy File\n3 copies\n", "August 14, 1964")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Minister of Foreign Relations", "Embassy File"]
    assert texts(root, "//t:note[@type='docket']") == ["3 copies"]
    # (the office's file number under the count, its year in parentheses: no copy of a list)
    root = converted_text(_CABLE_TEXT + "\nDistribution: Chairman, Liu, Zhou, Zhu\n"
                          "Printed 25 copies\n(56) Wai Ji Zi No. 1394\n", "August 14, 1964")
    assert texts(root, "//t:list[@type='distribution']/t:item")[-1] == "Printed 25 copies"
    assert texts(root, "//t:note[@type='registry']") == ["(56) Wai Ji Zi No. 1394"]


def test_a_circulars_posts_under_to_alone_and_whom_a_cable_is_reported_to_are_lists() -> None:
    """`To:` / `Embassies in Pyongyang, Moscow, … and Hanoi` over a circular (a salute and a
    line of text), and `Report to: Premier [Zhou Enlai], …` under a cable."""
    root = converted_text("Foreign Ministry\n\nTo:\nEmbassies in Pyongyang, Moscow and Hanoi\n\n"
                          "The Volunteers will withdraw in three stages before the end of the "
                          "year.\n\n"
                          "Foreign Ministry\n\nReport to: Premier, Vice Premier Chen [Yi], the "
                          "General Staff\n", "May 1, 1958")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["To:", "Report to:"]
    assert texts(root, "//t:opener//t:list/t:item") == ["Embassies in Pyongyang, Moscow and Hanoi"]


@pytest.mark.parametrize("head", ["Submitted to:", "Reported to:"])
def test_whom_a_cable_is_submitted_to_under_its_signer_and_date_is_a_list(head: str) -> None:
    """`Embassy in Indonesia` / `14 December 1959` / `Submitted to: Chairman, Liu [Shaoqi],
    Zhou [Enlai], …`: the leaders the cable was put before (a line of its closer)."""
    root = converted_text("The pressure from the army remains the main problem.\n\n"
                          f"Embassy in Burma\n14 May 1960\n{head} Chairman, Liu [Shaoqi], "
                          "Zhou [Enlai], Deng [Xiaoping]\n", "May 14, 1960")
    assert texts(root, "//t:list[@type='distribution']/t:head") == [head]
    assert len(root.xpath("//t:list[@type='distribution']/t:item", namespaces=NS)) == 4


def test_whom_the_paper_is_to_be_distributed_to_on_its_line_is_a_list_of_one() -> None:
    """`To be distributed to: the members and candidate members of the Politburo and …` under
    the signature: one item, no comma (it was a line of the closer)."""
    root = converted_text("The congress confirmed the line of the party.\n\nHEAD OF THE "
                          "DELEGATION:\nM. Balev\n\nTo be distributed to: the members and "
                          "candidate members of the Politburo and the secretaries of the CC of "
                          "the BCP\n", "October 21, 1980")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "the members and candidate members of the Politburo and the secretaries of the CC of the "
        "BCP"]


def test_a_chinese_cables_readers_bodies_and_count_of_copies_are_one_list() -> None:
    """`Printed: Chairman, Liu, Zhu, …` (the names a comma apart, not `Printed: 38 copies`) /
    `International Liaison Department, Asia Department of the Ministry …` (the bodies besides,
    a comma apart) / `(24 copies printed)`: one list (they were a paragraph and a docket)."""
    root = converted_text(_CABLE_TEXT + "\nPrinted: Chairman, Liu, Zhu, Chen Yun, Deng\n"
                          "International Liaison Department, Asia Department of the Ministry of "
                          "Foreign Affairs\n(24 copies printed)\n", "August 27, 1960")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Printed:"]
    assert texts(root, "//t:list[@type='distribution']/t:item")[-2:] == [
        "International Liaison Department, Asia Department of the Ministry of Foreign Affairs",
        "(24 copies printed)"]
    assert lists.COUNT_ONLY.match("(24 copies printed)")
    assert lists.COUNT_ONLY.match("Printed: 38 copies")


def test_sent_alone_over_where_each_copy_went_is_the_closers_list() -> None:
    """`AMBASSADOR OF THE USSR IN THE PRC` / `/P. YUDIN/` / `Sent:` / `to Cde. A. A. Gromyko
    (copy 1)` / … / `to file (copy 4)` / `Nº 318 - 12.VIII.57`: the signature, the list of where
    the copies went, the paper's number and day (the lines were so many that the closer was
    taken for the text's notes, each a paragraph)."""
    root = converted_text("The conversation lasted about two hours. Embassy Counselor A. S. "
                          "Kalinin was present.\nAMBASSADOR OF THE USSR IN THE PRC\n/P. YUDIN/\n"
                          "Sent:\nto Cde. A. A. Gromyko (copy 1)\nto Cde. N. T. Fedorenko (copy 2)"
                          "\nto the CPSU CC Department (copy 3)\nto file (copy 4)\n"
                          "Nº 318 - 12.VIII.57\n", "August 12, 1957")
    assert texts(root, "//t:closer/t:signed") == ["AMBASSADOR OF THE USSR IN THE PRC",
                                                   "/P. YUDIN/"]
    assert texts(root, "//t:list[@type='distribution']/t:item")[-1] == "to file (copy 4)"
    assert texts(root, "//t:note[@type='registry']") == ["Nº 318 - 12.VIII.57"]


def test_a_circulars_posts_addressed_on_one_line_are_its_list() -> None:
    """`To the Embassies in Pakistan, Afghanistan, …, and the Office of the Chargé d'Affaires
    in Britain:`: the posts the circular went to, after the words that address them (it was a
    salutation)."""
    root = converted_text(
        "Ministry of Foreign Affairs\nTo the Embassies in Pakistan, Afghanistan, Nepal, Burma "
        "and Algeria, and the Office of the Chargé d'Affaires in Britain:\nOur note to the "
        "Indian government has been published in full. When foreigners ask about our attitude, "
        "you may explain it according to the following points.\n", "September 18, 1965")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:head") == [
        "To the Embassies in"]
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "Pakistan,", "Afghanistan,", "Nepal,", "Burma and Algeria,",
        "and the Office of the Chargé d'Affaires in Britain:"]
    assert texts(root, "//t:opener/t:salute") == []


def test_a_circulars_party_bodies_a_semicolon_apart_on_one_line_are_its_list() -> None:
    """`To all central bureaus; the Party committees of all provinces, …; the General Political
    Department …:`: each body a semicolon apart, the first in the address (it was a
    salutation)."""
    root = converted_text(
        "To all central bureaus; the Party committees of all provinces, municipalities and "
        "autonomous regions; the General Political Department of the Military Commission:\n"
        "On 16 July the Soviet government notified our Embassy that it had decided to recall "
        "all Soviet experts working in China.\n", "July 25, 1960")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "To all central bureaus;",
        "the Party committees of all provinces, municipalities and autonomous regions;",
        "the General Political Department of the Military Commission:"]
    assert texts(root, "//t:opener/t:salute") == []


def test_a_circulars_bureaus_named_first_on_one_line_are_its_list() -> None:
    """`To the bureaus of the Central Committee, the Party committees of all provinces, …:`:
    the bodies the notice went to, the bureaus named before whose they are (it was a
    salutation)."""
    root = converted_text(
        "To the bureaus of the Central Committee, the Party committees of all provinces, "
        "municipalities and autonomous regions, the General Political Department:\nOn 16 July "
        "the Soviet government notified our Embassy that it had decided to recall all Soviet "
        "experts working in China.\n", "July 25, 1960")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item")[0] == (
        "To the bureaus of the Central Committee,")
    assert texts(root, "//t:opener/t:salute") == []


def test_one_embassy_addressed_is_no_list() -> None:
    """`To the Embassy in Korea:`: one post, the address (no list)."""
    root = converted_text("To the Embassy in Korea:\nPlease inform the Korean comrades of our "
                          "decision on the question of the delegation at once.\n",
                          "May 3, 1961")
    assert texts(root, "//t:list[@type='distribution']/t:item") == []


def test_the_first_line_of_posts_going_on_under_it_heads_the_list() -> None:
    """`To the Embassies in Burma, Nepal, …, Pakistan,` / `Afghanistan, …` / `and to the
    Embassy in India:`: the posts go on past the line's comma, to the colon; the first line's
    countries alone are not the list."""
    root = converted_text(
        "Ministry of Foreign Affairs\nTo the Embassies in Burma, Nepal, Ceylon, Cambodia, "
        "Indonesia, Pakistan,\nAfghanistan, the United Arab Republic, Ghana, Guinea, Mali and "
        "Morocco,\nand to the Embassy in India:\n1. The Government statement of 21 November "
        "has been broadcast, and our frontier guards will cease fire along the entire "
        "border.\n", "November 21, 1962")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:head") == [
        "To the Embassies in Burma, Nepal, Ceylon, Cambodia, Indonesia, Pakistan,"]
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "Afghanistan, the United Arab Republic, Ghana, Guinea, Mali and Morocco,",
        "and to the Embassy in India:"]
    assert texts(root, "//t:opener/t:salute") == []


def _address_and_text(source: str, date_text: str) -> tuple[list[str], str]:
    """A circular's address as the list it converts to, item by item, and the text's first
    paragraph under it."""
    root = converted_text(source, date_text)
    return (texts(root, "//t:opener//t:list[@type='distribution']/t:item"),
            texts(root, "//t:body/t:div/t:p")[0])


def test_the_posts_going_on_past_the_first_lines_comma_are_no_text() -> None:
    """`[To the] Embassies in Vietnam, …, Afghanistan,` / `Albania, …, Congo (Brazzaville),` /
    `and the Offices of the Chargé d'Affaires in Britain and the Netherlands:`, and `To: All
    Embassies and Consulates abroad,` / `[and] the Xinhua News Agency branches abroad:`: the
    address goes on to its colon, one list, none of it the text's first paragraph."""
    items, first = _address_and_text(
        "Circular Telegram\nUrgent\nSecret\n(70) Bu Fa Dian No. 0327\n[To the] Embassies in "
        "Vietnam, Korea, Laos, Pakistan, Nepal, Ceylon, Afghanistan,\nAlbania, Romania, "
        "Yugoslavia, France, Tanzania, Guinea, Mali, Congo (Brazzaville),\nand the Offices of "
        "the Chargé d'Affaires in Britain and the Netherlands:\n(1) On 18 March the Lon Nol "
        "clique, with the support of the American imperialists, staged a coup d'état in Phnom "
        "Penh and announced the \"deposition\" of Prince Sihanouk as Head of State. Prince "
        "Sihanouk arrived in Beijing from Moscow on the 19th and was welcomed at the airport by "
        "Premier Zhou.\n(2) Our government continues to regard Prince Sihanouk as the only "
        "legitimate Head of State of Cambodia. Before [our] government issues a public "
        "statement, the embassies should not comment on the events. If asked by [foreign] "
        "journalists or officials, [you] may say only that the Chinese people firmly support the "
        "just struggle of the Cambodian people.\n(3) Report promptly [by cable] the reactions of "
        "the governments, parties and press of [your] host countries.\n", "March 21, 1970")
    assert items == [
        "Albania, Romania, Yugoslavia, France, Tanzania, Guinea, Mali, Congo (Brazzaville),",
        "and the Offices of the Chargé d'Affaires in Britain and the Netherlands:"]
    assert first.startswith("(1) On 18 March")
    root = converted_text(
        "Classification: Secret\nOutgoing Telegram (Circular)\n(78) Ministry Telegram No. 0517\n"
        "To: All Embassies and Consulates abroad,\n[and] the Xinhua News Agency branches "
        "abroad:\nSince the beginning of this year the Vietnamese authorities have stepped up "
        "the expulsion of Chinese residents.\nReport any important reactions promptly.\n",
        "May 26, 1978")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "All Embassies and Consulates abroad,", "and the Xinhua News Agency branches abroad:"]
    assert texts(root, "//t:opener/t:salute") == []


def test_a_circulars_posts_a_semicolon_apart_each_a_paragraph_are_its_list() -> None:
    """`To all Embassies, Legations and Consulates-General abroad;` / `the Offices of the Chargé
    d’Affaires …;` / `the Xinhua News Agency branch offices abroad:`, each line a paragraph of
    its own: the circular's address, the kinds of post a semicolon apart (they were the text's
    first paragraphs)."""
    items, first = _address_and_text(
        "Ministry of Foreign Affairs\nCircular Telegram\nExtra Urgent\n\nTo all Embassies, "
        "Legations and Consulates-General abroad;\n\nthe Offices of the Chargé d’Affaires in "
        "Britain and the Netherlands;\n\nthe Xinhua News Agency branch offices abroad:\n\nAt "
        "3:00 p.m. Beijing time on 16 October, our country successfully exploded its first "
        "atomic bomb.\n\n1. Each post should immediately deliver the text of the Government "
        "Statement to the foreign ministry of the host country.\n", "October 16, 1964")
    assert items == [
        "the Offices of the Chargé d’Affaires in Britain and the Netherlands;",
        "the Xinhua News Agency branch offices abroad:"]
    assert first.startswith("At 3:00 p.m.")


def test_an_address_of_posts_without_its_to_opening_the_text_is_its_list() -> None:
    """`All embassies, legations and offices of the chargé d'affaires abroad,` / `all consulates
    general and consulates,` / `and copied to the Xinhua News Agency branches abroad:` under the
    cable's number: the circular's address, no `To` before it, the second line in lower case,
    the third naming whom a copy went to; not the text's first paragraph."""
    items, first = _address_and_text(
        "Ministry of Foreign Affairs\nCircular Telegram\nExtra Urgent\nTop Secret\n(64) Bu Dian "
        "Zi No. 1016\nAll embassies, legations and offices of the chargé d'affaires abroad,\nall "
        "consulates general and consulates,\nand copied to the Xinhua News Agency branches "
        "abroad:\nAt 15:00 on 16 October our country successfully exploded its first atomic "
        "bomb. The statement of the Government has been broadcast by the Xinhua News Agency.\n"
        "(1) Ambassadors and chargés d'affaires should ask to call on the head of state or the "
        "foreign minister of the host country and hand over the statement.\n", "October 17, 1964")
    assert items == [
        "All embassies, legations and offices of the chargé d'affaires abroad,",
        "all consulates general and consulates,",
        "and copied to the Xinhua News Agency branches abroad:"]
    assert first.startswith("At 15:00 on 16 October")


def test_posts_a_line_each_under_a_copy_heading_with_one_are_its_items() -> None:
    """`Copy to: Embassy Washington` / `Embassy Mexico` / `Permanent Mission of the SFRY to the
    UN – New York` / `Re: our telegram …`: each post a copy went to, the longest too (it was a
    line of the opener, the list ending on the second)."""
    root = converted_text(
        "Coded telegram\nSending: Havana\nNo. 41187\nSTRICTLY CONFIDENTIAL\nTo: DSIP – IV "
        "department\nCopy to: Embassy Washington\nEmbassy Mexico\nPermanent Mission of the SFRY "
        "to the UN – New York\nRe: our telegram No. 37 of 4.II.\n1. Yesterday at noon the Cuban "
        "government cut off the supply of water to the American base at Guantanamo.\nVUKOVIĆ\n",
        "February 7, 1964")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Embassy Washington", "Embassy Mexico",
        "Permanent Mission of the SFRY to the UN – New York"]


def test_copies_numbered_without_their_sign_go_on_with_the_count() -> None:
    """`Made in 14 copies.` / `Copies 1-10: to the addressees` / `Copy 11: Comrade Puja` /
    `Copy 12: 5th Territorial Department` / …: each copy's line, its number without `Nº`, is an
    item of the list the count heads (from the twelfth they were paragraphs)."""
    root = converted_text(
        "The embassies in Beijing and in Hanoi should report daily on the reactions of the "
        "diplomatic corps and of the local press.\n\nPuja\n\nMade in 14 copies.\n\nCopies 1-10: "
        "to the addressees\n\nCopy 11: Comrade Puja\n\nCopy 12: 5th Territorial Department\n\n"
        "Copy 13: Press Department\n\nCopy 14: File\n", "February 17, 1979")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Made in 14 copies."]
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Copies 1-10: to the addressees", "Copy 11: Comrade Puja",
        "Copy 12: 5th Territorial Department", "Copy 13: Press Department", "Copy 14: File"]


def test_the_places_of_posts_named_for_whose_they_are_end_without_a_colon() -> None:
    """`To the Embassies of the Hungarian People’s Republic in` / `Moscow, Berlin, …, Havana` /
    `and to the Embassies in Beijing and Pyongyang`, the place and date under them: the posts'
    places, one list, though no colon ends it."""
    root = converted_text(
        "No. 00387/1/1975\nCIRCULAR TELEGRAM\nTo the Embassies of the Hungarian People’s "
        "Republic in\nMoscow, Berlin, Warsaw, Prague, Sofia, Bucharest, Ulan Bator, Hanoi, "
        "Havana\nand to the Embassies in Beijing and Pyongyang\nBudapest, 7 May 1975\nComrade "
        "Kim Il Sung paid an official friendly visit to the PRC from 18 to 26 April at the "
        "invitation of the CC of the CCP.\n", "May 7, 1975")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:head") == [
        "To the Embassies of the Hungarian People’s Republic in"]
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item") == [
        "Moscow, Berlin, Warsaw, Prague, Sofia, Bucharest, Ulan Bator, Hanoi, Havana",
        "and to the Embassies in Beijing and Pyongyang"]
    assert texts(root, "//t:opener/t:dateline") == ["Budapest, 7 May 1975"]


def test_whose_posts_over_a_line_of_their_places_are_the_circulars_list() -> None:
    """`To the Embassies of the Hungarian People's Republic` / `Beijing, Pyongyang, Ulaanbaatar,
    Hanoi, Moscow, …`, no `in` between: the posts, then their places, one list (they were
    lines of the opener)."""
    root = converted_text(
        "Top Secret!\nCircular No. 001233/3/1967\nTo the Embassies of the Hungarian People's "
        "Republic\nBeijing, Pyongyang, Ulaanbaatar, Hanoi, Moscow, Berlin, Prague, Warsaw\n"
        "Subject: Chinese-Korean relations\nAccording to the reports of our embassies in "
        "Beijing and Pyongyang, relations between the PRC and the DPRK have deteriorated.\n",
        "March 3, 1967")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:head") == [
        "To the Embassies of the Hungarian People's Republic"]
    assert " ".join(texts(root, "//t:opener//t:list[@type='distribution']/t:item")) == (
        "Beijing, Pyongyang, Ulaanbaatar, Hanoi, Moscow, Berlin, Prague, Warsaw")


_CIRCULARS_TEXT = (
    "(1) On the morning of 2 March, Soviet frontier troops intruded onto Zhenbao Island, which "
    "lies on the Chinese side of the main channel of the Ussuri River, and opened fire on our "
    "frontier guards, who were compelled to return fire in self-defence.\n(2) Explain our "
    "position to the government and the press of the country where you are stationed, and "
    "report their reactions promptly by cable.\n")


@pytest.mark.parametrize(("address", "items"), [
    # (the posts under their address, a line each, no colon ending them)
    ("To: All embassies and offices of the chargé d'affaires abroad\nEmbassies in Albania, "
     "Romania, Vietnam, Korea, Pakistan, Cambodia, Tanzania and other countries\nOffices of the "
     "Chargé d'Affaires in the United Kingdom and the Netherlands\n",
     ["All embassies and offices of the chargé d'affaires abroad",
      "Embassies in Albania, Romania, Vietnam, Korea, Pakistan, Cambodia, Tanzania and other "
      "countries", "Offices of the Chargé d'Affaires in the United Kingdom and the Netherlands"]),
    # (no `To`: the posts left open on their commas, to the colon)
    ("Embassies in the Soviet Union, Mongolia, [North] Korea and Vietnam,\nEmbassies in Poland, "
     "Czechoslovakia, Hungary, Romania, Bulgaria, Albania and the German Democratic Republic,\n"
     "[Copied to] the Xinjiang and Inner Mongolia Foreign Affairs Offices:\n",
     ["Embassies in the Soviet Union, Mongolia, North Korea and Vietnam,",
      "Embassies in Poland, Czechoslovakia, Hungary, Romania, Bulgaria, Albania and the German "
      "Democratic Republic,",
      "Copied to the Xinjiang and Inner Mongolia Foreign Affairs Offices:"]),
    # (`To:` alone over the posts; they were paragraphs)
    ("To:\nEmbassies in Pyongyang, Moscow, Ulan Bator and Hanoi;\nEmbassies in Warsaw, Prague, "
     "Berlin, Budapest, Bucharest, Sofia and Tirana\n\n",
     ["Embassies in Pyongyang, Moscow, Ulan Bator and Hanoi;",
      "Embassies in Warsaw, Prague, Berlin, Budapest, Bucharest, Sofia and Tirana"]),
])
def test_a_circulars_posts_a_line_each_are_its_list(address: str, items: list[str]) -> None:
    """A circular's address naming its posts a line each (`Embassies in …`, `Offices of the
    Chargé d'Affaires in …`), under `To:` or its first line left open: one list."""
    listed, first = _address_and_text(
        f"Outgoing Telegram of the Ministry of Foreign Affairs\nExtra Urgent\nTop Secret\nBu Fa "
        f"Tong (69) No. 0047\n{address}{_CIRCULARS_TEXT}", "March 3, 1969")
    assert listed == items
    assert first.startswith("(1) On the morning")


def test_a_circulars_posts_on_the_to_line_go_on_with_its_missions_under_it() -> None:
    """`TO: EMBASSIES IN WASHINGTON, …, PARIS AND BONN` / `PERMANENT MISSIONS TO THE UNITED
    NATIONS (NEW YORK) AND TO THE OAS (WASHINGTON)`: the missions are more of the posts (the
    list was closed on its line, and they a line of the opener)."""
    root = converted_text(
        "MINISTRY OF FOREIGN RELATIONS AND WORSHIP\nCIPHERED TELEGRAM\nCIRCULAR No. 87\nSECRET\n"
        "IMMEDIATE\nBuenos Aires, 10 September 1973, 18:40 hours\nTO: EMBASSIES IN WASHINGTON, "
        "MEXICO, HAVANA, CARACAS, BRASILIA, LIMA, SANTIAGO, LA PAZ, ASUNCIÓN, MONTEVIDEO, MADRID, "
        "ROME, PARIS AND BONN\nPERMANENT MISSIONS TO THE UNITED NATIONS (NEW YORK) AND TO THE OAS "
        "(WASHINGTON)\n[handwritten: also to Belgrade and Algiers by pouch]\n1. Fourth Conference "
        "[of] Heads of State or Government [of] Non-Aligned Countries, held [in] Algiers from 5 "
        "to 9 [September], admitted [the] Argentine delegation.\n", "September 10, 1973")
    assert texts(root, "//t:list[@type='distribution']/t:item")[-1] == (
        "PERMANENT MISSIONS TO THE UNITED NATIONS (NEW YORK) AND TO THE OAS (WASHINGTON)")


def test_the_posts_heading_on_its_colon_heads_the_places_under_it() -> None:
    """`To the embassies of the ČSSR in:` / `Moscow, Beijing, …, Belgrade` / `INFORMATION`: the
    posts' heading ends on its colon and the places under it are the list (the heading was a
    salutation, and the places a line of the opener)."""
    root = converted_text(
        "MINISTRY OF FOREIGN AFFAIRS\nPrague, 20 January 1967\nČ.j. 021.247/67-3\nSTRICTLY "
        "SECRET\nPrinted in 24 copies\nCopy No. 17\nTo the embassies of the ČSSR in:\nMoscow, "
        "Beijing, Hanoi, Pyongyang, Ulaanbaatar, Berlin, Warsaw, Budapest, Sofia, Bucharest, "
        "Belgrade\nINFORMATION\non the development of the internal situation in the PRC in "
        "December 1966 and January 1967\nFor the orientation of the heads of missions we give "
        "the following summary of the reports of the Embassy in Beijing.\n", "January 20, 1967")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:head") == [
        "To the embassies of the ČSSR in:"]
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item")[-1] == "Belgrade"
    assert texts(root, "//t:opener/t:salute") == []


def test_whom_an_extract_went_to_and_what_each_got_is_its_list_with_its_stop() -> None:
    """`To Cdes. Rusakov, Petrovsky – all; Ministry of Finance of the USSR – point 2.` over the
    extract: whom it went to, however long a body's name before what it got (it was the
    text's first paragraph)."""
    root = converted_text(
        "Not for publication\nSecret\nCOMMUNIST PARTY OF THE SOVIET UNION. CENTRAL COMMITTEE\n"
        "No. St-52/14s 14 May 1968\nTo Cdes. Rusakov, Petrovsky – all; Ministry of Finance of the "
        "USSR – point 2.\nExtract from protocol No. 52 of the session of the Secretariat of the "
        "CC\nOn the reception in the USSR of a group of cadres of the Vietnam Workers' Party for "
        "treatment and rest.\n1. To satisfy the request of the CC of the Vietnam Workers' Party "
        "and to receive in the USSR a group of 120 party and state workers of the DRV.\n",
        "May 14, 1968")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item")[-1] == (
        "Ministry of Finance of the USSR – point 2.")


@pytest.mark.parametrize(("second_line", "last_item"), [
    ("Zverev – point 4.", "Zverev – point 4."),
    ("Zverev, Kumykin – points 2, 3.", "Kumykin – points 2, 3."),
    ("Gromyko, Kabanov – [points] 1, 2.", "Kabanov – points 1, 2.")])
def test_an_extracts_list_by_point_goes_on_past_the_semicolon_ending_its_line(
        second_line: str, last_item: str) -> None:
    """`To Cdes. Malenkov, …, Vyshinsky – all;` / `Zverev – point 4.`: the semicolon leaves
    the list open, and the next line, whom and a dash and the points, is its item (it was a
    line of the opener after the list); the extract's title under it is none."""
    root = converted_text(
        "TOP SECRET\n\nNo. P73/247\n13.III.50\n\nTo Cdes. Malenkov, Tevosyan, Saburov, "
        f"Menshikov, Kumykin, Vyshinsky – all;  \n{second_line}\n\nExtract from Protocol No. 73 "
        "of the Meeting of the Politburo of the CC VKP(b)\n\n" + _EXTRACT_TEXT, "March 13, 1950")
    items = texts(root, "//t:list[@type='distribution']/t:item")
    assert items[-1] == last_item
    assert "Vyshinsky – all;" in items
    assert lists.by_point_goes_on("Vyshinsky – all;", second_line)
    assert not lists.by_point_goes_on("Vyshinsky – all.", second_line)
    assert not lists.by_point_goes_on(
        "Vyshinsky – all;", "Extract from Protocol No. 73 of the Meeting of the Politburo")


def test_comrades_a_semicolon_apart_before_the_dash_and_what_they_got_are_the_list() -> None:
    """`To Cdes. Medvedev, Shevardnadze; Rakhmanin – everything` over an extract: the list,
    though its semicolon stands before the dash (it was a line of the opener)."""
    root = converted_text(
        "TOP SECRET\n\nNo. St-39/21gs\n30.X.1986\n\nTo Cdes. Medvedev, Shevardnadze; Rakhmanin "
        "– everything\n\nExtract from Protocol No. 39 of the Meeting of the Secretariat of the "
        "CC CPSU\n\n" + _EXTRACT_TEXT, "October 30, 1986")
    assert texts(root, "//t:list[@type='distribution']/t:item")[-1] == "Rakhmanin – everything"


@pytest.mark.parametrize(("line", "items"), [
    # (`Print and …`, the order to print, as `Printed and …` reports it done)
    ("Print and distribute to: Chairman [Mao Zedong], Comrades Liu Shaoqi, Zhu De; file (1)", 4),
    # (two recipients, each with how many copies he had in parentheses)
    ("Copies sent to: International Liaison Department of the Central Committee (2); Inner "
     "Mongolia Autonomous Region Party Committee (1)", 2)])
def test_whom_copies_went_to_on_the_headings_line_under_the_date(line: str, items: int) -> None:
    """Under the embassy's name and the date, whom the report was printed for on one line: the
    list (it was loose text of the closer)."""
    root = converted_text(
        "Our press should not report on this matter. Whether this is appropriate, please "
        f"instruct.\n\nEmbassy in Mongolia\n\n20 June 1962\n\n{line}\n", "June 20, 1962")
    assert len(texts(root, "//t:list[@type='distribution']/t:item")) == items


@pytest.mark.parametrize("line", [
    "To be circulated to: Cdes. Khrushchev N.S., Brezhnev L.I., Kozlov F.R., Kosygin A.N.",
    "Sent out to: Cdes. Khrushchev, Bulganin, Voroshilov, Kaganovich, Malenkov",
    "Extract sent to: Comrades P. Mladenov, A. Lukanov, K. Tellalov, the Ministry",
    # (the posts a cable was repeated to)
    "Repeated: Moscow, Washington, Tokyo, Hong Kong"])
def test_more_headings_of_whom_the_paper_went_to_head_a_list(line: str) -> None:
    """(each was loose text of the closer)"""
    root = converted_text(
        "Our press should not report on this matter. Whether this is appropriate, please "
        f"instruct.\n\nEmbassy in Mongolia\n\n20 June 1962\n\n{line}\n", "June 20, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:head") == [line.split(": ")[0] + ":"]


def test_a_copy_by_its_order_going_to_a_department_by_its_order_is_one_more_item() -> None:
    """`2nd copy – 1st Territorial Department` under `1st copy – Comrade Minister`: one more
    item (it was a paragraph under the list)."""
    root = converted_text(
        "Our press should not report on this matter.\n\nK. Rybář\n\nDistribution:  \n1st copy "
        "– Comrade Minister  \n2nd copy – 1st Territorial Department  \n3rd copy – Embassy file\n",
        "June 20, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "1st copy – Comrade Minister", "2nd copy – 1st Territorial Department",
        "3rd copy – Embassy file"]


def test_the_points_a_recipient_got_stay_in_its_item_and_their_word_is_supplied() -> None:
    """`To Cdes. Khrushchev, …, Kaganovich – all; Gromyko, Kabanov – [points] 1, 2.`: the
    comma between the points' figures parts no recipients (`2.` was an item of its own), and
    `[points]` before them is the word supplied, no gesture (it was a stage direction)."""
    root = converted_text(
        "COMMUNIST PARTY OF THE SOVIET UNION. CENTRAL COMMITTEE\nNo. P122/XXIV\nTo Cdes. "
        "Khrushchev, Bulganin, Molotov, Mikoyan, Kaganovich – all; Gromyko, Kabanov – [points] "
        "1, 2.\nExtract from protocol No. 122 of the meeting of the Presidium of the CC CPSU of "
        "2 June 1955\nXXIV. Question of the USSR MFA.\n1. To approve the draft of the telegram "
        "to the Soviet Ambassador in Hanoi.\n", "June 2, 1955")
    items = texts(root, "//t:opener//t:list[@type='distribution']/t:item")
    assert items[-2:] == ["Gromyko,", "Kabanov – points 1, 2."]
    assert texts(root, "//t:list//t:supplied") == ["points"]


def test_the_texts_numbered_lines_going_on_after_a_numbered_paragraph_are_no_list() -> None:
    """`1. Engineer Rigoberto Almaguer Peña, head of the delegation` / `2. Engineer Manuel
    Arteaga Soler` / …, the members a note asks visas for, between its paragraphs: the text's
    numbered lines, each a paragraph as the first is (the others were a list of copies)."""
    root = converted_text(
        "The Ministry of Foreign Relations presents its compliments to the Honourable Embassy "
        "of the Argentine Republic and has the honour to refer to the Agreement on Economic "
        "Cooperation.\n\nIn this connection the Ministry has the honour to request that entry "
        "visas be granted to the following members of the delegation:\n\n1. Engineer Rigoberto "
        "Almaguer Peña, head of the delegation\n\n2. Engineer Manuel Arteaga Soler\n\n3. "
        "Lic[enciada] Bárbara Quesada Ruiz\n\n4. Mr. Orestes Lugo Hernández, interpreter\n\nThe "
        "Ministry avails itself of this opportunity to renew to the Honourable Embassy the "
        "assurances of its highest consideration.\n\nHavana, 17 June 1974\n", "June 17, 1974")
    assert root.find(".//t:list", NS) is None
    assert "4. Mr. Orestes Lugo Hernández, interpreter" in texts(root, "//t:body/t:div/t:p")


def test_the_posts_a_telespresso_went_to_for_information_are_its_list() -> None:
    """`and, for information:` / `Embassy of Italy – WASHINGTON` / … / `Legation of Italy –
    BANGKOK` under the address: the posts it went to for their information, a list (the
    opener's eleven lines of text were the text's first paragraphs, as a run of notes is)."""
    root = converted_text(
        "Embassy of Italy\nSaigon, 29 August 1963\nCONFIDENTIAL\nTelespresso No. 1874/612\n\n"
        "To the Ministry of Foreign Affairs\nDirectorate General of Political Affairs – Office "
        "VIII\nROME\n\nand, for information:\nEmbassy of Italy – WASHINGTON\nEmbassy of Italy – "
        "PARIS\nEmbassy of Italy – LONDON\nEmbassy of Italy – NEW DELHI\nLegation of Italy – "
        "BANGKOK\n\n[handwritten in the left margin: Copy to the Secretary General. C.]\n\n"
        "Subject: South Vietnam. The Buddhist crisis after the night of 20-21 August.\n\nIn the "
        "night between 20 and 21 August, units of the Special Forces and of the combat police "
        "occupied the main pagodas of Saigon, Hue and the other cities of the country.\n",
        "August 29, 1963")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:head") == [
        "and, for information:"]
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item")[-1] == (
        "Legation of Italy – BANGKOK")
    assert texts(root, "//t:body/t:div/t:p")[0].startswith("In the night")


def test_each_kinds_posts_under_the_address_to_all_posts_are_its_list() -> None:
    """`To all Embassies, Offices of the Chargé d'Affaires and Consulates-General:` / `Embassies
    in the Soviet Union, …;` / … / `Consulate-General in Karachi.`, a paragraph each: the
    posts of each kind, the address's list (the address was a salutation, the posts the
    text's first paragraphs)."""
    root = converted_text(
        "Waidian (64) No. 1058\n\nTo all Embassies, Offices of the Chargé d'Affaires and "
        "Consulates-General:\n\nEmbassies in the Soviet Union, Mongolia, Korea, Vietnam, "
        "Albania, Poland, Czechoslovakia, the German Democratic Republic, Hungary, Romania, "
        "Bulgaria and Cuba;\n\nEmbassies in Indonesia, Burma, Cambodia, Pakistan, Ceylon, Nepal, "
        "Afghanistan, the United Arab Republic, Algeria, Mali, Guinea and Ghana;\n\nOffices of "
        "the Chargé d'Affaires in the United Kingdom and the Netherlands;\n\nConsulate-General "
        "in Karachi.\n\n1. On 16 October 1964 China exploded its first atomic bomb. The "
        "Government statement of the same day sets out our position in full.\n",
        "October 17, 1964")
    assert texts(root, "//t:opener//t:list[@type='distribution']/t:item")[-1] == (
        "Consulate-General in Karachi.")
    assert texts(root, "//t:opener/t:salute") == []
    assert texts(root, "//t:body/t:div/t:p")[0].startswith("1. On 16 October")


def test_a_sentence_under_an_address_left_open_is_the_text() -> None:
    """`To: All Embassies abroad,` over `In connection with the visit, we inform you as
    follows:`: a sentence, no more of the posts."""
    root = converted_text(
        "Circular Telegram\nTo: All Embassies abroad,\nIn connection with the visit of the "
        "delegation, we inform you as follows:\n1. The talks were held in a friendly "
        "atmosphere and ended with a joint communiqué.\n", "May 26, 1978")
    assert texts(root, "//t:list[@type='distribution']/t:item") == []
    assert "In connection with the visit" in texts(root, "//t:body/t:div/t:p")[0]


def test_bodies_a_comma_apart_go_on_with_a_list_under_its_heading_alone() -> None:
    """`Distribution:` / `Chairman, Liu, Zhou` / `Secretariat of the Central Committee` / `Peng
    Zhen, …` / `International Liaison Department, General Staff Department, Ministry of
    Railways` / `Printed: 32 copies`: the bodies a comma apart are the list's too, and the count
    under them (they were a signature and the closer's docket)."""
    root = converted_text("Please instruct whether the above is appropriate.\nEmbassy in "
                          "Vietnam\nHanoi, 14 May 1966\nDistribution:\nChairman, Liu, Zhou, Zhu, "
                          "Chen Yun, Lin, Deng\nSecretariat of the Central Committee\nPeng Zhen, "
                          "Chen Yi, Li Xiannian, Tan Zhenlin, Ye Jianying, Luo Ruiqing\n"
                          "International Liaison Department, General Staff Department, Ministry "
                          "of Foreign Trade, Ministry of Railways\nPrinted: 32 copies\n",
                          "May 14, 1966")
    assert texts(root, "//t:list[@type='distribution']/t:item")[-2:] == [
        "International Liaison Department, General Staff Department, Ministry of Foreign Trade, "
        "Ministry of Railways", "Printed: 32 copies"]
    assert texts(root, f"{CLOSER}/t:signed") == ["Embassy in Vietnam"]


def test_a_heading_without_its_colon_over_many_names_a_comma_apart_is_a_list() -> None:
    """`Distributed to  ` / `Chairman, Liu, Zhou, …, Yang Shangkun  ` / `International Liaison
    Department, …` / `Printed: 35 copies`: however many names the line holds, the list's (the
    heading was a line going on to them, the bodies a signature)."""
    root = converted_text(
        "At the end of the conversation Kim Il Sung invited the Ambassador to dinner.\n\n"
        "Embassy in the DPRK  \n9 November 1962\n\nDistributed to  \nChairman, Liu, Zhou, Zhu, "
        "Chen [Yun], Lin, Deng, Peng Zhen, Chen Yi, Li Fuchun, Kang Sheng, Yang Shangkun  \n"
        "International Liaison Department, Ministry of Foreign Trade  \nPrinted: 35 copies\n",
        "November 9, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["Distributed to"]
    assert texts(root, "//t:list[@type='distribution']/t:item")[1] == (
        "International Liaison Department, Ministry of Foreign Trade")
    assert texts(root, f"{CLOSER}/t:signed") == ["Embassy in the DPRK"]


def test_the_order_to_distribute_a_telegram_under_its_closing_lines_is_its_list() -> None:
    """`S. CHERVONENKO` / `21.VII.60` / `No. 603` / `Distribute to the members and candidate
    members of the Presidium of the CC CPSU …`: whom the telegram was to go to (it was a
    paragraph of the postscript); a sentence of the text opening so stays one."""
    order = ("Distribute to the members and candidate members of the Presidium of the CC CPSU "
             "and the secretaries of the CC CPSU.")
    root = converted_text(
        "Chen Yi said that he did not wish to enter into an argument on these questions.\nWe "
        f"will report on the course of the departure of the specialists.\nS. CHERVONENKO\n"
        f"21.VII.60\nNo. 603\n{order}\n", "July 21, 1960")
    assert texts(root, "//t:list[@type='distribution']") == [order]
    root = converted_text("Distribute to the members of the delegation the materials they need "
                          "for the talks, and report on it.\n\nThe talks begin tomorrow.\n",
                          "July 21, 1960")
    assert texts(root, "//t:list") == []


def test_a_circulars_posts_named_by_their_cities_in_capitals_are_its_list() -> None:
    """`To: HAVANA, WASHINGTON, MEXICO, RIO DE JANEIRO,` / `NEW YORK – Permanent Mission to the
    UN`: the posts a Czechoslovak circular went to (it was the salutation); one man addressed,
    then the markings, is no list (`To: KRAJEWSKI, URGENT, EYES ONLY`)."""
    text = ("OUTGOING TELEGRAM\nNo. 6132–6136\nPrague, 23 October 1962, 23:45 hrs.\n{address}\n"
            "(circular)\n1. In connection with the announcement of the naval blockade of Cuba "
            "by President Kennedy, the government of the ČSSR today issued a statement.\n2. In "
            "your contacts with government representatives, proceed as follows.\nDAVID\n")
    root = converted_text(text.format(address="To: HAVANA, WASHINGTON, MEXICO, RIO DE JANEIRO,"
                                              "\nNEW YORK – Permanent Mission to the UN"),
                          "October 23, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "HAVANA,", "WASHINGTON,", "MEXICO,", "RIO DE JANEIRO,",
        "NEW YORK – Permanent Mission to the UN"]
    assert not lists.one_line_list("To: KRAJEWSKI, URGENT, EYES ONLY")


def test_the_copies_count_then_whom_they_went_to_in_parentheses_is_a_list() -> None:
    """`Copies printed: 12 (Premier, Vice Premier Chen [Yi], …, file)` under a note: the count
    and its parenthesis head whom the copies went to (it was a line of the closer); a count
    with a remark in parentheses lists nobody."""
    assert parts("Copies printed: 12 (Premier, Vice Premier Chen, Vice Ministers, file)") == (
        "Copies printed: 12 (", [(None, "Premier,"), (None, "Vice Premier Chen,"),
                                 (None, "Vice Ministers,"), (None, "file)")])
    assert lists.one_line_list("Copies printed: 12 (Premier, Vice Ministers, Asian Affairs "
                               "Department, file)")
    assert not lists.one_line_list("Copies printed: 12 (two of them destroyed)")


@pytest.mark.parametrize("posts", [
    "Embassy in Washington; Embassy in Mexico City; Permanent Mission to the United Nations",
    "Embassy in Washington – Embassy in Moscow – Permanent Representation to the UN"])
def test_a_telespressos_posts_for_information_are_its_list_and_its_address_is_not(
        posts: str) -> None:
    """`Addressed to: Ministry of Foreign Affairs – D.G.A.P. – Office VIII` / `and, for
    information, to: Embassy in Washington; …`: the one address its office's parts a dash
    apart (it was a list of three), then the posts it went to for information, a list (it
    was loose text of the opener)."""
    root = converted_text(
        "MINISTRY OF FOREIGN AFFAIRS\nTELESPRESSO No. 3154/1102\nAddressed to: Ministry of "
        f"Foreign Affairs – D.G.A.P. – Office VIII\nand, for information, to: {posts}\n"
        "Havana, 21 November 1962\n\nMikoyan's mission has now lasted three weeks, and its "
        "results are modest by every account heard in the diplomatic corps here.\n",
        "November 21, 1962")
    assert texts(root, "//t:list[@type='distribution']/t:head") == ["and, for information, to:"]
    assert len(texts(root, "//t:list[@type='distribution']/t:item")) == 3
