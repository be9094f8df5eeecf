"""A page saved as text from the archive's former website.

The site printed its search box and navigation over every document (`Search in`, `Digital
Archive International History Declassified`), then the date, sometimes the title in capitals,
the funder's line, and a citation box (`• Citation` / `get citation` / the summary / the
citation / `• share document`) before the document itself, announced by the format it is shown
in (`English HTML`). The title in its own case is the one the citation quotes. The site's words
(the search box, the box's buttons) are navigation, not the document's or its metadata, and are
read past; everything else becomes the header's fields, and the body begins after the box.

Only a text that opens with the search box is read so: any other is left to the page header
reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from teikit.metadata.header_fields import Field, PageHeader
from teikit.metadata.languages import LANGUAGE_CODES
from teikit.readers.header_lines import Line, Lines

# The site's own words over and around the document (matched after stripping).
_SITE_WORDS = frozenset({
    "Search in", "ADD SEARCH FILTER CANCEL SEARCH FILTER",
    "Digital Archive International History Declassified", "CITATION SHARE DOWNLOAD",
    "CITATION SHARE DOWNLOAD-", "get citation", "VIEW DOCUMENT IN",
})
_CITATION_BOX = re.compile(r"^[•·]\s*Citation$")
_BOX_END = re.compile(r"^[•·]\s*share document$")
# The format the document is shown in, over its text (`English HTML`, `Original Scan`; `English
# html` on other pages): a language's name or the original before the format (`Body html` is a
# line of the text).
_SHOWN_WORDS = "|".join(sorted({name.capitalize() for name in LANGUAGE_CODES}
                               | {"Original", "Translation", "Transcription"}))
SHOWN_AS = re.compile(rf"^(?:[A-Z][a-z]+ )*(?:{_SHOWN_WORDS}) (?:HTML|html|Scan|PDF)$")
CREDITS_LINE = re.compile(r"^This document was made possible with support from\b")
# The citation quotes the title, a comma inside or after the closing quotation mark.
CITED_TITLE = re.compile(r"^[\"“](?P<title>[^\"“”]+?),?[\"”]")
_ADDRESS = re.compile(r"^https?://\S+$")

DateTest = Callable[[str], bool]


def _field(line: Line) -> Field:
    return Field(line.content.lstrip(" \t\ufeff").rstrip(), line.number, line.first_column)


def parse_site_page(text: str, is_date: DateTest) -> PageHeader | None:
    """The header of a page saved from the former website, or None when `text` is no such
    page (it does not open with the site's search box, or no citation box follows)."""
    if not text.lstrip(" \t\r\n\ufeff").startswith("Search in"):
        return None
    lines = [line for line in Lines(text[:20_000]) if line.content.strip()]
    if lines[0].content.strip().lstrip("\ufeff") != "Search in":
        return None
    start_line = lines[0].number
    date: Field | None = None
    capitals_title: Field | None = None
    fields: dict[str, Field] = {}
    before_box: list[Line] = []
    in_box: list[Line] = []
    where = "top"
    for index, source_line in enumerate(lines):
        line = source_line.content.strip()
        if where == "after":
            if line in _SITE_WORDS or SHOWN_AS.match(line) or _ADDRESS.match(line):
                continue
            title = _cited_title(in_box) or capitals_title
            content = source_line.content
            return PageHeader(date, title, fields,
                              source_line.offset + len(content) - len(content.lstrip()),
                              start_line)
        if line in _SITE_WORDS:
            continue
        if where == "top":
            if _CITATION_BOX.match(line):
                where = "box"
            else:
                before_box.append(source_line)
        elif where == "box":
            if _BOX_END.match(line):
                where = "after"
                date, capitals_title, credits = _top(before_box, is_date)
                if date is None:
                    return None
                if credits is not None:
                    fields["credits"] = credits
                fields.update(_box_fields(in_box))
            else:
                in_box.append(source_line)
        if index > 40 and where == "top":
            return None  # no citation box near the top: not such a page
    return None


def _top(lines: list[Line],
         is_date: DateTest) -> tuple[Field | None, Field | None, Field | None]:
    """The date, the title in capitals and the funder's line over the citation box."""
    date = title = credits = None
    for source_line in lines:
        line = source_line.content.strip()
        if date is None:
            if not is_date(line):
                return None, None, None
            date = _field(source_line)
        elif CREDITS_LINE.match(line):
            credits = _field(source_line)
        elif title is None and line.upper() == line:
            title = _field(source_line)
    return date, title, credits


def _box_fields(lines: list[Line]) -> dict[str, Field]:
    """The summary and the citation in the citation box (the citation opens with the quoted
    title)."""
    fields: dict[str, Field] = {}
    for source_line in lines:
        if CITED_TITLE.match(source_line.content.strip()) and "citation" not in fields:
            fields["citation"] = _field(source_line)
        elif "summary" not in fields and "citation" not in fields:
            fields["summary"] = _field(source_line)
    return fields


def _cited_title(lines: list[Line]) -> Field | None:
    for source_line in lines:
        found = CITED_TITLE.match(source_line.content.strip())
        if found is not None:
            column = source_line.first_column + found.start("title")
            return Field(found["title"].strip(), source_line.number, column)
    return None


__all__ = ["parse_site_page"]
