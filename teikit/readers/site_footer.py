"""What a page saved from the archive's website prints under the document.

The website shows the document's summary under its text, then its own sections, each heading
alone on its line: `Author(s):`, `Associated People & Organizations`, `Associated Places`,
`Associated Topics`, `Subjects Discussed`, `Related Documents`, and `Document Information`
with its labelled values (`Source`, the archive's reference; `Rights`; `Record ID`; `Original
Uploaded Date`; ...). A page saved as text keeps all of it below the document: none of it is
the document's text. The summary and the values the header has fields for become header fields;
the site's headings and lists of links are navigation, as its search box is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from teikit.lazy_pattern import LazyPattern
from teikit.metadata.citation import parse_archive_reference
from teikit.metadata.header_fields import Field
from teikit.readers.header_lines import Lines

# The site's sections under the document, each heading alone on its line; the first of them
# ends the document's text.
_SECTIONS = ("Author(s):", "Associated People & Organizations", "Associated Places",
             "Associated Topics", "Subjects Discussed", "Related Documents",
             "Document Information")
_SECTION = LazyPattern(r"(?m)^[ \t]*(?:" + "|".join(map(re.escape, _SECTIONS)) + r")[ \t]*$")
# The labels of `Document Information`, each alone on its line, its value under it: the field
# each value fills (None: a value the header has no field for).
_LABELS: dict[str, str | None] = {
    "Source": "source", "Rights": "rights", "Record ID": "record_id",
    "Original Archive": None, "Original Uploaded Date": None, "Original Classification": None,
    "Language": None, "Languages": None, "Type": None, "Translation": None, "Donors": None,
    **dict.fromkeys(_SECTIONS),
}  # fmt: skip
# The site's own sections are short: a heading that so much text still follows is the
# document's own line, not the footer's.
_LONGEST_FOOTER = 20_000
# The site prints several of its headings and labels, or one and its rights' wording: two at
# least tell its footer (one such line alone may be the document's own: `Related Documents`).
_SIGNS = 2
# A summary is a sentence, not a signature's or a date's line.
_SUMMARY_WORDS = 6
_RIGHTS_WORDING = "The History and Public Policy Program welcomes reuse"
_RIGHTS = re.compile(rf"^{_RIGHTS_WORDING}\b")
# The most of the rights' wording a copy cut inside it must keep to tell it (`The History and
# Public `, the page's last line).
_CUT_RIGHTS_LETTERS = 15
# The source's line, which names who obtained, provided or translated the document (`Archive
# of …, D-I-R-0-2413-6-72, 1. Obtained and Translated by Adam Burakowski.`, `Mao wengao, vol.
# 4, p. 480. Translated for CWIHP by Chen Jian.`, `… File No. 17(1773)/76. Obtained by Vivek
# Prahladan.`): a sign of the site where its label was lost.
_SOURCE_CREDIT = re.compile(r"\b(?:(?:[Oo]btained|[Pp]rovided|[Dd]onated|[Cc]ontributed)"
                            r"(?: and [Tt]ranslated)?|"
                            r"[Tt]ranslated(?: for [\w ]{2,30})?) by [A-Z]")


@dataclass(frozen=True)
class SiteFooter:
    """Where the document's text ends (at its summary when the page prints one), and the
    header fields the footer gives."""

    text_end: int
    fields: dict[str, Field]


def read_site_footer(text: str, body_start: int,
                     summary: Field | None = None) -> SiteFooter | None:
    """The footer under the text from `body_start` on, or None when there is none.
    `summary`: the one the page printed over the text, if it did; the line under the text is
    then the summary only when it repeats it (otherwise it is the text's own last line: a
    signature, a sentence)."""
    found = _SECTION.search(text, body_start)
    start = found.start() if found is not None else _cut_heading(text, body_start)
    if (start is None or len(text) - start > _LONGEST_FOOTER
            or _paragraphs(text, start) > _MOST_FOOTER_PARAGRAPHS):
        return None
    first_line = text.count("\n", 0, start) + 1
    fields, signs = _footer_fields(text[start:], first_line)
    if signs < _SIGNS and not _cut_under_heading(text, start):
        return None
    text_end = start
    last = _last_line(text, body_start, text_end, first_line)
    if (last is not None and len(last[0].value.split()) >= _SUMMARY_WORDS
            and not _in_brackets(last[0].value) and not _NOTE_OPENING.match(last[0].value)
            and (summary is None or _words(last[0].value) == _words(summary.value))):
        fields.setdefault("summary", last[0])
        text_end = last[1]
    return SiteFooter(text_end, fields)


# The site's values that are paragraphs are few (its summary, a citation, the source, the
# rights): more paragraphs under a heading of its are a document's text, which a page whose
# fields stand over the text in the site's form prints there (`Document Information` /
# `Source` / … / the text), and which is not to be read as the footer's values.
_MOST_FOOTER_PARAGRAPHS = 5
_PARAGRAPH_WORDS = 20


def _paragraphs(text: str, start: int) -> int:
    """How many lines from `start` on are paragraphs of words."""
    return sum(len(line.split()) >= _PARAGRAPH_WORDS for line in text[start:].splitlines())


# The most lines a copy cut under one of the site's own headings keeps after it.
_CUT_FOOTER_LINES = 3


def _cut_under_heading(text: str, start: int) -> bool:
    """Whether the page ends on the site's heading at `start` or a few lines under it, as a
    stored copy cut there does (`Document Information` / `Political Affairs Fond, Telegrams
    from Pyongyang, TOP SECR`). Not `Related Documents`, which a document may head a list of
    its own with."""
    heading_end = text.find("\n", start)
    if heading_end < 0:
        return True
    heading = text[start:heading_end].strip()
    after = [line for line in text[heading_end:].splitlines() if line.strip()]
    return not after or (heading != "Related Documents" and len(after) <= _CUT_FOOTER_LINES)


# The fewest letters of a heading that a copy cut inside it keeps and that still tell it
# (`Document Inf`, `Associated Pl`, `Doc` under the signature: no document ends on a word's
# first three letters).
_CUT_HEADING_LETTERS = 3


def _cut_heading(text: str, body_start: int) -> int | None:
    """Where the page's last line begins when it is one of the site's headings cut short, as
    a stored copy stops inside it (`Document Inf`)."""
    end = len(text)
    while end > body_start and text[end - 1].isspace():
        end -= 1  # (not `text.rstrip()`: a copy of the whole document, for its last line)
    line_start = text.rfind("\n", body_start, end) + 1 or body_start
    line = text[line_start:end].strip()
    if len(line) < _CUT_HEADING_LETTERS or line_start <= body_start:
        return None
    return line_start if any(heading.startswith(line) for heading in _SECTIONS) else None


def _in_brackets(line: str) -> bool:
    """A line wholly in square brackets: the editor's (`[Source: …; Translated for CWIHP by
    …]`), never the site's summary."""
    line = line.strip()
    return line.startswith("[") and line.endswith("]") and line.count("[") == 1


# A note's number opening its line (`[2] This refers to the telegram …`): the editor's note
# under the text, never the site's summary, which no marker opens.
_NOTE_OPENING = re.compile(r"\s*\[\d{1,3}\]\s")


def _words(text: str) -> list[str]:
    """The words of `text`, case aside: a summary repeated is the same words."""
    return _WORD.findall(text.casefold())


_WORD = re.compile(r"\w+")


def _footer_fields(footer: str, first_line: int) -> tuple[dict[str, Field], int]:
    """The fields the footer's values fill, and how many signs of the site it shows (its
    distinct headings and labels, and its rights' wording)."""
    seen: set[str] = set()
    rights = sourced = False
    label: str | None = None
    values: dict[str, list[Field]] = {}
    for line in Lines(footer):
        content = line.content.strip()
        if not content:
            continue
        where = Field(content, first_line + line.number - 1, line.first_column)
        if content in _LABELS:
            seen.add(content)
            label = _LABELS[content]
            continue
        rights = rights or _RIGHTS.match(content) is not None or (
            len(content) >= _CUT_RIGHTS_LETTERS and _RIGHTS_WORDING.startswith(content))
        if label is None:
            # (a page that lost the labels: the archive's reference and the rights' wording
            # still say what they are)
            if _RIGHTS.match(content):
                label = "rights"
            elif "source" not in values and (parse_archive_reference(content) is not None
                                             or _SOURCE_CREDIT.search(content)):
                sourced = True  # (the archive's reference or its credit: the site's line)
                values["source"] = [where]
                continue
            else:
                continue
        values.setdefault(label, []).append(where)
    fields = {name: Field(" ".join(part.value for part in found), found[0].line,
                          found[0].column) for name, found in values.items()}
    return fields, len(seen) + rights + sourced


def _last_line(text: str, start: int, end: int, end_line: int) -> tuple[Field, int] | None:
    """The last line with words between `start` and `end` (on line `end_line`), and where it
    starts."""
    line_end = end
    while line_end > start and text[line_end - 1].isspace():
        line_end -= 1
    if line_end == start:
        return None
    line_start = text.rfind("\n", start, line_end) + 1 or start
    content = text[line_start:line_end]
    column = len(content) - len(content.lstrip(" \t")) + 1
    line = end_line - text.count("\n", line_start, end)
    return Field(content.strip(), line, column), line_start
