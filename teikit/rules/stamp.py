"""`[USSR MFA … stamp: SECRET Incoming Nº …]` → `stamp[@type]`."""

from __future__ import annotations

import re

from teikit.conventions import Convention, bracketed
from teikit.markings import stamp_type
from teikit.rules.base import BracketContext, Match, Rule

CONVENTION = Convention("stamp", "[… stamp: …]", "stamp[@type]",
                        "Stamps on the original, as the translation describes them.",
                        summary="stamp", forms=(bracketed("stamp"),))
_STAMP = re.compile(r"(?i)\bstamp(?:ed)?\b")
def _read(ctx: BracketContext) -> Match | None:
    if not _STAMP.search(ctx.inner):
        return None
    return Match([CONVENTION.node("stamp", {"type": stamp_type(ctx.inner)}, ctx.children())])


RULE = Rule(CONVENTION, _read)
