"""`[illegible]`, `[illegible signature]`, `[2 words illegible]` → `gap[@reason='illegible']`."""

from __future__ import annotations

import re

from teikit.conventions import Convention, Form
from teikit.model import Inline, Intervention, Text
from teikit.rules.base import BracketContext, Match, Rule

_REASON = (("reason", "illegible"),)
CONVENTION = Convention(
    "illegible", "[illegible], [illegible signature], [2 words illegible]",
    "gap[@reason='illegible']", "Passages the translator could not read.", summary="illegible",
    forms=(Form("gap", "[illegible {}]", _REASON, children=True),
           Form("gap", "[illegible]", _REASON, children=False)),
)
_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "several": ""}
_COUNTED = re.compile(
    r"(?i)^\s*(?P<n>\d+|one|two|three|four|five|several)\s+(?P<unit>words?|lines?|letters?|"
    r"characters?)\s+illegible\s*$"
)
_DESCRIBED = re.compile(
    r"(?i)^\s*(?P<word>illegible|unclear|indecipherable|unreadable)(?:\s+(?P<what>[^\]]+?))?\s*$"
)
# `[signature illegible]`, `[text unreadable]`: what could not be read, then the word.
_AFTER = re.compile(r"(?i)^\s*(?P<what>\w+(?:\s+\w+){0,2})\s+(?P<word>illegible|indecipherable|"
                    r"unreadable)\s*$")
_UNITS = {"word": "word", "line": "line", "letter": "char", "character": "char"}


def _counted(found: re.Match[str], source: str) -> Match:
    attrs = {"reason": "illegible", "unit": _UNITS[found["unit"].lower().rstrip("s")]}
    quantity = _NUMBERS.get(found["n"].lower(), found["n"])
    if quantity:
        attrs["quantity"] = quantity
    return Match([CONVENTION.node("gap", attrs, [], source)])


def _read(ctx: BracketContext) -> Match | None:
    source = f"[{ctx.inner}]"
    counted = _COUNTED.match(ctx.inner)
    if counted is not None:
        return _counted(counted, source)
    described = _DESCRIBED.match(ctx.inner) or _AFTER.match(ctx.inner)
    if described is None:
        return None
    what = described["what"]
    children: list[Inline] = [Intervention("desc", {}, [Text(what)])] if what else []
    if what and source == f"[illegible {what}]":
        source = "[illegible {}]"  # the canonical form, with the description as content
    return Match([CONVENTION.node("gap", {"reason": "illegible"}, children, source)])


RULE = Rule(CONVENTION, _read)
