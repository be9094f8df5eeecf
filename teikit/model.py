"""The document model between readers and writers (pandoc-style).

Blocks are typed by their role in the document; inline editorial interventions are
`Intervention` nodes carrying the TEI form their profile rule chose, so that a project profile
can introduce new conventions without new Python classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


@dataclass
class Text:
    value: str


@dataclass
class LineBreak:
    pass


@dataclass
class PageBreak:
    pass


@dataclass
class Intervention:
    """An inline element: `tag` and `attrs` are its TEI form; `kind` the phenomenon it encodes.

    `rend` is the source's marker as a template (`{}` for the content) when it differs from the
    canonical form the TEI → source writer would produce.
    """

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Inline] = field(default_factory=list)
    kind: str | None = None
    rend: str | None = None
    offset: int | None = None
    """Where the source marker stands in the file, for messages about it."""


Inline = Text | LineBreak | PageBreak | Intervention


class Role(Enum):
    """What a block of furniture is, outside the running text."""

    DOCKET = "docket"
    CLASSIFICATION = "classification"
    DOCUMENT_NUMBER = "document-number"
    DATELINE = "dateline"
    SALUTE = "salute"
    SIGNED = "signed"
    STAMP = "stamp"
    REGISTRY = "registry"
    LINE = "line"


@dataclass
class Paragraph:
    inlines: list[Inline]
    line: int


@dataclass
class Heading:
    inlines: list[Inline]
    level: int
    line: int
    marker: str = "{}"


@dataclass
class Furniture:
    """A line (or group of lines) of opener or closer, with its role."""

    role: Role
    inlines: list[Inline]
    line: int


@dataclass
class Rule:
    """A horizontal rule in the source (a line of underscores)."""

    marker: str
    line: int


@dataclass
class ListItem:
    label: str | None
    inlines: list[Inline]
    line: int


@dataclass
class DistributionList:
    head: list[Inline] | None
    items: list[ListItem]
    line: int


@dataclass
class NoteText:
    """A footnote or endnote text block: `marker` as printed (`*`, `1`)."""

    marker: str
    inlines: list[Inline]
    line: int
    bracketed: bool = False
    xml_id: str | None = None


Block = Paragraph | Heading | Furniture | Rule | DistributionList | NoteText


@dataclass
class Section:
    head: Heading | None
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Body:
    opener: list[Block] = field(default_factory=list)
    head: Heading | None = None
    sections: list[Section] = field(default_factory=list)
    closer: list[Block] = field(default_factory=list)
    postscript: list[Block] = field(default_factory=list)
