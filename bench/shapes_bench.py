"""Sources shaped to be slow: `teikit convert` on each, its wall time and peak memory.

    .venv/bin/python bench/shapes_bench.py [--scale 1.0] [--timeout 600] [--keep DIR]
        [--only WORDS]

Each source is a few hundred kilobytes to a few megabytes of one shape that a real document
has a little of (a long paragraph, many dates, many notes, deep brackets), so that a cost that
grows with the square of it shows: the figures should grow in proportion to `--scale`. The
sources are made here, the same each run; `--keep DIR` leaves them there.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEIKIT = [sys.executable, "-m", "teikit"]

sys.path.insert(0, str(ROOT / "tests"))  # the sources the tests make, made the same way
from shapes import LINE_SHAPES, REPORT, RUN_SHAPES  # noqa: E402

SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    # name: (the body for n repeats, n at scale 1)
    "many dates on one line": (
        lambda n: "1951-09-10 10.09.1951 10/09/51 September 10, 1951 " * n + "\n", 50_000),
    "many day ranges on one line": (
        lambda n: "from 10–12 August 1951 and on 3 May 1950, " * n + "\n", 40_000),
    "asterisk markers, then their notes": (
        lambda n: "*a* " * n + "\n" + "* note\n" * (n // 200), 200_000),
    "asterisk notes after many paragraphs": (
        lambda n: "".join(f"[Li Kuo Nyn]* met [Zhou]* {i}\n\n" for i in range(n))
        + "* the spelling is uncertain\n\n" * (2 * n), 20_000),
    "a paragraph of many lines": (lambda n: "a line of text [sic] here\n" * n, 80_000),
    "markers with no note": (lambda n: "text[7] " * n + "\n\n[1] a note\n", 200_000),
    "quotations and brackets in one paragraph": (
        lambda n: "“a quote” and [to put] " * n + "\n", 40_000),
    "brackets nested deep": (lambda n: "[" * n + "x" + "]" * n + "\n", 200_000),
    "brackets never closed": (lambda n: "[a " * n + "\n", 300_000),
    "many one-line paragraphs": (lambda n: "[handwritten:] x\n\n" * n, 250_000),
    "one line of words": (lambda n: "word " * n + "\n", 2_000_000),
    **{name: (make, 500_000) for name, make in RUN_SHAPES.items()},
    "a line of many spaces under a signature": (
        lambda n: f"{REPORT}\n\nI. STALIN\nph{' ' * n}x\n", 500_000),
    **{name: (make, 16_000) for name, make in LINE_SHAPES.items()},
}


def run(source: Path, output: Path, timeout: float) -> tuple[float | None, float]:
    """Wall time (None when stopped at `timeout`) and the peak memory (MB) of one
    conversion."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [*TEIKIT, "convert", str(source), "-o", str(output), "-q", "--title", "Shapes",
         "--date", "1951-09-10", "--timeout", "0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stopper = threading.Timer(timeout, process.kill)
    stopper.start()
    _, _, usage = os.wait4(process.pid, 0)  # this child's own peak, not the largest so far
    stopper.cancel()
    wall = time.perf_counter() - started
    return (None if wall >= timeout else wall), usage.ru_maxrss / 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--only", default="", help="run the shapes whose name holds this")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="teikit-shapes-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"load average: {os.getloadavg()[0]:.2f}; scale {args.scale}")
    for number, (name, (make, n)) in enumerate(SHAPES.items()):
        if args.only not in name:
            continue
        source = folder / f"shape{number}.txt"
        source.write_text("Shapes\n\n" + make(max(1, int(n * args.scale))), encoding="utf-8")
        wall, peak = run(source, folder / f"shape{number}.xml", args.timeout)
        size = source.stat().st_size / 1e6
        shown = f"{wall:7.2f} s" if wall is not None else f"over {args.timeout:.0f} s"
        print(f"{name:45s} {size:6.2f} MB  {shown}  peak {peak:6.0f} MB", flush=True)


if __name__ == "__main__":
    main()
