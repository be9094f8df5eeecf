"""The metadata header of a Wilson Center Digital Archive page export.

Two layouts are read (see ``../shared/dev/raw/``):

- blank-line Markdown (the seed): ``**September 10, 1951**``, a bold title that may span lines
  joined by hard breaks, then ``**Label:**`` alone on its line and the value as the next
  paragraph;
- page text: ``**Label:** value`` on one line, or ``**Label:**`` with the value on the following
  line(s) up to a blank line.

The same page saved as plain text has no bold: ``September 10, 1951``, the title, then
``Summary:`` and the archive's other labels. It is read only when it opens so (a date alone on
its line, a title, then a label the page prints), and then only those labels are fields:
``Date:`` or ``Subject:`` at the head of a body are the document's own lines.

A page saved from the archive's website opens with the site's link for screen readers, ``Skip to
content``, over the date: navigation, not the document, so a header under it is read as if the
link were not there (with no header under it, the link stays the body's first line).

A page saved from the archive's former website (its search box over the date, a citation box
under it) is read by `teikit.readers.site_page`.

The reader is conservative: a text is said to have a header only when it starts with a bold date
followed by a bold title, or with a field whose label is one the archive prints (``Citation``,
``Summary``, ...). Anything else is body, so a text that merely opens with bold words keeps its
first paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from teikit.lazy_pattern import LazyPattern
from teikit.markings import CLASSIFICATION
from teikit.metadata.citation import parse_archive_reference
from teikit.metadata.header_fields import Field, PageHeader
from teikit.readers.header_lines import Line, Lines
from teikit.readers.markdown_escapes import unescape
from teikit.readers.site_footer import read_site_footer
from teikit.readers.site_page import CITED_TITLE, CREDITS_LINE, SHOWN_AS, parse_site_page
from teikit.readers.site_share_bar import parse_share_bar_page

# Labels the Wilson Center pages print; other ``**Xxx:**`` labels are kept once a header is seen.
KNOWN_LABELS = frozenset(
    {
        "citation", "summary", "credits", "original_language", "contents", "source",
        "record_id", "type", "donors", "rights", "keywords", "date", "title", "author",
        "language", "languages", "subjects", "themes", "collection", "original_archive",
        "author_s", "authors", "event", "events",
    }
)  # fmt: skip

# ``**Label:** value`` or ``**Label**: value``; a label is a short capitalised phrase.
_LABEL_LINE = re.compile(
    r"^[ \t]*\*\*(?P<label>[A-Z][\w ()/'’&.-]{0,39}?)(?::\*\*|\*\*:)(?P<gap>[ \t]*)(?P<rest>.*)$"
)
# The label in bold alone on its line without its colon (`**Summary**`), its value under it;
# an export may set it in italics instead (`*Document Information*`).
_BOLD_LABEL_ALONE = LazyPattern(r"^[ \t]*(?P<emphasis>\*\*?|__?)"
                                r"(?P<label>[A-Z][\w ()/'’&.-]{0,39}?)"
                                r"(?P=emphasis)(?P<gap>)(?P<rest>)[ \t]*$")
# The same label as a Markdown heading, as an export writes the page's field headings
# (`### Citation`, `## Original Language:`): only a label the archive prints, its value under it;
# a first-level heading is the page's title (`# Summary` is a document's so named), as is a line
# underlined with `=`.
_HEADING_LABEL_LINE = LazyPattern(
    r"^[ \t]{0,3}#{2,6}[ \t]+(?P<label>[A-Z][\w ()/'’&.-]{0,39}?)[ \t]*:?(?P<gap>)(?P<rest>)"
    r"(?:[ \t]+#+)?[ \t]*$"
)
# A Markdown heading, as an export writes the page's date and title (`# Title`), and the line
# under a heading written as Markdown's other form (`Title` over `=====` or `-----`).
_HEADING_LINE = LazyPattern(r"^[ \t]{0,3}#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
_UNDERLINE = LazyPattern(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_UNDERLINE_LENGTH = 3
_UNDERLINED_LABEL_LINE = LazyPattern(
    r"^[ \t]{0,3}(?P<label>[A-Z][\w ()/'’&.-]{0,39}?)[ \t]*:?(?P<gap>)(?P<rest>)[ \t]*$")
# The same label without bold, in a page saved as plain text (only the labels below).
_PLAIN_LABEL_LINE = LazyPattern(
    r"^[ \t]*(?P<label>[A-Z][\w ()/'’&.-]{0,39}?):(?P<gap>[ \t]*)(?P<rest>.*)$"
)
# A label alone on its line without its colon, as the website prints its fields (`Summary`,
# `Original Language`, the `Document Information` over some of them), its value under it.
_BARE_LABEL_LINE = LazyPattern(r"^[ \t]*(?P<label>[A-Z][\w ()/'’&.-]{0,39}?)(?P<gap>)(?P<rest>)"
                               r"[ \t]*$")
# The labels of a plain page's header: the archive's own, not those a memorandum's body may
# open with (`Date:`, `Title:`, `Author:`, `Language:`).
PLAIN_LABELS = (KNOWN_LABELS - {"date", "title", "author", "language", "languages"}) | {
    "original_uploaded_date"}
# The labels the website prints without a colon, and its heading over some of them.
_BARE_LABELS = PLAIN_LABELS | {"document_information"}
_BOLD_BARE_LABELS = _BARE_LABELS | {"languages"}


def _bare_label(content: str) -> re.Match[str] | None:
    """The line as one of the website's labels alone without its colon (`Summary`,
    `Document Information`), or None."""
    found = _BARE_LABEL_LINE.match(content)
    return found if found is not None and normalise_label(found.group("label")) in _BARE_LABELS \
        else None
# The labels a page's field headings may have, where bold labels may be any once a header is
# seen: a heading under the fields may be the text's own (`### The Question of Shtykov`).
_HEADING_LABELS = KNOWN_LABELS | PLAIN_LABELS
# A plain page's title: a few lines (a long title wrapped with hard breaks), not a paragraph.
_MAX_PLAIN_TITLE = 300
# The date as the archive prints it over a page (`September 3, 1956`, `August, 1962`), and a
# title: no sentence, no address (`Dear Comrade …!`), more than a word or two.
_ARCHIVE_DATE = LazyPattern(r"^(?:[A-Z][a-z]+\.? (?:\d{1,2}, )?|[A-Z][a-z]+, )?\d{4}$")
_ADDRESS_OPENING = LazyPattern(r"(?i)^(?:to|dear|comrades?|cdes?\.?|mr\.?|sir)\b")
_MIN_PLAIN_TITLE = 15
# A heading wrapped onto the line under it ends on a word that joins (`… talks on the`); one
# that ends on a name or a noun is whole, and a line in lower case under it is the text's own
# (`from Misho Nikolov – Ambassador …` under `Memo from … Department`).
_WRAPPED_TITLE_END = LazyPattern(r"(?i)(?:\b(?:of|the|a|an|and|or|to|from|on|in|for|with|by|at|"
                                 r"between|about|concerning|regarding)|[-–—,])\s*$")
# The website's first line, a link for screen readers (matched after stripping).
_SITE_NAVIGATION = frozenset({"Skip to content", "Skip to main content"})
# The archive's citation as its page prints it under the title, without its label: the quoted
# title, the date, the program's name (`    "Report, Kovalev to Stalin," July 06, 1949,
# History and Public Policy Program Digital Archive, APRF: F. 3, …`).
_UNLABELLED_CITATION = LazyPattern(
    r"^[ \t]*[\"“][^\n]{5,400}?[\"”],?\s+[^\n]{0,40}?\b(?:1[5-9]|20)\d\d\b,\s+"
    r"History and Public Policy Program Digital Archive\b")
# The box may hold the archive's reference alone, indented as the citation is (`    APRF. F. 45.
# Op. 1. D. 303. pp. 24-49.`): the archive's acronym, then its fond and what follows it.
_UNLABELLED_REFERENCE = LazyPattern(r"^[ \t]+(?P<archive>[A-Z][A-Za-z ]{1,12}?)[.,:]?\s+"
                                    r"(?i:f\.|fond\b)[^\n]{3,120}$")
_REFERENCE_PARTS = 3
# The note the archive prints under a summary a language model wrote, and a staff member read.
_SUMMARY_NOTE = LazyPattern(r"(?i)^this (?:document )?summary was (?:generated|written|created) "
                            r"(?:by|with|using) (?:an? )?(?:artificial intelligence|AI)\b"
                            r"[^\n]{0,200}$")


def _archive_heading(date: Field, title: Field, on_site: bool = False) -> bool:
    """A plain page with no labels at all: its date in the archive's form over a title.
    `on_site`: under the website's navigation line, where the title may end as a sentence
    does (`… Measures to be Taken in Romania.`)."""
    text = title.value
    ends = ":;," if on_site else ".!?:;,"
    return (_ARCHIVE_DATE.match(date.value) is not None and len(text) >= _MIN_PLAIN_TITLE
            and text[-1:] not in ends and _ADDRESS_OPENING.match(text) is None)


# Markdown hard breaks at a line end: two or more spaces, or a backslash.
# (the trailing spaces matched from their first: tried from each space of a long run, the
# search read the rest of the run again from each)
_HARD_BREAK = re.compile(r"(?:(?<![ \t])[ \t]{2,}|\\)$")
# A bold block may span a few lines (a long title wrapped with hard breaks), not a paragraph.
_MAX_BOLD_LINES = 6
# A byte-order mark is not body text.
_NON_BLANK = re.compile(r"[^\s\ufeff]")


def normalise_label(label: str) -> str:
    """``Original Language`` → ``original_language``: the key of ``PageHeader.fields``."""
    return re.sub(r"\W+", "_", label.strip().casefold()).strip("_")


def _fold(parts: list[str]) -> str:
    """Join a value's lines with single spaces, dropping Markdown hard breaks and escapes."""
    cleaned = [unescape(_HARD_BREAK.sub("", part)).strip() for part in parts]
    return " ".join(part for part in cleaned if part)


class _Scanner:
    """Walks the lines of the header; ``index`` is the next line to read."""

    def __init__(self, lines: Lines) -> None:
        self.lines = lines
        self.index = 0
        self.plain = False
        """Whether the header is a plain page's (labels without bold)."""
        self.value_below: tuple[str, int] | None = None
        """The last field whose value was the paragraph under its label, and that line."""

    def skip_blank(self) -> None:
        while self.lines.has(self.index) and self.lines[self.index].blank:
            self.index += 1

    def current(self) -> Line | None:
        return self.lines[self.index] if self.lines.has(self.index) else None

    def is_label(self, position: int) -> bool:
        if not self.lines.has(position):
            return False
        content = self.lines[position].content.lstrip("\ufeff")
        return self._label_match(content, position) is not None

    def _label_match(self, content: str, position: int) -> re.Match[str] | None:
        """The label line at `position` (its `content`), or None."""
        hashed = content.lstrip(" \t").startswith("#")
        heading = (_HEADING_LABEL_LINE.match(content) if hashed  # (`Citation` over `-----`)
                   else _UNDERLINED_LABEL_LINE.match(content) if self._underlined(position, "-")
                   else None)
        if hashed or heading is not None:
            known = heading is not None and normalise_label(heading.group("label")) in (
                PLAIN_LABELS if self.plain else _HEADING_LABELS)
            return heading if known else None
        if not self.plain:
            found = _LABEL_LINE.match(content)
            if found is None and (found := _BOLD_LABEL_ALONE.match(content)) is not None:
                # (`**Summary**` alone, its value under it: the colon left out; so are the
                # website's `**Document Information**` over its fields and `**Languages**`)
                return found if normalise_label(found.group("label")) in _BOLD_BARE_LABELS \
                    else None
            return found
        found = _PLAIN_LABEL_LINE.match(content)
        if found is not None:
            return found if normalise_label(found.group("label")) in PLAIN_LABELS else None
        return _bare_label(content)

    def _underlined(self, position: int, mark: str = "") -> bool:
        """Whether the line under `position` underlines it as Markdown's heading (`=====`,
        `-----`; with `mark`, of that character only)."""
        under = position + 1
        if not self.lines.has(under):
            return False
        line = self.lines[under].content
        return (len(line.strip()) >= _UNDERLINE_LENGTH and _UNDERLINE.match(line) is not None
                and (not mark or line.strip()[0] == mark))

    def read_plain_lines(self, is_date: DateTest, unlabelled: bool = True,
                         on_site: bool = False) -> list[Field]:
        """A plain page's date line and title line (`September 10, 1951` / the title), when
        a label the page prints follows them (or, `unlabelled`, when they look like the
        archive's date and title); else nothing, without moving. `on_site`: under the
        website's navigation line, where a title may open with a phrase and a colon
        (`Second Meeting: Record of a Conversation …`) as no label of the archive does."""
        start = self.index
        title_first = self._title_over_date(is_date, on_site)
        if title_first is not None:
            return title_first
        found: list[Field] = []
        # (under the date, a title may open as a form's field does, `Telegram No.:
        # MEX/104/1/81, Secretary Haig’s Visit …`, when a label of the archive follows it)
        field_like_title = False
        single_newlines = False
        for _ in range(2):
            line = self.current()
            if line is None or line.blank or self._opens_with_label(line.content,
                                                                    on_site or bool(found)):
                break
            heading = self._heading_field(line)
            if heading is not None:
                # (`# Title` under the date line, or the date itself so written)
                if not found and not is_date(heading.value):
                    self.index = start
                    break
                found.append(heading)
                self.skip_blank()
                continue
            field_like_title = bool(found) and self._opens_with_label(line.content, on_site)
            end = self.index
            # (a page saved with single newlines: the date alone on its line, the title down
            # to the first of the page's labels, `Summary: …`)
            single_date = (not found and is_date(line.content.strip())
                           and self.lines.has(self.index + 1)
                           and not self.lines[self.index + 1].blank)
            single_newlines = single_newlines or single_date
            while (not single_date and end + 1 < self.index + _MAX_BOLD_LINES
                   and self.lines.has(end + 1) and not self.lines[end + 1].blank
                   and not self._a_fields_label(self.lines[end + 1].content)):
                end += 1
            if (not single_date and self.lines.has(end + 1) and not self.lines[end + 1].blank
                    and not self._a_fields_label(self.lines[end + 1].content)):
                break  # more lines than a title has: a paragraph of the text
            if found and single_newlines and not (
                    self.lines.has(end + 1) and not self.lines[end + 1].blank) and (
                    not self._hard_wrapped(self.index, end)
                    or not self._label_after_blanks(end + 1)):
                # (the date's line ran on into lines a blank line ends: a letter's; a title
                # under it, of one line or wrapped with hard breaks, a blank line, then the
                # page's labels: its header)
                break
            value = _fold([part.content.lstrip("\ufeff")
                           for part in self.lines.span(self.index, end + 1)])
            if len(value) > _MAX_PLAIN_TITLE or (not found and not is_date(value)):
                break
            found.append(Field(value, line.number, line.first_column))
            self.index = end + 1
            self.skip_blank()
        self.plain = True
        if len(found) == 2 and (self.is_label(self.index) or (
                unlabelled and not field_like_title
                and _archive_heading(found[0], found[1], on_site))):
            return found
        self.plain = False
        self.index = start
        return []

    def _title_over_date(self, is_date: DateTest, on_site: bool) -> list[Field] | None:
        """A plain page that prints its title first and the date under it, each a paragraph
        of its own, then its labels (`Minutes of …` / `October 25, 1959` / `Summary`): the
        two lines, title first; else None, without moving. Only the page's labels under the
        two vouch for them: a text may well open with a heading over its date."""
        start = self.index
        end = start
        while (end - start < _MAX_BOLD_LINES and self.lines.has(end)
               and not self.lines[end].blank):
            end += 1
        if end == start or (self.lines.has(end) and not self.lines[end].blank):
            return None
        title_lines = self.lines.span(start, end)
        title = _fold([line.content.lstrip("\ufeff") for line in title_lines])
        if (not _MIN_PLAIN_TITLE <= len(title) <= _MAX_PLAIN_TITLE or is_date(title)
                or any(self._opens_with_label(line.content, on_site) or self.is_label(at)
                       for at, line in enumerate(title_lines, start))):
            return None
        self.index = end
        self.skip_blank()
        date_line = self.current()
        self.plain = True
        if (date_line is not None and is_date(date_line.content.strip())
                and (not self.lines.has(self.index + 1) or self.lines[self.index + 1].blank)):
            self.index += 1
            self.skip_blank()
            if self.is_label(self.index):
                first = title_lines[0]
                return [Field(title, first.number, first.first_column), _line_field(date_line)]
        self.plain = False
        self.index = start
        return None

    def _hard_wrapped(self, start: int, end: int) -> bool:
        """Whether the lines from `start` to `end` are one line, or lines that Markdown's hard
        breaks (two spaces at a line's end) wrap."""
        return all(self.lines[at].content.endswith("  ") for at in range(start, end))

    def _label_after_blanks(self, position: int) -> bool:
        """Whether the first line with words from `position` on is one of the page's labels."""
        while self.lines.has(position) and self.lines[position].blank:
            position += 1
        return self.lines.has(position) and self._a_fields_label(self.lines[position].content)

    @classmethod
    def _a_fields_label(cls, content: str) -> bool:
        """A line opening on one of the page's labels, its colon after it or none (`Summary:
        …`, `Summary` alone, as the website prints it)."""
        return cls._opens_with_label(content, True) or _bare_label(content) is not None

    @staticmethod
    def _opens_with_label(content: str, on_site: bool) -> bool:
        found = _PLAIN_LABEL_LINE.match(content.strip())
        if found is None:
            return False
        return not on_site or normalise_label(found.group("label")) in PLAIN_LABELS

    def read_bold_block(self, *, text_may_follow: bool = False) -> Field | None:
        """A bold-only block (``**...**``, maybe over a few lines), or None without moving;
        `text_may_follow`: the title under the date line, which a page saved with single
        newlines runs straight on into the text."""
        first = self.current()
        if first is None or self.is_label(self.index):
            return None
        heading = self._heading_field(first)
        if heading is not None:
            return heading
        if not first.content.lstrip("\ufeff").lstrip().startswith("**"):
            return None
        for end in range(self.index, self.index + _MAX_BOLD_LINES):
            if not self.lines.has(end):
                return None
            line = self.lines[end]
            if line.blank:
                return None
            if _HARD_BREAK.sub("", line.content).rstrip().endswith("**"):
                return self._bold_field(end, text_may_follow)
        return None

    def _heading_field(self, first: Line) -> Field | None:
        """A heading's words, as an export writes the page's date and title in Markdown (`#
        Title`, or `Title` over a line of `=`), its markers and underline left out; or None
        without moving."""
        content = first.content.lstrip("\ufeff")
        if content.lstrip(" \t").startswith("#"):
            found = _HEADING_LINE.match(content)
            if found is None or not found["text"].strip():
                return None
            self.index += 1
            bom = len(first.content) - len(content)
            return Field(_fold([found["text"]]), first.number, bom + found.start("text") + 1)
        if first.blank or first.first_column > 4 or not self._underlined(self.index):
            return None
        self.index += 2
        return Field(_fold([content]), first.number, first.first_column)

    def _bold_field(self, end: int, text_may_follow: bool) -> Field | None:
        block = self.lines.span(self.index, end + 1)
        parts = [line.content for line in block]
        opening = parts[0].lstrip("\ufeff").lstrip()
        parts[0] = opening[2:]
        parts[-1] = _HARD_BREAK.sub("", parts[-1]).rstrip()[:-2]
        inner = _fold(parts)
        # "**a** and **b**" is running text with two bold spans, not a bold block.
        if not inner or "**" in inner:
            return None
        following = end + 1
        # In the page-text layout a header line is followed by a blank line or another bold
        # line; a bold phrase running on into text is body.
        if self.lines.has(following):
            after = self.lines[following].content.lstrip()
            runs_on = not text_may_follow or after[:1].islower()  # (`…running on` / `into …`)
            if after and not after.startswith("**") and runs_on:
                return None
        first = block[0]
        column = first.first_column + 2
        self.index = following
        return Field(inner, first.number, column)

    def read_summary_note(self, fields: dict[str, Field]) -> tuple[str, Field] | None:
        """The archive's line under a summary a language model wrote (`This document summary
        was generated by an artificial intelligence language model …`), unlabelled, in
        italics or not: the summary's own note, and the fields go on under it."""
        line = self.current()
        if line is None or "summary" not in fields or "summary_note" in fields:
            return None
        note = line.content.strip().strip("*_").strip()
        if _SUMMARY_NOTE.match(note) is None:
            return None
        self.index += 1
        return "summary_note", Field(note, line.number, line.content.index(note) + 1)

    def read_field(self) -> tuple[str, Field | None] | None:
        """A ``**Label:**`` field: its normalised label and value (None when empty)."""
        line = self.current()
        if line is None:
            return None
        content = line.content.lstrip("\ufeff")
        match = self._label_match(content, self.index)
        if match is None:
            return None
        label = normalise_label(match.group("label"))
        self.index += 2 if match.re.pattern == _UNDERLINED_LABEL_LINE.pattern else 1
        rest = match.group("rest")
        if rest.strip():
            bom = len(line.content) - len(content)
            column = bom + match.start("rest") + 1
            return label, Field(_fold([rest]), line.number, column)
        # The value is the next paragraph (after blank lines in the Markdown layout); in a
        # plain page saved with single newlines, the next line (`Contents:` / `English
        # Translation` / the text's first line) and the address under a citation.
        below = self.index
        self.skip_blank()
        start = self.index
        self.value_below = (label, start)
        one_line = self.plain and start == below
        while (
            self.lines.has(self.index)
            and not self.lines[self.index].blank
            and not self.is_label(self.index)
            and not (one_line and self.index > start
                     and not self.lines[self.index].content.lstrip().startswith("http"))
        ):
            self.index += 1
        value_lines = self.lines.span(start, self.index)
        if not value_lines:
            return label, None
        if len(value_lines) == 1 and _marking_alone(value_lines[0].content.strip()):
            # (`**Summary:**` empty, then `(Top Secret)`: the document's classification opens
            # its text; no summary is one)
            self.index = start
            return label, None
        first = value_lines[0]
        return label, Field(
            _fold([v.content for v in value_lines]), first.number, first.first_column
        )


DateTest = Callable[[str], bool]


def _marking_alone(line: str) -> bool:
    """A classification line alone, as the document prints it, in brackets or not (`(Top
    Secret)`, `SECRET`)."""
    inner = line[1:-1] if line[:1] + line[-1:] in ("()", "[]") else line
    return CLASSIFICATION.match(inner.strip()) is not None


def _looks_like_date(text: str) -> bool:
    # Imported here: the dates module is the one date parser of the project.
    from teikit.dates import parse_date

    return parse_date(text) is not None


def parse_page_header(
    text: str, path: str = "<stdin>", *, is_date: DateTest = _looks_like_date,
    title_given: bool = False,
) -> PageHeader:
    """Read the page header at the start of ``text``; ``body_start`` is where the body begins.

    ``title_given``: the caller has the title (a sidecar, an option), so the text is taken for a
    transcription: a date and a title-like line at its start, without any label the archive
    prints, are the document's own lines, not a page's header.

    ``path`` names the source in messages of callers; the header itself carries line numbers.
    """
    del path  # kept in the signature so callers can pass it uniformly with other readers
    site = parse_site_page(text, is_date) or parse_share_bar_page(text, is_date)
    if site is not None:
        return site  # a page saved from the archive's website
    text = _bold_as_asterisks(text)
    scanner = _Scanner(Lines(text))
    scanner.skip_blank()
    first_line = scanner.current()
    start_line = first_line.number if first_line else 1
    no_header = PageHeader(None, None, {}, 0, start_line)
    on_site = (first_line is not None
               and first_line.content.lstrip("\ufeff").strip() in _SITE_NAVIGATION)
    if on_site:
        scanner.index += 1
        scanner.skip_blank()

    bold_blocks = _bold_blocks(scanner, is_date)
    if bold_blocks and not scanner.is_label(scanner.index):
        # (the bold date and title over the archive's labels without bold, `Summary: …`)
        scanner.plain = True
        scanner.plain = scanner.is_label(scanner.index)
    if not bold_blocks and not scanner.is_label(scanner.index):
        boxed = _dated_citation_box(text, scanner, is_date, start_line)
        if boxed is not None:
            return boxed
        # a page saved as plain text
        bold_blocks = scanner.read_plain_lines(is_date, unlabelled=not title_given,
                                               on_site=on_site)
    if not bold_blocks and not scanner.is_label(scanner.index):
        single = _single_newline_page(text, scanner, is_date, start_line,
                                      unvouched=not title_given)
        if single is not None:
            return single

    fields: dict[str, Field] = {}
    labels: list[str] = []
    while True:
        while (found := scanner.read_field() or scanner.read_summary_note(fields)) is not None:
            label, value = found
            labels.append(label)
            if value is not None and label not in fields:
                fields[label] = value
            scanner.skip_blank()
        if bold_blocks or not labels:
            break
        # (`**Citation:** …` first, then the bold date and title, then the other fields: the
        # page's fields in another order)
        bold_blocks = _date_and_title_blocks(scanner, is_date)
        if not bold_blocks:
            break

    if len(bold_blocks) == 2 and CREDITS_LINE.match(bold_blocks[1].value):
        # (the funder's line in bold where the title stands: the title is the citation's)
        fields.setdefault("credits", bold_blocks.pop())
    citation = scanner.current()
    if (bold_blocks and "citation" not in fields and citation is not None
            and "summary" not in fields and citation.first_column > 1
            and scanner.lines.has(scanner.index + 1)
            and _unlabelled_citation(scanner.lines[scanner.index + 1].content)):
        # (the box's summary, indented over its citation)
        fields["summary"] = _line_field(citation)
        scanner.index += 1
        citation = scanner.current()
    if (bold_blocks and "citation" not in fields and citation is not None
            and _unlabelled_citation(citation.content)):
        # (the archive's citation box, its label lost as a page is saved: a field all the same)
        fields["citation"] = _line_field(citation)
        labels.append("citation")
        scanner.index += 1
        scanner.skip_blank()
        if len(bold_blocks) == 1 and (cited := CITED_TITLE.match(fields["citation"].value)):
            bold_blocks.append(Field(cited["title"].strip(), fields["citation"].line,
                                     fields["citation"].column + 1))
    shown_as = scanner.current()
    if (bold_blocks and shown_as is not None
            and SHOWN_AS.match(shown_as.content.strip()) is not None):
        scanner.index += 1  # (the site's tab over the text, `English HTML`: no line of it)
        scanner.skip_blank()

    date_text, title = _date_and_title(bold_blocks, is_date)
    dated_title = date_text is not None and title is not None and is_date(date_text.value)
    if not dated_title and not any(label in KNOWN_LABELS for label in labels):
        return no_header

    header = _header_at(text, date_text, title, fields, _body_start(text, scanner), start_line)
    end = len(text) if header.body_end is None else header.body_end
    if scanner.value_below is not None and _NON_SPACE.search(text, header.body_start,
                                                             end) is None:
        # (`**Summary:**` printed empty over the text: the paragraph under it, which was taken
        # for its value, is the text's, all there is of it)
        label, line_index = scanner.value_below
        fields.pop(label, None)
        scanner.index = line_index
        header = _header_at(text, date_text, title, fields, _body_start(text, scanner),
                            start_line)
    return header


# Bold set with underscores, opening a line (`__June 15, 1954__`, `__Summary:__ …`; a title
# wrapped over lines of its paragraph).
_UNDERSCORE_BOLD = re.compile(r"(?m)^([ \t]*)__(?=\S)((?:[^_\n]|\n(?![ \t]*\n))*?\S)__")


def _bold_as_asterisks(text: str) -> str:
    """A page whose header an export set in bold with underscores, as if set with asterisks:
    the same header (as many characters, so that every offset holds)."""
    if not text.lstrip("\ufeff \t\n").startswith("__"):
        return text
    return _UNDERSCORE_BOLD.sub(r"\1**\2**", text)


def _bold_blocks(scanner: _Scanner, is_date: DateTest) -> list[Field]:
    """The page's bold date and title lines where the scanner stands, as many as there are
    of the two (the title under the date may run on into the text)."""
    blocks: list[Field] = []
    while len(blocks) < 2:
        block = scanner.read_bold_block(
            text_may_follow=len(blocks) == 1 and is_date(blocks[0].value))
        if block is None:
            break
        blocks.append(block)
        scanner.skip_blank()
    return blocks


def _date_and_title_blocks(scanner: _Scanner, is_date: DateTest) -> list[Field]:
    """The bold date line and the bold title line under fields the page printed over them,
    both or none, without moving when none."""
    start = scanner.index
    blocks = _bold_blocks(scanner, is_date)
    date, title = _date_and_title(blocks, is_date)
    if len(blocks) == 2 and date is not None and title is not None and is_date(date.value):
        return blocks
    scanner.index = start
    return []


# Asked of the body in place: a large page's body is not copied to learn that it is blank.
_NON_SPACE = re.compile(r"\S")


def _header_at(text: str, date: Field | None, title: Field | None, fields: dict[str, Field],
               body_start: int, start_line: int) -> PageHeader:
    """The page's header with its body starting at `body_start`, over the site's footer if
    one is under the text."""
    return (_over_footer(text, date, title, fields, body_start, start_line)
            or PageHeader(date, title, fields, body_start, start_line))


def _over_footer(text: str, date: Field | None, title: Field | None, fields: dict[str, Field],
                 body_start: int, start_line: int) -> PageHeader | None:
    """The header of a page whose text stands over the website's footer (the footer's fields
    after the header's own), or None when no footer is under the text."""
    footer = read_site_footer(text, body_start, fields.get("summary"))
    if footer is None:
        return None
    for name, value in footer.fields.items():
        fields.setdefault(name, value)
    return PageHeader(date, title, fields, body_start, start_line, footer.text_end)


# A summary printed over the date is a sentence, not a heading's few words.
_TEASER_WORDS = 6


def _single_newline_page(text: str, scanner: _Scanner, is_date: DateTest,
                         start_line: int, unvouched: bool = False) -> PageHeader | None:
    """A page saved from the website with single newlines: the date alone on its line, the
    title on the next, the funder's line under it, the text straight after; the funder's line
    or the site's footer under the text tells it from a transcription that opens with a
    date. `unvouched`: no title is given for the text either, so the archive's date over a
    heading is the page's header even with neither under it (a page cut off before its
    footer, of a document no funder is named for), where the text would have no title."""
    lines = [scanner.lines[i] for i in range(scanner.index, scanner.index + 4)
             if scanner.lines.has(i)]
    fields: dict[str, Field] = {}
    first = scanner.index
    if (len(lines) == 4 and not lines[0].blank and not is_date(lines[0].content.strip())
            and len(lines[0].content.split()) >= _TEASER_WORDS):
        # (the summary over the date, as the site's lists show it)
        fields["summary"] = _line_field(lines[0])
        lines, first = lines[1:], first + 1
    lines = lines[:3]
    if len(lines) < 2 or any(line.blank for line in lines[:2]):
        return None
    date, title = _line_field(lines[0]), _line_field(lines[1])
    credited = len(lines) == 3 and CREDITS_LINE.match(lines[2].content.strip()) is not None
    # (the funder's line under it vouches for a title that ends as a sentence does: `…
    # Subject: Vietnamese-DPRK relations.`)
    if not (is_date(date.value) and _archive_heading(date, title, on_site=credited)):
        return None
    body_line = first + 2
    if credited:
        fields["credits"] = _line_field(lines[2])
        body_line += 1
    scanner.index = body_line
    scanner.skip_blank()
    body_start = _body_start(text, scanner)
    header = _over_footer(text, date, title, fields, body_start, start_line)
    runs_on = (len(lines) == 3 and lines[2].content.strip()[:1].islower()
               and _WRAPPED_TITLE_END.search(title.value) is not None)
    if header is None and (credited or (unvouched and not runs_on)):
        # (a line in lower case that goes on from a joining word continues the one over it)
        return PageHeader(date, title, fields, body_start, start_line)
    return header


def _dated_citation_box(text: str, scanner: _Scanner, is_date: DateTest,
                        start_line: int) -> PageHeader | None:
    """A page of the website saved from its date on: the date, then the citation box's
    summary and citation, indented, with no title over them; the title is the one the
    citation quotes."""
    first = scanner.current()
    if first is None or not (is_date(first.content.strip())
                             and _ARCHIVE_DATE.match(first.content.strip())):
        return None
    index = scanner.index + 1
    while scanner.lines.has(index) and scanner.lines[index].blank:
        index += 1
    box = [scanner.lines[i] for i in range(index, index + 2) if scanner.lines.has(i)]
    fields: dict[str, Field] = {}
    if len(box) == 2 and box[0].first_column > 1 and not _unlabelled_citation(box[0].content):
        fields["summary"] = _line_field(box[0])
        box, index = box[1:], index + 1
    if not box or box[0].first_column == 1 or not _unlabelled_citation(box[0].content):
        return None
    citation = box[0]
    cited = CITED_TITLE.match(citation.content.strip())
    if cited is None:
        return None
    fields["citation"] = _line_field(citation)
    date = _line_field(first)
    title = Field(cited["title"].strip(), citation.number, citation.first_column + 1)
    scanner.index = index + 1
    scanner.skip_blank()
    body_start = _body_start(text, scanner)
    header = _over_footer(text, date, title, fields, body_start, start_line)
    return header or PageHeader(date, title, fields, body_start, start_line)


def _unlabelled_citation(line: str) -> bool:
    if _UNLABELLED_CITATION.match(line) is not None:
        return True
    if _UNLABELLED_REFERENCE.match(line) is None:
        return False
    reference = parse_archive_reference(line)
    return reference is not None and len(reference.ids) >= _REFERENCE_PARTS


def _date_and_title(blocks: list[Field], is_date: DateTest) -> tuple[Field | None, Field | None]:
    """Which bold block is the date and which the title.

    The pages print the date first; when neither of two blocks reads as a date the first is
    still taken as the date line, so the metadata check can say the date does not parse.
    """
    if not blocks:
        return None, None
    if len(blocks) == 1:
        only = blocks[0]
        return (only, None) if is_date(only.value) else (None, only)
    first, second = blocks
    if not is_date(first.value) and is_date(second.value):
        return second, first
    return first, second


def _line_field(line: Line) -> Field:
    """A whole line as a header field, where its first character stands."""
    return Field(line.content.strip(), line.number, line.first_column)


def _body_start(text: str, scanner: _Scanner) -> int:
    """Where the text begins: the first character of the scanner's line, if any is left."""
    line = scanner.current()
    return len(text) if line is None else _first_non_blank(text, line.offset)


def _first_non_blank(text: str, offset: int) -> int:
    match = _NON_BLANK.search(text, offset)
    return match.start() if match else len(text)


__all__ = ["KNOWN_LABELS", "Field", "PageHeader", "normalise_label", "parse_page_header"]
