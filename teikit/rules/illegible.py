"""`[illegible]`, `[illegible signature]`, `[2 words illegible]` → `gap[@reason='illegible']`."""

from __future__ import annotations

import re

from teikit import templates
from teikit.model import Intervention, Text
from teikit.rules.base import BracketContext, Match

_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "several": ""}
_COUNTED = re.compile(
    r"(?i)^\s*(?P<n>\d+|one|two|three|four|five|several)\s+(?P<unit>words?|lines?|letters?|"
    r"characters?)\s+illegible\s*$"
)
_DESCRIBED = re.compile(
    r"(?i)^\s*(?P<word>illegible|unclear|indecipherable|unreadable)(?:\s+(?P<what>[^\]]+?))?\s*$"
)
_UNITS = {"word": "word", "line": "line", "letter": "char", "character": "char"}


class IllegibleRule:
    name = "illegible"
    kind = "illegible"
    label = "[illegible], [illegible signature], [2 words illegible]"
    description = "Passages the translator could not read."
    tei = "gap[@reason='illegible']"
    section = "interpretation"

    def apply(self, ctx: BracketContext) -> Match | None:
        counted = _COUNTED.match(ctx.inner)
        if counted is not None:
            attrs = {"reason": "illegible", "unit": _UNITS[counted["unit"].lower().rstrip("s")]}
            quantity = _NUMBERS.get(counted["n"].lower(), counted["n"])
            if quantity:
                attrs["quantity"] = quantity
            return Match([Intervention("gap", attrs, [], self.kind,
                                 templates.literal(f"[{ctx.inner}]"))])
        described = _DESCRIBED.match(ctx.inner)
        if described is None:
            return None
        what = described["what"]
        children = [Intervention("desc", {}, [Text(what)], None)] if what else []
        canonical = f"[illegible {what}]" if what else "[illegible]"
        if described["word"].lower() != "illegible":
            canonical = ""  # the source's own word is recorded in @rend
        marker = f"[{ctx.inner}]"
        rend = None if marker == canonical else templates.literal(marker)
        return Match([Intervention("gap", {"reason": "illegible"}, children, self.kind, rend)])


RULE = IllegibleRule()
