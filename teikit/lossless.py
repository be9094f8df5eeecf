"""The lossless check: the TEI must give the source body back, modulo white space.

Both sides are compared after removing white space, Markdown backslash escapes (`\\*` is `*`)
and ATX heading markers, which are Markdown syntax rather than the document's text.
"""

from __future__ import annotations

import re

from teikit.errors import Location, LosslessError

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_HEADING = re.compile(r"(?m)^[ \t]{0,3}#{1,6}(?=[ \t]|$)|[ \t]+#+[ \t]*$")


def _normalised(text: str, strip_headings: bool) -> tuple[str, list[int]]:
    removed = [False] * len(text)
    if strip_headings:
        for found in _HEADING.finditer(text):
            for index in range(found.start(), found.end()):
                removed[index] = True
    for found in _ESCAPE.finditer(text):
        removed[found.start()] = True
    chars: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        if removed[index] or char.isspace():
            continue
        chars.append(char)
        positions.append(index)
    return "".join(chars), positions


def check_lossless(source_body: str, regenerated: str, *, path: str, body_offset: int,
                   full_text: str) -> None:
    want, want_positions = _normalised(source_body, strip_headings=True)
    got, _ = _normalised(regenerated, strip_headings=False)
    if want == got:
        return
    index = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b),
                 min(len(want), len(got)))
    offset = body_offset + (want_positions[index] if index < len(want_positions)
                            else len(source_body))
    line = full_text.count("\n", 0, offset) + 1
    column = offset - (full_text.rfind("\n", 0, offset) + 1) + 1
    expected = want[index : index + 30] or "(end of text)"
    got_text = got[index : index + 30] or "(end of text)"
    raise LosslessError(
        f"the TEI does not give the source back: expected {expected!r}, got {got_text!r} "
        "(white space ignored)",
        Location(path, line, column),
    )
