"""The document model between readers and writers (pandoc-style).

Blocks are typed by their role in the document; inline editorial interventions are
`Intervention` nodes carrying the TEI form their profile rule chose, so that a project profile
can introduce new conventions without new Python classes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeGuard

if TYPE_CHECKING:
    from teikit.diagnostics import Diagnostic
    from teikit.kept_text import KeptText
    from teikit.metadata import Metadata


@dataclass(slots=True)
class Text:
    """A run of the source's text."""

    value: str


@dataclass(slots=True)
class LineBreak:
    """A line break kept inside a block (`lb`)."""

    pass


@dataclass(slots=True)
class PageBreak:
    """A page break of the source inside a block (`pb`)."""

    pass


@dataclass(slots=True)
class Intervention:
    """An inline element: `tag` and `attrs` are its TEI form; `kind` the phenomenon it encodes.

    `rend` is the source's marker as a template (`{}` for the content) when it differs from the
    canonical form the TEI → source writer would produce.
    """

    tag: str
    attrs: Mapping[str, str] = field(default_factory=dict)
    children: list[Inline] = field(default_factory=list)
    kind: str | None = None
    rend: str | None = None
    offset: int | None = None
    """Where the source marker stands in the file, for messages about it."""


Inline = Text | LineBreak | PageBreak | Intervention


def is_element(node: Inline, tag: str) -> TypeGuard[Intervention]:
    """Whether `node` is an inline element written as `tag` (`q`, `ref`, `fw`, …)."""
    return isinstance(node, Intervention) and node.tag == tag


def only_element(nodes: Sequence[Inline], tag: str) -> Intervention | None:
    """The one element written as `tag` that `nodes` hold, with nothing but white space beside
    it (a line that is one bracket: `[Stamp: …]`, `[Handwritten: …]`); None otherwise."""
    others = [n for n in nodes if not (isinstance(n, Text) and not n.value.strip())]
    return others[0] if len(others) == 1 and is_element(others[0], tag) else None


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
    FORM = "form"
    PRECEDENCE = "precedence"
    LINE = "line"


@dataclass(slots=True)
class Paragraph:
    """A paragraph of the running text."""

    inlines: list[Inline]
    line: int
    language: str | None = None
    """The paragraph's language where it is not the text's: the original printed whole in its
    own script (`xml:lang` on the paragraph, not a foreign phrase inside it)."""


@dataclass(slots=True)
class Heading:
    """A heading, with its source marker as a template (`## {}`)."""

    inlines: list[Inline]
    level: int
    line: int
    marker: str = "{}"


@dataclass(slots=True)
class Furniture:
    """A line (or group of lines) of opener or closer, with its role, and the source's
    heading marker as a template when the line was set as a heading (`##### {}`)."""

    role: Role
    inlines: list[Inline]
    line: int
    marker: str = "{}"


@dataclass(slots=True)
class Rule:
    """A horizontal rule in the source (a line of underscores)."""

    marker: str
    line: int


@dataclass(slots=True)
class ListItem:
    """An item of a list, with its label as printed."""

    label: str | None
    inlines: list[Inline]
    line: int


@dataclass(slots=True)
class DistributionList:
    """A distribution list: its heading line, if any, and its items; or, `kind` "items", a
    list in the running text (a Markdown bulleted list's items, each labelled by its bullet)."""

    head: list[Inline] | None
    items: list[ListItem]
    line: int
    kind: str = "distribution"


def starred(marker: str) -> bool:
    """Whether a note's marker is asterisks (`*`, `**`), paired with its note by where they
    stand, not by a number."""
    return marker[:1] == "*"


@dataclass(slots=True)
class NoteText:
    """A footnote or endnote text block: `marker` as printed (`*`, `**`, `1`)."""

    marker: str
    inlines: list[Inline]
    line: int
    printed: str = "{}"
    """How the marker is printed, as a template: `{}` (`*`), `[{}]` (`[1]`), `{}.` (`1.`)."""
    xml_id: str | None = None


@dataclass(slots=True)
class TableCell:
    """A cell of a table."""

    inlines: list[Inline]
    cols: int = 1
    rows: int = 1
    label: bool = False
    """A header cell (`cell/@role='label'`)."""


@dataclass(slots=True)
class TableRow:
    """A row of a table; `label`: a header row."""

    cells: list[TableCell]
    label: bool = False
    pipes: str | None = None
    """A pipe table's row whose outer pipes differ from its delimiter row's: its own, as a
    template (`|{}`)."""


@dataclass(slots=True)
class Table:
    """A table: a Word file's, or a Markdown pipe table (`delimiter`: its delimiter row as
    written, `|---|--:|`)."""

    rows: list[TableRow]
    line: int
    delimiter: str | None = None


@dataclass(slots=True)
class BlockQuote:
    """A block quotation (Markdown's `> …`): its paragraphs; `group`, the line it opens on,
    tells two quotations one after another apart while they are read."""

    paragraphs: list[Paragraph]
    line: int
    group: int


@dataclass(slots=True)
class Transmitted:
    """A document relayed inside another (a letter quoted in a telegram), with its own
    opener, text and closer: `floatingText[@type='transmitted']`."""

    body: Body
    line: int


Block = (Paragraph | Heading | Furniture | Rule | DistributionList | NoteText | Transmitted
         | Table | BlockQuote)


@dataclass(slots=True)
class Section:
    """A part of the running text under its heading (none for the first), or a journal's
    entry (`entry`: its first block is its dateline)."""

    head: Heading | None
    blocks: list[Block] = field(default_factory=list)
    entry: bool = False


@dataclass(slots=True)
class RunningText:
    """A header or footer a word processor prints on the pages, outside the running text:
    `fw[@type='header'|'footer']`."""

    kind: str
    """`header` or `footer`."""
    pages: str | None
    """The pages it is printed on (`first-page`, `even-pages`, `odd-pages`; None: all the
    pages another does not take), as `@subtype`."""
    inlines: list[Inline]
    line: int


@dataclass(slots=True)
class Body:
    """The document's text: opener, heading, sections, closer and postscript."""

    opener: list[Block] = field(default_factory=list)
    head: Heading | None = None
    under_head: list[Block] = field(default_factory=list)
    """The opening lines printed under the title (a record's date, those present): an opener
    of their own after the heading."""
    sections: list[Section] = field(default_factory=list)
    closer: list[Block] = field(default_factory=list)
    postscript: list[Block] = field(default_factory=list)
    original: Original | None = None
    """The original in its own script, when the page prints it beside this translation."""
    running: list[RunningText] = field(default_factory=list)
    """A Word file's headers and footers: before the text and after it."""


@dataclass(slots=True)
class Original:
    """The original printed in its own script over its translation (or under it), read as a
    text of its own, with its own opening lines, signature and notes:
    `div[@type='original'][@xml:lang]` beside the translation's `div`."""

    body: Body
    language: str
    first: bool
    """Whether the page prints it before the translation."""


@dataclass(slots=True)
class TextSource:
    """The source text a document was read from, kept compressed for the lossless check,
    which reads it once (readers of textual sources set it; a DOCX reader has none)."""

    kept: KeptText
    body_start: int
    path: str


@dataclass(frozen=True, slots=True)
class Contributor:
    """Someone the text's interventions point to (`@resp`), declared in a `respStmt`: the
    authors of a Word file's tracked changes and comments."""

    xml_id: str
    name: str
    resp: str


@dataclass(frozen=True, slots=True)
class Revision:
    """A dated revision of the source (a tracked change, a comment), declared as a
    `revisionDesc/change` that interventions point to with `@change`."""

    xml_id: str
    when: str
    who: str
    description: str


@dataclass(slots=True)
class Document:
    """What a reader produces and every writer reads (pandoc's AST): nothing a writer needs is
    worked out again from the TEI it has written."""

    metadata: Metadata
    body: Body
    path: str = "<stdin>"
    """The source's name in messages."""
    hands: dict[str, str] = field(default_factory=dict)
    """Hand key (as the source names it, "" for unnamed) → `handNote/@xml:id`."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    source: TextSource | None = None
    reader: str = "wilson-page"
    contributors: list[Contributor] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    line_roles: Sequence[Any] = field(default_factory=list)
    """Why each furniture line got its role (`teikit.readers.structure.LineRole`)."""
    text_language: str | None = None
    """The language the text is in when the reader found it is not the profile's (English):
    an original the archive publishes untranslated."""
    source_changes: tuple[str, ...] = ()
    """What was changed in the source's characters before it was read (a soft hyphen removed,
    a decomposed letter composed: `teikit.readers.character_forms`), said in the header."""
    source_words: Counter[str] | None = None
    """The words of a source that has no text to give back (a Word file's paragraphs, notes
    and deletions), each as often as it stands there, in lower case: what the TEI must hold."""

    @property
    def classifications(self) -> list[str]:
        """The classification markings of the text in document order, each once, for the
        header's taxonomy: furniture lines and bracketed markings alike."""
        found: list[str] = []
        for block in iter_blocks(self.body):
            if isinstance(block, Furniture) and block.role is Role.CLASSIFICATION:
                found.append(plain_text(block.inlines))
            for inlines in block_inlines(block):
                found.extend(plain_text(node.children) for node in _interventions(inlines)
                             if node.tag == "fw" and node.attrs.get("type") == "classification")
        return list(dict.fromkeys(text for text in (" ".join(f.split()) for f in found) if text))

    def cites(self, resp: str) -> bool:
        """Whether any intervention is attributed to `resp` (`#translator`)."""
        return any(node.attrs.get("resp") == resp for node in iter_interventions(self.body))


def iter_blocks(body: Body) -> Iterator[Block]:
    """Every block in document order, those of transmitted documents included."""
    return (block for block, _ in iter_placed_blocks(body))


def iter_placed_blocks(body: Body) -> Iterator[tuple[Block, bool]]:
    """`iter_blocks`, each block with whether it stands in the running text or a postscript
    (a transmitted document's own opener and closer do not); the original's blocks where the
    page prints it, before or after the translation's."""
    original = body.original
    if original is not None and original.first:
        yield from _placed_blocks(original.body)
    yield from _placed_blocks(body)
    if original is not None and not original.first:
        yield from _placed_blocks(original.body)


def _placed_blocks(body: Body) -> Iterator[tuple[Block, bool]]:
    yield from ((block, False) for block in body.opener)
    if body.head is not None:
        yield body.head, False
    yield from ((block, False) for block in body.under_head)
    for section in body.sections:
        if section.head is not None:
            yield section.head, False
        for index, block in enumerate(section.blocks):
            if section.entry and index == 0:
                yield block, False  # an entry's dateline, in the entry's opener
            elif isinstance(block, Transmitted):
                yield from _placed_blocks(block.body)
            else:
                yield block, True
    yield from ((block, False) for block in body.closer)
    for block in body.postscript:
        if isinstance(block, Transmitted):  # a covering note's attachment
            yield from _placed_blocks(block.body)
        else:
            yield block, True


def block_inlines(block: Block) -> Iterator[list[Inline]]:
    if isinstance(block, DistributionList):
        if block.head is not None:
            yield block.head
        for item in block.items:
            yield item.inlines
    elif isinstance(block, Table):
        for row in block.rows:
            for cell in row.cells:
                yield cell.inlines
    elif isinstance(block, BlockQuote):
        for paragraph in block.paragraphs:
            yield paragraph.inlines
    elif not isinstance(block, Rule | Transmitted):
        yield block.inlines


def iter_interventions(body: Body) -> Iterator[Intervention]:
    for block in iter_blocks(body):
        for inlines in block_inlines(block):
            yield from _interventions(inlines)


def _interventions(inlines: list[Inline]) -> Iterator[Intervention]:
    stack: list[Inline] = list(reversed(inlines))
    while stack:
        node = stack.pop()
        if isinstance(node, Intervention):
            yield node
            stack.extend(reversed(node.children))


def plain_text(inlines: list[Inline]) -> str:
    """The text of inline nodes as a reader of the line sees it: notes and pictures left
    out."""
    parts: list[str] = []
    stack: list[Inline] = list(reversed(inlines))
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            parts.append(node.value)
        elif isinstance(node, LineBreak):
            parts.append(" ")
        elif isinstance(node, Intervention) and node.tag not in _NOT_READ_IN_THE_LINE:
            stack.extend(reversed(node.children))
    return "".join(parts)


_NOT_READ_IN_THE_LINE = frozenset({"note", "figure"})


class SharedAttributes:
    """One read-only mapping per distinct set of attributes, for every intervention that has
    it: a long document has tens of thousands of interventions and a few hundred sets (a
    translator's `reason="omitted"`), and a dict each costs more than its element's text.

    A reader shares a block's attributes once the block is read; whatever changes an
    intervention's attributes later gives it a new mapping (`node.attrs = {**node.attrs, …}`)."""

    def __init__(self) -> None:
        self._sets: dict[tuple[tuple[str, str], ...], Mapping[str, str]] = {}

    def share(self, inlines: list[Inline]) -> list[Inline]:
        for node in _interventions(inlines):
            key = tuple(node.attrs.items())
            shared = self._sets.get(key)
            if shared is None:
                shared = self._sets[key] = MappingProxyType(dict(node.attrs))
            node.attrs = shared
        return inlines


def splice_text(value: str, spans: Iterable[tuple[int, int, Inline]]) -> list[Inline]:
    """`value` as text nodes with each span (start, end, node; in order, not overlapping)
    replaced by its node: a marker or a word taken out of a run of text."""
    nodes: list[Inline] = []
    cursor = 0
    for start, end, node in spans:
        if start > cursor:
            nodes.append(Text(value[cursor:start]))
        nodes.append(node)
        cursor = end
    if cursor < len(value):
        nodes.append(Text(value[cursor:]))
    return nodes
