"""Finding the register's names in a string: every spelling, longest first, whole words only."""

from __future__ import annotations

import re
from dataclasses import dataclass

from teikit.names.register import NAME_ELEMENT, Entry, Register, Spelling


@dataclass(frozen=True)
class Mention:
    """A register spelling found in a string: where, and which entry it names."""

    start: int
    end: int
    entry: Entry
    spelling: Spelling


class MentionFinder:
    """One regular expression over all spellings; a spelling's words may be split by any white
    space (a line break in the source), and a mention never starts or ends inside a word."""

    def __init__(self, register: Register) -> None:
        self._by_spelling: dict[str, tuple[Entry, Spelling]] = {}
        for entry, spelling in register.spellings():
            self._by_spelling.setdefault(spelling.text, (entry, spelling))
        spellings = sorted(self._by_spelling, key=len, reverse=True)
        alternatives = [r"\s+".join(map(re.escape, text.split())) for text in spellings]
        self._pattern = (
            re.compile(_first_letters(spellings) + r"(?<!\w)(?:" + "|".join(alternatives)
                       + r")(?!\w)")
            if alternatives
            else None
        )

    def find(self, string: str) -> list[Mention]:
        if self._pattern is None:
            return []
        mentions = []
        for match in self._pattern.finditer(string):
            entry, spelling = self._by_spelling[" ".join(match.group().split())]
            mentions.append(Mention(match.start(), match.end(), entry, spelling))
        return mentions


def _first_letters(spellings: list[str]) -> str:
    """A look-ahead for the characters a spelling can start with: most positions of a text
    fail it at once, where the alternation would try every spelling there (a register of
    thousands of names made the scan as slow as its length)."""
    if any(not text.split() for text in spellings):
        return ""
    letters = sorted({text.split()[0][0] for text in spellings})
    return "(?=[" + "".join(re.escape(letter) for letter in letters) + "])"


def name_element(entry: Entry) -> str:
    return NAME_ELEMENT[entry.kind]
