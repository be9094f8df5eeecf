"""Pages of TEI from other projects (DraCor, EpiDoc, DTA letters) pass axe-core and fit a
phone's screen; a German letter's page says it is German."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from shared_paths import TEI_REAL

from teikit.render.urls import safe_id
from teikit.site import build_site
from tests.site.conftest import PHONE, axe_violations

pytestmark = pytest.mark.referee

SOURCES = [
    TEI_REAL / "dracor-shake" / "tei_pericles.xml",
    TEI_REAL / "epidoc" / "tests_data_source_PE3000196.xml",
    TEI_REAL / "epidoc" / "tests_data_source_5.1.xml",
    TEI_REAL / "dta-soldatenbriefe" / "data_letter-008.xml",
]


@pytest.fixture(scope="module")
def foreign_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("foreign-site")
    report = build_site(SOURCES, site, search=False)
    assert not report.failed
    return site


def test_foreign_pages_are_accessible_and_fit_a_phone(
    chromium: Any, foreign_site: Path, axe_script: Path
) -> None:
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    for source in SOURCES:
        page.goto((foreign_site / f"{safe_id(source.stem)}.html").as_uri())
        assert axe_violations(page, axe_script) == [], source.name
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.goto((foreign_site / "data_letter-008.html").as_uri())
    assert page.evaluate("document.documentElement.lang") == "de"
    context.close()
