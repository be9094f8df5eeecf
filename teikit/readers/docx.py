"""The DOCX reader: a Word file → one `Document`, with the same profile's bracket conventions
as page exports.

Each paragraph's plain text is one unit, placed by the same structure recognition as the text
reader's (opener, running text, closer, postscript; Word's heading styles give headings) and
parsed by the same inline rules; its formatting, tracked changes, note and comment anchors
and page breaks are then put back on the parsed nodes by position (`docx_inline`). Footnotes
and endnotes go to their anchors as `note[@place]`; a footnote whose mark is `*` follows the
profile's asterisk-note convention (the translator's note, flagging an uncertain name before
it), as the printed `*` note of a page export does. Comments become
`note[@type='editorial'][@place='margin']` at their reference, tracked changes `add`/`del`;
their authors are declared in `respStmt`s and their dates as `revisionDesc/change`s, which
the elements point to with `@resp` and `@change`. Tables become `table/row/cell`, text boxes
`note[@place='margin']` where they are anchored, hyperlinks to addresses outside the file
`ref[@target]`, pictures `figure` with the image in base64 (`teikit.readers.docx_pictures`).
The headers and footers Word prints become
`fw[@type='header'|'footer']` before and after the text, each part once, with the pages it is
printed on.

Messages locate a problem as `file.docx:N:C`: paragraph N (counted in the file, empty ones
too, then the paragraphs of the notes and comments, of the headers and footers, and of the
text boxes), character C.

Metadata: the core properties, overridden by a sidecar, then by options.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from teikit.conventions.text_markup import EMPHASIS, TRACKED_DELETION
from teikit.diagnostics import Diagnostic
from teikit.errors import InputError, Location, MetadataError
from teikit.kept_words import word_inventory
from teikit.metadata import Metadata, load_sidecar
from teikit.model import (
    Block,
    Body,
    Document,
    Inline,
    Intervention,
    LineBreak,
    NoteText,
    PageBreak,
    Paragraph,
    RunningText,
    Section,
    Table,
    TableCell,
    TableRow,
    Text,
    block_inlines,
)
from teikit.profiles import Profile
from teikit.readers.blocks import is_rule
from teikit.readers.character_forms import FormChange, merged
from teikit.readers.context import ReadingContext
from teikit.readers.docx_inline import Decorator, placed
from teikit.readers.docx_numbering import number_in_format
from teikit.readers.docx_package import Package, core_metadata, open_package
from teikit.readers.docx_pictures import figure
from teikit.readers.docx_runs import Anchor, WordParagraph
from teikit.readers.docx_stories import Stories, WordNote, WordTable
from teikit.readers.inline import InlineParser
from teikit.readers.joining import join_continuations, join_open_brackets
from teikit.readers.notes import blocks_in_order, join_notes, walk
from teikit.readers.transcription import ReadResult, build_body
from teikit.readers.two_texts import read_with_original
from teikit.readers.units import LB, PB, OffsetMap, Unit, markdown_heading
from teikit.rules.editorial_note import CONVENTION as REMARK


class _Offsets:
    """Running offsets and lines over all paragraphs (a text of them joined by blank lines),
    which units, ranges and anchors share, and which messages turn into paragraph numbers."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.starts: list[int] = []
        self.lines: list[int] = []
        self.paragraphs: list[WordParagraph] = []
        self.offset = 0
        self.line = 1

    def place(self, paragraph: WordParagraph) -> None:
        paragraph.start, paragraph.line = self.offset, self.line
        paragraph.number = len(self.paragraphs) + 1
        self.starts.append(self.offset)
        self.lines.append(self.line)
        self.paragraphs.append(paragraph)
        self.offset += len(paragraph.text) + 2
        self.line += paragraph.text.count(LB) + 2

    def locate(self, offset: int) -> Location:
        index = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        return Location(self.path, index + 1, offset - self.starts[index] + 1)

    def locate_line(self, line: int) -> Location:
        return Location(self.path, max(bisect.bisect_right(self.lines, line), 1))


# Parts Word merges into the text when it opens the file: what they are, what to do.
_EMBEDDED = ("(HTML, RTF or another Word file that Word merges into the text when it opens the "
             "file): open the file in Word and save it to merge them")


def _no_text_error(stories: Stories, path: str) -> InputError:
    images = sum(p.images + len(p.pictures) for p in stories.body_paragraphs())
    if images:
        return InputError(f"the document has no text, only {images} image(s): teikit converts "
                          "text (transcribe it, or give the images' text in the file)",
                          Location(path))
    if stories.embedded:
        return InputError(f"the document has no text of its own, only {stories.embedded} "
                          f"embedded part(s) {_EMBEDDED}", Location(path))
    return InputError("the document has no text", Location(path))


def _metadata(package: Any, path: str, meta_file: Path | None,
              overrides: dict[str, Any] | None) -> tuple[Metadata, list[Diagnostic]]:
    sidecar = load_sidecar(meta_file) if meta_file is not None else {}
    meta = Metadata.from_sources(None, core_metadata(package), sidecar, overrides or {},
                                 path=path)
    if not meta.title:
        raise MetadataError("missing required field 'title': the document's properties have "
                            "no title (give 'title' in a sidecar file or with --title)",
                            Location(path))
    return meta, meta.check(path)


class _Anchors:
    """The nodes that go at anchors: notes and comments (their content filled in once parsed),
    page breaks; `stars` are the `*` footnotes left to the asterisk-note convention."""

    def __init__(self, stories: Stories) -> None:
        self.stories = stories
        self.at: dict[int, list[Inline]] = {}
        self.stars: list[tuple[Intervention, WordNote]] = []
        self.numbers = {"footnote": 0, "endnote": 0}
        self.used: list[WordNote] = []
        self.unheld: Counter[str] = Counter()
        """References to a note or comment the file does not hold, by kind."""

    def collect(self, paragraph: WordParagraph, in_table: bool) -> None:
        for anchor in paragraph.anchors:
            offset = paragraph.start + anchor.offset
            if anchor.kind == "textbox":
                node: Inline | None = self._box(paragraph.boxes[int(anchor.ident)], offset)
            elif anchor.kind == "image":
                node = figure(paragraph.pictures[int(anchor.ident)], offset)
            else:
                node = self._node(anchor, offset, in_table)
            if node is not None:
                self.at.setdefault(offset, []).append(node)

    def _box(self, paragraphs: list[WordParagraph], offset: int) -> Inline | None:
        """A text box: text the transcriber set beside the running text, a note in the
        margin at the place it is anchored (its content filled in once parsed)."""
        if not any(p.holds_anything for p in paragraphs):
            return None
        box = WordNote(paragraphs)
        self.used.append(box)
        return Intervention("note", {"place": "margin"}, box.content, None, None, offset)

    def _node(self, anchor: Anchor, offset: int, in_table: bool) -> Inline | None:
        kind, ident, mark = anchor.kind, anchor.ident, anchor.mark
        if kind == "pagebreak":
            return PageBreak()
        if kind == "deletion":
            return _deletion(anchor)
        notes = {"footnote": self.stories.footnotes, "endnote": self.stories.endnotes,
                 "comment": self.stories.comments}[kind]
        note = notes.get(ident)
        if note is None:
            self.unheld[kind] += 1
            return None
        self.used.append(note)
        if kind == "comment":
            attrs = {"type": "editorial", "place": "margin",
                     **self.stories.revisions.attributes(note.author, note.date, "Comment")}
            return Intervention("note", attrs, note.content, REMARK.summary, None, offset)
        if mark == "*" and kind == "footnote" and not in_table:
            star = Intervention("anchor", {"n": "*"}, [], None, "*", offset)
            self.stars.append((star, note))
            return star
        if mark is None:
            self.numbers[kind] += 1
        number_format, start = self.stories.note_numbering[kind]
        n = mark or number_in_format(start + self.numbers[kind] - 1, number_format)
        place = "foot" if kind == "footnote" else "end"
        return Intervention("note", {"place": place, "n": n}, note.content, "footnote", None,
                            offset)


def _deletion(anchor: Anchor) -> Intervention:
    children: list[Inline] = []
    for text, rends in anchor.deleted:
        node: Inline = Text(text)
        for rend in reversed(rends):
            node = Intervention("hi", {"rend": rend}, [node], EMPHASIS.summary)
        children.append(node)
    return Intervention("del", dict(anchor.attrs), children, TRACKED_DELETION.summary)


class _Parser:
    """Parses the paragraphs outside the running text (notes, comments, table cells, headers
    and footers, text boxes) with the same rules, formatting and anchors."""

    def __init__(self, parser: InlineParser, decorator: Decorator) -> None:
        self.parser = parser
        self.decorator = decorator

    def story(self, paragraphs: list[WordParagraph]) -> list[Inline]:
        nodes: list[Inline] = []
        for paragraph in paragraphs:
            if not paragraph.text:
                # (what is anchored in it, a text box alone in a header's paragraph: kept)
                held = self.decorator.take(paragraph.start)
                if held and nodes:
                    nodes.append(LineBreak())
                nodes += held
                continue
            unit = Unit("text", paragraph.text, OffsetMap.run(paragraph.start), paragraph.line,
                        paragraph.number)
            if nodes:
                nodes.append(LineBreak())
            nodes += self.decorator(unit, self.parser.parse(unit.text, unit.offsets))
        return nodes

    def table(self, table: WordTable) -> Table:
        rows = [TableRow([TableCell(self.story(cell.paragraphs), cell.cols, cell.rows, header)
                          for cell in cells], header)
                for header, cells in table.rows]
        return Table(rows, table.line)


def _heading(item: WordParagraph) -> tuple[int | None, str, int, str]:
    """A paragraph's heading level, its words, where they start and the markers' template:
    its style's level, else a Markdown heading's typed into the text (`#### POLITICAL
    ATTITUDES`, a page export pasted into Word, as its asterisks are read as emphasis)."""
    text = item.text
    typed = (markdown_heading(text)
             if not item.heading_level and LB not in text and PB not in text else None)
    if typed is None:
        return item.heading_level, text, item.start, ""
    level, left, words, template = typed
    return level, words, item.start + left, template


def _runs_of_units(stories: Stories, offsets: _Offsets, anchors: _Anchors,
                   ) -> list[list[Unit]]:
    """The body's paragraphs as units, in runs that its tables part: no sentence or bracket
    is joined across a table (the table goes after the text before it)."""
    runs: list[list[Unit]] = [[]]
    carried: list[Inline] = []  # page breaks of paragraphs with no text: to the next text
    for item in stories.body:
        if isinstance(item, WordTable):
            for paragraph in (p for _, cells in item.rows for c in cells for p in c.paragraphs):
                offsets.place(paragraph)
                anchors.collect(paragraph, in_table=True)
            item.line = offsets.line
            if runs[-1]:
                runs.append([])
            continue
        units = runs[-1]
        offsets.place(item)
        anchors.collect(item, in_table=False)
        if not item.text:
            carried += anchors.at.pop(item.start, [])
            continue
        if carried:
            anchors.at[item.start] = carried + anchors.at.get(item.start, [])
            carried = []
        level, text, start, marker = _heading(item)
        # (a line of three or more of one of `* - _`, spaces between: a page export's rule)
        kind = "heading" if level else "rule" if is_rule(text) else "text"
        units.append(Unit(kind, text, OffsetMap.run(start), item.line, item.number,
                          level or 0, item.number, marker))
    placed = [unit for run in runs for unit in run]
    if carried and placed:
        last = placed[-1]
        anchors.at.setdefault(last.offsets[0] + len(last.text), []).extend(carried)
    return runs


def _place_outside_the_body(stories: Stories, offsets: _Offsets, anchors: _Anchors) -> None:
    """The paragraphs outside the body, after its own, in the running offsets, their anchors
    collected: the notes' and comments', the headers' and footers', then the text boxes'
    wherever they are anchored (in a box too)."""
    paragraphs = [*stories.note_paragraphs(), *stories.running_paragraphs()]
    boxed = [p for placed in offsets.paragraphs for box in placed.boxes for p in box]
    while paragraphs or boxed:
        for paragraph in paragraphs:
            offsets.place(paragraph)
            anchors.collect(paragraph, in_table=False)
        boxed += [p for placed in paragraphs for box in placed.boxes for p in box]
        paragraphs, boxed = boxed, []


def _words_kept(stories: Stories, anchors: _Anchors) -> Iterator[str]:
    """The texts whose words the TEI must hold: the body's paragraphs (its tables' too), the
    notes, comments and text boxes placed at their references, the headers and footers, the
    descriptions of their pictures and the tracked deletions of all of them (a note reported
    as dropped is not asked for)."""
    notes = {id(note): note for note in anchors.used}.values()
    paragraphs = [*stories.body_paragraphs(),
                  *(paragraph for note in notes for paragraph in note.paragraphs),
                  *stories.running_paragraphs()]
    for paragraph in paragraphs:
        yield paragraph.text
        yield from (picture.description for picture in paragraph.pictures)
        for anchor in paragraph.anchors:
            yield from (text for text, _ in anchor.deleted)


def _insert_table(body: Body, table: Table) -> None:
    """After the last block of the running text that stands before it in the file."""
    target: tuple[list[Block], int] | None = None
    for section in body.sections:
        if section.head is not None and section.head.line < table.line:
            target = (section.blocks, 0)
        for index, block in enumerate(section.blocks):
            if block.line < table.line:
                target = (section.blocks, index + 1)
    if target is None:
        if not body.sections:
            body.sections.append(Section(None))
        target = (body.sections[0].blocks, 0)
    blocks, index = target
    blocks.insert(index, table)


def _place_star_notes(body: Body, anchors: _Anchors) -> None:
    """A `*` footnote's text goes right after the paragraph of its anchor (after the notes of
    the anchors before it there), where the asterisk convention (`join_notes`) expects the
    printed note; elsewhere it is a plain footnote. Blocks are found by what they are, not
    by comparing them: two paragraphs alike are still two."""
    owners: dict[int, tuple[list[Block], Block]] = {}
    for container, block in blocks_in_order(body):
        for inlines in block_inlines(block):
            for _, node in walk(inlines):
                owners[id(node)] = (container, block)
    after: dict[int, list[NoteText]] = {}  # a paragraph → the notes that follow it
    containers: dict[int, list[Block]] = {}
    for star, note in anchors.stars:
        container, owner = owners.get(id(star), ([], None))
        # (A block comes with the list that holds it; the head, in no list, with an empty one.)
        if isinstance(owner, Paragraph) and container:
            after.setdefault(id(owner), []).append(NoteText("*", note.content, owner.line))
            containers[id(container)] = container
        else:
            star.tag, star.attrs, star.children = "note", {"place": "foot", "n": "*"}, \
                note.content
    for container in containers.values():
        container[:] = [placed for block in container
                        for placed in (block, *after.get(id(block), ()))]


# What the reader leaves out of a paragraph, counted there (`WordParagraph`): the number's
# field, whether one place (the first paragraph with it) is worth naming, and the message.
_LEFT_OUT = (
    ("images", False, "{} drawing(s) left out (a chart, a diagram, a shape with no text, a "
                      "picture the file does not hold or a deleted one): teikit keeps text "
                      "and pictures"),
    ("symbols", True, "{} character(s) inserted from a symbol font left out (Symbol, "
                      "Wingdings: no Unicode character to keep; type them as text), the first "
                      "here"),
    ("unread", True, "{} character(s) of text in Word elements teikit does not read left out "
                     "(a ruby reading over its base text, an equation), the first here"),
)


def _left_out(offsets: _Offsets) -> Iterator[Diagnostic]:
    """One warning for each kind of content the reader leaves out, with how much there is."""
    for name, placed_first, message in _LEFT_OUT:
        holding = [p for p in offsets.paragraphs if getattr(p, name)]
        if holding:
            where = (offsets.locate(holding[0].start) if placed_first
                     else Location(offsets.path))
            yield Diagnostic("warning", "docx",
                             message.format(sum(getattr(p, name) for p in holding)), where)


def _file_warnings(opened: Package, stories: Stories, anchors: _Anchors,
                   path: str) -> Iterator[Diagnostic]:
    """What the file refers to but does not hold, and the parts it holds that are not read."""
    where = Location(path)
    for kind, count in anchors.unheld.items():
        yield Diagnostic("warning", "docx", f"{count} {kind} reference(s) to {kind}s the file "
                         "does not hold left out", where)
    if opened.missing:
        shown = ", ".join(opened.missing[:3]) + (", …" if len(opened.missing) > 3 else "")
        yield Diagnostic("warning", "docx", f"the package names {len(opened.missing)} part(s) "
                         f"it does not hold ({shown}): read without them", where)
    if stories.embedded:
        yield Diagnostic("warning", "docx",
                         f"{stories.embedded} embedded part(s) left out {_EMBEDDED}", where)


def read_docx_document(
    data: bytes,
    *,
    source_name: str,
    profile: Profile,
    meta_file: Path | None = None,
    overrides: dict[str, Any] | None = None,
    context: ReadingContext | None = None,
) -> Document:
    opened = open_package(data, source_name)
    package = opened.document
    try:
        stories = Stories(package)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"the DOCX package has a malformed part ({exc})",
                         Location(source_name)) from exc
    if not any(p.text for p in stories.body_paragraphs()) and not stories.unbox():
        raise _no_text_error(stories, source_name)
    meta, header_warnings = _metadata(package, source_name, meta_file, overrides)
    offsets = _Offsets(source_name)
    anchors = _Anchors(stories)
    # Paragraphs are joined as a page export's blocks are: a bracket the transcriber ran over
    # several (a hand's note of three lines) is one annotation, a sentence split over two one
    # paragraph with a page break where the split was.
    units = [unit for run in _runs_of_units(stories, offsets, anchors)
             for unit in join_open_brackets(join_continuations(run))]
    _place_outside_the_body(stories, offsets, anchors)
    decorator = Decorator({p.start: placed(p.spans, p.start) for p in offsets.paragraphs},
                          anchors.at)
    language = meta.original_language_code

    def read_text(part: list[Unit], text_language: str | None) -> ReadResult:
        return build_body(part, locate=offsets.locate, profile=profile,
                          original_language=language, decorate=decorator, context=context,
                          text_language=text_language)

    read = read_with_original(units, language, read_text)
    parser = _Parser(InlineParser(profile.rules, read.doc, offsets.locate, read.diagnostics),
                     decorator)
    for note in {id(n): n for n in anchors.used}.values():
        note.content[:] = parser.story(note.paragraphs)
    for item in stories.body:
        if isinstance(item, WordTable) and item.rows:
            _insert_table(read.body, parser.table(item))
    read.body.running = [RunningText(r.kind, r.pages, parser.story(r.paragraphs),
                                     r.paragraphs[0].line)
                         for r in stories.running if any(p.holds_anything for p in r.paragraphs)]
    _place_star_notes(read.body, anchors)
    read.diagnostics += join_notes(read.body, locate=offsets.locate_line,
                                   locate_offset=offsets.locate)
    lost = [*(Diagnostic("warning", "docx", "a note, comment or page break stands in a "
                         "paragraph that is not kept (dropped)", offsets.locate(offset))
              for offset in decorator.leftover()),
            *_left_out(offsets), *_file_warnings(opened, stories, anchors, source_name)]
    forms = merged(FormChange(f.what, f.count, p.start + f.first)
                   for p in offsets.paragraphs for f in p.forms)
    forms_said = [Diagnostic("warning", "characters", f"{change.sentence()}, the first here",
                             offsets.locate(change.first)) for change in forms]
    return Document(
        metadata=meta,
        body=read.body,
        path=source_name,
        source_words=word_inventory(_words_kept(stories, anchors)),
        hands=dict(read.doc.hands),
        diagnostics=[*forms_said, *header_warnings, *read.diagnostics, *lost],
        source=None,
        reader="docx",
        line_roles=read.line_roles,
        contributors=list(stories.revisions.contributors.values()),
        revisions=list(stories.revisions.revisions.values()),
        source_changes=tuple(change.sentence() for change in forms),
    )
