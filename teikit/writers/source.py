"""The second writer: TEI → source text, to prove that a conversion lost nothing.

Every editorial element is written back in the form the source had: the canonical marker of
its convention, or the template its `@rend` recorded (`{}` stands for the content; see
`teikit.templates`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

from teikit import templates
from teikit.conventions import Convention, FormTable
from teikit.conventions.text_markup import TEXT_MARKUP
from teikit.readers.pipe_rows import is_delimiter_row, outer_pipes
from teikit.writers.tei import BLOCK_QUOTE
from teikit.xml import local_name

# Children of these containers are blocks: they stand on lines of their own, except the
# phrase-level elements an opener or closer line may hold (`To Comrade <persName>…`).
# (a Word file's table: its rows and cells stand apart, as its paragraphs do)
_CONTAINERS = {"body", "div", "opener", "closer", "postscript", "list", "floatingText",
               "table", "row", "quote"}
_PHRASES = {"persName", "placeName", "orgName", "name", "choice", "date", "supplied", "reg",
            "gap", "hi", "q", "seg", "add", "foreign", "sic", "unclear", "ref", "lb", "pb",
            "abbr", "expan", "orig", "time", "num", "pc"}
_BRACKETED = "[{}]"
# Breaks stand where they are, never as blocks of their own.
_BREAKS = {"lb", "pb"}
_TRACKED = {"add", "del"}


def form_table(conventions: Iterable[Convention]) -> FormTable:
    """The markers of a profile's conventions and of the text markup."""
    return FormTable([*conventions, *TEXT_MARKUP])


# Containers whose lines may hold phrase-level elements side by side; in the others every child
# element is a block of its own.
_LINE_HOLDERS = {"opener", "closer"}


def _runs_on(el: etree._Element) -> bool:
    """Whether an element shares a line with text or another element (`To: KRAJEWSKI,
    <fw>URGENT</fw>`, `<fw>[Top Secret]</fw>é…`) rather than standing on a line of its own."""
    previous = el.getprevious()
    before = previous.tail if previous is not None else el.getparent().text
    if before:
        starts_line = before.isspace() or before.endswith("\n")
    else:
        starts_line = previous is None or local_name(previous) == "lb"
    following = el.getnext()
    after = el.tail
    if after:
        ends_line = after.isspace() or after.startswith("\n")
    else:
        ends_line = following is None or local_name(following) == "lb"
    return not (starts_line and ends_line)


# Pieces gathered before the stream hands them on: few enough that a large document's text is
# never all in small strings at once, many enough that the generators cost nothing.
_FLUSH_PIECES = 4096


@dataclass(frozen=True, slots=True)
class Opened:
    """An element whose opening `SourceWriter.open` wrote: what closing it needs."""

    tag: str
    block: bool
    has_content: bool
    after: str


class SourceWriter:
    """Writes into one list of pieces, so that a large document is not copied at every level;
    `element` and `content` are generators that pause (yield) whenever the list is long, so
    that `source_pieces` hands it on and starts a new one."""

    def __init__(self, forms: FormTable) -> None:
        self.forms = forms
        self.out: list[str] = []
        self.deferred: list[tuple[str, str]] = []
        """The footnotes met in a block, each its stars and its text, written after it."""

    def template(self, el: etree._Element, tag: str) -> str:
        """The element's marker: its `@rend` when that records one, else its form's; none for
        a change a word processor tracked (`@change`), which no source text writes."""
        if tag in _TRACKED and el.get("change") is not None:
            return "{}"
        if tag == "quote" and el.get("rend") == BLOCK_QUOTE:
            return "{}"  # (its markers are Markdown's, read past: `teikit.lossless`)
        form = None
        if tag in self.forms:
            attrs = {name.rpartition("}")[2]: value for name, value in el.attrib.items()}
            form = self.forms.lookup(tag, attrs, len(el) > 0)
        canonical = form.marker if form is not None and form.marker is not None else "{}"
        if form is not None and not form.rend_is_marker:
            # (a rendition's marker as the source wrote it, after it: `italic _{}_`)
            written = [word for word in (el.get("rend") or "").split() if "{}" in word]
            return written[0] if written else canonical
        return el.get("rend") or canonical

    def element(self, el: etree._Element) -> Iterator[None]:
        tag = local_name(el)
        out = self.out
        if not tag:
            return
        if tag in _BREAKS:
            out.append(templates.split(self.template(el, tag))[0])
            return
        if tag == "note" and self._at_its_reference(el):
            self.deferred.append((el.get("n") or "*", self.text_of(el)))
            out.append(el.get("rend") or "*")
            return
        if tag == "table" and is_delimiter_row(el.get("rend") or ""):
            self._pipe_table(el)
            return
        block = self._block_start(el, tag)
        if tag == "choice" and len(el) == 2:
            # orig/reg, abbr/expan: the printed form, then the translator's in brackets.
            yield from self.content(el[0])
            # (A doubted reading records its own marker: `[{}?]`.)
            before, _, after = templates.split(el[1].get("rend") or _BRACKETED)
            out.append(before)
            yield from self.content(el[1])
            out.append(after)
        else:
            before, has_content, after = templates.split(self.template(el, tag))
            out.append(before)
            if has_content:
                yield from self.content(el)
                out.append(after)
        self._block_end(tag, block)

    def _pipe_table(self, table: etree._Element) -> None:
        """A Markdown pipe table: its rows, cells parted by pipes, the delimiter row it
        recorded under the first."""
        delimiter = table.get("rend") or ""
        usual = outer_pipes(delimiter)
        self.out.append("\n\n")
        rows = (row for row in table if local_name(row) == "row")
        for number, row in enumerate(rows):
            before, _, after = templates.split(row.get("rend") or usual)
            cells = [self.text_of(cell) for cell in row if local_name(cell) == "cell"]
            self.out.append(f"{before} {' | '.join(cells)} {after}\n")
            if number == 0:
                self.out.append(delimiter + "\n")
        self._block_end("table", True)

    @staticmethod
    def _at_its_reference(note: etree._Element) -> bool:
        """A footnote, or an endnote standing in the text where it is called (a Word file's):
        its mark there, its text after the block (a page's endnotes stand as blocks of their
        own, after the text)."""
        place = note.get("place")
        parent = note.getparent()
        return place == "foot" or (place == "end" and parent is not None
                                   and local_name(parent) not in _CONTAINERS)

    def open(self, el: etree._Element) -> Opened:
        """What `element` gives before a container's content (not a break, a footnote or a
        choice), for a caller that writes the content itself, piece by piece."""
        tag = local_name(el)
        block = self._block_start(el, tag)
        before, has_content, after = templates.split(self.template(el, tag))
        self.out.append(before)
        return Opened(tag, block, has_content, after)

    def close(self, opened: Opened) -> None:
        """What an opened element gives after its content."""
        if opened.has_content:
            self.out.append(opened.after)
        self._block_end(opened.tag, opened.block)

    def _block_start(self, el: etree._Element, tag: str) -> bool:
        """Whether the element is a block, which stands apart from what surrounds it."""
        parent = el.getparent()
        block = (parent is not None and local_name(parent) in _CONTAINERS and tag != "label"
                 and tag not in _PHRASES
                 and not (local_name(parent) in _LINE_HOLDERS and _runs_on(el)))
        if block:
            self.out.append("\n\n")
        return block

    def _block_end(self, tag: str, block: bool) -> None:
        if block:
            self.out.append("\n\n")
            if self.deferred and tag in ("p", "head", "item", "signed", "dateline", "salute",
                                         "table"):
                self.out.extend(f"{stars} {note}\n\n" for stars, note in self.deferred)
                self.deferred.clear()

    def content(self, el: etree._Element) -> Iterator[None]:
        if el.text:
            self.out.append(el.text)
        for child in el:
            yield from self.element(child)
            if child.tail:
                self.out.append(child.tail)
            if len(self.out) >= _FLUSH_PIECES:
                yield None

    def leftover_notes(self) -> Iterator[str]:
        """The footnotes no block after their marker took (they stand at the end of the
        text), once."""
        notes, self.deferred = self.deferred, []
        return (f"\n\n{stars} {note}" for stars, note in notes)

    def text_of(self, el: etree._Element) -> str:
        """The source form of an element's content, on its own."""
        saved, self.out = self.out, []
        for _ in self.content(el):
            pass  # a note's text is short: gathered whole
        text, self.out = "".join(self.out), saved
        return text


def source_pieces(text_element: etree._Element, forms: FormTable) -> Iterator[str]:
    """The source body that a TEI `text` element encodes, as consecutive pieces, made as they
    are read (a large document's are never all held); `forms`: the markers of the profile it
    was converted with (`form_table(profile.conventions)`)."""
    writer = SourceWriter(forms)
    for _ in writer.content(text_element):
        yield from writer.out
        writer.out.clear()
    yield from writer.out
    writer.out.clear()
    yield from writer.leftover_notes()


def source_text(text_element: etree._Element, forms: FormTable) -> str:
    """The source body that a TEI `text` element encodes."""
    return "".join(source_pieces(text_element, forms))
