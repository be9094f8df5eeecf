"""Where each unit belongs: opener, running text, closer or postscript, and in what role.

The running text runs from the first prose paragraph (or heading) to the last one; what stands
before it is the opener (dockets, classification, numbers, datelines, salutations), what stands
after it the closer (signatures, datelines) and the postscript (distribution lists, registry
notes, endnotes). Each furniture line is given a role by small named tests, in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from teikit.dates import find_dates
from teikit.model import Role
from teikit.readers.markings import CLASSIFICATION, REGISTRY_NUMBER
from teikit.readers.units import LB, Unit, bracket_depth

STAMP_LINE = re.compile(r"(?i)^stamp(?:ed)?\s*:")
DOCKET = re.compile(
    r"(?i)^(?:received|arrived|processed|incoming|registered|entered|decoded|deciphered|"
    r"typed|copied|reg\.)\b"
)
SENT = re.compile(r"(?i)^(?:sent|dispatched|transmitted)\b.*\d")
DOCUMENT_NUMBER = re.compile(r"(?i)(?:\b(?:no|nr|number)\.?\s*|\bn[º°]\.?\s*|№\s*|#\s*)\d")
_ADDRESS = r"(?:(?:To|Dear|Comrades?|Sir|Madam|For)\b|(?:Cde|Comr|Mr|Mrs)\.)"
SALUTE = re.compile(
    rf"^(?:[\"“„«]?{_ADDRESS}.*[:!,](?:\[\d+\])?|[\"“„«]{_ADDRESS}.*[!,:])\s*$"
)
VALEDICTION = re.compile(
    r"(?i)^(?:humbly submitted|respectfully(?: submitted)?|sincerely|yours\b.*|"
    r"with (?:[\w-]+ )?(?:regards|greetings|respect|salutations)|by order of .+|"
    r"on behalf of .+|for the minister)[,.!]?$"
)
SIGNATURE_CUE = re.compile(
    r"(?i)^(?:signed|authenticated|verified|true copy)\s*:|[\[(](?:signature|signed|"
    r"illegible signature|signature illegible)[\])]|^/.+/$"
)
DISTRIBUTION_HEAD = re.compile(
    r"(?i)^(?:distributed to|distribution(?: list)?|copies(?: to)?|copy to|cc|sent to|"
    r"\w+ copies(?: printed)?.*|\d+ copies.*)\s*:?$"
)
# "Sent to: Cde. Vyshinsky": a heading with the first recipient on the same line.
DISTRIBUTION_HEAD_WITH_ITEM = re.compile(
    r"(?i)^(?:distributed to|distribution(?: list)?|copies(?: to)?|copy to|cc|sent to)\s*:\s*\S"
)
ENUMERATED = re.compile(r"^(?P<label>\d{1,3}\s*(?:[.)]|[-–]))\s+\S")
REGISTRY_CODE = re.compile(rf"^{REGISTRY_NUMBER}(?:\s*[-–]\s*.+)?$", re.I)
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_SENTENCE_END = re.compile(r"[.!?:;…\"”»)]\s*$")


# ", 10 p.m.", ", 22.30", " 06:00 hrs": a time after a dateline's date.
_TIME_AFTER_DATE = re.compile(
    r"^[,\s]*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs?\.?|hours)?\.?\s*$",
    re.IGNORECASE,
)


@dataclass
class Placement:
    zone: str  # "opener", "main", "closer", "postscript"
    kind: str  # "paragraph", "heading", "rule", "furniture", "list", "note"
    unit: Unit
    role: Role | None = None
    items: list[tuple[str | None, Unit]] = field(default_factory=list)
    marker: str = ""


def unemphasised(text: str) -> str:
    """`**TOP SECRET**` is still a marking: the text inside a pair of emphasis markers."""
    found = re.fullmatch(r"(\*\*?)(\S(?:.*\S)?)\1", text)
    return found.group(2) if found else text


def words(text: str) -> list[str]:
    return _WORD.findall(text)


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
    if unit.kind != "text":
        return False
    text = unit.plain
    # Cheap tests first: this runs on every unit of every document.
    count = len(words(text[:300]))  # enough text to tell whether there are six words
    if count < (4 if relaxed else 6):
        return False
    if SALUTE.match(text) or DOCKET.match(text) or is_uppercase_line(text):
        return False
    if LB in unit.text:
        lines = unit.text.split(LB)
        if sum(map(len, lines)) / len(lines) < 50:
            return False  # a block of short lines: an address, a list, a signature
    if relaxed:
        return text.rstrip()[-1:] in ".!?" and furniture_role(text, "") is Role.LINE
    return bool(_SENTENCE_END.search(text)) or len(text) >= 100


@lru_cache(maxsize=4096)
def date_span(text: str) -> tuple[int, int] | None:
    """Where the dates of a line start and end. Several role tests ask this of one line: the
    answer is kept rather than the line scanned again."""
    found = [m for m in find_dates(text) if m.value is not None]
    return (found[0].start, found[-1].end) if found else None


def is_dateline(text: str) -> bool:
    if SENT.match(text):
        return True
    span = date_span(text)
    if span is None:
        return False
    prefix, suffix = text[: span[0]], _TIME_AFTER_DATE.sub("", text[span[1] :])
    if re.search(r"(?i)\bhand", prefix):
        return False  # a handwritten date is an addition, not the dateline
    prefix = re.sub(r"\[[^\]]*\]", "", prefix)
    return not suffix.strip(" .,") and (
        not prefix.strip() or re.fullmatch(r"[A-Z][\w .’'-]*,\s*", prefix) is not None
    )


ROLE_TESTS: list[tuple[Role, Callable[[str], bool]]] = [
    (Role.STAMP, lambda t: bool(STAMP_LINE.match(t))),
    (Role.CLASSIFICATION, lambda t: bool(CLASSIFICATION.match(t.strip()))),
    (Role.DOCKET, lambda t: bool(DOCKET.match(t))),
    (Role.DATELINE, is_dateline),
    (Role.SALUTE, lambda t: bool(SALUTE.match(t))),
    (Role.DOCUMENT_NUMBER,
     lambda t: "[" not in t and len(words(t)) <= 8 and bool(DOCUMENT_NUMBER.search(t))),
]


def furniture_role(text: str, zone: str) -> Role:
    for role, test in ROLE_TESTS:
        if test(text):
            return role
    if zone == "closer" and (SIGNATURE_CUE.search(text) or is_name_line(text)):
        return Role.SIGNED
    return Role.LINE


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


def _item_like(unit: Unit) -> bool:
    text = unit.plain.strip()
    if ENUMERATED.match(text):
        return True
    return (
        len(words(text)) <= 5
        and text[:1].isupper()
        and date_span(text) is None
        and not REGISTRY_CODE.match(text)
    )


def _join_lines(first: Unit, second: Unit) -> Unit:
    return Unit("text", first.text + LB + second.text,
                first.offsets.join(len(first.text), second.offsets),
                first.line, first.block, 0, second.end_block)


def _signs(text: str) -> bool:
    """The line after a valediction: a name, or a signing body (`Central Committee of …`)."""
    return is_name_line(text) or (
        len(words(text)) <= 10 and text[:1].isupper() and date_span(text) is None
        and not _SENTENCE_END.search(text)
    )


def _is_date_only(unit: Unit) -> bool:
    span = date_span(unit.text)
    return span is not None and not unit.text[: span[0]].strip() and not unit.text[span[1]:].strip(
        " .,")


class _Furniture:
    """Places opener and closer lines: lists, registry notes, signatures, datelines."""

    def __init__(self, zone: str) -> None:
        self.zone = zone
        self.in_postscript = False
        self.out: list[Placement] = []

    def place(self, pieces: list[Unit]) -> list[Placement]:
        index = 0
        while index < len(pieces):
            index = self._place_one(pieces, index)
        return self.out

    def _zone(self) -> str:
        return "postscript" if self.in_postscript else self.zone

    def _place_one(self, pieces: list[Unit], index: int) -> int:
        piece = pieces[index]
        text = unemphasised(piece.plain.strip())
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        closing = self.zone == "closer"
        if closing and following is not None and _item_like(following) and (
            DISTRIBUTION_HEAD.match(text) or DISTRIBUTION_HEAD_WITH_ITEM.match(text)
            or ENUMERATED.match(text)
        ):
            return self._list(pieces, index)
        if closing and REGISTRY_CODE.match(text) and len(text.split()) <= 6 and not is_name_line(
            text
        ):
            if following is not None and _is_date_only(following):
                piece = _join_lines(piece, following)
                index += 1
            self.out.append(Placement(self._zone(), "furniture", piece, Role.REGISTRY))
            return index + 1
        if VALEDICTION.match(text) and following is not None and _signs(following.plain):
            merged = _join_lines(piece, following)
            self.out.append(Placement(self._zone(), "furniture", merged, Role.SIGNED))
            return index + 2
        span = date_span(piece.text)
        if closing and span is not None and span[0] == 0 and is_name_line(piece.text[span[1] :]):
            date, name = split_at(piece, span[1])
            self.out.append(Placement(self._zone(), "furniture", date, Role.DATELINE))
            self.out.append(Placement(self._zone(), "furniture", name, Role.SIGNED))
            return index + 1
        role = furniture_role(text, self.zone)
        previous = self.out[-1] if self.out else None
        if (
            role is Role.DATELINE
            and previous is not None
            and previous.role is Role.LINE
            and re.search(r",\s*[A-Z][\w’'-]+$", previous.unit.text)
        ):
            previous.unit = _join_lines(previous.unit, piece)
            previous.role = Role.DATELINE
            return index + 1
        self.out.append(Placement(self._zone(), "furniture", piece, role))
        return index + 1

    def _list(self, pieces: list[Unit], index: int) -> int:
        head = pieces[index]
        items: list[tuple[str | None, Unit]] = []
        start = index + 1
        if ENUMERATED.match(head.plain.strip()):
            head, start = None, index  # a numbered list without a heading line
        cursor = start
        while cursor < len(pieces) and _item_like(pieces[cursor]):
            items.append(_split_label(pieces[cursor]))
            cursor += 1
        self.in_postscript = True
        self.out.append(Placement("postscript", "list", head or pieces[index], None, items,
                                  marker="head" if head is not None else ""))
        return cursor


def _split_label(unit: Unit) -> tuple[str | None, Unit]:
    found = ENUMERATED.match(unit.text)
    if found is None:
        return None, unit
    label = found["label"]
    _, rest = split_at(unit, len(label))
    return label, rest


def layout(units: list[Unit], note_units: dict[int, str]) -> list[Placement]:
    """Place every unit; `note_units` maps unit indexes to their note markers."""
    content = [i for i, u in enumerate(units) if i not in note_units]
    headings = [i for i in content if units[i].kind == "heading"]
    prose = [i for i in content if is_prose(units[i])] or [
        i for i in content if is_prose(units[i], relaxed=True)]
    first = min([*headings[:1], *prose[:1]], default=0)
    last = prose[-1] if prose else len(units) - 1
    if headings and headings[-1] > last:
        last = len(units) - 1  # a heading must be followed by text, not by the closer
    placements: list[Placement] = []
    pending: list[Unit] = []
    pending_zone = "opener"
    furniture = {"opener": _Furniture("opener"), "closer": _Furniture("closer")}

    def flush() -> None:
        if pending:
            placements.extend(furniture[pending_zone].place(list(pending)))
            furniture[pending_zone].out = []
            pending.clear()

    for index, unit in enumerate(units):
        zone = "opener" if index < first else "main" if index <= last else "closer"
        if index in note_units:
            flush()
            follows_text = all(i in note_units for i in range(last + 1, index))
            if zone == "closer" and note_units[index] == "*" and follows_text:
                zone = "main"  # the footnote of the last paragraph, printed right after it
            if zone == "closer":
                zone = "postscript"  # endnotes: whatever follows them is postscript too
                furniture["closer"].in_postscript = True
            placements.append(Placement(zone, "note", unit, marker=note_units[index]))
            continue
        if unit.kind == "rule":
            flush()
            if zone == "closer" and furniture["closer"].in_postscript:
                zone = "postscript"
            placements.append(Placement(zone, "rule", unit))
            continue
        if zone == "main" or unit.kind == "heading":
            flush()
            if unit.kind == "heading":
                placements.append(Placement("main", "heading", unit))
            elif CLASSIFICATION.match(unemphasised(unit.plain.strip())):
                placements.append(Placement("main", "furniture", unit, Role.CLASSIFICATION))
            else:
                placements.append(Placement("main", "paragraph", unit))
            continue
        if pending and pending_zone != zone:
            flush()
        pending_zone = zone
        pending.extend([unit] if keeps_together(unit) else line_units(unit))
    flush()
    return placements
