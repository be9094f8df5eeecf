"""The registers a run's documents name, each read and made ready once.

A collection often shares one register (a `register.csv` beside its sources, or
`--register`). Read again for each document (its rows parsed, the pattern of its spellings
made), a register of 2,000 persons made 1,000 documents take 16 s to convert instead of 2.
A run keeps its registers here instead, in its `ReadingContext`.

A register is known by its path and its whole text, so one edited during a run is read
again, and a file that cannot be read or parsed is reported for each document, as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from teikit.enrich.mentions import MentionFinder
from teikit.names.register import Register, parse_register, register_text


@dataclass(frozen=True)
class ReadyRegister:
    """A register and the finder of its spellings in running text."""

    register: Register
    finder: MentionFinder


class RegisterCache:
    """The last `LIMIT` registers used, by path and text (a build of many editions, each
    with its own register, keeps the few it is working through, not all of them)."""

    LIMIT = 4

    def __init__(self) -> None:
        self._ready: dict[tuple[str, str], ReadyRegister] = {}

    def get(self, path: str | Path) -> ReadyRegister:
        """The register at `path`, read now or earlier in the run (raises `RegisterError`)."""
        content = register_text(path)
        key = (str(path), content)
        ready = self._ready.pop(key, None)
        if ready is None:
            register = parse_register(content, path)
            ready = ReadyRegister(register, MentionFinder(register))
            while len(self._ready) >= self.LIMIT:
                del self._ready[next(iter(self._ready))]  # the least recently used
        self._ready[key] = ready  # last: the most recently used
        return ready

    def __len__(self) -> int:
        return len(self._ready)
