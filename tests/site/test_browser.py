"""The site in a real browser: headless Debian Chromium driven by Playwright, axe-core from npm.

One browser for the module; pages are opened as file:// URLs (no server, no network).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.site.conftest import axe_violations

pytestmark = pytest.mark.referee


@pytest.fixture
def open_page(browser: Any, built_site: tuple[Path, object]) -> Any:
    site, _ = built_site
    page = browser.new_page()

    def go(name: str) -> Any:
        page.goto((site / name).as_uri())
        return page

    yield go
    page.close()


def violations(page: Any, axe_script: Path) -> list[str]:
    return axe_violations(page, axe_script)


def visible_text(page: Any) -> str:
    return " ".join(page.inner_text("#text").split())


def test_view_switch_changes_what_is_visible(open_page: Any, tmp_path: Path) -> None:
    page = open_page("seed.html")
    reading = visible_text(page)
    page.screenshot(path=str(tmp_path / "reading.png"), full_page=True)
    assert "pressure on the Chinese-Korean side" in reading
    assert "to put" in reading and "[to put]" not in reading
    assert "[SIC," not in reading and "[handwritten:]" not in reading
    assert page.is_visible("section.footnotes")

    page.click("label[for=view-diplomatic]")
    diplomatic = visible_text(page)
    page.screenshot(path=str(tmp_path / "diplomatic.png"), full_page=True)
    assert "[to put]" in diplomatic and "[Beijing]" in diplomatic
    assert '[SIC, otvet Ridzhuehya; should be otvet Ridzhuehyu, "to Ridgway"]' in diplomatic
    assert "* The writing of the Chinese names is possibly inaccurate." in diplomatic
    assert "[handwritten:] 10 September 1951" in diplomatic
    assert not page.is_visible("section.footnotes")
    assert (tmp_path / "reading.png").read_bytes() != (tmp_path / "diplomatic.png").read_bytes()

    page.focus("#view-diplomatic")  # the keyboard switches back: arrows move between radios
    page.keyboard.press("ArrowLeft")
    assert page.is_checked("#view-reading")
    assert visible_text(page) == reading


def test_focus_reveals_who_intervened_and_why(open_page: Any) -> None:
    page = open_page("seed.html")
    supplied = page.locator("#text .iv.supplied").first
    why = supplied.locator(".why")
    assert why.bounding_box()["width"] <= 1  # hidden until asked for
    supplied.focus()
    box = why.bounding_box()
    assert box["width"] > 50 and box["height"] > 5
    assert "supplied by the translator; reason: omitted" in why.inner_text()


def test_footnote_links_go_both_ways(open_page: Any) -> None:
    page = open_page("seed.html")
    page.click("#text a.fn-ref >> nth=0")
    assert page.evaluate("location.hash") == "#fn-1"
    page.click("#fn-1 a.backlink")
    assert page.evaluate("location.hash") == "#fnref-1"


@pytest.mark.parametrize("name", [
    "seed.html", "index.html", "index-by-title.html", "persons.html", "places.html",
    "organisations.html", "conventions.html", "search.html",
])
def test_no_wcag_21_aa_violations(open_page: Any, axe_script: Path, name: str) -> None:
    page = open_page(name)
    assert violations(page, axe_script) == []
    if name == "seed.html":
        page.click("label[for=view-diplomatic]")
        assert violations(page, axe_script) == []


def test_converted_document_pages_are_accessible(
    open_page: Any, axe_script: Path, built_site: tuple[Path, object]
) -> None:
    site, _ = built_site
    converted = sorted(p.name for p in site.glob("w0*.html"))
    assert converted, "the site has no converted documents"
    for name in converted:
        page = open_page(name)
        assert violations(page, axe_script) == [], name
        if page.locator(".view-switch").count():  # only where the views differ
            page.click("label[for=view-diplomatic]")
            assert violations(page, axe_script) == [], name


def test_print_shows_the_chosen_view_without_controls(open_page: Any) -> None:
    page = open_page("seed.html")
    page.click("label[for=view-diplomatic]")
    page.emulate_media(media="print")
    assert not page.is_visible(".view-switch")
    assert not page.is_visible(".site-header")
    assert "[to put]" in visible_text(page)
    page.emulate_media(media="screen")
    assert page.is_visible(".view-switch")


def test_views_are_addressable(site_page: Any) -> None:
    page = site_page("seed.html#diplomatic")
    assert "[to put]" in visible_text(page)
    page.click("label[for=view-reading]")  # the reader's choice wins over the address
    assert "[to put]" not in visible_text(page)
    page = site_page("seed.html#reading")
    assert "to put" in visible_text(page) and "[to put]" not in visible_text(page)


def test_the_target_of_a_link_is_highlighted(site_page: Any) -> None:
    page = site_page("seed.html#fn-1")
    colour = page.evaluate("getComputedStyle(document.getElementById('fn-1')).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    other = page.evaluate("getComputedStyle(document.getElementById('text')).backgroundColor")
    assert other == "rgba(0, 0, 0, 0)"


def test_page_breaks_are_marked_in_the_reading_view(site_page: Any) -> None:
    page = site_page("seed.html")
    marks = page.locator("#text .pb-mark")
    assert marks.count() == 3  # the seed's three page breaks
    assert all(marks.nth(i).is_visible() for i in range(marks.count()))
    assert marks.first.evaluate("e => getComputedStyle(e, '::before').content") != "none"
