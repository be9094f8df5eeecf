"""An ordered table of bracket rules, addressed by name (as markdown-it-py's `Ruler`).

The order is the order in which a bracket is offered to the rules: the first that claims it
decides its form. Profiles enable, disable, insert and reorder rules by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from teikit.conventions import Convention
from teikit.rules.base import BracketRule


class RulerError(KeyError):
    """A rule name the table does not hold, or one it holds already."""

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass
class _Entry:
    """A rule of the profile and whether it is switched on."""

    rule: BracketRule
    enabled: bool = True

    @property
    def name(self) -> str:
        return self.rule.convention.name


class Ruler:
    def __init__(self, rules: Iterable[BracketRule] = ()) -> None:
        self._entries: list[_Entry] = []
        for rule in rules:
            self.push(rule)

    def names(self, *, enabled_only: bool = False) -> list[str]:
        return [e.name for e in self._entries if e.enabled or not enabled_only]

    def _index(self, name: str) -> int:
        for index, entry in enumerate(self._entries):
            if entry.name == name:
                return index
        raise RulerError(f"no rule named {name!r} (known: {', '.join(self.names())})")

    def _check_new(self, rule: BracketRule) -> _Entry:
        if rule.convention.name in self.names():
            raise RulerError(f"a rule named {rule.convention.name!r} is already in the table")
        return _Entry(rule)

    def push(self, rule: BracketRule) -> None:
        """Add a rule at the end."""
        self._entries.append(self._check_new(rule))

    def _place(self, entry: _Entry, before: str | None, after: str | None) -> None:
        if before is not None:
            self._entries.insert(self._index(before), entry)
        elif after is not None:
            self._entries.insert(self._index(after) + 1, entry)
        else:
            self._entries.insert(0, entry)

    def insert(self, rule: BracketRule, *, before: str | None = None,
               after: str | None = None) -> None:
        """Add a rule before or after a named one (at the start when neither is given)."""
        self._place(self._check_new(rule), before, after)

    def at(self, name: str, rule: BracketRule) -> None:
        """Replace the named rule, keeping its place and state."""
        self._entries[self._index(name)].rule = rule

    def move(self, name: str, *, before: str | None = None, after: str | None = None) -> None:
        """Move the named rule before or after another (to the start when neither is given)."""
        target = before if before is not None else after
        if target == name:
            raise RulerError(f"rule {name!r} cannot move {'before' if before else 'after'} "
                             "itself")
        if target is not None:
            self._index(target)  # an unknown target fails before the table changes
        self._place(self._entries.pop(self._index(name)), before, after)

    def reorder(self, names: list[str]) -> None:
        """Put the named rules first, in this order; the others keep theirs after them."""
        chosen = [self._entries[self._index(name)] for name in names]
        rest = [e for e in self._entries if e.name not in names]
        self._entries = chosen + rest

    def enable(self, names: Iterable[str]) -> None:
        for name in names:
            self._entries[self._index(name)].enabled = True

    def disable(self, names: Iterable[str]) -> None:
        for name in names:
            self._entries[self._index(name)].enabled = False

    def active(self) -> list[BracketRule]:
        """The enabled rules, in order: what the inline parser offers brackets to."""
        return [e.rule for e in self._entries if e.enabled]

    def conventions(self, *, enabled_only: bool = True) -> list[Convention]:
        return [e.rule.convention for e in self._entries if e.enabled or not enabled_only]

    def __iter__(self) -> Iterator[BracketRule]:
        return iter(self.active())

    def __len__(self) -> int:
        return len(self._entries)
