"""XSLT keys for Schematron's xslt/xslt2 bindings: ``<xsl:key name match use>`` in the schema
and ``key(name, value)`` in its expressions.

A key is indexed once per document, so ``key('ids', @ref)`` is a dictionary lookup where the
equivalent path (``//*[@xml:id = current()/@ref]``) or string search over all ids would
walk the document, or a string as long as all its ids, once per node.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from elementpath import XPathNode
from lxml import etree

from teikit.validate.contexts import DocumentContexts

XSL_NS = "http://www.w3.org/1999/XSL/Transform"


@dataclass
class Key:
    """An xsl:key of a Schematron schema, compiled."""

    match: Any  # compiled selection of every node the pattern matches
    fast_match: etree.XPath | None  # the same through libxml2, when XPath 1 can say it
    use: Any  # compiled; evaluated on each matched node
    # `use` through libxml2, when XPath 1 reads it alike: each matched element's values
    # (its xml:id…) at C speed, where elementpath takes tens of microseconds an element.
    fast_use: etree.XPath | None = None


@dataclass
class Keys:
    """The declared keys and, while a document is checked, their index for it: the index of
    the document the calling thread checks (a compiled schema may check two documents at
    once, in two threads of a program or of a Dask worker)."""

    declared: dict[str, Key] = field(default_factory=dict)
    _checking: threading.local = field(default_factory=threading.local, repr=False,
                                       compare=False)

    @property
    def index(self) -> dict[str, dict[str, list[Any]]] | None:
        return getattr(self._checking, "index", None)

    def build(self, tree: etree._ElementTree, contexts: DocumentContexts,
              variables: dict[str, Any]) -> None:
        index: dict[str, dict[str, list[Any]]] = {}
        for name, key in self.declared.items():
            values: dict[str, list[Any]] = {}
            for node in self._matched(key, tree, contexts, variables):
                for text in _use_values(key, node, contexts, variables):
                    values.setdefault(text, []).append(node)
            index[name] = values
        self._checking.index = index

    @staticmethod
    def _matched(key: Key, tree: etree._ElementTree, contexts: DocumentContexts,
                 variables: dict[str, Any]) -> list[Any]:
        if key.fast_match is not None:
            found = key.fast_match(tree)
            if isinstance(found, list) and all(isinstance(n, etree._Element) for n in found):
                return [contexts.root.get_element_node(n) for n in found]
        return list(key.match.select(contexts.at(contexts.root, variables)))

    def lookup(self, name: str, value: Any) -> list[Any]:
        index = self.index
        if index is None or name not in index:
            from teikit.validate.errors import SchematronError

            raise SchematronError(f"key({name!r}): no xsl:key of that name in the schema")
        found: dict[int, Any] = {}
        for item in _items(value):
            for node in index[name].get(_text(item), []):
                found[id(node)] = node
        # key() returns nodes in document order, each once
        return sorted(found.values(), key=lambda node: node.position)


def _use_values(key: Key, node: Any, contexts: DocumentContexts,
                variables: dict[str, Any]) -> list[str]:
    """The key values of a matched node: its `use` as strings."""
    element = getattr(node, "value", None)
    if key.fast_use is not None and isinstance(element, etree._Element):
        found = key.fast_use(element)
        # Strings (attribute values, text) only: libxml2's numbers and elements would read
        # otherwise than elementpath's (1.0 for 1, an element's text).
        if isinstance(found, list) and all(isinstance(item, str) for item in found):
            return [str(item) for item in found]
    return [_text(value) for value in _items(key.use.evaluate(contexts.at(node, variables)))]


def _items(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _text(value: Any) -> str:
    return value.string_value if isinstance(value, XPathNode) else str(value)
