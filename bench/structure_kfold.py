"""K-fold check of the furniture role table, scored by the fidelity scorer.

For each fold, the table is fitted on the other folds' documents and the held-out documents are
converted with it; the outputs of all folds together are then scored, so every document is
scored by a table that never saw it. The whole-set figure (packaged table) is printed beside it.

    .venv/bin/python bench/structure_kfold.py --shared ../shared --folds 4
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from teikit.readers.furniture.training import EPOCHS, RATE, fit, folds, load_gold


def convert(sources: list[Path], out_dir: Path, table: Path | None) -> None:
    env = dict(os.environ)
    if table is not None:
        env["TEIKIT_FURNITURE_TABLE"] = str(table)
    subprocess.run([sys.executable, "-m", "teikit", "convert", *map(str, sources),
                    "--out-dir", str(out_dir)], env=env, check=False, capture_output=True)


def score(shared: Path, out_dir: Path) -> dict:
    done = subprocess.run([sys.executable, str(shared / "tools" / "fidelity.py"), "--gold",
                           str(shared / "dev"), "--tei", str(out_dir)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--rate", type=float, default=RATE)
    parser.add_argument("--keep", type=Path, help="also copy the held-out outputs here")
    args = parser.parse_args()
    dev = args.shared / "dev"
    documents = load_gold(dev)
    parts = folds(documents, args.folds)
    with tempfile.TemporaryDirectory() as work:
        held_out_dir = Path(work, "kfold")
        held_out_dir.mkdir()
        for index, part in enumerate(parts):
            training = [d for i, p in enumerate(parts) if i != index for d in p]
            table = Path(work, f"fold-{index}.json")
            fitted = fit(training, args.epochs, args.rate).table
            table.write_text(json.dumps({"weights": fitted}), encoding="utf-8")
            convert([dev / "raw" / d.name for d in part], held_out_dir, table)
        if args.keep is not None:
            shutil.copytree(held_out_dir, args.keep, dirs_exist_ok=True)
        whole_dir = Path(work, "whole")
        whole_dir.mkdir()
        convert(sorted((dev / "raw").glob("*.txt")), whole_dir, None)
        for title, folder in ((f"{args.folds}-fold (held out)", held_out_dir),
                              ("whole set (packaged table)", whole_dir)):
            summary = score(args.shared, folder)
            print(f"{title}: recall {summary['phenomena_recall']}, precision "
                  f"{summary['precision']}, lost {summary['worst_lost_share']}, invented "
                  f"{summary['worst_invented_share']}")
            print(f"  per kind: {summary['per_kind']}")
            print(f"  precision per class: {summary['precision_per_class']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
