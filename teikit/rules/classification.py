"""`[Top Secret]`, `[SECRET]`: a classification marking in brackets → `fw`."""

from __future__ import annotations

from teikit.conventions import Convention, Form
from teikit.markings import CLASSIFICATION
from teikit.rules.base import BracketContext, Match, Rule

# A marking on a line of its own is the canonical form; a bracketed one records its brackets.
CONVENTION = Convention(
    "classification", "[Top Secret]", "fw[@type='classification']",
    "Classification and handling markings of the original.",
    summary="classification", forms=(Form("fw", "{}", (("type", "classification"),)),),
)


def _read(ctx: BracketContext) -> Match | None:
    if not CLASSIFICATION.match(ctx.plain):
        return None
    return Match([CONVENTION.node("fw", {"type": "classification"}, ctx.children(), "[{}]")])


RULE = Rule(CONVENTION, _read)
