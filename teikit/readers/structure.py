"""Where each unit belongs: opener, running text, closer or postscript, and in what role.

The running text runs from the first prose paragraph (or heading) to the last one; what stands
before it is the opener, what stands after it the closer and the postscript. Every line outside
the running text, and every short line between its paragraphs, is given a role by the
furniture classifier (`teikit.readers.furniture`): weighted cues, not one document's layout.
A message relayed in quotation marks with its own address and signature is laid out as a
document of its own (`floatingText`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from teikit.dates import find_dates
from teikit.model import Role
from teikit.readers.furniture.classifier import Decision, Weights, classify
from teikit.readers.furniture.cues import (
    CLASSIFICATION_LINE,
    RECEIPT,
    SENDING,
    VALEDICTION,
    LineView,
    words,
)
from teikit.readers.furniture.cues import (
    DISTRIBUTION_HEAD as COPIES_HEAD,
)
from teikit.readers.furniture.sequence import Piece, line_views
from teikit.readers.furniture.transmitted import transmitted_spans
from teikit.readers.units import LB, PB, Unit, bracket_depth

# A receipt or registry line that holds the lines after it (`Received by diplomatic pouch from`
# over the sender's name): narrower than the receipt cue, which also reads sending lines.
DOCKET = re.compile(
    r"(?i)^(?:received|arrived|processed|incoming|registered|entered|decoded|deciphered|"
    r"typed|copied|reg\.)\b"
)
_ADDRESS = r"(?:(?:To|Dear|Comrades?|Sir|Madam|For)\b|(?:Cde|Comr|Mr|Mrs)\.)"
SALUTE = re.compile(
    rf"^(?:[\"“„«]?{_ADDRESS}.*[:!,](?:\[\d+\])?|[\"“„«]{_ADDRESS}.*[!,:])\s*$"
)
DISTRIBUTION_HEAD = re.compile(
    r"(?i)^(?:distributed to|distribution(?: list)?|copies(?: to)?|copy to|cc|sent to|to)\s*:"
)
_SENTENCE_END = re.compile(r"[.!?:;…\"”»)]\s*$")
# ", 10 p.m.", ", 22.30", " 06:00 hrs": a time after a dateline's date.
_TIME_AFTER_DATE = re.compile(
    r"^[,\s]*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs?\.?|hours)?\.?\s*$",
    re.IGNORECASE,
)


@dataclass
class Placement:
    zone: str  # "opener", "main", "closer", "postscript"
    kind: str  # "paragraph", "heading", "rule", "furniture", "list", "note", "transmitted"
    unit: Unit
    role: Role | None = None
    items: list[tuple[str | None, Unit]] = field(default_factory=list)
    marker: str = ""
    decision: Decision | None = None
    inner: list[Placement] = field(default_factory=list)
    """The placements of a transmitted document."""


def unemphasised(text: str) -> str:
    """`**TOP SECRET**` is still a marking: the text inside a pair of emphasis markers."""
    found = re.fullmatch(r"(\*\*?)(\S(?:.*\S)?)\1", text)
    return found.group(2) if found else text


def is_uppercase_line(text: str) -> bool:
    """Mostly words in capitals: `USSR AMBASSADOR in KOREA`, `CIPHERED TELEGRAM`."""
    found = words(text[:200])  # a long text is no line of capitals
    return bool(found) and sum(w.isupper() for w in found) / len(found) > 0.7


def is_name_line(text: str) -> bool:
    """`V. Razuvayev`, `Zhou Enlai`, `I. STALIN`, `DEL RIO`, `Pavlíček 388.`: a bare name."""
    tokens = text.rstrip(".").split()
    if not 1 <= len(tokens) <= 4 or any(c in text for c in ":[]"):
        return False
    if tokens[0].lower().rstrip(".") in {"no", "nº", "n°", "nr", "№", "copy", "file", "ref"}:
        return False  # "No. 234/sh" is a number, not a signature
    named = [t for t in tokens if t[:1].isupper()]
    return len(named) >= max(1, len(tokens) - 1) and not text.endswith(",")


def is_prose(unit: Unit, *, relaxed: bool = False) -> bool:
    """A paragraph of running text; `relaxed` for documents of short lines only."""
    return unit.kind == "text" and _is_prose_text(unit.text, relaxed)


@lru_cache(maxsize=8192)
def _is_prose_text(raw: str, relaxed: bool) -> bool:
    """The answer kept per text: the zoning and the transmitted-document search ask again."""
    text = raw.replace(LB, " ").replace(PB, " ")
    # Cheap tests first: this runs on every unit of every document.
    count = len(words(text[:300]))  # enough text to tell whether there are six words
    if count < (4 if relaxed else 6):
        return False
    if SALUTE.match(text) or DOCKET.match(text) or is_uppercase_line(text):
        return False
    if (RECEIPT.match(text) or SENDING.match(text) or VALEDICTION.match(text)
            or COPIES_HEAD.match(text)):
        return False  # "Sent to 8th Department … 8.7.50 11:35.": a docket, however long
    if LB in raw:
        lines = raw.split(LB)
        if sum(map(len, lines)) / len(lines) < 50:
            return False  # a block of short lines: an address, a list, a signature
    if relaxed:
        return (text.rstrip()[-1:] in ".!?" and not SENDING.match(text)
                and not CLASSIFICATION_LINE.match(text.strip()) and date_span(text) is None)
    return bool(_SENTENCE_END.search(text)) or len(text) >= 100


@lru_cache(maxsize=4096)
def date_span(text: str) -> tuple[int, int] | None:
    """Where the dates of a line start and end. Several tests ask this of one line: the
    answer is kept rather than the line scanned again."""
    found = [m for m in find_dates(text) if m.value is not None]
    return (found[0].start, found[-1].end) if found else None


def line_units(unit: Unit) -> list[Unit]:
    """The lines of a unit as units of their own (offsets kept)."""
    parts: list[Unit] = []
    start = 0
    text = unit.text
    for index in [*[i for i, c in enumerate(text) if c == LB], len(text)]:
        piece = text[start:index]
        if piece.strip():
            offsets = unit.offsets.slice(start)
            line = unit.line + text.count(LB, 0, start)
            parts.append(Unit("text", piece, offsets, line, unit.block, 0, unit.end_block))
        start = index + 1
    return parts


def split_at(unit: Unit, position: int) -> tuple[Unit, Unit]:
    left = unit.text[:position].rstrip()
    right_start = position + (len(unit.text[position:]) - len(unit.text[position:].lstrip()))
    return (
        Unit("text", left, unit.offsets, unit.line, unit.block, 0, unit.end_block),
        Unit("text", unit.text[right_start:], unit.offsets.slice(right_start), unit.line,
             unit.block, 0, unit.end_block),
    )


def keeps_together(unit: Unit) -> bool:
    """A unit that must not be split into its lines: a docket, a label over the lines after it,
    or lines joined because a bracket spans them."""
    first = unit.text.split(LB, 1)[0]
    return (
        bool(DOCKET.match(first))
        or first.rstrip().endswith(":]")
        or any(bracket_depth(line) for line in unit.text.split(LB))
    )


NOTE_TEXT = re.compile(r"^(?:(?P<star>\\?\*)\s+|\[(?P<num>\d{1,3})\]\s*)(?=\S)")


def note_marker(unit: Unit) -> str | None:
    found = NOTE_TEXT.match(unit.text) if unit.kind == "text" else None
    if found is None:
        return None
    return "*" if found["star"] else found["num"]


def _prose_indexes(units: list[Unit], candidates: list[int]) -> list[int]:
    prose = [i for i in candidates if is_prose(units[i])]
    return prose or [i for i in candidates if is_prose(units[i], relaxed=True)]


def _zone_pieces(units: list[Unit], indexes: list[int], note_units: dict[int, str],
                 spans: list[tuple[int, int]] = ()) -> list[Piece]:  # type: ignore[assignment]
    """Pieces of the units `indexes`, zoned by where the running text of those units is; a
    transmitted document (`spans`) stands in the running text, so the opener ends before it
    and the closer begins after it."""
    content = [i for i in indexes if i not in note_units]
    headings = [i for i in content if units[i].kind == "heading"]
    prose = set(_prose_indexes(units, content))
    running = sorted(prose) + [index for span in spans for index in span]
    first = min([*headings[:1], *running], default=indexes[0] if indexes else 0)
    last = max(running) if running else (indexes[-1] if indexes else 0)
    if headings and headings[-1] > last:
        last = indexes[-1]  # a heading must be followed by text, not by the closer
    pieces: list[Piece] = []
    for index in indexes:
        unit = units[index]
        zone = "opener" if index < first else "main" if index <= last else "closer"
        if index in note_units:
            pieces.append(Piece("note", unit, zone, index))
        elif unit.kind in ("rule", "heading"):
            pieces.append(Piece(unit.kind, unit, zone, index))
        elif zone == "main" and index in prose:
            pieces.append(Piece("prose", unit, zone, index))
        else:
            lines = [unit] if keeps_together(unit) else line_units(unit)
            pieces.extend(Piece("line", line, zone, index) for line in lines)
    return pieces


def document_pieces_of_units(units: list[Unit], note_units: dict[int, str],
                             ) -> list[tuple[Piece, list[Piece] | None]]:
    """The outer document's pieces; a transmitted document stands as one piece whose inner
    pieces are zoned on their own."""
    spans = transmitted_spans(units, note_units, is_prose)
    out: list[tuple[Piece, list[Piece] | None]] = []
    indexes = list(range(len(units)))
    outer = [i for i in indexes if not any(s <= i <= e for s, e in spans)]
    outer_pieces = _zone_pieces(units, outer, note_units, spans)
    by_source: dict[int, list[Piece]] = {}
    for piece in outer_pieces:
        by_source.setdefault(piece.source, []).append(piece)
    starts = {s: e for s, e in spans}
    index = 0
    while index < len(units):
        if index in starts:
            end = starts[index]
            inner = _zone_pieces(units, list(range(index, end + 1)), note_units)
            out.append((Piece("transmitted", units[index], "main", index), inner))
            index = end + 1
            continue
        out.extend((piece, None) for piece in by_source.get(index, []))
        index += 1
    return out


def document_pieces(raw: str, name: str) -> list[tuple[Piece, LineView | None]]:
    """Every piece of a raw source in order, with its line view (None for pieces that are not
    candidate lines): what the classifier sees, for fitting the role table on gold."""
    from teikit.readers.blocks import parse_blocks
    from teikit.readers.page_header import parse_page_header
    from teikit.readers.units import make_units

    header = parse_page_header(raw, name)
    first_line = raw.count("\n", 0, header.body_start) + 1
    units = make_units(parse_blocks(raw[header.body_start:], first_line=first_line,
                                    base_offset=header.body_start))
    note_units = {i: m for i, u in enumerate(units) if (m := note_marker(u)) is not None}
    outer, inner_groups = _split_outer(units, note_units)
    outer_views = line_views(outer)
    flat: list[tuple[Piece, LineView | None]] = []
    for index, piece in enumerate(outer):
        if index in inner_groups:
            inner = inner_groups[index]
            flat.extend(zip(inner, line_views(inner), strict=True))
        else:
            flat.append((piece, outer_views[index]))
    return flat


def _split_outer(units: list[Unit], note_units: dict[int, str],
                 ) -> tuple[list[Piece], dict[int, list[Piece]]]:
    outer: list[Piece] = []
    inner_groups: dict[int, list[Piece]] = {}
    for piece, inner in document_pieces_of_units(units, note_units):
        if inner is not None:
            inner_groups[len(outer)] = inner
        outer.append(piece)
    return outer, inner_groups


@dataclass
class LineRole:
    """Why a line got its role, for `teikit convert --explain` and the unsure count."""

    line: int
    text: str
    zone: str
    decision: Decision


@dataclass
class Layout:
    placements: list[Placement]
    line_roles: list[LineRole]


def layout(units: list[Unit], note_units: dict[int, str],
           weights: Weights | None = None) -> Layout:
    """Place every unit; `note_units` maps unit indexes to their note markers."""
    from teikit.readers.furniture.assemble import assemble

    outer, inner_groups = _split_outer(units, note_units)
    roles: list[LineRole] = []

    def decide(pieces: list[Piece]) -> list[Decision | None]:
        views = line_views(pieces)
        candidates = [v for v in views if v is not None]
        decided = iter(classify(candidates, weights))
        decisions = [next(decided) if v is not None else None for v in views]
        roles.extend(LineRole(p.unit.line, v.text, p.zone, d)
                     for p, v, d in zip(pieces, views, decisions, strict=True)
                     if d is not None and v is not None)
        return decisions

    outer_decisions = decide(outer)
    placements: list[Placement] = []
    run: list[int] = []

    def flush() -> None:
        if run:
            placements.extend(assemble([outer[i] for i in run],
                                       [outer_decisions[i] for i in run], note_units))
            run.clear()

    for index, piece in enumerate(outer):
        if index in inner_groups:
            flush()
            inner = inner_groups[index]
            placements.append(Placement("main", "transmitted", piece.unit,
                                        inner=assemble(inner, decide(inner), note_units)))
        else:
            run.append(index)
    flush()
    roles.sort(key=lambda r: r.line)
    return Layout(_in_zone_order(placements), roles)


def _in_zone_order(placements: list[Placement]) -> list[Placement]:
    """The model has one opener before the running text and one closer after it: furniture
    that a later part of the text follows (a telegram's closing lines before the letter it then
    relays) stays where it stands, in the running text."""
    mains = [i for i, p in enumerate(placements) if p.zone == "main"]
    if not mains:
        return placements
    first, last = mains[0], mains[-1]
    for index, placement in enumerate(placements):
        if (placement.zone == "opener" and index > first) or (
                placement.zone in ("closer", "postscript") and index < last):
            placement.zone = "main"
    return placements
