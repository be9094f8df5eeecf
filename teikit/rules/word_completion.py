"""`F[oreign] M[inistry]`, `Zhang[zhou]`, `[a]nd`, `C.[omrade]`: letters the translator supplied
inside a word, or after the initial that abbreviates it.

The bracket is glued to the word it completes, so the word stays one word in the text:
`F<supplied reason="omitted" resp="#translator">oreign</supplied>`, never a note.
"""

from __future__ import annotations

from teikit.conventions import Convention
from teikit.lazy_pattern import LazyPattern
from teikit.rules.base import BracketContext, Match, Rule
from teikit.rules.lexicon import LETTERS
from teikit.rules.supplied import CONVENTION as SUPPLIED
from teikit.rules.supplied import SUPPLIED_ATTRS

CONVENTION = Convention("word-completion", "F[oreign] M[inistry], Shan[tou], v[i]",
                        "supplied[@reason='omitted'] inside the word",
                        "Letters the translator supplied to complete an abbreviated or "
                        "shortened word.", summary=SUPPLIED.summary, forms=SUPPLIED.forms)
# Letters only, with an apostrophe for a possessive (`Kim Il Sung['s]`): one piece of a word;
# its hyphen first where the bracket completes a hyphenated name (`Gheorghiu[-Dej]`).
_LETTERS = LazyPattern(r"^(?:['’]|-(?=[^\W\d_]))?[^\W\d_]+(?:['’-][^\W\d_]+)*['’]?$")


# An initial with its full stop, the bracket glued to it: `C.[omrade] Stalin`, `R.[ostow]`.
_INITIAL = LazyPattern(r"(?:^|[^\w.])[A-ZА-Я]\.$")


# The letters of a word's beginning before the bracket, a stray space at most between them.
_BEGINNING = LazyPattern(r"(?:^|[^\w’'])([^\W\d_]{1,8}) ?$")


def _detached(ctx: BracketContext) -> bool:
    """A stray space keeps the bracket apart from the letters it completes (`on G [ermany's]
    unity`, `Party app[ aratus]`): the letters and the bracket's make an English word, the
    bracket's alone do not (`an [other]` is another word supplied)."""
    inner = ctx.inner.strip()
    if not inner[:1].islower() or not _LETTERS.match(inner):
        return False
    beginning = _BEGINNING.search(ctx.before[-10:])
    words = ctx.doc.words
    return (beginning is not None and not words.is_english(inner)
            and words.is_english(beginning.group(1) + inner))


_WHOLE_WORD = 4


def _space_left_out(ctx: BracketContext) -> bool:
    """`reactive [otvetnogo]increase`: a word of another language given whole, glued to the
    English word after it by a space the page lost; the two make no word."""
    inner = ctx.inner.strip()
    after = LETTERS.match(ctx.after_start(30))  # (the letters of the word glued after it)
    if ctx.before[-1:].isalpha() or len(inner) < _WHOLE_WORD or after is None:
        return False
    words = ctx.doc.words
    following = after.group().lower()
    return (len(following) >= 3 and words.is_english(following)
            and not words.is_english(inner.lower())
            and not words.is_english(inner.lower() + following))


def _read(ctx: BracketContext) -> Match | None:
    # (the letters before may be a name's last, read into its node already: `[Gheorghe]
    # Gheorghiu[-Dej]`)
    glued = (ctx.before[-1:].isalpha() or ctx.previous.isalpha() or ctx.after_start(1).isalpha()
             or (ctx.inner[:1].islower() and _INITIAL.search(ctx.before) is not None))
    if not (glued and _LETTERS.match(ctx.inner)) and not _detached(ctx):
        return None
    if _space_left_out(ctx):
        return None
    return Match([CONVENTION.node("supplied", dict(SUPPLIED_ATTRS), ctx.children())])


RULE = Rule(CONVENTION, _read)
