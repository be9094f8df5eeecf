"""The local schema files a TEI source is validated against, and the files they include.

A TEI file published as it is names its schemas in `<?xml-model?>` instructions; a project's
own schema is often a file beside it (`href="project.rng"`), which may include others. They
are inputs of the document's verdict as much as the document is: an edit of one must have
the document validated again, as an edit of the document does. A schema named by URL counts
when the catalog resolves it to a registered copy (`teikit schemas add FILE --as URL`, whose
path names its content: registering another version changes it); teikit's own schemas change
with teikit, which the toolkit's fingerprint answers for.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from teikit.xml import RESOURCE, xml_model_instructions

if TYPE_CHECKING:
    from teikit.validate.catalog import Catalog

# Where each schema language names the files a schema reads: (namespace, element, attribute).
_INCLUDES = (
    ("http://relaxng.org/ns/structure/1.0", "include", "href"),
    ("http://relaxng.org/ns/structure/1.0", "externalRef", "href"),
    ("http://purl.oclc.org/dsdl/schematron", "include", "href"),
    ("http://www.ascc.net/xml/schematron", "include", "href"),
    ("http://www.w3.org/2001/XMLSchema", "include", "schemaLocation"),
    ("http://www.w3.org/2001/XMLSchema", "import", "schemaLocation"),
    ("http://www.w3.org/2001/XMLSchema", "redefine", "schemaLocation"),
    ("http://www.w3.org/2001/XMLSchema", "override", "schemaLocation"),
)
_INCLUDE_TAGS = {f"{{{namespace}}}{name}": attribute for namespace, name, attribute in _INCLUDES}


class SchemaInputs:
    """The local schema files of each TEI source of one scan; each schema file is read once
    for the files it includes, however many documents name it."""

    def __init__(self, catalog: Catalog | None = None) -> None:
        self._read: dict[Path, tuple[Path, ...]] = {}
        self._catalog = catalog
        # The documents of a collection mostly begin alike: a prolog is read for its
        # instructions once per folder.
        self._prologs: dict[tuple[bytes, Path], tuple[Path, ...]] = {}

    def of_document(self, document: Path) -> tuple[Path, ...]:
        """The local schemas `document` names and those they include, in a fixed order."""
        prolog = _read_prolog(document)
        key = (prolog, document.parent) if prolog is not None else None
        if key is not None and key in self._prologs:
            return self._prologs[key]
        found: dict[Path, None] = {}
        for href in _xml_model_hrefs(document, prolog):
            schema = _local_file(href, document) or self._registered_copy(href)
            if schema is not None:
                self._add(schema, found)
        if key is not None:
            self._prologs[key] = tuple(found)
        return tuple(found)

    def _registered_copy(self, url: str) -> Path | None:
        """The registered copy a schema URL resolves to; None for teikit's own schemas, an
        unknown URL, or a local path."""
        if urllib.parse.urlparse(url).scheme not in ("http", "https", "urn"):
            return None
        from teikit.validate.catalog import Catalog, CatalogError

        catalog = self._catalog = self._catalog or Catalog()
        try:
            resolved = catalog.resolve(url)
        except CatalogError:
            return None  # a copy missing or changed: the document's validation says so
        if resolved is None or resolved in catalog.built_in().values():
            return None
        return resolved

    def _add(self, schema: Path, found: dict[Path, None]) -> None:
        if schema in found:
            return
        found[schema] = None
        for included in self._includes(schema):
            self._add(included, found)

    def _includes(self, schema: Path) -> tuple[Path, ...]:
        if schema not in self._read:
            self._read[schema] = tuple(_included_files(schema))
        return self._read[schema]


# A document's instructions stand before its root element: its first bytes hold them (a
# prolog is most often a few hundred bytes; one with a long comment may take more).
_PROLOG_FIRST, _PROLOG_LIMIT = 4 * 1024, 64 * 1024
_UTF16 = (b"\xff\xfe", b"\xfe\xff")


def _read_prolog(document: Path) -> bytes | None:
    """The document's bytes before its root element, or None when its first bytes do not
    hold them (a long prolog, UTF-16) or it cannot be read."""
    try:
        with document.open("rb") as file:
            head = file.read(_PROLOG_FIRST)
            prolog = _prolog(head)
            if prolog is None and len(head) == _PROLOG_FIRST:
                prolog = _prolog(head + file.read(_PROLOG_LIMIT - _PROLOG_FIRST))
    except OSError:
        return None
    return prolog


def _xml_model_hrefs(document: Path, prolog: bytes | None) -> list[str]:
    """The `href`s of the document's xml-model instructions, from its prolog alone when it
    was read (a scan of 2,000 documents parsed whole took a second)."""
    try:
        if prolog is None:
            tree = etree.parse(str(document), RESOURCE)
        else:
            tree = etree.ElementTree(etree.fromstring(prolog + b"<root/>", RESOURCE))
    except (etree.XMLSyntaxError, OSError):
        return []  # the document's own validation reports it
    return [href for href, _ in xml_model_instructions(tree)]


def _prolog(head: bytes) -> bytes | None:
    """The bytes before the root element's start (after the comments, instructions and
    document type declaration before it), or None if `head` does not reach it or is not in
    an encoding whose markup is ASCII."""
    if head.startswith(_UTF16):
        return None
    at = 0
    while True:
        start = head.find(b"<", at)
        if start < 0 or start + 1 >= len(head):
            return None
        if head.startswith(b"<!--", start):
            end = head.find(b"-->", start + 4)
            at = end + 3
        elif head.startswith(b"<?", start):
            end = head.find(b"?>", start + 2)
            at = end + 2
        elif head.startswith(b"<!", start):  # the document type, with its internal subset
            bracket, close = head.find(b"[", start), head.find(b">", start)
            if 0 <= bracket < close:
                close = head.find(b">", head.find(b"]", bracket))
            end = close
            at = end + 1
        else:
            return head[:start]
        if end < 0:
            return None


def _included_files(schema: Path) -> list[Path]:
    try:
        root = etree.parse(str(schema), RESOURCE).getroot()
    except (etree.XMLSyntaxError, OSError):
        return []  # not XML (a compact grammar), or unreadable: validating reports it
    files = []
    for element in root.iter(*_INCLUDE_TAGS):
        location = element.get(_INCLUDE_TAGS[element.tag])
        included = _local_file(location, schema) if location else None
        if included is not None:
            files.append(included)
    return files


def _local_file(location: str, base: Path) -> Path | None:
    """The existing local file `location` names from `base`'s folder (None for a URL)."""
    parsed = urllib.parse.urlparse(location)
    if parsed.scheme == "file":
        path = Path(urllib.parse.unquote(parsed.path))
    elif parsed.scheme and len(parsed.scheme) > 1:  # http(s), urn…; one letter: a drive
        return None
    else:
        path = Path(location)
    path = path if path.is_absolute() else base.parent / path
    return path if path.is_file() else None
