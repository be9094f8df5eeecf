"""Schematron benchmark: the house rules with libxml2's shortcuts against elementpath alone.

    .venv/bin/python bench/schematron_bench.py [--rounds 5]

Both forms of the same schema (`teikit.validate.schematron.elementpath_only` takes the
shortcuts away) run in turn, round after round, on the same parsed documents, so that the
machine's load hits both alike; each figure is the median over the rounds of the CPU time
per document. The messages of both are checked equal on the way. Documents: the 34 dev
documents converted in this process, the seed edition, and the real TEI documents under
300 KB (where the house rules do fire).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import time
from pathlib import Path

from lxml import etree

from teikit.convert import convert_text
from teikit.validate.catalog import HOUSE_SCH
from teikit.validate.parsing import parse_bytes
from teikit.validate.schematron import Schema, elementpath_only, load_schematron
from teikit.validate.schematron_run import run_schematron
from teikit.validate.source import SourceText

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TEIKIT_SHARED", ROOT.parent / "shared"))
SEED_TEI = ROOT / "editions" / "razuvayev-1951-09-10" / "edition.xml"

Document = tuple[bytes, etree._ElementTree]


def documents() -> dict[str, list[Document]]:
    dev = [convert_text(path.read_text(encoding="utf-8"), source_name=path.name).to_bytes()
           for path in sorted((SHARED / "dev" / "raw").glob("*.txt"))]
    real = [path.read_bytes() for path in sorted((SHARED / "corpora" / "tei-real").rglob("*.xml"))
            if path.stat().st_size < 300_000]
    sets = {"dev conversions + seed": [*dev, SEED_TEI.read_bytes()], "tei-real < 300 KB": real}
    return {name: [(data, parse_bytes(data, "doc.xml")) for data in found]
            for name, found in sets.items()}


def run_all(schema: Schema, docs: list[Document]) -> tuple[float, list[list[dict]]]:
    started = time.process_time()
    messages = [[dataclasses.asdict(m) for m in run_schematron(schema, tree, SourceText(data))]
                for data, tree in docs]
    return time.process_time() - started, messages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    load_before = os.getloadavg()[0]
    schema = load_schematron(HOUSE_SCH)
    reference = elementpath_only(schema)
    print(f"{'documents':28} {'count':>5} {'elementpath ms':>15} {'with libxml2 ms':>16} "
          f"{'ratio':>6}")
    for name, docs in documents().items():
        times: dict[str, list[float]] = {"elementpath": [], "libxml2": []}
        for _ in range(rounds):
            seconds, expected = run_all(reference, docs)
            times["elementpath"].append(seconds)
            seconds, found = run_all(schema, docs)
            times["libxml2"].append(seconds)
            if found != expected:
                raise SystemExit(f"{name}: the messages differ")
        slow, fast = (statistics.median(times[k]) * 1000 / len(docs)
                      for k in ("elementpath", "libxml2"))
        print(f"{name:28} {len(docs):5} {slow:15.2f} {fast:16.2f} {fast / slow:6.2f}")
    print(f"CPU ms per document, median of {rounds} rounds; messages equal; load average "
          f"{load_before:.2f} before, {os.getloadavg()[0]:.2f} after")


if __name__ == "__main__":
    main()
