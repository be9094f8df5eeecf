"""The lines at the head of a source, split as the header readers ask for them: a header is a
few lines of a possibly huge file. The page header reader and the former website's page reader
both read through them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from teikit.readers.markdown_escapes import ends_in_hard_break

_LINE = re.compile(r"([^\r\n]*)(\r\n|\n|\r|$)")


@dataclass(frozen=True)
class Line:
    """A line of the header's text, where it starts and what it holds."""

    number: int  # 1-based
    offset: int  # character offset of the line's first character in the text
    content: str  # without the line end

    @property
    def blank(self) -> bool:
        return not self.content.strip().strip("\ufeff")

    @property
    def first_column(self) -> int:
        """1-based column of the first character that is not a space, a tab or a byte-order
        mark."""
        return len(self.content) - len(self.content.lstrip(" \t\ufeff")) + 1


class Lines:
    """The text's lines, split on demand."""

    def __init__(self, text: str) -> None:
        self._matches = _LINE.finditer(text)
        self._text_length = len(text)
        self._lines: list[Line] = []
        self._exhausted = False

    def has(self, index: int) -> bool:
        while index >= len(self._lines) and not self._exhausted:
            match = next(self._matches, None)
            if match is None or (match.start() == self._text_length and not match.group(0)):
                self._exhausted = True
                break
            # (a no-break space, as a Word or web page export keeps one between a label's
            # words or a value's, is a space to the header's readers, and so is Markdown's
            # hard break written as a backslash ending the line, as pandoc writes one; each
            # character stays where it stands, and the body is read from the text itself)
            content = match.group(1).replace("\u00a0", " ")
            if ends_in_hard_break(content):
                content = content[:-1] + " "
            self._lines.append(Line(len(self._lines) + 1, match.start(), content))
        return index < len(self._lines)

    def __getitem__(self, index: int) -> Line:
        if not self.has(index):
            raise IndexError(index)
        return self._lines[index]

    def __iter__(self) -> Iterator[Line]:
        index = 0
        while self.has(index):
            yield self._lines[index]
            index += 1

    def span(self, start: int, stop: int) -> list[Line]:
        self.has(stop - 1)
        return self._lines[start:stop]
