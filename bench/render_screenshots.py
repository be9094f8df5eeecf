"""Screenshots of both views of the seed edition, for the README (run by hand):

    .venv/bin/python bench/render_screenshots.py

Builds the site of `editions/` into a temporary folder, opens the seed page in headless
Debian Chromium and writes `docs/screenshots/seed-reading.png` and `seed-diplomatic.png`
(the opener and the first section), plus `seed-notes-*.png` (the passage with the uncertain
name, its note and the [SIC, …] note).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from teikit.site import build_site

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGE = "razuvayev-1951-09-10.html"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        site = Path(folder) / "site"
        build_site([ROOT / "editions"], site)
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 900, "height": 1300})
        page.goto((site / PAGE).as_uri())
        for view in ("reading", "diplomatic"):
            page.click(f"label[for=view-{view}]")
            top = page.locator("#text-heading").bounding_box()
            assert top is not None
            page.screenshot(path=str(OUT / f"seed-{view}.png"),
                            clip={"x": 0, "y": top["y"] - 10, "width": 900, "height": 1300},
                            full_page=True)
            passage = page.locator("#text p", has_text="a large group of diplomatic").first
            box = passage.bounding_box()
            assert box is not None
            page.screenshot(path=str(OUT / f"seed-notes-{view}.png"),
                            clip={"x": 0, "y": box["y"] - 10, "width": 900, "height": 700},
                            full_page=True)
        browser.close()
    for path in sorted(OUT.glob("seed-*.png")):
        print(path.relative_to(ROOT), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
