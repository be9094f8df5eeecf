"""What a Word file holds, read into paragraphs before any parsing: the body's paragraphs and
tables in order, the footnotes, endnotes and comments by id (with their authors and dates),
the headers and footers, and the people and revisions their tracked changes and comments
name."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from teikit.model import Inline
from teikit.readers.docx_numbering import Numbering
from teikit.readers.docx_package import (
    Links,
    links_of,
    note_numbering,
    notes_part,
    numbering_part,
    running_parts,
    w,
)
from teikit.readers.docx_runs import Revisions, WordParagraph, own_paragraphs, read_paragraph
from teikit.readers.docx_styles import StyleBook

_SKIPPED_NOTES = {"separator", "continuationSeparator", "continuationNotice"}


@dataclass
class WordCell:
    """A cell of a Word table and the columns and rows it spans."""

    paragraphs: list[WordParagraph]
    cols: int = 1
    rows: int = 1


@dataclass
class WordTable:
    """A table of a Word document: its rows of cells."""

    rows: list[tuple[bool, list[WordCell]]]
    line: int = 0


@dataclass
class WordNote:
    """A footnote, endnote or comment of a Word document."""

    paragraphs: list[WordParagraph]
    author: str | None = None
    date: str | None = None
    content: list[Inline] = field(default_factory=list)


@dataclass
class WordRunning:
    """A header or footer of a Word document, and the pages it is printed on
    (`teikit.readers.docx_package.running_parts`)."""

    kind: str
    pages: str | None
    paragraphs: list[WordParagraph]


class Stories:
    """Everything read from the package, before parsing."""

    def __init__(self, package: Any) -> None:
        self.styles = StyleBook(package.part)
        self.revisions = Revisions()
        self.numbering = Numbering(numbering_part(package), self.styles)
        self.links = links_of(package.part)
        self.note_numbering = note_numbering(package)
        self.body: list[WordParagraph | WordTable] = list(self._items(package.element.body))
        # Parts of another format Word merges into the text when it opens the file (HTML, RTF
        # or another Word file, as some programs write them): no text of this one's to read.
        self.embedded = sum(1 for _ in package.element.body.iter(w("altChunk")))
        self.footnotes = self._notes(package, "footnote")
        self.endnotes = self._notes(package, "endnote")
        self.comments = self._notes(package, "comment")
        # (a header's table, often its layout: its paragraphs in order, as a note's)
        self.running = [
            WordRunning(kind, pages, [self.note_paragraph(p, links) for p in own_paragraphs(root)])
            for kind, pages, root, links in running_parts(package)]

    def paragraph(self, element: etree._Element) -> WordParagraph:
        """A paragraph of the body (a table's too), its number counted."""
        return read_paragraph(element, self.styles, self.revisions, self.links,
                              self.numbering.label(element))

    def note_paragraph(self, element: etree._Element, links: Links) -> WordParagraph:
        """A paragraph of a footnote, endnote, comment, header or footer: a list number there
        (a rarity) is not counted, so the body's lists count on past it."""
        return read_paragraph(element, self.styles, self.revisions, links)

    def _items(self, container: etree._Element) -> Iterator[WordParagraph | WordTable]:
        for child in container:
            if child.tag == w("p"):
                yield self.paragraph(child)
            elif child.tag == w("tbl"):
                yield self._table(child)
            elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
                yield from self._items(child)

    def _cell_paragraphs(self, cell: etree._Element) -> list[WordParagraph]:
        return [self.paragraph(p) for p in own_paragraphs(cell)]  # nested tables: their text

    def _table(self, table: etree._Element) -> WordTable:
        rows: list[tuple[bool, list[WordCell]]] = []
        open_merges: dict[int, WordCell] = {}  # grid column → cell a vertical merge began in
        for row in table.iterchildren(w("tr")):
            header = row.find(f"{w('trPr')}/{w('tblHeader')}") is not None
            cells: list[WordCell] = []
            column = 0
            for cell in row.iterchildren(w("tc")):
                properties = cell.find(w("tcPr"))
                span_el = properties.find(w("gridSpan")) if properties is not None else None
                merge = properties.find(w("vMerge")) if properties is not None else None
                cols = int(span_el.get(w("val"), "1")) if span_el is not None else 1
                if merge is not None and merge.get(w("val"), "continue") != "restart" \
                        and column in open_merges:
                    open_merges[column].rows += 1
                else:
                    word_cell = WordCell(self._cell_paragraphs(cell), cols)
                    cells.append(word_cell)
                    if merge is not None:
                        open_merges[column] = word_cell
                    else:
                        open_merges.pop(column, None)
                column += cols
            if cells:
                rows.append((header, cells))
        return WordTable(rows)

    def _notes(self, package: Any, kind: str) -> dict[str, WordNote]:
        root, links = notes_part(package, kind)
        if root is None:
            return {}
        notes: dict[str, WordNote] = {}
        for element in root.iterchildren(w(kind)):
            if element.get(w("type")) in _SKIPPED_NOTES:
                continue
            notes[element.get(w("id"), "")] = WordNote(
                [self.note_paragraph(p, links) for p in own_paragraphs(element)],
                element.get(w("author")), element.get(w("date")))
        return notes

    def unbox(self) -> bool:
        """A body with no text of its own whose text boxes hold the text (a transcription laid
        out as the page was, a box for each part): the boxes' paragraphs become the body's, in
        order. Whether they hold any text."""
        unboxed: list[WordParagraph | WordTable] = []
        for item in self.body:
            if isinstance(item, WordTable):
                unboxed.append(item)
                continue
            item.anchors = [a for a in item.anchors if a.kind != "textbox"]
            if item.pictures:
                unboxed.append(item)  # (a picture beside the boxes, a letterhead's emblem)
            unboxed += [p for box in item.boxes for p in box]
            item.boxes = []
        if not any(isinstance(i, WordParagraph) and i.text for i in unboxed):
            return False
        self.body = unboxed
        return True

    def body_paragraphs(self) -> Iterator[WordParagraph]:
        for item in self.body:
            if isinstance(item, WordTable):
                for _, cells in item.rows:
                    for cell in cells:
                        yield from cell.paragraphs
            else:
                yield item

    def note_paragraphs(self) -> Iterator[WordParagraph]:
        for notes in (self.footnotes, self.endnotes, self.comments):
            for note in notes.values():
                yield from note.paragraphs

    def running_paragraphs(self) -> Iterator[WordParagraph]:
        for running in self.running:
            yield from running.paragraphs
