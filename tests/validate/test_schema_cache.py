"""The in-memory part of the schema cache is bounded: least recently used first out."""

from __future__ import annotations

from pathlib import Path

from teikit.validate.schema_cache import SchemaCache


def test_the_least_recently_used_entry_is_dropped_first(tmp_path: Path) -> None:
    cache = SchemaCache(tmp_path, entries=2)
    built: list[str] = []

    def build(name: str) -> object:
        built.append(name)
        return name

    cache.remember("a", lambda: build("a"))
    cache.remember("b", lambda: build("b"))
    cache.remember("a", lambda: build("a"))  # used again: "b" is now the oldest
    cache.remember("c", lambda: build("c"))  # drops "b"
    cache.remember("a", lambda: build("a"))
    cache.remember("b", lambda: build("b"))
    assert built == ["a", "b", "c", "b"]
