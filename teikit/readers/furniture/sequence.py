"""The document as a sequence of lines: running-text paragraphs stay whole, everything else is
split into its lines, each a candidate for a furniture role.

The running text runs from the first prose paragraph (or heading) to the last; lines before it
are in the opener zone, lines after it in the closer zone, short lines between paragraphs in the
main zone (an attachment's address, a relayed message's signature).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from teikit.readers.furniture.cues import LineView
from teikit.readers.lines import unemphasised
from teikit.readers.units import Unit


@dataclass(slots=True)
class Piece:
    """A unit of the body as the furniture reader sees it: its kind and zone."""

    kind: str  # "line", "prose", "heading", "rule", "note", "definition" (a Markdown link's)
    unit: Unit
    zone: str
    source: int
    """The index of the unit the piece comes from."""


def line_views(pieces: list[Piece]) -> list[LineView | None]:
    """A view of each candidate line with its neighbours; None for pieces that are not
    candidates (prose, headings, rules, notes)."""
    return list(iter_line_views(pieces))


def iter_line_views(pieces: list[Piece]) -> Iterator[LineView | None]:
    """`line_views` one at a time: a view and the cues it remembers go with the line."""
    zone_sizes: dict[str, int] = {}
    for piece in pieces:
        if piece.kind == "line":
            zone_sizes[piece.zone] = zone_sizes.get(piece.zone, 0) + 1
    seen: dict[str, int] = {}

    def text_of(index: int) -> str:
        if index >= len(pieces) or pieces[index].kind != "line":
            return ""
        # (a line wholly in bold is read as its words: `**Mao Zedong**` signs as `Mao Zedong`)
        return unemphasised(pieces[index].unit.plain.strip())

    # A window of three texts: a view's neighbours are the same strings, not copies, and a
    # long file's lines are not all held at once.
    previous, current = "", text_of(0)
    for index, piece in enumerate(pieces):
        following = text_of(index + 1)
        window = previous, current, following
        previous, current = current, following
        if piece.kind != "line":
            yield None
            continue
        before = pieces[index - 1] if index else None
        after = pieces[index + 1] if index + 1 < len(pieces) else None
        position = seen.get(piece.zone, 0)
        seen[piece.zone] = position + 1
        yield LineView(
            text=window[1],
            zone=piece.zone,
            previous=window[0],
            next=window[2],
            index=position,
            count=zone_sizes[piece.zone],
            after_prose=before is not None and before.kind == "prose",
            before_prose=after is not None and after.kind == "prose",
            before_note=after is not None and after.kind == "note",
        )
