"""`[torn]`, `[page missing]`, `[two lines redacted]`, `[name withheld]`: the source is damaged,
cut or withheld here → `gap[@reason]` with the bracket's words in `desc`."""

from __future__ import annotations

import re

from teikit.conventions import Convention, Form
from teikit.lazy_pattern import LazyPattern
from teikit.model import Intervention
from teikit.rules.base import BracketContext, Match, Rule

# Each reason with the words that report it; the first found decides.
_REASONS = (
    ("redacted", r"redact\w*|withheld|blacked[- ]out|censored|sanitized|sanitised|excised|"
                 r"not declassified|still classified|classified|deleted by (?:the )?censor\w*"),
    ("damage", r"torn(?: off| out| away)?|tear|damaged?|burn(?:ed|t)|scorched|stain(?:ed)?|"
               r"hole|faded|water[- ]damaged?|mutilated|destroyed|cut(?: off| out| away)?"),
    ("missing", r"missing|lost|removed|absent|not (?:preserved|extant|found)|lacking"),
)
_REASON = re.compile("|".join(f"(?P<{name}>\\b(?:{words})\\b)" for name, words in _REASONS),
                     re.I)
# What a report of damage or omission speaks of: the text, its parts and what is attached to
# it, or nothing else at all.
TEXT_PART = LazyPattern(
    r"(?i)\b(?:text|page|pages|sheet|paper|word|words|line|lines|letter|letters|passage|sentence|"
    r"sentences|paragraph|paragraphs|section|sections|part|parts|portion|remainder|rest|end|"
    r"beginning|top|bottom|corner|edge|margin|document|name|names|number|numbers|figure|"
    r"figures|date|signature|original|copy|here|several|one|two|three|four|five|\d+|"
    r"attachments?|enclosures?|appendix|appendices|annex(?:es)?|tables?|maps?|charts?|"
    r"photos?|photographs?|lists?|points?|items?|annotations?)\b")
_COUNTED = LazyPattern(r"(?i)^\s*(?:(?:approximately|about|some|roughly)\s+)?"
                      r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)"
                      r"\s+(?P<unit>words?|lines?|pages?|letters?|characters?|paragraphs?)\b")
_NUMBERS = {"a": "1", "an": "1", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
            "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "several": ""}
_UNITS = {"word": "word", "line": "line", "page": "page", "letter": "char",
          "character": "char", "paragraph": "paragraph"}


def extent(text: str) -> dict[str, str]:
    """`@unit` and `@quantity` of a gap whose report counts what is gone: `[two lines
    redacted]`, `[approximately 10 lines omitted]`, `[several pages missing]` (no quantity)."""
    counted = _COUNTED.match(text)
    if counted is None:
        return {}
    attrs = {"unit": _UNITS[counted["unit"].lower().rstrip("s")]}
    quantity = _NUMBERS.get(counted["n"].lower(), counted["n"])
    if quantity:
        attrs["quantity"] = quantity
    return attrs

CONVENTION = Convention("damage", "[torn], [page missing], [two lines redacted], [name withheld]",
                        "gap[@reason='damage'|'missing'|'redacted']/desc",
                        "Places where the original is damaged, cut, missing or withheld, as the "
                        "translator reports them.", summary="gap",
                        forms=(Form("gap", "[{}]", children=True),))


def _reason(text: str) -> str | None:
    words = text.split()
    if not words or len(words) > 10 or ":" in text:
        return None  # a labelled remark (`[Note: the original is torn]`) says more than a gap
    found = _REASON.search(text)
    if found is None:
        return None
    # The damage word alone, or said of the text or a part of it: `[torn]`, `[text missing]`;
    # not a phrase that only contains such a word (`[the missing persons]`).
    rest = (text[: found.start()] + text[found.end() :]).strip(" .,:;-–")
    if rest and not TEXT_PART.search(rest):
        return None
    return found.lastgroup


def _read(ctx: BracketContext) -> Match | None:
    reason = _reason(ctx.plain)
    if reason is None or "\n" in ctx.inner or "\f" in ctx.inner:
        return None
    attrs = {"reason": reason, **extent(ctx.plain)}
    # The bracket's words, as the source has them, describe the gap: nothing to record.
    desc = Intervention("desc", {}, ctx.children())
    return Match([CONVENTION.node("gap", attrs, [desc])])


RULE = Rule(CONVENTION, _read)
