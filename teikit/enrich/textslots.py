"""Where new markup may go in a TEI ``text``, and how to wrap part of a text node in an element.

A *slot* is one text node: the ``text`` of an element or the ``tail`` of one of its children.
Wrapping never changes a character: the slot's string is split and the middle part becomes the
text of a new element, so the concatenated text of the document stays the same.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

from lxml import etree

from teikit.xml import local_name, tei

# Elements whose content already says what it is (or is not running text): nothing is wrapped
# inside them. A name inside a date, or a date inside a name, would claim the same words twice.
CLOSED_ELEMENTS = frozenset(
    {
        "persName", "placeName", "orgName", "name", "rs", "geogName", "roleName", "date", "time",
        "idno", "gap", "foreign", "term", "ref", "ptr", "num", "measure", "email", "g", "c",
        "pc", "w", "abbr", "expan", "desc", "label", "lb", "pb", "cb", "milestone", "anchor",
        "figure",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Slot:
    """A text node: ``owner.text`` (``which == "text"``) or ``owner.tail``."""

    owner: etree._Element
    which: Literal["text", "tail"]

    @property
    def string(self) -> str:
        return (self.owner.text if self.which == "text" else self.owner.tail) or ""

    @property
    def container(self) -> etree._Element:
        """The element the text is part of."""
        return self.owner if self.which == "text" else self.owner.getparent()


@dataclass(frozen=True)
class Wrap:
    """Wrap ``slot.string[start:end]`` in ``<tag attributes>``."""

    start: int
    end: int
    tag: str
    attributes: Mapping[str, str] = field(default_factory=dict)
    problem: str | None = None  # why the wrapped expression stays unnormalised

    @property
    def length(self) -> int:
        return self.end - self.start


def open_slots(text_element: etree._Element) -> Iterator[Slot]:
    """The text nodes of ``text_element`` where a name or date may be wrapped, in order."""
    # Depth first with a stack of (element, tail?) steps rather than nested generators, which
    # cost a generator per element of the document.
    steps: list[tuple[etree._Element, bool]] = [(text_element, False)]
    while steps:
        element, is_tail = steps.pop()
        if is_tail:
            if element.tail:
                yield Slot(element, "tail")
            continue
        if local_name(element) in CLOSED_ELEMENTS:
            continue
        if element.text:
            yield Slot(element, "text")
        for child in reversed(element):
            steps.append((child, True))
            if isinstance(child.tag, str):
                steps.append((child, False))


def apply_wraps(slot: Slot, wraps: list[Wrap]) -> list[etree._Element]:
    """Split the slot's string around ``wraps`` (sorted, disjoint); return the new elements."""
    if not wraps:
        return []
    string = slot.string
    created: list[etree._Element] = []
    for index, wrap in enumerate(wraps):
        element = etree.Element(tei(wrap.tag), dict(wrap.attributes))
        element.text = string[wrap.start : wrap.end]
        following = wraps[index + 1].start if index + 1 < len(wraps) else len(string)
        element.tail = string[wrap.end : following] or None
        created.append(element)
    head = string[: wraps[0].start] or None
    # Each element after the one before it: an insert at a position walks the children up to
    # it, which a text of thousands of dates pays for every one of them.
    if slot.which == "text":
        slot.owner.text = head
        slot.owner.insert(0, created[0])
    else:
        slot.owner.tail = head
        slot.owner.addnext(created[0])
    for before, element in pairwise(created):
        before.addnext(element)
    return created
