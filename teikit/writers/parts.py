"""The TEI document serialised one part at a time, so that its tree never exists whole.

The structural containers (`TEI`, `text`, `body`, the document's `div` and its sections) stay
open while their children are written. Complete children are gathered into parts of about
`PART_SIZE` characters of source; each part is prepared (enriched), indented and regenerated
as source text for the lossless check, serialised in one go and dropped. A text smaller than
a part is written whole, as one part, without the cost of doing each step for each block; a
large one never holds more than a part of its tree. The bytes are those that indenting the
whole tree (`teikit.writers.indent`) and serialising it would give: a container that holds
elements alone has each child on a line of its own, one step deeper than itself.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

from teikit import TEI_NS
from teikit.writers.indent import indent
from teikit.writers.source import Opened, SourceWriter
from teikit.writers.tei import Event, Step

STEP = "  "
PART_SIZE = 128 * 1024
"""Characters of source a part holds, at least (unless its container ends first). Measured
on the 5 MB dev concatenation, parts of 64 KB to 4 MB cost the same CPU time (a step's cost
per call vanishes beside its cost per character from a few blocks on); a text just under a
part is held as one tree (about 2 MB more resident memory at 128 KB, 5 MB at 512 KB)."""
_SPLIT = "teikit-split"
_SPLIT_BYTES = b"<!--teikit-split-->"
_DECLARATION = f' xmlns="{TEI_NS}"'.encode()


class ByteSink:
    """The serialised document, kept in pieces of about a megabyte, each compressed once full:
    a large document's TEI would otherwise be held whole, in memory, until it is written."""

    SIZE = 1 << 20

    def __init__(self) -> None:
        self.packed: list[bytes] = []
        self.pending = bytearray()

    def write(self, data: bytes) -> None:
        self.pending += data
        if len(self.pending) >= self.SIZE:
            # Level 6: a fifth smaller than level 1 for some 3 s more on a 75 MB document
            # (a document under a megabyte is never packed).
            self.packed.append(zlib.compress(self.pending, 6))
            self.pending.clear()

    def close(self, head: bytes, tail: bytes) -> Serialised:
        """What was written, between `head` and `tail`."""
        rest = bytes(self.pending)
        self.pending.clear()
        return Serialised(head, self.packed, rest + tail)


@dataclass(frozen=True)
class Serialised:
    """A serialised document: `head`, the `packed` (compressed) pieces, `tail`; iterating
    gives its bytes in consecutive pieces, unpacked one at a time."""

    head: bytes
    packed: list[bytes]
    tail: bytes

    def __iter__(self) -> Iterator[bytes]:
        yield self.head
        for piece in self.packed:
            yield zlib.decompress(piece)
        yield self.tail


def serialised(el: etree._Element) -> bytes:
    """An element of the TEI tree as it is written inside its root, where the TEI namespace
    is declared: serialised alone, lxml declares it again on the element itself."""
    data = etree.tostring(el, encoding="UTF-8", xml_declaration=False, with_tail=False)
    if el.getparent() is None:
        return data
    name = b"<" + el.tag.rpartition("}")[2].encode()
    if not data.startswith(name + _DECLARATION):
        raise ValueError(f"unexpected namespace declarations in {data[:200]!r}")
    return name + data[len(name) + len(_DECLARATION):]


def _tags(el: etree._Element) -> tuple[bytes, bytes]:
    """The start and end tags of an empty element, as they are written around its children."""
    marker = etree.Comment(_SPLIT)
    el.append(marker)
    try:
        start, end = serialised(el).split(_SPLIT_BYTES)
    finally:
        el.remove(marker)
    return start, end


@dataclass(slots=True)
class _Frame:
    """An open container."""

    element: etree._Element
    level: int
    in_text: bool
    """Whether its children belong to the TEI `text`: enriched and checked."""
    start: bytes
    end: bytes
    opened: Opened | None
    """What the source writer wrote on opening it (None: the `text` element, whose content
    the lossless check compares, or a container outside the text)."""
    silent: bool
    """Whether its content is left out of the regenerated source (its marker has no place
    for content)."""
    children: int = 0
    started: bool = False
    prepared: int = 0
    """Its first children, prepared (the others wait for the part to be complete)."""
    inner: str = ""
    """The white space before each child: a line one step deeper."""

    def __post_init__(self) -> None:
        self.inner = "\n" + STEP * (self.level + 1)


class PartWriter:
    """Serialises a TEI document whose containers are opened, filled and closed in document
    order (`open`, `part`, `close`, or `text` for the steps of `BodyWriter.parts`).

    `prepare` is applied to the complete children of the text, a part at a time, before they
    are indented and written (the enrichment): to their container, which then holds them
    alone."""

    def __init__(self, source: SourceWriter,
                 prepare: Callable[[etree._Element], None] | None, *,
                 part_size: int = PART_SIZE) -> None:
        self.part_size = part_size
        self.sink = ByteSink()
        self.source = source
        self.prepare = prepare
        self.frames: list[_Frame] = []

    def open(self, el: etree._Element, *, in_text: bool) -> None:
        """Open an empty container, the last child of the innermost open one."""
        level, opened, silent = 0, None, False
        if self.frames:
            parent = self.frames[-1]
            parent.element.remove(el)  # out of the way while the children before it are written
            self._flush(parent)
            parent.element.append(el)
        start, end = _tags(el)
        if self.frames:
            self._child_begins(parent)
            self.sink.write(parent.inner.encode())
            level = parent.level + 1
            silent = parent.silent
            if parent.in_text and not silent:
                opened = self.source.open(el)
                silent = not opened.has_content
        self.frames.append(_Frame(el, level, in_text, start, end, opened, silent))

    def close(self) -> None:
        """Close the innermost container (all its children written) and drop it."""
        self._flush(self.frames[-1])
        frame = self.frames.pop()
        el = frame.element
        if frame.children:
            self._check_space(el.text, el)
            self.sink.write(("\n" + STEP * frame.level).encode() + frame.end)
        else:
            # Empty, the container keeps its own white space (indentation leaves it alone).
            if frame.in_text and not frame.silent and el.text:
                self.source.out.append(el.text)
            self.sink.write(serialised(el))
        if frame.opened is not None:
            self.source.close(frame.opened)
        parent = el.getparent()
        if self.frames:
            if frame.in_text and not self.frames[-1].silent and self.frames[-1].in_text:
                self.source.out.append(self.frames[-1].inner)  # its tail
            parent.remove(el)

    def part(self) -> Iterator[None]:
        """Prepare, indent, regenerate and serialise the complete child just appended to the
        innermost container, the only one it holds not yet written (a part of its own: the
        header, the `standOff`)."""
        yield from self._write_pending(self.frames[-1])

    def _write_pending(self, frame: _Frame) -> Iterator[None]:
        """Prepare (in one call), indent and regenerate the children of a container not yet
        written, which together are one part; then serialise them in one go and drop them.
        Pauses (yields) whenever the source writer holds many pieces."""
        el = frame.element
        pending = el[frame.prepared:]
        if not pending:
            return
        for child in pending:
            self._check_space(child.tail, child)
        if frame.in_text and self.prepare is not None:
            self.prepare(el)  # which holds the part alone
        regenerate = frame.in_text and not frame.silent
        level, inner, out = frame.level + 1, frame.inner, self.source.out
        for child in pending:
            indent(child, level, STEP)
            child.tail = inner
            self._child_begins(frame)
            if regenerate:
                yield from self.source.element(child)
                out.append(inner)
        del pending, child  # the children are dropped faster when nothing here holds them
        frame.prepared = len(el)
        self._flush(frame)

    def _flush(self, frame: _Frame) -> None:
        """Serialise the prepared children of a container, which are all its children, and
        drop them: one serialisation for many, which costs less than one for each."""
        if not frame.prepared:
            return
        el = frame.element
        if len(el) != frame.prepared:
            raise ValueError(f"<{el.tag}> holds children not yet prepared")
        self._check_space(el.text, el)
        el.text = frame.inner
        self._set_tails(el, frame.inner)
        data = serialised(el)
        inner = frame.inner.encode()
        if not (data.startswith(frame.start) and data.endswith(inner + frame.end)):
            raise ValueError(f"unexpected serialisation of <{el.tag}>: {data[:200]!r}")
        self.sink.write(data[len(frame.start) : len(data) - len(frame.end) - len(inner)])
        el.text = None
        # Deleted in one go, with no Python object left on them: lxml then frees a child
        # whole. One removed through an object of its own is moved out with namespace
        # fix-ups that cost the square of its size (a paragraph of 200,000 dates: minutes).
        del el[:]
        frame.prepared = 0

    def _set_tails(self, el: etree._Element, inner: str) -> None:
        """Every child's tail `inner` (a function of its own: the children's objects go
        with its frame)."""
        for child in el:
            self._check_space(child.tail, child)  # the writer may have added white space
            child.tail = inner

    def text(self, steps: Iterable[Step], reached: Callable[[], int], size: int,
             ) -> Iterator[str]:
        """Follow `BodyWriter.parts` into the open `TEI` element, writing its blocks a part at
        a time; yields the source text the parts give back, in pieces.

        `reached` says how far into the source (in characters) the blocks written so far go,
        `size` how far the whole text goes (estimates will do): a part ends once it holds
        `part_size` characters of source, or where its container ends or opens another (a
        part never spans containers); a text smaller than a part is one part."""
        if size < self.part_size:
            yield from self._whole_text(steps)
            return
        out = self.source.out
        part_start = reached()
        for event, el in steps:
            frame = self.frames[-1]
            if event is Event.WRITTEN and reached() - part_start < self.part_size:
                continue
            if event is Event.OPENED:
                # Out of the way while the children before it are written.
                frame.element.remove(el)
            for _ in self._write_pending(frame):
                yield "".join(out)
                out.clear()
            part_start = reached()
            if event is Event.OPENED:
                frame.element.append(el)
                self.open(el, in_text=True)
            elif event is Event.CLOSED:
                self.close()
            if out:
                yield "".join(out)
                out.clear()
        yield from self.source.leftover_notes()

    def _whole_text(self, steps: Iterable[Step]) -> Iterator[str]:
        """The `text` element written whole, then prepared, indented, regenerated and
        serialised as one child of the innermost container (the `TEI` element), as a whole
        tree would be: a small document pays each step's cost per call once."""
        frame = self.frames[-1]
        text = None
        for event, el in steps:
            if text is None and event is Event.OPENED:
                text = el
        if text is None:
            return
        self._check_space(text.tail, text)
        if self.prepare is not None:
            self.prepare(frame.element)  # which holds the text alone
        indent(text, frame.level + 1, STEP)
        text.tail = frame.inner
        self._child_begins(frame)
        out = self.source.out
        for _ in self.source.content(text):
            yield "".join(out)
            out.clear()
        if out:
            yield "".join(out)
            out.clear()
        yield from self.source.leftover_notes()
        frame.prepared = len(frame.element)
        self._flush(frame)

    def _child_begins(self, frame: _Frame) -> None:
        if not frame.started:
            self.sink.write(frame.start)
            frame.started = True
        if not frame.children and frame.in_text and not frame.silent:
            self.source.out.append(frame.inner)  # its text, once indented
        frame.children += 1

    @staticmethod
    def _check_space(text: str | None, where: etree._Element) -> None:
        """Text between the children of a container: white space only, which indentation
        replaces (the writers put no text there)."""
        if text and not text.isspace():
            raise ValueError(f"text {text[:40]!r} between the blocks of <{where.tag}>")

