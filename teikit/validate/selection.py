"""Which schemas a document is checked against.

The document's ``<?xml-model?>`` instructions first, else the schemas given on the command
line, else the house schema. URLs resolve through the catalog; nothing is downloaded unless
the caller allows the network.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from lxml import etree

from teikit.validate.catalog import HOUSE_RNG, HOUSE_SCH, Catalog, CatalogError

SchemaKind = Literal["rng", "xsd", "sch"]

_BY_NAMESPACE: dict[str, SchemaKind] = {
    "http://relaxng.org/ns/structure/1.0": "rng",
    "http://www.w3.org/2001/XMLSchema": "xsd",
    "http://purl.oclc.org/dsdl/schematron": "sch",
    "http://www.ascc.net/xml/schematron": "sch",
}
_BY_SUFFIX: dict[str, SchemaKind] = {".rng": "rng", ".xsd": "xsd", ".sch": "sch"}


@dataclass(frozen=True)
class SchemaRef:
    kind: SchemaKind
    path: Path
    source: str  # the URL or path as written


def kind_of(location: str, schematypens: str | None = None) -> SchemaKind:
    if schematypens in _BY_NAMESPACE:
        return _BY_NAMESPACE[schematypens]
    suffix = Path(urllib.parse.urlparse(location).path).suffix.lower()
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    raise CatalogError(f"cannot tell the schema language of {location!r} "
                       "(supported: RELAX NG .rng, XSD .xsd, Schematron .sch)")


class SchemasMissing(CatalogError):
    """Some of a document's schemas can be had offline, others not: `refs` are the ones that
    can, `missing` say why the others cannot."""

    def __init__(self, refs: list[SchemaRef], missing: list[CatalogError]) -> None:
        super().__init__(missing[0].message)
        self.refs = refs
        self.missing = missing


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


def resolve_location(location: str, base: Path, catalog: Catalog, *,
                     allow_network: bool) -> Path:
    scheme = urllib.parse.urlparse(location).scheme
    if scheme in ("http", "https", "urn"):
        local = catalog.resolve(location)
        if local is not None:
            return local
        if not allow_network or scheme == "urn":
            raise CatalogError(f"schema {location} is not in the catalog and the network is "
                               "off; register a copy with `teikit schemas add FILE --as "
                               f"{location}` (or pass --allow-network)")
        return catalog.fetch(location, [location])
    if scheme == "file":
        return Path(urllib.parse.unquote(urllib.parse.urlparse(location).path))
    if scheme:
        raise CatalogError(f"unsupported schema URL scheme {scheme!r}: {location}")
    return (base.parent / location).resolve()


def select_schemas(tree: etree._ElementTree, document: Path, *,
                   explicit: list[str | Path] | None, catalog: Catalog,
                   allow_network: bool = False, use_xml_model: bool = True) -> list[SchemaRef]:
    models = xml_model_instructions(tree) if use_xml_model else []
    if models:
        refs, unavailable = [], []
        for href, ns in models:
            try:
                path = resolve_location(href, document, catalog, allow_network=allow_network)
            except CatalogError as error:
                unavailable.append(error)
                continue
            refs.append(SchemaRef(kind_of(href, ns), path, href))
        if unavailable and not refs:
            raise unavailable[0]
        if unavailable:
            raise SchemasMissing(refs, unavailable)
        return refs
    if explicit:
        refs = []
        for item in explicit:
            text = str(item)
            path = resolve_location(text, Path.cwd() / "_", catalog, allow_network=allow_network)
            refs.append(SchemaRef(kind_of(text), path, text))
        return refs
    return [SchemaRef("rng", HOUSE_RNG, str(HOUSE_RNG)), SchemaRef("sch", HOUSE_SCH,
                                                                   str(HOUSE_SCH))]
