"""Names in RELAX NG grammars and in documents: the names a document uses, and the name
each ``element``/``attribute`` pattern (or name class) admits, resolved exactly: ``xml:``
attributes in the XML namespace, unprefixed element names in the inherited ``ns``."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from teikit import XML_NS

RNG_NS = "http://relaxng.org/ns/structure/1.0"
R = f"{{{RNG_NS}}}"

Name = tuple[str, str]  # (namespace URI, local name)
NameTest = Callable[[Name], bool]


class NotReducible(Exception):
    """The grammar uses a construct the reducer does not handle; use the full grammar."""


@dataclass(frozen=True)
class NameSet:
    """The element and attribute names that occur in some documents."""

    elements: frozenset[Name]
    attributes: frozenset[Name]

    def __len__(self) -> int:
        return len(self.elements) + len(self.attributes)

    def covers(self, other: NameSet) -> bool:
        return self.elements >= other.elements and self.attributes >= other.attributes

    def union(self, other: NameSet) -> NameSet:
        return NameSet(self.elements | other.elements, self.attributes | other.attributes)

    def digest(self) -> str:
        text = "\n".join(
            [f"e {ns} {local}" for ns, local in sorted(self.elements)]
            + [f"a {ns} {local}" for ns, local in sorted(self.attributes)]
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clark_parts(clark: str) -> Name:
    """`{uri}name` → (uri, name); `name` → ("", name)."""
    if clark.startswith("{"):
        ns, _, local = clark[1:].partition("}")
        return ns, local
    return "", clark


def collect_names(root: etree._Element) -> NameSet:
    """Every element and attribute name in the tree under ``root`` (root included)."""
    elements: set[str] = set()
    attributes: set[str] = set()
    for node in root.iter(etree.Element):
        elements.add(node.tag)
        attributes.update(node.attrib.keys())
    return NameSet(
        frozenset(map(clark_parts, elements)), frozenset(map(clark_parts, attributes))
    )


def _inherited_ns(node: etree._Element) -> str:
    for ancestor in (node, *node.iterancestors()):
        value = ancestor.get("ns")
        if value is not None:
            return value
    return ""


def _resolve_qname(node: etree._Element, qname: str, *, default_ns: str) -> Name:
    qname = qname.strip()
    if ":" in qname:
        prefix, local = qname.split(":", 1)
        if prefix == "xml":
            return XML_NS, local
        uri = node.nsmap.get(prefix)
        if uri is None:
            raise NotReducible(f"undeclared prefix {prefix!r} in name {qname!r}")
        return uri, local
    return default_ns, qname


def _name_class_test(nc: etree._Element) -> NameTest:
    """A predicate for the name class element ``nc`` (name, anyName, nsName, choice)."""
    kind = etree.QName(nc).localname
    if kind == "name":
        target = _resolve_qname(nc, nc.text or "", default_ns=_inherited_ns(nc))
        return lambda name: name == target
    if kind == "choice":
        tests = [_name_class_test(child) for child in rng_children(nc)]
        return lambda name: any(test(name) for test in tests)
    if kind in ("anyName", "nsName"):
        excepted = [
            _name_class_test(grandchild)
            for child in rng_children(nc)
            if etree.QName(child).localname == "except"
            for grandchild in rng_children(child)
        ]
        namespace = _inherited_ns(nc) if kind == "nsName" else None

        def test(name: Name) -> bool:
            if namespace is not None and name[0] != namespace:
                return False
            return not any(exc(name) for exc in excepted)

        return test
    raise NotReducible(f"unknown name class {kind!r}")


def rng_children(node: etree._Element) -> list[etree._Element]:
    return [child for child in node if isinstance(child.tag, str) and child.tag.startswith(R)]


def attribute_name(pattern: etree._Element) -> Name:
    """The name given by the ``name`` attribute of an ``element`` or ``attribute`` pattern."""
    is_attribute = etree.QName(pattern).localname == "attribute"
    # An attribute's unprefixed name is in no namespace unless the pattern itself says ns=.
    default_ns = (pattern.get("ns") or "") if is_attribute else _inherited_ns(pattern)
    return _resolve_qname(pattern, pattern.get("name") or "", default_ns=default_ns)


def name_test(pattern: etree._Element) -> NameTest:
    """The name predicate of an ``element`` or ``attribute`` pattern."""
    if pattern.get("name") is None:
        return _name_class_test(rng_children(pattern)[0])
    target = attribute_name(pattern)
    return lambda candidate: candidate == target
