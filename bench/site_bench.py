"""Site build benchmark (run by hand, not a test): `python bench/site_bench.py`.

Builds the dev site (editions/, ../shared/dev/raw and the seed TEI; the seed's three copies
are published once) from scratch with --jobs 1 and --jobs 2, Pagefind search index included,
then once more with nothing changed, and prints wall times.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from teikit.site import build_site

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        sources = Path(folder) / "tei"
        sources.mkdir()
        shutil.copyfile(SHARED / "encoding-example.xml", sources / "seed.xml")
        inputs = [sources, ROOT / "editions", SHARED / "dev" / "raw"]
        for jobs in (1, 2):
            site = Path(folder) / f"site-{jobs}"
            start = time.perf_counter()
            report = build_site(inputs, site, jobs=jobs)
            cold = time.perf_counter() - start
            start = time.perf_counter()
            again = build_site(inputs, site, jobs=jobs)
            warm = time.perf_counter() - start
            pages = len([p for p in site.glob("*.html") if (site / f"{p.stem}.xml").is_file()])
            search = "with" if (site / "pagefind").is_dir() else "without"
            print(f"--jobs {jobs}: {len(report.built)} documents built, {pages} published "
                  f"{search} search index in {cold:.2f} s ({len(report.failed)} failed); "
                  f"unchanged rebuild ({len(again.unchanged)} unchanged) in {warm:.2f} s")


if __name__ == "__main__":
    main()
