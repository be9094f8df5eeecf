"""Reduced grammars kept on disk: written without a flush, so one left empty or cut short by
a crash must be built again, not trusted. The grammar of the union of the names met."""

from __future__ import annotations

import pickle
from pathlib import Path

from shared_paths import TEI_REAL

from teikit.validate import SchemaCache, validate_file
from teikit.validate.grammar_cache import covering_grammar
from teikit.validate.rng_names import NameSet

HOUSE_RNG = Path(__file__).resolve().parents[2] / "schemas" / "teikit.rng"
DOCUMENT = TEI_REAL / "epidoc" / "tests_data_source_ex-listBibl.xml"


def _stored_grammars(folder: Path) -> list[Path]:
    return sorted((folder / "reduced").glob("*.rng"))


def test_a_reduced_grammar_is_kept_and_read_back(tmp_path: Path) -> None:
    first = validate_file(DOCUMENT, schemas=[HOUSE_RNG], use_xml_model=False,
                          cache=SchemaCache(tmp_path))
    stored = _stored_grammars(tmp_path)
    assert stored and all(path.read_bytes().startswith(b"<grammar") for path in stored)
    again = validate_file(DOCUMENT, schemas=[HOUSE_RNG], use_xml_model=False,
                          cache=SchemaCache(tmp_path))
    assert again.messages == first.messages


def test_an_emptied_grammar_file_is_built_again(tmp_path: Path) -> None:
    expected = validate_file(DOCUMENT, schemas=[HOUSE_RNG], use_xml_model=False,
                             cache=SchemaCache(tmp_path))
    for stored in _stored_grammars(tmp_path):
        stored.write_bytes(b"")
    report = validate_file(DOCUMENT, schemas=[HOUSE_RNG], use_xml_model=False,
                           cache=SchemaCache(tmp_path))
    assert report.messages == expected.messages
    assert all(stored.stat().st_size > 0 for stored in _stored_grammars(tmp_path))


def test_a_grammar_cut_short_is_built_again(tmp_path: Path) -> None:
    validate_file(DOCUMENT, schemas=[HOUSE_RNG], use_xml_model=False,
                  cache=SchemaCache(tmp_path))
    for stored in _stored_grammars(tmp_path):
        stored.write_bytes(stored.read_bytes()[:200])
    report = validate_file(DOCUMENT, schemas=[HOUSE_RNG], use_xml_model=False,
                           cache=SchemaCache(tmp_path))
    assert report.checked
    assert all(b"</grammar>" in path.read_bytes() for path in _stored_grammars(tmp_path))


E = "urn:e"


def _names(*elements: str) -> NameSet:
    return NameSet(frozenset((E, name) for name in elements), frozenset())


def test_a_cache_keeps_no_covering_grammar_unless_asked(tmp_path: Path) -> None:
    assert covering_grammar(SchemaCache(tmp_path), HOUSE_RNG, _names("a")) is None


def test_a_worker_receives_the_cache_empty_with_its_settings(tmp_path: Path) -> None:
    cache = SchemaCache(tmp_path, 8, covering_names=100)
    covering_grammar(cache, HOUSE_RNG, _names("a"))
    copy = pickle.loads(pickle.dumps(cache))
    assert (copy.directory, copy.covering_names) == (tmp_path, 100)
    assert covering_grammar(copy, HOUSE_RNG, _names("a")) is not None


def test_the_covering_grammar_grows_with_new_names_and_serves_what_it_covers(
        tmp_path: Path) -> None:
    cache = SchemaCache(tmp_path, covering_names=100)
    first = covering_grammar(cache, HOUSE_RNG, _names("a", "b"))
    assert covering_grammar(cache, HOUSE_RNG, _names("b")) is first  # covered: no compiling
    grown = covering_grammar(cache, HOUSE_RNG, _names("b", "c"))
    assert grown is not first
    assert covering_grammar(cache, HOUSE_RNG, _names("a", "c")) is grown


def test_the_covering_grammar_stops_growing_past_its_limit(tmp_path: Path) -> None:
    cache = SchemaCache(tmp_path, covering_names=3)
    kept = covering_grammar(cache, HOUSE_RNG, _names("a", "b"))
    assert covering_grammar(cache, HOUSE_RNG, _names("c", "d")) is None
    assert covering_grammar(cache, HOUSE_RNG, _names("a")) is kept  # what it covers still
