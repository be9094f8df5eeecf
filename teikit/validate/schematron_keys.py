"""XSLT keys for Schematron's xslt/xslt2 bindings: ``<xsl:key name match use>`` in the schema
and ``key(name, value)`` in its expressions.

A key is indexed once per document, so ``key('ids', @ref)`` is a dictionary lookup where the
equivalent path (``//*[@xml:id = current()/@ref]``) or string search over all ids would
walk the document, or a string as long as all its ids, once per node.
"""

from __future__ import annotations

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


@dataclass
class Keys:
    """The declared keys and, while a document is checked, their index for it."""

    declared: dict[str, Key] = field(default_factory=dict)
    index: dict[str, dict[str, list[Any]]] | None = None

    def build(self, tree: etree._ElementTree, contexts: DocumentContexts,
              variables: dict[str, Any]) -> None:
        self.index = {}
        for name, key in self.declared.items():
            values: dict[str, list[Any]] = {}
            for node in self._matched(key, tree, contexts, variables):
                for value in _items(key.use.evaluate(contexts.at(node, variables))):
                    values.setdefault(_text(value), []).append(node)
            self.index[name] = values

    @staticmethod
    def _matched(key: Key, tree: etree._ElementTree, contexts: DocumentContexts,
                 variables: dict[str, Any]) -> list[Any]:
        if key.fast_match is not None:
            found = key.fast_match(tree)
            if isinstance(found, list) and all(isinstance(n, etree._Element) for n in found):
                return [contexts.root.get_element_node(n) for n in found]
        return list(key.match.select(contexts.at(contexts.root, variables)))

    def lookup(self, name: str, value: Any) -> list[Any]:
        if self.index is None or name not in self.index:
            from teikit.validate.errors import SchematronError

            raise SchematronError(f"key({name!r}): no xsl:key of that name in the schema")
        found: dict[int, Any] = {}
        for item in _items(value):
            for node in self.index[name].get(_text(item), []):
                found[id(node)] = node
        # key() returns nodes in document order, each once
        return sorted(found.values(), key=lambda node: node.position)


def _items(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _text(value: Any) -> str:
    return value.string_value if isinstance(value, XPathNode) else str(value)
