"""`[torn]`, `[page missing]`, `[two lines redacted]`, `[name withheld]`: the source is damaged,
cut or withheld here → `gap[@reason]` with the bracket's words in `desc`."""

from __future__ import annotations

import re

from teikit.conventions import Convention, Form
from teikit.model import Intervention
from teikit.rules.base import BracketContext, Match, Rule
from teikit.rules.extent import TEXT_PART, extent

# Each reason with the words that report it; the first found decides.
_REASONS = (
    ("redacted", r"redact\w*|withheld|blacked[- ]out|blotted[- ]out|inked[- ]out|censored|"
                 r"sanitized|sanitised|excised|"
                 r"not declassified|still classified|classified|deleted by (?:the )?censor\w*"),
    ("damage", r"torn(?: off| out| away)?|tear|damaged?|burn(?:ed|t)|scorched|stain(?:ed)?|"
               r"hole|faded|water[- ]damaged?|mutilated|destroyed|cut(?: off| out| away)?"),
    ("missing", r"missing|lost|removed|absent|not (?:preserved|extant|found)|lacking"),
)
_REASON = re.compile("|".join(f"(?P<{name}>\\b(?:{words})\\b)" for name, words in _REASONS),
                     re.I)
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
