"""Reading an XPath expression or match pattern as text, outside its string literals."""

from __future__ import annotations

from collections.abc import Iterator


def unquoted(text: str) -> Iterator[tuple[int, str, int]]:
    """Each character outside string literals, its index, and the depth of brackets and
    parentheses around it (a bracket or parenthesis is at the depth of what holds it)."""
    depth, quote = 0, ""
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
            continue
        if char in "'\"":
            quote = char
            continue
        if char in ")]":
            depth -= 1
        yield index, char, depth
        if char in "([":
            depth += 1


def top_level_branches(text: str) -> list[str]:
    """The branches of a union or match pattern (`a | b[@c = '|']`), stripped."""
    branches, start = [], 0
    for index, char, depth in unquoted(text):
        if char == "|" and depth == 0:
            branches.append(text[start:index])
            start = index + 1
    branches.append(text[start:])
    return [branch.strip() for branch in branches]
