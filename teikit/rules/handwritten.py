"""`[handwritten:] text`, `[Handwritten:]` + lines, `[inserted by hand: x]` → `add[@hand]`;
`[handwritten in the left margin:] text`, `[in the margin: text]` → `add[@hand][@place]`."""

from __future__ import annotations

import re

from teikit.model import Inline, Text
from teikit.rules.base import TRANSLATOR, BracketContext, Match
from teikit.rules.convention import Convention, Form
from teikit.rules.editorial_note import CONVENTION as REMARK

# A label up to its colon that speaks of handwriting or of a margin: "handwritten", "Handwritten
# note in the margin", "inserted by hand", "in Stalin's handwriting", "handwritten by Molotov",
# "in the left margin", "marginal note".
_LABEL = re.compile(
    r"(?is)^\s*(?P<label>[^:\[\]]{0,60}?\b(?:hand-?written|by hand|handwriting|margins?|"
    r"marginal(?:ia)?)\b[^:\[\]]{0,50}?)\s*:\s*(?P<rest>.*)$"
)
_WHO = re.compile(r"\bby (?P<who>[A-Z][\w.’' -]+)|\bin (?P<owner>[A-Z][\w.’' -]+?)['’]s? "
                  r"handwriting")
_SIDE = re.compile(r"(?i)\b(?:(?P<side>left|right|top|bottom|upper|lower)(?:[- ]hand)?\s+"
                   r"margin|margin(?:s|al|alia)?\b|at the (?P<edge>top|bottom) of the page)")
_PLACES = {"upper": "top", "lower": "bottom"}

CONVENTION = Convention(
    name="handwritten",
    syntax="[handwritten:] text, [inserted by hand: text], [in the left margin: text]",
    legend="Handwritten additions on the original, as the translation reports them.",
    tei="add[@hand]",
    summary="handwritten",
    forms=(Form("add", "[handwritten:] {}"),),
)


def _place(label: str) -> dict[str, str]:
    """Where a label says the addition stands: `@place` `left`, `top` … or `margin`."""
    found = _SIDE.search(label)
    if found is None:
        return {}
    side = (found["side"] or found["edge"] or "").lower()
    return {"place": _PLACES.get(side, side) or "margin"}


class HandwrittenRule:
    convention = CONVENTION

    def apply(self, ctx: BracketContext) -> Match | None:
        found = _LABEL.match(ctx.inner)
        if found is None:
            return None
        who = _WHO.search(found["label"])
        hand = ctx.doc.hand_id((who["who"] or who["owner"]).strip() if who else "")
        attrs = {"hand": f"#{hand}", **_place(found["label"])}
        rest_start = found.start("rest")
        if found["rest"].strip():
            template = "[" + ctx.inner[:rest_start] + "{}]"
            node = CONVENTION.node("add", attrs, ctx.parse(rest_start, len(ctx.inner)), template)
            return Match([node])
        # A label alone: it covers the rest of its line, or, alone on its line, the lines after.
        after = ctx.after
        newline = after.find("\n")
        own_line = after[:newline].strip() if newline >= 0 else after.strip()
        extent = newline if own_line and newline >= 0 else len(after)
        if not after[:extent].strip():
            # A label with nothing after it in its block: kept as the translator's remark.
            remark = {"type": "editorial", "place": "inline", "resp": TRANSLATOR}
            return Match([REMARK.node("note", remark, ctx.children())])
        children = ctx.parse_after(extent)
        lead: list[Inline] = []
        if children and isinstance(children[0], Text) and children[0].value[:1].isspace():
            # The space after the label separates; it is not part of the addition.
            value = children[0].value
            lead = [Text(value[: len(value) - len(value.lstrip())])]
            children[0] = Text(value.lstrip())
        node = CONVENTION.node("add", attrs, children, "[" + ctx.inner + "] {}")
        return Match([*lead, node], consume_after=extent)


RULE = HandwrittenRule()
