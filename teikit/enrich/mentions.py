"""Finding the register's names in a string: every spelling, longest first, whole words only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeAlias

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
        spellings = sorted(self._by_spelling, key=len, reverse=True)
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


# A spelling's words, as the pattern reads them: letter by letter, and any white space
# between two words.
_SPACE = r"\s+"
_END = ""
# Deeper than this, the tree's pattern would nest more groups than the regular expression
# parser's recursion allows: the plain alternation serves instead.
_MAX_BRANCHINGS = 100
# The spellings' shared beginnings: a token → what follows it (`_END`: a spelling ends).
Tree: TypeAlias = dict[str, "Tree"]


def _any_of(spellings: list[str]) -> str:
    """A pattern for any of `spellings` (longest first): a tree of their shared beginnings,
    so that at each place of the text the engine follows one branch a letter at a time,
    where an alternation of thousands of spellings tried each one. At a branching, the
    longer continuations come before the end of a spelling: as with the alternation, the
    longest spelling that matches there wins."""
    tree: Tree = {}
    for text in spellings:
        node = tree
        for index, word in enumerate(text.split()):
            for token in ([_SPACE] if index else []) + list(word):
                node = node.setdefault(token, {})
        node[_END] = {}
    pattern = _branches(tree, 0)
    if pattern is None:
        words = [_SPACE.join(map(re.escape, text.split())) for text in spellings]
        return "(?:" + "|".join(words) + ")"
    return pattern


def _branches(node: Tree, depth: int) -> str | None:
    """The pattern of a subtree, or None if it branches more than `_MAX_BRANCHINGS` deep."""
    if depth > _MAX_BRANCHINGS:
        return None
    options = []
    for token, child in sorted(node.items(), key=lambda item: item[0] == _END):
        if token == _END:
            options.append("")
            continue
        run = [token]
        while len(child) == 1 and _END not in child:  # a chain with no branching: one run
            token, child = next(iter(child.items()))
            run.append(token)
        literal = "".join(part if part == _SPACE else re.escape(part) for part in run)
        rest = "" if list(child) == [_END] else _branches(child, depth + 1)
        if rest is None:
            return None
        options.append(literal + rest)
    if len(options) == 1:
        return options[0]
    return "(?:" + "|".join(options) + ")"


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
