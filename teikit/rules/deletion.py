"""`[crossed out: the army]`, `[struck through: …]`, `[the army was crossed out]`: words the
translation reports as deleted in the original → `del` (the label kept in `@rend`); a label
with nothing after its colon is a remark (`[crossed out]`)."""

from __future__ import annotations

import re

from teikit import templates
from teikit.conventions import Convention, Form
from teikit.rules.base import TRANSLATOR, BracketContext, Match, Rule

_LABEL = re.compile(
    r"(?is)^\s*(?P<label>(?:(?:hand-?written|typed|text|words?|line)\s+)?(?:crossed\s+out|"
    r"struck\s+(?:through|out)|strikethrough|strike-?out|deleted|erased|scratched\s+out|"
    r"blotted\s+out)(?:\s+(?:by hand|in (?:[\w-]+ )?(?:pencil|ink)|in the original))?)"
    r"\s*:\s*(?P<rest>\S.*)$"
)
# The same report after the words: `[29 December 1945 was crossed out]`, `[were satisfied
# crossed out in red pencil by Stalin]`.
_LABEL_AFTER = re.compile(
    # (the verb is the label's; no relative clause reports a deletion: `[what was deleted]`)
    r"(?is)^(?P<rest>\S.*?)(?<!\bthat)(?<!\bwhich)(?<!\bwho)(?<!\bwhat)(?<!\bwas)"
    r"(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbeen)"
    r"(?P<label>\s+(?:(?:was|were|is|are|has been|have been)\s+)?"
    r"(?:crossed\s+out|struck\s+(?:through|out)|deleted|erased|scratched\s+out)"
    r"(?:\s+(?:by hand|in (?:[\w-]+ )?(?:pencil|ink)|in the original|by [A-Z][\w.’'-]*))*)"
    r"\s*$"
)

# What the report counts rather than gives: `[word deleted]`, `[two lines crossed out]` say how
# much was deleted, not which words (no `del` of the word `word`).
_UNITS_ONLY = re.compile(
    r"(?i)^(?:(?:one|two|three|four|five|six|several|a\s+few|some|a|\d{1,2})\s+)?"
    # (what kind of name or word: `[place name deleted]`, `[first name crossed out]`)
    r"(?:(?:place|personal|person['’]s|first|last|family|proper|foreign)\s+)?"
    r"(?:words?|lines?|sentences?|passages?|paragraphs?|names?|figures?|numbers?|letters?|"
    r"surnames?|dates?|signatures?|text|pages?)$")

# The translator reports the deletion: `@resp` tells it from a deletion tracked in a Word file.
_FORM = Form("del", "[crossed out: {}]", (("resp", TRANSLATOR),))
CONVENTION = Convention(
    "deletion", "[crossed out: words], [struck through: words]", "del[@resp]",
    "Words deleted in the original, as the translation reports them.",
    summary="deletion", forms=(_FORM,),
)


def _read(ctx: BracketContext) -> Match | None:
    found = _LABEL.match(ctx.inner)
    if found is None:
        after = _LABEL_AFTER.match(ctx.inner)
        if after is None or _UNITS_ONLY.match(after["rest"].strip()):
            return None
        end = after.end("rest")
        return Match([CONVENTION.node("del", {"resp": TRANSLATOR}, ctx.parse(0, end),
                                      templates.template("[", ctx.inner[end:] + "]"))])
    rest = found.start("rest")
    template = templates.template("[" + ctx.inner[:rest], "]")
    return Match([CONVENTION.node("del", {"resp": TRANSLATOR},
                                  ctx.parse(rest, len(ctx.inner)), template)])


RULE = Rule(CONVENTION, _read)
