"""`[SIC, explanation]` → `note[@type='sic']`; `word [sic]` → `sic`."""

from __future__ import annotations

import re

from teikit.model import Text
from teikit.rules.base import TRANSLATOR, BracketContext, Match
from teikit.rules.convention import Convention, Form
from teikit.rules.foreign_runs import mark_foreign_runs

_EXPLAINED = re.compile(r"(?is)^\s*sic\s*[,:;]\s*(?P<rest>\S.*)$")
_BARE = re.compile(r"(?i)^\s*sic\s*!?\s*$")
_LAST_WORD = re.compile(r"(\S+)(\s*)$")

CONVENTION = Convention(
    name="sic",
    syntax="[SIC, explanation]; word [sic]",
    legend="Errors of the original marked by the translator, with the explanation given.",
    tei="note[@type='sic'] | sic",
    section="correction",
    summary="sic",
    forms=(Form("note", "[SIC, {}]", (("type", "sic"),)), Form("sic", "{} [sic]")),
)


class SicRule:
    convention = CONVENTION

    def apply(self, ctx: BracketContext) -> Match | None:
        explained = _EXPLAINED.match(ctx.inner)
        if explained is not None:
            start = explained.start("rest")
            children = mark_foreign_runs(ctx.parse(start, len(ctx.inner)), ctx.doc.foreign_lang)
            template = "[" + ctx.inner[:start] + "{}]"
            node = CONVENTION.node("note", {"type": "sic", "resp": TRANSLATOR}, children,
                                   template)
            return Match([node])
        if _BARE.match(ctx.inner):
            word = _LAST_WORD.search(ctx.before[-160:])
            if word is None or not word.group(1)[-1].isalnum():
                return None
            template = "{}" + word.group(2) + "[" + ctx.inner + "]"
            node = CONVENTION.node("sic", {}, [Text(word.group(1))], template)
            return Match([node], consume_before=len(word.group(0)))
        return None


RULE = SicRule()
