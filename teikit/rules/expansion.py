"""`CC [Central Committee]`: an abbreviation the translator expanded → `choice(abbr, expan)`."""

from __future__ import annotations

import re

from teikit.model import Intervention, Text
from teikit.rules.base import TRANSLATOR, BracketContext, Match

_ACRONYM = re.compile(r"\b([A-Z]{2,6})(['’]s)?(\s*)$")
_MINOR = frozenset("of the and for on in to a an at by de".split())


def initials(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w’'-]*", text)
                   if w.lower() not in _MINOR).upper()


class ExpansionRule:
    name = "expansion"
    kind = "editorial_note"
    label = "CC [Central Committee]"
    description = "Abbreviations the translator expanded."
    tei = "choice(abbr, expan)"
    section = "normalization"

    def apply(self, ctx: BracketContext) -> Match | None:
        found = _ACRONYM.search(ctx.before[-160:])
        if found is None or found.group(2) or initials(ctx.plain) != found.group(1):
            return None
        abbr = Intervention("abbr", {}, [Text(found.group(1) + found.group(3))], None)
        expan = Intervention("expan", {"resp": TRANSLATOR}, ctx.children(), None)
        return Match([Intervention("choice", {}, [abbr, expan], "expansion")],
                     consume_before=len(found.group(0)))


RULE = ExpansionRule()
