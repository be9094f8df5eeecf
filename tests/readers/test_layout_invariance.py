"""The same transcription laid out another way gives the same edition.

Exports of one document differ in white space that carries no structure: Markdown editors end
every line with two spaces (a hard break) or none, Windows tools write CRLF, Word and web pages
keep no-break spaces between words, some indent the page header's fields or the body (by up to
three spaces: Markdown's own limit, past which a line continues the paragraph above). They
differ in Markdown's escapes too: pandoc escapes every bracket and asterisk with a backslash,
and ends a line of a paragraph with one (a hard break). And text copied out of web pages and PDF
files carries characters that change how it is stored or laid out, not what it says: letters
decomposed into a letter and a combining mark, soft hyphens, zero-width spaces, ligatures;
and text some tool read in the wrong encoding is mojibake (`[â€¦]` for `[…]`), or holds
HTML's character references (`[&hellip;]`). Word writes its
line breaks as vertical tabs, other tools as Unicode's line and paragraph separators.
Each dev document is converted as published and in each such layout; the editorial encoding
(every element of the header and the text, and the phenomena counted) must be the same, the
white space aside. Before this held, two trailing spaces on every line joined each block's
lines into one unit and lost 48 of the 302 gold phenomena (signatures, datelines, registry
numbers), and indented header fields lost the archive and the languages. With one newline
between paragraphs (the other page layout), the seed's three page breaks were read as line
breaks.
"""

from __future__ import annotations

import html.entities
import re
import unicodedata
from collections.abc import Callable

import pytest
from lxml import etree
from shared_paths import DEV_RAW

from teikit.convert import convert_text
from teikit.io import decode_source
from teikit.readers.page_header import parse_page_header


def _indent_lines(text: str, indent: str) -> str:
    return re.sub(r"(?m)^(?=\S)", indent, text)


def _trailing_spaces(text: str) -> str:
    return re.sub(r"(?m)(?<=\S)$", "  ", text)


def _indented_header(text: str) -> str:
    start = parse_page_header(text).body_start
    return _indent_lines(text[:start], "  ") + text[start:]


def _indented_body(text: str) -> str:
    start = parse_page_header(text).body_start
    return text[:start] + _indent_lines(text[start:], "  ")


def _single_newlines(text: str) -> str:
    """The layout of other page exports: one newline between the body's paragraphs."""
    start = parse_page_header(text).body_start
    return text[:start] + re.sub(r"\n[ \t]*\n(?:[ \t]*\n)*", "\n", text[start:])


def _no_break_spaces(text: str) -> str:
    """Every fifth space between two words a no-break space, as a Word or web page export
    keeps `&nbsp;` (the header's and the body's)."""
    count = iter(range(len(text)))
    return re.sub(r"(?<=\w) (?=\w)", lambda _: "\u00a0" if next(count) % 5 == 4 else " ", text)


def _soft_hyphens(text: str) -> str:
    """A soft hyphen (U+00AD) after the fourth letter of every word of eight letters or more, as
    a web page that hyphenates by `&shy;` gives its text when copied."""
    return re.sub(r"\b([^\W\d_]{4})(?=[^\W\d_]{4})", "\\1\u00ad", text)


def _ligatures(text: str) -> str:
    """`fi`, `fl` and `ff` as the typesetter's ligatures, as the text of a PDF gives them."""
    return text.replace("ff", "\ufb00").replace("fi", "\ufb01").replace("fl", "\ufb02")


def _mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 and written again (`’` as `â€™`), as a content system that
    took the wrong encoding gives a text; the five bytes Windows-1252 leaves undefined as the
    control characters of the same number, as such tools keep them."""
    def garbled(byte: int) -> str:
        return chr(byte) if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([byte]).decode(
            "cp1252")

    return "".join(character if character.isascii() else
                   "".join(map(garbled, character.encode("utf-8"))) for character in text)


def _character_references(text: str) -> str:
    """Each character outside ASCII as HTML's reference to it, by name where HTML has one
    (`&hellip;`), else by number (`&#1078;`), as a web page's text exported unescaped."""
    return "".join(character if character.isascii() else
                   f"&{_HTML_NAMES[character]}" if character in _HTML_NAMES else
                   f"&#{ord(character)};" for character in text)


_HTML_NAMES = {character: name for name, character in sorted(html.entities.html5.items())
               if name.endswith(";") and len(character) == 1}


def _markdown_escaped(text: str) -> str:
    """Every bracket and every asterisk but bold's and a rule's escaped with a backslash,
    header and body, as pandoc writes Markdown (`\\[to put\\]`, `[Li Kuo Nyn]\\*`)."""
    lines = [line if re.fullmatch(r"[ *]+", line) else
             re.sub(r"(?<![*\\])\*(?!\*)", r"\\*", line)
             for line in text.split("\n")]
    return "\n".join(lines).replace("[", "\\[").replace("]", "\\]")


def _backslash_hard_breaks(text: str) -> str:
    """A backslash ending each line that another line of its paragraph follows: Markdown's hard
    break as pandoc writes one (not before or after a heading or a rule, which end a
    paragraph)."""
    lines = text.split("\n")

    def own_block(line: str) -> bool:
        return line.startswith("#") or re.fullmatch(r"[ *_-]{3,}", line) is not None

    return "\n".join(
        line + "\\" if (following.strip() and line.strip() and not own_block(line)
                        and not own_block(following)) else line
        for line, following in zip(lines, [*lines[1:], ""], strict=True))


_BOLD_FIELD = re.compile(r"(?m)^([ \t]*)\*\*([A-Z][^*\n]{0,39}?):\*\*[ \t]*(\S.*)?\n?")
_BOLD_BLOCK = re.compile(r"\*\*((?:[^*\n]|\n(?![ \t]*\n))+?)\*\*")


def _quoted_body(text: str) -> str:
    """The body set apart as one quotation, as an export may set a page's text: `> ` before
    each of its lines, `>` alone for a blank one."""
    start = parse_page_header(text).body_start
    lines = text[start:].split("\n")
    return text[:start] + "\n".join(f"> {line}" if line.strip() else ">" for line in lines)


# A relayed document in quotation marks, its address first (`"To Cdes. Filippov …` … `Mao
# Zedong".`): w003, w008, w010 and w011 relay one.
_RELAYED = re.compile(r'(?ms)^[“"](?:To|Comrade|Cde|Dear|Chairman)\b.*?[”"][.,;]?[ \t]*$')


def _relayed_quoted(text: str) -> str:
    """Each relayed document also set apart as a quotation, as an export writes one the page
    sets apart: `> ` before each of its lines, `>` alone for a blank one."""
    return _RELAYED.sub(lambda found: "\n".join(f"> {line}" if line.strip() else ">"
                                               for line in found.group().split("\n")), text)


def _underlined(words: str, line: str = "=") -> str:
    return f"{words}\n{line * min(len(words), 40)}"


def _header_headings(text: str, date: Callable[[str], str], title: Callable[[str], str],
                     label: Callable[[str], str] = lambda words: f"### {words}") -> str:
    """The page header as an export of the page's HTML writes it: its date and title as
    `date(words)` and `title(words)` (Markdown headings, or a plain line), each label a heading
    (`label(words)`) with its value as the paragraph under it."""
    start = parse_page_header(text).body_start
    header = _BOLD_FIELD.sub(
        lambda m: f"{m[1]}{label(m[2])}\n\n" + (f"{m[1]}{m[3]}\n\n" if m[3] else ""),
        text[:start])
    forms = iter((date, title))

    def heading(found: re.Match[str]) -> str:
        form = next(forms, None)
        words = " ".join(part.strip() for part in found[1].split("\n"))
        return found[0] if form is None else form(words)

    return _BOLD_BLOCK.sub(heading, header, count=2) + text[start:]


LAYOUTS: dict[str, Callable[[str], str]] = {
    "two trailing spaces on every line": _trailing_spaces,
    "CRLF line ends": lambda text: text.replace("\n", "\r\n"),
    "trailing spaces and CRLF": lambda text: _trailing_spaces(text).replace("\n", "\r\n"),
    "header fields indented": _indented_header,
    "body lines indented": _indented_body,
    "every line indented": lambda text: _indent_lines(text, "   "),
    "one newline between paragraphs": _single_newlines,
    "no bold (the page saved as plain text)": lambda text: text.replace("**", ""),
    "no-break spaces between words": _no_break_spaces,
    "brackets and asterisks Markdown-escaped (as pandoc writes them)": _markdown_escaped,
    "a backslash ending each line of a paragraph (pandoc's hard break)": _backslash_hard_breaks,
    "letters decomposed (Unicode NFD, as macOS and many PDF files give them)":
        lambda text: unicodedata.normalize("NFD", text),
    "soft hyphens in long words (a web page's &shy;)": _soft_hyphens,
    "a zero-width space after each sentence": lambda text: text.replace(". ", ".\u200b "),
    "ligatures of a PDF's text (ﬁ, ﬂ, ﬀ)": _ligatures,
    "mojibake (UTF-8 read as Windows-1252 and written again)": _mojibake,
    "Word's line breaks (VT) inside blocks, CRLF between them (Word's text export)":
        lambda text: re.sub(r"(?<=\S)\n(?=\S)", "\x0b", text).replace("\n", "\r\n"),
    "characters as HTML's references (&hellip;, &#1078;), as a web page's text unescaped":
        _character_references,
    "Unicode's line and paragraph separators (U+2028, U+2029)":
        lambda text: text.replace("\n\n", "\u2029").replace("\n", "\u2028"),
    "the header's title a heading (# …), its labels headings (### Citation), the date plain":
        lambda text: _header_headings(text, lambda date: date, lambda title: f"# {title}"),
    "the header's date a heading (## …), its title underlined (=====), as other exports write":
        lambda text: _header_headings(text, lambda date: f"## {date}", _underlined),
    "the body one quotation (> before each line)": _quoted_body,
    "each relayed document also a quotation": _relayed_quoted,
    "the header's date bold, its title and labels underlined (=====, -----)":
        lambda text: _header_headings(text, lambda date: f"**{date}**", _underlined,
                                      lambda words: _underlined(words, "-")),
}

_SPACE = re.compile(r"\s+")
_SPACE_AROUND_TAGS = re.compile(r"\s*(<[^>]*>)\s*")
# What names the source file or the conversion, not the document.
_PROVENANCE = re.compile(r"<(?:change|idno type=\"source-sha256\")\b[^>]*>.*?</(?:change|idno)>")


def _encoding(text: str) -> tuple[str, dict[str, int]]:
    """The document as an editor's file of `text` converts (its line ends normalised as the
    command line does), its white space collapsed; and the phenomena counted."""
    source = decode_source(text.encode("utf-8"), "document.txt").text
    result = convert_text(source, source_name="document.txt")
    markup = etree.tostring(result.tree, encoding="unicode")
    markup = _PROVENANCE.sub("", _SPACE_AROUND_TAGS.sub(r"\1", _SPACE.sub(" ", markup)))
    return markup, dict(result.phenomena)


DOCUMENTS = sorted(DEV_RAW.glob("*.txt")) if DEV_RAW.is_dir() else []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_layout_does_not_change_the_encoding(path, layout: str) -> None:
    text = path.read_text(encoding="utf-8")
    published, published_counts = _encoding(text)
    other, other_counts = _encoding(LAYOUTS[layout](text))
    assert other_counts == published_counts
    assert other == published


_LETTER_WITH_A_HAND_SET_APART = (
    "**August 24, 1982**\n\n**Letter from the Foreign Minister**\n\n"
    "Council of Ministers of the German Democratic Republic\n\nThe Minister for Foreign Affairs\n\n"
    "Berlin, 24 August 1982\n\n"
    + "".join(" " * 72 + line + "\n\n" for line in (
        "[Handwritten on top:]", "Comrade Fischer", "E. Honecker", "24. 8. 82"))
    + "Dear Comrade Honecker!\n\nOur ambassador in Beirut reported that the delegation asked "
    "for an additional forty places in the hospitals of the republic.\n\n"
    "I am asking for your approval.\n\nWith socialist greetings\n\nOskar Fischer\n")


def test_a_hands_label_set_apart_reaches_no_further_than_its_indented_lines() -> None:
    """`[Handwritten on top:]` and its three lines far to the right, then the letter at the
    margin: with one newline between paragraphs nothing ends the label's block, and the hand
    took the whole letter, its salutation and its signature too."""
    published, counts = _encoding(_LETTER_WITH_A_HAND_SET_APART)
    single, single_counts = _encoding(_single_newlines(_LETTER_WITH_A_HAND_SET_APART))
    assert single == published and single_counts == counts
    assert re.search(r'<add hand="#hand-1"[^>]*><lb/>Comrade Fischer<lb/>E\. Honecker<lb/>'
                     r'24\. 8\. 82</add>', single)
    assert "<salute>Dear Comrade Honecker!</salute>" in single


_MEMO_UNDER_THE_SIGNATURES = (
    "**June 24, 1955**\n\n**Letter to the CPSU Central Committee**\n\n**Summary:** S.\n\n"
    "We consider it possible to grant the request about the arrival in the USSR of the wife "
    "and three children of Iraj Iskanderi.\n\n[signature] (A. Smirnov)\n\n24 June 1955\n\n"
    "[handwritten:]\n\nMemo:\n\nA telegram was sent. 25 June\n\n[V. Fedorov]\n\n"
    "to I. T. Vinogradov archive\n\n28 June 1955\n")


def test_a_hands_label_alone_over_a_blank_line_labels_what_follows() -> None:
    """`[handwritten:]`, a blank line, then the hand's memo a line per block: the label was
    left a translator's remark and the memo typed text; now the memo is the hand's, in this
    layout as with one newline between the lines, with the archive's notations under the name
    in brackets that signs it, short lines to the end of the document (as the page's reader
    read them; they had been a dateline and typed text)."""
    published, counts = _encoding(_MEMO_UNDER_THE_SIGNATURES)
    single, single_counts = _encoding(_single_newlines(_MEMO_UNDER_THE_SIGNATURES))
    assert single == published and single_counts == counts
    assert re.search(r'<add hand="#hand-1"[^>]*><lb/>Memo:<lb/>A telegram was sent\.\s?'
                     r'<date[^>]*>25 June</date><lb/>.*V\. Fedorov.*</add>', published)
    assert 'resp="#translator">handwritten:</note>' not in published
    assert re.search(r'V\. Fedorov.*<lb/>to I\. T\. Vinogradov archive<lb/>'
                     r'<date when="1955-06-28">28 June 1955</date></add>', published)
    assert "<dateline><date when=\"1955-06-28\">" not in published


_CODE_MESSAGE_WITH_A_HAND_AT_ITS_FOOT = (
    "**March 25, 1988**\n\n**Code Message No 2074/II, from Pyongyang**\n\n**Summary:** S.\n\n"
    "Code message No 2074/II/1360\nfrom: Pyongyang\n88.03.25\n"
    "Both parties are interested in improving their mutual relations.\n"
    "Recipients:\nCom. Orzechowski\nCom. Majewski\nCom. Kucza\n"
    "[handwritten]\nExpand\nmin. Gwiazda\nmin. Floeth\n88.03.26\n")


def test_a_hands_label_without_its_colon_takes_the_lines_under_it_at_the_foot() -> None:
    """`[handwritten]` under the recipients, a page of no blank lines: the four short lines
    under it are what the hand wrote (each was a paragraph, the label a translator's remark),
    the same with a blank line after every line; over a heading in capitals the label stays a
    remark."""
    published, counts = _encoding(_CODE_MESSAGE_WITH_A_HAND_AT_ITS_FOOT)
    assert re.search(r'<add hand="#hand-1" rend="\[handwritten\] \{\}"><lb/>Expand<lb/>'
                     r'min\. Gwiazda<lb/>min\. Floeth<lb/><date[^>]*>88\.03\.26</date></add>',
                     published)
    parted = _encoding(_CODE_MESSAGE_WITH_A_HAND_AT_ITS_FOOT.replace("\n", "\n\n"))
    assert parted == (published, counts)
    heading, _ = _encoding(_CODE_MESSAGE_WITH_A_HAND_AT_ITS_FOOT.replace(
        "Expand\n", "1- ISSUE: WAR MATERIAL\n\n"))
    assert "<add" not in heading
    assert 'resp="#translator">handwritten</note>' in heading
