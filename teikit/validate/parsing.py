"""Safe parsing for validation: no DTD, no entity expansion, no network, no recovery.

``collect_ids=False``: a duplicate ``xml:id`` inside an example (``egXML``) must not stop
validation; the schema decides about IDs.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from teikit.errors import Location, TeikitError
from teikit.xml import VALIDATION_INPUT


class UnreadableDocument(TeikitError):
    """The file cannot be read or is not well-formed XML."""


def safe_parser() -> etree.XMLParser:
    return VALIDATION_INPUT


def parse_document(path: str | Path) -> etree._ElementTree:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise UnreadableDocument(f"cannot read the file: {error.strerror}",
                                 Location(str(path))) from error
    return parse_bytes(data, str(path))


def parse_bytes(data: bytes, name: str) -> etree._ElementTree:
    try:
        root = etree.fromstring(data, safe_parser(), base_url=name)
    except etree.XMLSyntaxError as error:
        line, column = error.position if error.position else (None, None)
        text = error.msg or str(error)
        if "amplification" in text:
            text = ("its entity declarations would expand enormously (a 'billion laughs' "
                    "document); teikit never expands entities: replace them with their text")
            raise UnreadableDocument(f"entity expansion refused: {text}",
                                     Location(name, line, column)) from error
        raise UnreadableDocument(f"not well-formed XML: {text}",
                                 Location(name, line, column)) from error
    return root.getroottree()


def unexpanded_entities(tree: etree._ElementTree) -> list[etree._Entity]:
    """Entity references left in the tree (teikit never expands them)."""
    return list(tree.getroot().iter(etree.Entity))
