"""The document as a sequence of lines: running-text paragraphs stay whole, everything else is
split into its lines, each a candidate for a furniture role.

The running text runs from the first prose paragraph (or heading) to the last; lines before it
are in the opener zone, lines after it in the closer zone, short lines between paragraphs in the
main zone (an attachment's address, a relayed message's signature).
"""

from __future__ import annotations

from dataclasses import dataclass

from teikit.readers.furniture.cues import LineView
from teikit.readers.units import Unit


@dataclass(slots=True)
class Piece:
    kind: str  # "line", "prose", "heading", "rule", "note"
    unit: Unit
    zone: str
    source: int
    """The index of the unit the piece comes from."""


def line_views(pieces: list[Piece]) -> list[LineView | None]:
    """A view of each candidate line with its neighbours; None for pieces that are not
    candidates (prose, headings, rules, notes)."""
    views: list[LineView | None] = []
    zone_sizes: dict[str, int] = {}
    for piece in pieces:
        if piece.kind == "line":
            zone_sizes[piece.zone] = zone_sizes.get(piece.zone, 0) + 1
    seen: dict[str, int] = {}
    # Each line's text once: a view's neighbours are the same strings, not copies (a long
    # file has hundreds of thousands of lines).
    texts = [piece.unit.plain.strip() if piece.kind == "line" else "" for piece in pieces]
    for index, piece in enumerate(pieces):
        if piece.kind != "line":
            views.append(None)
            continue
        before = pieces[index - 1] if index else None
        after = pieces[index + 1] if index + 1 < len(pieces) else None
        position = seen.get(piece.zone, 0)
        seen[piece.zone] = position + 1
        views.append(LineView(
            text=texts[index],
            zone=piece.zone,
            previous=texts[index - 1] if index else "",
            next=texts[index + 1] if after is not None else "",
            index=position,
            count=zone_sizes[piece.zone],
            after_prose=before is not None and before.kind == "prose",
            before_prose=after is not None and after.kind == "prose",
            before_note=after is not None and after.kind == "note",
        ))
    return views
