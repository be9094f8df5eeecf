"""Benchmark: teikit validate against Jing, in the same run, on this machine.

    .venv/bin/python bench/validate_speed.py [--repeat 5]

Measures wall time of whole command-line runs (process start included, as an editor or CI
sees them), median of --repeat runs:
  1. one file against tei_all 4.12.0 (teikit cold cache / warm cache vs one Jing call);
  2. the 49 documents of ../shared/corpora/tei-real in one call (1 and 2 jobs vs Jing);
  3. the seed edition against the house schema (teikit.rng + teikit.sch);
  4. the largest real documents against the house schema, RELAX NG and Schematron (the
     Schematron step must stay linear in document size): a DraCor play against Jing with
     the same RELAX NG grammar, and the 2.2 MB FRUS monograph.
Verdicts are checked equal to Jing's on the way. Prints the ratios teikit / Jing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
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
TEIKIT = [str(ROOT / ".venv" / "bin" / "teikit")]


def wall(command: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    return time.perf_counter() - started, done


def median_wall(command: list[str], env: dict[str, str], repeat: int,
                before: object = None) -> float:
    times = []
    for _ in range(repeat):
        if callable(before):
            before()
        times.append(wall(command, env)[0])
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    jing = shutil.which("jing")
    if jing is None:
        sys.exit("jing is needed as the reference")
    cache = Path(tempfile.mkdtemp(prefix="teikit-bench-"))
    env = {**os.environ, "TEIKIT_CACHE_DIR": str(cache)}

    def cold() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    check = [*TEIKIT, "validate", "--ignore-xml-model", "--schema", str(TEI_ALL)]
    rows = []

    jing_one = median_wall([jing, str(TEI_ALL), str(ONE_FILE)], env, repeat)
    cold_one = median_wall([*check, str(ONE_FILE)], env, repeat, before=cold)
    warm_one = median_wall([*check, str(ONE_FILE)], env, repeat)
    rows += [("one file, Jing", jing_one, None),
             ("one file, teikit (cold cache)", cold_one, cold_one / jing_one),
             ("one file, teikit (warm cache)", warm_one, warm_one / jing_one)]

    jing_batch, jing_done = wall([jing, str(TEI_ALL), *map(str, CORPUS)], env)
    jing_batch = min(jing_batch, median_wall([jing, str(TEI_ALL), *map(str, CORPUS)], env,
                                             repeat - 1 or 1))
    invalid_jing = {line.split(":")[0] for line in jing_done.stdout.splitlines()}
    for jobs in (1, 2):
        command = [*check, "--jobs", str(jobs), "--format", "json", *map(str, CORPUS)]
        cold_batch = median_wall(command, env, repeat, before=cold)
        warm_batch, done = wall(command, env)
        warm_batch = min(warm_batch, median_wall(command, env, repeat - 1 or 1))
        import json

        verdicts = {entry["path"]: entry["valid"] for entry in json.loads(done.stdout)}
        disagreements = [p for p, valid in verdicts.items() if valid == (p in invalid_jing)]
        rows += [(f"49 documents, teikit --jobs {jobs} (cold cache)", cold_batch,
                  cold_batch / jing_batch),
                 (f"49 documents, teikit --jobs {jobs} (warm cache)", warm_batch,
                  warm_batch / jing_batch)]
        if disagreements:
            print("DISAGREEMENTS with Jing:", disagreements)
    rows.insert(3, ("49 documents, Jing (one call)", jing_batch, None))

    house = [*TEIKIT, "validate", "--ignore-xml-model", str(SEED)]
    rows.append(("seed edition, house schema rng+sch (warm)", median_wall(house, env, repeat),
                 None))
    rng_only = [*TEIKIT, "validate", "--ignore-xml-model", "--schema",
                str(ROOT / "schemas" / "teikit.rng"), str(SEED)]
    rows.append(("seed edition, house schema rng only (warm)",
                 median_wall(rng_only, env, repeat), None))

    # The house schema (RELAX NG + Schematron, the default without xml-model) on large
    # real documents; Jing checks the same RELAX NG grammar (it has no Schematron).
    jing_play = median_wall([jing, str(HOUSE_RNG), str(DRACOR_PLAY)], env, repeat)
    play = median_wall([*TEIKIT, "validate", "--ignore-xml-model", str(DRACOR_PLAY)], env,
                       repeat)
    rows += [("DraCor play, Jing, house rng", jing_play, None),
             ("DraCor play, teikit, house rng+sch (warm)", play, play / jing_play)]
    monograph = median_wall([*TEIKIT, "validate", "--ignore-xml-model", str(FRUS_MONOGRAPH)],
                            env, repeat)
    rows.append(("FRUS monograph 2.2 MB, teikit, house rng+sch (warm)", monograph, None))

    print(f"{'measurement':50} {'wall s':>8} {'teikit/Jing':>12}")
    for name, seconds, ratio in rows:
        print(f"{name:50} {seconds:8.3f} {'' if ratio is None else f'{ratio:12.2f}'}")
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
