"""The TEI document serialised one part at a time, so that its tree never exists whole.

The structural containers (`TEI`, `text`, `body`, the document's `div` and its sections) stay
open while their children are written one after another; each child, once complete, is
prepared (enriched), indented and regenerated as source text for the lossless check, then
serialised with the next few (`BATCH`) and dropped. The bytes are those that indenting the
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
BATCH = 64
"""Prepared children serialised together."""
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
            self.packed.append(zlib.compress(self.pending, 1))
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
    """Its first children, prepared, waiting to be serialised."""
    inner: str = ""
    """The white space before each child: a line one step deeper."""

    def __post_init__(self) -> None:
        self.inner = "\n" + STEP * (self.level + 1)


class PartWriter:
    """Serialises a TEI document whose containers are opened, filled and closed in document
    order (`open`, `part`, `close`, or `text` for the steps of `BodyWriter.parts`).

    `prepare` is applied to each complete child of the text before it is indented and
    written (the enrichment)."""

    def __init__(self, source: SourceWriter, prepare: Callable[[etree._Element], None] | None,
                 ) -> None:
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

    def part(self, el: etree._Element) -> Iterator[None]:
        """Prepare, indent and regenerate a complete child of the innermost container (the
        next after those already prepared); pauses (yields) whenever the source writer holds
        many pieces. It is serialised and dropped with the next few (`_flush`)."""
        frame = self.frames[-1]
        self._check_space(el.tail, el)
        if frame.in_text and self.prepare is not None:
            self.prepare(el)
        indent(el, frame.level + 1, STEP)
        el.tail = frame.inner
        self._child_begins(frame)
        frame.prepared += 1
        if frame.in_text and not frame.silent:
            yield from self.source.element(el)
            self.source.out.append(el.tail)

    def parts_written(self) -> Iterator[None]:
        """Write every new child of the innermost container (an open container is never its
        child: it would be the innermost)."""
        frame = self.frames[-1]
        for child in frame.element[frame.prepared:]:
            yield from self.part(child)
        if frame.prepared >= BATCH:
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
        for child in el:
            self._check_space(child.tail, child)  # the writer may have added white space
            child.tail = frame.inner
        data = serialised(el)
        inner = frame.inner.encode()
        if not (data.startswith(frame.start) and data.endswith(inner + frame.end)):
            raise ValueError(f"unexpected serialisation of <{el.tag}>: {data[:200]!r}")
        self.sink.write(data[len(frame.start) : len(data) - len(frame.end) - len(inner)])
        el.text = None
        for child in list(el):
            el.remove(child)
        frame.prepared = 0

    def text(self, steps: Iterable[Step]) -> Iterator[str]:
        """Follow `BodyWriter.parts` into the open `TEI` element, writing each part as it is
        complete; yields the source text the parts give back, in pieces."""
        out = self.source.out
        for event, el in steps:
            if event is Event.OPENED:
                self.open(el, in_text=True)
                continue
            # Closed, a container may still hold children no step reported (a section with a
            # heading alone).
            for _ in self.parts_written():
                yield "".join(out)
                out.clear()
            if event is Event.CLOSED:
                self.close()
            if out:
                yield "".join(out)
                out.clear()

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

