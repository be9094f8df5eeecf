"""XSD through libxml2 (fast); ``xmlschema`` only on request, imported lazily, for XSD 1.1."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from teikit.validate.report import Message
from teikit.validate.schema_cache import SchemaCache
from teikit.validate.source import SourceText
from teikit.xml import RESOURCE

ENGINE = "xsd"


def compiled_xsd(cache: SchemaCache, path: Path) -> etree.XMLSchema:
    def build() -> etree.XMLSchema:
        return etree.XMLSchema(etree.parse(str(path), RESOURCE))

    return cache.remember(("xsd", cache.digest(path)), build, keep=True)


def _plain(text: str) -> str:
    text = re.sub(r"\{[^}]*\}", "", text)  # Clark names are noise to an editor
    text = text.replace("This element is not expected.", "it is not allowed here.")
    return text[:1].lower() + text[1:]


def validate_xsd(cache: SchemaCache, path: Path, tree: etree._ElementTree,
                 source: SourceText) -> list[Message]:
    if _is_xsd11(path):
        return validate_xsd11(path, tree)
    schema = compiled_xsd(cache, path)
    if schema.validate(tree):
        return []
    messages = []
    for entry in schema.error_log:
        node = tree.xpath(entry.path)[0] if entry.path else None
        line, column = (source.element_column(node) if isinstance(node, etree._Element)
                        else (entry.line or None, None))
        rule = entry.type_name.removeprefix("SCHEMAV_").lower()
        messages.append(Message("error", line, column, _plain(entry.message), ENGINE, rule))
    return messages


def _is_xsd11(path: Path) -> bool:
    head = path.read_bytes()[:4096]
    return b"vc:minVersion=\"1.1\"" in head or b"xs:assert" in path.read_bytes()


def validate_xsd11(path: Path, tree: etree._ElementTree) -> list[Message]:
    import xmlschema  # lazily: 0.4 s to import, seconds to load large schemas

    schema = xmlschema.XMLSchema11(str(path))
    messages = []
    for error in schema.iter_errors(tree):
        element = getattr(error, "elem", None)
        line = element.sourceline if isinstance(element, etree._Element) else None
        text = f"{error.reason or error.message}" + (f" (at {error.path})" if error.path else "")
        messages.append(Message("error", line, None, text, ENGINE, "xsd11"))
    return messages
