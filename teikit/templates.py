"""Marker templates: how `@rend` records the source's own markers around an element's content.

`[Handwritten:] {}` says: the source printed `[Handwritten:] ` before the content. `{}` is the
one placeholder; a brace that the source itself printed is doubled (`{{`, `}}`), as in Python's
format strings, so that a literal `{}` inside a bracket can never be taken for the placeholder.
Templates without literal braces, which is nearly all of them, read exactly as before.
"""

from __future__ import annotations

PLACEHOLDER = "{}"


def literal(text: str) -> str:
    """`text` as the literal part of a template (its braces doubled)."""
    return text.replace("{", "{{").replace("}", "}}")


def template(before: str, after: str = "") -> str:
    """The template of a marker printed as `before` + content + `after`."""
    return literal(before) + PLACEHOLDER + literal(after)


def split(value: str) -> tuple[str, bool, str]:
    """(the text before the placeholder, whether there is one, the text after it), with the
    doubled braces read back as single ones."""
    if "{{" not in value and "}}" not in value:
        before, found, after = value.partition(PLACEHOLDER)
        return before, bool(found), after
    parts: list[list[str]] = [[]]
    index = 0
    while index < len(value):
        pair = value[index : index + 2]
        if pair in ("{{", "}}"):
            parts[-1].append(pair[0])
            index += 2
        elif pair == PLACEHOLDER and len(parts) == 1:
            parts.append([])
            index += 2
        else:
            parts[-1].append(value[index])
            index += 1
    return "".join(parts[0]), len(parts) == 2, "".join(parts[1]) if len(parts) == 2 else ""
