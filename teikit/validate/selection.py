"""Which schemas a document is checked against.

Schemas given explicitly (``--schema``) win: they replace the document's ``<?xml-model?>``
instructions, as with Jing and ``xmllint --relaxng``, unless both are asked for. Without
them, the document's instructions; without those, the house schema. URLs resolve through the
catalog; nothing is downloaded unless the caller allows the network; every local file is
checked before it is read (see ``schema_files``).
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teikit.validate.catalog import HOUSE_RNG, HOUSE_SCH, Catalog, CatalogError
from teikit.validate.engines import SchemaKind, engine_for
from teikit.validate.options import MAX_SCHEMA_BYTES, ValidationOptions
from teikit.validate.schema_files import SchemaRefused, checked_schema_file
from teikit.xml import xml_model_instructions


@dataclass(frozen=True)
class SchemaRef:
    """A schema a document asks for: its kind and where it is."""

    kind: SchemaKind
    path: Path
    source: str  # the URL or path as written


def kind_of(location: str, schematypens: str | None = None) -> SchemaKind:
    return engine_for(location, schematypens).kind


class SchemasMissing(CatalogError):
    """Some of a document's schemas can be had offline, others not: `refs` are the ones that
    can, `missing` say why the others cannot."""

    def __init__(self, refs: list[SchemaRef], missing: list[CatalogError]) -> None:
        super().__init__(missing[0].message)
        self.refs = refs
        self.missing = missing


def resolve_location(location: str, base: Path, catalog: Catalog, *, allow_network: bool,
                     allow_local: bool = True,
                     max_bytes: int = MAX_SCHEMA_BYTES) -> Path:
    """The local file for a schema location: a catalogued URL, a path relative to ``base``'s
    folder, or (when ``allow_local``) an absolute path or file: URL."""
    scheme = urllib.parse.urlparse(location).scheme
    if scheme in ("http", "https", "urn"):
        local = catalog.resolve(location)
        if local is None:
            if not allow_network or scheme == "urn":
                raise CatalogError(f"schema {location} is not in the catalog and the network "
                                   "is off; register a copy with `teikit schemas add FILE --as "
                                   f"{location}` (or pass --allow-network)")
            local = catalog.fetch(location, [location])
        return checked_schema_file(local, location, max_bytes)
    if scheme == "file":
        path = Path(urllib.parse.unquote(urllib.parse.urlparse(location).path))
    elif scheme and len(scheme) > 1:
        raise CatalogError(f"unsupported schema URL scheme {scheme!r}: {location}")
    else:
        path = Path(location)
    if path.is_absolute() and not allow_local:
        raise SchemaRefused(f"schema {location} is an absolute local path, which a document "
                            "may not name: give it relative to the document, register it "
                            "with `teikit schemas add FILE --as URL`, or pass "
                            "--allow-local-schemas")
    if not path.is_absolute():
        path = base.parent / path
    return checked_schema_file(path, location, max_bytes)


def explicit_schemas(options: ValidationOptions, catalog: Catalog) -> list[SchemaRef]:
    """The schemas given by the caller (relative paths from the working folder)."""
    refs = []
    for text in options.schemas:
        path = resolve_location(text, Path.cwd() / "_", catalog,
                                allow_network=options.allow_network,
                                max_bytes=options.max_schema_bytes)
        refs.append(SchemaRef(kind_of(text), path, text))
    return refs


def _xml_model_schemas(tree: etree._ElementTree, document: Path, options: ValidationOptions,
                       catalog: Catalog) -> tuple[list[SchemaRef], list[CatalogError]]:
    refs, unavailable = [], []
    for href, ns in xml_model_instructions(tree):
        try:
            path = resolve_location(href, document, catalog,
                                    allow_network=options.allow_network,
                                    allow_local=options.allow_local_schemas,
                                    max_bytes=options.max_schema_bytes)
            refs.append(SchemaRef(kind_of(href, ns), path, href))
        except SchemaRefused:
            raise  # a document naming what must not be read is an error, not a gap
        except CatalogError as error:
            unavailable.append(error)
    return refs, unavailable


def select_schemas(tree: etree._ElementTree, document: Path, options: ValidationOptions,
                   catalog: Catalog) -> list[SchemaRef]:
    explicit = explicit_schemas(options, catalog)
    if explicit and not options.also_xml_model:
        return explicit
    refs, unavailable = ([], []) if not options.use_xml_model else _xml_model_schemas(
        tree, document, options, catalog)
    refs = explicit + refs
    if unavailable and not refs:
        raise unavailable[0]
    if unavailable:
        raise SchemasMissing(refs, unavailable)
    if refs:
        return refs
    return [SchemaRef("rng", HOUSE_RNG, str(HOUSE_RNG)), SchemaRef("sch", HOUSE_SCH,
                                                                   str(HOUSE_SCH))]
