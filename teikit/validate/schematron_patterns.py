"""What a Schematron rule's match pattern selects, read from its text (outside string
literals): its branches as paths, whether libxml2 can select them or the candidates for them,
and the element names of which one must be in a document for the rule to fire."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml import etree

from teikit.validate.one_walk import in_one_walk
from teikit.validate.xpath_text import top_level_branches, unquoted

_NAME_TEST = re.compile(
    r"(?<![\w.:$-])(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)(?![\w.-]*\s*(?:\(|::))")


_SINGLE_STEP = re.compile(r"\s*((?:[A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*)\s*")


def context_expression(pattern: str) -> str:
    """An XSLT match pattern as a path selecting every node it matches."""
    return " | ".join(context_branches(pattern))


def context_branches(pattern: str) -> list[str]:
    """The paths selecting what each branch of a match pattern matches."""
    return [branch if branch.startswith("/") else "//" + branch
            for branch in top_level_branches(pattern)]


def xpath1_selection(expression: str, namespaces: dict[str, str]) -> etree.XPath | None:
    """libxml2's XPath 1 for a rule context when it can read it: selecting context nodes is
    most of the work, and libxml2 does it two orders of magnitude faster than Python."""
    if "$" in expression or "current(" in expression:
        return None
    if any(branch.strip() == "/" for branch in expression.split("|")):
        return None  # lxml cannot return the document node: "/" would select nothing
    try:
        return etree.XPath(in_one_walk(expression, namespaces), namespaces=namespaces)
    except etree.XPathError:
        return None


def single_step(context: str, namespaces: dict[str, str],
                compile_context: Callable[[str], Any]) -> tuple[etree.XPath | None, Any]:
    """For a pattern whose branches are each one step (``NAME[…] | NAME``): every element
    of those names by libxml2, and the pattern as ``self::`` steps deciding for each."""
    branches = [branch.removeprefix("//") for branch in context_branches(context)]
    steps = [_SINGLE_STEP.fullmatch(strip_predicates(branch)) for branch in branches]
    if not all(steps) or any(branch.startswith("/") for branch in branches):
        return None, None
    candidates = xpath1_selection(
        " | ".join("//" + step.group(1) for step in steps if step), namespaces)
    if candidates is None:
        return None, None
    return candidates, compile_context(" | ".join("self::" + b for b in branches))


def strip_predicates(text: str) -> str:
    """``text`` without its predicates and string literals (a ``]`` in a string closes no
    predicate)."""
    kept, depth = [], 0
    for _index, char, _depth in unquoted(text):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def required_names(context: str, namespaces: dict[str, str]) -> frozenset[tuple[str, str]] | None:
    """Element names of which at least one must occur for ``context`` to match anything.

    Outside predicates, a match pattern without ``*``, ``@``, ``node()`` or ``text()`` and not
    rooted at ``/`` only selects elements named in it; if none of those names is in the
    document, the rule cannot fire and its (often Python-speed) selection is skipped.
    None: no such guarantee.
    """
    outside = strip_predicates(context)
    if re.search(r"[*@]|node\(|text\(|comment\(|^\s*/", outside):
        return None
    names = set()
    for prefix, local in _NAME_TEST.findall(outside):
        if prefix and prefix not in namespaces:
            return None
        names.add((namespaces.get(prefix, "") if prefix else "", local))
    return frozenset(names) or None
