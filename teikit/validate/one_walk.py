"""Root paths that select elements in one walk of the document, for libxml2.

libxml2 (2.14) merges node sets in time that grows with the product of their sizes: the union
of `//tei:supplied | //tei:reg`, or `//tei:*[@resp]`, on a document of 24,000 such elements
in one paragraph took 7–22 s where one walk takes 0.03 s. A path made only of branches
`//NAME[…]`, each one step whose predicates are tests of the element alone, is read here as
`/descendant::*[self::NAME[…] or …]`: the same elements, in document order, each once.
"""

from __future__ import annotations

import re
from typing import Any

from elementpath import XPath2Parser
from elementpath.exceptions import ElementPathError

from teikit.validate.xpath_text import top_level_branches

# Predicates whose value is a truth value, never a number (which would be a position): the
# symbols of their outermost operator or function, as elementpath parses them.
BOOLEAN_PREDICATES = frozenset({
    "=", "!=", "<", "<=", ">", ">=", "eq", "ne", "lt", "le", "gt", "ge", "and", "or", "not",
    "exists", "empty", "starts-with", "ends-with", "contains", "matches", "boolean", "true",
    "false", "castable", "instance", "@", ":", "(name)", "/", "child", "self", "attribute",
})

_ELEMENT_TEST = re.compile(r"(?:[A-Za-z_][\w.-]*:)?(?:[A-Za-z_][\w.-]*|\*)|\*")
_POSITIONAL = re.compile(r"\b(?:position|last)\s*\(")


def in_one_walk(expression: str, namespaces: dict[str, str]) -> str:
    """`expression` as one walk when each of its branches is `//NAME[…]` (one step, its
    predicates tests of the element alone); else `expression` as it is."""
    steps = []
    for branch in top_level_branches(expression):
        if not branch.startswith("//"):
            return expression
        step = branch[2:]
        name, _, _ = step.partition("[")
        if not _ELEMENT_TEST.fullmatch(name.strip()) or not _tests_of_the_element(
                step, namespaces):
            return expression
        steps.append("self::" + step)
    if len(steps) == 1 and "[" not in steps[0]:
        return expression  # `//NAME` alone: libxml2 walks once for it
    return f"/descendant::*[{' or '.join(steps)}]"


def _tests_of_the_element(step: str, namespaces: dict[str, str]) -> bool:
    """Whether `step` (`NAME[…]…`) is one step whose predicates each give a truth value
    that does not depend on the element's position."""
    if "[" not in step:
        return True
    if "$" in step or "current(" in step or _POSITIONAL.search(step):
        return False
    try:
        token = XPath2Parser(namespaces=namespaces).parse("self::" + step)
    except ElementPathError:
        return False
    predicated = unpredicated(token)
    return predicated is not None and predicated.symbol == "self"  # not a second step's "/"


def unpredicated(token: Any) -> Any | None:
    """The step a parsed `step[…][…]` applies its predicates to, when each predicate gives a
    truth value (`BOOLEAN_PREDICATES`); None when one may give a number."""
    while token.symbol == "[":
        if token[1].symbol not in BOOLEAN_PREDICATES:
            return None
        token = token[0]
    return token
