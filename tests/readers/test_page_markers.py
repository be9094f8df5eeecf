"""Page boundaries a transcription marks: a bracket, the page's printed number, a rule. Between
two parts of one sentence they stand inside the one paragraph; between whole paragraphs they
are a `pb` of their own. Each fails on the reader before these markers were read."""

from __future__ import annotations

import pytest
from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text

META = {"title": "Test", "date_text": "May 14, 1950"}
FIRST = "The second question concerned the delivery of a large quantity of the"
SECOND = "supply of ammunition to the front. It was decided to send more."


def body_xml(source: str) -> str:
    root = convert_text(source, overrides=META, enrich=False).tree.getroot()
    body = root.find(f".//{{{TEI_NS}}}body")
    return etree.tostring(body, encoding="unicode").replace(f' xmlns="{TEI_NS}"', "")


@pytest.mark.parametrize(("marker", "pb"), [
    ("[page 3]", ' <pb n="3" rend="[page 3]"/> '),
    ("[Page break]", ' <pb rend="[Page break]"/> '),
    ("- 5 -", ' <pb n="5" rend="- 5 -"/> '),
    ("Page 5 of 8", ' <pb n="5" rend="Page 5 of 8"/> '),
    ("---", ' <pb rend="---"/> '),
    ("* * *", ' <pb rend="* * *"/> '),
    # the original's page in parentheses, as Hungarian papers mark it; it may close the page
    # it names as well as open it: no number
    ("(p. 1)", ' <pb rend="(p. 1)"/> '),
    # an archive's page number, its figures padded
    ("pg. 00195", ' <pb n="195" rend="pg. 00195"/> '),
    # a page's number as only this place tells it is one (it was text after an empty page
    # break, and `(2)` began a paragraph of its own)
    ("2", ' <pb n="2" rend="2"/> '),
    ("p. 2", ' <pb n="2" rend="p. 2"/> '),
    # an archive's leaf, the original's page named, the Stasi archive's page stamp
    ("[l. 23]", ' <pb n="23" rend="[l. 23]"/> '),
    ("[page 45 of the original]", ' <pb n="45" rend="[page 45 of the original]"/> '),
    ("[BStU 000034]", ' <pb n="34" rend="[BStU 000034]"/> '),
    ("BStU 000034", ' <pb n="34" rend="BStU 000034"/> '),
    ("//2//", ' <pb n="2" rend="//2//"/> '),
    ("(2)", ' <pb n="2" rend="(2)"/> '),
    # (one slash each side; the number alone in its bracket: the paragraph was cut in two)
    ("/2/", ' <pb n="2" rend="/2/"/> '),
    ("[2]", ' <pb n="2" rend="[2]"/> '),
])
def test_a_sentence_split_by_a_page_marker_is_one_paragraph(marker: str, pb: str) -> None:
    xml = body_xml(f"{FIRST}\n\n{marker}\n\n{SECOND}\n")
    assert f"<p>{FIRST}{pb}{SECOND}</p>" in xml, xml


@pytest.mark.parametrize("number", ["2", "(2)", "/2/"])
def test_a_number_before_a_new_sentence_is_no_page_break(number: str) -> None:
    """Figures alone, where the text after them begins anew, are what they were."""
    xml = body_xml(f"{FIRST}\n\n{number}\n\nThe third question was not discussed at all.\n")
    assert f'<pb n="2" rend="{number}"/>' not in xml, xml


def test_a_printed_page_number_between_paragraphs_is_a_page_break() -> None:
    xml = body_xml(f"{SECOND}\n\n- 2 -\n\n{SECOND}\n")
    assert f'{SECOND}</p>\n        <pb n="2" rend="- 2 -"/>\n        <p>{SECOND}' in xml, xml


@pytest.mark.parametrize(("marker", "attributes"), [
    ("[End of page 3]", 'rend="[End of page 3]"'),  # the page that ends is not the next one
    ("[end page]", 'rend="[end page]"'),  # (a Yugoslav edition's marker, no `of`)
    ("[start of page 4]", 'n="4" rend="[start of page 4]"'),
    ("[p. 12]", 'n="12" rend="[p. 12]"'),
])
def test_the_page_number_is_the_page_that_begins(marker: str, attributes: str) -> None:
    xml = body_xml(f"{SECOND}\n\n{marker}\n\n{SECOND}\n")
    assert f"<pb {attributes}/>" in xml, xml


def test_a_marker_before_a_new_sentence_does_not_join_the_paragraphs() -> None:
    xml = body_xml(f"{SECOND}\n\n{FIRST}\n\n[page 3]\n\nThe third question was not discussed "
                   "at all.\n")
    assert xml.count("<p>") == 3, xml


def test_a_figure_alone_in_its_bracket_between_paragraphs_is_the_archives_page() -> None:
    """`[41]` on a line of its own between two paragraphs (a Soviet memo's folio): a page
    begins; a note's number (`[1]` over the note `[1] …`) stays the note's."""
    xml = body_xml("The Koreans gave the DRV a loan of 12,300,000 rubles.\n\n[41]\n\nFour hundred "
                   "Vietnamese students are studying in Korean institutions.\n")
    assert '<pb n="41" rend="[41]"/>' in xml, xml
    noted = body_xml("The Koreans gave the DRV a loan.[1]\n\n[1]\n\nFour hundred Vietnamese "
                     "students are studying in Korea.\n\n[1] The sum is given in old rubles.\n")
    assert "<pb" not in noted, noted


def test_a_heading_of_a_pages_number_alone_keeps_it_as_its_words() -> None:
    """`## [1]`: read as a page break, the heading was empty, which the house Schematron
    refuses (the property test's documents found it); its words are its text."""
    tree = convert_text("Some text of the report goes here.\n\n## [1]\n\nMore text follows.\n",
                        overrides={"title": "Report", "date_text": "May 14, 1950"}).tree
    (head,) = tree.getroot().iterfind(".//{http://www.tei-c.org/ns/1.0}head")
    assert head.text == "[1]" and len(head) == 0


@pytest.mark.parametrize("marker", ["[page 2]", "- 2 -", "[2]", "2"])
def test_a_sentence_left_on_a_preposition_goes_on_past_the_page_in_capitals(marker: str) -> None:
    """`… arrived in` / `[page 2]` / `Pyongyang on Monday …`: no sentence ends on `in`, so the
    next page goes on with it though its first word is a name (two paragraphs, the marker a
    third or inside the first)."""
    xml = body_xml(f"{SECOND}\n\nThe delegation of the Soviet government arrived in\n\n{marker}\n\n"
                   "Pyongyang on Monday and was received by the Minister.\n")
    assert xml.count("<p>") == 2, xml
    assert "arrived in <pb n=\"2\"" in xml and "/> Pyongyang on Monday" in xml, xml


def test_a_short_paragraph_ending_on_a_broken_word_goes_on_past_the_page() -> None:
    """`The delegation of the Soviet gov-` / `[page 2]` / `ernment arrived …`: fewer words than
    a paragraph split by a page is read to have, but its last word goes on."""
    xml = body_xml(f"{SECOND}\n\nThe delegation of the Soviet gov-\n\n[page 2]\n\nernment arrived "
                   "in Pyongyang on Monday.\n")
    assert xml.count("<p>") == 2, xml
    assert 'gov- <pb n="2" rend="[page 2]"/> ernment arrived' in xml, xml


def test_a_name_cut_by_the_page_goes_on_past_it() -> None:
    """`… was welcomed by Comrade Kim Il` / `[page 2]` / `Sung and other leaders.`: a paragraph
    stops on a capitalised word, no sentence's end; the name goes on after the page."""
    xml = body_xml(f"{SECOND}\n\nAt the airport the delegation was welcomed by Comrade Kim Il\n\n"
                   "[page 2]\n\nSung and other leaders of the party and the state.\n")
    assert xml.count("<p>") == 2, xml
    assert 'Kim Il <pb n="2" rend="[page 2]"/> Sung and other' in xml, xml


def test_a_heading_in_capitals_over_the_page_stays_apart() -> None:
    xml = body_xml(f"{SECOND}\n\nREPORT ON THE VISIT OF THE DELEGATION TO THE DPRK\n\n[page 2]\n\n"
                   "Sung Ki-ho received the delegation on Monday in the morning.\n")
    assert "DPRK <pb" not in xml, xml


def test_the_archives_page_stamp_between_paragraphs_is_a_page_break() -> None:
    """`BStU 000087` on its line between two paragraphs: where the Stasi archive's page 87
    begins (it was read as a signature, and the text after it as a postscript)."""
    xml = body_xml(f"{SECOND}\n\nBStU 000087\n\nIn Gdansk leaflets calling for a strike were "
                   "distributed on 3 May by unknown persons.\n\nThe embassy\n")
    assert '<pb n="87" rend="BStU 000087"/>' in xml, xml
    assert "<postscript>" not in xml and xml.count("<p>") == 2, xml


@pytest.mark.parametrize("first", [
    # a word of grammar ends the line before the blank one
    "Khamphay asked whether the GDR could deliver the",
    "Vice Minister Han: [We] will take the view of the Korean comrades into",
    # clauses run on over the line
    "Colonel Ha Van Lau, head of the liaison mission of the People's Army, asked us to",
    # a sentence's long line, no word capitalised after its first
    "Your struggle for the freedom and independence of your homeland is the struggle of all "
    "peace-loving",
])
def test_a_sentence_cut_by_a_blank_line_in_a_paragraph_per_line_page_is_a_page_break(
        first: str) -> None:
    """In a page of one paragraph a line, a blank line between a sentence's two halves is a
    page's end, where the line before it cannot end a heading (it was a line break)."""
    source = (f"The talks began at ten o'clock in the morning and lasted three hours.\n\n{first}"
              "\n\nconsideration of the questions raised by the delegation at the meeting.\n")
    assert "<pb/>" in body_xml(source)


def test_a_headings_line_going_on_after_a_blank_line_is_one_heading() -> None:
    source = ("Deputy Head of the Department of the Central Committee\n\nfor relations with "
              "foreign communist parties\n\nThe talks began at ten o'clock in the morning and "
              "lasted three hours.\n")
    assert "<pb" not in body_xml(source)


def test_a_paragraph_cut_by_the_page_before_a_name_is_one_paragraph() -> None:
    """`… the rebels on Sumatra were receiving arms through` / (a blank line) / `Singapore and
    that …`: a word of grammar ends no paragraph, whatever the capital after it."""
    source = ("Speaking of Indonesia, Chen Yi said that according to the embassy the rebels on "
              "Sumatra were receiving arms through\n\nSingapore and that American aircraft had "
              "been seen over Padang.\n")
    xml = body_xml(source)
    assert "<pb/>" in xml and xml.count("<p>") == 1


def test_a_title_line_before_a_capitalised_line_stays_apart() -> None:
    source = ("The talks began at ten o'clock in the morning and lasted three hours.\n\n"
              "Record of the conversation with the\n\nAmbassador of the Mongolian People's "
              "Republic, who asked for the meeting.\n")
    assert "<pb" not in body_xml(source)


def test_a_line_going_on_after_a_quotation_mark_in_lower_case_is_the_same_paragraph() -> None:
    """`… the attitude of Mexico and Chile remained` / `"uncertain". He asked …`: the page
    cut the sentence before a quoted word; the quotation mark hid the lower case."""
    xml = body_xml("3. He answered that the United States had at least thirteen votes and hoped "
                   "to reach fourteen, but admitted that the attitude of Mexico, Brazil and Chile "
                   "remained\n\"uncertain\". He asked me whether Chile would support it.\n")
    assert "remained<pb/><q>uncertain</q>. He asked" in xml
