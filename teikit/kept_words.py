"""The words check for a source that has no text to give back (a Word file).

A page export's TEI must give its text back (`teikit.lossless`). A Word file's formatting,
notes, comments and tracked changes have no text form to compare with, but its words do: each
word of its paragraphs, the notes and comments they point to and its tracked deletions must
stand in the TEI's text written back (`teikit.writers.source`), as often as in the file. One
that does not is reported, with the first few missing, in a warning: a reader that drops words
would otherwise do so unseen.
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
        found.update(word.lower() for word in _WORD.findall(text))
    return found


def missing_words(expected: Counter[str], written_back: str, path: str) -> Diagnostic | None:
    """A warning naming the words of `expected` that `written_back` lacks, if any."""
    # The emphasis Word's formatting is written back as may stand inside a word
    # (`poli**tical**`) or between two (a note's star after the word it is on: `Chinese*An
    # endnote`): a word counts as kept if either reading of the stars has it.
    missing = expected - (word_inventory((written_back.replace("*", ""),))
                          | word_inventory((written_back.replace("*", " "),)))
    if not missing:
        return None
    shown = ", ".join(f"{word!r}" + (f" ×{count}" if count > 1 else "")
                      for word, count in missing.most_common(_SHOWN))
    more = "" if len(missing) <= _SHOWN else f" and {len(missing) - _SHOWN} more"
    return Diagnostic("warning", "lost-words",
                      f"{sum(missing.values())} word(s) of the source are not in the TEI: "
                      f"{shown}{more}", Location(path))
