"""The register entries a document uses, written into its ``standOff``."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from teikit import XML_NS
from teikit.errors import Location
from teikit.names.register import (
    ENTRY_ELEMENT,
    ENTRY_KINDS,
    LIST_ELEMENT,
    NAME_ELEMENT,
    Entry,
    Register,
    RegisterError,
)
from teikit.xml import local_name, tei


def referenced_ids(text_elements: Iterable[etree._Element]) -> set[str]:
    """The ids that ``@ref`` attributes inside the texts point at (``#id`` form only)."""
    ids: set[str] = set()
    for text_element in text_elements:
        for element in text_element.iter():
            for target in (element.get("ref") or "").split():
                if target.startswith("#"):
                    ids.add(target[1:])
    return ids


def write_standoff(tei_root: etree._Element, register: Register, used_ids: set[str]) -> None:
    """Put the used entries in ``standOff`` (the last child of ``TEI``), replacing any lists of
    persons, places and organisations written there before, so enriching twice changes nothing."""
    standoff = tei_root.find(tei("standOff"))
    if standoff is None:
        standoff = etree.SubElement(tei_root, tei("standOff"))
    else:
        for old in list(standoff):
            if local_name(old) in LIST_ELEMENT.values():
                standoff.remove(old)
    refuse_id_clashes(register, used_ids, taken_ids(tei_root))
    append_entry_lists(standoff, register, used_ids)
    if len(standoff) == 0:
        tei_root.remove(standoff)


def append_entry_lists(standoff: etree._Element, register: Register, used_ids: set[str],
                       ) -> None:
    """The used entries, a list per kind, in the register's order."""
    used = register.in_order(used_ids)
    for kind in ENTRY_KINDS:
        entries = [entry for entry in used if entry.kind == kind]
        if not entries:
            continue
        listing = etree.SubElement(standoff, tei(LIST_ELEMENT[kind]))
        for entry in entries:
            listing.append(entry_element(entry))


def entry_element(entry: Entry) -> etree._Element:
    element = etree.Element(tei(ENTRY_ELEMENT[entry.kind]), {f"{{{XML_NS}}}id": entry.id})
    for index, spelling in enumerate(entry.spellings):
        name = etree.SubElement(element, tei(NAME_ELEMENT[entry.kind]))
        name.text = spelling.text
        if index > 0:
            name.set("type", "variant")
        if spelling.uncertain:
            name.set("cert", "low")
    if entry.authority:
        etree.SubElement(element, tei("idno"), type="URI").text = entry.authority
    if entry.note:
        etree.SubElement(element, tei("note")).text = entry.note
    return element


def taken_ids(tree: etree._Element) -> set[str]:
    """The `xml:id`s in a tree that a register entry's id may not take (an entry of a
    `standOff` written before does not count)."""
    return {
        value
        for element in tree.iter()
        if isinstance(element.tag, str) and local_name(element) not in ENTRY_ELEMENT.values()
        and (value := element.get(f"{{{XML_NS}}}id")) is not None
    }


def refuse_id_clashes(register: Register, used_ids: set[str], taken: set[str]) -> None:
    clashes = sorted(used_ids & taken)
    if clashes:
        raise RegisterError(
            f"register ids already used in the document: {', '.join(clashes)}",
            Location(register.source),
        )
