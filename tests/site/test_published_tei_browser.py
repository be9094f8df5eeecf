"""The TEI copy a site publishes, opened in headless Chromium: no script runs, where the
source it was made from does run one (so the check can see a script that runs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from teikit.site import build_site

pytestmark = pytest.mark.referee

XHTML_NS = "http://www.w3.org/1999/xhtml"
MARK = "document.documentElement.setAttribute('data-script-ran', 'yes')"
HOSTILE_TEI = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader><fileDesc><titleStmt><title>Hostile</title></titleStmt>
    <publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc>
  </fileDesc></teiHeader>
  <text><body><p>Text <h:script xmlns:h="{XHTML_NS}">{MARK}</h:script> and
    <h:img xmlns:h="{XHTML_NS}" src="missing.png" onerror="{MARK}"/> more.</p></body></text>
</TEI>
"""


@pytest.fixture(scope="module")
def chromium_page(chromium: Any) -> Iterator[Any]:
    """A page in the session's Chromium (tests/site/conftest.py)."""
    context = chromium.new_context()
    yield context.new_page()
    context.close()


def script_ran(page: Any, path: Path) -> bool:
    page.goto(path.as_uri())
    page.wait_for_timeout(300)  # let an onerror handler fire
    return page.evaluate(
        "() => document.documentElement.getAttribute('data-script-ran') === 'yes'")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    sources = tmp_path_factory.mktemp("hostile-sources")
    (sources / "hostile.xml").write_text(HOSTILE_TEI, encoding="utf-8")
    site = tmp_path_factory.mktemp("hostile-site")
    build_site([sources], site)
    return sources / "hostile.xml", site / "hostile.xml"


def test_the_source_runs_script_in_chromium(chromium_page: Any,
                                            hostile_site: tuple[Path, Path]) -> None:
    source, _ = hostile_site
    assert script_ran(chromium_page, source)


def test_the_published_copy_runs_no_script(chromium_page: Any,
                                           hostile_site: tuple[Path, Path]) -> None:
    _, published = hostile_site
    assert not script_ran(chromium_page, published)
