"""`[...]`, `[…]`: a passage the editor left out → `gap[@reason='editorial']`."""

from __future__ import annotations

import re

from teikit.rules.base import BracketContext, Match
from teikit.rules.convention import Convention, Form

_DOTS = re.compile(r"^[\s.…]*[.…][\s.…]*$")

CONVENTION = Convention(
    name="omission",
    syntax="[...], […]",
    legend="Passages omitted by the editor of the publication.",
    tei="gap[@reason='editorial']",
    summary="omission",
    forms=(Form("gap", "[...]", (("reason", "editorial"),)),),
)


class OmissionRule:
    convention = CONVENTION

    def apply(self, ctx: BracketContext) -> Match | None:
        if not _DOTS.match(ctx.inner):
            return None
        return Match([CONVENTION.node("gap", {"reason": "editorial"}, [], f"[{ctx.inner}]")])


RULE = OmissionRule()
