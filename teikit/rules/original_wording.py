"""`[narodnye voyska]`: the original wording, left untranslated → `note/foreign`."""

from __future__ import annotations

from teikit.model import Intervention
from teikit.rules.base import TRANSLATOR, BracketContext, Match
from teikit.rules.convention import Convention, bracketed
from teikit.rules.lexicon import english_share, looks_transliterated

CONVENTION = Convention(
    name="original-wording",
    syntax="[narodnye voyska]",
    legend="The original wording, given by the translator in transliteration.",
    tei="note[@type='original-wording']/foreign",
    summary="foreign",
    forms=(bracketed("note", (("type", "original-wording"), ("place", "inline"))),),
)


class OriginalWordingRule:
    convention = CONVENTION

    def apply(self, ctx: BracketContext) -> Match | None:
        text = ctx.plain
        if not text or text[0].isupper() or not any(c.isalpha() for c in text):
            return None
        if english_share(text) >= 0.5 and not looks_transliterated(text):
            return None
        foreign = Intervention("foreign", {"xml:lang": ctx.doc.foreign_lang}, ctx.children(),
                               None)
        attrs = {"type": "original-wording", "place": "inline", "resp": TRANSLATOR}
        return Match([CONVENTION.node("note", attrs, [foreign])])


RULE = OriginalWordingRule()
