"""The edition site built once per session (editions/, the dev documents, the seed TEI), and
the real browser that reads it: headless Debian Chromium driven by Playwright, axe-core from npm.
Pages are opened as file:// URLs (no server, no network)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from shared_paths import DEV_RAW, ENCODING_EXAMPLE, ROOT

from teikit.site import BuildReport, build_site
from tests.conftest import require_tool

SEED_TEI = ENCODING_EXAMPLE
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
AXE_VERSION = "4"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SEARCH_BUNDLE_SIZE = 10


@pytest.fixture(scope="session")
def seed_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the seed's hand-made TEI as a loose .xml source (published as it is)."""
    folder = tmp_path_factory.mktemp("tei-sources")
    shutil.copyfile(SEED_TEI, folder / "seed.xml")
    return folder


@pytest.fixture(scope="session")
def built_site(
    tmp_path_factory: pytest.TempPathFactory, seed_sources: Path
) -> tuple[Path, BuildReport]:
    site = tmp_path_factory.mktemp("site")
    # Small search bundles, so that the search page merges several, as a large site's does.
    report = build_site([seed_sources, ROOT / "editions", DEV_RAW], site, jobs=2,
                        search_bundle_size=SEARCH_BUNDLE_SIZE)
    return site, report


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe-core, installed from npm once into a cache folder outside the project."""
    npm = require_tool("npm")
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "teikit-tests" / "axe"
    script = cache / "node_modules" / "axe-core" / "axe.min.js"
    if not script.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(cache),
             f"axe-core@{AXE_VERSION}"],
            check=True, capture_output=True, timeout=300,
        )
    return script


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One headless Chromium for the session; tests open their own contexts in it."""
    executable = require_tool("chromium")
    if os.environ.get("CI") is None:
        pytest.importorskip("playwright")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def browser(chromium: Any) -> Iterator[Any]:
    """A desktop browsing context (1000 × 1400)."""
    context = chromium.new_context(viewport={"width": 1000, "height": 1400})
    yield context
    context.close()


@pytest.fixture
def site_page(chromium: Any, built_site: tuple[Path, BuildReport]) -> Iterator[Callable[..., Any]]:
    """`site_page(name, viewport=…, touch=False)`: a page of the built site in a fresh context."""
    site, _ = built_site
    contexts: list[Any] = []

    def go(name: str, *, viewport: dict[str, int] = DESKTOP, touch: bool = False) -> Any:
        context = chromium.new_context(viewport=viewport, has_touch=touch, is_mobile=touch)
        contexts.append(context)
        page = context.new_page()
        file_name, _, fragment = name.partition("#")
        page.goto((site / file_name).as_uri() + (f"#{fragment}" if fragment else ""))
        return page

    yield go
    for context in contexts:
        context.close()


def axe_violations(page: Any, axe_script: Path) -> list[str]:
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(axe_script))
    found = page.evaluate(
        "async tags => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target).join(' | ')}`)",
        WCAG_21_AA,
    )
    return list(found)
