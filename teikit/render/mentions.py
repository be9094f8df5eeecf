"""Name mentions on a page: their index keys, labels and anchors, as the persons and places
index and the page both read them."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from teikit.render.marks import EXPLAINED, KEY, MENTION, NOTE, NUM, XML_ID, T
from teikit.render.urls import first_pointer, safe_id

NAME_KINDS = {f"{T}persName": "person", f"{T}placeName": "place", f"{T}orgName": "org"}
NAME_TAGS = frozenset(NAME_KINDS)
# Words of a name that belong to another reading of it, not to the reading view.
_NOT_READ = frozenset({f"{T}orig", f"{T}sic", f"{T}abbr", f"{T}note", f"{T}del"})


@dataclass
class Mention:
    """A name mentioned in a rendered document, for the indexes."""

    kind: str  # "person" | "place" | "org"
    key: str
    label: str
    anchor: str  # the HTML id of the mention in the document page
    description: str = ""  # the standOff entry's note, when there is one
    context: str = ""  # the words around the mention (filled in by the site build)
    sort_key: str = ""  # the standOff entry's surname, when it gives one
    registered: bool = False  # the label is a register's (standOff) name, not the text's


def nearest_ancestor(element: etree._Element,
                     tags: frozenset[str]) -> etree._Element | None:
    """The nearest ancestor whose tag is one of `tags`. Walking up by hand: `iterancestors`
    with several tags builds its tag matcher at each call, which costs more than the walk."""
    parent = element.getparent()
    while parent is not None and parent.tag not in tags:
        parent = parent.getparent()
    return parent


def reading_text(element: etree._Element) -> str:
    """The words of an element as the reading view shows them (regularised, expanded)."""
    if not len(element):  # a name's words alone, most often
        return " ".join((element.text or "").split())
    parts: list[str] = []
    _read_into(element, parts)
    return " ".join("".join(parts).split())


def _read_into(node: etree._Element, parts: list[str]) -> None:
    if node.text:
        parts.append(node.text)
    for child in node:
        if isinstance(child.tag, str) and child.tag not in _NOT_READ:
            _read_into(child, parts)
        if child.tail:
            parts.append(child.tail)


_ENTRY_NAMES = {f"{T}person": f"{T}persName", f"{T}place": f"{T}placeName",
                f"{T}org": f"{T}orgName"}


def standoff_entries(root: etree._Element) -> dict[str, tuple[str, str, str]]:
    """`xml:id` → (display name, note, surname) for standOff/listPerson, listPlace and listOrg
    entries."""
    entries: dict[str, tuple[str, str, str]] = {}
    standoff = [*root.iterchildren(f"{T}standOff"), *root.iterchildren(f"{T}teiHeader")]
    listed = (e for part in standoff for e in part.iter(*_ENTRY_NAMES))
    for entry in listed:
        entry_id = entry.get(XML_ID)
        if not entry_id:
            continue
        name = entry.find(_ENTRY_NAMES[entry.tag])
        if name is not None:
            note = entry.find(f"{T}note")
            description = " ".join("".join(note.itertext()).split()) if note is not None else ""
            surname = name.find(f"{T}surname")
            surname_text = reading_text(surname) if surname is not None else ""
            entries[entry_id] = (reading_text(name), description, surname_text)
    return entries


def _name_key(
    name: etree._Element, kind: str, standoff: dict[str, tuple[str, str, str]],
    label_ids: LabelIds,
) -> tuple[str, str, str, str, bool]:
    """The index key, label and description of a mention: the standOff entry's name when
    `@ref` points at one (so "Li" and "Li Kuo Nyn" meet), else the words of the mention.
    Keys come from labels, so the same name in two documents is one index entry."""
    ref = first_pointer(name.get("ref"))
    label, description, surname = ("", "", "")
    if ref and ref.startswith("#"):
        label, description, surname = standoff.get(ref[1:], ("", "", ""))
    registered = bool(label)
    label = label or reading_text(name)
    return f"{kind}-{label_ids(label)}", label, description, surname, registered


class LabelIds:
    """The index key of each name label, remembered by its owner (a `Renderer`): the same
    names recur on a page and across a collection's pages. At most `LIMIT` are kept: a long
    build starts afresh rather than grow."""

    LIMIT = 4096

    def __init__(self) -> None:
        self._ids: dict[str, str] = {}

    def __call__(self, label: str) -> str:
        found = self._ids.get(label)
        if found is None:
            if len(self._ids) >= self.LIMIT:
                self._ids.clear()
            found = self._ids[label] = safe_id(label.casefold(), fallback="unnamed")
        return found


def name_mention(
    element: etree._Element,
    standoff: dict[str, tuple[str, str, str]],
    label_ids: LabelIds,
    number: int,
) -> Mention | None:
    """Key the name `element` and say what it mentions (`number`: the mention's place on the
    page, for its anchor), or None for a name inside a name (the outer one is the mention)."""
    # One walk up: a name inside a name is one mention (the outer one), and a mention in a
    # footnote points at the footnote.
    footnote = None
    parent = element.getparent()
    while parent is not None:
        tag = parent.tag
        if tag in NAME_TAGS:
            return None
        if footnote is None and tag == NOTE and parent.get(NUM):
            footnote = parent
        parent = parent.getparent()
    kind = NAME_KINDS[element.tag]
    key, label, description, surname, registered = _name_key(element, kind, standoff, label_ids)
    element.set(KEY, key)
    if element.get("cert"):
        element.set(EXPLAINED, "yes")
    if footnote is not None:
        # Note text is shown twice (footnote list, diplomatic copy): the index points at the
        # footnote, which has one id.
        anchor = f"fn-{footnote.get(NUM)}"
    else:
        anchor = f"m{number}"
        element.set(MENTION, anchor)
    return Mention(kind, key, label, anchor, description, sort_key=surname, registered=registered)
