"""Validation from several threads at once, with one schema cache (a program's thread pool,
a Dask worker's threads): each document gets its own verdict."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from shared_paths import ROOT

from teikit.validate import validate_file
from teikit.validate.schema_cache import SchemaCache

EDITION = ROOT / "editions" / "razuvayev-1951-09-10" / "edition.xml"


def test_threads_sharing_a_schema_cache_give_each_document_its_own_verdict(
        tmp_path: Path) -> None:
    """The house Schematron's `key('ids')` index was kept on the compiled schema: a thread
    checking one document looked its ids up in another's ("cannot use schema …: key('ids'):
    no xsl:key of that name", "xml:id … is used 0 times"), 53 documents of 60 wrong."""
    edition = EDITION.read_text(encoding="utf-8")
    paths = []
    for number in range(32):
        path = tmp_path / f"doc{number:02d}.xml"
        path.write_text(edition.replace("wcda-117422", f"wcda-{number}"), encoding="utf-8")
        paths.append(path)
    cache = SchemaCache(tmp_path / "cache")

    def verdict(path: Path) -> tuple[bool | None, list[str]]:
        report = validate_file(path, cache=cache)
        return report.valid, [message.message for message in report.messages]

    alone = [verdict(path) for path in paths]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(verdict, paths))
    assert together == alone
    assert all(valid for valid, _ in alone)
