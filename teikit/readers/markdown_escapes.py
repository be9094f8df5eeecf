"""Markdown's backslash escapes: a backslash before an ASCII punctuation character makes it that
character as it is (`\\[to put\\]`, `\\*`), as pandoc and other Markdown writers escape every
bracket and asterisk of a text. The escaped characters are the text; the backslashes are
Markdown's, which the lossless check reads past as a Markdown reader does. A backslash right at
a line's end is Markdown's hard line break (as pandoc writes a line break)."""

from __future__ import annotations

import re

PUNCTUATION = r"[!-/:-@\[-`{-~]"
"""The characters a backslash escapes: ASCII punctuation."""
_ESCAPE = re.compile(rf"\\(?={PUNCTUATION})")
# The same but for a star's: the inline reader reads `\*` itself, as no emphasis (Markdown's
# meaning) and as the star of a note (`[Li Kuo Nyn]\*`), so it keeps its backslash there.
_ESCAPE_BUT_A_STAR = re.compile(r"\\(?=[!-)+-/:-@\[-`{-~])")


def kept_runs(text: str, *, stars: bool = True) -> list[tuple[int, int]]:
    """The runs of `text` (start, end) between the backslashes of its escapes (`stars`: a
    star's escape too), in order. The search goes on after each escaped character: in `\\\\[`
    the second backslash is the escaped one, the bracket a bracket."""
    pattern = _ESCAPE if stars else _ESCAPE_BUT_A_STAR
    runs: list[tuple[int, int]] = []
    start = 0
    while (escape := pattern.search(text, start + bool(runs))) is not None:
        runs.append((start, escape.start()))
        start = escape.end()
    runs.append((start, len(text)))
    return runs


def unescape(text: str) -> str:
    """`text` without the backslashes of its escapes."""
    if "\\" not in text:
        return text
    return "".join(text[start:end] for start, end in kept_runs(text))


def ends_in_hard_break(line: str) -> bool:
    """Whether `line` (without its line end) ends with a backslash that is no escaped one (an
    odd run of them): Markdown's hard break."""
    return line.endswith("\\") and (len(line) - len(line.rstrip("\\"))) % 2 == 1
