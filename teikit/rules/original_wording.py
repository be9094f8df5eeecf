"""`[narodnye voyska]`: the original wording, left untranslated → `note/foreign`."""

from __future__ import annotations

from teikit.model import Intervention
from teikit.rules.base import TRANSLATOR, BracketContext, Match
from teikit.rules.lexicon import english_share, looks_transliterated


class OriginalWordingRule:
    name = "original-wording"
    kind = "foreign"
    label = "[narodnye voyska]"
    description = "The original wording, given by the translator in transliteration."
    tei = "note[@type='original-wording']/foreign"
    section = "interpretation"

    def apply(self, ctx: BracketContext) -> Match | None:
        text = ctx.plain
        if not text or text[0].isupper() or not any(c.isalpha() for c in text):
            return None
        if english_share(text) >= 0.5 and not looks_transliterated(text):
            return None
        foreign = Intervention("foreign", {"xml:lang": ctx.doc.foreign_lang}, ctx.children(),
                               None)
        attrs = {"type": "original-wording", "place": "inline", "resp": TRANSLATOR}
        return Match([Intervention("note", attrs, [foreign], self.kind)])


RULE = OriginalWordingRule()
