"""What a source's own header gave: each value with the line and column it stands at.

The page export's reader fills them from the bold header; the metadata layer merges them with
a sidecar and the command line, and points at them when a value is wrong. They live here, not
with the reader, so that metadata never imports a reader.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    """A header value with the 1-based line and column of its first character."""

    value: str
    line: int
    column: int


@dataclass(frozen=True)
class PageHeader:
    """The fields of a source's page header and where its body starts."""

    date_text: Field | None
    title: Field | None
    fields: dict[str, Field]
    body_start: int
    # Where the header starts (or, without one, where it should have been): 1-based line.
    start_line: int = 1
    # Where the body ends when the page prints more under it (a website's footer): None when
    # the body runs to the end of the text.
    body_end: int | None = None

    def body_of(self, text: str) -> str:
        """`text` without what the page prints under the body (the body still from
        `body_start` on)."""
        return text if self.body_end is None else text[: self.body_end]

    @property
    def found(self) -> bool:
        return self.date_text is not None or self.title is not None or bool(self.fields)
