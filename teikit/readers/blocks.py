"""Block structure of a source body, parsed by markdown-it-py with line maps.

Only the block rules that archival page exports use are enabled: ATX headings, thematic breaks
(rules of underscores) and paragraphs. Indented code, lists, block quotes, link reference
definitions and setext headings are off, because in a transcription a four-space indent, a
`1.` or a line of dashes is the document's own text, not Markdown syntax. The blocks keep their
raw lines: inline conventions are parsed by teikit's rules, not by Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from markdown_it import MarkdownIt

_ENABLED_BLOCK_RULES = ["heading", "hr", "paragraph"]


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark")
    md.disable([r for r in md.get_all_rules()["block"] if r not in _ENABLED_BLOCK_RULES])
    # Inline Markdown is not parsed at all: teikit's rules read the raw lines.
    md.disable([r for r in md.get_all_rules()["core"] if r not in ("normalize", "block")])
    return md


_MD = _parser()


@dataclass
class SourceLine:
    """One physical line of the source body."""

    text: str
    number: int
    offset: int

    @property
    def hard_break(self) -> bool:
        """A Markdown hard break: two trailing spaces or a trailing backslash."""
        return self.text.endswith("  ") or self.text.rstrip(" ").endswith("\\")

    @property
    def content(self) -> str:
        return self.text.strip()


@dataclass
class RawBlock:
    kind: Literal["text", "heading", "rule"]
    lines: list[SourceLine] = field(default_factory=list)
    level: int = 0

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


def _chunks(body: str) -> list[tuple[int, int]]:
    """(start, end) character ranges of `body`, each ending after a blank line or at the end."""
    ranges = []
    start = 0
    while start < len(body):
        blank = _BLANK_LINE.search(body, start + CHUNK) if len(body) - start > CHUNK else None
        end = blank.end() if blank else len(body)
        ranges.append((start, end))
        start = end
    return ranges


def parse_blocks(body: str, *, first_line: int = 1, base_offset: int = 0) -> list[RawBlock]:
    """Split `body` into blocks; line numbers and offsets refer to the whole file."""
    blocks: list[RawBlock] = []
    line_number = first_line
    for start, end in _chunks(body):
        piece = body[start:end]
        lines = split_lines(piece, line_number, base_offset + start)
        for token in _MD.parse(piece):
            if token.map is None or token.level != 0:
                continue
            first, last = token.map
            if token.type == "heading_open":
                blocks.append(RawBlock("heading", lines[first:last], level=int(token.tag[1:])))
            elif token.type == "hr":
                blocks.append(RawBlock("rule", lines[first:last]))
            elif token.type == "paragraph_open":
                blocks.append(RawBlock("text", lines[first:last]))
        line_number += piece.count("\n")
    return blocks
