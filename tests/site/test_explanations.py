"""Every marked passage of the seed page explains itself, inside the screen, on any device:
hover and keyboard focus on a desktop (1280 px), a tap on a phone (390 px, touch) without
leaving the page; and a printout keeps a visible trace of supplied words and the legend."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import require_tool
from tests.site.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.referee

VIEWS = ("reading", "diplomatic")


def open_view(site_page: Any, view: str, **context: Any) -> Any:
    return site_page(f"seed.html#{view}", **context)


def marked(page: Any) -> list[tuple[Any, Any]]:
    """(marked element, its explanation) for every explanation of the visible view."""
    pairs = []
    for why in page.locator("#text .why").all():
        trigger = why.locator("xpath=..")
        if trigger.is_visible():
            pairs.append((trigger, why))
    return pairs


def assert_shown_inside(page: Any, why: Any, viewport: dict[str, int], label: str) -> None:
    box = why.bounding_box()
    assert box is not None and box["width"] > 40 and box["height"] > 10, label
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], (label, box)
    assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"], (label, box)
    # Nothing covers it: the point at its centre belongs to the explanation (which lets
    # pointer events through, so it takes them for the time of the test).
    on_top = why.evaluate(
        """e => {
            e.style.pointerEvents = 'auto';
            const r = e.getBoundingClientRect();
            const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
            e.style.pointerEvents = '';
            return e.contains(hit);
        }"""
    )
    assert on_top, label


def centre(element: Any) -> None:
    element.evaluate("e => e.scrollIntoView({block: 'center', inline: 'nearest'})")


@pytest.mark.parametrize("view", VIEWS)
def test_hover_and_focus_show_every_explanation_on_a_desktop(site_page: Any, view: str) -> None:
    page = open_view(site_page, view, viewport=DESKTOP)
    pairs = marked(page)
    assert len(pairs) >= 20, "the seed has supplied words, names, notes, a gap, additions"
    for trigger, why in pairs:
        label = trigger.inner_text()
        centre(trigger)
        trigger.hover()
        assert_shown_inside(page, why, DESKTOP, f"hover: {label}")
        page.mouse.move(0, 0)
        assert trigger.get_attribute("tabindex") == "0", label
        trigger.focus()
        assert_shown_inside(page, why, DESKTOP, f"focus: {label}")
        assert why.inner_text().strip().startswith("(")
        page.evaluate("document.activeElement.blur()")


@pytest.mark.parametrize("view", VIEWS)
def test_a_tap_shows_every_explanation_on_a_phone(site_page: Any, view: str) -> None:
    page = open_view(site_page, view, viewport=PHONE, touch=True)
    address = page.url
    pairs = marked(page)
    assert len(pairs) >= 20
    for trigger, why in pairs:
        label = trigger.inner_text()
        centre(trigger)
        trigger.tap()
        assert page.url == address, f"a tap on {label!r} navigated"
        assert_shown_inside(page, why, PHONE, f"tap: {label}")


def test_uncertain_name_explains_its_certainty(site_page: Any) -> None:
    page = site_page("seed.html", viewport=PHONE, touch=True)
    name = page.locator("#text .name.uncertain").first
    centre(name)
    name.tap()
    why = name.locator("> .why")
    assert "spelling of low certainty" in why.inner_text()
    assert name.locator("> a.index-link").get_attribute("href").startswith("persons.html#")


def test_print_keeps_supplied_words_marked_and_the_legend(
    site_page: Any, tmp_path: Path
) -> None:
    pdftotext = require_tool("pdftotext")
    page = site_page("seed.html", viewport=DESKTOP)
    pdf = tmp_path / "seed.pdf"
    page.pdf(path=str(pdf))
    subprocess.run([pdftotext, "-layout", str(pdf), str(tmp_path / "seed.txt")], check=True)
    text = " ".join((tmp_path / "seed.txt").read_text(encoding="utf-8").split())
    for words in ("to put", "political", "it", "Radio", "them"):
        assert f"[{words}]" in text, words
    assert "Words supplied" in text and "Editorial markings in this document" in text
    assert shutil.which("pdftotext") == pdftotext
