"""The dev pages with their signature and their date in the other order (run by hand):

    .venv/bin/python bench/closing_orders.py [--set ../shared/dev] [--show]

A letter is dated under its signature or over it, as its writer's habit has it: where a page's
inventory lists a signature and a dateline each alone on its line, with only blank lines
between them, the two lines change places. The pages so changed are converted and scored
against the same inventories by the shared scorer (`../shared/tools/fidelity.py`), as written
and as changed; `--show` prints the scorer's misses and extras for the changed ones.
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

from teikit.convert import convert_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TEIKIT_SHARED", ROOT.parent / "shared"))
SCORER = SHARED / "tools" / "fidelity.py"
_NEAR = 3  # lines from one to the other, blank lines between


def swapped(text: str, phenomena: list[dict]) -> str | None:
    """`text` with a signature's line and a dateline's line near it changed over, or None."""
    lines = text.split("\n")
    alone = {kind: [o["text"] for o in phenomena if o["kind"] == kind and "\n" not in o["text"]]
             for kind in ("signature", "dateline")}
    for signature in alone["signature"]:
        for dateline in alone["dateline"]:
            if signature not in lines or dateline not in lines:
                continue
            first, second = sorted((lines.index(signature), lines.index(dateline)))
            if second - first <= _NEAR and not any(line.strip()
                                                   for line in lines[first + 1:second]):
                lines[first], lines[second] = lines[second], lines[first]
                return "\n".join(lines)
    return None


def score(folder: Path, show: bool) -> str:
    report = subprocess.run([sys.executable, str(SCORER), "--gold", str(folder), "--tei",
                             str(folder / "tei")], check=True, capture_output=True,
                            text=True).stdout.strip().splitlines()
    summary = json.loads(report[-1])
    if show:
        print("\n".join(line for line in report if "missed" in line or "extra" in line))
    return f"recall {summary['phenomena_recall']:.2%}, precision {summary['precision']:.2%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=SHARED / "dev",
                        help="a folder of raw/ pages and gold/ inventories")
    parser.add_argument("--show", action="store_true", help="the changed pages' misses")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folders = {name: Path(temporary) / name for name in ("as written", "changed over")}
        for folder in folders.values():
            for part in ("raw", "gold", "tei"):
                (folder / part).mkdir(parents=True)
        for inventory in sorted((args.set / "gold").glob("*.json")):
            page = args.set / "raw" / f"{inventory.stem}.txt"
            text = page.read_text(encoding="utf-8")
            changed = swapped(text, json.loads(inventory.read_text("utf-8"))["phenomena"])
            if changed is None:
                continue
            for folder, source in zip(folders.values(), (text, changed), strict=True):
                (folder / "raw" / page.name).write_text(source, encoding="utf-8")
                shutil.copy(inventory, folder / "gold" / inventory.name)
                result = convert_text(source, source_name=page.name)
                (folder / "tei" / f"{page.stem}.xml").write_bytes(result.to_bytes())
        pages = sorted(path.stem for path in (folders["changed over"] / "raw").glob("*.txt"))
        print(f"{len(pages)} pages changed over: {', '.join(pages)}")
        for name, folder in folders.items():
            print(f"{name}: {score(folder, args.show and name == 'changed over')}")


if __name__ == "__main__":
    main()
