"""`[illegible]`, `[illegible signature]`, `[2 words illegible]` → `gap[@reason='illegible']`."""

from __future__ import annotations

import re

from teikit import templates
from teikit.conventions import Convention, Form
from teikit.model import Inline, Intervention, Text
from teikit.rules.base import BracketContext, Match, Rule
from teikit.rules.extent import quantity_of, unit

_REASON = (("reason", "illegible"),)
CONVENTION = Convention(
    "illegible", "[illegible], [illegible signature], [2 words illegible]",
    "gap[@reason='illegible']", "Passages the translator could not read.", summary="illegible",
    forms=(Form("gap", "[illegible {}]", _REASON, children=True),
           Form("gap", "[illegible]", _REASON, children=False)),
)
_IS = r"(?:\s+(?:is|are|was|were))?"
# `[2 words illegible]`, `[Several lines are illegible.]`, `[two illegible signatures]`.
_COUNTED = re.compile(
    r"(?i)^\s*(?P<n>\d+(?:\s*[-–]\s*\d+)?|an?|one|two|three|four|five|several)\s+"
    r"(?:(?P<unit>words?|lines?|"
    r"letters?|characters?)" + _IS + r"\s+illegible|illegible\s+(?P<what>\w+))\s*\.?\s*$"
)
_DESCRIBED = re.compile(
    r"(?i)^\s*(?P<word>illegible|unclear|indecipherable|unreadable)(?:\s+(?P<what>[^\]]+?))?\s*$"
)
# `[signature illegible]`, `[text unreadable]`, `[The last line is illegible.]`: what could not
# be read, then the word; `unclear` only of the text's parts (`[abbreviation unclear]` is a
# remark on the sense).
_AFTER = re.compile(r"(?i)^\s*(?:the\s+)?(?P<what>\w+(?:\s+\w+){0,2}?)" + _IS +
                    r"\s+(?:(?P<word>illegible|indecipherable|unreadable)|(?P<unclear>unclear)"
                    r"(?<=(?:word|ords|line|ines|text|name|date|mber|ture) unclear))\s*\.?\s*$")


def _counted(found: re.Match[str], source: str) -> Match:
    # `[3-4 illegible letters]`: a range is no one quantity (the marker keeps it)
    quantity = "" if re.search(r"[-–]", found["n"]) else quantity_of(found["n"])
    if found["unit"] is None:
        # `[two illegible signatures]`: counted things that are not units of text
        attrs = {"reason": "illegible", **({"quantity": quantity} if quantity else {})}
        desc = Intervention("desc", {}, [Text(found["what"])])
        return Match([CONVENTION.node("gap", attrs, [desc], source)])
    attrs = {"reason": "illegible", "unit": unit(found["unit"])}
    if quantity:
        attrs["quantity"] = quantity
    return Match([CONVENTION.node("gap", attrs, [], source)])


def _read(ctx: BracketContext) -> Match | None:
    marker = f"[{ctx.inner}]"
    source = templates.literal(marker)
    counted = _COUNTED.match(ctx.inner)
    if counted is not None:
        return _counted(counted, source)
    described = _DESCRIBED.match(ctx.inner) or _AFTER.match(ctx.inner)
    if described is None:
        return None
    what = described["what"]
    children: list[Inline] = [Intervention("desc", {}, [Text(what)])] if what else []
    if what and marker == f"[illegible {what}]":
        source = "[illegible {}]"  # the canonical form, with the description as content
    return Match([CONVENTION.node("gap", {"reason": "illegible"}, children, source)])


RULE = Rule(CONVENTION, _read)
