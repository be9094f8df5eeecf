"""Words of another language that restate the English words before them as cognates
(`Maoist propaganda [maoistische Propaganda]`, `the Pact Secretariat [Pakt Sekreterliği]`):
what tells the original's wording where no table of its language holds the words."""

from __future__ import annotations

import re
import unicodedata

from teikit.rules.lexicon import ARTICLES, LETTERS
from teikit.rules.word_tables import WordTables

# How many letters two words share at their start that make one the other's cognate.
_STEM = 5
# The words before the bracket it may restate.
_RESTATED_REACH = 6


def _stem(word: str) -> str:
    """A word's first letters as cognates share them: without accents, a letter doubled
    written once (`Committee`, `Comité`), `c` as the `k` most languages write for it
    (`Sekretariat`, `Komitee`, `Pakt`) and `ch` as the `sh` Russian's transliteration writes
    for French's (`echelons`, `eshelona`)."""
    bare = "".join(letter for letter in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(letter)).replace("ch", "sh").replace("c", "k")
    return _DOUBLED.sub(r"\1", bare)[:_STEM]


_DOUBLED = re.compile(r"(\w)\1")


def restate(bracket: str, before: list[str], tables: WordTables) -> bool:
    """Whether each long word of `bracket` begins as one of the words `before` does, one of
    them at least spelt otherwise and no English."""
    long_words = [word.lower() for word in LETTERS.findall(bracket) if len(word) >= _STEM]
    lowered = [word.lower() for word in before[-_RESTATED_REACH:]]
    if not long_words or not lowered:
        return False
    stems = {_stem(word) for word in lowered}
    if not all(_stem(word) in stems for word in long_words):
        return False
    return any(word not in lowered and not tables.is_english(word) for word in long_words)


def restate_in_part(bracket: str, before: list[str], tables: WordTables) -> bool:
    """Whether one long word of `bracket` at least begins as one of the words `before` does,
    spelt otherwise and no English, and each of its other words is no English either (`the
    Revolutionary Council [Dewan Revolusi]`: `Revolusi` restates `Revolutionary`, `Dewan` is
    Indonesian's own)."""
    words = [word.lower() for word in LETTERS.findall(bracket)]
    lowered = [word.lower() for word in before[-_RESTATED_REACH:]]
    stems = {_stem(word) for word in lowered}
    restated = [word for word in words if len(word) >= _STEM and _stem(word) in stems]
    return (any(word not in lowered and not tables.is_english(word) for word in restated)
            and not any(tables.is_english(word) for word in words if word not in restated))


# The languages that put the adjective after its noun, as English does not.
_NOUN_FIRST = frozenset("es pt fr it ro ca gl".split())


def reorders(bracket: str, before: list[str], original_language: str | None) -> bool:
    """`a "colonial enclave" [enclave colonial]`: the words just before, the same words in
    another order, as the original's language (one that puts its adjectives after the noun)
    orders them."""
    if original_language not in _NOUN_FIRST:
        return False
    words = [word.lower() for word in LETTERS.findall(bracket)]
    printed = [word.lower() for word in before if word.lower() not in ARTICLES][-len(words):]
    return len(words) >= 2 and words != printed and sorted(words) == sorted(printed)
