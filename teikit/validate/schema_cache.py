"""Compiled schemas, kept for as long as their owner wants: one object, no module globals.

A ``SchemaCache`` holds what each engine compiled (in memory, keyed by the engine's own key)
and knows the folder where reduced grammars are kept between runs. Whoever validates many
documents (a batch, each worker of it, a site build) makes one and passes it along; a call
given none makes its own, for that call only.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

from teikit.errors import TeikitError
from teikit.resources import cache_dir
from teikit.xml import atomic_write

T = TypeVar("T")


MEMORY_ENTRIES = 128
"""Grammars reduced for one set of element names kept in memory, the least recently used
dropped first: a worker of a build of 100,000 documents meets thousands of name sets and kept
them all (90 MB → 170 MB); it reads any it drops again from the disk cache. What a whole
schema compiles to (the full grammar, its index, its pattern tree) is always kept."""


class SchemaCache:
    """`covering_names`: when not 0, a grammar reduced to the union of the names of the
    documents met, up to that many names, decides those it covers and finds valid
    (`teikit.validate.grammar_cache.covering_grammar`): for a family of documents (those one
    profile converts) whose kinds come and go more than `entries` grammars can keep."""

    def __init__(self, directory: Path | None = None, entries: int = MEMORY_ENTRIES,
                 covering_names: int = 0) -> None:
        self._directory = directory
        self.covering_names = covering_names
        self._memory: dict[Hashable, object] = {}
        self._recent: OrderedDict[Hashable, object] = OrderedDict()
        self._entries = entries
        self._digests: dict[tuple[str, int, int], str] = {}

    @property
    def directory(self) -> Path:
        """The on-disk cache (``$TEIKIT_CACHE_DIR`` or the user cache unless given)."""
        return self._directory or cache_dir()

    def remember(self, key: Hashable, build: Callable[[], T], *, keep: bool = False) -> T:
        """The value kept under ``key``, built by ``build()`` the first time. It may be dropped
        once `entries` newer ones are kept (a grammar for one name set), unless `keep` (what
        a whole schema compiles to)."""
        if keep:
            if key not in self._memory:
                self._memory[key] = build()
            return self._memory[key]  # type: ignore[return-value]
        if key in self._recent:
            self._recent.move_to_end(key)
            return self._recent[key]  # type: ignore[return-value]
        value = self._recent[key] = build()
        if len(self._recent) > self._entries:
            self._recent.popitem(last=False)
        return value

    def digest(self, path: Path) -> str:
        """SHA-256 of a schema file, computed again only when its size or mtime changes."""
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
        if key not in self._digests:
            self._digests[key] = hashlib.sha256(path.read_bytes()).hexdigest()
        return self._digests[key]

    def stored(self, folder: str, name: str) -> Path:
        return self.directory / folder / name

    def store(self, path: Path, data: bytes) -> None:
        """Keep ``data`` on disk (atomically, not flushed: readers rebuild what they cannot
        read); a read-only cache only costs speed."""
        with contextlib.suppress(OSError, TeikitError):
            atomic_write(path, data, durable=False)

    def __reduce__(self) -> tuple[type[SchemaCache], tuple[Path | None, int, int]]:
        """Sent to a worker empty (compiled grammars do not pickle): it fills its own, from
        the same folder. A worker forked from the process that made it inherits what it
        holds instead."""
        return SchemaCache, (self._directory, self._entries, self.covering_names)
