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
from collections.abc import Callable, Iterator

from teikit.metadata.header_fields import Field, PageHeader

# The site's own words over and around the document (matched after stripping).
_SITE_WORDS = frozenset({
    "Search in", "ADD SEARCH FILTER CANCEL SEARCH FILTER",
    "Digital Archive International History Declassified", "CITATION SHARE DOWNLOAD",
    "CITATION SHARE DOWNLOAD-", "get citation", "VIEW DOCUMENT IN",
})
_CITATION_BOX = re.compile(r"^[•·]\s*Citation$")
_BOX_END = re.compile(r"^[•·]\s*share document$")
# The format the document is shown in, over its text (`English HTML`, `Original Scan`).
_SHOWN_AS = re.compile(r"^(?:[A-Z][a-z]+ )+(?:HTML|Scan|PDF)$")
_CREDITS = re.compile(r"^This document was made possible with support from\b")
# The citation quotes the title, a comma inside or after the closing quotation mark.
_CITED_TITLE = re.compile(r"^[\"“](?P<title>[^\"“”]+?),?[\"”]")
_ADDRESS = re.compile(r"^https?://\S+$")

DateTest = Callable[[str], bool]


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(1-based number, offset, content without its end) of each line."""
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        yield number, offset, line.rstrip("\r\n")
        offset += len(line)


def _field(number: int, content: str, value: str | None = None) -> Field:
    stripped = content.lstrip(" \t\ufeff")
    column = len(content) - len(stripped) + 1
    return Field(value if value is not None else stripped.rstrip(), number, column)


def parse_site_page(text: str, is_date: DateTest) -> PageHeader | None:
    """The header of a page saved from the former website, or None when `text` is no such
    page (it does not open with the site's search box, or no citation box follows)."""
    if not text.lstrip(" \t\r\n\ufeff").startswith("Search in"):
        return None
    lines = [(n, o, c) for n, o, c in _lines(text[:20_000]) if c.strip()]
    if lines[0][2].strip().lstrip("\ufeff") != "Search in":
        return None
    start_line = lines[0][0]
    date: Field | None = None
    capitals_title: Field | None = None
    fields: dict[str, Field] = {}
    before_box: list[tuple[int, int, str]] = []
    in_box: list[tuple[int, int, str]] = []
    where = "top"
    for index, (number, offset, content) in enumerate(lines):
        line = content.strip()
        if where == "after":
            if line in _SITE_WORDS or _SHOWN_AS.match(line) or _ADDRESS.match(line):
                continue
            title = _cited_title(in_box) or capitals_title
            return PageHeader(date, title, fields, offset + len(content) - len(content.lstrip()),
                              start_line)
        if line in _SITE_WORDS:
            continue
        if where == "top":
            if _CITATION_BOX.match(line):
                where = "box"
            else:
                before_box.append((number, offset, content))
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
                in_box.append((number, offset, content))
        if index > 40 and where == "top":
            return None  # no citation box near the top: not such a page
    return None


def _top(lines: list[tuple[int, int, str]],
         is_date: DateTest) -> tuple[Field | None, Field | None, Field | None]:
    """The date, the title in capitals and the funder's line over the citation box."""
    date = title = credits = None
    for number, _offset, content in lines:
        line = content.strip()
        if date is None:
            if not is_date(line):
                return None, None, None
            date = _field(number, content)
        elif _CREDITS.match(line):
            credits = _field(number, content)
        elif title is None and line.upper() == line:
            title = _field(number, content)
    return date, title, credits


def _box_fields(lines: list[tuple[int, int, str]]) -> dict[str, Field]:
    """The summary and the citation in the citation box (the citation opens with the quoted
    title)."""
    fields: dict[str, Field] = {}
    for number, _offset, content in lines:
        line = content.strip()
        if _CITED_TITLE.match(line) and "citation" not in fields:
            fields["citation"] = _field(number, content)
        elif "summary" not in fields and "citation" not in fields:
            fields["summary"] = _field(number, content)
    return fields


def _cited_title(lines: list[tuple[int, int, str]]) -> Field | None:
    for number, _offset, content in lines:
        found = _CITED_TITLE.match(content.strip())
        if found is not None:
            column = len(content) - len(content.lstrip(" \t")) + found.start("title") + 1
            return Field(found["title"].strip(), number, column)
    return None


__all__ = ["parse_site_page"]
