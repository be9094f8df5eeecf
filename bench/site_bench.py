"""Site build benchmark (run by hand, not a test): `python bench/site_bench.py`.

Builds the dev site (editions/, ../shared/dev/raw and the seed TEI; the seed's three copies
are published once) from scratch with --jobs 1 and --jobs 2, Pagefind search index included,
then once more with nothing changed, and prints wall times.

`python bench/site_bench.py --per-document 20` builds the 34 dev documents 20 times over in
this process instead (convert, validate, render, write: what a build's worker does for each),
one after another as a worker meets kinds of document coming and going, and prints the time
per document, after one round to load the tools.
"""

from __future__ import annotations

import argparse
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


def per_document(rounds: int) -> None:
    from teikit.site.document import BuildJob, build_source
    from teikit.site.sources import discover

    sources = discover([SHARED / "dev" / "raw"])
    with tempfile.TemporaryDirectory() as folder:
        job = BuildJob(Path(folder))
        for source in sources:  # the tools loaded, the disk cache filled
            build_source(source, job)
        start = time.perf_counter()
        for _ in range(rounds):
            for source in sources:
                build_source(source, job)
        seconds = (time.perf_counter() - start) / (rounds * len(sources))
    print(f"{len(sources)} dev documents built {rounds} times over in one process: "
          f"{seconds * 1000:.1f} ms a document")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-document", type=int, metavar="ROUNDS",
                        help="time the documents' builds in this process instead")
    arguments = parser.parse_args()
    if arguments.per_document:
        per_document(arguments.per_document)
    else:
        main()
