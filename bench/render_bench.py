"""Render benchmarks (run by hand, not a test): `python bench/render_bench.py`.

Measures, on this machine:
- the dev example page rendered in-process (stylesheet compiled once): pre-pass + XSLT +
  serialise, and with parsing included;
- `teikit render FILE -o OUT` wall time (a fresh process, as a user runs it);
- the 2.2 MB FRUS monograph (1,082 notes) rendered in-process;
- the compile time of the document stylesheet;
- teikit against the TEI Stylesheets (html5/html5.xsl) under Saxon (saxonche), per document,
  on the seed edition and on the FRUS monograph: both parse the file and write the page to a
  string, each with its stylesheet compiled once; they are run in turn, round after round,
  and the medians compared. The TEI Stylesheets are a checkout of TEIC/Stylesheets given
  with `--tei-stylesheets DIR` or `TEI_STYLESHEETS=DIR` (else ../shared/tools/tei-stylesheets);
  the bench says so when they or saxonche are missing.
"""

from __future__ import annotations

import argparse
import locale
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from teikit.render import Renderer, parse_tei
from teikit.render.stylesheets import compile_stylesheet, stylesheet_path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_EXAMPLE = SHARED / "encoding-example.xml"
SEED = ROOT / "editions" / "razuvayev-1951-09-10" / "edition.xml"
FRUS = SHARED / "corpora" / "tei-real" / "hsg-frus-history" / "monograph_frus-history.xml"
TEI_STYLESHEETS = Path(os.environ.get("TEI_STYLESHEETS", SHARED / "tools" / "tei-stylesheets"))


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float]) -> None:
    print(f"{label}: median {statistics.median(times) * 1000:.2f} ms, "
          f"min {min(times) * 1000:.2f} ms over {len(times)} runs")


def brief(message: str) -> str:
    """Saxon's message in a line: where, then what (its first two lines)."""
    return " ".join([line.strip() for line in message.splitlines() if line.strip()][:2])


def saxon_tei_html5(stylesheets: Path) -> Callable[[Path], str] | str:
    """A function rendering a file with the TEI Stylesheets' html5 under Saxon, or why
    there is none."""
    entry = stylesheets / "html5" / "html5.xsl"
    if not entry.is_file():
        return (f"the TEI Stylesheets were not found ({entry} is missing; give a checkout of "
                "TEIC/Stylesheets with --tei-stylesheets DIR or TEI_STYLESHEETS=DIR)")
    try:
        from saxonche import PySaxonApiError, PySaxonProcessor
    except ImportError:
        return "saxonche is not installed (pip install saxonche)"
    # Saxon's start sets the process's locale (LC_COLLATE to C.UTF-8): put back what the
    # rest of the process, teikit included, runs with.
    before = locale.setlocale(locale.LC_ALL)
    processor = PySaxonProcessor(license=False)
    locale.setlocale(locale.LC_ALL, before)
    try:  # saxonche raises on a static error (e.g. files of different versions mixed)
        executable = processor.new_xslt30_processor().compile_stylesheet(
            stylesheet_file=str(entry))
    except PySaxonApiError as error:
        return f"Saxon could not compile {entry}: {brief(str(error))}"
    if executable is None:
        return f"Saxon could not compile {entry}"

    def render(path: Path) -> str:
        page = executable.transform_to_string(source_file=str(path))
        if page is None:
            raise RuntimeError(f"Saxon gave no page for {path}")
        return page

    render.processor = processor  # type: ignore[attr-defined]  # kept alive with the function
    return render


def against_tei_stylesheets(renderer: Renderer, stylesheets: Path,
                            rounds: dict[Path, int]) -> None:
    saxon = saxon_tei_html5(stylesheets)
    if isinstance(saxon, str):
        print(f"teikit vs the TEI Stylesheets under Saxon: skipped, {saxon}")
        return
    for path, repeat in rounds.items():
        renderer.render_file(path)  # warm: compile teikit's stylesheet
        try:
            saxon(path)  # warm: the JIT of Saxon's first run
        except Exception as error:  # a dynamic error: e.g. ../i18n.xml missing from the checkout
            print(f"{path.name}: teikit vs the TEI Stylesheets under Saxon: skipped, Saxon "
                  f"failed on it: {brief(str(error))}")
            continue
        times: dict[str, list[float]] = {"teikit": [], "saxon": []}
        for _ in range(repeat):
            times["teikit"] += timed(lambda p=path: renderer.render_file(p), 1)
            times["saxon"] += timed(lambda p=path: saxon(p), 1)
        ours, theirs = (statistics.median(times[k]) for k in ("teikit", "saxon"))
        print(f"{path.name}: teikit (parse + pre-pass + XSLT + string) {ours * 1000:.2f} ms, "
              f"TEI Stylesheets html5 under Saxon {theirs * 1000:.2f} ms: 1/{theirs / ours:.1f} "
              f"(medians of {repeat} alternating runs)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tei-stylesheets", type=Path, default=TEI_STYLESHEETS,
                        help="a checkout of TEIC/Stylesheets (for the comparison)")
    parser.add_argument("--rounds", type=int, default=20,
                        help="alternating runs per document in the comparison (FRUS: a fifth)")
    arguments = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.2f}")
    compile_times = timed(lambda: compile_stylesheet(stylesheet_path("document.xsl")), 20)
    report("compile document.xsl", compile_times)

    example = DEV_EXAMPLE.read_bytes()
    parser_options = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                     collect_ids=False)
    trees = [etree.ElementTree(etree.fromstring(example, parser_options)) for _ in range(501)]
    renderer = Renderer()  # keeps the compiled stylesheet from one page to the next
    renderer.render_page(trees.pop())  # warm: compile the stylesheet
    report("dev example page, pre-pass + XSLT + serialise",
           timed(lambda: renderer.render_page(trees.pop()), 500))
    report("dev example page, parse + render",
           timed(lambda: renderer.render_page(parse_tei(DEV_EXAMPLE)), 200))
    report("seed edition, parse + render",
           timed(lambda: renderer.render_page(parse_tei(SEED)), 200))

    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "teikit.cli", "render", str(DEV_EXAMPLE), "-o",
                   str(Path(out) / "seed.html")]
        teikit = Path(sys.executable).parent / "teikit"
        if teikit.exists():
            command = [str(teikit), *command[3:]]
        report(f"wall: {' '.join(Path(c).name for c in command[:2])} …",
               timed(lambda: subprocess.run(command, check=True, capture_output=True), 10))

    frus = [parse_tei(FRUS) for _ in range(5)]
    report("FRUS monograph (2.2 MB), pre-pass + XSLT + serialise",
           timed(lambda: renderer.render_page(frus.pop()), 5))
    report("FRUS monograph, parse + render",
           timed(lambda: renderer.render_page(parse_tei(FRUS)), 3))

    against_tei_stylesheets(renderer, arguments.tei_stylesheets,
                            {SEED: arguments.rounds, FRUS: max(3, arguments.rounds // 5)})
    print(f"load average: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
