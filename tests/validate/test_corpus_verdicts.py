"""Verdicts equal to Jing's (tei_all 4.12.0) on the 49 real documents, reduced and full."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_paths import TEI_ALL_RNG, TEI_REAL

from teikit.validate import validate_file
from teikit.validate.grammar_cache import COVERING_NAMES, compiled_grammar, full_grammar
from teikit.validate.parsing import parse_document
from teikit.validate.report import FileReport
from teikit.validate.rng_reduce import R, collect_names, reduce_grammar
from teikit.validate.schema_cache import SchemaCache

CORPUS = sorted(TEI_REAL.rglob("*.xml"))


@pytest.fixture(scope="module")
def jing_verdicts(jing_invalid) -> dict[Path, bool]:
    invalid = jing_invalid(CORPUS)
    return {path.resolve(): path.resolve() not in invalid for path in CORPUS}


def test_corpus_is_there() -> None:
    assert len(CORPUS) == 49


@pytest.fixture(scope="module")
def alone() -> dict[Path, FileReport]:
    """Each file's report with a cache of its own: the grammar reduced to its names only."""
    return {path: validate_file(path, schemas=[TEI_ALL_RNG], use_xml_model=False)
            for path in CORPUS}


@pytest.mark.referee
def test_reduced_grammar_verdicts_equal_jing(jing_verdicts: dict[Path, bool],
                                             alone: dict[Path, FileReport]) -> None:
    disagreements = [(path.name, report.valid, report.messages[:1])
                     for path, report in alone.items()
                     if report.valid != jing_verdicts[path.resolve()]]
    assert disagreements == []
    assert sum(jing_verdicts.values()) == 33  # the corpus README's verdicts


def _said(report: FileReport) -> list[tuple[object, ...]]:
    return [(m.severity, m.line, m.column, m.message, m.rule) for m in report.messages]


@pytest.mark.parametrize("covering_names", [COVERING_NAMES, 100_000])
def test_one_cache_for_the_corpus_gives_each_file_its_own_report(
        alone: dict[Path, FileReport], covering_names: int) -> None:
    """One cache, as a build's worker keeps: the documents met first make the grammar of
    the union of their names, which then decides the others (100,000: the union of the whole
    corpus, so that every file is decided by it). Verdicts and messages are those of each
    file alone."""
    cache = SchemaCache(covering_names=covering_names)
    decided_by_union = 0
    for path in CORPUS:
        report = validate_file(path, schemas=[TEI_ALL_RNG], use_xml_model=False, cache=cache)
        assert (report.valid, _said(report)) == (alone[path].valid, _said(alone[path])), path
        union = cache.remember(("rng-covering", cache.digest(TEI_ALL_RNG)), dict, keep=True)
        decided_by_union += union.names is not None and union.names.covers(
            collect_names(parse_document(path).getroot()))
    if covering_names > 1000:
        assert decided_by_union == len(CORPUS)
    else:  # the union stops growing: the files with names beyond it are decided alone
        assert 0 < decided_by_union < len(CORPUS)


@pytest.mark.referee
def test_full_grammar_verdicts_equal_jing(jing_verdicts: dict[Path, bool]) -> None:
    grammar = compiled_grammar(SchemaCache(), TEI_ALL_RNG, None)  # ~6 s, once for the module
    disagreements = [path.name for path in CORPUS
                     if grammar.validate(parse_document(path)) != jing_verdicts[path.resolve()]]
    assert disagreements == []


def test_reduced_grammar_keeps_no_not_allowed_and_no_one_child_wrappers() -> None:
    """notAllowed left in a grammar makes libxml2 give up its automata (slow validation);
    a one-child group around a self-repeating choice makes it loop while compiling."""
    for name in ("epidoc/tests_data_source_5.1.xml", "dracor-shake/tei_pericles.xml"):
        names = collect_names(parse_document(TEI_REAL / name).getroot())
        reduced = reduce_grammar(full_grammar(SchemaCache(), TEI_ALL_RNG), names)
        assert reduced.find(f".//{R}notAllowed") is None
        wrappers = list(reduced.iter(f"{R}group", f"{R}interleave"))
        assert wrappers and all(len(node) > 1 for node in wrappers)


def test_test_tree_with_repeated_id_in_example_is_valid() -> None:
    report = validate_file(TEI_REAL / "tei-stylesheets-tests" / "Test_test-tree.xml",
                           schemas=[TEI_ALL_RNG], use_xml_model=False)
    assert report.valid, report.messages
