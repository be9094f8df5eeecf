"""Render benchmarks (run by hand, not a test): `python bench/render_bench.py`.

Measures, on this machine:
- the seed page rendered in-process (stylesheet compiled once): pre-pass + XSLT + serialise,
  and with parsing included;
- `teikit render FILE -o OUT` wall time (a fresh process, as a user runs it);
- the 2.2 MB FRUS monograph (1,082 notes) rendered in-process;
- the compile time of the document stylesheet.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from teikit.render import parse_tei, render_page
from teikit.render.stylesheets import stylesheet_path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "encoding-example.xml"
FRUS = SHARED / "corpora" / "tei-real" / "hsg-frus-history" / "monograph_frus-history.xml"


def timed(function, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float]) -> None:
    print(f"{label}: median {statistics.median(times) * 1000:.2f} ms, "
          f"min {min(times) * 1000:.2f} ms over {len(times)} runs")


def main() -> None:
    compile_times = timed(lambda: etree.XSLT(etree.parse(str(stylesheet_path("document.xsl")))), 20)
    report("compile document.xsl", compile_times)

    seed_bytes = SEED.read_bytes()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             collect_ids=False)
    trees = [etree.ElementTree(etree.fromstring(seed_bytes, parser)) for _ in range(501)]
    render_page(trees.pop())  # warm: compile and cache the stylesheet
    report("seed page, pre-pass + XSLT + serialise", timed(lambda: render_page(trees.pop()), 500))
    report("seed page, parse + render", timed(lambda: render_page(parse_tei(SEED)), 200))

    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "teikit.cli", "render", str(SEED), "-o",
                   str(Path(out) / "seed.html")]
        teikit = Path(sys.executable).parent / "teikit"
        if teikit.exists():
            command = [str(teikit), *command[3:]]
        report(f"wall: {' '.join(Path(c).name for c in command[:2])} …",
               timed(lambda: subprocess.run(command, check=True, capture_output=True), 10))

    frus = [parse_tei(FRUS) for _ in range(5)]
    report("FRUS monograph (2.2 MB), pre-pass + XSLT + serialise",
           timed(lambda: render_page(frus.pop()), 5))
    report("FRUS monograph, parse + render", timed(lambda: render_page(parse_tei(FRUS)), 3))


if __name__ == "__main__":
    main()
