"""`[1]` where the document has a note text `[1] …` → a reference to that note."""

from __future__ import annotations

import re

from teikit.model import Text
from teikit.rules.base import BracketContext, Match
from teikit.rules.convention import Convention, bracketed

_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")

CONVENTION = Convention(
    name="note-anchor",
    syntax="[1] … with a note text [1] …",
    legend="Numbered note markers; the note keeps its place and the marker points to it.",
    tei="ref[@type='noteAnchor'] → note[@place='end']",
    summary=None,  # the note is counted (footnote), not its marker
    forms=(bracketed("ref", (("type", "noteAnchor"),)),),
)


class NoteAnchorRule:
    convention = CONVENTION

    def apply(self, ctx: BracketContext) -> Match | None:
        found = _NUMBER.match(ctx.inner)
        if found is None or found.group(1) not in ctx.doc.note_markers:
            return None
        node = CONVENTION.node("ref", {"type": "noteAnchor", "n": found.group(1)},
                               [Text(ctx.inner)])
        return Match([node])


RULE = NoteAnchorRule()
