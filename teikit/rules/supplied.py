"""`[to put]`, `[the]`, `v[i]`: words the translator supplied → `supplied[@reason='omitted']`."""

from __future__ import annotations

from teikit.model import Intervention
from teikit.rules.base import TRANSLATOR, BracketContext, Match
from teikit.rules.lexicon import english_share


class SuppliedRule:
    name = "supplied"
    kind = "supplied"
    label = "[to put], [the]"
    description = "Words the translator supplied for sense."
    tei = "supplied[@reason='omitted']"
    section = "interpretation"

    def apply(self, ctx: BracketContext) -> Match | None:
        text = ctx.plain
        inside_word = ctx.before[-1:].isalpha() or ctx.after[:1].isalpha()
        if not text or not (inside_word or english_share(text) >= 0.5):
            return None
        if not inside_word and any(c.isdigit() or c in "/=+<>" for c in text):
            return None  # figures and codes are not words a translator supplies
        attrs = {"reason": "omitted", "resp": TRANSLATOR}
        return Match([Intervention("supplied", attrs, ctx.children(), self.kind)])


RULE = SuppliedRule()
