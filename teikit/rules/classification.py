"""`[Top Secret]`, `[SECRET]`: a classification marking in brackets → `fw`."""

from __future__ import annotations

from teikit.model import Intervention
from teikit.readers.markings import CLASSIFICATION
from teikit.rules.base import BracketContext, Match


class ClassificationRule:
    name = "classification"
    kind = "classification"
    label = "[Top Secret]"
    description = "Classification and handling markings of the original."
    tei = "fw[@type='classification']"
    section = "interpretation"

    def apply(self, ctx: BracketContext) -> Match | None:
        if not CLASSIFICATION.match(ctx.plain):
            return None
        node = Intervention("fw", {"type": "classification"}, ctx.children(), self.kind, "[{}]")
        return Match([node])


RULE = ClassificationRule()
