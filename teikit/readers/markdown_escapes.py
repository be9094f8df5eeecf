"""Markdown's backslash escapes: a backslash before an ASCII punctuation character makes it that
character as it is (`\\[to put\\]`, `\\*`), as pandoc and other Markdown writers escape every
bracket and asterisk of a text. The escaped characters are the text; the backslashes are
Markdown's, which the lossless check reads past as a Markdown reader does."""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


def escapes(text: str) -> list[int]:
    """Where in `text` the backslashes of its escapes stand. The search goes on after each
    escaped character: in `\\\\[` the second backslash is the escaped one, the bracket a
    bracket."""
    found: list[int] = []
    position = 0
    while (escape := _ESCAPE.search(text, position)) is not None:
        found.append(escape.start())
        position = escape.end() + 1
    return found


def unescape(text: str) -> str:
    """`text` without the backslashes of its escapes."""
    if "\\" not in text:
        return text
    cuts = escapes(text)
    return "".join(text[start + 1 if index else 0 : end] for index, (start, end) in
                   enumerate(zip([-1, *cuts], [*cuts, len(text)], strict=True)))
