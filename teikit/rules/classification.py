"""`[Top Secret]`, `[SECRET]`, `[Especially Urgent, Top Secret]`: classification markings in
brackets → `fw`."""

from __future__ import annotations

import re

from teikit.conventions import Convention, Form
from teikit.markings import CLASSIFICATION, URGENT
from teikit.rules.base import BracketContext, Match, Rule

# A marking on a line of its own is the canonical form; a bracketed one records its brackets.
CONVENTION = Convention(
    "classification", "[Top Secret]", "fw[@type='classification']",
    "Classification and handling markings of the original.",
    summary="classification", forms=(Form("fw", "{}", (("type", "classification"),)),),
)


# `[Especially Urgent, Top Secret]`: the cable's precedence and its marking in one bracket.
_PARTS = re.compile(r"\s*[,;]\s*")
_PRECEDENCE = re.compile(rf"(?i){URGENT}[.!]?")


def _markings(text: str) -> bool:
    return all(CLASSIFICATION.match(part) or _PRECEDENCE.fullmatch(part)
               for part in _PARTS.split(text.strip()))


def _read(ctx: BracketContext) -> Match | None:
    if not (CLASSIFICATION.match(ctx.plain) or _markings(ctx.plain)):
        return None
    return Match([CONVENTION.node("fw", {"type": "classification"}, ctx.children(), "[{}]")])


RULE = Rule(CONVENTION, _read)
