"""Columns and source lines for nodes: libxml2 reports lines only, editors want columns."""

from __future__ import annotations

import re

from lxml import etree


class SourceText:
    def __init__(self, data: bytes) -> None:
        self.lines = data.decode("utf-8", errors="replace").splitlines()

    def line(self, number: int | None) -> str | None:
        if number is None or not 1 <= number <= len(self.lines):
            return None
        return self.lines[number - 1]

    def element_column(self, node: etree._Element) -> tuple[int | None, int | None]:
        """(line, column) of the ``<`` that opens ``node``'s start tag, 1-based."""
        line = node.sourceline
        if line is None:
            return None, None
        qname = _qualified_name(node)
        pattern = re.compile(r"<" + re.escape(qname) + r"(?=[\s/>])")
        # libxml2 records the line where the start tag ends; the tag may begin earlier.
        same_line = [n for n in node.getroottree().getroot().iter(node.tag)
                     if n.sourceline == line]
        occurrence = same_line.index(node) if node in same_line else 0
        for number in range(line, max(0, line - 20), -1):
            matches = list(pattern.finditer(self.line(number) or ""))
            if number == line and len(matches) > occurrence:
                return number, matches[occurrence].start() + 1
            if number != line and matches:
                return number, matches[-1].start() + 1
        return line, None

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
