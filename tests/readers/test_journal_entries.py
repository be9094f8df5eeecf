"""A journal of several dated entries: each entry is a `div[@type='entry']` under its own
dateline (the first one's date, printed before the text, moves from the opener into it)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import require_tool
from lxml import etree
from shared_paths import TEI_ALL_RNG
from tei_text import NS, converted_text, invalidity, texts

from teikit.convert import convert_text
from teikit.validate import validate_file

META = {"title": "Journal of Soviet Ambassador A. M. Puzanov", "date_text": "June 15, 1957"}
JOURNAL = """TOP SECRET

JOURNAL

of Soviet Ambassador in the DPRK A. M. PUZANOV for the period 1 through 15 June 1957

1 June 1957

I received Kim Il Sung at his request. He informed me that the Korean comrades [had] decided to \
hold the plenum in the middle of June.

3 June 1957

I visited Nam Il and handed him the text of the statement of the Soviet government. Nam Il said \
that he would report it to Kim Il Sung.

USSR AMBASSADOR TO THE DPRK

/A. PUZANOV/
"""


@pytest.fixture(scope="module")
def journal() -> etree._Element:
    return convert_text(JOURNAL, overrides=META, enrich=False).tree.getroot()



def test_each_entry_is_a_div_under_its_dateline(journal: etree._Element) -> None:
    assert texts(journal, "//t:div[@type='entry']/t:opener/t:dateline") == [
        "1 June 1957", "3 June 1957"]
    assert [len(e.xpath("t:p", namespaces=NS))
            for e in journal.xpath("//t:div[@type='entry']", namespaces=NS)] == [1, 1]
    assert texts(journal, "//t:div[@type='document']/t:opener/t:dateline") == []
    # the office over the name signs its own line, as the seed's ambassador over his name
    assert texts(journal, "//t:closer/t:signed") == ["USSR AMBASSADOR TO THE DPRK", "/A. PUZANOV/"]


@pytest.mark.parametrize(("first", "second"), [
    ("Saturday, 1 June 1957", "Monday, 3 June 1957"),
    ("1 June 1957 (Saturday)", "3 June 1957 (Monday)"),
    ("**1 June 1957**", "**3 June 1957**"),
])
def test_an_entrys_date_with_its_weekday_or_in_bold_opens_it(first: str, second: str) -> None:
    """The day of the week a diary dates its entries with, and a date set in bold, are the
    entry's date: the first stayed the document's dateline, the second closed the text (the
    weekday read as a place, `Monday, 3 June 1957` as `Moscow, 3 June 1957`) or was a
    paragraph."""
    source = JOURNAL.replace("\n1 June 1957\n", f"\n{first}\n").replace(
        "\n3 June 1957\n", f"\n{second}\n")
    root = convert_text(source, overrides=META, enrich=False).tree.getroot()
    assert texts(root, "//t:div[@type='entry']/t:opener/t:dateline") == [
        first.strip("*"), second.strip("*")]
    assert root.xpath("//t:postscript", namespaces=NS) == []
    dates = convert_text(source, overrides=META).tree.getroot().xpath(
        "//t:div[@type='entry']/t:opener/t:dateline//t:date", namespaces=NS)
    assert [(d.get("when"), d.text) for d in dates] == [
        ("1957-06-01", first.strip("*")), ("1957-06-03", second.strip("*"))]


def test_the_entries_datelines_are_counted() -> None:
    result = convert_text(JOURNAL, overrides=META, enrich=False)
    assert result.phenomena["dateline"] == 2


def test_a_date_before_the_text_alone_stays_the_documents_dateline() -> None:
    one_entry = JOURNAL.split("3 June 1957")[0] + "USSR AMBASSADOR TO THE DPRK\n"
    root = convert_text(one_entry, overrides=META, enrich=False).tree.getroot()
    assert texts(root, "//t:div[@type='document']/t:opener/t:dateline") == ["1 June 1957"]
    assert root.xpath("//t:div[@type='entry']", namespaces=NS) == []


@pytest.mark.referee
def test_the_journal_is_valid_against_the_house_schema_and_tei_all(tmp_path) -> None:
    path = tmp_path / "journal.xml"
    path.write_bytes(convert_text(JOURNAL, overrides=META).to_bytes())
    report = validate_file(path, use_xml_model=False)
    assert report.valid, report.messages
    jing = require_tool("jing")
    done = subprocess.run([jing, str(TEI_ALL_RNG), str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


def test_the_period_a_diary_covers_is_no_dateline() -> None:
    """`… for the period` / `From 30 October to 14 November 1956.`: the title's period, a
    date range; the day of the entry under it is the dateline."""
    source = ("From the diary of the ambassador of the USSR\nIn the DPRK, Comrade Ivanov V.I. "
              "for the period\nFrom 30 October to 14 November 1956.\n“5” November 1956\n"
              "I received the ambassador of the PRC at his request. After a brief exchange of "
              "greetings he told me about his visit to the provinces.\n")
    root = convert_text(source, overrides={"title": "Diary", "date_text": "November 5, 1956"},
                        ).tree.getroot()
    datelines = [" ".join("".join(e.itertext()).split())
                 for e in root.xpath("//t:opener/t:dateline", namespaces=NS)]
    assert datelines == ["“5” November 1956"]


def test_an_entrys_title_line_between_its_date_and_its_text() -> None:
    """`August 1975` / `The Central Committee of the Lebanese Communist Party` / `They
    discussed …`: the entry's date over its own title line, then its paragraphs; the date
    was read as a paragraph of the entry before (which then took the title and the text)."""
    source = ("May 1973\n\nAn Arab summit of the communist parties was held in Beirut, in the "
              "home of Ahmad Ali Gharbiyeh, at which nine parties took part.\n\n"
              "For ten days they discussed the world situation and the Arab situation.\n\n"
              "August 1975\n\nThe Central Committee of the Lebanese Communist Party\n\n"
              "They discussed the report by the Political Bureau about the internal situation "
              "and another report about the region.\n\n"
              "Nov 18, 1976\n\nThe Central Committee held a meeting to assess the political "
              "and military situation in the country.\n")
    root = convert_text(source, overrides=META, enrich=False).tree.getroot()
    assert texts(root, "//t:div[@type='entry']/t:opener/t:dateline") == [
        "May 1973", "August 1975", "Nov 18, 1976"]
    second = root.xpath("//t:div[@type='entry']", namespaces=NS)[1]
    assert texts(second, "t:p")[0] == "The Central Committee of the Lebanese Communist Party"


def test_a_news_digests_items_each_under_its_place_and_date() -> None:
    """A TASS digest of radio broadcasts: each item under its heading line, the place in
    capitals first (`PARIS, French, 24 October, transcript.`), an entry as a journal's dated
    one is; the headings after the first were paragraphs of the text."""
    source = ("[stamp: Secret Department of TASS]\n\nBRAZZAVILLE, French, 24 October, transcript."
              "\n\nLast night the Soviet Ambassador in London denied a report about the state of "
              "health of Marshal Stalin.\n\nPARIS, French, 24 October, transcript.\n\nIt is known "
              "that in America a rumor has been spreading that Marshal Stalin is dying.\n\n"
              "Three copies printed\n")
    root = convert_text(source, overrides={"title": "TASS News Summary",
                                           "date_text": "October 24, 1945"},
                        enrich=False).tree.getroot()
    entries = root.xpath("//t:div[@type='entry']", namespaces=NS)
    assert [texts(entry, "t:opener/t:dateline") for entry in entries] == [
        ["BRAZZAVILLE, French, 24 October, transcript."],
        ["PARIS, French, 24 October, transcript."]]
    assert texts(entries[1], "t:p")[0].startswith("It is known that in America")


def test_one_date_between_paragraphs_closes_the_text_no_journal_begins() -> None:
    """A draft decision, its date, then the minister's short answer with its own date and
    the copy's authentication (`4 November 1945` / `I agree with this draft decision …`):
    one date between paragraphs and none over the text is the text's closing date, the
    answer after it a postscript; a journal dates its first entry too."""
    source = ("Top Secret\n\nto Cde. STALIN\n\nWe consider it necessary to adopt the following "
              "decision of the Politburo about the talks of the commission.\n\nRecognize that "
              "the minister made a mistake in the talks in declaring as his own opinion the "
              "acceptability of the voting procedure in the commission.\n\n4 November 1945\n\n"
              "I agree with this draft decision. I will try not to make such mistakes in the "
              "future.\n\n4 November 1945\n\nAuthenticated: [signature] (Khokhlov)\n")
    root = converted_text(source, "November 4, 1945")
    assert texts(root, "//t:div[@type='entry']") == []
    assert texts(root, "//t:div[@type='document']/t:closer/t:dateline") == ["4 November 1945"]
    assert texts(root, "//t:postscript/t:p") == [
        "I agree with this draft decision. I will try not to make such mistakes in the future."]
    assert texts(root, "//t:postscript/t:closer/t:dateline") == ["4 November 1945"]
    dated = converted_text(source.replace("to Cde. STALIN\n\n", "to Cde. STALIN\n\n"
                                          "1 November 1945\n\n"), "November 4, 1945")
    assert texts(dated, "//t:div[@type='entry']/t:opener/t:dateline") == [
        "1 November 1945", "4 November 1945"]


def test_dates_under_a_lists_items_open_no_entry() -> None:
    """A plan of meetings, each item a line with its date and who holds it under it: a date
    that opens no entry (a short line under it) says the dates are the list's, so a later
    one over a longer paragraph opens none either (it did, the last items in an entry)."""
    source = ("Meetings of the Regional Committee for Peace devoted to the struggle against "
              "the testing of nuclear weapons and the prevention of a nuclear war.\n"
              "- Meeting of the teachers of Kharkov city\n12 March 1958\n"
              "Regional Committee of the Party\n"
              "- Meeting of the miners of Donetsk\n14-16 March 1958\n"
              "City Committee of the Party\n"
              "- Meeting with the workers of the tractor plant and of the railway depot in "
              "the Zavodsky district of the city, with a report of the committee's chairman.\n"
              "At each meeting a resolution demanding an end to the tests is to be adopted "
              "and sent to the committee, which will forward the resolutions to Moscow.\n")
    root = converted_text(source, "March 1958")
    assert texts(root, "//t:div[@type='entry']") == []
    assert texts(root, "//t:dateline") == []
    assert {"12 March 1958", "14-16 March 1958"} <= set(texts(root, "//t:body//t:p"))


def test_each_entrys_title_under_its_date_stays_in_its_entry() -> None:
    """`1 June 1957` / `Conversation with Kim Il Sung` / … / `3 June 1957` / `Conversation with
    Nam Il` / …: two entries, each date its entry's and each title its first paragraph. The
    second title, read as a name dated over it, closed the text there (the second entry a
    postscript), and the first entry stayed in the opener."""
    source = (JOURNAL.replace("\n1 June 1957\n", "\n1 June 1957\n\nConversation with Kim Il Sung\n")
              .replace("\n3 June 1957\n", "\n3 June 1957\n\nConversation with Nam Il\n"))
    root = convert_text(source, overrides=META, enrich=False).tree.getroot()
    assert texts(root, "//t:div[@type='entry']/t:opener/t:dateline") == [
        "1 June 1957", "3 June 1957"]
    assert [p[0] for p in (texts(entry, "t:p") for entry in root.xpath(
        "//t:div[@type='entry']", namespaces=NS))] == [
        "Conversation with Kim Il Sung", "Conversation with Nam Il"]
    assert root.xpath("//t:postscript", namespaces=NS) == []


def test_a_date_alone_under_a_marked_heading_is_the_records_dateline() -> None:
    """`#### RECORD OF CONVERSATION WITH …` / `26 July 1960` / the text: the record's date
    under its heading is its dateline (it was a paragraph)."""
    root = converted_text("#### RECORD OF CONVERSATION WITH VICE PREMIER CHEN YI\n\n"
                          "26 July 1960\n\n"
                          "At 16:00 I visited Chen Yi at his request at the Ministry. Present at "
                          "the conversation was the First Secretary.\n", "July 26, 1960")
    assert texts(root, "//t:body/t:div/t:opener/t:dateline") == ["26 July 1960"]
    assert texts(root, "//t:body//t:p") == [
        "At 16:00 I visited Chen Yi at his request at the Ministry. Present at the "
        "conversation was the First Secretary."]


def test_a_place_and_date_under_a_marked_heading_is_the_records_dateline() -> None:
    """`#### RECORD OF CONVERSATION WITH …` / `Beijing, 17 January 1953` / the text: the place
    and date under the heading are the record's dateline, as a date alone is (it was a
    paragraph)."""
    root = converted_text("#### RECORD OF CONVERSATION WITH ZHOU ENLAI\n\n"
                          "Beijing, 17 January 1953\n\n"
                          "Today at 21:00 I visited Zhou Enlai at his invitation. Qiao Guanhua "
                          "was present at the conversation.\n", "January 17, 1953")
    assert texts(root, "//t:body/t:div/t:opener/t:dateline") == ["Beijing, 17 January 1953"]


def test_a_date_under_the_second_heading_is_the_dateline_of_its_section(tmp_path: Path) -> None:
    """`#### FROM THE JOURNAL OF …` / `##### Record of Conversation …` / `11 March 1959` / the
    text: the date under the record's own heading opens the section that heading opens (it
    was a paragraph), valid against the house schema."""
    source = ("SECRET\nCopy No. 2\n\n#### FROM THE JOURNAL OF L. I. SOKOLOV\n\n"
              "##### Record of Conversation with the Prime Minister of the DRV Pham Van Dong\n\n"
              "11 March 1959\n\n"
              "Today I visited Pham Van Dong at his invitation. Present at the conversation were "
              "the Deputy Minister of Foreign Affairs and the counsellor of the Embassy.\n")
    root = converted_text(source, "March 11, 1959")
    assert texts(root, "//t:div[@type='section']/t:opener/t:dateline") == ["11 March 1959"]
    assert texts(root, "//t:div[@type='section']/t:p")[0].startswith("Today I visited")
    assert invalidity(etree.ElementTree(root), tmp_path) == []


@pytest.mark.parametrize(("dateline", "date_text"), [
    # (the hours of the talk after the date)
    ("Beijing, 20 September 1970, from 4:00 p.m. to 6:40 p.m.", "September 20, 1970"),
    # (the place renamed in its bracket)
    ("Ulan-Bator [Ulaanbaatar], 14 March 1956", "March 14, 1956"),
])
def test_a_place_and_date_under_a_records_heading_with_its_hours_or_renamed_is_its_dateline(
        dateline: str, date_text: str) -> None:
    """`#### RECORD OF CONVERSATION …` / `Beijing, 20 September 1970, from 4:00 p.m. to 6:40
    p.m.` or `Ulan-Bator [Ulaanbaatar], 14 March 1956` / the text: where and when the talk was,
    the record's dateline (they were paragraphs)."""
    root = converted_text(f"#### RECORD OF CONVERSATION WITH THE AMBASSADOR OF THE PRC\n\n"
                          f"{dateline}\n\n"
                          "At 11 o'clock the Ambassador came to the Ministry at his own request. "
                          "The First Secretary of the embassy was present.\n", date_text)
    # (the renamed place's bracket marks are no text of the TEI: its `reg`)
    assert texts(root, "//t:body/t:div/t:opener/t:dateline") == [
        dateline.replace("[", "").replace("]", "")]


def test_a_heading_of_a_date_alone_before_the_text_is_the_records_dateline(
        tmp_path: Path) -> None:
    """`#### FROM THE JOURNAL OF …` / `##### 20 June 1972` / `##### RECORD OF CONVERSATION …`:
    the date set as a heading of its own is the record's dateline, its marker kept (it was a
    section of a heading alone), valid against the house schema. A heading of words stays a
    heading."""
    source = ("SECRET\nCopy No. 1\n\n#### FROM THE JOURNAL OF N. A. MUKHITDINOV\n\n"
              "##### 20 June 1972\n\n"
              "##### RECORD OF CONVERSATION with the President of the Syrian Arab Republic\n\n"
              "On 20 June I visited the President at his invitation.\n")
    root = converted_text(source, "June 20, 1972")
    datelines = root.xpath("//t:body//t:dateline", namespaces=NS)
    assert [d.get("rend") for d in datelines] == ["##### {}"]
    assert texts(root, "//t:body//t:dateline") == ["20 June 1972"]
    assert texts(root, "//t:body//t:head") == [
        "FROM THE JOURNAL OF N. A. MUKHITDINOV",
        "RECORD OF CONVERSATION with the President of the Syrian Arab Republic"]
    assert invalidity(etree.ElementTree(root), tmp_path) == []
