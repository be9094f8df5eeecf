"""Is a word English? Word frequencies from `wordfreq`.

Importing wordfreq and loading its English list costs about 0.3 s, more than the whole of a
conversion, and the rules only ask whether a word is frequent (Zipf ≥ 2.5). So the first use
derives that part of the list and keeps it in the user cache (`$TEIKIT_CACHE_DIR`, else
`$XDG_CACHE_HOME/teikit`, else `~/.cache/teikit`), keyed by the wordfreq version; later runs
load the cache in a few milliseconds.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib.metadata import version

from teikit.metadata.languages import LANGUAGE_CODES
from teikit.resources import cache_dir

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

# Zipf frequency at or above which a word counts as ordinary English (4.5 ≈ 30 times in a
# million words of running text); transliterations such as "narodnye" score 0.
COMMON = 4.5
ENGLISH = 3.0
_KEPT = 2.5


def _derive() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    table: dict[str, float] = {}
    for word, frequency in get_frequency_dict("en").items():
        zipf_value = math.log10(frequency) + 9
        if zipf_value >= _KEPT:
            table[word] = round(zipf_value, 2)
    return table


@cache
def _table() -> dict[str, float]:
    path = cache_dir() / f"english-zipf-{version('wordfreq')}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    table = _derive()
    try:
        from teikit.io import atomic_write

        atomic_write(path, json.dumps(table, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # a read-only home: the table is derived again next time
    return table


def zipf(word: str) -> float:
    return _table().get(word.lower(), 0.0)


def words(text: str) -> list[str]:
    return WORD.findall(text)


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


# Adjectives of nationality and of direction: `the [North Korean] party`, `[Cuban] troops`.
_NATIONALITIES = frozenset(LANGUAGE_CODES) | frozenset(
    "soviet american cuban yugoslav czechoslovak mexican brazilian argentine chilean canadian "
    "british egyptian israeli iraqi iranian syrian indian pakistani afghan african european "
    "asian allied socialist communist north south east west northern southern eastern western "
    "central".split()
)


def is_nationality(text: str) -> bool:
    """Whether every word of `text` is an adjective of nationality or direction."""
    found = [w.lower() for w in words(text)]
    return bool(found) and all(w in _NATIONALITIES for w in found)
