"""Is a word English? Word frequencies from `wordfreq`.

Importing wordfreq and loading its English list costs about 0.3 s, more than the whole of a
conversion, and the rules only ask whether a word is frequent (Zipf ≥ 2.5). So the first use
derives that part of the list and keeps it in the user cache (`$TEIKIT_CACHE_DIR`, else
`$XDG_CACHE_HOME/teikit`, else `~/.cache/teikit`), keyed by the wordfreq version. The cache is
one line per word, `word<TAB>zipf`, sorted by the words' UTF-8 bytes: a run reads the file as
bytes and finds each word it asks about by binary search (remembering the answer), so that a
one-file conversion does not build a dict of 50,000 words to ask about a few hundred.

The table is loaded by `load_table()` and kept by whoever asks (`teikit.rules.word_tables`):
this module keeps nothing between calls.
"""
from __future__ import annotations

import importlib.util
import math
import re
from pathlib import Path

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


def wordfreq_version() -> str:
    """The installed wordfreq's version, from its `.dist-info` folder name when there is one:
    `importlib.metadata` alone costs more to import than the cache costs to load."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is not None and spec.origin is not None:
        for info in Path(spec.origin).parent.parent.glob("wordfreq-*.dist-info"):
            return info.name.removeprefix("wordfreq-").removesuffix(".dist-info")
    from importlib.metadata import version

    return version("wordfreq")


def dump_table(table: dict[str, float]) -> bytes:
    lines = sorted((word.encode("utf-8", "surrogatepass"), value) for word, value in table.items()
                   if "\t" not in word and "\n" not in word)  # never looked up
    return b"".join(word + f"\t{value!r}\n".encode("ascii") for word, value in lines)


class SortedTable:
    """The cache file's bytes, searched by bisection; the answers are remembered."""

    def __init__(self, data: bytes) -> None:
        if data and not data.endswith(b"\n"):
            raise ValueError("a truncated word table")
        self.data = data
        self.known: dict[str, float] = {}

    def zipf(self, word: str) -> float:
        value = self.known.get(word)
        if value is None:
            value = self.known[word] = self._search(word.encode("utf-8", "surrogatepass"))
        return value

    def _search(self, key: bytes) -> float:
        data = self.data
        low, high = 0, len(data)  # both at the start of a line
        while low < high:
            start = data.rfind(b"\n", low, (low + high) // 2) + 1 or low
            tab = data.index(b"\t", start)
            end = data.index(b"\n", tab)
            word = data[start:tab]
            if word == key:
                return float(data[tab + 1 : end])
            if word < key:
                low = end + 1
            else:
                high = start
        return 0.0


def load_table() -> SortedTable:
    """The English table from the user cache, derived (and stored) when it is not there."""
    path = cache_dir() / f"english-zipf-{wordfreq_version()}.sorted"
    try:
        return SortedTable(path.read_bytes())
    except (OSError, ValueError):
        pass
    data = dump_table(_derive())
    try:
        from teikit.io import atomic_write

        atomic_write(path, data)
    except OSError:
        pass  # a read-only home: the table is derived again next time
    return SortedTable(data)


def words(text: str) -> list[str]:
    return WORD.findall(text)


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
