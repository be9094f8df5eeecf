"""Strings that many rows of the build state share, stored once and referred to by number.

Names recur in every document that mentions them, archives and languages in thousands of
rows, a profile's summary or a formula's context in whole series; each is kept once in
`texts` (any string) or `names` (a name as the indexes show it), and the rows hold its id.
A lookup is one indexed query; a small cache spares most of them while a build stores
documents, without growing with the collection.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS texts (id INTEGER PRIMARY KEY, digest INTEGER NOT NULL,
                                  text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS texts_by_digest ON texts (digest);
CREATE TABLE IF NOT EXISTS names (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL,
    description TEXT NOT NULL, sort_key TEXT NOT NULL, registered INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS names_by_key
    ON names (kind, key, label, description, sort_key, registered);
"""
TABLES = ("texts", "names")
CACHED = 4096  # strings remembered between lookups; the cache is emptied when full

Name = tuple[str, str, str, str, str, int]  # kind, key, label, description, sort key, registered


def _digest(text: str) -> int:
    """A stable 64-bit number for the index (Python's own hash differs from run to run)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big",
                          signed=True)


class Interned:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._texts: dict[str, int] = {}
        self._names: dict[Name, int] = {}

    def text(self, text: str) -> int:
        """The id of `text`, stored now if it is new."""
        digest = _digest(text)
        return self._id(self._texts, text, "SELECT id FROM texts WHERE digest = ? AND text = ?",
                        "INSERT INTO texts (digest, text) VALUES (?, ?)", (digest, text))

    def name(self, name: Name) -> int:
        """The id of `name`, stored now if it is new."""
        return self._id(
            self._names, name,
            "SELECT id FROM names WHERE kind = ? AND key = ? AND label = ? AND description = ? "
            "AND sort_key = ? AND registered = ?",
            "INSERT INTO names (kind, key, label, description, sort_key, registered) "
            "VALUES (?, ?, ?, ?, ?, ?)", name)

    def _id(self, cache: dict[Any, int], key: object, select: str, insert: str,
            values: tuple[object, ...]) -> int:
        """The id of a row with `values`, from `cache`, else found or inserted (the cache
        is emptied when full)."""
        known = cache.get(key)
        if known is not None:
            return known
        row = self.db.execute(select, values).fetchone()
        found = row[0] if row else self.db.execute(insert, values).lastrowid
        assert found is not None  # (an insert's row id)
        if len(cache) >= CACHED:
            cache.clear()
        cache[key] = int(found)
        return int(found)

    def drop_unused(self, text_references: Iterable[str], name_references: str) -> None:
        """Remove the strings no row refers to any more. `text_references`: queries giving
        every text id in use; `name_references`: one giving every name id in use."""
        self._texts.clear()
        self._names.clear()
        used = " UNION ".join(text_references)
        self.db.execute(f"DELETE FROM texts WHERE id NOT IN ({used})")
        self.db.execute(f"DELETE FROM names WHERE id NOT IN ({name_references})")
