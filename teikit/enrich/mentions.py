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
    space (a line break in the source), and a mention never starts or ends inside a word.
    Where several spellings match at one place, the longest wins."""

    def __init__(self, register: Register) -> None:
        self._by_spelling: dict[str, tuple[Entry, Spelling]] = {}
        for entry, spelling in register.spellings():
            self._by_spelling.setdefault(spelling.text, (entry, spelling))
        spellings = list(self._by_spelling)
        self._pattern = (
            re.compile(_first_letters(spellings) + r"(?<!\w)" + _any_of(spellings)
                       + r"(?!\w)")
            if spellings
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


# Any white space between two words of a spelling (a line break in the source).
_SPACE = r"\s+"
# Deeper than this, the tree's pattern would nest more groups than the regular expression
# parser's recursion allows: the plain alternation serves instead.
_MAX_BRANCHINGS = 100


def _any_of(spellings: list[str]) -> str:
    """A pattern for any of `spellings`: a tree of their shared beginnings, so that at each
    place of the text the engine follows one branch a letter at a time, where an alternation
    of thousands of spellings tried each one. At a branching, the longer continuations come
    before the end of a spelling: as with an alternation sorted longest first, the longest
    spelling that matches there wins."""
    # Sorted, the spellings that share a beginning stand together, and the beginning that a
    # run of them shares is the one its first and last share.
    texts = sorted({" ".join(text.split()) for text in spellings})
    pattern = _branches(texts, 0, len(texts), 0, 0)
    if pattern is None:
        longest_first = sorted(texts, key=len, reverse=True)
        return "(?:" + "|".join(map(_literal, longest_first)) + ")"
    return pattern


def _branches(texts: list[str], low: int, high: int, shared: int, depth: int) -> str | None:
    """The pattern for the rest of `texts[low:high]`, which share their first `shared`
    characters; None if the tree branches more than `_MAX_BRANCHINGS` deep."""
    if depth > _MAX_BRANCHINGS:
        return None
    options = []
    ends_here = len(texts[low]) == shared  # the shortest sorts first
    start = low + 1 if ends_here else low
    while start < high:
        letter = texts[start][shared]
        stop = start + 1
        while stop < high and texts[stop][shared] == letter:
            stop += 1
        if stop - start == 1:
            options.append(_literal(texts[start][shared:]))  # no other spelling goes this way
        else:
            common = _shared_length(texts[start], texts[stop - 1])
            rest = _branches(texts, start, stop, common, depth + 1)
            if rest is None:
                return None
            options.append(_literal(texts[start][shared:common]) + rest)
        start = stop
    if ends_here:
        options.append("")
    if len(options) == 1:
        return options[0]
    return "(?:" + "|".join(options) + ")"


def _shared_length(first: str, last: str) -> int:
    """How many characters two strings share at their start."""
    size, index = min(len(first), len(last)), 0
    while index < size and first[index] == last[index]:
        index += 1
    return index


def _literal(text: str) -> str:
    """A piece of a spelling (a single space between its words) as a pattern."""
    return _SPACE.join(map(re.escape, text.split(" ")))


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
