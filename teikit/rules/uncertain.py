"""`Pak Chang-ok [?]`, `word [?]`: a reading or spelling the translator doubts."""

from __future__ import annotations

import re

from teikit import templates
from teikit.model import Intervention, Text
from teikit.rules.base import BracketContext, Match
from teikit.rules.names import trailing_name

_QUERY = re.compile(r"^\s*\?\s*$")
_LAST_WORD = re.compile(r"(\w[\w’'-]*)(\s*)$")


class UncertainRule:
    name = "uncertain"
    kind = "uncertain"
    label = "Name [?], word [?]"
    description = "Spellings or readings the translator marks as doubtful."
    tei = "persName[@cert='low'] | unclear"
    section = "interpretation"

    def apply(self, ctx: BracketContext) -> Match | None:
        if not _QUERY.match(ctx.inner):
            return None
        name = trailing_name(ctx.before)
        if name:
            printed = name.rstrip()
            template = templates.template("", name[len(printed) :] + f"[{ctx.inner}]")
            node = Intervention("persName", {"cert": "low"}, [Text(printed)], self.kind, template)
            return Match([node], consume_before=len(name))
        word = _LAST_WORD.search(ctx.before[-160:])
        if word is None:
            return None
        template = templates.template("", word.group(2) + f"[{ctx.inner}]")
        node = Intervention("unclear", {"reason": "uncertain"}, [Text(word.group(1))], self.kind,
                            template)
        return Match([node], consume_before=len(word.group(0)))


RULE = UncertainRule()
