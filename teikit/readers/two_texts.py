"""A body that may hold the original beside its translation, read as two texts by any reader.

The page export's reader and the Word reader cut the body the same way
(`teikit.readers.original_text.split_original`) and hand each part to their own way of reading
units (the Word reader's puts the file's formatting back on the nodes); the original is then
held by the translation's body (`Body.original`), with both texts' messages and line roles.
"""

from __future__ import annotations

from collections.abc import Callable

from teikit.model import Original
from teikit.readers.original_text import split_original
from teikit.readers.structure import LineRoles
from teikit.readers.transcription import ReadResult
from teikit.readers.units import Unit

ReadText = Callable[[list[Unit], str | None], ReadResult]
"""Reads units into a body; the second argument is the language the text is known to be in
when it is an original (None for the translation, or for a body that is one text)."""


def read_with_original(units: list[Unit], original_language: str | None,
                       read: ReadText) -> ReadResult:
    """The body read by `read`; when one end of it is the original in its own script, each
    text read on its own and the original held by the translation's body."""
    split = split_original(units, original_language)
    if split is None:
        return read(units, None)
    original = read(split.original, split.language)
    result = read(split.translation, None)
    result.body.original = Original(original.body, split.language, split.first)
    result.diagnostics = sorted([*original.diagnostics, *result.diagnostics],
                                key=lambda found: (found.location and found.location.line) or 0)
    result.doc.hands.update(original.doc.hands)
    roles = LineRoles()
    for role in (*original.line_roles, *result.line_roles):
        roles.append(role)
    roles.sort_by_line()
    result.line_roles = roles
    return result
