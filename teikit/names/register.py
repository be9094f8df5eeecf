"""A register of the persons, places and organisations an edition names.

Two file forms are read:

- CSV with the header ``id,type,name,variants,authority,note``: ``type`` is ``person``, ``place``
  or ``org``; ``variants`` lists other spellings separated by ``|``; a spelling (the name or a
  variant) ending in ``?`` is uncertain, and its mentions get ``cert="low"``; ``authority`` is an
  optional URI (VIAF, GeoNames, Wikidata …) that the note should justify.
- TEI: any document with ``listPerson``/``listPlace``/``listOrg`` (a ``standOff`` or a
  standalone list). The first ``persName``/``placeName``/``orgName`` of an entry is its
  preferred name, the others are variants (``cert="low"`` marks an uncertain one),
  ``idno[@type='URI']`` the authority and ``note`` the note.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from lxml import etree

from teikit import TEI_NS, XML_NS
from teikit.errors import Location, TeikitError
from teikit.xml import RESOURCE, check_characters

EntryKind = Literal["person", "place", "org"]
ENTRY_KINDS: tuple[EntryKind, ...] = ("person", "place", "org")
CSV_COLUMNS = ("id", "type", "name", "variants", "authority", "note")
UNCERTAIN_MARK = "?"
VARIANT_SEPARATOR = "|"

# The TEI element of an entry and of its names, per kind.
ENTRY_ELEMENT: dict[EntryKind, str] = {"person": "person", "place": "place", "org": "org"}
NAME_ELEMENT: dict[EntryKind, str] = {"person": "persName", "place": "placeName", "org": "orgName"}
LIST_ELEMENT: dict[EntryKind, str] = {
    "person": "listPerson",
    "place": "listPlace",
    "org": "listOrg",
}

_NCNAME = re.compile(r"[A-Za-z_][\w.-]*")


class RegisterError(TeikitError):
    """A register file cannot be read: a bad row, a duplicate id, an unknown type."""


@dataclass(frozen=True)
class Spelling:
    """One way an entry is written, and whether the register doubts it."""

    text: str
    uncertain: bool = False


@dataclass(frozen=True)
class Entry:
    """A person, place or organisation: the id that ``@ref`` points at, and its spellings."""

    id: str
    kind: EntryKind
    name: Spelling
    variants: tuple[Spelling, ...] = ()
    authority: str | None = None
    note: str | None = None

    @property
    def spellings(self) -> tuple[Spelling, ...]:
        return (self.name, *self.variants)


@dataclass
class Register:
    """The entries of one edition, with a lookup from a spelling to its entry."""

    entries: list[Entry] = field(default_factory=list)
    source: str = "<register>"

    def __post_init__(self) -> None:
        seen: dict[str, Entry] = {}
        # Every entry a spelling names, in the register's order: an edition's existing names
        # are looked up one by one, and a register may hold thousands of entries.
        by_text: dict[str, list[tuple[Entry, Spelling]]] = {}
        for entry in self.entries:
            if entry.id in seen:
                raise RegisterError(f"duplicate id {entry.id!r}", Location(self.source))
            seen[entry.id] = entry
            for spelling in entry.spellings:
                by_text.setdefault(spelling.text, []).append((entry, spelling))
        self._by_id = seen
        self._by_text = by_text
        self._positions = {entry_id: index for index, entry_id in enumerate(seen)}

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def in_order(self, entry_ids: Iterable[str]) -> list[Entry]:
        """The entries of `entry_ids` that the register has, in the register's order (a
        document uses a few entries of a register that may hold thousands)."""
        positions = self._positions
        return sorted((entry for entry_id in set(entry_ids)
                       if (entry := self._by_id.get(entry_id)) is not None),
                      key=lambda entry: positions[entry.id])

    def lookup(self, text: str, kind: EntryKind | None = None) -> tuple[Entry, Spelling] | None:
        """The entry written ``text`` (white space normalised), optionally of one kind only."""
        for entry, spelling in self._by_text.get(normalise_space(text), ()):
            if kind is None or entry.kind == kind:
                return entry, spelling
        return None

    def spellings(self) -> Iterator[tuple[Entry, Spelling]]:
        for entry in self.entries:
            for spelling in entry.spellings:
                yield entry, spelling


def normalise_space(text: str) -> str:
    return " ".join(text.split())


def parse_spelling(raw: str) -> Spelling:
    text = normalise_space(raw)
    if text.endswith(UNCERTAIN_MARK):
        return Spelling(normalise_space(text[: -len(UNCERTAIN_MARK)]), uncertain=True)
    return Spelling(text)


def load_register(path: str | Path) -> Register:
    """Read a register from a CSV or TEI file (chosen by the file's first character)."""
    return parse_register(register_text(path), path)


def register_text(path: str | Path) -> str:
    """The text of a register file (UTF-8, with or without a byte order mark)."""
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise RegisterError(f"cannot read the register: {error}", Location(str(path))) from error


def parse_register(content: str, path: str | Path) -> Register:
    """The register that `content`, the text of the file `path`, holds."""
    if content.lstrip().startswith("<"):
        return Register(list(_entries_from_tei(content, str(path))), source=str(path))
    # A register's names and notes go into the TEI: a character XML cannot hold is an error
    # here, where its line is known (a form feed would also split a CSV line silently).
    check_characters(content, str(path), len(content), what="register")
    return Register(list(_entries_from_csv(content, str(path))), source=str(path))


def _entries_from_csv(content: str, source: str) -> Iterator[Entry]:
    rows = csv.reader(content.splitlines())
    header = next(rows, None)
    if header is None or tuple(cell.strip().lower() for cell in header[:3]) != CSV_COLUMNS[:3]:
        raise RegisterError(
            f"the first row must name the columns {','.join(CSV_COLUMNS)}", Location(source, 1)
        )
    columns = [cell.strip().lower() for cell in header]
    for line_number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = dict(zip(columns, (cell.strip() for cell in row), strict=False))
        yield _entry_from_cells(cells, Location(source, line_number))


def _entry_from_cells(cells: dict[str, str], where: Location) -> Entry:
    entry_id, kind, name = cells.get("id", ""), cells.get("type", ""), cells.get("name", "")
    if not _NCNAME.fullmatch(entry_id):
        raise RegisterError(f"the id {entry_id!r} is not an XML name", where)
    if kind not in ENTRY_KINDS:
        raise RegisterError(f"the type {kind!r} is not one of {', '.join(ENTRY_KINDS)}", where)
    if not name:
        raise RegisterError(f"the entry {entry_id!r} has no name", where)
    variants = tuple(
        parse_spelling(raw)
        for raw in cells.get("variants", "").split(VARIANT_SEPARATOR)
        if raw.strip()
    )
    return Entry(
        id=entry_id,
        kind=kind,  # checked against ENTRY_KINDS above
        name=parse_spelling(name),
        variants=variants,
        authority=cells.get("authority") or None,
        note=cells.get("note") or None,
    )


def _entries_from_tei(content: str, source: str) -> Iterator[Entry]:
    try:
        root = etree.fromstring(content.encode("utf-8"), RESOURCE)
    except etree.XMLSyntaxError as error:
        line, column = error.position
        where = Location(source, line, column)
        raise RegisterError(f"not well-formed XML: {error.msg}", where) from error
    for kind in ENTRY_KINDS:
        for element in root.iter(f"{{{TEI_NS}}}{ENTRY_ELEMENT[kind]}"):
            yield _entry_from_element(element, kind, Location(source, element.sourceline))


def _entry_from_element(element: etree._Element, kind: EntryKind, where: Location) -> Entry:
    entry_id = element.get(f"{{{XML_NS}}}id")
    if not entry_id:
        raise RegisterError(f"a {ENTRY_ELEMENT[kind]} without xml:id", where)
    names = [
        Spelling(normalise_space("".join(name.itertext())), uncertain=name.get("cert") == "low")
        for name in element.findall(f"{{{TEI_NS}}}{NAME_ELEMENT[kind]}")
    ]
    if not names:
        raise RegisterError(f"the entry {entry_id!r} has no {NAME_ELEMENT[kind]}", where)
    authority = element.findtext(f"{{{TEI_NS}}}idno[@type='URI']")
    note = element.find(f"{{{TEI_NS}}}note")
    return Entry(
        id=entry_id,
        kind=kind,
        name=names[0],
        variants=tuple(names[1:]),
        authority=authority.strip() if authority else None,
        note=normalise_space("".join(note.itertext())) if note is not None else None,
    )


def write_register_csv(entries: Iterable[Entry]) -> str:
    """The CSV form of entries (the inverse of the CSV reader)."""
    lines: list[list[str]] = [list(CSV_COLUMNS)]
    for entry in entries:
        lines.append(
            [
                entry.id,
                entry.kind,
                _spelling_text(entry.name),
                VARIANT_SEPARATOR.join(_spelling_text(variant) for variant in entry.variants),
                entry.authority or "",
                entry.note or "",
            ]
        )
    return _csv_text(lines)


def _spelling_text(spelling: Spelling) -> str:
    return spelling.text + (UNCERTAIN_MARK if spelling.uncertain else "")


def _csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()
