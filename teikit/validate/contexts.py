"""Evaluation contexts on the nodes of one document, for the Schematron engine.

Every evaluation needs a context of its own (elementpath moves a context's focus as it goes),
and making one with `XPathContext(root, item=…)` converts the root again, looks the item up
through a chain of type checks and reads the clock: a fifth of the time of the house rules on
a small document. Copying one context made for the document costs a few microseconds.
"""

from __future__ import annotations

import copy
from typing import Any

from elementpath import XPathContext, XPathNode
from lxml import etree


class DocumentContexts:
    """Contexts on the nodes of one document; `root` is its elementpath node tree, built
    once here."""

    def __init__(self, tree: etree._ElementTree) -> None:
        self._document = XPathContext(tree)
        self.root: Any = self._document.root
        self._elements = getattr(self.root, "elements", None)

    def at(self, item: Any, variables: dict[str, Any]) -> XPathContext:
        """A context on `item` (a node of the document, or an lxml element of it) with the
        variables' values, which are XPath items already: passing them to XPathContext
        would convert every item of every sequence again (`$ids` holds every xml:id), once
        per context, quadratic in the size of the document."""
        context = copy.copy(self._document)
        if item is not self.root:
            context.item = self._node(item)
        context.variables = dict(variables)
        return context

    def _node(self, item: Any) -> Any:
        if isinstance(item, XPathNode):
            return item
        if isinstance(item, etree._Element) and self._elements is not None:
            node = self._elements.get(item)
            if node is not None:
                return node
        return self._document.get_context_item(item)
