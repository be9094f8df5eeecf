"""`[1]` where the document has a note text `[1] …` → a reference to that note."""

from __future__ import annotations

import re

from teikit.model import Intervention, Text
from teikit.rules.base import BracketContext, Match

_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")


class NoteAnchorRule:
    name = "note-anchor"
    kind = "footnote"
    label = "[1] … with a note text [1] …"
    description = "Numbered note markers; the note keeps its place and the marker points to it."
    tei = "ref[@type='noteAnchor'] → note[@place='end']"
    section = "interpretation"

    def apply(self, ctx: BracketContext) -> Match | None:
        found = _NUMBER.match(ctx.inner)
        if found is None or found.group(1) not in ctx.doc.note_markers:
            return None
        node = Intervention("ref", {"type": "noteAnchor", "n": found.group(1)},
                            [Text(ctx.inner)], "footnote-anchor")
        return Match([node])


RULE = NoteAnchorRule()
