"""A page saved from the archive's website in its layout with a share bar over the citation.

The page opens with the title in capitals (and the funder's line), then the bar's words
(`CITATION SHARE DOWNLOAD-`, `Citation`, `get citation`), then one line that runs the summary
into the citation, which quotes the title in its own case and gives the date after it
(`… in North Korea"Cable, Filippov (Stalin) to Mao Zedong," February 23, 1952, History and
Public Policy Program Digital Archive, …`), then `- Download`, `VIEW DOCUMENT IN` and the format
the text is shown in (`English HTML`), and the text. No date line stands over the text: the
citation's date is the page's.

Only a text that opens so (a line in capitals, the bar's words within the next few lines) is
read here; any other is left to the other readers.
"""

from __future__ import annotations

from collections.abc import Callable

from teikit.lazy_pattern import LazyPattern
from teikit.metadata.header_fields import Field, PageHeader
from teikit.readers.header_lines import Line, Lines
from teikit.readers.site_page import CREDITS_LINE, SHOWN_AS

_BAR = frozenset({"CITATION SHARE DOWNLOAD", "CITATION SHARE DOWNLOAD-"})
# The bar's and the box's buttons, read past.
_BUTTONS = frozenset({"Citation", "get citation", "- Download", "Download", "VIEW DOCUMENT IN"})
# The bar stands within these many lines under the title.
_BAR_WITHIN = 3
# The box's line: the summary (perhaps none), the quoted title, its date, the rest.
_CITATION = LazyPattern(r"(?P<summary>.*?)(?P<citation>[\"“](?P<title>[^\"“”]{3,}?),?[\"”]\s*,?\s*"
                        r"(?P<date>[A-Z][a-z]+\.? (?:\d{1,2}, )?\d{4})\b.*)$")

DateTest = Callable[[str], bool]


def parse_share_bar_page(text: str, is_date: DateTest) -> PageHeader | None:
    """The header of a page in the share bar's layout, or None when `text` is no such page."""
    lines = [line for line in Lines(text[:20_000]) if line.content.strip()]
    if not lines or not _in_capitals(lines[0].content.strip().lstrip("\ufeff")):
        return None
    bar = next((index for index, line in enumerate(lines[1 : 1 + _BAR_WITHIN], start=1)
                if line.content.strip() in _BAR), None)
    if bar is None:
        return None
    fields: dict[str, Field] = {}
    for line in lines[1:bar]:
        if CREDITS_LINE.match(line.content.strip()) is None:
            return None  # (only the funder's line stands between the title and the bar)
        fields["credits"] = _field(line, 0, len(line.content.strip()))
    index = bar + 1
    while index < len(lines) and lines[index].content.strip() in _BUTTONS:
        index += 1
    if index >= len(lines):
        return None
    box = lines[index]
    found = _CITATION.match(box.content.strip())
    if found is None or not is_date(found["date"]):
        return None
    if found["summary"].strip():
        fields["summary"] = _field(box, found.start("summary"), found.end("summary"))
    fields["citation"] = _field(box, found.start("citation"), found.end("citation"))
    title = _field(box, found.start("title"), found.end("title"))
    date = _field(box, found.start("date"), found.end("date"))
    index += 1
    while index < len(lines) and (lines[index].content.strip() in _BUTTONS
                                  or SHOWN_AS.match(lines[index].content.strip())):
        index += 1
    if index >= len(lines):
        return None
    body = lines[index]
    body_start = body.offset + len(body.content) - len(body.content.lstrip())
    return PageHeader(date, title, fields, body_start, lines[0].number)


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and line.upper() == line


def _field(line: Line, start: int, end: int) -> Field:
    """The part `start`:`end` of the stripped line, where it stands in the file."""
    content = line.content.strip()
    value = content[start:end]
    lead = len(value) - len(value.lstrip())
    return Field(value.strip(), line.number, line.first_column + start + lead)


__all__ = ["parse_share_bar_page"]
