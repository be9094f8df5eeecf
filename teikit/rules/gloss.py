"""`Minfar’s [Ministry of the Revolutionary Armed Forces’]`: an expansion or explanation."""

from __future__ import annotations

import re

from teikit.rules.base import BracketContext, Match
from teikit.rules.convention import Convention
from teikit.rules.editorial_note import REMARK_ATTRS, REMARK_FORM

_FUNCTION_WORD = re.compile(r"\b(?:of|the|and|for|on|in|to)\b")
_AFTER_WORD = re.compile(r"\w['’]?s?\s*$")


CONVENTION = Convention(
    name="gloss",
    syntax="Abbrev. [Expansion of the Abbreviation]",
    legend="Expansions and explanations the translator added after a word.",
    tei="note[@type='editorial'][@place='inline']",
    summary="editorial_note",
    forms=(REMARK_FORM,),
)


class GlossRule:
    convention = CONVENTION

    def apply(self, ctx: BracketContext) -> Match | None:
        words = ctx.plain.split()
        if (
            len(words) < 3
            or not words[0][:1].isupper()
            or not _FUNCTION_WORD.search(ctx.plain)
            or not _AFTER_WORD.search(ctx.before[-20:])
        ):
            return None
        return Match([CONVENTION.node("note", dict(REMARK_ATTRS), ctx.children())])


RULE = GlossRule()
