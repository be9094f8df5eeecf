"""`[handwritten:] text`, `[Handwritten:]` + lines, `[inserted by hand: x]` → `add[@hand]`."""

from __future__ import annotations

import re
from collections.abc import Callable

from teikit import templates
from teikit.conventions import Convention, Form
from teikit.lazy_pattern import LazyPattern
from teikit.model import Inline, Text
from teikit.rules.base import BracketContext, Match, Rule
from teikit.rules.editorial_note import CONVENTION as REMARK
from teikit.rules.editorial_note import REMARK_ATTRS
from teikit.rules.illegible import CONVENTION as ILLEGIBLE

# A label up to its colon that speaks of handwriting: "handwritten", "Handwritten note in the
# margin", "inserted by hand", "in Stalin's handwriting", "in Stalin's hand", "handwritten by
# Molotov", or of what only a hand writes on a typed page: "in red pencil", "annotation",
# "resolution".
_LABEL = re.compile(
    r"(?is)^\s*(?P<label>[^:\[\]]{0,60}?\b(?:hand-?written|by hand|handwriting|"
    # (whose hand, as translators of Soviet papers say it: `in Stalin’s hand`, `in the hand
    # of Molotov`)
    r"(?<=['’]s\s)hand|(?<=\bthe\s)hand(?=\s+of\s)|"
    r"in (?:[\w-]+ )?(?:pencil|ink|crayon)|pencil(?:led)?|annotation|notation|resolution|"
    # (where on the typed page it was written: `Written diagonally across the text`)
    r"(?<![\w-])written\s+(?:diagonally|across|over|above|below|under|along|on\s+the\s+"
    r"(?:reverse|back|top|bottom))|"
    r"inscription)\b"
    r"[^:\[\]]{0,50}?)\s*:\s*(?P<rest>.*)$"
)
# The label alone, without its colon, at a line's start: `[Handwritten] We agree …`,
# `[Handwritten]`, `[Handwritten comment]` over lines, `[Handwritten in Albanian]`,
# `[handwritten by Molotov]` (what it was written in or by; where it was written is the margin
# rule's, which comes first: `[handwritten in the left margin]`).
BARE_LABEL = LazyPattern(r"(?i)^\s*(?P<label>(?:hand-?written|handwriting|in handwriting|by hand)"
                         r"(?:\s+(?:comments?|notes?|notations?|text|additions?|remarks?|"
                         r"resolutions?|annotations?))?"
                         r"(?:\s+(?:in|by)\s+[^\W\d_][\w’'. -]{0,40}?)?)\s*(?P<rest>)$")
# The label, then figures written by hand, without a colon: `[handwritten 487]` (words after
# the label say what the hand wrote: `[handwritten signature]`).
_FIGURES_BY_HAND = LazyPattern(r"(?i)^\s*(?P<label>hand-?written)\s+(?P<rest>\d[\d/.,-]*)$")
_WHO = LazyPattern(r"\bby (?P<who>[A-Z][\w.’' -]+)|\bin (?P<owner>[A-Z][\w.’' -]+?)['’]s? "
                  r"(?:handwriting|hand\b)|\bhand of (?P<of>[A-Z][\w.’' -]+)")

CONVENTION = Convention(
    "handwritten", "[handwritten:] text, [inserted by hand: text]", "add[@hand]",
    "Handwritten additions on the original, as the translation reports them.",
    summary="handwritten", forms=(Form("add", "[handwritten:] {}"),),
)


def addition(ctx: BracketContext, label: re.Match[str], convention: Convention,
             attrs: dict[str, str]) -> Match:
    """The addition a label introduces (`label` has groups `label` and `rest`), in the hand
    the label names."""
    who = _WHO.search(label["label"])

    def in_hand() -> dict[str, str]:
        # (the hand is declared once an addition is written in it, not for a label kept as
        # a remark)
        hand = ctx.doc.hand_id((who["who"] or who["owner"] or who["of"]).strip() if who else "")
        return {"hand": f"#{hand}", **attrs}

    return labelled(ctx, label.start("rest"), convention, "add", in_hand)


# A day in figures alone, its month in Roman figures or not, its year or not (`4.II.53`,
# `25.VI`, `3/X`, `12.3.1958`).
DAY_IN_FIGURES = LazyPattern(r"(?:0?[1-9]|[12]\d|3[01])[./-](?:[IVX]{1,4}|0?[1-9]|1[0-2])"
                             r"(?:[./-](?:19)?\d\d)?\.?")


def labelled(ctx: BracketContext, rest_start: int, convention: Convention, tag: str,
             attrs: dict[str, str] | Callable[[], dict[str, str]]) -> Match:
    """What a bracket's label (`[handwritten:`, `[Stamp:`) introduces, as `tag`: the rest of
    the bracket from `rest_start`, or, when the label stands alone, the rest of its line or
    the lines after (`attrs`, or the function that gives them when there is such a text)."""
    if ctx.inner[rest_start:].strip():
        template = templates.template("[" + ctx.inner[:rest_start], "]")
        attributes = attrs() if callable(attrs) else attrs
        children = _unread(ctx.parse(rest_start, len(ctx.inner)))
        return Match([convention.node(tag, attributes, children, template)])
    after = ctx.after
    newline = after.find("\n")
    own_line = after[:newline].strip() if newline >= 0 else after.strip()
    # (`[Handwritten]:` / the lines under it: the colon printed after the bracket is the
    # label's, as inside it)
    extent = newline if own_line not in ("", ":") and newline >= 0 else len(after)
    if extent == newline >= 0:
        # `[handwritten:] Inc. No. 0133-s` / `4.II.53`: the day the hand wrote under its note
        under = after[newline + 1:].split("\n", 1)[0]
        if written_under_the_note(under):
            extent = newline + 1 + len(under)
        extent = _sentence_goes_on(after, extent)
    if not after[:extent].strip().removeprefix(":").strip():
        # A label with nothing after it in its block (its colon printed after the bracket
        # aside): kept as the translator's remark.
        return Match([REMARK.node("note", dict(REMARK_ATTRS), ctx.children())])
    attributes = attrs() if callable(attrs) else attrs  # (before the hands written inside)
    children = ctx.parse_after(extent)
    lead: list[Inline] = []
    printed = "[" + ctx.inner + "] "
    if after.startswith(":") and children and isinstance(children[0], Text):
        # `[handwritten]: MINUTES Nº 51`: the label's colon printed after its bracket
        children[0] = Text(children[0].value[1:])
        printed = "[" + ctx.inner + "]: "
    if children and isinstance(children[0], Text) and children[0].value[:1].isspace():
        if not ctx.glued_before:
            # The space after the label separates; it is not part of the addition: the
            # template prints it (before the addition, it would be printed twice); a wider
            # space (`[Stamps:]  S e c r e t`) keeps the rest, as @rend is words and one space.
            children[0] = Text(children[0].value[1:])
        else:
            # A label glued to the word before it (`é[handwritten:] x`): the space after it,
            # moved before the addition, would stand between that word and the label. It
            # stays first in the addition, and the template prints none of its own.
            printed = printed[:-1]
    if not after[1 if after.startswith(":") else 0:][:1].isspace():
        # `[Handwritten][1]`, `[Handwritten]Approve.`: the label glued to what it labels, no
        # space between them to print
        printed = printed.rstrip(" ")
    node = convention.node(tag, attributes, children, templates.template(printed))
    return Match([*lead, node], consume_after=extent)


# Who wrote a hand's note, by initials and name, and the day, on the line under it (`T.N. Kaul
# 7/5`).
INITIALS_AND_DAY = LazyPattern(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z’'-]+,?\s+"
                               r"(?:0?[1-9]|[12]\d|3[01])[./](?:[IVX]{1,4}|0?[1-9]|1[0-2])"
                               r"(?:[./](?:19)?\d\d)?\.?")


def written_under_the_note(line: str) -> bool:
    """Whether the line under a hand's note is the hand's too: the day it wrote (`4.II.53`), or
    who wrote it and when (`[handwritten:] PM may kindly see.` / `T.N. Kaul 7/5`)."""
    line = line.strip()
    return (DAY_IN_FIGURES.fullmatch(line) is not None
            or INITIALS_AND_DAY.fullmatch(line) is not None)


# What ends a hand's sentence, so that a line under it in lower case starts another.
_SENTENCE_ENDS = frozenset(".!?:;")
# A line going on with a sentence: a word in lower case first, no label's abbreviation (`c.c.:
# Embassy of Chile in Washington` under the note is whom copies went to).
_GOES_ON_IN_LOWER_CASE = LazyPattern(r"\s*[a-z][a-z’'-]*(?![\w.:])")


def sentence_goes_on(note: str, under: str) -> bool:
    """Whether the line `under` carries the hand's sentence of the line `note` on: the note
    ends on no sentence's stop, and the line under it opens on a word in lower case
    (`[Handwritten:] Premier and Vice Premier Chen [Yi]` / `to read. Ji 15/12`)."""
    return (note.rstrip()[-1:] not in _SENTENCE_ENDS
            and _GOES_ON_IN_LOWER_CASE.match(under) is not None)


def _sentence_goes_on(after: str, extent: int) -> int:
    """Where the hand's words end when the lines under its line carry on its sentence in
    lower case (`[Handwritten:] Premier and Vice Premier Chen [Yi]` / `to read. Ji 15/12`)."""
    while extent < len(after) and after[extent] == "\n":
        line_end = after.find("\n", extent + 1)
        under = after[extent + 1:line_end if line_end >= 0 else len(after)]
        if not sentence_goes_on(after[:extent], under):
            break
        extent = line_end if line_end >= 0 else len(after)
    return extent


# What a label introduces when the translator could not read it: `[Handwritten note:
# illegible]`, `[Note in left margin: unreadable]`, `[Stamp: illegible]`.
_UNREAD = LazyPattern(r"(?i)(?:illegible|unreadable|indecipherable)(?:\s+(?:signature|text|"
                      r"word|words|initials))?\.?")


def _unread(children: list[Inline]) -> list[Inline]:
    """The addition's words when they only say it could not be read: the gap they report."""
    if (len(children) == 1 and isinstance(children[0], Text)
            and _UNREAD.fullmatch(children[0].value) is not None):
        return [ILLEGIBLE.node("gap", {"reason": "illegible"}, [],
                               templates.literal(children[0].value))]
    return children


def _read(ctx: BracketContext) -> Match | None:
    found = _LABEL.match(ctx.inner) or _FIGURES_BY_HAND.match(ctx.inner)
    if found is None and (found := BARE_LABEL.match(ctx.inner)) is not None \
            and not ctx.opens_line:
        return Match([REMARK.node("note", dict(REMARK_ATTRS), ctx.children())])
    return None if found is None else addition(ctx, found, CONVENTION, {})


RULE = Rule(CONVENTION, _read)
