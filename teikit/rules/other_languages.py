"""Is a word that English does not know a common word of another language?

Translators leave a term untranslated now and then (`my air oficio number 540`). Such a word is
unknown to English and common in a language of the documents' family. wordfreq knows both, but
loading a dozen of its lists costs seconds, and a document asks about a handful of words; so
the first use derives, once per wordfreq version, a table of the words that qualify and keeps it
as an SQLite file in the user cache (see `teikit.rules.lexicon`), where each later question is
one indexed lookup, with nothing loaded. The opened table is kept by whoever asks
(`teikit.rules.word_tables`), not by this module.

A second table of the same file holds the words English knows that are far more at home in
another language (`que`, `il`, `muerte`): no one of them says a phrase is not English, but
half a phrase of them does (`teikit.rules.phrase_language`). A third holds the words English
has no use for that are less common abroad (`Vermerk`, `Notatka`): alone in a bracket after
the English word they translate, they are the original's (`teikit.rules.original_wording`).
"""

from __future__ import annotations

import contextlib
import math
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from teikit.errors import TeikitError
from teikit.io import atomic_write
from teikit.resources import cache_dir
from teikit.rules.lexicon import wordfreq_version

if TYPE_CHECKING:
    import sqlite3

# Languages in Latin script that the archives translate from, or that diplomats write in.
# Cyrillic, Chinese and Japanese words come transliterated and no list knows them.
LANGUAGES = ("es", "pt", "fr", "de", "it", "pl", "cs", "hu", "ro", "sh", "nl")

COMMON_ABROAD = 3.5
"""Zipf frequency from which a word is common in its language (≈ 3 per million words)."""
RARE_IN_ENGLISH = 1.5
"""Zipf frequency below which English has no use for the word (≈ 1 in 30 million words):
`oficio` (1.2) qualifies, the loans `risqué` (2.4), `chargé` (2.3), `détente` (2.3) do not."""
MIN_LENGTH = 4
LESS_COMMON_ABROAD = 3.0
"""Zipf frequency from which a word English has no use for is a word of another language when
it translates the English word before it in a bracket of its own (`Note [Vermerk]` 3.2,
`Distribution [Verteiler]` 3.2, `NOTE [Notatka]` 3.4): rarer than `COMMON_ABROAD`, it says
nothing of a word in running text."""


def _zipf(frequency: float) -> float:
    return math.log10(frequency) + 9


def _folded(word: str) -> str:
    """`manœuvre` → manoeuvre, `démarche` → demarche: how English spells a loan it took."""
    word = word.replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


AT_HOME_ABROAD = 3.5
"""Zipf frequency from which a word English knows too is at home in another language, where
it is a hundred times (`AT_HOME_MARGIN`) more frequent: `que`, `muerte`, `futuro`, `il`."""
AT_HOME_MARGIN = 2.0


Rows = list[tuple[str, str]]


def _derive() -> tuple[Rows, Rows, Rows]:
    """The words English has no use for, common abroad (any word of a phrase tells its
    language), the words English knows that are far more at home abroad (`que`, `il`,
    `muerte`: only several of them together tell a phrase's language), and the words English
    has no use for that are less common abroad (one alone in a bracket tells its language)."""
    from wordfreq import get_frequency_dict

    english = get_frequency_dict("en")
    found: dict[str, list[tuple[float, str]]] = {}
    at_home: dict[str, list[tuple[float, str]]] = {}
    less_common: dict[str, list[tuple[float, str]]] = {}
    for language in LANGUAGES:
        for word, frequency in get_frequency_dict(language).items():
            value = _zipf(frequency)
            if value < LESS_COMMON_ABROAD or not word.isalpha():
                continue
            in_english = max((_zipf(english[form]) for form in (word, _folded(word))
                              if form in english), default=0.0)
            if in_english < RARE_IN_ENGLISH and len(word) >= MIN_LENGTH:
                table = found if value >= COMMON_ABROAD else less_common
                table.setdefault(word, []).append((value, language))
            elif value >= AT_HOME_ABROAD and value >= in_english + AT_HOME_MARGIN:
                at_home.setdefault(word, []).append((value, language))
    return _rows(found), _rows(at_home), _rows(less_common)


def _rows(table: dict[str, list[tuple[float, str]]]) -> Rows:
    return [(word, " ".join(lang for _, lang in sorted(langs, reverse=True)))
            for word, langs in table.items()]


def _database(tables: dict[str, Rows]) -> bytes:
    """The tables as the bytes of an SQLite file, built in memory (written like any cache)."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        for table, content in tables.items():
            db.execute(f"CREATE TABLE {table} (word TEXT PRIMARY KEY, languages TEXT) "
                       "WITHOUT ROWID")
            db.executemany(f"INSERT INTO {table} VALUES (?, ?)", content)
        db.commit()
        return db.serialize()


_WORDS = "words"
_AT_HOME = "at_home"
_LESS_COMMON = "less_common"


_BATCH = 500  # variables per statement, well under SQLite's limit


class OtherLanguagesTable:
    """The table of words common abroad, opened (or derived) once by its owner."""

    def __init__(self) -> None:
        path = cache_dir() / f"other-languages-4-{wordfreq_version()}.sqlite"
        self._memory: dict[str, dict[str, str]] | None = None
        self._db: sqlite3.Connection | None = None
        if not path.is_file():
            rows, at_home, less_common = _derive()
            tables = {_WORDS: rows, _AT_HOME: at_home, _LESS_COMMON: less_common}
            try:
                atomic_write(path, _database(tables), durable=False)
            except (OSError, TeikitError):
                # a read-only home: derived again next time
                self._memory = {table: dict(content) for table, content in tables.items()}
                return
        # Imported once a document asks the table: most ask it nothing (every word English).
        import sqlite3

        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def languages(self, words: list[str]) -> dict[str, tuple[str, ...]]:
        """Of `words`, those English has no use for that are common abroad, with their
        languages."""
        return self._ask(_WORDS, words)

    def at_home(self, words: list[str]) -> dict[str, tuple[str, ...]]:
        """Of `words`, those English knows that are far more at home abroad, with the
        languages where they are."""
        return self._ask(_AT_HOME, words)

    def less_common(self, words: list[str]) -> dict[str, tuple[str, ...]]:
        """Of `words`, those English has no use for that are less common abroad
        (`LESS_COMMON_ABROAD`), with their languages."""
        return self._ask(_LESS_COMMON, words)

    def _ask(self, table: str, words: list[str]) -> dict[str, tuple[str, ...]]:
        if self._memory is not None:
            held = self._memory[table]
            rows = [(w, held[w]) for w in words if w in held]
        else:
            assert self._db is not None
            rows = []
            for start in range(0, len(words), _BATCH):
                batch = words[start : start + _BATCH]
                marks = ",".join("?" * len(batch))
                rows += self._db.execute(
                    f"SELECT word, languages FROM {table} WHERE word IN ({marks})",
                    batch).fetchall()
        return {word: tuple(found.split()) for word, found in rows}


def askable(words: Iterable[str]) -> list[str]:
    """The words the table may hold, each once: a document whose words are all short asks
    nothing, and the table is not even opened."""
    return sorted({w for w in words if len(w) >= MIN_LENGTH and w.isalpha()})
