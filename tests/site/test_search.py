"""Full-text search over the built site (Pagefind), in Chromium: a word of the seed finds the
seed, a filter narrows the hits, the hit opens the document. Browsers read Pagefind's index
only over http, so the site folder is served from this machine (no network)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.site.conftest import DESKTOP, axe_violations

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


def test_the_build_writes_a_search_index(built_site: tuple[Path, object]) -> None:
    site, report = built_site
    assert (site / "pagefind" / "pagefind-ui.js").is_file()
    assert not [n for n in report.notices if "search" in n]  # type: ignore[attr-defined]


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


def test_search_page_opened_as_a_file_says_how_to_serve_it(
    site_page: Any, axe_script: Path
) -> None:
    page = site_page("search.html")
    assert page.is_visible("#search-file-note")
    assert "http.server" in page.inner_text("#search-file-note")
    assert axe_violations(page, axe_script) == []
