"""Converter benchmarks (run by hand, not a test).

    .venv/bin/python bench/convert_bench.py [--copies 300] [--sizes 5,10,25,50]
    .venv/bin/python bench/convert_bench.py --concat-dev 50 [--concat-out /tmp/concat50.txt]
    .venv/bin/python bench/convert_bench.py --dev-rounds 3 [--disable untranslated]

Reports: in-process batch throughput on copies of the seed (one process, one core); the wall
time of `teikit convert` on the seed and of `teikit --help` (a fresh process each time, median
of 10), with the floor they are measured against: Python importing lxml, parsing the seed's TEI
and writing it back; peak memory (max RSS) of `teikit convert` on synthetic inputs of growing
size made of the seed's body.

The fresh processes may cache their bytecode (in a temporary folder, whatever
PYTHONDONTWRITEBYTECODE says), as an installed teikit has it compiled: otherwise each run would
compile every module again, which no user pays.

`--dev-rounds N` measures instead the in-process rate on the 34 dev documents, each N times
(`--disable` switches rules of the profile off, to see what one costs).

`--concat-dev N` builds instead the N MB input that is not seed-shaped: the first dev document
of `../shared/dev/raw` whole, then the bodies of all 34 (their page headers cut off) repeated,
a blank line between two, until N MB; it reports its peak memory the same way.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TEIKIT_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "editions" / "razuvayev-1951-09-10" / "source.txt"
SEED_TEI = SEED.with_name("edition.xml")
TEIKIT = [sys.executable, "-m", "teikit"]


def batch_throughput(copies: int, texts: list[str] | None = None,
                     disabled: tuple[str, ...] = ()) -> tuple[float, float]:
    """Documents per second of wall time and of CPU time (the latter steadier on a machine
    that other work loads): `copies` conversions of the seed, or of `texts` in turn, with
    the rules named in `disabled` switched off."""
    from teikit.convert import convert_text
    from teikit.profiles import load_profile
    from teikit.readers.context import ReadingContext

    # What a program converting many texts keeps: one profile and one reading context.
    profile, context = load_profile("wilson"), ReadingContext()
    profile.ruler.disable(disabled)
    texts = texts or [SEED.read_text(encoding="utf-8")]
    for text in texts:
        convert_text(text, source_name="warm-up", profile=profile, context=context)
    start, start_cpu = time.perf_counter(), time.process_time()
    for index in range(copies):
        text = texts[index % len(texts)]
        convert_text(text, source_name=f"copy-{index}.txt", profile=profile,
                     context=context).to_bytes()
    return copies / (time.perf_counter() - start), copies / (time.process_time() - start_cpu)


def cli_batch(copies: int, folder: Path) -> float:
    sources = folder / "sources"
    sources.mkdir()
    for index in range(copies):
        (sources / f"copy-{index:04d}.txt").write_bytes(SEED.read_bytes())
    start = time.perf_counter()
    subprocess.run([*TEIKIT, "convert", *map(str, sorted(sources.iterdir())), "--out-dir",
                    str(folder / "out"), "-q"], check=True)
    return copies / (time.perf_counter() - start)


def start_up_walls(folder: Path, runs: int = 10) -> dict[str, float]:
    """Median wall times of fresh processes, the commands taking turns: the floor (Python,
    lxml, the seed's TEI parsed and written), `teikit convert` of the seed, `teikit --help`."""
    floor = (f"import lxml.etree as etree; etree.parse({str(SEED_TEI)!r})"
             f".write({str(folder / 'floor.xml')!r})")
    commands = {
        "floor": [sys.executable, "-c", floor],
        "convert": [*TEIKIT, "convert", str(SEED), "-o", str(folder / "one.xml"), "-q"],
        "help": [*TEIKIT, "--help"],
    }
    environment = {**os.environ, "PYTHONPYCACHEPREFIX": str(folder / "bytecode")}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(runs + 1):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, env=environment, stdout=subprocess.DEVNULL)
            if run:  # the first round compiles the bytecode
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def big_source(megabytes: int, folder: Path) -> Path:
    text = SEED.read_text(encoding="utf-8")
    header, body = text[:759], text[759:]
    # Many paragraphs of the seed's body, without its opener and closer repeated.
    middle = body[body.index("#### ") : body.index("USSR AMBASSADOR")]
    parts = [header, body[: body.index("#### ")]]
    size = len(header)
    while size < megabytes * 1_000_000:
        parts.append(middle)
        size += len(middle)
    parts.append(body[body.index("USSR AMBASSADOR") :])
    path = folder / f"big-{megabytes}mb.txt"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def dev_concatenation(megabytes: int, path: Path) -> Path:
    """Dev documents' bodies end to end: hundreds of thousands of short lines, many of them
    furniture-like (addresses, signatures, numbers), unlike the seed's long paragraphs."""
    from teikit.readers.page_header import parse_page_header

    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "dev" / "raw").glob("*.txt"))]
    bodies = ["\n\n" + text[parse_page_header(text).body_start :] for text in texts]
    limit = megabytes * 1_000_000
    parts = [texts[0], *bodies[1:]]
    size = sum(len(part.encode("utf-8")) for part in parts)
    index = 0
    while size + len(bodies[index].encode("utf-8")) <= limit:
        parts.append(bodies[index])
        size += len(bodies[index].encode("utf-8"))
        index = (index + 1) % len(bodies)
    path.write_text("".join(parts) + "\n", encoding="utf-8")
    return path


def peak_memory(source: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of `teikit convert` on `source`, in a fresh process; MB are
    millions of bytes, as the input's size is counted (Linux gives the peak in KiB)."""
    script = (
        "import resource, sys, time\n"
        "from teikit.cli import main\n"
        "start = time.perf_counter()\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(time.perf_counter() - start, "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "convert", str(source), "-o",
         str(source.with_suffix(".xml")), "-q"],
        capture_output=True, text=True, check=True)
    seconds, peak = done.stderr.strip().splitlines()[-1].split()
    return float(seconds), float(peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=300)
    parser.add_argument("--sizes", default="5,10,25,50")
    parser.add_argument("--concat-dev", type=int, metavar="MB",
                        help="only build the dev concatenation of this size and measure it")
    parser.add_argument("--concat-out", type=Path,
                        help="where to keep the dev concatenation (default: a temporary file)")
    parser.add_argument("--dev-rounds", type=int, metavar="N",
                        help="only the in-process rate on the dev documents, N times each")
    parser.add_argument("--disable", default="",
                        help="with --dev-rounds: rules of the profile to switch off (a,b)")
    args = parser.parse_args()
    if args.dev_rounds:
        texts = [path.read_text(encoding="utf-8")
                 for path in sorted((SHARED / "dev" / "raw").glob("*.txt"))]
        disabled = tuple(name for name in args.disable.split(",") if name)
        _, cpu_rate = batch_throughput(args.dev_rounds * len(texts), texts, disabled)
        print(f"dev documents, in process: {cpu_rate:.0f} per second of CPU time "
              f"({len(texts)} documents × {args.dev_rounds}"
              f"{', without ' + ', '.join(disabled) if disabled else ''})")
        return
    if args.concat_dev:
        with tempfile.TemporaryDirectory() as tmp:
            source = dev_concatenation(
                args.concat_dev, args.concat_out or Path(tmp) / f"concat{args.concat_dev}.txt")
            size_mb = source.stat().st_size / 1_000_000
            seconds, peak = peak_memory(source)
            print(f"{source.name}, {size_mb:.1f} MB of dev bodies: {seconds:.1f} s, "
                  f"peak RSS {peak:.0f} MB ({peak / size_mb:.2f}× the input)")
        return
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the goal says
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        wall_rate, cpu_rate = batch_throughput(args.copies)
        print(f"batch, in process: {wall_rate:.0f} documents/s ({cpu_rate:.0f} per second of "
              f"CPU time; {args.copies} copies of the seed, one core)")
        print(f"batch, one `teikit convert` call: {cli_batch(args.copies, folder):.0f} "
              f"documents/s")
        walls = start_up_walls(folder)
        print(f"`teikit convert` one file: {walls['convert']:.3f} s wall (median of 10), "
              f"{walls['convert'] / walls['floor']:.1f}× the floor of {walls['floor']:.3f} s "
              "(Python + lxml parsing and writing the seed's TEI)")
        print(f"`teikit --help`: {walls['help']:.3f} s wall (median of 10)")
        for megabytes in [int(s) for s in args.sizes.split(",")]:
            source = big_source(megabytes, folder)
            size_mb = source.stat().st_size / 1_000_000
            seconds, peak = peak_memory(source)
            print(f"{size_mb:.1f} MB input: {seconds:.1f} s, peak RSS {peak:.0f} MB "
                  f"({peak / size_mb:.1f}× the input)")


if __name__ == "__main__":
    main()
