"""Conversion cost of one checkout against another (run by hand, not a test).

Converts the dev documents PASSES times in one process, after one warm-up pass, and prints the
CPU seconds of the counted passes. Run it under each checkout in turn (`PYTHONPATH=CHECKOUT`)
to compare them; on a shared, noisy machine count instructions instead of seconds, which do
not drift with the load, and subtract a run of 1 pass from one of 3 to leave the start-up out:

    PYTHONPATH=. valgrind --tool=callgrind python bench/convert_passes.py --passes 3
    PYTHONPATH=. valgrind --tool=callgrind python bench/convert_passes.py --passes 1
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from teikit.convert import convert_file

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--passes", type=int, default=8)
    args = parser.parse_args()
    paths = sorted((args.shared / "dev" / "raw").glob("*.txt"))
    if not paths:
        parser.error(f"no dev documents under {args.shared / 'dev' / 'raw'}")
    for path in paths:  # the warm-up: first imports, compiled patterns, the lexicon
        convert_file(path)
    started = time.process_time()
    for _ in range(args.passes):
        for path in paths:
            convert_file(path)
    print(f"{len(paths)} documents × {args.passes} passes: "
          f"{time.process_time() - started:.3f} s CPU")


if __name__ == "__main__":
    main()
