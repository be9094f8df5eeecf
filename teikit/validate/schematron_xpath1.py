"""Schematron expressions that libxml2 evaluates exactly as elementpath does.

libxml2's compiled XPath 1 is two orders of magnitude faster than elementpath, which runs in
Python. An expression is handed to it only when its elementpath parse stays inside a subset
where XPath 1 and 2 agree on every document: paths of name tests (prefixed, or unprefixed
with no default element namespace), predicates, ``and``/``or``, the string and boolean
functions below, comparisons of nodes and strings, and numbers only where ``count()`` or
``string-length()`` meets an integer. No variables (nor ``current()``, which is one), no
sequences, no arithmetic, no ``name()`` (its prefix comes from the schema in elementpath,
from the document in libxml2): XPath 2 raises type errors there that XPath 1 does not.
"""

from __future__ import annotations

import math
from typing import Any

from lxml import etree

_PATH_SYMBOLS = frozenset({
    "/", "//", "[", ":", "(name)", "*", "@", ".", "..", "text", "node",
    "self", "child", "attribute", "descendant", "descendant-or-self", "parent", "ancestor",
    "ancestor-or-self", "following-sibling", "preceding-sibling", "following", "preceding",
})
_STRING_FUNCTIONS = frozenset({
    "normalize-space", "string", "concat", "substring-before", "substring-after",
    "translate", "local-name",
})
_BOOLEAN_FUNCTIONS = frozenset({"not", "true", "false", "boolean", "starts-with", "contains"})
_NUMBER_FUNCTIONS = frozenset({"count", "string-length"})
_COMPARISONS = frozenset({"=", "!="})
_ORDERINGS = frozenset({"<", "<=", ">", ">="})


_COMPARING = _COMPARISONS | _ORDERINGS
_ALLOWED = (_PATH_SYMBOLS | _STRING_FUNCTIONS | _BOOLEAN_FUNCTIONS | _NUMBER_FUNCTIONS
            | {"and", "or", "|", "(string)"})
"""The other symbols an expression may hold to mean the same in XPath 1."""


def _numeric(token: Any) -> bool:
    return token.symbol == "(integer)" or token.symbol in _NUMBER_FUNCTIONS


def _same_in_xpath1(token: Any, namespaces: dict[str, str]) -> bool:
    symbol = token.symbol
    if symbol == "(name)" and token.label == "name" and "" in namespaces:
        return False  # an unprefixed name would take the default namespace in XPath 2 only
    if symbol in _COMPARING:
        left, right = token[0], token[1]
        numbers = [_numeric(left), _numeric(right)]
        if any(numbers) and not all(numbers):
            return False  # a node compared with a number: FORG0001 in XPath 2 when not one
        if symbol in _ORDERINGS and not all(numbers):
            return False  # strings are ordered in XPath 2, turned into numbers in XPath 1
    elif symbol == "(integer)":
        pass  # checked by the comparison that holds it (a positional predicate is not)
    elif symbol == "(":
        if len(token) != 1:
            return False
    elif symbol not in _ALLOWED:
        return False
    if symbol == "[" and token[1].symbol == "(integer)":
        return False  # a position: XPath 2 and 1 agree, but keep the subset small
    if symbol == "(integer)" or symbol == "(string)":
        return True
    return all(_same_in_xpath1(child, namespaces) for child in token)


def _integers_compared(token: Any) -> bool:
    """Every integer literal is an operand of a comparison with count()/string-length()."""
    if token.symbol in _COMPARING:
        return all(child.symbol == "(integer)" or _integers_compared(child) for child in token)
    if token.symbol == "(integer)":
        return False
    return all(_integers_compared(child) for child in token)


def xpath1(token: Any, text: str, namespaces: dict[str, str]) -> etree.XPath | None:
    """``text`` (parsed by elementpath into ``token``) compiled by libxml2, or None when
    XPath 1 might not give elementpath's answer on some document."""
    if not (_same_in_xpath1(token, namespaces) and _integers_compared(token)):
        return None
    try:
        return etree.XPath(text, namespaces=namespaces)
    except etree.XPathError:
        return None


def effective_boolean(value: Any) -> bool:
    """XPath's boolean() of what lxml returns: a node list, string, number or boolean."""
    if isinstance(value, float):
        return value != 0 and not math.isnan(value)
    return bool(value)


def as_nodes(found: Any, root: Any) -> list[Any] | None:
    """lxml's result of a path as elementpath's nodes of the same document (the very
    objects elementpath's own evaluation returns); None for anything else (text nodes…)."""
    if not isinstance(found, list):
        return None
    nodes = []
    for item in found:
        if isinstance(item, etree._Element):
            node = root.get_element_node(item)
        elif getattr(item, "is_attribute", False):
            owner = root.get_element_node(item.getparent())
            node = next((a for a in owner.attributes if a.name == item.attrname), None)
        else:
            return None
        if node is None:
            return None
        nodes.append(node)
    return nodes
