"""`[Top Secret]`, `[SECRET]`, `[Especially Urgent, Top Secret]`: classification markings in
brackets → `fw`."""

from __future__ import annotations

import re

from teikit.conventions import Convention, Form
from teikit.markings import CLASSIFICATION, URGENT
from teikit.model import Intervention, Text
from teikit.rules.base import BracketContext, Match, Rule
from teikit.rules.editorial_note import REMARK_ATTRS
from teikit.rules.gloss import CONVENTION as GLOSS
from teikit.rules.gloss import translates_abbreviation
from teikit.rules.lexicon import LETTERS

# A marking on a line of its own is the canonical form; a bracketed one records its brackets.
CONVENTION = Convention(
    "classification", "[Top Secret]", "fw[@type='classification']",
    "Classification and handling markings of the original.",
    summary="classification", forms=(Form("fw", "{}", (("type", "classification"),)),),
)


# `[Especially Urgent, Top Secret]`: the cable's precedence and its marking in one bracket.
_PARTS = re.compile(r"\s*[,;]\s*")
_PRECEDENCE = re.compile(rf"(?i){URGENT}[.!]?")


def _markings(text: str) -> bool:
    return all(CLASSIFICATION.match(part) or _PRECEDENCE.fullmatch(part)
               for part in _PARTS.split(text.strip()))


# The original's marking opening its line, in capitals, before its translation in brackets
# (`TAJNÉ [Secret]`, `STRENG GEHEIM [Top Secret]`).
_MARKING_BEFORE = re.compile(r"(?:^|(?<=\n))(?P<marking>[^\W\d_]+(?:[ -][^\W\d_]+){0,2})[!.]?\s+$")


# A word in lower case just before the bracket, and one just after it.
_LOWER_WORD_BEFORE = re.compile(r"[a-z][\w’'-]*\s+$")
_LOWER_WORD_AFTER = re.compile(r"^\s+[a-z]")


def _read(ctx: BracketContext) -> Match | None:
    if not (CLASSIFICATION.match(ctx.plain) or _markings(ctx.plain)):
        return None
    if (ctx.plain[:1].islower() and _LOWER_WORD_BEFORE.search(ctx.before[-30:]) is not None
            and _LOWER_WORD_AFTER.match(ctx.after) is not None):
        return None  # `of having collected [confidential] information`: a word of the sentence
    if translates_abbreviation(ctx, ctx.plain.split()):
        # `214/1952/szig. titk. [strictly secret]`: the original's marking abbreviated, glossed
        return None
    kind = _kind(ctx.plain)
    original = _original_marking(ctx, kind)
    if original is not None:
        return original
    return Match([CONVENTION.node("fw", {"type": kind}, ctx.children(), "[{}]")])


def _kind(text: str) -> str:
    """`precedence` for a cable's precedence alone (`[Extremely Urgent]`), else
    `classification` (`[Top Secret]`, `[Especially Urgent, Top Secret]`)."""
    parts = _PARTS.split(text.strip())
    return ("precedence" if all(_PRECEDENCE.fullmatch(part) for part in parts)
            else "classification")


def _original_marking(ctx: BracketContext, kind: str) -> Match | None:
    """`TAJNÉ [Secret]`: the original's marking, alone on its line before the bracket, and the
    translator's English for it; one marking, the original's words `foreign`, the bracket a
    gloss (the words before were loose text)."""
    if ctx.glued_before:
        return None
    before = ctx.before_and_quotation[-40:]
    found = _MARKING_BEFORE.search(before)
    if found is None or not found["marking"].isupper():
        return None
    printed = before[found.start("marking"):]
    tables = ctx.doc.words
    if any(tables.is_english(word.lower()) for word in LETTERS.findall(found["marking"])):
        return None
    language = tables.language_of(found["marking"]) or ctx.doc.foreign_lang
    foreign = Intervention("foreign", {"xml:lang": language}, [Text(found["marking"])])
    gloss = GLOSS.node("note", dict(REMARK_ATTRS), ctx.children())
    marking = CONVENTION.node("fw", {"type": kind},
                              [foreign, Text(printed[len(found["marking"]):]), gloss])
    return Match([marking], consume_before=len(printed))


RULE = Rule(CONVENTION, _read)
