"""Join note texts to their markers.

An asterisk note (`[Li Kuo Nyn]\\*` … `\\* The writing … is possibly inaccurate.`) moves to its
marker when its text directly follows the marker's block, as the house encoding asks; a note
that says the spelling is uncertain flags the name it follows (`cert="low"`), and later mentions
of that name too. A numbered note (`[1]`) keeps its place and the marker points to it.
A marker without a note, or a note without a marker, gets a warning and stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from teikit.diagnostics import Diagnostic
from teikit.errors import Location
from teikit.model import (
    Block,
    Body,
    Inline,
    Intervention,
    NoteText,
    Paragraph,
    Text,
    block_inlines,
)
from teikit.rules.base import TRANSLATOR

UNCERTAIN = re.compile(r"(?i)\b(?:inaccurate|uncertain|unclear|not certain|doubtful|possibly|"
                       r"may be (?:wrong|incorrect)|unverified)\b")
NAME_TAGS = {"persName", "placeName", "orgName", "name"}


def blocks_in_order(body: Body) -> Iterator[tuple[list[Block], Block]]:
    """(container, block) for every block of the body in order (a head's container: none)."""
    yield from ((body.opener, b) for b in body.opener)
    if body.head is not None:
        yield [], body.head
    for section in body.sections:
        if section.head is not None:
            yield [], section.head
        yield from ((section.blocks, b) for b in section.blocks)
    yield from ((body.closer, b) for b in body.closer)
    yield from ((body.postscript, b) for b in body.postscript)


def walk(nodes: list[Inline]) -> Iterator[tuple[list[Inline], Intervention]]:
    for node in list(nodes):
        if isinstance(node, Intervention):
            yield nodes, node
            yield from walk(node.children)


def plain_text(nodes: list[Inline]) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.value)
        elif isinstance(node, Intervention):
            out.append(plain_text(node.children))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _replace(parent: list[Inline], old: Inline, new: Inline) -> None:
    parent[parent.index(old)] = new


class _Joiner:
    def __init__(self, body: Body, locate: Callable[[int], Location],
                 locate_offset: Callable[[int], Location]) -> None:
        self.body = body
        self.locate = locate
        self.locate_offset = locate_offset
        # The blocks alone, and containers only for the notes (which are moved out of them):
        # a pair per block would cost a long file more than its blocks' text.
        self.order: list[Block] = []
        self.notes: list[tuple[int, list[Block], NoteText]] = []
        self.diagnostics: list[Diagnostic] = []
        self.anchors: list[tuple[int, list[Inline], Intervention]] = []
        self.refs: list[tuple[int, list[Inline], Intervention]] = []
        for position, (container, block) in enumerate(blocks_in_order(body)):
            self.order.append(block)
            if isinstance(block, NoteText):
                self.notes.append((position, container, block))
            for inlines in block_inlines(block):
                for parent, node in walk(inlines):
                    if node.tag == "anchor":
                        self.anchors.append((position, parent, node))
                    elif node.tag == "ref" and node.attrs.get("type") == "noteAnchor":
                        self.refs.append((position, parent, node))
        self.used_ids: set[str] = set()
        self.names = 0

    def warn(self, line: int, message: str) -> None:
        self.diagnostics.append(Diagnostic("warning", "note", message, self.locate(line)))

    def warn_at(self, node: Intervention, message: str) -> None:
        where = self.locate_offset(node.offset) if node.offset is not None else None
        self.diagnostics.append(Diagnostic("warning", "note", message, where))

    def new_id(self, base: str) -> str:
        candidate, count = base, 1
        while candidate in self.used_ids:
            count += 1
            candidate = f"{base}-{count}"
        self.used_ids.add(candidate)
        return candidate

    def asterisks(self) -> None:
        free = list(self.anchors)
        for position, container, note in self.notes:
            if note.marker != "*":
                continue
            before = [a for a in free if a[0] < position]
            if not before:
                self.warn(note.line, "note '*' has no marker in the text before it")
                continue
            anchor = before[-1]
            free.remove(anchor)
            between = self.order[anchor[0] + 1 : position]
            in_paragraph = isinstance(self.order[anchor[0]], Paragraph)
            if in_paragraph and all(isinstance(b, NoteText) for b in between):
                self._move(anchor, container, note)
            else:
                note.xml_id = self.new_id("note-star")
                ref = Intervention("ref", {"type": "noteAnchor", "n": "*",
                                           "target": f"#{note.xml_id}"},
                                   [Text(anchor[2].rend or "*")], None, "{}")
                _replace(anchor[1], anchor[2], ref)
        for _, parent, node in free:
            self.warn_at(node, "an asterisk marker has no note text (kept as text)")
            _replace(parent, node, Text(node.rend or "*"))

    def _move(self, anchor: tuple[int, list[Inline], Intervention], container: list[Block],
              note: NoteText) -> None:
        _, parent, node = anchor
        attrs = {"type": "editorial", "place": "foot", "n": "*", "resp": TRANSLATOR}
        index = parent.index(node)
        named = parent[index - 1] if index > 0 else None
        if (
            isinstance(named, Intervention)
            and named.tag in NAME_TAGS
            and UNCERTAIN.search(plain_text(note.inlines))
        ):
            self.names += 1
            name_id = self.new_id(f"name-{self.names}")
            named.attrs = {"xml:id": name_id, "cert": "low", **named.attrs}
            attrs["target"] = f"#{name_id}"
        content = note.inlines  # the same list: markers inside it are resolved later
        if content and isinstance(content[0], Text):
            content[0] = Text(content[0].value.lstrip())
        parent[index] = Intervention("note", attrs, content, "footnote")
        container.remove(note)

    def numbered(self) -> None:
        free = [n for n in self.notes if n[2].marker != "*"]
        for position, parent, ref in self.refs:
            number = ref.attrs["n"]
            same = [n for n in free if n[2].marker == number]
            after = [n for n in same if n[0] > position]
            chosen = after[0] if after else same[0] if same else None
            if chosen is None:
                self.warn_at(ref, f"note marker [{number}] has no note text (kept as text)")
                marker = plain_text(ref.children)
                _replace(parent, ref, Text(marker if ref.rend == "{}" else f"[{marker}]"))
                continue
            free.remove(chosen)
            chosen[2].xml_id = self.new_id(f"note-{number}")
            ref.attrs = {**ref.attrs, "target": f"#{chosen[2].xml_id}"}
        for _, _, note in free:
            self.warn(note.line, f"note [{note.marker}] has no marker in the text")

    def uncertain_mentions(self) -> None:
        uncertain: set[str] = set()
        for _, block in blocks_in_order(self.body):
            for inlines in block_inlines(block):
                for _, node in walk(inlines):
                    if node.tag not in NAME_TAGS:
                        continue
                    text = plain_text(node.children)
                    if node.attrs.get("cert") == "low":
                        uncertain.add(text)
                    elif text in uncertain:
                        node.attrs = {**node.attrs, "cert": "low"}


def join_notes(body: Body, locate: Callable[[int], Location],
               locate_offset: Callable[[int], Location]) -> list[Diagnostic]:
    """Join notes to markers; `locate` turns a line, `locate_offset` a file offset into a
    location for the warnings."""
    joiner = _Joiner(body, locate, locate_offset)
    joiner.asterisks()
    joiner.numbered()
    joiner.uncertain_mentions()
    return joiner.diagnostics
