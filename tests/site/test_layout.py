"""Every page of the dev site fits a phone's screen (390 px): nothing scrolls sideways."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.site.conftest import PHONE

pytestmark = pytest.mark.referee


def test_no_page_is_wider_than_a_phone(chromium: Any, built_site: tuple[Path, object]) -> None:
    site, _ = built_site
    pages = sorted(p for p in site.glob("*.html"))
    assert len(pages) > 40
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    too_wide = {}
    for path in pages:
        page.goto(path.as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[path.name] = width
    context.close()
    assert too_wide == {}
