"""Is a word English? Word frequencies from `wordfreq`.

Importing wordfreq and loading its English list costs about 0.3 s, more than the whole of a
conversion, and the rules only ask whether a word is frequent (Zipf ≥ 2.5). So the first use
derives that part of the list and keeps it in the user cache (`$TEIKIT_CACHE_DIR`, else
`$XDG_CACHE_HOME/teikit`, else `~/.cache/teikit`), keyed by the wordfreq version; later runs
load the cache in a few milliseconds. The cache holds one line per Zipf value, the value and
then its words, tab-separated: about 400 lines, split and turned into a dict several times
faster than the same table parsed as JSON.
"""

from __future__ import annotations

import importlib.util
import math
import re
from functools import cache
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


def dump_table(table: dict[str, float]) -> str:
    by_value: dict[float, list[str]] = {}
    for word, value in table.items():
        if "\t" not in word and "\n" not in word:  # no such word is ever looked up
            by_value.setdefault(value, []).append(word)
    return "".join(f"{value!r}\t" + "\t".join(words) + "\n"
                   for value, words in sorted(by_value.items()))


def load_table(text: str) -> dict[str, float]:
    table: dict[str, float] = {}
    for line in text.split("\n"):
        if not line:
            continue
        value, *words = line.split("\t")
        table.update(dict.fromkeys(words, float(value)))
    return table


@cache
def _table() -> dict[str, float]:
    path = cache_dir() / f"english-zipf-{wordfreq_version()}.tsv"
    try:
        return load_table(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    table = _derive()
    try:
        from teikit.io import atomic_write

        atomic_write(path, dump_table(table).encode("utf-8"))
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
