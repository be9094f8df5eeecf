"""`the "third basket" [humanitarian questions]`: a term quoted, then what it means, which the
gloss rule reads as its note (the sentence reads whole without it)."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.rules import cognates
from teikit.rules.base import BracketContext

# A term quoted after its article, or after `of` (`of "Chollima"`), a few words long.
_QUOTED_TERM_BEFORE = LazyPattern(r"(?i)\b(?:the|a|an|of|so-called)\s+[“\"«]"
                                  r"(?P<term>[^“”\"«»\[\]]{1,40})[”\"»]\s+$")
_TERM_WORDS = 4
# The words a meaning does not open on: a phrase that goes on with the sentence (`"at the
# highest level" [of the two parties]`); `the` opens a thing named (`[the Israelis]`), unless
# a description follows (`[the name of the medieval Korean state]`).
_CONTINUING = frozenset("of for to in on at by with from between and or who which that".split())
_DESCRIBED_WITH_ARTICLE = 4


def explains_the_quoted_term(ctx: BracketContext, words: list[str]) -> bool:
    """After a term quoted, a phrase of English in lower case saying what it is (`the "three
    readies" [a youth mobilization movement of the war years]`); not the term in the
    original's words (`a "colonial enclave" [enclave colonial]`)."""
    if not ctx.after_quotation or len(words) < 2:
        return False
    term = _QUOTED_TERM_BEFORE.search(ctx.source_before)
    if term is None or len(term["term"].split()) > _TERM_WORDS:
        return False
    first = words[0].lower()
    if (first in _CONTINUING or not words[0][:1].islower()
            or (first == "the" and len(words) < _DESCRIBED_WITH_ARTICLE)):
        return False
    tables = ctx.doc.words
    if not all(tables.is_english(word.strip(",.;:()").lower()) for word in words):
        return False
    term_words = term["term"].lower().split()
    return not (set(term_words) & {word.lower() for word in words}
                or cognates.restate(ctx.plain, term_words, tables))
