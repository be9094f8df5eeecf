"""Benchmark: teikit validate against Jing, in the same run, on this machine.

    .venv/bin/python bench/validate_speed.py [--repeat 5]

Measures wall time of whole command-line runs (process start included, as an editor or CI
sees them). The commands compared are run in turn, round after round (Jing, then teikit, then
Jing again …), so that a change in the machine's load hits all of them; each figure is the
median of --repeat rounds:
  1. one file against tei_all 4.12.0 (teikit cold cache / warm cache vs one Jing call);
  2. the 49 documents of ../shared/corpora/tei-real in one call, with the default options
     (--jobs auto: this process, joined by workers on idle cores when the queued files are
     worth it) and with --jobs 1, cold and warm cache, vs one Jing call.
     "Cold": a fresh cache folder, nothing left by an earlier run (the package ships none);
  3. the seed edition against the house schema (teikit.rng + teikit.sch);
  4. the largest real documents against the house schema, RELAX NG and Schematron (the
     Schematron step must stay linear in document size): a DraCor play against Jing with
     the same RELAX NG grammar, and the 2.2 MB FRUS monograph.
Verdicts are checked equal to Jing's on the way. Prints the ratios teikit / Jing and the load.
The teikit processes keep their bytecode in a temporary folder (as an installed teikit has it
compiled); the first runs, which write it, are not measured.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TEI_ALL = SHARED / "corpora" / "schemas" / "tei_all-4.12.0.rng"
CORPUS = sorted((SHARED / "corpora" / "tei-real").rglob("*.xml"))
ONE_FILE = SHARED / "encoding-example.xml"
SEED = ROOT / "editions" / "razuvayev-1951-09-10" / "edition.xml"
HOUSE_RNG = ROOT / "schemas" / "teikit.rng"
DRACOR_PLAY = SHARED / "corpora" / "tei-real" / "dracor-shake" / "tei_cymbeline.xml"
FRUS_MONOGRAPH = SHARED / "corpora" / "tei-real" / "hsg-frus-history" / "monograph_frus-history.xml"
TEIKIT = [str(Path(sys.executable).parent / "teikit")]

Command = tuple[list[str], Callable[[], None] | None]  # the command, what to do before it


def wall(command: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    return time.perf_counter() - started, done


def alternating(commands: dict[str, Command], env: dict[str, str],
                repeat: int) -> dict[str, float]:
    """The median wall time of each command, run in turn for ``repeat`` rounds."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(repeat):
        for label, (command, before) in commands.items():
            if before is not None:
                before()
            times[label].append(wall(command, env)[0])
    return {label: statistics.median(values) for label, values in times.items()}


def median_wall(command: list[str], env: dict[str, str], repeat: int) -> float:
    return alternating({"": (command, None)}, env, repeat)[""]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    jing = shutil.which("jing")
    if jing is None:
        sys.exit("jing is needed as the reference")
    load_before = f"{os.getloadavg()[0]:.2f}"
    cache = Path(tempfile.mkdtemp(prefix="teikit-bench-"))
    bytecode = Path(tempfile.mkdtemp(prefix="teikit-bench-bytecode-"))
    # The processes keep their bytecode (an installed teikit has it compiled), whatever
    # PYTHONDONTWRITEBYTECODE says: otherwise every run would compile every module again.
    env = {**os.environ, "TEIKIT_CACHE_DIR": str(cache), "PYTHONPYCACHEPREFIX": str(bytecode)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def cold() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    check = [*TEIKIT, "validate", "--ignore-xml-model", "--schema", str(TEI_ALL)]
    for warm_up in ([*check, str(ONE_FILE)], [*TEIKIT, "validate", "--ignore-xml-model",
                                               str(SEED)]):
        wall(warm_up, env)  # compiles the bytecode, not measured
    rows = []

    one = alternating({
        "Jing": ([jing, str(TEI_ALL), str(ONE_FILE)], None),
        "cold": ([*check, str(ONE_FILE)], cold),
        "warm": ([*check, str(ONE_FILE)], None),
    }, env, repeat)
    rows += [("one file, Jing", one["Jing"], None),
             ("one file, teikit (cold cache)", one["cold"], one["cold"] / one["Jing"]),
             ("one file, teikit (warm cache)", one["warm"], one["warm"] / one["Jing"])]

    jing_done = wall([jing, str(TEI_ALL), *map(str, CORPUS)], env)[1]
    invalid_jing = {line.split(":")[0] for line in jing_done.stdout.splitlines()}
    batch_commands: dict[str, Command] = {
        "Jing": ([jing, str(TEI_ALL), *map(str, CORPUS)], None)}
    for jobs in ("default", "1"):
        command = [*check, "--format", "json", *map(str, CORPUS)]
        if jobs != "default":
            command[2:2] = ["--jobs", jobs]
        batch_commands[f"{jobs} cold"] = (command, cold)
        batch_commands[f"{jobs} warm"] = (command, None)
        verdicts = {entry["path"]: entry["valid"]
                    for entry in json.loads(wall(command, env)[1].stdout)}
        disagreements = [p for p, valid in verdicts.items() if valid == (p in invalid_jing)]
        if disagreements:
            print("DISAGREEMENTS with Jing:", disagreements)
    batch = alternating(batch_commands, env, repeat)
    rows.append(("49 documents, Jing (one call)", batch["Jing"], None))
    for jobs in ("default", "1"):
        label = "default jobs" if jobs == "default" else f"--jobs {jobs}"
        for cache_state in ("cold", "warm"):
            seconds = batch[f"{jobs} {cache_state}"]
            rows.append((f"49 documents, teikit {label} ({cache_state} cache)", seconds,
                         seconds / batch["Jing"]))

    house = [*TEIKIT, "validate", "--ignore-xml-model", str(SEED)]
    rows.append(("seed edition, house schema rng+sch (warm)", median_wall(house, env, repeat),
                 None))
    rng_only = [*TEIKIT, "validate", "--ignore-xml-model", "--schema",
                str(ROOT / "schemas" / "teikit.rng"), str(SEED)]
    rows.append(("seed edition, house schema rng only (warm)",
                 median_wall(rng_only, env, repeat), None))

    # The house schema (RELAX NG + Schematron, the default without xml-model) on large
    # real documents; Jing checks the same RELAX NG grammar (it has no Schematron).
    plays = alternating({
        "Jing": ([jing, str(HOUSE_RNG), str(DRACOR_PLAY)], None),
        "teikit": ([*TEIKIT, "validate", "--ignore-xml-model", str(DRACOR_PLAY)], None),
    }, env, repeat)
    jing_play, play = plays["Jing"], plays["teikit"]
    rows += [("DraCor play, Jing, house rng", jing_play, None),
             ("DraCor play, teikit, house rng+sch (warm)", play, play / jing_play)]
    monograph = median_wall([*TEIKIT, "validate", "--ignore-xml-model", str(FRUS_MONOGRAPH)],
                            env, repeat)
    rows.append(("FRUS monograph 2.2 MB, teikit, house rng+sch (warm)", monograph, None))

    print(f"load average before and after: {load_before}, {os.getloadavg()[0]:.2f}; "
          f"{repeat} rounds, medians")
    print(f"{'measurement':55} {'wall s':>8} {'teikit/Jing':>12}")
    for name, seconds, ratio in rows:
        print(f"{name:55} {seconds:8.3f} {'' if ratio is None else f'{ratio:12.2f}'}")
    shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(bytecode, ignore_errors=True)


if __name__ == "__main__":
    main()
