"""The language of a phrase left in the original, by how many of its words are at home there.

A phrase of Spanish, Portuguese or Italian shares many of its words with English, which knows
them rarely (`muerte` 2.3, `futuro` 2.2) or as loans and names (`que`, `il`, `no`): asked one
by one, they are English's. Asked together, half of them far more at home in one other language
name it (`[no custodiará embajadas que no colaboran en su propia protección]`: Spanish), one of
them a word of content, not only the short words every Romance language has.
"""

from __future__ import annotations

from collections import Counter

from teikit.rules.lexicon import LETTERS
from teikit.rules.word_tables import WordTables

# The fewest words of one language, and the letters of a word of content, that name a phrase's
# language.
_PHRASE_EVIDENCE = 2
_CONTENT_LETTERS = 4


def language_at_home(text: str, tables: WordTables, original: str | None) -> str | None:
    """The language half of the words of `text` are of, the original's first where its words
    are enough; None if no language has words enough. Words capitalised inside the phrase are
    names, which tell no language (`[Ho Chi Minh]`: `chi` is Italian), but in a phrase all in
    capitals (`[PATRIA O MUERTE]`)."""
    words = LETTERS.findall(text)
    if len(words) < 2:
        return None
    all_capitals = text.isupper()
    counted = [word.lower() for index, word in enumerate(words)
               if index == 0 or all_capitals or not word[:1].isupper()]
    if len(counted) < _PHRASE_EVIDENCE:
        return None  # (a name's words: the tables are not asked)
    found = tables.languages_at_home(counted)
    votes = Counter(language for word in counted for language in found.get(word, ()))
    for language, count in sorted(votes.items(), key=lambda item: (item[0] != original,
                                                                   -item[1])):
        if (count >= max(_PHRASE_EVIDENCE, (len(counted) + 1) // 2)
                and any(len(word) >= _CONTENT_LETTERS and language in found.get(word, ())
                        for word in counted)):
            return language
    return None
