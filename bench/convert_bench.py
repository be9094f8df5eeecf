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

`--start-up` breaks the one-file `teikit convert` down instead: Python alone, lxml, click,
teikit's modules (with the time spent creating their dataclasses and compiling their regular
expressions, counted apart), the profile, the first conversion and the same conversion warm,
each the median of fresh processes.

`--concat-dev N` builds instead the N MB input that is not seed-shaped: the first dev document
of `../shared/dev/raw` whole, then the bodies of all 34 (their page headers cut off) repeated,
a blank line between two, until N MB; it reports its peak memory the same way.
"""

from __future__ import annotations

import argparse
import json
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


def _floor_code(folder: Path) -> str:
    """Python importing lxml, parsing the seed's TEI and writing it back."""
    return (f"import lxml.etree as etree; etree.parse({str(SEED_TEI)!r})"
            f".write({str(folder / 'floor.xml')!r})")


def fresh_process_environment(folder: Path) -> dict[str, str]:
    """As an installed teikit runs after its first run: its bytecode and its user cache (the
    word tables, the regular expressions' programs) written, here in `folder`, by the first
    of the rounds, which is not counted."""
    environment = {**os.environ, "PYTHONPYCACHEPREFIX": str(folder / "bytecode"),
                   "TEIKIT_CACHE_DIR": str(folder / "cache")}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def start_up_walls(folder: Path, runs: int = 10) -> dict[str, float]:
    """Median wall times of fresh processes, the commands taking turns: the floor (Python,
    lxml, the seed's TEI parsed and written), `teikit convert` of the seed, `teikit --help`."""
    commands = {
        "floor": [sys.executable, "-c", _floor_code(folder)],
        "convert": [*TEIKIT, "convert", str(SEED), "-o", str(folder / "one.xml"), "-q"],
        "help": [*TEIKIT, "--help"],
    }
    environment = fresh_process_environment(folder)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(runs + 1):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, env=environment, stdout=subprocess.DEVNULL)
            if run:  # the first round writes the bytecode and the user cache
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


# Run in a fresh process: the parts of a one-file conversion, in milliseconds. Creating a
# dataclass and compiling a regular expression are counted through the public names the modules
# call (`dataclasses.dataclass`, `re.compile`), wrapped before teikit is imported.
_PARTS_SCRIPT = r"""
import time
begun_at = time.perf_counter()
import dataclasses, json, re, sys
stdlib_ms = (time.perf_counter() - begun_at) * 1000
spent = {"dataclasses": 0.0, "dataclass_count": 0, "regex": 0.0, "regex_count": 0}
make_dataclass, compile_regex = dataclasses.dataclass, re.compile

def timed_dataclass(cls=None, /, **options):
    decorate = make_dataclass(**options)
    def timed(klass):
        begun = time.perf_counter()
        try:
            return decorate(klass)
        finally:
            spent["dataclasses"] += time.perf_counter() - begun
            spent["dataclass_count"] += 1
    return timed if cls is None else timed(cls)

def timed_compile(pattern, flags=0):
    begun = time.perf_counter()
    try:
        return compile_regex(pattern, flags)
    finally:
        spent["regex"] += time.perf_counter() - begun
        spent["regex_count"] += 1

dataclasses.dataclass, re.compile = timed_dataclass, timed_compile
marks = {}
def mark(name):
    marks[name] = (time.perf_counter(), dict(spent))

mark("start")
from teikit.cli import dataclass_methods, pattern_programs
programs = pattern_programs.cache_file("convert")
taken = pattern_programs.preload(programs)
methods = dataclass_methods.kept_methods(dataclass_methods.cache_file("convert"))  # as `teikit`
methods.__enter__()
mark("programs")
import lxml.etree
mark("lxml")
import click
mark("click")
import teikit.cli.convert
from teikit.convert import convert_text
from teikit.profiles import load_profile
from teikit.readers.context import ReadingContext
mark("teikit")
profile, context = load_profile("wilson"), ReadingContext()
mark("profile")
text = open(sys.argv[1], encoding="utf-8").read()
convert_text(text, source_name="seed.txt", profile=profile, context=context).to_bytes()
mark("first")
convert_text(text, source_name="seed.txt", profile=profile, context=context).to_bytes()
mark("warm")
methods.__exit__(None, None, None)  # as the command does at its end (for the next round)
pattern_programs.keep_new(taken, programs)
names = list(marks)
parts = {}
for before, after in zip(names, names[1:]):
    (t0, s0), (t1, s1) = marks[before], marks[after]
    parts[after] = {"ms": (t1 - t0) * 1000,
                    "dataclasses_ms": (s1["dataclasses"] - s0["dataclasses"]) * 1000,
                    "dataclasses": s1["dataclass_count"] - s0["dataclass_count"],
                    "regex_ms": (s1["regex"] - s0["regex"]) * 1000,
                    "regexes": s1["regex_count"] - s0["regex_count"]}
parts["stdlib"] = {"ms": stdlib_ms, "dataclasses_ms": 0, "dataclasses": 0, "regex_ms": 0,
                   "regexes": 0}
print(json.dumps(parts))
"""

_PART_NAMES = {
    "stdlib": "importing dataclasses, re and json (teikit needs them anyway)",
    "programs": "the regular expressions' programs and the dataclasses' methods kept by the "
                "last run, loaded",
    "lxml": "importing lxml",
    "click": "importing click",
    "teikit": "importing teikit's modules for `convert`",
    "profile": "the profile and the reading context",
    "first": "the first conversion (as `teikit convert` does it)",
    "warm": "the same conversion again, warm (for comparison)",
}


def start_up_parts(folder: Path, runs: int = 10) -> None:
    """Print what one-file `teikit convert` spends its time on: fresh processes (the bytecode
    cached), medians of `runs`; Python alone (`python -c pass`) measured the same way."""
    environment = fresh_process_environment(folder)
    walls: dict[str, list[float]] = {"bare": [], "floor": []}
    samples: list[dict[str, dict[str, float]]] = []
    for run in range(runs + 1):
        for name, code in (("bare", "pass"), ("floor", _floor_code(folder))):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=environment)
            if run:  # the first round writes the bytecode and the user cache
                walls[name].append((time.perf_counter() - started) * 1000)
        done = subprocess.run([sys.executable, "-c", _PARTS_SCRIPT, str(SEED)], check=True,
                              env=environment, capture_output=True, text=True)
        if run:
            samples.append(json.loads(done.stdout))
    bare, floor = (statistics.median(walls[name]) for name in ("bare", "floor"))
    print(f"start-up of one-file `teikit convert` in parts (ms, median of {runs} fresh "
          "processes):")
    print(f"  Python and its site packages (`python -c pass`): {bare:.1f}")
    fixed = bare
    for name, label in _PART_NAMES.items():
        part = {key: statistics.median(sample[name][key] for sample in samples)
                for key in samples[0][name]}
        if name in ("stdlib", "programs", "lxml", "click"):
            fixed += part["ms"]
        elif name != "warm":
            fixed += part["dataclasses_ms"] + part["regex_ms"]
        details = []
        if part["dataclasses"]:
            details.append(f"creating {part['dataclasses']:.0f} dataclasses "
                           f"{part['dataclasses_ms']:.1f}")
        if part["regexes"]:
            details.append(f"compiling {part['regexes']:.0f} regular expressions "
                           f"{part['regex_ms']:.1f}")
        print(f"  {label}: {part['ms']:.1f}" + (f" (of which {', '.join(details)})"
                                               if details else ""))
    print(f"the floor (Python + lxml parsing and writing the seed's TEI): {floor:.1f}; Python, "
          f"the standard modules, lxml and click, with teikit's dataclasses and regular "
          f"expressions made, before any of teikit's own work: {fixed:.1f} "
          f"({fixed / floor:.1f}× the floor)")


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
    parser.add_argument("--start-up", action="store_true",
                        help="only break the one-file `teikit convert` down into its parts")
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
    if args.start_up:
        with tempfile.TemporaryDirectory() as tmp:
            start_up_parts(Path(tmp))
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
