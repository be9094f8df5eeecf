"""The TEI copy a site publishes: the document as teikit serialises it, with nothing a browser
would run.

A browser opening an XML file renders elements of the XHTML, SVG and MathML namespaces with
their HTML meaning (an XHTML ``<script>`` runs, on the edition's own origin when served over
http) and applies an ``<?xml-stylesheet?>`` in the prolog. The published copy keeps only the
TEI and TEI-examples namespaces (the house schema and tei_all allow no others outside
examples), attributes without a namespace or in those or ``xml:``, the ``xml-model``
instructions and comments before the root, and no DOCTYPE.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from teikit import TEI_NS, XML_NS
from teikit.errors import TeikitError
from teikit.xml import RENDERING_INPUT

TEI_EXAMPLES_NS = "http://www.tei-c.org/ns/Examples"
PUBLISHED_NAMESPACES = frozenset({TEI_NS, TEI_EXAMPLES_NS})
_ATTRIBUTE_NAMESPACES = PUBLISHED_NAMESPACES | {"", XML_NS}


class NotPublishable(TeikitError):
    """The document is not TEI, so there is nothing to publish."""


def _namespace(name: str) -> str:
    """The namespace of a tag or attribute name in lxml's `{uri}local` form (read off the
    string: an `etree.QName` per element and attribute cost a tenth of a page's build)."""
    return name[1:name.index("}")] if name[:1] == "{" else ""


def _remove_keeping_tail(node: etree._Element) -> None:
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def _is_foreign(node: etree._Element) -> bool:
    return _namespace(node.tag) not in PUBLISHED_NAMESPACES


def _foreign_attributes(node: etree._Element) -> list[str]:
    return [name for name in node.attrib if _namespace(name) not in _ATTRIBUTE_NAMESPACES]


def _has_foreign(root: etree._Element) -> bool:
    return any(_is_foreign(node) or _foreign_attributes(node)
               for node in root.iter(etree.Element))


def publishable_tei(data: bytes, tree: etree._ElementTree | None = None,
                    ) -> tuple[bytes, list[str]]:
    """The bytes to publish for TEI ``data``, and what was removed (one note per kind).
    ``tree``: ``data`` parsed already; it is left as it was (a document with something to
    leave out is parsed anew for that)."""
    root = tree.getroot() if tree is not None else etree.fromstring(data, RENDERING_INPUT)
    if _is_foreign(root):
        raise NotPublishable(f"<{etree.QName(root).localname}> in namespace "
                             f"{_namespace(root.tag) or '(none)'} is not a TEI document")
    removed: Counter[str] = Counter()
    # The given tree is published as it is only when nothing would change it: nothing
    # foreign to remove (under a prefixed root, an unprefixed element is), and one namespace
    # declaration, the root's, which it uses, so none for cleanup_namespaces to drop.
    if tree is None or data.count(b"xmlns") != 1 or _has_foreign(root):
        if tree is not None:
            root = etree.fromstring(data, RENDERING_INPUT)
        foreign = [node for node in root.iter(etree.Element) if _is_foreign(node)]
        for node in foreign:
            if not any(ancestor in foreign for ancestor in node.iterancestors()):
                removed[f"element <{node.tag}>"] += 1
                _remove_keeping_tail(node)
        for node in root.iter(etree.Element):
            for name in _foreign_attributes(node):
                removed[f"attribute {name}"] += 1
                del node.attrib[name]
        etree.cleanup_namespaces(root)
    prolog: list[etree._Element] = []
    sibling = root.getprevious()
    while sibling is not None:
        if isinstance(sibling, etree._Comment) or (
                isinstance(sibling, etree._ProcessingInstruction)
                and sibling.target == "xml-model"):
            prolog.insert(0, etree.tostring(sibling, encoding="UTF-8", with_tail=False))
        elif isinstance(sibling, etree._ProcessingInstruction):
            removed[f"processing instruction <?{sibling.target}?>"] += 1
        sibling = sibling.getprevious()
    body = etree.tostring(root, encoding="UTF-8", with_tail=False)
    published = b"\n".join([b'<?xml version="1.0" encoding="UTF-8"?>', *prolog, body]) + b"\n"
    notes = [f"left out of the published TEI copy (not TEI; a browser could run it): "
             f"{count} × {what}"
             for what, count in sorted(removed.items())]
    return published, notes
