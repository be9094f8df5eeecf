"""A page that prints the original in its own script, then its translation (or the
translation, then the original): two texts, each read on its own.

The Chinese Foreign Ministry's cables and Mao's and Zhou Enlai's telegrams are often published
with the Chinese text over the English, a Soviet telegram with the Russian under it; each text
has its own heading, signature, date and notes (`周恩来` / `十月四日` over `Zhou Enlai` /
`October 4 [1950]`). Read as one, the original's lines became the translation's opening lines
and its signature a line among them. So the body is cut where the script changes, when one
end of it is a run of lines in another script and the rest is Latin: the run is the original
(`teikit.model.Original`), read as the translation is.

A line without letters (`1950`, `…`) goes with the text around it; a line in another script
inside the translation (a name, a quoted phrase) means no cut: that is a passage of the
original (`teikit.rules.original_script`), not a text beside it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from teikit.readers.units import Unit
from teikit.rules.original_script import LATIN_LETTER, script_language
from teikit.rules.text_language import SCRIPTS

_OTHER_SCRIPT = re.compile("|".join(pattern.pattern for _, pattern in SCRIPTS))
# Letters enough for the original to be a text, not a name or a heading's few characters,
# and for the translation to be one.
_ORIGINAL_LETTERS = 20
_TRANSLATION_LETTERS = 40


@dataclass(frozen=True, slots=True)
class OriginalSplit:
    """The body's units cut in two: the original's, the translation's."""

    original: list[Unit]
    translation: list[Unit]
    first: bool
    """Whether the original comes first on the page."""
    language: str


@dataclass(frozen=True, slots=True)
class _Letters:
    """How many Latin letters a line has, and how many of each other script."""

    latin: int
    other: Counter[str]

    @property
    def others(self) -> int:
        return sum(self.other.values())

    @property
    def in_other_script(self) -> bool:
        return self.others >= 2 and self.others > 2 * self.latin

    @property
    def latin_text(self) -> bool:
        return self.latin >= 2 and self.latin > 2 * self.others


def _letters(text: str) -> _Letters:
    other: Counter[str] = Counter()
    if not text.isascii():
        for name, pattern in SCRIPTS:
            found = len(pattern.findall(text))
            if found:
                other[name] = found
    return _Letters(len(LATIN_LETTER.findall(text)), other)


def split_original(units: list[Unit], original_language: str | None) -> OriginalSplit | None:
    """The original and the translation, when one end of the body is the original in its own
    script and the rest the translation; None for any other body (nearly all of them, told
    by one search of each line: a large file's lines are not counted letter by letter)."""
    if not any(_OTHER_SCRIPT.search(unit.text) for unit in units):
        return None
    for first in (True, False):
        order = range(len(units)) if first else range(len(units) - 1, -1, -1)
        run, scripts = _original_run(units, order)
        if run == 0 or sum(scripts.values()) < _ORIGINAL_LETTERS:
            continue
        original = units[:run] if first else units[len(units) - run:]
        translation = units[run:] if first else units[:len(units) - run]
        if not _latin_text(translation):
            continue
        script = scripts.most_common(1)[0][0]
        return OriginalSplit(original, translation, first,
                             script_language(script, original_language))
    return None


def _latin_text(units: list[Unit]) -> bool:
    """Letters enough for a translation, and no line in another script among them."""
    latin = 0
    for unit in units:
        if _OTHER_SCRIPT.search(unit.text) is not None and _letters(unit.text).in_other_script:
            return False
        if latin < _TRANSLATION_LETTERS:
            latin += len(LATIN_LETTER.findall(unit.text))
    return latin >= _TRANSLATION_LETTERS


def _original_run(units: list[Unit], order: range) -> tuple[int, Counter[str]]:
    """How many units from the start (or the end) are the original's: those in another script
    and the lines without letters among them, up to the first Latin line; and the original's
    letters by script."""
    run = 0
    scripts: Counter[str] = Counter()
    pending: Counter[str] = Counter()
    for taken, index in enumerate(order, start=1):
        item = _letters(units[index].text)
        if item.latin_text:
            break
        pending.update(item.other)
        if item.in_other_script:
            run = taken  # (lines without letters after the last are the translation's)
            scripts.update(pending)
            pending.clear()
    return run, scripts
