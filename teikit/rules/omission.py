"""`[...]`, `[…]`: a passage the editor left out → `gap[@reason='editorial']`."""

from __future__ import annotations

import re

from teikit import templates
from teikit.conventions import Convention, Form
from teikit.rules.base import BracketContext, Match, Rule

CONVENTION = Convention(
    "omission", "[...], […]", "gap[@reason='editorial']",
    "Passages omitted by the editor of the publication.",
    summary="omission", forms=(Form("gap", "[...]", (("reason", "editorial"),)),),
)
_DOTS = re.compile(r"^[\s.…]*[.…][\s.…]*$")


def _read(ctx: BracketContext) -> Match | None:
    if not _DOTS.match(ctx.inner):
        return None
    marker = templates.literal(f"[{ctx.inner}]")
    return Match([CONVENTION.node("gap", {"reason": "editorial"}, [], marker)])


RULE = Rule(CONVENTION, _read)
