"""The words around each name mention, for the index pages ("… headed by Li Kuo Nyn, a
Deputy Minister …"). Computed by the site build only: a single page does not need them."""

from __future__ import annotations

from lxml import etree

from teikit import TEI_NS
from teikit.render.mentions import NAME_KINDS, Mention, reading_text
from teikit.render.prepass import main_texts

_BREAKS = frozenset(f"{{{TEI_NS}}}{name}" for name in ("lb", "pb", "cb", "item", "p", "head"))
_UNREAD = frozenset(f"{{{TEI_NS}}}{name}" for name in ("orig", "sic", "abbr", "note", "del"))

_T = f"{{{TEI_NS}}}"
_BLOCKS = frozenset(f"{_T}{name}" for name in (
    "p", "ab", "head", "item", "l", "cell", "signed", "dateline", "salute", "note", "byline",
    "trailer", "opener", "closer", "stage", "speaker", "quote",
))
WIDTH = 70  # characters of context on each side


def snippet(block_text: str, name: str, width: int = WIDTH) -> str:
    at = block_text.find(name)
    if at < 0:
        return name
    start, end = max(0, at - width), min(len(block_text), at + len(name) + width)
    # Whole words only: cut back to a space on both sides.
    if start > 0:
        space = block_text.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    if end < len(block_text):
        space = block_text.rfind(" ", at + len(name), end)
        end = space if space > 0 else end
    before = "… " if start > 0 else ""
    after = " …" if end < len(block_text) else ""
    return before + block_text[start:end] + after


def block_text(element: etree._Element) -> str:
    """The words of a block as read, a line break or an inner block counting as a space."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in _UNREAD:
                if child.tag in _BREAKS:
                    parts.append(" ")
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return " ".join("".join(parts).split())


def add_contexts(root: etree._Element, mentions: list[Mention]) -> None:
    """Fill `Mention.context`; the mentions are in the pre-pass's order (document order)."""
    names = [
        element
        for text in main_texts(root)
        for element in text.iter(*NAME_KINDS)
        if next(element.iterancestors(*NAME_KINDS), None) is None
    ]
    block_texts: dict[etree._Element, str] = {}
    for element, mention in zip(names, mentions, strict=False):
        block = next((a for a in element.iterancestors() if a.tag in _BLOCKS), element)
        if block not in block_texts:
            block_texts[block] = block_text(block)
        mention.context = snippet(block_texts[block], reading_text(element))
