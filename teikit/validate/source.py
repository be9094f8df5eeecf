"""Columns and source lines for nodes: libxml2 reports lines only, editors want columns."""

from __future__ import annotations

import functools
import re

from lxml import etree


class SourceText:
    def __init__(self, data: bytes) -> None:
        self._data = data
        # Each element's place among those of its tag on its line (for the tree indexed), and
        # where each tag opens on a line: found once, not per message (a tree walked, or a
        # line of thousands of elements read, for each message cost the square of them).
        self._indexed_root: etree._Element | None = None
        self._occurrence: dict[etree._Element, int] = {}
        self._tag_starts: dict[tuple[int, str], list[int]] = {}

    @functools.cached_property
    def lines(self) -> list[str]:
        """Split when a message first needs a column: a valid document never pays for it."""
        return self._data.decode("utf-8", errors="replace").splitlines()

    def line(self, number: int | None) -> str | None:
        if number is None or not 1 <= number <= len(self.lines):
            return None
        return self.lines[number - 1]

    def _occurrence_of(self, node: etree._Element) -> int:
        """How many elements of ``node``'s tag libxml2 places before it on its line."""
        root = node.getroottree().getroot()
        if self._indexed_root is not root:
            seen: dict[tuple[object, int | None], int] = {}
            self._occurrence = {}
            for element in root.iter(etree.Element):
                key = (element.tag, element.sourceline)
                self._occurrence[element] = seen.get(key, 0)
                seen[key] = self._occurrence[element] + 1
            self._indexed_root = root
        return self._occurrence.get(node, 0)

    def element_column(self, node: etree._Element) -> tuple[int | None, int | None]:
        """(line, column) of the ``<`` that opens ``node``'s start tag, 1-based."""
        line = node.sourceline
        if line is None:
            return None, None
        qname = _qualified_name(node)
        # libxml2 records the line where the start tag ends; the tag may begin earlier.
        occurrence = self._occurrence_of(node)
        for number in range(line, max(0, line - 20), -1):
            starts = self._starts_of(qname, number)
            if number == line and len(starts) > occurrence:
                return number, starts[occurrence] + 1
            if number != line and starts:
                return number, starts[-1] + 1
        return line, None

    def _starts_of(self, qname: str, number: int) -> list[int]:
        """Where start tags of `qname` open on line `number` (0-based columns)."""
        starts = self._tag_starts.get((number, qname))
        if starts is None:
            pattern = re.compile(r"<" + re.escape(qname) + r"(?=[\s/>])")
            starts = [found.start() for found in pattern.finditer(self.line(number) or "")]
            self._tag_starts[(number, qname)] = starts
        return starts

    def attribute_column(self, node: etree._Element, name: str) -> tuple[int | None, int | None]:
        line, column = self.element_column(node)
        if line is None or column is None:
            return line, column
        attribute = re.compile(r"(?<=\s)" + re.escape(name) + r"\s*=")
        for number in range(line, min(len(self.lines), line + 20) + 1):
            text = self.line(number) or ""
            found = attribute.search(text, column if number == line else 0)
            if found:
                return number, found.start() + 1
            if ">" in text[(column if number == line else 0):]:
                break
        return line, column


def _qualified_name(node: etree._Element) -> str:
    local = etree.QName(node).localname
    return f"{node.prefix}:{local}" if node.prefix else local


def attribute_qname(node: etree._Element, clark: str) -> str:
    """The attribute name as written (``xml:id``, ``xlink:href``, ``type``)."""
    if not clark.startswith("{"):
        return clark
    ns, _, local = clark[1:].partition("}")
    if ns == "http://www.w3.org/XML/1998/namespace":
        return "xml:" + local
    for prefix, uri in (node.nsmap or {}).items():
        if uri == ns and prefix:
            return f"{prefix}:{local}"
    return local
