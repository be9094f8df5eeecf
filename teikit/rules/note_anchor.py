"""`[1]` where the document has a note text `[1] …` → a reference to that note."""

from __future__ import annotations

import re

from teikit.conventions import Convention, bracketed
from teikit.model import Text
from teikit.rules.base import BracketContext, Match, Rule

# The note is counted (footnote), not its marker.
CONVENTION = Convention(
    "note-anchor", "[1] … with a note text [1] …", "ref[@type='noteAnchor'] → note[@place='end']",
    "Numbered note markers; the note keeps its place and the marker points to it.",
    forms=(bracketed("ref", (("type", "noteAnchor"),)),),
)
_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")


def _read(ctx: BracketContext) -> Match | None:
    found = _NUMBER.match(ctx.inner)
    if found is None or found.group(1) not in ctx.doc.note_markers:
        return None
    attrs = {"type": "noteAnchor", "n": found.group(1)}
    return Match([CONVENTION.node("ref", attrs, [Text(ctx.inner)])])


RULE = Rule(CONVENTION, _read)
