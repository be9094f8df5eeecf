"""`[...]`, `[…]`: a passage the editor left out → `gap[@reason='editorial']`."""

from __future__ import annotations

import re

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
    return Match([CONVENTION.node("gap", {"reason": "editorial"}, [], f"[{ctx.inner}]")])


RULE = Rule(CONVENTION, _read)
