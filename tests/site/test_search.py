"""Full-text search over the built site (Pagefind), in Chromium: a word of the seed finds the
seed, a filter narrows the hits, the hit opens the document; the site is indexed in bundles
of a few documents (as a large site is, in bundles of hundreds), which the search page merges.
Browsers read Pagefind's index only over http, so the site folder is served from this machine
(no network)."""

from __future__ import annotations

import functools
import gzip
import json
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from shared_paths import DEV_RAW

from teikit.site import build_site
from teikit.site.state import STATE_FILE
from tests.site.conftest import DESKTOP, SEARCH_BUNDLE_SIZE, axe_violations

pytestmark = pytest.mark.referee


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def served_site(built_site: tuple[Path, object]) -> Iterator[str]:
    site, _ = built_site
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()


def bundles_of(site: Path) -> dict[str, int]:
    """slug → the search bundle the build state puts it in."""
    with sqlite3.connect(site / STATE_FILE) as db:
        return dict(db.execute("SELECT slug, bundle FROM documents WHERE published = 1"))


def test_the_build_writes_a_search_index_in_bundles(built_site: tuple[Path, object]) -> None:
    site, report = built_site
    assert (site / "pagefind" / "pagefind-ui.js").is_file()
    assert not [n for n in report.notices if "search" in n]  # type: ignore[attr-defined]
    bundles = bundles_of(site)
    count = -(-len(bundles) // SEARCH_BUNDLE_SIZE)
    assert count >= 3 and sorted(set(bundles.values())) == list(range(1, count + 1))
    listed = (site / "pagefind" / "bundles.js").read_text(encoding="utf-8")
    for bundle in range(1, count + 1):
        assert f'"pagefind/{bundle}/"' in listed
        assert (site / "pagefind" / str(bundle) / "pagefind-entry.json").is_file()


def results(page: Any) -> list[str]:
    page.wait_for_selector(".pagefind-ui__result-link")
    page.wait_for_timeout(300)  # the list settles after the last fragment loads
    return [a.get_attribute("href") for a in page.locator(".pagefind-ui__result-link").all()]


def test_search_finds_the_seed_filters_and_opens_it(
    chromium: Any, served_site: str, axe_script: Path
) -> None:
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(f"{served_site}/search.html")
    page.fill(".pagefind-ui__search-input", "armistice")
    everything = results(page)
    assert any(href.endswith("/seed.html") for href in everything)
    assert len(everything) >= 3, "the word is in other documents of the dev site too"

    page.click(".pagefind-ui__filter-name:has-text('Archive')")
    page.click("label:has-text('Archives of the Russian Ministry of Defense')")
    page.wait_for_function(
        "n => document.querySelectorAll('.pagefind-ui__result-link').length < n",
        arg=len(everything),
    )
    narrowed = results(page)
    assert any(href.endswith("/seed.html") for href in narrowed)
    assert 1 <= len(narrowed) < len(everything)
    assert axe_violations(page, axe_script) == []

    page.click(".pagefind-ui__result-link[href$='/seed.html']")
    page.wait_for_url("**/seed.html*")
    assert "Political Attitudes" in page.inner_text("h1")
    context.close()


def test_words_every_page_shows_find_no_document(
    chromium: Any, served_site: str, built_site: tuple[Path, object]
) -> None:
    """The legend ("Hover over, focus or tap a marked passage…") is the same on every page
    and left out of the index (`teikit.site.search.EXCLUDED`): a search for its words would
    list every document. A word of the text still finds its document."""
    site, _ = built_site
    assert "Hover over" in (site / "seed.html").read_text(encoding="utf-8")
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(f"{served_site}/search.html")
    page.fill(".pagefind-ui__search-input", "hover")
    page.wait_for_selector(".pagefind-ui__message:has-text('No results for hover')")
    page.fill(".pagefind-ui__search-input", "armistice")
    assert any(href.endswith("/seed.html") for href in results(page))
    context.close()


def test_search_page_opened_as_a_file_says_how_to_serve_it(
    site_page: Any, axe_script: Path
) -> None:
    page = site_page("search.html")
    assert page.is_visible("#search-file-note")
    assert "http.server" in page.inner_text("#search-file-note")
    assert axe_violations(page, axe_script) == []


def slug_of(href: str) -> str:
    return href.split("#")[0].rsplit("/", 1)[-1].removesuffix(".html")


def test_search_merges_the_bundles_and_filters_across_them(
    chromium: Any, served_site: str, built_site: tuple[Path, object]
) -> None:
    site, _ = built_site
    bundles = bundles_of(site)
    with sqlite3.connect(site / STATE_FILE) as db:
        years = dict(db.execute('SELECT slug, substr("when", 1, 4) FROM documents'))
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(f"{served_site}/search.html")
    page.fill(".pagefind-ui__search-input", "armistice")
    found = {slug_of(href) for href in results(page)}
    assert len({bundles[slug] for slug in found}) >= 2, "hits come from one bundle only"
    assert len({years[slug] for slug in found}) >= 2

    # A filter's values come from every bundle: a year of a document of a later bundle.
    chosen = min(slug for slug in found if bundles[slug] > 1)
    shown = page.locator(".pagefind-ui__result-link").count()
    page.click(".pagefind-ui__filter-name:has-text('Year')")
    page.click(f"label:has-text('{years[chosen]}')")
    page.wait_for_function(
        "n => document.querySelectorAll('.pagefind-ui__result-link').length < n", arg=shown)
    narrowed = {slug_of(href) for href in results(page)}
    assert chosen in narrowed
    assert {years[slug] for slug in narrowed} == {years[chosen]}
    context.close()


def _sources_and_site(tmp_path: Path, count: int) -> tuple[Path, Path]:
    """A folder of the first `count` dev documents, and where their site goes (skipping
    without Pagefind)."""
    pytest.importorskip("pagefind_bin")
    sources = tmp_path / "sources"
    sources.mkdir()
    for raw in sorted(DEV_RAW.glob("w0*.txt"))[:count]:
        shutil.copyfile(raw, sources / raw.name)
    return sources, tmp_path / "site"


def test_a_rebuild_indexes_again_only_the_bundles_whose_documents_changed(
    tmp_path: Path,
) -> None:
    sources, site = _sources_and_site(tmp_path, 7)

    def build() -> dict[str, int]:
        report = build_site([sources], site, search_bundle_size=3)
        assert not [n for n in report.notices if "search" in n]
        # A bundle indexed again is a new folder (written aside, then swapped in).
        return {entry.name: entry.stat().st_ino for entry in (site / "pagefind").iterdir()
                if entry.is_dir()}

    first = build()
    bundles = bundles_of(site)
    assert sorted(first) == ["1", "2", "3"] and sorted(bundles.values()) == [1, 1, 1, 2, 2, 2, 3]
    assert build() == first, "nothing changed: no bundle indexed again"

    edited = min(slug for slug, bundle in bundles.items() if bundle == 2)
    path = sources / f"{edited}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nA zanzibarite word.\n",
                    encoding="utf-8")
    after_edit = build()
    assert {name for name in first if after_edit[name] != first[name]} == {"2"}

    # A removed document leaves room in its bundle, which the next new document takes; the
    # other documents stay where they were.
    gone = min(slug for slug, bundle in bundles.items() if bundle == 1)
    (sources / f"{gone}.txt").unlink()
    shutil.copyfile(sorted(DEV_RAW.glob("w0*.txt"))[7], sources / "w999.txt")
    after_changes = build()
    now = bundles_of(site)
    assert now.pop("w999") == 1
    assert now == {slug: bundle for slug, bundle in bundles.items() if slug != gone}
    assert {n for n in after_edit if after_changes.get(n) != after_edit[n]} == {"1"}


def test_a_bundle_that_cannot_be_indexed_again_keeps_its_old_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from teikit.site import search

    sources, site = _sources_and_site(tmp_path, 4)
    build_site([sources], site, search_bundle_size=2)
    before = (site / "pagefind" / "2").stat().st_ino
    edited = min(slug for slug, bundle in bundles_of(site).items() if bundle == 2)
    path = sources / f"{edited}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nA zanzibarite word.\n",
                    encoding="utf-8")

    index_bundle = search.index_bundle
    monkeypatch.setattr(search, "index_bundle",
                        lambda *args: "warning: search index not built: disk full")
    report = build_site([sources], site, search_bundle_size=2)
    assert "warning: search index not built: disk full" in report.notices
    assert (site / "pagefind" / "2").stat().st_ino == before
    assert "pagefind/2/" in (site / "pagefind" / "bundles.js").read_text(encoding="utf-8")

    monkeypatch.setattr(search, "index_bundle", index_bundle)
    report = build_site([sources], site, search_bundle_size=2)
    assert not [n for n in report.notices if "search" in n]
    assert (site / "pagefind" / "2").stat().st_ino != before, "tried again, and indexed"


def search_entries(site: Path) -> dict[str, bytes]:
    """page → its entry in the search index (Pagefind's fragment: the text searched and
    shown), over every bundle."""
    entries = {}
    for fragment in (site / "pagefind").glob("*/fragment/*"):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        entries[json.loads(data)["url"].lstrip("/")] = data
    return entries


def test_an_edit_changes_its_page_and_its_search_entry_only(tmp_path: Path) -> None:
    sources, site = _sources_and_site(tmp_path, 7)
    build_site([sources], site, search_bundle_size=3)
    pages = {p.name: p.read_bytes() for p in site.iterdir() if p.is_file()}
    entries = search_entries(site)
    assert len(entries) == 7

    edited = sources / "w005.txt"
    text = edited.read_text(encoding="utf-8")
    at = text.rindex(" the ")  # a word of the last paragraph, in no name and no heading
    edited.write_text(text[:at] + " zanzibarite " + text[at + 5:], encoding="utf-8")
    report = build_site([sources], site, search_bundle_size=3)
    assert report.built == ["w005"] and not [n for n in report.notices if "search" in n]

    now = {p.name: p.read_bytes() for p in site.iterdir() if p.is_file()}
    assert {n for n in pages.keys() | now.keys() if pages.get(n) != now.get(n)} == \
        {"w005.html", "w005.xml", STATE_FILE}
    entries_now = search_entries(site)
    assert {url for url in entries if entries_now.get(url) != entries[url]} == {"w005.html"}
    assert b"zanzibarite" in entries_now["w005.html"]
    assert b"zanzibarite" not in entries["w005.html"]
