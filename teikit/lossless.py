"""The lossless check: the TEI must give the source back, modulo white space.

Both sides are compared after removing white space and Markdown backslash escapes (`\\*` is
`*`); everything else, heading markers included, must come back.
"""

from __future__ import annotations

import re

from teikit.errors import Location, LosslessError

# A backslash escape; the escaped character may come after white space in the regenerated
# text, where a block boundary can fall between the two.
_ESCAPE = re.compile(r"\\(?=\s*[!-/:-@\[-`{-~])")
# Everything the comparison ignores on the source side, as one pattern.
_IGNORED_IN_SOURCE = re.compile(f"{_ESCAPE.pattern}|\\s+")


def _source_form(text: str) -> str:
    return _IGNORED_IN_SOURCE.sub("", text)


def _regenerated_form(text: str) -> str:
    return _IGNORED_IN_SOURCE.sub("", text)


def _source_position(text: str, kept: int) -> int:
    """The index in `text` of its `kept`-th character that the comparison keeps."""
    cursor = count = 0
    for ignored in _IGNORED_IN_SOURCE.finditer(text):
        span = ignored.start() - cursor
        if count + span > kept:
            return cursor + (kept - count)
        count += span
        cursor = ignored.end()
    return cursor + (kept - count)


def check_lossless(source_body: str, regenerated: str, *, path: str, body_offset: int,
                   full_text: str) -> None:
    want = _source_form(source_body)
    got = _regenerated_form(regenerated)
    if want == got:
        return
    index = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b),
                 min(len(want), len(got)))
    offset = body_offset + min(_source_position(source_body, index), len(source_body))
    line = full_text.count("\n", 0, offset) + 1
    column = offset - (full_text.rfind("\n", 0, offset) + 1) + 1
    expected = want[index : index + 30] or "(end of text)"
    got_text = got[index : index + 30] or "(end of text)"
    raise LosslessError(
        f"the TEI does not give the source back: expected {expected!r}, got {got_text!r} "
        "(white space ignored)",
        Location(path, line, column),
    )
