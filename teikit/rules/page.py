"""`[Page 2]`, `[p. 3]`, `[end of page]`: a page boundary the transcription marks → `pb`."""

from __future__ import annotations

import re

from teikit.conventions import Convention
from teikit.rules.base import BracketContext, Match, Rule

# The canonical page break is a paragraph split (teikit.conventions.text_markup): a marked one
# always records its marker.
CONVENTION = Convention("page", "[Page 2], [p. 3]", "pb[@n]",
                        "Page boundaries marked in the transcription.", summary="page_break")
_PAGE = re.compile(r"(?i)^\s*(?:page|p\.|pg\.|end of page|new page)\s*(?P<n>[\dIVXLivxl]+)?\s*$")


def _read(ctx: BracketContext) -> Match | None:
    found = _PAGE.match(ctx.inner)
    if found is None:
        return None
    attrs = {"n": found["n"]} if found["n"] else {}
    return Match([CONVENTION.node("pb", attrs, [], f"[{ctx.inner}]")])


RULE = Rule(CONVENTION, _read)
