"""Whole-corpus benchmark (run by hand): N documents made from the dev documents, then
`teikit convert`, `teikit validate` and `teikit build`, each timed as one command.

    .venv/bin/python bench/corpus_bench.py --shared ../shared --count 1000 [--jobs 2]
        [--scheduler dask] [--stages convert,validate,build,rebuild,touch] [--no-search]
        [--repeat N] [--keep DIR]

The documents are varied, not copies: each takes a dev document, a different day in its date,
a numbered title, a share of its paragraphs and one of a few names swapped in, so sizes,
dates and names differ. Reports per stage: wall time, documents per second, CPU time (of
the teikit process and its workers: on a loaded machine, the figure that does not depend on
the load), the peak resident memory of the teikit process, and the largest sum of it and
every process under it (workers, Pagefind), sampled; then the size of the build state and
one checksum of the site's files (compare a `--scheduler dask` run with a local one).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

NAMES = ["Molotov", "Vyshinsky", "Gromyko", "Malenkov", "Bulganin", "Mikoyan", "Kaganovich"]
DATE_LINE = re.compile(r"^\*\*(?P<month>[A-Z][a-z]+) (?P<day>\d{1,2}), (?P<year>\d{4})\*\*",
                       re.M)


def varied(text: str, index: int, rng: random.Random) -> str:
    text = DATE_LINE.sub(lambda m: f"**{m['month']} {rng.randint(1, 28)}, {m['year']}**",
                         text, count=1)
    bold = [n for n, line in enumerate(text.split("\n"))
            if line.startswith("**") and line.endswith("**") and ":" not in line[:20]]
    if len(bold) >= 2:  # the second bold line is the title
        lines = text.split("\n")
        lines[bold[1]] = lines[bold[1]][:-2] + f" ({index})**"
        text = "\n".join(lines)
    old, new = rng.sample(NAMES, 2)
    return re.sub(rf"\b{old}\b", new, text)


def make_corpus(shared: Path, count: int, target: Path) -> list[Path]:
    sources = sorted((shared / "dev" / "raw").glob("*.txt"))
    texts = [s.read_text(encoding="utf-8") for s in sources]
    rng = random.Random(1951)
    made = []
    for index in range(count):
        base = texts[index % len(texts)]
        path = target / f"doc{index:06d}.txt"
        path.write_text(varied(base, index, rng), encoding="utf-8")
        made.append(path)
    return made


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += children.get(current, [])
    return found


class Sampler(threading.Thread):
    """The teikit process's own peak memory (VmHWM), and the largest sum of the resident
    memory of it and every process under it (workers, Pagefind), sampled five times a second.
    """

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.own, self.tree = pid, 0, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.own = max(self.own, _status_kb(self.pid, "VmHWM"))
            self.tree = max(self.tree, sum(_status_kb(p, "VmRSS")
                                           for p in _descendants(self.pid)))


def timed(command: list[str]) -> tuple[float, float, float, float, int]:
    """Wall seconds, CPU seconds (the command and the worker processes it waited for: what
    the wall time would be on one idle core), peak memory in MB (millions of bytes) of the
    command's own process and of all its processes together (sampled), exit status."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sampler = Sampler(process.pid)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    sampler.done.set()
    sampler.join()
    # The kernel counts in KiB; MB here are millions of bytes, as the sources are counted.
    own = (sampler.own or usage.ru_maxrss) * 1024 / 1e6  # (a command too short to be sampled)
    return (time.perf_counter() - start, usage.ru_utime + usage.ru_stime, own,
            max(sampler.tree * 1024 / 1e6, own), os.waitstatus_to_exitcode(status))


def touch(source: Path) -> None:
    """An editor's correction: one word of the text changed."""
    text = source.read_text(encoding="utf-8")
    at = text.rfind(" the ")
    source.write_text(text[:at] + " this " + text[at + 5:] if at > 0 else text + "\n",
                      encoding="utf-8")


def digest_of(site: Path) -> str:
    """One checksum of the site's files (names and bytes), to compare two runs."""
    digest = hashlib.sha256()
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.name != ".teikit-build.sqlite" and \
                "pagefind" not in path.relative_to(site).parts:
            digest.update(str(path.relative_to(site)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=0, help="0: teikit's default")
    parser.add_argument("--scheduler", default="", help="passed to every stage when given")
    parser.add_argument("--stages", default="convert,validate,build,rebuild,touch",
                        help="rebuild: the build again, nothing changed; touch: again after "
                             "one word of one source changed")
    parser.add_argument("--repeat", type=int, default=1,
                        help="time the rebuild and touch stages this many times and give the "
                             "medians (before each touch but the first, the source is put back "
                             "and the site built again, untimed: the same edit each time)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--no-search", action="store_true",
                        help="build without the Pagefind index (its memory grows with the site)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="teikit-corpus-"))
    sources, tei, site = work / "sources", work / "tei", work / "site"
    for folder in (sources, tei):
        folder.mkdir(parents=True, exist_ok=True)
    made = make_corpus(args.shared, args.count, sources)
    teikit = [sys.executable, "-m", "teikit"]
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    scheduler = ["--scheduler", args.scheduler] if args.scheduler else []
    build = [*teikit, "build", str(sources), "-o", str(site), *jobs, *scheduler,
             *(["--no-search"] if args.no_search else [])]
    commands = {
        "convert": [*teikit, "convert", *map(str, made), "--out-dir", str(tei), "-q", *jobs,
                    *scheduler],
        "validate": [*teikit, "validate", str(tei), *jobs, *scheduler],
        "build": build,
        "rebuild": build,  # nothing changed
        "touch": build,  # one source edited
    }
    print(f"{args.count} documents, {sum(p.stat().st_size for p in made) / 1e6:.1f} MB")
    edited = made[len(made) // 2]
    original = edited.read_text(encoding="utf-8")
    for stage in args.stages.split(","):
        runs = []
        for run in range(args.repeat if stage in ("rebuild", "touch") else 1):
            if stage == "touch":
                if run:
                    edited.write_text(original, encoding="utf-8")
                    timed(commands["build"])
                touch(edited)
            runs.append(timed(commands[stage]))
        seconds, cpu, own, tree, status = (
            statistics.median(values) if index < 2 else max(values)
            for index, values in enumerate(zip(*runs, strict=True)))
        times = " ".join(f"{run[0]:.2f}" for run in runs)
        print(f"{stage:8} {seconds:8.2f} s {args.count / seconds:8.1f} docs/s "
              f"cpu {cpu:8.2f} s  peak {own:5.0f} MB (all processes {tree:5.0f} MB)  "
              f"exit {status}" + (f"  (median of {len(runs)}: {times} s)" if len(runs) > 1
                                  else ""))
        if stage == "build":  # before any edit: to compare with another scheduler's run
            print(f"         site {digest_of(site)} (sha256 of every file but the build "
                  "state and the search index)")
    state = site / ".teikit-build.sqlite"
    if state.is_file():
        print(f"build state {state.stat().st_size / 1e6:.2f} MB")
    if args.keep is None:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
