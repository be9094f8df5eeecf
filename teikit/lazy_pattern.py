"""Regular expressions compiled when first used, not when their module is imported.

Compiling a pattern is pure Python in `re` (0.1–0.6 ms each), and a module that keeps a few
dozen of them for what only some documents hold (Roman or slashed dates, day ranges) would
make every `teikit` process pay for all of them at start-up. A `LazyPattern` is a module
constant like a compiled pattern: the compiled form it keeps depends only on its source text,
never on what a run reads, so it is no state between runs.

    _ISO_DATE = LazyPattern(r"\\d{4}-\\d\\d-\\d\\d")
    _ISO_DATE.search(text)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

_END = sys.maxsize  # `re`'s own default end position


class LazyPattern:
    """`re.compile(source, flags)`, done on the first search, match or substitution."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        return self._compiled or self._compile()

    def _compile(self) -> re.Pattern[str]:
        self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    # Each method reads `_compiled` itself rather than through `compiled`: the date patterns
    # are searched hundreds of times per document.

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return (self._compiled or self._compile()).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return (self._compiled or self._compile()).match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0,
                  endpos: int = _END) -> re.Match[str] | None:
        return (self._compiled or self._compile()).fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0,
                 endpos: int = _END) -> Iterator[re.Match[str]]:
        return (self._compiled or self._compile()).finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        return (self._compiled or self._compile()).findall(text, pos, endpos)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str,
            count: int = 0) -> str:
        return (self._compiled or self._compile()).sub(replacement, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str | None]:
        return (self._compiled or self._compile()).split(text, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}{f', {self.flags!r}' if self.flags else ''})"
