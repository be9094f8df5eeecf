"""Reduced grammars kept on disk: written without a flush, so one left empty or cut short by
a crash must be built again, not trusted."""

from __future__ import annotations

from pathlib import Path

from shared_paths import TEI_REAL

from teikit.validate import SchemaCache, validate_file

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
