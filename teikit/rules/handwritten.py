"""`[handwritten:] text`, `[Handwritten:]` + lines, `[inserted by hand: x]` → `add[@hand]`."""

from __future__ import annotations

import re

from teikit import templates
from teikit.model import Inline, Intervention, Text
from teikit.rules.base import TRANSLATOR, BracketContext, Match, rend_if

# A label up to its colon that speaks of handwriting: "handwritten", "Handwritten note in the
# margin", "inserted by hand", "in Stalin's handwriting", "handwritten by Molotov".
_LABEL = re.compile(
    r"(?is)^\s*(?P<label>[^:\[\]]{0,60}?\b(?:hand-?written|by hand|handwriting)\b"
    r"[^:\[\]]{0,50}?)\s*:\s*(?P<rest>.*)$"
)
_WHO = re.compile(r"\bby (?P<who>[A-Z][\w.’' -]+)|\bin (?P<owner>[A-Z][\w.’' -]+?)['’]s? "
                  r"handwriting")
CANONICAL = "[handwritten:] {}"


class HandwrittenRule:
    name = "handwritten"
    kind = "handwritten"
    label = "[handwritten:] text, [inserted by hand: text]"
    description = "Handwritten additions on the original, as the translation reports them."
    tei = "add[@hand]"
    section = "interpretation"

    def apply(self, ctx: BracketContext) -> Match | None:
        found = _LABEL.match(ctx.inner)
        if found is None:
            return None
        who = _WHO.search(found["label"])
        hand = ctx.doc.hand_id((who["who"] or who["owner"]).strip() if who else "")
        rest_start = found.start("rest")
        if found["rest"].strip():
            children = ctx.parse(rest_start, len(ctx.inner))
            template = templates.template("[" + ctx.inner[:rest_start], "]")
            node = Intervention("add", {"hand": f"#{hand}"}, children, self.kind, template)
            return Match([node])
        # A label alone: it covers the rest of its line, or, alone on its line, the lines after.
        after = ctx.after
        newline = after.find("\n")
        own_line = after[:newline].strip() if newline >= 0 else after.strip()
        extent = newline if own_line and newline >= 0 else len(after)
        if not after[:extent].strip():
            # A label with nothing after it in its block: kept as the translator's remark.
            attrs = {"type": "editorial", "place": "inline", "resp": TRANSLATOR}
            return Match([Intervention("note", attrs, ctx.children(), "editorial_note")])
        template = templates.template("[" + ctx.inner + "] ")
        children = ctx.parse_after(extent)
        lead: list[Inline] = []
        if children and isinstance(children[0], Text) and children[0].value[:1].isspace():
            # The space after the label separates; it is not part of the addition.
            value = children[0].value
            lead = [Text(value[: len(value) - len(value.lstrip())])]
            children[0] = Text(value.lstrip())
        node = Intervention("add", {"hand": f"#{hand}"}, children, self.kind,
                            rend_if(template, CANONICAL))
        return Match([*lead, node], consume_after=extent)


RULE = HandwrittenRule()
