"""The word tables the rules consult, held by one owner for as long as it wants them.

A conversion run (one `teikit convert` call, one worker of a batch or a site build) makes one
`WordTables` and hands it to every document it reads (`DocumentContext.words`): each table is
opened on its first question and kept by this object, and the answers the English table looks
up are remembered with it. Nothing is kept at module level, so two runs with different caches
or wordfreq versions never share a table by accident.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property

from teikit.rules.lexicon import (
    COMMON,
    DIPLOMATIC_LOANS,
    ENGLISH,
    ENGLISH_FORMATION,
    KNOWN,
    LETTERS,
    SortedTable,
    load_table,
    looks_transliterated,
    words,
)
from teikit.rules.other_languages import RARE_IN_ENGLISH, OtherLanguagesTable, askable

# The endings English inflects its verbs and nouns with, and the shortest word they end.
_INFLECTIONS = ("s", "es", "ed", "d")
_STEM = 4


class WordTables:
    def __init__(self) -> None:
        self._derived: dict[str, dict[str, str]] = {}

    def derived(self, name: str) -> dict[str, str]:
        """Answers the rule `name` works out from these tables alone, word by word, kept as
        long as the tables are."""
        return self._derived.setdefault(name, {})

    @cached_property
    def english(self) -> SortedTable:
        return load_table()

    @cached_property
    def abroad(self) -> OtherLanguagesTable:
        return OtherLanguagesTable()

    def zipf(self, word: str) -> float:
        """How frequent `word` is in English; a possessive as its noun is (`translator's`)."""
        lowered = word.lower().replace("’", "'")  # (the table spells `we'll` so)
        value = self.english.zipf(lowered)
        if lowered.endswith("'s"):
            return max(value, self.english.zipf(lowered[:-2]))
        return value

    def begins_english_word(self, letters: str) -> bool:
        """`situat`: the beginning of a frequent English word, as a word cut off is."""
        return self.english.begins_word(letters.lower(), ENGLISH)

    def is_common(self, word: str) -> bool:
        return self.zipf(word) >= COMMON

    def english_share(self, text: str) -> float:
        """The share of the words of `text` that are English words."""
        return share_of(text, self.is_english)

    def everyday_share(self, text: str) -> float:
        """The share of the words of `text` that are words of everyday English (a name English
        knows well is none: `Jiang Jieshi` has none)."""
        return share_of(text, self.is_everyday)

    def is_english(self, word: str) -> bool:
        """Frequent in English (Zipf ≥ 3.0), or known to it and built as English builds its
        words (`demarcation` 2.8, `demilitarized` 2.5, `chairman's` 2.6): not a transliteration
        that English borrowed (`rayon` 3.0, `kolkhoz` 1.9, `oblast`), which keeps its form."""
        if word.lower() in DIPLOMATIC_LOANS:
            return True  # (`chargé d'affaires`: diplomacy's French, English's own there)
        if "’" in word and looks_transliterated(word):
            return False  # a soft sign: `opis’`, `Il’ich`
        value = self.zipf(word)
        return value >= ENGLISH or (value >= KNOWN and (
            ENGLISH_FORMATION.search(word) is not None or self._inflects_frequent_word(word)))

    def _inflects_frequent_word(self, word: str) -> bool:
        """`fulfils` (2.5), `reaffirms`: a verb's or a noun's ending on a frequent word
        (`fulfil` 3.6), as British spelling makes rare what American spells otherwise."""
        return any(word.endswith(ending) and len(word) - len(ending) >= _STEM
                   and self.zipf(word[: -len(ending)]) >= ENGLISH
                   for ending in _INFLECTIONS)

    def is_everyday(self, word: str) -> bool:
        """A word of everyday English (`Revolution`, `Socialist`), not a name English knows
        well (`Beijing` 4.1, `Stalin` 3.7): common, or frequent and built as English builds
        its words."""
        value = self.zipf(word)
        return value >= COMMON or (value >= ENGLISH and ENGLISH_FORMATION.search(word) is not None)

    def languages_of(self, candidates: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """Of `candidates` (lower case), those common in another language while English has
        no use for them, each with those languages, most common first (one question for a
        document's words)."""
        asked = self._unknown_to_english(candidates)
        return self.abroad.languages(asked) if asked else {}

    def _unknown_to_english(self, candidates: Iterable[str]) -> list[str]:
        """Of `candidates`, those the tables of words abroad may hold: English has no use for
        them (a word English knows, by its own table, is no word of those tables: asked first,
        it spares the question, and the tables' opening where no other word is asked)."""
        english = self.english
        return [word for word in askable(candidates) if english.zipf(word) < RARE_IN_ENGLISH]

    def languages_of_a_word_alone(self, word: str) -> tuple[str, ...]:
        """The languages `word` (lower case) is a word of, common or less so, English having no
        use for it: what a bracket holding it alone after the English word it translates
        tells (`Note [Vermerk]`)."""
        asked = self._unknown_to_english([word])
        if not asked:
            return ()
        return self.abroad.languages(asked).get(word) or self.abroad.less_common(asked).get(
            word, ())

    def compound_language(self, word: str) -> str | None:
        """The language of which `word` (lower case) is two words joined, each of four letters
        at least and of that language, common or less so, or at home there (`aktenvermerk`:
        `akten` + `vermerk`, German); one question for all its cuts."""
        cuts = [(word[:cut], word[cut:]) for cut in range(_PART, len(word) - _PART + 1)]
        parts = sorted({part for cut in cuts for part in cut})
        found = self.languages_at_home(parts)
        asked = self._unknown_to_english(part for part in parts if part not in found)
        found.update(self.abroad.less_common(asked) if asked else {})
        for first, second in cuts:
            shared = set(found.get(first, ())) & set(found.get(second, ()))
            if shared:
                return next(language for language in found[first] if language in shared)
        return None

    def languages_at_home(self, candidates: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """Of `candidates` (lower case), those of another language: English's no use for them
        (`languages_of`), or they are far more at home there (`que`, `il`, `muerte`), each with
        those languages."""
        asked = sorted({word for word in candidates if word.isalpha()})
        found = self.abroad.at_home(asked) if asked else {}
        return {**found, **self.languages_of(asked)}

    def most_common_language(self, candidates: Iterable[str], at_least: int = 1) -> str | None:
        """The language most of `candidates` (any case) are common words of, by at least
        `at_least` of them; on a tie, the first named (each word's languages come most common
        first)."""
        found = self.languages_of(word.lower() for word in candidates)
        votes = Counter(language for languages in found.values() for language in languages)
        best = votes.most_common(1)
        return best[0][0] if best and best[0][1] >= at_least else None

    def language_of(self, text: str, at_least: int = 1) -> str | None:
        """`most_common_language` of the words of `text` (`sekretarijat … poslove`: `sh`)."""
        return self.most_common_language(LETTERS.findall(text), at_least)

    def __reduce__(self) -> tuple[type[WordTables], tuple[()]]:
        """Sent to a worker empty: the tables are opened there, from its own cache folder."""
        return WordTables, ()


# The fewest letters of each word a compound is made of.
_PART = 4


def original_first(languages: Sequence[str], original: str | None) -> str | None:
    """Of the languages a word or phrase may be of, the original's where it is one of them,
    else the first (the most common); None if there are none."""
    if original is not None and original in languages:
        return original
    return languages[0] if languages else None


def share_of(text: str, counts: Callable[[str], bool]) -> float:
    """The share of the words of `text` that `counts`."""
    found = words(text)
    if not found:
        return 0.0
    return sum(counts(word) for word in found) / len(found)
