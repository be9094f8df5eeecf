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


# str.isspace() characters. Deleting them with str.translate builds one new string, where a
# regex substitution would first build a list with a piece per word (20 MB for a 2 MB text).
_WHITESPACE = dict.fromkeys(map(ord, "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
                                     "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                                     "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"))


def _compared_form(text: str) -> str:
    if "\\" in text:
        text = _ESCAPE.sub("", text)
    return text.translate(_WHITESPACE)


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
    want = _compared_form(source_body)
    got = _compared_form(regenerated)
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
