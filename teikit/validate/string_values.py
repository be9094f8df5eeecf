"""Correct string values for elementpath on lxml trees.

elementpath 5.1 (`elementpath.etree.etree_iter_strings`) walks `elem.iter()` and yields each
element's tail right after its own text, before the text of its descendants: the string value
of `<a><b><c>y</c></b>z</a>` comes out "zy". Every Schematron test that reads the text of
mixed content (`normalize-space(.)`, `string(.)`, `contains(., …)`) would read words out of
order. Until elementpath walks in document order, its modules are given this walk, which
does; a test (`tests/validate/test_string_values.py`) says when the workaround is no longer
needed. Path results over text nodes (`.//text()`) come out of order too; the house
Schematron reads string values instead.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any


def iter_strings_in_order(elem: Any, normalize: bool = False) -> Iterator[str]:
    """The text nodes under `elem` in document order (`normalize`: strip the first and the
    last, as elementpath does for element-only content)."""
    root = elem.getroot() if hasattr(elem, "getroot") else elem
    if root is None:
        return
    pieces: list[str] = []

    def walk(element: Any) -> None:
        if callable(element.tag):  # comments and processing instructions hold no text
            return
        if element.text is not None:
            pieces.append(element.text)
        for child in element:
            walk(child)
            if child.tail is not None:
                pieces.append(child.tail)

    walk(root)
    if normalize:
        pieces = [piece.strip() for piece in pieces]
    yield from pieces


_XPATH31_FUNCTIONS = "elementpath.xpath31._xpath31_functions"


def install() -> None:
    """Give the walk to the elementpath modules that read string values. The XPath 3.1
    functions are patched only if already loaded: importing them costs 0.1 s (and xmlschema
    with it), which rules in XPath 2 need not pay, and when they are loaded later they import
    the walk from ``elementpath.etree``, patched by then."""
    import elementpath.etree
    import elementpath.xpath_nodes

    modules: list[Any] = [elementpath.etree, elementpath.xpath_nodes]
    if _XPATH31_FUNCTIONS in sys.modules:
        modules.append(sys.modules[_XPATH31_FUNCTIONS])
    for module in modules:
        if hasattr(module, "etree_iter_strings"):
            module.etree_iter_strings = iter_strings_in_order
