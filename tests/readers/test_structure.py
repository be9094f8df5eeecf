"""Zones and roles of the furniture lines, on the real dev documents."""

from __future__ import annotations

import pytest
from lxml import etree
from shared_paths import DEV_RAW
from tei_text import converted_text, texts

from teikit.readers.blocks import parse_blocks
from teikit.readers.joining import make_units
from teikit.readers.page_header import parse_page_header
from teikit.readers.structure import layout, note_marker
from teikit.readers.units import PB


def placements(name: str) -> list[tuple[str, str, str]]:
    text = (DEV_RAW / name).read_text(encoding="utf-8")
    start = parse_page_header(text).body_start
    units = make_units(parse_blocks(text, start=start,
                                    first_line=text.count("\n", 0, start) + 1))
    notes = {i: m for i, u in enumerate(units) if (m := note_marker(u))}
    found = []
    for placement in layout(units, notes).placements:
        for p in placement.inner or [placement]:  # a transmitted document's own placements
            found.append((p.zone, p.role.value if p.role else p.kind, p.unit.text.split("\n")[0]))
    return found


@pytest.mark.parametrize(("name", "expected"), [
    ("000_79d039120a78d3ba.txt", [
        ("opener", "docket", "Received by diplomatic pouch from"),
        ("opener", "classification", "Top Secret"),
        ("closer", "signed", "USSR AMBASSADOR in KOREA"),
        ("closer", "dateline", "10 September 1951"),
        ("closer", "signed", "V. Razuvayev"),
        ("closer", "signed", "Authenticated: [illegible signature]"),
        ("postscript", "list", "Distributed to"),
        ("postscript", "registry", "648-VK"),
    ]),
    ("w003.txt", [
        ("opener", "document-number", "Special no. 550"),
        ("opener", "docket", "Received on 4:10 am, 14 May 1950"),
        ("opener", "dateline", "Sent on 5:30 am, 14 May 1950"),
        ("opener", "salute", "“Cde. Mao Zedong!"),
        ("closer", "signed", "VYSHINSKY"),
        # The copies' count and the date under it are no list; the list is under its heading.
        ("postscript", "list", "Copies:"),
    ]),
    ("w012.txt", [
        ("opener", "salute", "To the Chairman [Mao Zedong] and Comrades Liu [Shaoqi], Zhu [De], "
         "Peng [Dehuai], [Li] Fuchun, and Su Yu:[1]"),
        ("closer", "signed", "Humbly submitted,"),
        ("closer", "dateline", "July 26"),
    ]),
    ("w026.txt", [
        ("opener", "docket", "Arrived: 28.11.62 19:25"),
        ("opener", "dateline", "Dispatched: 29.11.62 06:00"),
        ("closer", "signed", "Pavlíček 388."),
    ]),
    ("w030.txt", [
        ("opener", "dateline", "Embassy of the GDR in the DPRK, Pyongyang"),
        ("opener", "stamp", "stamped: confidential matter"),
        ("closer", "signed", "Signed: Herrmann"),
    ]),
])
def test_roles(name: str, expected: list[tuple[str, str, str]]) -> None:
    found = placements(name)
    for item in expected:
        assert item in found, (item, found)


def test_page_breaks_join_split_paragraphs() -> None:
    text = (DEV_RAW / "000_79d039120a78d3ba.txt").read_text(encoding="utf-8")
    units = make_units(parse_blocks(text))
    joined = [u.text for u in units if PB in u.text]
    assert [t[t.index(PB) - 9 : t.index(PB) + 8] for t in joined] == [
        "ss to the\farmisti", " would be\ftransmi", "[narodnye\fvoyska]"]


def test_a_telegram_of_short_lines_still_has_opener_and_closer() -> None:
    from teikit.convert import convert_text

    text = ("Top Secret\nCopy No. 2\nMoscow, 12 May 1950\nTo Comrade Shtykov.\n"
            "Agree with your proposal.\nReport on the fulfilment.\n(signature)\nA. Gromyko\n")
    root = convert_text(text, overrides={"title": "T", "date_text": "May 12, 1950"},
                        enrich=False).tree.getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("string(//t:opener/t:fw[@type='classification'])", namespaces=ns) == (
        "Top Secret")
    assert root.xpath("string(//t:opener/t:dateline)", namespaces=ns) == "Moscow, 12 May 1950"
    assert [p.text for p in root.xpath("//t:div/t:p", namespaces=ns)] == [
        "Agree with your proposal.", "Report on the fulfilment."]
    # the signature's mark over the typed name: one signature
    assert [" ".join("".join(s.itertext()).split())
            for s in root.xpath("//t:closer/t:signed", namespaces=ns)] == [
        "(signature) A. Gromyko"]


def test_a_form_line_is_no_paragraph_for_the_spaces_that_set_its_columns_apart() -> None:
    from teikit.readers.line_tests import LineTests

    line = "An agency of the Presidency of the Nation" + " " * 90 + "SECRET"
    assert len(line) > 100
    (unit,) = make_units(parse_blocks(line + "\n"))
    assert not LineTests().is_prose(unit)


@pytest.mark.parametrize(("last", "in_text"), [
    ("Castro supposes that the USA is succeeding in", True),  # the export stopped in it
    ("Zhou Enlai: At the beginning of the conference, both sides", True),
    ("Soviet Chargé d’Affaires in the Republic of Cuba", False),  # the signer's office
    ("The Chinese ambassador further said that", True),
    ("Comrade Erich Honecker, who again cordially welcomed Comrade Arafat in", True),
    ("Comrade Erich Honecker, Comrade Arafat and Comrade Kadar", False),
    ("[handwritten word, probably a signature]", False),
    ("With communist greetings and respect", False),
    ("By dispatch to Moscow", False),
    # a date in the sentence (a dateline is little but its date and place)
    ("On March 6 at 2 P.M. the embassy sent a cable t", True),
    ("On 15 October the 12th Regiment arrived in", True),
    ("Pyongyang, 13 May 1962, 10 hours", False),
    ("Dispatched from Havana on 12 May 1962", False),
    ("“", True),  # the next paragraph's opening quotation mark, the export stopped after it
    ("”", False),  # (a closing one may close a relayed message)
])
def test_a_sentence_the_export_stopped_in_ends_the_running_text(last: str,
                                                                in_text: bool) -> None:
    _, paragraphs = _converted(
        "Top Secret\n\nThe ambassador reported at length on the talks with the Cuban "
        "leaders, which took place in the presence of the whole delegation.\n\n"
        f"{last}\n")
    assert (paragraphs[-1] == last) is in_text


_NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _converted(text: str) -> tuple[etree._Element, list[str]]:
    """The TEI of `text` (dated 12 May 1962, not enriched) and its paragraphs' words."""
    from teikit.convert import convert_text

    root = convert_text(text, overrides={"title": "T", "date_text": "May 12, 1962"},
                        enrich=False).tree.getroot()
    return root, [" ".join("".join(p.itertext()).split())
                  for p in root.xpath("//t:div/t:p", namespaces=_NS)]


# Records whose turns open with the speaker's name and a full stop, or with a colon.
_NAMED_TURNS = ("Record of the conversation\n\nGromyko. The Soviet side has studied the draft "
                "handed over yesterday and has a few remarks on its second part.\n\n"
                "Ohira. The Japanese side will study these remarks and give its answer "
                "before the next meeting of the delegations.\n\n")
_LABELLED_TURNS = ("Record of the conversation\n\nPremier: Did you go to Indonesia on your "
                   "way?\n\nNguyen Van Hieu: We went to Jakarta and met the President there "
                   "for an hour.\n\nPremier: I hear that he held a reception for the "
                   "delegation.\n\n")


@pytest.mark.parametrize(("turns", "last", "in_text"), [
    # a speaker's name the export stopped after (or inside) ends the running text
    (_NAMED_TURNS, "Gromyko", True),  # the next turn's speaker
    (_NAMED_TURNS, "Gromyko.", True),
    (_NAMED_TURNS, "Oh", True),  # the export stopped inside the name
    (_NAMED_TURNS, "Kuznetsov", False),  # a name no turn opened with: the signer
    # so does a turn the export stopped in
    (_LABELLED_TURNS, "Premier: Going to the Hangzhou Gue", True),
    (_LABELLED_TURNS, "Signed: A. Gromyko", False),  # a signature's label is no speaker
])
def test_the_running_text_ends_where_the_export_stopped(turns: str, last: str,
                                                       in_text: bool) -> None:
    root, paragraphs = _converted(f"{turns}{last}\n")
    assert (paragraphs[-1] == last) is in_text
    assert bool(root.xpath("//t:signed", namespaces=_NS)) is not in_text


def test_a_star_glued_to_its_notes_first_word_under_the_title_is_the_titles_note() -> None:
    root, _ = _converted(
        "Secret\n\nRECORD OF A CONVERSATION*\nbetween L. I. Brezhnev and N. Ceausescu\n"
        "on 20 July 1965\n*The record of the conversation was not reviewed by Cde. Brezhnev.\n"
        "On 20 July Cde. Brezhnev met with Cde. Ceausescu at the residence of the delegation "
        "and informed him of the talks held in Moscow.\n")
    head = root.find(".//t:head", _NS)
    assert head is not None and "".join(head.itertext()).startswith("RECORD OF A CONVERSATION")
    assert head.find("t:ref[@type='noteAnchor']", _NS) is not None
    notes = root.xpath("//t:note[@n='*']", namespaces=_NS)
    assert ["".join(n.itertext()) for n in notes] == [
        "*The record of the conversation was not reviewed by Cde. Brezhnev."]
    # a line in emphasis is no note
    emphasis, _ = _converted("*Note* the date of the talks.\n\nThe talks were held in Moscow "
                             "at the residence of the delegation in the presence of many.\n")
    assert emphasis.xpath("//t:note[@n='*']", namespaces=_NS) == []


def test_names_typed_side_by_side_in_parentheses_sign_the_text() -> None:
    """`(A. Vasilevsky) (A. Gromyko)` under the text: the two signers' names as typed."""
    root, _ = _converted("We agree with your proposal that all the Soviet citizens be "
                         "evacuated to the territory of the USSR.\n\n"
                         "(A. Vasilevsky) (A. Gromyko)\n")
    assert [" ".join(s.itertext()) for s in root.xpath("//t:signed", namespaces=_NS)] == [
        "(A. Vasilevsky) (A. Gromyko)"]


def test_the_text_after_an_omission_mark_opens_the_running_text_however_short() -> None:
    """`[…] [Chinese domestic policy]` under a note's title: the editor cut the text there and
    says what it was about, then `On Foreign Policy:`; both are the running text (they were
    read into the title as opening lines), and the bracket is the editor's remark."""
    from teikit.convert import convert_text

    text = ("GDR Embassy to the PR China\n\nBeijing, 30 October 1969\n\nNote\n\non a Club "
            "Meeting of the Ambassadors on 24 October 1969 in the USSR Embassy\n\n"
            "[…] [Chinese domestic policy]\n\nOn Foreign Policy:\n\n"
            "[…] On Chinese-Korean relations Comrade Chuluunbaatar reported about a meeting "
            "that a parliamentary delegation visiting the DPRK had with Kim Il Sung.\n")
    root = convert_text(text, overrides={"title": "T", "date_text": "October 30, 1969"},
                        enrich=False).tree.getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert " ".join(root.xpath("string(//t:div/t:head)", namespaces=ns).split()) == (
        "Note on a Club Meeting of the Ambassadors on 24 October 1969 in the USSR Embassy")
    paragraphs = root.xpath("//t:div/t:p", namespaces=ns)
    assert ["".join(p.itertext()).strip() for p in paragraphs[:2]] == [
        "Chinese domestic policy", "On Foreign Policy:"]
    assert paragraphs[0].xpath("t:note[@type='editorial']/text()", namespaces=ns) == [
        "Chinese domestic policy"]


def test_the_copies_under_a_telegrams_labelled_lines_are_its_list_no_speakers_turn() -> None:
    """`To: CZYREK, URGENT` / `From: KUCHTA` / the text / `Copies: Jaruzelski, …`: the copies'
    list, not a third speaker's turn the export stopped in (it was a paragraph)."""
    root = converted_text(
        "Ciphergram No. 6614\n\nTo: CZYREK, URGENT\n\nFrom: KUCHTA\n\n3. The mood of the "
        "leadership in Damascus is depressed. The Soviet colleague told me that the first "
        "aircraft with equipment arrived this morning.\n\nCopies: Jaruzelski, Czyrek, "
        "Olszowski, Kiszczak\n", "June 10, 1982")
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Jaruzelski,", "Czyrek,", "Olszowski,", "Kiszczak"]


@pytest.mark.parametrize(("over", "under_title"), [
    # the form's title over everything: its lines under it are the opener under the title
    ("", True),
    # a line over the title, or a second heading before the text: the title begins the text
    ("Top Secret\n\n", False),
])
def test_a_title_set_as_the_first_heading_keeps_the_form_lines_under_it(
        over: str, under_title: bool) -> None:
    """`#### CIPHERED TELEGRAM No. 3310` / `From PYONGYANG. Sent 2.9.50 11:40` / `Received …`
    / the text: the sending's place and hour is the dateline of the opener under the title
    (the lines were the first paragraphs of the text)."""
    root = converted_text(
        f"{over}#### CIPHERED TELEGRAM No. 3310\n\nFrom PYONGYANG. Sent 2.9.50 11:40  \n"
        "Received 2.9.50 16:05  \nTo Comrade FENG XI\n\nThe units of the People's Army crossed "
        "the river on the night of 1 September and took the heights south of the town after "
        "a battle of six hours.\n\nSHTYKOV\n", "September 2, 1950")
    body = "/t:TEI/t:text/t:body/t:div"
    assert texts(root, f"{body}/t:head") == ["CIPHERED TELEGRAM No. 3310"]
    assert bool(texts(root, f"{body}/t:opener/t:dateline")) is under_title
    if under_title:
        assert texts(root, f"{body}/t:opener/t:dateline") == ["From PYONGYANG. Sent 2.9.50 11:40"]
        assert texts(root, f"{body}/t:p")[0].startswith("The units of the People's Army")
