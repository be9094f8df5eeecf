"""The ground floor for XML: the TEI namespace, one parser per purpose, the characters XML
cannot hold, and the one atomic write (re-exported from `teikit.io`).

Every parser refuses DTDs, entity expansion and the network. They differ by purpose:

- `CONVERSION_OUTPUT`: TEI that teikit itself wrote (ids are unique, so they are collected);
- `VALIDATION_INPUT`: any document to validate: ids are not collected (a repeated `xml:id`
  inside an example must not stop validation; the schema decides), no huge trees;
- `RENDERING_INPUT`: any TEI to render: ids not collected, huge trees allowed (a 2 MB
  monograph with deep notes is ordinary);
- `RESOURCE`: the project's own files and the user's registers, stylesheets and schemas.

Parsers are module-level constants: their options never change after construction.
"""

from __future__ import annotations

import re

from lxml import etree

from teikit import TEI_NS, XML_NS
from teikit.errors import InputError, Location, MetadataError
from teikit.io import atomic_write

__all__ = [
    "CONVERSION_OUTPUT",
    "RENDERING_INPUT",
    "RESOURCE",
    "TEI_NS",
    "VALIDATION_INPUT",
    "XML_ILLEGAL",
    "XML_NS",
    "atomic_write",
    "check_characters",
    "check_value",
    "first_xml_illegal",
    "local_name",
    "tei",
    "xml_model_instructions",
]


def local_name(element: etree._Element) -> str:
    """An element's name without its namespace; "" for a comment or a processing instruction.
    (Plain string work: an `etree.QName` per element was a tenth of the lossless check.)"""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def tei(name: str) -> str:
    """`p` → `{http://www.tei-c.org/ns/1.0}p`: a TEI element name in Clark notation."""
    return f"{{{TEI_NS}}}{name}"


def _safe_parser(*, collect_ids: bool, huge_tree: bool) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           collect_ids=collect_ids, huge_tree=huge_tree)


CONVERSION_OUTPUT = _safe_parser(collect_ids=True, huge_tree=True)
VALIDATION_INPUT = _safe_parser(collect_ids=False, huge_tree=False)
RENDERING_INPUT = _safe_parser(collect_ids=False, huge_tree=True)
RESOURCE = _safe_parser(collect_ids=True, huge_tree=False)

# Characters that XML 1.0 cannot hold, even as character references: C0 controls other than
# tab, LF and CR, lone surrogates, and the non-characters U+FFFE and U+FFFF.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def first_xml_illegal(text: str, start: int = 0, end: int | None = None) -> int | None:
    """The index of the first character XML cannot hold in `text[start:end]`, or None."""
    found = XML_ILLEGAL.search(text, start, len(text) if end is None else end)
    return None if found is None else found.start()


def check_characters(text: str, path: str, body_start: int = 0, *,
                     what: str | None = None) -> None:
    """Raise `InputError` at the first character of `text` that XML cannot hold. A form feed
    in the body (from `body_start`) is allowed: there it is a page break, as in plain-text
    print files, and becomes `<pb/>`; in the page header it is an error like the others.
    `what` names the file's kind in the message (default: "page header" or "text")."""
    index = first_xml_illegal(text, 0, body_start)
    if index is None:
        index = next((found.start() for found in XML_ILLEGAL.finditer(text, body_start)
                      if found.group() != "\f"), None)
    if index is None:
        return
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    where = what or ("page header" if index < body_start else "text")
    raise InputError(f"the {where} holds U+{ord(text[index]):04X}, a control character that "
                     "XML cannot hold: remove it or replace it with a space",
                     Location(path, line, column))


def check_value(value: str, what: str, location: Location) -> str:
    """`value`, unless it holds a character XML cannot hold (then `MetadataError` naming
    `what`, e.g. "the title", at `location`)."""
    index = first_xml_illegal(value)
    if index is not None:
        raise MetadataError(f"{what} holds U+{ord(value[index]):04X} at character "
                            f"{index + 1}, a control character that XML cannot hold",
                            location)
    return value


_ASCII_NAME_CHAR = re.compile(r"[A-Za-z0-9._-]")


def _is_name_char(char: str) -> bool:
    """Whether libxml2 accepts `char` inside an `xml:id`. It follows the older XML 1.0 name
    tables, which neither Python's `\\w` (it takes "²") nor the 5th edition's ranges (they take
    U+F900 and the supplementary planes) match: so libxml2 itself is asked."""
    if _ASCII_NAME_CHAR.match(char):
        return True
    if char.isspace() or char in "\"'<>&" or first_xml_illegal(char) is not None:
        return False
    try:
        etree.fromstring(f'<a xml:id="a{char}"/>'.encode())
    except etree.XMLSyntaxError:
        return False
    return True


def id_part(text: str) -> str:
    """`text` with every character that an XML name cannot hold replaced by "-"; for ids made
    of a prefix and a value from the text (`wcda-117422`, `cls-top-secret`)."""
    return "".join(char if _is_name_char(char) else "-" for char in text)


def xml_model_instructions(tree: etree._ElementTree) -> list[tuple[str, str | None]]:
    """(href, schematypens) of each xml-model instruction before the root element."""
    found = []
    node = tree.getroot().getprevious()
    while node is not None:
        if isinstance(node, etree._ProcessingInstruction) and node.target == "xml-model":
            href = node.get("href")
            if href:
                found.append((href, node.get("schematypens")))
        node = node.getprevious()
    return list(reversed(found))
