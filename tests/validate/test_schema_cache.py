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


def test_a_cache_sent_to_a_worker_arrives_empty_with_its_folder(tmp_path: Path) -> None:
    import pickle

    cache = SchemaCache(tmp_path, entries=3)
    cache.remember("key", lambda: object())  # compiled grammars do not pickle
    received = pickle.loads(pickle.dumps(cache))
    assert received.directory == tmp_path
    assert received.remember("key", lambda: "built again") == "built again"
