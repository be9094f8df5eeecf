"""`[emphasis in the original]`, `[date left blank]`, `[Translator's note: …]` → inline notes."""

from __future__ import annotations

import re

from teikit.rules.base import TRANSLATOR, BracketContext, Match
from teikit.rules.convention import Convention, bracketed

_NOTE_LABEL = re.compile(r"(?i)^\s*(?:translator'?s?|editor'?s?|ed\.|trans\.)\s*(?:note)?\s*:")
# Words by which an editor describes the document rather than transcribing it.
_EDITORIAL_WORDS = re.compile(
    r"(?i)\b(?:original|blank|identified|emphasis|underlined|underscored|crossed|struck|deleted|"
    r"erased|signature|signed|seal|missing|unclear|handwriting|typed|typewritten|printed|"
    r"illegible|page|text|document|sic|translator|editor|not\s+translated|omitted|continued)\b"
)


_IN_LANGUAGE = re.compile(r"^(?:[Ii]n|[Ww]ritten in) [A-Z][a-z]+(?: in the original)?$")
# A capitalised remark opens with one of these: "[Translation from Russian]", "[Signature]".
_EDITORIAL_OPENING = re.compile(
    r"^(?:Translation|Translated|Translator|Note|Editor|Seal|Signature|Signed|Illegible|"
    r"Emphasis|Original|Underlined|Crossed|Text|Page|Attachment|Enclosure|Omitted|Blank|"
    r"Marginal|Margin|Remainder|Rest|Continued|Untranslated|Unsigned|Not)\b"
)


REMARK_FORM = bracketed("note", (("type", "editorial"), ("place", "inline")))
REMARK_ATTRS = {"type": "editorial", "place": "inline", "resp": TRANSLATOR}

CONVENTION = Convention(
    name="editorial-note",
    syntax="[emphasis in the original], [date left blank], [Translator's note: …]",
    legend="Remarks of the translator or editor about the document.",
    tei="note[@type='editorial'][@place='inline']",
    summary="editorial_note",
    forms=(REMARK_FORM,),
)


class EditorialNoteRule:
    convention = CONVENTION

    def apply(self, ctx: BracketContext) -> Match | None:
        text = ctx.plain
        if not (
            _NOTE_LABEL.match(text)
            or _IN_LANGUAGE.match(text)
            or _EDITORIAL_OPENING.match(text)
            or (text[:1].islower() and _EDITORIAL_WORDS.search(text))
        ):
            return None
        return Match([CONVENTION.node("note", dict(REMARK_ATTRS), ctx.children())])


RULE = EditorialNoteRule()
