"""The page-header reader on the dev documents and on texts that are not page headers."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_paths import DEV

from teikit import TEI_NS
from teikit.dates import parse_date
from teikit.metadata.header_fields import Field
from teikit.readers.page_header import normalise_label, parse_page_header

GOLD_FILES = sorted((DEV / "gold").glob("*.json"))


def _gold_and_text(gold_file: Path) -> tuple[dict, str]:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = (DEV / gold["file"]).read_text(encoding="utf-8")
    return gold, text


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_body_title_and_date_match_the_gold(gold_file: Path) -> None:
    gold, text = _gold_and_text(gold_file)
    header = parse_page_header(text, str(gold_file))
    assert header.body_start == gold["body_start"]
    assert header.title is not None and header.title.value == gold["title"]
    assert header.date_text is not None
    value = parse_date(header.date_text.value)
    assert value is not None and value.when == gold["date"]


def _without_bold(head: str) -> str:
    """No bold at all: the date line, the title (over its wrapped lines), then the labels."""
    return head.replace("**", "")


def _single_newlines(head: str) -> str:
    """No bold and no blank line: `March 21, 1969` / the title / `Summary:` / its value / … /
    `Contents:` / `English Translation` / the text (the fields were read as the text's first
    lines)."""
    head = re.sub(r"\n[ \t]*\n+", "\n", _without_bold(head)).lstrip("\n")
    return head if head.endswith("\n") else head + "\n"


def _the_websites_labels(head: str) -> str:
    """Single newlines, each label alone on its line without its colon and its value under it
    (`Summary` / its value / … / `Contents` / `Translation - English`), as the website prints
    its fields (the title ran on into the fields, and the page had no header)."""
    return _LABEL_THEN_VALUE.sub(lambda m: m["label"] + ("\n" + m["value"] if m["value"] else ""),
                                 _single_newlines(head))


_LABEL_THEN_VALUE = re.compile(r"(?m)^(?P<label>[A-Z][\w ()/'’&.-]{0,39}?):[ \t]*(?P<value>\S.*)?$")


def _bold_labels_alone(head: str) -> str:
    """Each bold label alone on its line without its colon, its value under it (`**Summary**`
    / its value), as some exports print the fields (the page had no header)."""
    return _BOLD_LABEL_THEN_VALUE.sub(
        lambda m: f"**{m['label']}**" + ("\n" + m["value"] if m["value"] else ""), head)


_BOLD_LABEL_THEN_VALUE = re.compile(r"(?m)^\*\*(?P<label>[A-Z][^*:\n]{0,39}):\*\*[ \t]*"
                                    r"(?P<value>\S.*)?$")


def _bold_labels_alone_under_their_heading(head: str) -> str:
    """Bold labels alone, the website's `**Document Information**` over the last of them, and
    the original's language as `**Languages**`, as some exports print them (the header ended
    at the heading, the fields under it read as the text's first paragraphs)."""
    alone = _bold_labels_alone(head).replace("**Original Language**", "**Languages**")
    last = alone.rstrip("\n").rfind("\n**")
    return f"{alone[:last]}\n**Document Information**\n{alone[last:]}"


def _italic_heading_over_the_labels(head: str) -> str:
    """The same, the heading set in italics (`*Document Information*`; the header ended at
    the heading)."""
    return _bold_labels_alone_under_their_heading(head).replace("**Document Information**",
                                                                "*Document Information*")


def _bold_date_and_title_over_plain_labels(head: str) -> str:
    """The date and title in bold, the labels under them without (`Summary: …`; the header
    ended at the title, the fields read as the text's first paragraphs)."""
    paragraphs = head.lstrip("\n").split("\n\n")
    return "\n\n".join([*paragraphs[:2], *(_without_bold(part) for part in paragraphs[2:])])


def _bold_with_underscores(head: str) -> str:
    """Bold set with underscores (`__June 15, 1954__`, `__Summary:__ …`; the page had no
    header, and its conversion stopped)."""
    return head.replace("**", "__")


def _title_under_the_date(head: str) -> str:
    """`October 17, 1960` / the title on the next line (wrapped with hard breaks or not) / a
    blank line / the labels, no bold (the page had no header, its fields the text's first
    lines)."""
    return re.sub(r"^([^\n]+)\n[ \t]*\n+", r"\1\n", _without_bold(head).lstrip("\n"), count=1)


def _title_over_the_date(head: str) -> str:
    """No bold, the title first and the date under it, each a paragraph of its own, then the
    labels (`Minutes of …` / `October 25, 1959` / `Summary` …; the page had no header)."""
    date, title, rest = _without_bold(head).lstrip("\n").split("\n\n", 2)
    return f"{title.strip(chr(10))}\n\n{date}\n\n{rest}"


def _citation_first(head: str) -> str:
    """The citation's field first, over the bold date and title (`**Citation:** …` / `**April
    12, 1968**` / the title / the other fields), as some exports print the fields (the page
    had no header)."""
    paragraphs = head.lstrip("\n").split("\n\n")
    cited = [at for at, paragraph in enumerate(paragraphs)
             if paragraph.startswith("**Citation:**")]
    at = cited[0]
    # (the label alone, its value the paragraph under it)
    end = at + 2 if paragraphs[at].strip() == "**Citation:**" else at + 1
    citation = paragraphs[at:end]
    del paragraphs[at:end]
    return "\n\n".join([*citation, *paragraphs])


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("layout", [_without_bold, _single_newlines, _the_websites_labels,
                                    _title_under_the_date, _bold_labels_alone,
                                    _bold_labels_alone_under_their_heading,
                                    _italic_heading_over_the_labels,
                                    _bold_date_and_title_over_plain_labels,
                                    _bold_with_underscores,
                                    _title_over_the_date],
                         ids=lambda f: f.__name__.strip("_"))
def test_the_same_page_saved_in_another_layout_has_the_same_header(
        layout: Callable[[str], str], gold_file: Path) -> None:
    """The page's fields laid out as other exports print them: the same header, the text where
    the gold's begins."""
    gold, text = _gold_and_text(gold_file)
    head = layout(text[: gold["body_start"]])
    header = parse_page_header(head + text[gold["body_start"]:], str(gold_file))
    assert header.body_start == len(head)
    assert header.title is not None and header.title.value == gold["title"]
    assert header.date_text is not None
    value = parse_date(header.date_text.value)
    assert value is not None and value.when == gold["date"]


CITED_GOLD_FILES = [gold_file for gold_file in GOLD_FILES
                    if "\n**Citation:**" in _gold_and_text(gold_file)[1]]


@pytest.mark.parametrize("gold_file", CITED_GOLD_FILES, ids=lambda p: p.stem)
def test_a_page_printing_its_citation_first_has_the_same_header(gold_file: Path) -> None:
    """`**Citation:** …` over the bold date and title, the other fields under them: the same
    header, the text where the gold's begins (the page had no header, and its conversion
    stopped)."""
    test_the_same_page_saved_in_another_layout_has_the_same_header(_citation_first, gold_file)


@pytest.mark.parametrize("text", [
    "September 10, 1951\n\nDear Comrade, a dated letter with no title.\n\nText.\n",
    "Date: 14 April 1978\n\nSubject: the congress\n\nSummary: not a page's field here.\n",
    "September 10, 1951\n\nA title\n\nNote: a label the archive does not print.\n",
    "September 10, 1951\nA line running on\ninto the text of a letter\n\nSummary: S\n",
], ids=["no-label", "memo-lines", "unknown-label", "run-on"])
def test_plain_lines_are_a_header_only_as_a_page_prints_one(text: str) -> None:
    header = parse_page_header(text)
    assert not header.found and header.body_start == 0


@pytest.mark.parametrize("text", [
    "Report on the Harvest of 1957\n\nSeptember 10, 1951\n\nThe harvest was good.\n",
    "Report on the Harvest of 1957\n\nSeptember 10, 1951\nMoscow\n\nSummary: S\n",
    "Report on the Harvest\n\nSeptember 10, 1951\n\nNote: a label the archive does not print.\n",
], ids=["no-label", "date-runs-on", "unknown-label"])
def test_a_title_over_a_date_is_a_header_only_over_the_pages_labels(text: str) -> None:
    """A text may open with its heading over its date: only the archive's labels under the
    two make them a page's title and date."""
    header = parse_page_header(text)
    assert not header.found and header.body_start == 0


def test_a_plain_page_without_labels_is_its_date_and_title_over_the_text() -> None:
    text = ("September 3, 1956\n\nLetter from Ri Sang-jo to N.S. Khrushchev\n\n"
            "Dear Comrade N. S. KHRUSHCHEV!\n\nI hope that you have received the message.\n")
    header = parse_page_header(text)
    assert header.date_text is not None and header.date_text.value == "September 3, 1956"
    assert header.title is not None and header.title.value == (
        "Letter from Ri Sang-jo to N.S. Khrushchev")
    assert text[header.body_start:].startswith("Dear Comrade")
    # A dated letter's first line is no title: an address, or a sentence.
    for first in ("Dear Comrade N. S. KHRUSHCHEV!", "To the Ministry of Foreign Affairs:",
                  "We received your letter of 1 September."):
        assert not parse_page_header(f"September 3, 1956\n\n{first}\n\nText.\n").found


def test_a_plain_pages_title_may_open_as_a_forms_field() -> None:
    """`Telegram No.: MEX/104/1/81, Secretary Haig’s Visit …` under the date: the title of an
    Indian telegram's page, though it opens with a label (the page saved as plain text had no
    header, and its conversion stopped); only the archive's labels end the title."""
    title = "Telegram No.: MEX/104/1/81, Secretary Haig’s Visit to Mexico (November 23-24)"
    text = (f"November 27, 1981\n\n{title}\n\nSummary: The US ratified the protocol.\n\n"
            "DATE: November 27, 1981\n\nThe Secretary of State visited Mexico.\n")
    header = parse_page_header(text)
    assert header.title is not None and header.title.value == title
    assert text[header.body_start:].startswith("DATE: November 27, 1981")
    # a first line with a label is no date's line
    assert not parse_page_header(f"Telegram No.: 104\n\n{title}\n\nText.\n").found


def test_a_summary_printed_empty_over_the_text_leaves_the_text_its_own() -> None:
    """`**Summary:**` with nothing after it, then the cable: the paragraph under the label was
    taken for its value, the document had no text left and its conversion stopped. A value
    under its label stays one where text follows it."""
    text = ("**April 20, 1961**\n\n**Cable from the Chinese Embassy**\n\n**Summary:**\n\n"
            "Telegram received by the [Chinese] Central Committee\nExtremely Urgent\n"
            "Consider the recommendations above as references.\n[Chinese] Embassy\n"
            "20 April 1961\nAuthor(s):\nAssociated Places\nDocument Information\n")
    header = parse_page_header(text)
    assert "summary" not in header.fields
    assert header.body_of(text)[header.body_start:].startswith("Telegram received by")
    below = text.replace("**Summary:**\n\n", "**Summary:**\n\nThe embassy recommends.\n\n")
    header = parse_page_header(below)
    assert header.fields["summary"].value == "The embassy recommends."
    assert below[header.body_start:].startswith("Telegram received by")


def test_a_classification_under_an_empty_summary_label_opens_the_text() -> None:
    """`**Summary:**` printed empty, then `(Top Secret)` and the telegram: the marking is the
    document's first line, not its summary."""
    text = ("**June 7, 1954**\n\n**Telegram, Zhou Enlai to Mao Zedong**\n\n**Summary:**\n\n"
            "(Top Secret)\n\nChairman [Mao]:\n\nI hereby send the twelve terms.\n")
    header = parse_page_header(text)
    assert "summary" not in header.fields
    assert text[header.body_start:].startswith("(Top Secret)\n\nChairman")
    bare = text.replace("(Top Secret)", "TOP SECRET")
    assert bare[parse_page_header(bare).body_start:].startswith("TOP SECRET")
    # a summary that merely begins with a marking's word stays the summary
    summary = text.replace("(Top Secret)", "Secret talks on the armistice terms.")
    header = parse_page_header(summary)
    assert header.fields["summary"].value == "Secret talks on the armistice terms."
    assert summary[header.body_start:].startswith("Chairman")


def test_every_raw_document_has_its_gold() -> None:
    # The parametrised test above must not pass by finding no files.
    assert GOLD_FILES
    assert len(GOLD_FILES) == len(list((DEV / "raw").glob("*.txt")))


def test_seed_layout_fields_and_positions(shared: Path) -> None:
    text = (shared / "dev" / "raw" / "000_79d039120a78d3ba.txt").read_text(encoding="utf-8")
    header = parse_page_header(text)
    assert header.date_text == Field("September 10, 1951", 3, 3)
    # The title spans three lines joined by Markdown hard breaks (two trailing spaces).
    assert header.title == Field(
        "V. Razuvayev, 'Political Attitudes and Korean-Chinese Relations in Connection with "
        "the Armistice Talks'",
        5,
        3,
    )
    assert list(header.fields) == [
        "citation",
        "summary",
        "credits",
        "original_language",
        "contents",
    ]
    assert header.fields["original_language"] == Field("Russian", 23, 1)
    assert header.fields["contents"].value == "Translation - English"
    assert header.fields["citation"].value.endswith(
        "<https://wilson-center.drivingcreative.com/document/117422>"
    )
    assert header.start_line == 3


def test_page_text_layout_with_value_on_following_line(shared: Path) -> None:
    text = (shared / "dev" / "raw" / "w012.txt").read_text(encoding="utf-8")
    header = parse_page_header(text)
    citation = header.fields["citation"]
    assert (citation.line, citation.column) == (6, 1)
    assert citation.value.startswith("“Cable, Zhou Enlai")
    assert citation.value.endswith("https://digitalarchive.wilsoncenter.org/document/208198")
    summary = header.fields["summary"]
    assert (summary.value, summary.line, summary.column) == (
        "Zhou Enlai shares a draft telegram with Mao Zedong.",
        8,
        14,
    )
    assert header.fields["original_language"].value == "Chinese"


def test_column_points_at_the_value_in_the_text() -> None:
    text = "**May 6, 1950**\n\n**A Title**\n\n**Summary:**   Short.\n\nBody.\n"
    header = parse_page_header(text)
    summary = header.fields["summary"]
    line = text.splitlines()[summary.line - 1]
    assert line[summary.column - 1 :] == "Short."
    assert text[header.body_start :] == "Body.\n"


def test_an_indented_label_is_a_label_and_its_column_counts_the_indent() -> None:
    """Markdown ignores up to three spaces before a line: ``  **Summary:**`` is the field."""
    text = ("**May 6, 1950**\n\n**A Title**\n\n  **Summary:** Short.\n\n  **Original Language:**"
            "\n\n  Russian\n\nBody.\n")
    header = parse_page_header(text)
    summary = header.fields["summary"]
    line = text.splitlines()[summary.line - 1]
    assert line[summary.column - 1 :] == "Short."
    assert header.fields["original_language"].value == "Russian"
    assert text[header.body_start :] == "Body.\n"


def test_unknown_labels_are_kept_once_a_header_is_recognised() -> None:
    text = (
        "**May 6, 1950**\n\n**Report**\n\n**Record ID:** 117422\n**Type:** Report\n"
        "**Rights:** Public\n**Keywords:** Korea; armistice\n**Provenance Note:** Box 4\n\n"
        "Text of the report.\n"
    )
    header = parse_page_header(text)
    assert header.fields["record_id"].value == "117422"
    assert header.fields["provenance_note"].value == "Box 4"
    assert set(header.fields) >= {"type", "rights", "keywords"}
    assert text[header.body_start :].startswith("Text of the report.")


def test_label_with_colon_outside_the_bold_is_a_label() -> None:
    header = parse_page_header("**Summary**: A short note.\n\nBody.")
    assert header.fields["summary"].value == "A short note."
    assert header.body_start == len("**Summary**: A short note.\n\n")


@pytest.mark.parametrize(
    "text",
    [
        "Plain transcription with no header.\n\nSecond paragraph.\n",
        "**Important notice**\n\nThe first paragraph must stay in the body.\n",
        "**MEMORANDUM**\n\n**Top Secret**\n\nFirst paragraph.\n",
        "**Note:** this bold label is not an archive field.\n\nText.\n",
        "**September 10, 1951**\n\nDear Comrade, a dated letter without a title.\n",
        "**September 10, 1951**\n**A bold line running on**\ninto the body text.\n",
        "**Two** bold **spans** in running text.\n\nMore.\n",
        "",
        "\n\n   \n",
    ],
    ids=[
        "plain",
        "bold-notice",
        "bold-headings",
        "unknown-label",
        "date-only",
        "run-on",
        "bold-spans",
        "empty",
        "blank",
    ],
)
def test_texts_that_are_not_page_headers_lose_nothing(text: str) -> None:
    header = parse_page_header(text)
    assert not header.found
    assert header.body_start == 0
    assert header.fields == {}


def test_a_title_run_straight_on_into_the_text_under_the_date_is_the_title() -> None:
    """A page saved with single newlines and no labelled fields: the date, the title, the
    text, a line each."""
    text = ("**October 9, 1950**\n**Telegram from Kim Il Sung to Stalin**\n"
            "Ciphered Telegram # 600382/sh\nTo Comrade STALIN I.V.\n")
    header = parse_page_header(text)
    assert (header.date_text.value, header.title.value) == (
        "October 9, 1950", "Telegram from Kim Il Sung to Stalin")
    assert text[header.body_start:].startswith("Ciphered Telegram")


def test_a_known_label_alone_is_a_header_without_date_or_title() -> None:
    header = parse_page_header("**Summary:** A cable.\n\nText.\n")
    assert header.found and header.date_text is None and header.title is None
    assert header.body_start == len("**Summary:** A cable.\n\n")


def test_crlf_line_ends_and_a_bom(shared: Path) -> None:
    text = (shared / "dev" / "raw" / "000_79d039120a78d3ba.txt").read_text(encoding="utf-8")
    crlf = "\ufeff" + text.replace("\n", "\r\n")
    header = parse_page_header(crlf)
    assert header.title is not None and header.title.value.endswith("Armistice Talks'")
    assert crlf[header.body_start :].startswith("Received by diplomatic pouch")
    assert header.fields["contents"].value == "Translation - English"


def test_header_to_the_end_of_the_text_leaves_an_empty_body() -> None:
    text = "**May 6, 1950**\n\n**Title**\n\n**Summary:** Only a header.\n"
    header = parse_page_header(text)
    assert header.body_start == len(text)


def test_a_label_without_value_is_not_a_field() -> None:
    text = "**May 6, 1950**\n\n**Title**\n\n**Summary:**\n\n**Credits:** Someone\n\nBody\n"
    header = parse_page_header(text)
    assert "summary" not in header.fields
    assert header.fields["credits"].value == "Someone"
    assert text[header.body_start :] == "Body\n"


def test_two_bold_lines_in_reverse_order_are_still_read() -> None:
    header = parse_page_header("**A Title**\n\n**May 6, 1950**\n\n**Summary:** S\n\nBody")
    assert header.title is not None and header.title.value == "A Title"
    assert header.date_text is not None and header.date_text.value == "May 6, 1950"


def test_normalise_label() -> None:
    assert normalise_label("Original Language") == "original_language"
    assert normalise_label("Record ID") == "record_id"


@pytest.mark.parametrize("line", ["Body html", "Simple PDF"])
def test_a_text_line_ending_on_a_formats_name_is_no_site_tab(line: str) -> None:
    """`English HTML`, `Original Scan`: the site's tab over the text, no line of it; `Body
    html` is the text's first line (the header took it, a generated text of the property test
    below found)."""
    header_text = "**May 6, 1950**\n\n**A Title**\n\n**Summary:** S\n\n"
    assert parse_page_header(header_text + line).body_start == len(header_text)
    tabbed = parse_page_header(header_text + "English HTML\n\n" + line)
    assert tabbed.body_start == len(header_text) + len("English HTML\n\n")


_BODY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=200).map(
    lambda s: "Body " + s
)


@settings(max_examples=150, deadline=None)
@given(body=_BODY, crlf=st.booleans())
def test_property_a_header_never_takes_body_text(body: str, crlf: bool) -> None:
    header_text = "**May 6, 1950**\n\n**A Title**\n\n**Summary:** S\n\n"
    if crlf:
        header_text = header_text.replace("\n", "\r\n")
    header = parse_page_header(header_text + body)
    assert header.body_start == len(header_text)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=300))
def test_property_body_start_is_in_range_and_at_a_non_blank(text: str) -> None:
    header = parse_page_header(text)
    assert 0 <= header.body_start <= len(text)
    if header.found and header.body_start < len(text):
        assert not text[header.body_start].isspace()
    if not header.found:
        assert header.body_start == 0


def test_a_page_saved_from_the_website_opens_with_its_navigation_link() -> None:
    text = ("\ufeffSkip to content\n\nOctober 14, 1950\n\nCiphered Telegram, Shtykov to Feng Xi "
            "(Stalin)\n\nCiphered Telegram # 600428/sh\n\nFROM: PYONGYANG\n")
    header = parse_page_header(text)
    assert header.date_text is not None and header.date_text.value == "October 14, 1950"
    assert header.date_text.line == 3
    assert header.title is not None and header.title.value.endswith("Feng Xi (Stalin)")
    assert text[header.body_start:].startswith("Ciphered Telegram # 600428/sh")
    # Under the link, bold layout too; and a text that only opens with the link keeps it.
    bold = "Skip to content\n**May 6, 1950**\n\n**Summary:** S\n\nBody\n"
    assert bold[parse_page_header(bold).body_start:] == "Body\n"
    for plain in ("Skip to content\n\nWe received your letter.\n",
                  "Skip to content\n\nSeptember 3, 1956\n\nDear Comrade Khrushchev!\n\nText\n"):
        assert parse_page_header(plain).body_start == 0


@pytest.mark.parametrize("title", [
    "Protocol 55 of the Meeting of the Political Bureau of the CC of the RWP, on the Situation "
    "in Hungary and Measures to be Taken in Romania.",
    "Second Meeting: Record of a Conversation between Cde. L. I. Brezhnev and Cde. Le Duc Tho",
], ids=["full-stop", "phrase-and-colon"])
def test_under_the_navigation_link_a_title_may_read_as_a_sentence_or_a_label(title: str) -> None:
    """The archive's titles end with a full stop or open with a phrase and a colon now and
    then; under the website's link they are still the title, where a plain text's such line
    would be its own."""
    text = f"Skip to content\n\nOctober 26, 1956\n\n{title}\n\nThe meeting opens at 10 a.m.\n"
    header = parse_page_header(text)
    assert header.title is not None and header.title.value == title
    assert text[header.body_start:] == "The meeting opens at 10 a.m.\n"
    plain = text.removeprefix("Skip to content\n\n")
    assert parse_page_header(plain).title is None


def test_a_page_saved_from_its_date_takes_its_title_from_the_citation_box() -> None:
    """The site's page cut above its date: the date, then the box's summary and citation,
    indented, with no title line; the citation quotes the title."""
    text = ('August 02, 1963\n\n\n    Homi Bhabha writes to Nehru about the Chinese test.\n'
            '    "Letter, Homi Bhabha to Jawaharlal Nehru," August 02, 1963, History and Public '
            'Policy Program Digital Archive, National Archives of India, File No. 17(1773)/76. '
            'Obtained by Vivek Prahladan.\nTelephone: 253724\n\nMy dear Bhai,\n')
    header = parse_page_header(text)
    assert header.date_text is not None and header.date_text.value == "August 02, 1963"
    assert header.title is not None
    assert header.title.value == "Letter, Homi Bhabha to Jawaharlal Nehru"
    assert header.fields["summary"].value.startswith("Homi Bhabha writes")
    assert "File No. 17(1773)/76" in header.fields["citation"].value
    assert text[header.body_start:].startswith("Telephone: 253724")
    # a date over an indented paragraph of the text is no page's
    letter = "August 02, 1963\n\n    My dear Bhai, thank you for your letter.\n"
    assert parse_page_header(letter).title is None


def test_a_transcription_whose_title_is_given_keeps_its_opening_date_and_line() -> None:
    """With the title from a sidecar or an option, the text is a transcription: a date and a
    title-like line at its start are its own lines (they were taken for a page's header, and,
    the header being overridden, were in the edition nowhere)."""
    from teikit.convert import convert_text

    text = ("September 3, 1956\n\nLetter from Ri Sang-jo to N.S. Khrushchev\n\n"
            "I hope that you have received the message.\n")
    assert parse_page_header(text, title_given=True).body_start == 0
    root = convert_text(text, overrides={"title": "A letter", "date_text": "September 3, 1956"},
                        enrich=False).tree.getroot()
    body = " ".join("".join(root.find(f"{{{TEI_NS}}}text").itertext()).split())
    assert body.startswith("September 3, 1956 Letter from Ri Sang-jo to N.S. Khrushchev")
    # labelled, the page's header is a header whoever gives the title
    labelled = "September 3, 1956\n\nA letter\n\nSummary: On the message.\n\nThe text.\n"
    assert labelled[parse_page_header(labelled, title_given=True).body_start:] == "The text.\n"


def test_the_citation_under_the_title_without_its_label_is_the_citation() -> None:
    """A page saved from the website keeps the citation box's text under the title, indented,
    its label lost: the archive's citation all the same (its archive and file read from it),
    and the body begins under it."""
    text = ('**March 2, 1953**\n\n**Ambassador reports on a conversation with Kim Il Sung**\n\n'
            '    "Report, Razuvayev to Vyshinsky," March 02, 1953, History and Public Policy '
            'Program Digital Archive, AVP RF, f. 0102, op. 9, d. 44, ll. 3-5.\n'
            'Today I visited Kim Il Sung at his request.\n')
    header = parse_page_header(text)
    citation = header.fields["citation"]
    assert citation.value.startswith('"Report, Razuvayev to Vyshinsky," March 02, 1953')
    assert (citation.line, citation.column) == (5, 5)
    assert text[header.body_start:].startswith("Today I visited")
    # a quotation opening the text under a page's title is the text's own
    quoted = ('**March 2, 1953**\n\n**Telegram**\n\n"Report to Moscow," the ambassador wrote, '
              '"at once."\n')
    assert "citation" not in parse_page_header(quoted).fields


def test_the_archives_reference_alone_under_the_title_is_the_citation() -> None:
    """The citation box may hold the archive's reference alone, its parts stopped; the site's
    tab under it (`English HTML`) is no line of the text."""
    text = ("**March 26, 1948**\n\n**Stalin talks with the leaders of the Socialist Unity "
            "Party**\n\n    APRF. F. 45. Op. 1. D. 303. pp. 24-49.\nEnglish HTML\n\n"
            "Record of a conversation\n")
    header = parse_page_header(text)
    assert header.fields["citation"].value == "APRF. F. 45. Op. 1. D. 303. pp. 24-49."
    assert text[header.body_start:] == "Record of a conversation\n"
    # indented words under the title that name no fond are the text's
    quoted = ("**March 26, 1948**\n\n**Record**\n\n    Present: V. M. Molotov, A. A. "
              "Zhdanov.\n\nThe talks began.\n")
    assert "citation" not in parse_page_header(quoted).fields
    # the tab under the labelled fields too
    labelled = ("**November 02, 1956**\n\n**Working Notes**\n\n**Summary:** Reports from "
                "Hungary.\n\nEnglish html\n\nWorking Notes from the Session\n")
    assert labelled[parse_page_header(labelled).body_start:] == "Working Notes from the Session\n"


def test_the_funders_line_in_bold_is_no_title_and_the_citation_gives_it() -> None:
    """A page whose bold second line is the funder's: the box under it holds the summary and
    the citation, indented, whose quoted title is the page's."""
    text = ("**September 15, 1959**\n\n**This document was made possible with support from the "
            "Leon Levy Foundation**\n\n    Zimyanin reports to Khrushchev on the new stage in "
            "relations with China.\n    \"Zimyanin's Report for Khrushchev on China (Excerpt),\" "
            "September 15, 1959, History and Public Policy Program Digital Archive, TsKhSD Fond "
            "5, Opis' 30, Delo 307, Listy 49-79.\nEnglish HTML\n\nThe victory of the revolution.\n")
    header = parse_page_header(text)
    assert header.title is not None
    assert header.title.value == "Zimyanin's Report for Khrushchev on China (Excerpt)"
    assert header.fields["credits"].value.endswith("Leon Levy Foundation")
    assert header.fields["summary"].value.startswith("Zimyanin reports to Khrushchev")
    assert text[header.body_start:] == "The victory of the revolution.\n"


def test_a_line_in_lower_case_under_a_whole_heading_is_the_texts_own() -> None:
    """The date, the title, then the text's own sending line in lower case: the heading ends
    on a noun, so the line does not continue it; a heading that ends on a joining word does
    go on in the line under it, and is no page's title."""
    text = ("January 26, 1969\nMemo from the Bulgarian Ambassador in Pyongyang to the "
            "International Relations Department\nfrom Misho Nikolov – Ambassador of PR Bulgaria"
            "\nOn 25 January 1969, I was summoned to the Ministry.\n")
    header = parse_page_header(text)
    assert header.title is not None and header.title.value.endswith("Relations Department")
    assert text[header.body_start:].startswith("from Misho Nikolov")
    wrapped = ("January 26, 1969\nMemo from the Bulgarian Ambassador on the talks held in\n"
               "the capital of the Republic on the same day\nOn 25 January 1969, I was told.\n")
    assert parse_page_header(wrapped).title is None


@pytest.mark.parametrize(("summary_layout", "emphasis"), [
    ("**Summary:** {}\n\n", ""), ("**Summary:**\n\n{}\n\n", ""),
    ("**Summary:** {}\n\n", "*")])
def test_the_archives_note_under_a_summary_a_model_wrote_is_the_summarys(
        summary_layout: str, emphasis: str) -> None:
    """`This document summary was generated by an artificial intelligence language model …`
    under the summary, unlabelled: the summary's note, and the credits under it are still a
    field of the header, not the text's first lines; the note alone, no summary over it, is
    the text's."""
    note = ("This document summary was generated by an artificial intelligence language model "
            "and was reviewed by a Wilson Center staff member.")
    text = ("**March 24, 1950**\n\n**Unnumbered Telegram from Taipei (Strong) to the Secretary "
            "of State**\n\n" + summary_layout.format("Telegram discusses Taiwan.") + emphasis
            + note + emphasis + "\n\n**Credits:** This document was made possible with support "
            "from Chun & Jane Chiu Family Foundation\n\n[…]\nFROM: Taipei\n")
    header = parse_page_header(text)
    assert header.fields["summary"].value == "Telegram discusses Taiwan."
    assert header.fields["summary_note"].value == note
    assert header.fields["credits"].value.endswith("Chiu Family Foundation")
    assert text[header.body_start:] == "[…]\nFROM: Taipei\n"
    unsummarised = "**March 24, 1950**\n\n**A Telegram from Taipei**\n\n" + note + "\n"
    assert unsummarised[parse_page_header(unsummarised).body_start:] == note + "\n"


_HEADINGS_PAGE = """\
## September 10, 1951

# Report on the Korean Army Corps

### Summary

A report on the armistice talks.

### Original Language:

Russian

The talks began at noon.
"""


def test_a_page_whose_date_title_and_labels_are_markdown_headings() -> None:
    header = parse_page_header(_HEADINGS_PAGE)
    assert header.date_text is not None and header.date_text.value == "September 10, 1951"
    assert header.title is not None and header.title.value == "Report on the Korean Army Corps"
    assert (header.title.line, header.title.column) == (3, 3)
    assert header.fields["summary"].value == "A report on the armistice talks."
    assert header.fields["original_language"].value == "Russian"
    assert _HEADINGS_PAGE[header.body_start:].startswith("The talks began")


def test_a_title_underlined_as_markdown_writes_a_heading() -> None:
    page = ("September 10, 1951\n\nReport on the Korean Army Corps\n===\n\nSummary:\n\n"
            "A report.\n\nThe talks.\n")
    header = parse_page_header(page)
    assert header.title is not None and header.title.value == "Report on the Korean Army Corps"
    assert header.fields["summary"].value == "A report."


@pytest.mark.parametrize("text", [
    "# Report on the Korean Army Corps\n\nThe talks began at noon.\n",  # no date, no label
    "# Report on the talks\n\n### The Question of Shtykov\n\nThe talks began at noon.\n",
    "The talks began at noon.\n\n### Summary\n\nNothing was agreed.\n",  # a label under text
])
def test_a_transcription_that_opens_with_headings_has_no_page_header(text: str) -> None:
    header = parse_page_header(text)
    assert header.title is None and header.fields == {} and header.body_start == 0


def test_labels_underlined_as_markdown_writes_a_heading_are_fields() -> None:
    page = ("**September 10, 1951**\n\nReport on the Korean Army Corps\n==========\n\n"
            "Summary\n-------\n\nA report.\n\nOriginal Language\n-----------------\n\n"
            "Russian\n\nThe talks.\n")
    header = parse_page_header(page)
    assert header.title is not None and header.title.value == "Report on the Korean Army Corps"
    assert header.fields["summary"].value == "A report."
    assert header.fields["original_language"].value == "Russian"
    assert page[header.body_start:] == "The talks.\n"


@pytest.mark.parametrize("page", [
    "## September 10, 1951\n\n# Summary\n\n### Citation\n\nA citation.\n\nThe text.\n",
    "September 10, 1951\n\nSummary\n=======\n\nCitation\n--------\n\nA citation.\n\nThe text.\n",
])
def test_a_first_level_heading_is_the_title_even_when_it_reads_as_a_label(page: str) -> None:
    """A document may be called what the archive labels a field (`Summary`): a first-level
    heading, or a line underlined with `=`, is the page's title, the labels' headings lower."""
    header = parse_page_header(page)
    assert header.title is not None and header.title.value == "Summary"
    assert list(header.fields) == ["citation"]
    assert page[header.body_start:] == "The text.\n"
