"""Rule contexts that end in a condition on the document rather than on the node.

A rule such as ``tei:*[@ref][exists($unresolved)]`` fires on no node of a document where
``$unresolved`` is empty: its last predicate has the same value at every node (it reads only
variables bound for the whole document or pattern). Such trailing predicates are split off the
context, decided once per document, and the rest of the context can then be selected by
libxml2 (a variable would keep the whole selection in elementpath, node by node).

A predicate is split off only when its value is a boolean by its form (a number would select a
position) and it reads nothing of the node: variables (not ``current()``), literals, and the
functions and operators below, with no path, no ``.`` and no predicate of its own.
"""

from __future__ import annotations

from typing import Any

from elementpath import ElementPathError

from teikit.validate.xpath_text import unquoted

_BOOLEAN_FORMS = frozenset({
    "exists", "empty", "not", "boolean", "true", "false", "and", "or",
    "=", "!=", "<", "<=", ">", ">=", "eq", "ne", "lt", "le", "gt", "ge",
})
_NODE_FREE = _BOOLEAN_FORMS | {"count", "(string)", "(integer)", "(decimal)", "(double)"}


def _reads_no_node(token: Any, current: str) -> bool:
    if token.symbol == "$":
        return token.value != current
    if token.symbol == "(":
        return len(token) == 1 and _reads_no_node(token[0], current)
    return token.symbol in _NODE_FREE and all(_reads_no_node(child, current)
                                              for child in token)


def _is_condition(token: Any, current: str) -> bool:
    while token.symbol == "(" and len(token) == 1:
        token = token[0]
    return token.symbol in _BOOLEAN_FORMS and _reads_no_node(token, current)


def _top_level_predicates(text: str) -> list[tuple[int, int]] | None:
    """The (start, end) of each predicate outside brackets and parentheses; None when the
    pattern has more than one branch."""
    spans, start = [], 0
    for index, char, depth in unquoted(text):
        if depth == 0 and char == "[":
            start = index
        elif depth == 0 and char == "]":
            spans.append((start, index + 1))
        elif depth == 0 and char == "|":
            return None
    return spans


def split_conditions(context: str, parse: Any, current: str) -> tuple[str, list[Any]]:
    """``context`` without its trailing predicates that read no node, and those predicates
    compiled (``parse``), in their order; ``current``: the variable standing for
    ``current()``."""
    text = context.rstrip()
    spans = _top_level_predicates(text) or []
    conditions: list[Any] = []
    while spans and spans[-1][1] == len(text):
        start, end = spans.pop()
        try:
            token = parse(text[start + 1:end - 1])
        except ElementPathError:  # left to the whole context's compilation, which says why
            break
        if not _is_condition(token, current):
            break
        conditions.insert(0, token)
        text = text[:start].rstrip()
    if not text:
        return context, []
    return text, conditions


def hold(conditions: list[Any], context: Any) -> bool:
    """Whether every condition is true, evaluated once on ``context``."""
    return all(token.boolean_value(token.evaluate(context)) for token in conditions)
