"""`[narodnye voyska]`: the original wording, left untranslated → `note/foreign`."""

from __future__ import annotations

from teikit.conventions import Convention, bracketed
from teikit.model import Intervention
from teikit.rules.base import TRANSLATOR, BracketContext, Match, Rule
from teikit.rules.lexicon import english_made, looks_transliterated

_FORM = bracketed("note", (("type", "original-wording"), ("place", "inline")))
CONVENTION = Convention("original-wording", "[narodnye voyska]",
                        "note[@type='original-wording']/foreign",
                        "The original wording, given by the translator in transliteration.",
                        summary="foreign", forms=(_FORM,))


def _read(ctx: BracketContext) -> Match | None:
    text = ctx.plain
    if not text or text[0].isupper() or not any(c.isalpha() for c in text):
        return None
    words = ctx.doc.words
    if words.english_share(text) >= 0.5 and not looks_transliterated(text):
        return None
    if english_made(text, words.is_english):
        return None
    foreign = Intervention("foreign", {"xml:lang": ctx.doc.foreign_lang}, ctx.children())
    attrs = {"type": "original-wording", "place": "inline", "resp": TRANSLATOR}
    return Match([CONVENTION.node("note", attrs, [foreign])])


RULE = Rule(CONVENTION, _read)
