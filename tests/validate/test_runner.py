"""Spreading a batch over worker processes: chunks balanced by size, reports in input order."""

from __future__ import annotations

import dataclasses

from shared_paths import TEI_ALL_RNG, TEI_REAL

from teikit.validate.runner import balanced_chunks, validate_files

CORPUS = sorted(str(path) for path in TEI_REAL.rglob("*.xml"))


def test_chunks_hold_every_document_once_largest_first() -> None:
    chunks = balanced_chunks(CORPUS, jobs=2)
    indexes = [index for chunk in chunks for index in chunk]
    assert sorted(indexes) == list(range(len(CORPUS)))
    sizes = [TEI_REAL.joinpath(path).stat().st_size for path in CORPUS]
    assert [sizes[i] for i in indexes] == sorted(sizes, reverse=True)


def test_large_documents_are_alone_and_small_ones_share_a_chunk() -> None:
    chunks = balanced_chunks(CORPUS, jobs=2)
    largest = max(range(len(CORPUS)), key=lambda i: TEI_REAL.joinpath(CORPUS[i]).stat().st_size)
    assert chunks[0] == [largest]
    assert len(chunks[-1]) > 1
    assert len(chunks) < len(CORPUS)


def test_a_missing_file_still_gets_a_chunk() -> None:
    chunks = balanced_chunks([*CORPUS[:3], "/nonexistent/file.xml"], jobs=2)
    assert sorted(i for chunk in chunks for i in chunk) == [0, 1, 2, 3]


def test_two_jobs_give_the_reports_of_one_in_input_order() -> None:
    files = [*CORPUS[:4], *CORPUS[-6:]]  # plays and small documents, mixed
    one = list(validate_files(files, schemas=[TEI_ALL_RNG], use_xml_model=False))
    two = list(validate_files(files, schemas=[TEI_ALL_RNG], use_xml_model=False, jobs=2))
    assert [report.path for report in two] == files

    def without_time(report: object) -> dict:
        return {k: v for k, v in dataclasses.asdict(report).items() if k != "seconds"}

    assert [without_time(r) for r in two] == [without_time(r) for r in one]


def test_explicit_schemas_are_prepared_once_before_the_workers_start(tmp_path, monkeypatch) -> None:
    from teikit.validate import SchemaCache, ValidationOptions, grammar_cache
    from teikit.validate.runner import _prepare_explicit_schemas

    cache = SchemaCache(tmp_path)
    options = ValidationOptions(schemas=[str(TEI_ALL_RNG)], use_xml_model=False)
    _prepare_explicit_schemas(options, cache)

    def built_again(*_: object) -> None:
        raise AssertionError("built again")

    monkeypatch.setattr(grammar_cache, "PatternTree", built_again)
    monkeypatch.setattr(grammar_cache.GrammarIndex, "build", built_again)
    assert grammar_cache.pattern_tree(cache, TEI_ALL_RNG) is not None
    assert grammar_cache.grammar_index(cache, TEI_ALL_RNG).knows("TEI")
