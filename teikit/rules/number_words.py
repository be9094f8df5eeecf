"""The value of a number written in English words (`fifty`, `one hundred and twenty-five`,
`three thousand`), as a translator restates a figure after it."""

from __future__ import annotations

import re

_UNITS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {word: 10 * value for value, word in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_PARTS = re.compile(r"[\s-]+")


def number_in_words(text: str) -> int | None:
    """`fifty` → 50, `two hundred and five` → 205; None when a word is no number's."""
    words = [word for word in _PARTS.split(text.lower().strip(" .,")) if word and word != "and"]
    if not words:
        return None
    total = current = 0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return None
    return total + current
