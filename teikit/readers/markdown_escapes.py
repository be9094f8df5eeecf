"""Markdown's backslash escapes: a backslash before an ASCII punctuation character makes it that
character as it is (`\\[to put\\]`, `\\*`), as pandoc and other Markdown writers escape every
bracket and asterisk of a text. The escaped characters are the text; the backslashes are
Markdown's, which the lossless check reads past as a Markdown reader does."""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
# The same but for a star's: the inline reader reads `\*` itself, as no emphasis (Markdown's
# meaning) and as the star of a note (`[Li Kuo Nyn]\*`), so it keeps its backslash there.
_ESCAPE_BUT_A_STAR = re.compile(r"\\(?=[!-)+-/:-@\[-`{-~])")


def escapes(text: str, *, stars: bool = True) -> list[int]:
    """Where in `text` the backslashes of its escapes stand (`stars`: a star's escape too).
    The search goes on after each escaped character: in `\\\\[` the second backslash is the
    escaped one, the bracket a bracket."""
    pattern = _ESCAPE if stars else _ESCAPE_BUT_A_STAR
    found: list[int] = []
    position = 0
    while (escape := pattern.search(text, position)) is not None:
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
