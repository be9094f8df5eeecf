"""`the Statute [Article VI.A.1]`, `the memorandum of 12 May 1965 [ENDC/143]`: where the
document named before the bracket is found, as the translator cites it; the gloss rule reads
it as its note, no words supplied to the sentence."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.rules.base import BracketContext

# A part of a text by its number (`Article VI.A.1`, `para. 3`, `Annex II`), or a document's
# symbol as a body files it (`ENDC/143`, `A/RES/2028 (XX)`, `S/5002`).
_REFERENCE = LazyPattern(
    r"(?:(?i:article|art\.|section|sect\.|paragraph|para\.|chapter|annex|rule|clause|point)\s+"
    r"(?:[IVXLC]+|\d+)(?:[.()]?[A-Za-z0-9]{1,4})*[.)]?"
    r"|[A-Z]{1,6}(?:/[A-Z0-9.]{1,10})+(?:\s\([IVXL]+\))?)")


# The words after which a reference is the sentence's own, supplied (`under [Article 5]`).
_GRAMMAR_BEFORE = frozenset("a an the of in on under by to with from per see and or "
                            "according".split())
_LAST_WORD = LazyPattern(r"([^\W\d_][\w’'-]*)[”\"»’]?\s+$")


def cites_a_reference(ctx: BracketContext, words: list[str]) -> bool:
    """The bracket holds a reference alone, after what it cites (not after a word of grammar,
    nor opening a sentence, nor after the kind of part it numbers: `an article [Article 4]`
    says which, supplied)."""
    del words
    if ctx.glued_before or _REFERENCE.fullmatch(ctx.plain) is None:
        return False
    last = _LAST_WORD.search(ctx.before_and_quotation[-40:])
    if last is None:
        # (after a date or a number: `the memorandum of 12 May 1965 [ENDC/143]`)
        return ctx.before_and_quotation.rstrip()[-1:].isdigit()
    # (the kind of part named just before, the bracket saying which: `an article [Article 4]`)
    named = last.group(1).lower()
    return named not in _GRAMMAR_BEFORE and named != ctx.plain.split()[0].lower()
