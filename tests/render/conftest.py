"""Helpers for the render tests: the text a reader sees in each view of a page."""

from __future__ import annotations

import re
from typing import Any

import pytest
from lxml import etree, html

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "br", "dd", "dt", "tr"}
PAGE_BREAK = "‖"


def parse_page(page: str) -> etree._Element:
    return html.document_fromstring(page)


def view_text(page: str, view: str, *, scope: str = "//*[@id='text']") -> str:
    """The text of the edition as shown in `view`: the other view's parts and the hidden
    "who and why" explanations removed, page-break markers reduced to ‖, blocks spaced."""
    root = parse_page(page)
    hidden = "d" if view == "reading" else "r"
    for element in root.xpath(
        f"//*[contains(concat(' ', @class, ' '), ' {hidden} ') or "
        "contains(concat(' ', @class, ' '), ' why ')]"
    ):
        element.drop_tree()
    for marker in root.xpath("//*[contains(concat(' ', @class, ' '), ' pb ')]"):
        marker.text, marker.tail = f" {PAGE_BREAK} ", marker.tail
        for child in list(marker):
            marker.remove(child)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in BLOCKS:
            element.tail = "\n" + (element.tail or "")
    (area,) = root.xpath(scope)
    return normalise(area.text_content())


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class PageViews:
    """What the tests read from a page; handed to tests as the `views` fixture."""

    parse = staticmethod(parse_page)
    text = staticmethod(view_text)
    normalise = staticmethod(normalise)
    page_break = PAGE_BREAK


@pytest.fixture(scope="session")
def views() -> type[PageViews]:
    return PageViews


# The views of the module's `page` (each test module defines the page it renders).
@pytest.fixture(scope="module")
def reading(page: str, views: Any) -> str:
    return views.text(page, "reading")


@pytest.fixture(scope="module")
def diplomatic(page: str, views: Any) -> str:
    return views.text(page, "diplomatic")
