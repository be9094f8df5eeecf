"""`Minfar’s [Ministry of the Revolutionary Armed Forces’]`: an expansion or explanation."""

from __future__ import annotations

import re

from teikit.model import Intervention
from teikit.rules.base import TRANSLATOR, BracketContext, Match

_FUNCTION_WORD = re.compile(r"\b(?:of|the|and|for|on|in|to)\b")
_AFTER_WORD = re.compile(r"\w['’]?s?\s*$")


class GlossRule:
    name = "gloss"
    kind = "editorial_note"
    label = "Abbrev. [Expansion of the Abbreviation]"
    description = "Expansions and explanations the translator added after a word."
    tei = "note[@type='editorial'][@place='inline']"
    section = "interpretation"

    def apply(self, ctx: BracketContext) -> Match | None:
        words = ctx.plain.split()
        if (
            len(words) < 3
            or not words[0][:1].isupper()
            or not _FUNCTION_WORD.search(ctx.plain)
            or not _AFTER_WORD.search(ctx.before[-20:])
        ):
            return None
        attrs = {"type": "editorial", "place": "inline", "resp": TRANSLATOR}
        return Match([Intervention("note", attrs, ctx.children(), self.kind)])


RULE = GlossRule()
