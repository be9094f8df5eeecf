"""The words check for a source that has no text to give back (a Word file).

A page export's TEI must give its text back (`teikit.lossless`). A Word file's formatting,
notes, comments and tracked changes have no text form to compare with, but its words do: each
word of its paragraphs, the notes and comments they point to and its tracked deletions must
stand in the TEI's text written back (`teikit.writers.source`), as often as in the file, and
no word may stand there more often but the marks Word draws for its notes. A word missing or
one more is reported, with the first few, in a warning: a conversion that drops words or
writes some twice would otherwise do so unseen. (The words asked for are those the reader
read: a part it reads twice asks for its words twice.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from teikit.diagnostics import Diagnostic
from teikit.errors import Location

_WORD = re.compile(r"\w+")
_SHOWN = 8


def word_inventory(texts: Iterable[str]) -> Counter[str]:
    """Each word of `texts` in lower case, as often as it stands there."""
    found: Counter[str] = Counter()
    for text in texts:
        found.update(map(str.lower, _WORD.findall(text)))
    return found


Readings = tuple[Counter[str], Counter[str]]


def _readings(written_back: str) -> Readings:
    # The emphasis Word's formatting is written back as may stand inside a word
    # (`poli**tical**`) or between two (a note's star after the word it is on: `Chinese*An
    # endnote`): both readings of the stars are taken.
    return (word_inventory((written_back.replace("*", ""),)),
            word_inventory((written_back.replace("*", " "),)))


def words_check(expected: Counter[str], written_back: str, path: str, marks: Counter[str],
                ) -> list[Diagnostic]:
    """Both halves of the check on one reading of `written_back`: the words missing
    (`missing_words`), the words added (`added_words`)."""
    readings = _readings(written_back)
    return [found for found in (_missing(expected, readings, path),
                                _added(expected, readings, path, marks)) if found is not None]


def missing_words(expected: Counter[str], written_back: str, path: str) -> Diagnostic | None:
    """A warning naming the words of `expected` that `written_back` lacks, if any (a word
    counts as kept if either reading of the stars has it)."""
    return _missing(expected, _readings(written_back), path)


def added_words(expected: Counter[str], written_back: str, path: str, marks: Counter[str],
                ) -> Diagnostic | None:
    """A warning naming the words `written_back` holds more often than `expected` and the
    notes' `marks` together, if any (a word counts as added if both readings of the stars
    have it so)."""
    return _added(expected, _readings(written_back), path, marks)


def _missing(expected: Counter[str], readings: Readings, path: str) -> Diagnostic | None:
    joined, parted = readings
    missing = expected - (joined | parted)
    if not missing:
        return None
    return Diagnostic("warning", "lost-words",
                      f"{sum(missing.values())} word(s) of the source are not in the TEI: "
                      f"{_shown(missing)}", Location(path))


def _added(expected: Counter[str], readings: Readings, path: str, marks: Counter[str],
           ) -> Diagnostic | None:
    allowed = expected + marks
    joined, parted = readings
    added = (joined - allowed) & (parted - allowed)
    if not added:
        return None
    return Diagnostic("warning", "added-words",
                      f"{sum(added.values())} word(s) in the TEI more often than in the "
                      f"source: {_shown(added)}", Location(path))


def _shown(words: Counter[str]) -> str:
    shown = ", ".join(f"{word!r}" + (f" ×{count}" if count > 1 else "")
                      for word, count in words.most_common(_SHOWN))
    return shown + ("" if len(words) <= _SHOWN else f" and {len(words) - _SHOWN} more")
