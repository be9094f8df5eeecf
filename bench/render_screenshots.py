"""Screenshots of the edition site, for the README (run by hand):

    .venv/bin/python bench/render_screenshots.py

Builds a site of `editions/`, the dev documents, a DraCor play and an EpiDoc inscription into
a temporary folder, opens it in headless Debian Chromium and writes into `docs/screenshots/`:
the seed page in both views on a desktop and on a phone (with an explanation opened by a
tap), the passage with the uncertain name and its notes, the persons index, the search page
with a filtered query (served from the folder over local http, as Pagefind needs), and the
DraCor and EpiDoc pages.
"""

from __future__ import annotations

import functools
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from teikit.site import build_site

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REAL = SHARED / "corpora" / "tei-real"
OUT = ROOT / "docs" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGE = "razuvayev-1951-09-10.html"
DESKTOP = {"width": 1280, "height": 1000}
PHONE = {"width": 390, "height": 844}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def shoot(page: Any, name: str, *, below: str | None = None, height: int = 1000) -> None:
    """The page from the top, or from the element `below` on, `height` pixels high."""
    width = page.viewport_size["width"]
    top = 0.0
    if below is not None:
        box = page.locator(below).first.bounding_box()
        assert box is not None, below
        top = max(0.0, box["y"] + page.evaluate("window.scrollY") - 10)
    page.screenshot(path=str(OUT / name), full_page=True,
                    clip={"x": 0, "y": top, "width": width, "height": height})


def seed_pages(browser: Any, site: Path) -> None:
    for label, viewport, touch in (("", DESKTOP, False), ("-phone", PHONE, True)):
        context = browser.new_context(viewport=viewport, has_touch=touch, is_mobile=touch)
        page = context.new_page()
        page.goto((site / PAGE).as_uri())
        for view in ("reading", "diplomatic"):
            page.click(f"label[for=view-{view}]")
            shoot(page, f"seed-{view}{label}.png", below="#text-heading",
                  height=viewport["height"])
            if not touch:
                shoot(page, f"seed-notes-{view}.png",
                      below="#text p:has-text('a large group of diplomatic')", height=700)
        if touch:
            page.click("label[for=view-reading]")
            name = page.locator("#text .name.uncertain").first
            name.evaluate("e => e.scrollIntoView({block: 'center'})")
            name.tap()
            page.screenshot(path=str(OUT / "seed-explanation-phone.png"))
        context.close()


def other_pages(browser: Any, site: Path, address: str) -> None:
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto((site / "persons.html").as_uri())
    shoot(page, "persons-index.png")
    page.goto(f"{address}/search.html")
    page.fill(".pagefind-ui__search-input", "armistice")
    page.wait_for_selector(".pagefind-ui__result-link")
    page.click(".pagefind-ui__filter-name:has-text('Year')")
    page.wait_for_timeout(500)
    shoot(page, "search.png")
    page.goto((site / "tei_pericles.html").as_uri())
    shoot(page, "dracor.png", below="#text-heading")
    page.goto((site / "tests_data_source_PE3000196.html").as_uri())
    shoot(page, "epidoc.png", below="#text-heading")
    context.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        site = Path(folder) / "site"
        build_site([ROOT / "editions", SHARED / "dev" / "raw",
                    REAL / "dracor-shake" / "tei_pericles.xml",
                    REAL / "epidoc" / "tests_data_source_PE3000196.xml"], site, jobs=2)
        server = ThreadingHTTPServer(("127.0.0.1", 0),
                                     functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        seed_pages(browser, site)
        other_pages(browser, site, f"http://127.0.0.1:{server.server_port}")
        browser.close()
        server.shutdown()
    for path in sorted(OUT.glob("*.png")):
        print(path.relative_to(ROOT), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
