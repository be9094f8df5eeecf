"""`[Top Secret]`, `[SECRET]`: a classification marking in brackets → `fw`."""

from __future__ import annotations

from teikit.readers.markings import CLASSIFICATION
from teikit.rules.base import BracketContext, Match
from teikit.rules.convention import Convention, Form

CONVENTION = Convention(
    name="classification",
    syntax="[Top Secret]",
    legend="Classification and handling markings of the original.",
    tei="fw[@type='classification']",
    summary="classification",
    # A marking on a line of its own is the canonical form; a bracketed one records its brackets.
    forms=(Form("fw", "{}", (("type", "classification"),)),),
)


class ClassificationRule:
    convention = CONVENTION

    def apply(self, ctx: BracketContext) -> Match | None:
        if not CLASSIFICATION.match(ctx.plain):
            return None
        return Match([CONVENTION.node("fw", {"type": "classification"}, ctx.children(), "[{}]")])


RULE = ClassificationRule()
