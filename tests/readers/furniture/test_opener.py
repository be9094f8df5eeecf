"""The opening furniture revised once every line is placed (`furniture.opener`): the title
among the opening lines or the first paragraph becomes the document's heading, one addressee
last over the text its salutation, a record's particulars under its title its opener and
dateline."""

from __future__ import annotations

import pytest
from tei_text import NS, converted_text, texts


def test_the_title_over_the_text_is_the_documents_heading() -> None:
    """`Record of Conversation` / `with the Minister of Trade of Burma` last over the text:
    the document's title, its `head` after the opener (a title printed as the first block is
    one too; the furniture before it stays in the opener)."""
    body = ("The minister received me at his residence and spoke at length about the rice "
            "deliveries agreed last year.\n\nHe asked for the shipments to be speeded up.\n")
    root = converted_text("Top Secret\n\nRecord of Conversation\nwith the Minister of Trade of "
                          "Burma, 4 May 1958\n\n" + body, "May 4, 1958")
    assert texts(root, "//t:div[@type='document']/t:head") == [
        "Record of Conversation with the Minister of Trade of Burma, 4 May 1958"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Top Secret"]
    root = converted_text("R e p o r t\non the rice deliveries to Ceylon\n\n" + body, "May 4, 1958")
    assert texts(root, "//t:div[@type='document']/t:head") == [
        "R e p o r t on the rice deliveries to Ceylon"]
    root = converted_text("Report on the rice deliveries was received late in the evening.\n\n"
                          + body, "May 4, 1958")
    assert not root.xpath("//t:div[@type='document']/t:head", namespaces=NS)


@pytest.mark.parametrize("salute", ["Mister Ambassador!", "Esteemed Comrade Minister!",
                                    "Respected Comrade Chairman,"])
def test_an_address_of_respect_over_the_letter_is_its_salutation(salute: str) -> None:
    root = converted_text(f"{salute}\n\nThe minister informed the ambassador that the "
                          "delegation would arrive on Thursday by train.\n\nKALASHNIKOV\n",
                          "June 2, 1958")
    assert texts(root, "//t:opener/t:salute") == [salute]


def test_the_lines_under_a_title_are_an_opener_under_the_heading() -> None:
    """`RECORD OF A CONVERSATION` / `with …` / `4 May 1958` / the text: the title is the head,
    its date the dateline of an opener after it (the document's order kept)."""
    root = converted_text(
        "Top Secret\n\nRECORD OF A CONVERSATION\nwith the Minister of Trade of Burma\n\n"
        "4 May 1958\n\nThe minister received me at his residence and spoke at length about the "
        "rice deliveries agreed last year.\n", "May 4, 1958")
    assert texts(root, "//t:div/t:head") == [
        "RECORD OF A CONVERSATION with the Minister of Trade of Burma"]
    assert texts(root, "//t:div/t:head/preceding-sibling::t:opener/t:fw") == ["Top Secret"]
    assert texts(root, "//t:div/t:head/following-sibling::t:opener/t:dateline") == [
        "4 May 1958"]


def test_a_title_set_apart_by_blank_lines_breaks_lines_not_pages() -> None:
    root = converted_text(
        "Note\n\nabout the Meeting between the two Ministers of Trade held on\n\n3 May 1962 in "
        "Sofia\n\nThe ministers discussed the deliveries of grain and machinery for the next "
        "year.\n", "May 3, 1962")
    head = root.xpath("//t:div/t:head", namespaces=NS)
    assert texts(root, "//t:div/t:head") == [
        "Note about the Meeting between the two Ministers of Trade held on 3 May 1962 in Sofia"]
    assert not head[0].xpath(".//t:pb", namespaces=NS) and head[0].xpath(".//t:lb", namespaces=NS)


def test_speakers_named_a_line_each_are_the_record_not_its_salutation() -> None:
    """`Comrade Ulbricht:` / what he said / `Comrade Gomułka:` / … : the speakers of a record
    of talks, the first as much as the others (one `Name:` alone over a letter is its
    salutation)."""
    turns = ("Comrade Ulbricht:\n\nWe welcome the delegation and thank it for coming.\n\n"
             "Comrade Gomułka:\n\nWe thank you for the invitation and the warm welcome.\n\n"
             "Comrade Ulbricht:\n\nLet us begin with the questions of trade.\n")
    root = converted_text("Secret\n\n" + turns, "May 3, 1962")
    assert not root.xpath("//t:salute", namespaces=NS)
    assert texts(root, "//t:div/t:p")[0] == "Comrade Ulbricht:"
    root = converted_text("Secret\n\nComrade Ulbricht:\n\nWe welcome the delegation and thank "
                          "it for coming.\n", "May 3, 1962")
    assert texts(root, "//t:opener/t:salute") == ["Comrade Ulbricht:"]


@pytest.mark.parametrize(("line", "salute"), [
    ("Ministry of Foreign Trade:", True), ("Ambassador Zhang [Wenjin]:", True),
    ("[to] Cde. V. M. MOLOTOV!", True),
    ("Zhou Enlai:", False),  # a name alone may open what he said
    ("Copy [Chinese] Central Committee:", False),  # whom a copy went to
    ("Politburo DECIDES:", False), ("Summary:", False)])
def test_one_addressee_last_over_the_text_is_the_salutation(line: str, salute: bool) -> None:
    root = converted_text(f"Top Secret\n{line}\n\nThe delegation of the ministry arrived in the "
                          "morning and met the minister at the ministry.\n", "May 3, 1962")
    printed = line.replace("[", "").replace("]", "")
    assert texts(root, "//t:opener/t:salute") == ([printed] if salute else [])


def test_an_address_over_several_lines_is_one_salutation() -> None:
    """`[to] PRAGUE, BERLIN, SOFIA,` / `BUDAPEST and BELGRADE` / `to the SOVIET AMBASSADOR`:
    one address, however many lines the export gave it."""
    root = converted_text(
        "Secret\n[to] PRAGUE, BERLIN, SOFIA,\nBUDAPEST and BELGRADE\nto the SOVIET AMBASSADOR\n"
        "Visit the minister of foreign affairs and inform him of the substance of these "
        "instructions.\n", "May 3, 1962")
    assert texts(root, "//t:opener/t:salute") == [
        "to PRAGUE, BERLIN, SOFIA, BUDAPEST and BELGRADE to the SOVIET AMBASSADOR"]


@pytest.mark.parametrize(("addressee", "salutation"), [
    ("Mr. Zhong SHITONG,\nPresident\nChinese Olympic Committee\n9, Tiyuguan Road\n\n"
     "BEIJING / China\n\nLausanne, September 30th, 1985\nRef. No. 10018 /85/bog\n\n"
     "Re. Joint meeting 2 Koreas\n\n", "Dear President Zhong,"),
    ("December 2, 1960\nComrade F. Semín,\nCzechoslovak Embassy, Moscow\nXII/Sob. - 170\n",
     "Dear Comrade!"),
])
def test_the_addressee_over_a_salutation_in_dear_is_no_second_salutation(
        addressee: str, salutation: str) -> None:
    """`Mr. Zhong SHITONG,` / … / `Dear President Zhong,`: the name addressed over the
    salutation is the letter's addressee; the salutation in `Dear` is the only one."""
    root = converted_text(addressee + salutation + "\nIt was most kind of you to write to me "
                          "about the forthcoming meeting of the two committees in Lausanne.\n",
                          "September 30, 1985")
    assert texts(root, "//t:opener/t:salute") == [salutation]
    assert texts(root, "//t:opener")[0].startswith(addressee.split(",")[0])


def test_a_title_among_the_opening_lines_past_the_records_furniture() -> None:
    """`Diary of` / `Ivanov I.S.` / `RECORD OF CONVERSATION` / `with …` / `Time: …` / `Place:
    …` / `Summary of Contents` over the text: the record's own title is the head, the rest
    furniture before and after it."""
    root = converted_text(
        "Secret\nDiary of\nIvanov I.S.\n[...]\nRECORD OF CONVERSATION\nwith the Prime Minister "
        "of Burma\nTime: Morning, 3 May 1962\nPlace: the Presidential Palace\nSummary of "
        "Contents\n\nThe Prime Minister spoke of the rice deliveries agreed last year and of the "
        "loan.\n", "May 3, 1962")
    assert texts(root, "//t:div/t:head") == [
        "RECORD OF CONVERSATION with the Prime Minister of Burma"]
    assert "Summary of Contents" in texts(root, "//t:div/t:head/following-sibling::t:opener")[0]


@pytest.mark.parametrize("lines", [
    "Time: 4:30 pm, 3 August 1964\n\nLocation: Fujian Hall, Great Hall of the People",
    "Venue: Fujian Hall, Great Hall of the People\nDate: 3 August 1964",
])
def test_when_and_where_the_talks_were_held_are_one_dateline(lines: str) -> None:
    root = converted_text(
        f"Record of the Conversation between Premier Zhou Enlai and the Ambassador\n\n{lines}\n\n"
        "The Premier said that the talks had gone well and that both sides agreed on the main "
        "points of the communique.\n", "August 3, 1964")
    (dateline,) = texts(root, "//t:dateline")
    assert "Fujian Hall" in dateline and "3 August 1964" in dateline


def test_a_place_under_a_time_without_a_date_is_no_dateline() -> None:
    root = converted_text(
        "Record of the Conversation between Premier Zhou Enlai and the Ambassador\n\n"
        "Time: afternoon\n\nPlace: Fujian Hall\n\nThe Premier said that the talks had gone well "
        "and that both sides agreed on the main points of the communique.\n", "August 3, 1964")
    assert not any("Fujian" in line for line in texts(root, "//t:dateline"))


def test_a_records_time_and_place_under_its_purpose_and_a_remark_on_the_title() -> None:
    root = converted_text(
        "Minutes of Conversation between Vice Minister Zhang and the Ambassadors\n\n"
        "(not read)\n\nTo inform the envoys of the decision to cease fire along the border.\n\n"
        "Time: 11 November 1962, 1:00 p.m. to 2:00 p.m.\n\n"
        "Place: East Building, Ministry of Foreign Affairs\n\n"
        "Attendant: Yu Zhan, Deputy Director of the Department\n\nInterpreter: Wang Yiqing\n\n"
        "Recorder: Yin Shizhang\n\nZhang: I am sorry for disturbing you today at such a late "
        "hour, but I have an important notice for you.\n", "November 11, 1962")
    assert texts(root, "//t:opener/t:dateline") == [
        "Time: 11 November 1962, 1:00 p.m. to 2:00 p.m. Place: East Building, Ministry of "
        "Foreign Affairs"]
    assert "Recorder: Yin Shizhang" in texts(root, "//t:opener")[-1]


def test_a_memorandums_date_and_place_under_participants_wrapped_over_lines() -> None:
    root = converted_text(
        "Memorandum of conversation\n\nPARTICIPANTS: Emil Bodnaras, Vice President, Council "
        "of State, Teodor\n\nDitulescu, Counselor,\n\nAmbassador Harry G. Barnes,\n\n"
        "DATE AND PLACE: May 17, 1974, 9.00-11.25 am., Council of State, Bucharest,\n\n"
        "SUBJECT: Tour d'Horizon\n\nThe Ambassador's courtesy call stretched out to nearly two "
        "and a half hours as the Romanian leader touched on every question.\n", "May 17, 1974")
    assert texts(root, "//t:opener/t:dateline") == [
        "DATE AND PLACE: May 17, 1974, 9.00-11.25 am., Council of State, Bucharest,"]


def test_a_records_particulars_under_a_summary_that_lists_its_topics() -> None:
    """A summary announcing the topics, numbered (`… toward the following:` / `1) …`), then
    the particulars: the summary stays over them in the opener; `Receiving Persons:` and
    `Translator/Recorder:` are particulars too."""
    root = converted_text(
        "Record of a Conversation between Deputy Secretary Huang and the Ambassador\n\n"
        "The ambassador requested information on our attitudes toward the following:\n\n"
        "1) Questions about the peace treaty\n\n2) The representation in the UN\n\n"
        "3) The economic situation.\n\nTime: 11:00 A.M, 5 August [1961]\n\n"
        "Location: Guest Room, East Building\n\nReceiving Persons: Deputy Director Xu Ming\n\n"
        "Translator/Recorder: Wang Yan\n\nBoth sides exchanged conventional small talk. Then "
        "the ambassador spoke about his vacation at home.\n", "August 5, 1961")
    assert texts(root, "//t:opener/t:dateline") == [
        "Time: 11:00 A.M, 5 August 1961 Location: Guest Room, East Building"]
    assert "Translator/Recorder: Wang Yan" in texts(root, "//t:opener")[-1]
    assert texts(root, "//t:div/t:p")[0].startswith("Both sides")


def test_a_files_numbers_and_routing_over_a_records_title_and_particulars() -> None:
    """A record filed with its registry's numbers and a routing note over its title (`Wen Mao
    244` / `Request Department leadership after reading pass to …` / `… No. 0380 April 14,
    1964` / the title / `(not reviewed …)` / `Time: …` / `Location: …`): all opening lines,
    the title the heading, the time and place the dateline."""
    root = converted_text(
        "Wen Mao 244\nRequest Department leadership after reading pass to the Second Consular "
        "Affairs Department.\nSecond Consular Affairs Department No. 0380 April 14, 1964\n"
        "Record of Conversation from Chairman Mao’s Reception of the Military Delegation\n"
        "(not reviewed by Chairman Mao)\nTime: 4 pm, March 31, 1964 (Tuesday)\nLocation: "
        "Zhengzhou, Henan Province\nInterpreter: He Zhenliang\nChairman Mao: How many days have "
        "you been in China?\nLon Nol: We have been here for twenty days. It is a great honor to "
        "be received by the Chairman today.\n", "March 31, 1964")
    assert texts(root, "//t:div/t:head") == [
        "Record of Conversation from Chairman Mao’s Reception of the Military Delegation"]
    assert texts(root, "//t:opener/t:dateline") == [
        "Time: 4 pm, March 31, 1964 (Tuesday) Location: Zhengzhou, Henan Province"]
    assert texts(root, "//t:div/t:p")[0].startswith("Chairman Mao: How many days")


def test_a_records_numbered_topics_are_no_distribution_list() -> None:
    root = converted_text(
        "Top Secret\n\nRecord of Premier Zhou’s Talk with Prime Minister Pham Van Dong\n\n"
        "1. Issue of South Vietnam’s Revolution\n\n2. Issue of Aid to Nam Tha, Laos\n\n"
        "3. Questions about the Soviet Halt to Air Transport\n\nTime: 28 August 1962, 7:30 a.m."
        "\n\nPlace: Waiting room, Guangzhou Baiyun Airfield\n\nPham: You spoke to me yesterday "
        "of two issues. On my return I will report to the Central Committee.\n",
        "August 28, 1962")
    assert not root.xpath("//t:list", namespaces=NS)
    assert texts(root, "//t:opener/t:dateline") == [
        "Time: 28 August 1962, 7:30 a.m. Place: Waiting room, Guangzhou Baiyun Airfield"]
