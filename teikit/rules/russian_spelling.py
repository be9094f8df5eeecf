"""Whether words are Russian in Latin letters, as the archives' translators spell it, where
the header names no original language (`[pristupit k obiednineniiu]`, `[opis’]`): a soft or
hard sign, the letters only Russian writes so, the endings of its adjectives and nouns, its
short words."""

from __future__ import annotations

from collections.abc import Callable

from teikit.lazy_pattern import LazyPattern
from teikit.rules.lexicon import looks_transliterated

# How Russian reads in Latin letters, as the archives' translators spell it: a soft or hard
# sign (`opis’`, `telegraf’te`), the letters only it writes so (`zh`, `kh`, `shch`), and the
# endings of its adjectives and nouns (`narodnye`, `glubokoi`, `ispolneniie`, `obiednineniiu`).
_RUSSIAN_SPELLING = LazyPattern(
    r"(?i)[’'](?=\w|\s|$)|shch|(?<![cs])zh|kh|oy(?=[^aeiouy\s])|(?<=[bdlmnprstvz])ya|"
    r"(?:yi|yy|iy|aya|oye|oe|ogo|ego|iye|iya|iia|iiu|ii|oi|nye|kie|ykh|ikh|ov|ev|ye|ia|iu)\b|"
    # (its short words: `[pristupit k obiednineniiu]`, `[v nachale goda]`, `[pri etom bilo
    # ogovoreno]`)
    r"^(?:[kvsu]|pri|ne|na|po|ot|iz|bez|pod|nad|dlya|chto|kak|eto|etom|bylo|bilo|byl|ob|za|"
    r"cherez|posle|pered)$|"
    # (its adverbs of manner: `[po-bratski]`, `[po-svoemu]`)
    r"^po-[a-z]+(?:ski|cki|omu|emu)$")
# An adverb of manner, Russian's alone however English its parts read (`po`, `bratski`).
MANNER_ADVERB = LazyPattern(r"(?i)po-[a-z]+(?:ski|cki|omu|emu)")
# How many of a bracket's words must be spelt so, of more than `_FEW_WORDS`.
_RUSSIAN_WORDS = 2
_FEW_WORDS = 2
# The longest word too short to tell a language by.
_SHORT_WORD = 4


def russian_transliteration(text: str) -> bool:
    """Whether `text` is Russian in Latin letters: a soft sign, or words spelt as only Russian
    transliterated is (one of a bracket of two words, two of a longer one)."""
    found = [word for word in text.split() if _RUSSIAN_SPELLING.search(word)]
    wanted = 1 if len(text.split()) <= _FEW_WORDS else _RUSSIAN_WORDS
    return bool(found) and (looks_transliterated(text) or len(found) >= wanted)


def russian_among_english_words(text: str, is_english: Callable[[str], bool]) -> bool:
    """`[starshiy brat]`, `[vozdushnyi most]`: two words or more in lower case, each English
    does not write spelt as only Russian transliterated is, one such long word at least (English
    may happen to spell the others: `brat`, `most`)."""
    words = text.split()
    if len(words) < 2 or not all(word[:1].islower() for word in words):
        return False
    # (an English plural's possessive is no soft sign: `workers'`)
    foreign = [word for word in words if not is_english(word.rstrip("'’"))]
    return (any(len(word) > _SHORT_WORD for word in foreign)
            and all(_RUSSIAN_SPELLING.search(word) for word in foreign))
