"""`[Beijing?]`, `Liu [Shaoqi?]`, `[[Name?]]`, `[Pak Hon Yong][?]`, `[?one copy made?]`,
`[army (?)]`: a supplied or identified reading the translator doubts. The bracket gets the form
it would have without the question marks, with `cert="low"` on the translator's reading
(`supplied`, `reg`); `@rend` keeps the marker with its `?`."""

from __future__ import annotations

import re

from teikit import templates
from teikit.conventions import Convention
from teikit.model import Inline, Intervention
from teikit.rules import original_wording, supplied
from teikit.rules.base import TRANSLATOR, BracketContext, Match, Rule

# A reading, then `?`, alone in the bracket or in a doubled one; a question mark alone is
# the rule `uncertain`'s, and a question (`[who sent it?]`) is left to the remarks.
# (a question mark before the reading too, `[?one copy made?]`, or there alone, `[?army]`; in
# parentheses after it, `[army (?)]`)
_QUERIED = re.compile(r"^(?P<open>\[?)(?P<lead>\?\s*)?(?P<reading>[^\[\]?]*[^\s\[\]?])"
                      r"(?P<space>\s*)(?P<mark>\?|\(\?\))?(?P<close>\]?)$")
_FIGURE_BEFORE = re.compile(r"\d\s*$")
# Readings, not remarks: a note that ends in a question mark is a question.
_READINGS = frozenset({"supplied", "reg", "expan", "abbr"})
_QUESTION_WORDS = frozenset("who whom whose what which when where why how is are was were "
                            "does do did can could should would".split())

# Counted as what it is, and as uncertain by its certainty.
CONVENTION = Convention("uncertain-reading", "[Beijing?], Liu [Shaoqi?], [[Name?]]",
                        "supplied[@cert='low'] | reg[@cert='low']",
                        "Readings the translator supplied or identified but marks as uncertain.")


def _reading(nodes: list[Inline]) -> Intervention | None:
    """The element that holds the translator's reading: the bracket's words, with `@resp`."""
    stack = [n for n in reversed(nodes) if isinstance(n, Intervention)]
    while stack:
        node = stack.pop()
        if node.attrs.get("resp") == TRANSLATOR and node.tag in _READINGS:
            return node
        stack.extend(n for n in reversed(node.children) if isinstance(n, Intervention))
    return None


def _doubt(reading: Intervention, opening: str, closing: str, following: str = "") -> bool:
    """Mark the reading doubted, its marker printed with the question mark (inside the
    bracket, or `following` it); False when the reading has a marker of its own (not a
    bracket), which this convention does not extend."""
    before, _, after = templates.split(reading.rend or "[{}]")
    if not (before.endswith("[") and after.startswith("]")):
        return False
    reading.attrs = {**reading.attrs, "cert": "low"}
    reading.rend = templates.template(before + opening, closing + after + following)
    return True


_QUERY_AFTER = "[?]"


def _original_wording(match: Match) -> bool:
    return any(isinstance(node, Intervention) and node.attrs.get("type") == "original-wording"
               for node in match.nodes)


def _queried_after(ctx: BracketContext, space: str) -> Match | None:
    """`[Pak Hon Yong][?]`, `Beiping [Beijing] [?]`: the bracket's own reading, doubted by
    the query right after it."""
    match = ctx.offer(ctx, RULE)
    reading = _reading(match.nodes) if match is not None else None
    if match is None or reading is None or match.consume_after:
        return None
    if not _doubt(reading, "", "", space + _QUERY_AFTER):
        return None
    return Match(match.nodes, match.consume_before, len(space + _QUERY_AFTER))


def _read(ctx: BracketContext) -> Match | None:
    following = ctx.after_start(len(_QUERY_AFTER) + 1)
    if following.startswith(_QUERY_AFTER) or following == " " + _QUERY_AFTER:
        return _queried_after(ctx, following[: following.index("[")])
    queried = _QUERIED.match(ctx.inner)
    if (queried is None or bool(queried["open"]) != bool(queried["close"])
            or not (queried["lead"] or queried["mark"])):
        return None
    words = queried["reading"].split()
    if words[0].lower() in _QUESTION_WORDS:
        return None
    part = ctx.part(*queried.span("reading"))
    match = ctx.offer(part, RULE)
    if match is None and supplied.FIGURES.fullmatch(queried["reading"]) and (
            _FIGURE_BEFORE.search(ctx.before)):
        # `10.27 [28?]`: the figures the translator reads instead of the ones before, in doubt
        # (offered alone, a bare number is a note's marker)
        match = Match([supplied.node(part.children())])
    if match is not None and _original_wording(match):
        # `the Central Council [Sándor Rácz?]`: the translator doubts a reading of his own,
        # never the original's words (which he would copy), so the bracket is read as the
        # rules after the original's wording read it: a man's name identified
        match = ctx.offer(part, original_wording.RULE)
    reading = _reading(match.nodes) if match is not None else None
    if match is None or reading is None:
        return None
    if not _doubt(reading, queried["open"] + (queried["lead"] or ""),
                  f"{queried['space']}{queried['mark'] or ''}{queried['close']}"):
        return None
    return match


RULE = Rule(CONVENTION, _read)
