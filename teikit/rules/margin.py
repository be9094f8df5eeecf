"""`[handwritten in the left margin:] text`, `[in the margin: text]`, `[marginal note: text]`,
`[on the reverse: text]`: an addition whose label says where it stands → `add[@hand][@place]`
(`left`, `top`, `overleaf` … or `margin` where no side is given)."""

from __future__ import annotations

import re

from teikit.conventions import Convention
from teikit.lazy_pattern import LazyPattern
from teikit.rules.base import BracketContext, Match, Rule
from teikit.rules.handwritten import CONVENTION as HANDWRITTEN
from teikit.rules.handwritten import addition

_WHERE = (r"(?:\bmargins?\b|\bmarginal(?:ia)?\b|"
          r"\b(?:at|across|along) the (?:top|bottom|head|foot)\b|\bon the (?:top|bottom) of\b|"
          r"\bon the (?:reverse|back|verso)\b|"
          # (`across the upper left-hand corner`)
          r"\b(?:in|at|across) the (?:[\w-]+ ){0,3}corner\b)")
# A label up to its colon that names a margin or a side of the page.
_LABEL = re.compile(r"(?is)^\s*(?P<label>[^:\[\]]{0,60}?" + _WHERE + r"[^:\[\]]{0,50}?)\s*:\s*"
                    r"(?P<rest>.*)$")
# The same label without its colon, the hand named first, at a line's start: `[Handwritten at
# the bottom of page one] Not reviewed by N.S. Khrushchev`.
_BARE_LABEL = LazyPattern(r"(?is)^\s*(?P<label>(?:hand-?written|handwriting|in handwriting)\b"
                          r"[^:\[\]]{0,30}?" + _WHERE + r"[^:\[\]]{0,40}?)\s*(?P<rest>)$")
_SIDE = LazyPattern(r"(?i)\b(?P<side>left|right|top|bottom|upper|lower|head|foot|reverse|back|"
                   r"verso)\b")
_PLACES = {"upper": "top", "head": "top", "lower": "bottom", "foot": "bottom",
           "reverse": "overleaf", "back": "overleaf", "verso": "overleaf"}

CONVENTION = Convention("margin", "[handwritten in the left margin:] text, [in the margin: text]",
                        "add[@hand][@place]",
                        "Notes written in a margin or at the head or foot of the page.",
                        summary=HANDWRITTEN.summary, forms=HANDWRITTEN.forms)


def place(label: str) -> str:
    """`left`, `right`, `top`, `bottom`, `overleaf` where the label names a side, else
    `margin`."""
    found = _SIDE.search(label)
    if found is None:
        return "margin"
    side = found["side"].lower()
    return _PLACES.get(side, side)


# What the label says is there: a stamp or a seal is the stamp rule's, wherever it stands
# (`[Stamp at the bottom of the first page: …]`).
_STAMPED = LazyPattern(r"(?i)^\s*(?:\w+\s+){0,2}?(?:stamps?|seals?|stamped)\b")


def _read(ctx: BracketContext) -> Match | None:
    if _STAMPED.match(ctx.inner):
        return None
    found = _LABEL.match(ctx.inner)
    if found is None and ctx.opens_line:
        found = _BARE_LABEL.match(ctx.inner)
    if found is None:
        return None
    return addition(ctx, found, CONVENTION, {"place": place(found["label"])})


RULE = Rule(CONVENTION, _read)
