"""Putting a Word paragraph's formatting, tracked changes and anchors back on its parsed inlines.

The bracket parser sees the paragraph's plain text; the nodes it returns hold that text in
order (markers gone). Each text node is found in the unit's text, which gives it its running
offsets; then
- text nodes are cut where a range or an anchor begins or ends,
- each range (`hi`, `add`, `del`) wraps the longest runs of sibling nodes it covers whole and
  descends into a node it covers in part (a bold word inside `[to put]` becomes
  `supplied/hi`; a bold run over a bracket becomes `hi/supplied`; a bracket across two runs
  keeps its element with two pieces inside),
- each anchor (a note, a comment, a page break) goes between the nodes at its offset, inside a
  node only when the offset is strictly within it (`[Li Kuo Nyn]*` puts the note after the
  name, not inside it).
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from teikit.conventions.text_markup import EMPHASIS, TRACKED_DELETION, TRACKED_INSERTION
from teikit.model import Inline, Intervention, LineBreak, Text
from teikit.readers.docx_runs import Span
from teikit.readers.docx_styles import RENDS
from teikit.readers.units import LB, PB, Unit

_KINDS = {"hi": EMPHASIS.summary, "add": TRACKED_INSERTION.summary,
          "del": TRACKED_DELETION.summary}
# Elements whose content is fixed (text only, or alternatives only at its top): a range or
# anchor never goes into them.
CLOSED = frozenset({"gap", "desc", "idno", "ref", "anchor"})
# A hyperlink is outermost, then tracked changes enclose formatting, and formatting nests in a
# fixed order.
_ORDER = {"ref": -3, "add": -2, "del": -1, **{rend: index for index, rend in enumerate(RENDS)}}
# Ranges whose element holds text alone (a hyperlink's `ref`): over an element the parser made
# (`[to put]`), it goes inside, around its text.
_TEXT_ONLY = frozenset({"ref"})


@dataclass
class PlacedSpan:
    """An element to wrap around text[start:end]."""

    start: int
    end: int
    tag: str
    attrs: dict[str, str]

    @property
    def order(self) -> int:
        return _ORDER.get(self.attrs.get("rend", self.tag), len(_ORDER))


class Positions:
    """Running offsets of the nodes of one unit (by identity; nodes without text have none)."""

    def __init__(self) -> None:
        self.of: dict[int, tuple[int, int]] = {}

    def locate(self, nodes: list[Inline], unit: Unit) -> None:
        cursor = 0
        text = unit.text

        def visit(items: list[Inline]) -> None:
            nonlocal cursor
            for node in items:
                if isinstance(node, Intervention):
                    visit(node.children)
                    continue
                needle = node.value if isinstance(node, Text) else (
                    LB if isinstance(node, LineBreak) else PB)
                found = text.find(needle, cursor) if needle else -1
                if found >= 0:  # text a rule made up itself has no place in the source
                    start = unit.offsets[found]
                    self.of[id(node)] = (start, start + len(needle))
                    cursor = found + len(needle)

        visit(nodes)

    def span(self, node: Inline) -> tuple[int, int] | None:
        if not isinstance(node, Intervention):
            return self.of.get(id(node))
        found = [s for child in node.children if (s := self.span(child)) is not None]
        if not found:
            return None
        return min(s for s, _ in found), max(e for _, e in found)

    def cut(self, nodes: list[Inline], cuts: list[int]) -> list[Inline]:
        result: list[Inline] = []
        for node in nodes:
            if isinstance(node, Intervention):
                if node.tag not in CLOSED:
                    node.children = self.cut(node.children, cuts)
                result.append(node)
                continue
            where = self.of.get(id(node)) if isinstance(node, Text) else None
            if where is None:
                result.append(node)
                continue
            assert isinstance(node, Text)
            start, end = where
            inside = cuts[bisect.bisect_right(cuts, start) : bisect.bisect_left(cuts, end)]
            edges = [start, *inside, end]
            for lo, hi in itertools.pairwise(edges):
                piece = Text(node.value[lo - start : hi - start])
                self.of[id(piece)] = (lo, hi)
                result.append(piece)
        return result

    def wrap(self, nodes: list[Inline], spans: list[PlacedSpan], *,
             parent: str = "") -> list[Inline]:
        """`nodes` with the runs of them that each of `spans` covers whole wrapped in its
        element, as if the spans were applied one after another; `spans` do not overlap and
        go in order, so that the nodes are read once for all of them (once per span, a
        paragraph of thousands of bold runs cost the square of their number). `parent` is
        the tag of the element the nodes are children of."""
        ends = [span.end for span in spans]
        result: list[Inline] = []
        group: list[Inline] = []
        grouped: PlacedSpan | None = None  # the span `group` goes into
        between: list[Inline] = []  # nodes without text after the group: in it if it goes on

        def close() -> None:
            if group:
                assert grouped is not None
                result.append(Intervention(grouped.tag, dict(grouped.attrs), list(group),
                                           _KINDS.get(grouped.tag)))
                group.clear()
            result.extend(between)
            between.clear()

        for node in nodes:
            where = self.span(node)
            if where is None:
                (between if group else result).append(node)
                continue
            start, end = where
            # The spans that end after it starts and start before it ends.
            first = last = bisect.bisect_right(ends, start)
            while last < len(spans) and spans[last].start < end:
                last += 1
            overlapping = spans[first:last]
            if len(overlapping) == 1 and overlapping[0].start <= start \
                    and end <= overlapping[0].end and parent != "choice" \
                    and not (overlapping[0].tag in _TEXT_ONLY and not isinstance(node, Text)):
                if overlapping[0] is not grouped:
                    close()
                    grouped = overlapping[0]
                group.extend(between)
                between.clear()
                group.append(node)
                continue
            close()
            if overlapping and isinstance(node, Intervention) and node.tag not in CLOSED:
                node.children = self.wrap(node.children, overlapping, parent=node.tag)
            result.append(node)
        close()
        return result

    def insert(self, nodes: list[Inline], placements: list[tuple[int, list[Inline]]], *,
               parent: str = "") -> None:
        """Each `new` of `placements` (offset, new), in order of offset, at its offset: between
        nodes, inside one only when the offset is strictly within its text (and never as a
        child of `choice`, which holds only its alternatives). The nodes are read once for
        all of them: once per note, a paragraph of thousands of notes cost the square of
        their number."""
        if parent == "choice":
            for offset, new in placements:
                self._insert_one(nodes, offset, new, parent=parent)
            return
        result: list[Inline] = []
        waiting = 0  # the first placement not yet made
        for node in nodes:
            where = self.span(node)
            if where is not None:
                start, end = where
                while waiting < len(placements) and placements[waiting][0] <= start:
                    result.extend(placements[waiting][1])
                    waiting += 1
                if isinstance(node, Intervention) and node.tag not in CLOSED:
                    inside = waiting
                    while waiting < len(placements) and placements[waiting][0] < end:
                        waiting += 1
                    if waiting > inside:
                        self.insert(node.children, placements[inside:waiting], parent=node.tag)
            result.append(node)
        for _, new in placements[waiting:]:
            result.extend(new)
        nodes[:] = result

    def _insert_one(self, nodes: list[Inline], offset: int, new: list[Inline], *,
                    parent: str) -> None:
        """`new` at `offset` (see `insert`)."""
        index = len(nodes)
        for position, node in enumerate(nodes):
            where = self.span(node)
            if where is None:
                continue
            start, end = where
            if start < offset < end and isinstance(node, Intervention) \
                    and node.tag not in CLOSED:
                self.insert(node.children, [(offset, new)], parent=node.tag)
                return
            if start >= offset:
                index = position
                break
        if parent == "choice":
            # Into the alternative before the offset (its end), or the first one (its start).
            host = nodes[index - 1] if index > 0 else nodes[0]
            if isinstance(host, Intervention):
                host.children[len(host.children) if index > 0 else 0:0] = new
                return
        nodes[index:index] = new


class Decorator:
    """The `decorate` hook of `teikit.readers.transcription.build_body` for a Word file:
    `spans` maps each paragraph's start to its ranges, in running offsets; `anchors` holds the
    nodes to put at running offsets (each is placed once, in the first unit that reaches it)."""

    def __init__(self, spans: dict[int, list[PlacedSpan]], anchors: dict[int, list[Inline]],
                 ) -> None:
        self.spans = spans
        self.starts = sorted(spans)
        self.anchors = anchors
        self.anchor_offsets = sorted(anchors)

    def __call__(self, unit: Unit, nodes: list[Inline]) -> list[Inline]:
        if not unit.text:
            return nodes
        lo, hi = unit.offsets[0], unit.offsets[len(unit.text) - 1] + 1
        spans = self._spans(lo, hi)
        left = bisect.bisect_left(self.anchor_offsets, lo)
        right = bisect.bisect_right(self.anchor_offsets, hi)
        offsets = [o for o in self.anchor_offsets[left:right] if o in self.anchors]
        if not spans and not offsets:
            return nodes
        positions = Positions()
        positions.locate(nodes, unit)
        cuts = sorted({edge for s in spans for edge in (s.start, s.end)} | set(offsets))
        nodes = positions.cut(nodes, cuts)
        for batch in _disjoint_batches(sorted(spans, key=lambda s: (s.order, s.start))):
            nodes = positions.wrap(nodes, batch)
        positions.insert(nodes, [(offset, self.anchors.pop(offset)) for offset in offsets])
        return nodes

    def _spans(self, lo: int, hi: int) -> list[PlacedSpan]:
        """The ranges over [lo, hi), cut to it (a unit lies within one paragraph)."""
        index = bisect.bisect_right(self.starts, lo) - 1
        if index < 0:
            return []
        return [PlacedSpan(max(span.start, lo), min(span.end, hi), span.tag, span.attrs)
                for span in self.spans[self.starts[index]] if span.end > lo and span.start < hi]

    def take(self, offset: int) -> list[Inline]:
        """The nodes anchored at `offset` (of a paragraph with no text), taken out."""
        return self.anchors.pop(offset, [])

    def leftover(self) -> list[int]:
        """Offsets of anchors no unit reached (their paragraph was dropped)."""
        return sorted(self.anchors)


def _disjoint_batches(spans: list[PlacedSpan]) -> list[list[PlacedSpan]]:
    """`spans` (by order, then start) cut into runs of one order that do not overlap: each
    run can be wrapped in one reading of the nodes, and the runs in turn give what the spans
    one after another would."""
    batches: list[list[PlacedSpan]] = []
    for span in spans:
        last = batches[-1][-1] if batches else None
        if last is not None and last.order == span.order and last.end <= span.start:
            batches[-1].append(span)
        else:
            batches.append([span])
    return batches


def placed(spans: list[Span], start: int) -> list[PlacedSpan]:
    return [PlacedSpan(s.start + start, s.end + start, s.tag, dict(s.attrs)) for s in spans]
