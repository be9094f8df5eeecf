"""`[illegible: Kim?]`, `[illegible, possibly Kim]`, `[unclear; probably 14]`: the translator
could not read the words well and gives a tentative reading → `unclear[@reason='illegible']`
holding the reading, the label and any `?` kept in `@rend` (a gap would say nothing was read;
an editorial note would lose that the words are the text's)."""

from __future__ import annotations

import re

from teikit import templates
from teikit.conventions import Convention, Form
from teikit.rules.base import BracketContext, Match, Rule

CONVENTION = Convention(
    "tentative-reading", "[illegible: Kim?], [illegible, possibly Kim]",
    "unclear[@reason='illegible']",
    "Words the translator read only tentatively where the original is hard to read.",
    summary="uncertain_reading",
    forms=(Form("unclear", "[illegible: {}]", (("reason", "illegible"),)),),
)
# The label, then a colon, semicolon or dash, or a word of doubt (or both), then the reading
# and any `?`:
# without either, `[illegible signature]` says what was not read (`illegible`'s).
_TENTATIVE = re.compile(
    r"(?i)^(?P<label>\s*(?:illegible|illeg\.|unclear|indistinct|faint)"
    r"(?:\s*[:;–—-]\s*(?:(?:possibly|probably|perhaps|maybe|apparently)\b[:,]?\s*)?"
    # (after a comma only with its word of doubt: `[illegible, one letter or number]` says
    # what could not be read)
    r"|,?\s+(?:possibly|probably|perhaps|maybe|apparently)\b[:,]?\s*))"
    r"(?P<reading>[^\s?][^?]*?)(?P<mark>\s*\?)?\s*$")
# What a mark says could not be read, no reading of it (`[illegible: signature]`,
# `[illegible: Kim Il Sung's signature]`, `[unclear - 2 words]`).
_WHAT_WAS_NOT_READ = re.compile(r"(?i)\b(?:signatures?|initials|words?|lines?|text|names?|"
                                r"surnames?|dates?|stamps?|letters?|figures?)\b")


def _read(ctx: BracketContext) -> Match | None:
    found = _TENTATIVE.match(ctx.inner)
    if found is None or _WHAT_WAS_NOT_READ.search(found["reading"]):
        return None
    start, end = found.start("reading"), found.end("reading")
    node = CONVENTION.node("unclear", {"reason": "illegible"}, ctx.parse(start, end),
                           templates.template("[" + ctx.inner[:start], ctx.inner[end:] + "]"))
    return Match([node])


RULE = Rule(CONVENTION, _read)
