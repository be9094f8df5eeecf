"""Block structure of a source body, with line maps.

Only the Markdown block rules that archival page exports use apply: ATX headings, thematic
breaks (rules of underscores), pipe tables (`teikit.readers.pipe_tables`: a web page's table,
as GitHub Flavored Markdown writes it), block quotations (`> …`, as an export writes a page's
quoted passage: their own blocks, read from their lines without the markers) and paragraphs.
Indented code, lists, link reference definitions and setext headings are off, because in a
transcription a four-space indent, a `1.` or a line of dashes is the document's own text, not
Markdown syntax. The blocks keep their raw lines: inline conventions are parsed by teikit's
rules, not by Markdown.

The rules are markdown-it-py's (its CommonMark block parser with every other block and
core rule disabled), applied here line by line: importing markdown-it-py cost more than a whole
conversion, and its tokens were thrown away. `tests/readers/test_blocks.py` checks that the
blocks equal markdown-it-py's on the dev documents and on generated texts. A table ends at the
first line without a pipe, where GitHub's would take a line of prose under it for a row; a
quotation ends at the first line without its marker (no line goes on lazily in it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from teikit.readers.pipe_rows import opens_table

BlockKind = Literal["text", "heading", "rule", "table", "quote"]
_MARKDOWN_SPACE = " \t"  # the only characters Markdown's block rules count as white space
_RULE_MARKERS = "*-_"
MAX_HEADING_LEVEL = 6
_CODE_INDENT = 4  # a paragraph line indented this far continues it, whatever it holds


@dataclass(slots=True)
class SourceLine:
    """One physical line of the source body."""

    text: str
    number: int
    offset: int

    @property
    def content(self) -> str:
        return self.text.strip()


@dataclass(slots=True)
class RawBlock:
    """A Markdown block of the body (paragraph, heading or rule) and its source lines."""

    kind: BlockKind
    lines: list[SourceLine] = field(default_factory=list)
    level: int = 0
    quote: int = 0
    """The block quotation it stands in (`> …`), by the line number it opens on; 0: none."""

    @property
    def first_line(self) -> int:
        return self.lines[0].number


def split_lines(text: str, first_line: int, base_offset: int) -> list[SourceLine]:
    lines: list[SourceLine] = []
    offset = base_offset
    for index, raw in enumerate(text.split("\n")):
        lines.append(SourceLine(raw, first_line + index, offset))
        offset += len(raw) + 1
    return lines


# The body is parsed in pieces that end at a blank line: with only headings, rules and
# paragraphs enabled, a blank line ends every block, so the pieces parse exactly as the whole
# would, and markdown-it's tokens for a 50 MB source never all exist at once.
CHUNK = 1 << 16
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _chunks(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) character ranges of `text` from `start` on, each ending after a blank line
    or at the end."""
    ranges = []
    while start < len(text):
        blank = _BLANK_LINE.search(text, start + CHUNK) if len(text) - start > CHUNK else None
        end = blank.end() if blank else len(text)
        ranges.append((start, end))
        start = end
    return ranges


def _indent(line: str) -> tuple[str, int]:
    """The line without its leading spaces and tabs, and their width (tabs to 4-column stops)."""
    rest = line.lstrip(_MARKDOWN_SPACE)
    width = 0
    for char in line[: len(line) - len(rest)]:
        width += 4 - width % 4 if char == "\t" else 1
    return rest, width


def is_rule(rest: str) -> bool:
    """A thematic break: three or more of one of `* - _`, spaces and tabs between."""
    if not rest or rest[0] not in _RULE_MARKERS:
        return False
    marker = rest[0]
    return rest.count(marker) >= 3 and not rest.strip(marker + _MARKDOWN_SPACE)


def atx_heading_level(rest: str) -> int:
    """An ATX heading's level (1 to 6 `#` then a space, a tab or the end), else 0."""
    hashes = len(rest) - len(rest.lstrip("#"))
    if not 1 <= hashes <= MAX_HEADING_LEVEL:
        return 0
    return hashes if len(rest) == hashes or rest[hashes] in _MARKDOWN_SPACE else 0


def block_maps(piece: str) -> Iterator[tuple[BlockKind, int, int, int]]:
    """(kind, first line, line after the last, heading level) of each block of `piece`, with
    line indices counted as Markdown counts them (a lone carriage return ends a line)."""
    source = piece.replace("\r\n", "\n").replace("\r", "\n")
    lines = source.split("\n")
    if source.endswith("\n") or not lines[-1].strip(_MARKDOWN_SPACE):
        lines.pop()  # no line after the last line break, nor a last line of only white space
    rests: list[str] = []
    widths: list[int] = []
    for line in lines:
        rest, width = _indent(line)
        rests.append(rest)
        widths.append(width)
    count = len(lines)
    index = 0
    while index < count:
        if not rests[index]:
            index += 1
            continue
        if _quoted(rests[index], widths[index]):
            end = index + 1
            while end < count and _quoted(rests[end], widths[end]):
                end += 1
            yield "quote", index, end, 0
            index = end
            continue
        if is_rule(rests[index]):
            yield "rule", index, index + 1, 0
            index += 1
            continue
        level = atx_heading_level(rests[index])
        if level:
            yield "heading", index, index + 1, level
            index += 1
            continue
        if _table_at(rests, widths, index):
            end = index + 2
            while end < count and "|" in rests[end] and widths[end] < _CODE_INDENT:
                end += 1
            yield "table", index, end, 0
            index = end
            continue
        end = index + 1
        while end < count and rests[end]:
            if widths[end] < _CODE_INDENT and (is_rule(rests[end])
                                               or atx_heading_level(rests[end])
                                               or _quoted(rests[end], widths[end])
                                               or _table_at(rests, widths, end)):
                break
            end += 1
        yield "text", index, end, 0
        index = end


def _quoted(rest: str, width: int) -> bool:
    """A line of a block quotation: `>` opening it (a line of its own begins one)."""
    return rest[:1] == ">" and width < _CODE_INDENT


# A block quotation's markers opening a line (`> `, `> > ` in a quotation inside another).
QUOTE_MARKERS = r"[ ]{0,3}(?:>[ \t]?)+"
_QUOTE_MARKERS = re.compile(QUOTE_MARKERS)


def _unquoted(lines: list[SourceLine]) -> list[SourceLine]:
    """A block quotation's lines without their markers, each where its words stand in the
    file."""
    unquoted = []
    for line in lines:
        markers = _QUOTE_MARKERS.match(line.text)
        skip = markers.end() if markers is not None else 0
        unquoted.append(SourceLine(line.text[skip:], line.number, line.offset + skip))
    return unquoted


def _table_at(rests: list[str], widths: list[int], index: int) -> bool:
    """Whether a pipe table's header row stands at `index` (its delimiter row under it)."""
    return ("|" in rests[index] and index + 1 < len(rests) and widths[index] < _CODE_INDENT
            and widths[index + 1] < _CODE_INDENT and opens_table(rests[index], rests[index + 1]))


def parse_blocks(text: str, *, start: int = 0, first_line: int = 1) -> list[RawBlock]:
    """Split the body, `text` from `start` (its line `first_line`) on, into blocks; line
    numbers and offsets refer to the whole file."""
    return list(iter_blocks(text, start=start, first_line=first_line))


def iter_blocks(text: str, *, start: int = 0, first_line: int = 1) -> Iterator[RawBlock]:
    """`parse_blocks` a piece of the body at a time. The body is read in place: a copy of a
    large file's body would stay resident after it is freed."""
    line_number = first_line
    for lo, hi in _chunks(text, start):
        piece = text[lo:hi]
        lines = split_lines(piece, line_number, lo)
        for kind, first, last, level in block_maps(piece):
            if kind != "quote":
                yield RawBlock(kind, lines[first:last], level=level)
                continue
            # (the quotation's own blocks, read from its lines as a text's are)
            inner = _unquoted(lines[first:last])
            for inner_kind, start, end, inner_level in block_maps(
                    "\n".join(line.text for line in inner)):
                if inner_kind != "quote":
                    yield RawBlock(inner_kind, inner[start:end], level=inner_level,
                                   quote=inner[0].number)
        line_number += piece.count("\n")
