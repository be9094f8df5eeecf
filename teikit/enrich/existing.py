"""Markup the converter already made: name elements to link, date elements to date."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from lxml import etree

from teikit.dates import parse_date
from teikit.names.register import Entry, EntryKind, Register, Spelling, normalise_space
from teikit.xml import local_name, tei

KIND_OF_NAME: dict[str, EntryKind] = {"persName": "person", "placeName": "place", "orgName": "org"}
DATE_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter")


def readings(name: etree._Element) -> Iterator[str]:
    """The ways an existing name element can be looked up: its regularised form first (a
    ``reg``, as in ``[Beijing]`` or ``Filippov [Stalin]``), then the original, then all text."""
    for part in ("reg", "orig"):
        for found in name.iter(tei(part)):
            yield normalise_space("".join(found.itertext()))
    yield normalise_space("".join(name.itertext()))


def link_existing_names(
    text_element: etree._Element, register: Register
) -> list[tuple[Entry, Spelling, etree._Element]]:
    """Give ``@ref`` to name elements without one whose reading the register knows."""
    linked = []
    for name in text_element.iter(*(tei(tag) for tag in KIND_OF_NAME)):
        kind = KIND_OF_NAME[local_name(name)]
        if name.get("ref"):
            continue
        for reading in readings(name):
            found = register.lookup(reading, kind)
            if found is None:
                continue
            entry, spelling = found
            name.set("ref", f"#{entry.id}")
            if spelling.uncertain and name.get("cert") is None:
                name.set("cert", "low")
            linked.append((entry, spelling, name))
            break
    return linked


def date_existing_dates(
    text_element: etree._Element, document_date: datetime.date | None
) -> list[etree._Element]:
    """Add ISO attributes to ``date`` elements that have none; return those left undated."""
    undated = []
    for date in text_element.iter(tei("date")):
        if any(date.get(attribute) for attribute in DATE_ATTRIBUTES):
            continue
        value = parse_date("".join(date.itertext()), reference=document_date)
        if value is None:
            undated.append(date)
            continue
        for attribute, iso in value.tei_attributes().items():
            date.set(attribute, iso)
    return undated
