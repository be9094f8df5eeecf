"""Is a word English? Word frequencies from `wordfreq`, loaded on first use only."""

from __future__ import annotations

import re
from functools import cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

# Zipf frequency at or above which a word counts as ordinary English (4 ≈ once in 100,000 words
# of running text). Transliterations such as "narodnye" or "ogovoreno" score 0.
COMMON = 4.5
ENGLISH = 3.0


@cache
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_common(word: str) -> bool:
    return zipf(word) >= COMMON


def english_share(text: str) -> float:
    """The share of the words of `text` that are English words."""
    found = words(text)
    if not found:
        return 0.0
    return sum(zipf(w) >= ENGLISH and "’" not in w for w in found) / len(found)


def looks_transliterated(text: str) -> bool:
    """A soft or hard sign rendered as an apostrophe (`opis’`) marks a transliteration."""
    return bool(re.search(r"[^\W\d_]’(?:[^\W\d_]|\b)", text))
