"""The search filters of a document page, filled when the page is first written (the search
index may read the page before the site fills the rest of it)."""

from __future__ import annotations

from pathlib import Path

from lxml import html
from shared_paths import ROOT

from teikit.site.document import build_document
from teikit.site.sources import discover


def test_a_page_has_its_search_filters_as_the_worker_writes_it(tmp_path: Path) -> None:
    (source,) = discover([ROOT / "editions" / "razuvayev-1951-09-10"])
    outcome = build_document(source, tmp_path)
    record = outcome.record
    assert record is not None
    page = html.document_fromstring((tmp_path / f"{source.slug}.html").read_bytes())
    (box,) = page.xpath("//div[@class='search-filters']")
    assert box.get("data-pagefind-ignore") == "" and box.get("hidden") == ""
    filters = [(span.get("data-pagefind-filter"), span.text) for span in box]
    persons = [value for name, value in filters if name == "person"]
    named = [m.label for m in record.mentions if m.kind == "person"]
    assert persons == list(dict.fromkeys(named)) and len(persons) < len(named)
    assert ("year", record.year) in filters and record.year == "1951"
    assert ("language", record.language) in filters
