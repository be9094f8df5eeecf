"""`[...]`, `[…]`: a passage the editor left out → `gap[@reason='editorial']`."""

from __future__ import annotations

import re

from teikit import templates
from teikit.model import Intervention
from teikit.rules.base import BracketContext, Match, rend_if

_DOTS = re.compile(r"^[\s.…]*[.…][\s.…]*$")


class OmissionRule:
    name = "omission"
    kind = "gap_or_omission"
    label = "[...], […]"
    description = "Passages omitted by the editor of the publication."
    tei = "gap[@reason='editorial']"
    section = "interpretation"

    def apply(self, ctx: BracketContext) -> Match | None:
        if not _DOTS.match(ctx.inner):
            return None
        rend = rend_if(templates.literal(f"[{ctx.inner}]"), "[...]")
        return Match([Intervention("gap", {"reason": "editorial"}, [], self.kind, rend)])


RULE = OmissionRule()
