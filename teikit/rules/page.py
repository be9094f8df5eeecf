"""`[Page 2]`, `[p. 3]`, `[end of page]`: a page boundary the transcription marks → `pb`."""

from __future__ import annotations

import re

from teikit.model import Intervention
from teikit.rules.base import BracketContext, Match

_PAGE = re.compile(r"(?i)^\s*(?:page|p\.|pg\.|end of page|new page)\s*(?P<n>[\dIVXLivxl]+)?\s*$")


class PageRule:
    name = "page"
    kind = "page_break"
    label = "[Page 2], [p. 3]"
    description = "Page boundaries marked in the transcription."
    tei = "pb[@n]"
    section = "interpretation"

    def apply(self, ctx: BracketContext) -> Match | None:
        found = _PAGE.match(ctx.inner)
        if found is None:
            return None
        attrs = {"n": found["n"]} if found["n"] else {}
        return Match([Intervention("pb", attrs, [], self.kind, f"[{ctx.inner}]")])


RULE = PageRule()
