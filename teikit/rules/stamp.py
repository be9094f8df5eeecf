"""`[Stamp: Secretariat of the CC]`, `[stamp:] Received …`, `[USSR MFA … stamp: SECRET Incoming
Nº …]` → `stamp[@type]`."""

from __future__ import annotations

import re

from teikit.conventions import Convention, bracketed
from teikit.lazy_pattern import LazyPattern
from teikit.markings import stamp_type
from teikit.rules.base import BracketContext, Match, Rule
from teikit.rules.editorial_note import NOTE_LABEL
from teikit.rules.handwritten import labelled

CONVENTION = Convention("stamp", "[… stamp: …]", "stamp[@type]",
                        "Stamps on the original, as the translation describes them.",
                        summary="stamp", forms=(bracketed("stamp"),))
# (not a recording's position: `[Time Stamp: 00:00:07]`)
# (a seal named as an institution's is one: `[The State Seal]`, `[official seal]`)
# (a seal's label, its wording after the colon: `[Seal: Ministry of Foreign Affairs]`)
_STAMP = re.compile(r"(?i)(?<!time )\bstamp(?:s|ed)?\b|"
                    r"\b(?:state|official|round|embassy|ministry|party|government)\s+seal\b|"
                    r"^\s*seal\b[^:\[\]]{0,60}:")
# A seal named alone in its bracket (`[Seal]`, `[round seal]`): a stamp with no wording of its
# own, the words after it on its line the text's.
# (`[seal]`, `[round seal]`, `[Seal of the Embassy]`: whose seal, named, however long its
# name: `[Seal of the Ministry of Foreign Affairs of the Socialist Republic of Vietnam]`; two
# officers' seals, `[Seals of the Director-General, Latin American and Caribbean Affairs
# Bureau, and of the Director, Second Latin America Division]`)
SEAL_ALONE = re.compile(r"(?i)^\s*(?:\w+\s+)?seals?(?:\s+of\s+(?:the\s+)?[\w .,’'()-]{2,160})?\s*$")
# `Stamp:`, `Stamps:`, `Stamp of the Secretariat:`, `stamped:`: a label that says a stamp
# follows; what stands after it is the stamp's wording.
_LABEL = re.compile(r"(?i)^\s*(?:stamp(?:s|ed)?|seal)\b[^:\[\]]{0,60}:\s*")
# `[Stamp]`, `[round stamp]`: a stamp named and described, its wording outside the bracket (after
# it on its line: `[Stamp] DECLASSIFIED`; nothing after it: `SECRET [large stamp]` describes the
# stamp that reads SECRET, a remark).
_NAMED = re.compile(r"(?i)^\s*(?:(?:large|small|round|square|rectangular|oval|triangular|"
                    r"faded|official|date|registration|receipt|red|blue|violet|black)\s+){0,2}"
                    r"stamps?(?:\s+and\s+(?:handwriting|signature|seal|initials))?"
                    # (`[stamp and handwriting; stamp not stamped properly]`: a remark after it)
                    r"(?:\s*;[^\[\]]*)?\s*$")


# Where on the page a stamp is, or that there is one: the translator's account of the page,
# with no wording of the stamp's (`[Czech-language stamp and notation at the top of the page]`,
# `[There is a stamp at the end of the first page …]`).
_ACCOUNT = LazyPattern(r"(?i)^\s*there\s+(?:is|are|was|were)\b|"
                       r"\b(?:of|on)\s+the\s+(?:\w+\s+)?page\b")


def _read(ctx: BracketContext) -> Match | None:
    if SEAL_ALONE.match(ctx.inner):
        return Match([CONVENTION.node("stamp", {"type": "unknown"}, ctx.children())])
    if not _STAMP.search(ctx.inner) or NOTE_LABEL.match(ctx.inner):
        return None  # (`[Translator’s note: there is a stamp …]`: the note tells of the stamp)
    label = _LABEL.match(ctx.inner)
    # (the colon may follow the bracket: `[Stamp at the bottom of the first page]:`)
    colon_after = ":" not in ctx.inner and ctx.after_start(1) == ":"
    if ":" not in ctx.inner and not colon_after and _ACCOUNT.search(ctx.inner) is not None:
        return None  # (with a colon, the stamp's wording follows: `[stamp on page 1: SECRET]`)
    if label is not None and "\n" in ctx.inner:
        label = None
    wording = label.end() if label is not None else (
        len(ctx.inner) if _NAMED.match(ctx.inner) or colon_after else None)
    if wording is None:
        return Match([CONVENTION.node("stamp", {"type": stamp_type(ctx.inner)},
                                      ctx.children())])
    typed = ctx.inner
    if not ctx.inner[wording:].strip():
        # `[stamp:] Received …`, `[Stamp] DECLASSIFIED`: the stamp reads on to the end of
        # its line, which tells its kind
        typed += " " + ctx.after.partition("\n")[0]
    return labelled(ctx, wording, CONVENTION, "stamp", {"type": stamp_type(typed)})


RULE = Rule(CONVENTION, _read)
