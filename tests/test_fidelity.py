"""The converter scored on every dev document with gold, by the shared scorer: a ratchet.

Each floor is the figure reached so far on the dev documents; a change may raise it, never
lower it. The k-fold figure fits the furniture table without the documents it scores, so a rule
made for one document shows up as a drop there.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from shared_paths import DEV, DEV_RAW, ROOT, SHARED

from teikit.convert import convert_file

RECALL_FLOOR = 0.99
PRECISION_FLOOR = 0.98
KFOLD_RECALL_FLOOR = 0.99
KFOLD_PRECISION_FLOOR = 0.98
INVENTED_CEILING = 0.0
# Each kind with three or more occurrences: occurrences found, at least.
KIND_FLOORS = {
    "classification": 13, "dateline": 29, "distribution_list": 9, "document_number": 24,
    "editorial_note": 6, "footnote": 7, "gap_or_omission": 19, "handwritten": 5,
    "normalized_name": 22, "page_break_suspected": 3, "signature": 30, "stamp": 3,
    "supplied": 120, "foreign": 7,
}


def score(tei_dir: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "fidelity.py"), "--gold", str(DEV), "--tei",
         str(tei_dir), "--json"], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def fidelity(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("fidelity")
    for source in sorted(DEV_RAW.glob("*.txt")):
        (out / f"{source.stem}.xml").write_bytes(convert_file(source).to_bytes())
    return score(out)


@pytest.fixture(scope="module")
def documents(fidelity: dict) -> dict[str, dict]:
    return {doc["doc"]: doc for doc in fidelity["documents"]}


def test_every_document_is_scored(fidelity: dict) -> None:
    assert fidelity["summary"]["documents"] == len(list(DEV_RAW.glob("*.txt")))


def test_every_output_is_well_formed(fidelity: dict) -> None:
    assert fidelity["summary"]["well_formed"] == fidelity["summary"]["documents"]


@pytest.mark.parametrize("stem", sorted(p.stem for p in DEV_RAW.glob("*.txt")))
def test_nothing_is_lost(documents: dict[str, dict], stem: str) -> None:
    kept = documents[stem]["preservation"]
    assert kept["lost_share"] == 0, kept["lost"]


@pytest.mark.parametrize("stem", sorted(p.stem for p in DEV_RAW.glob("*.txt")))
def test_nothing_is_invented(documents: dict[str, dict], stem: str) -> None:
    kept = documents[stem]["preservation"]
    assert kept["invented_share"] <= INVENTED_CEILING, kept["invented"]


def test_recall(fidelity: dict) -> None:
    assert fidelity["summary"]["phenomena_recall"] >= RECALL_FLOOR


def test_precision(fidelity: dict) -> None:
    assert fidelity["summary"]["precision"] >= PRECISION_FLOOR


@pytest.mark.parametrize("kind", sorted(KIND_FLOORS))
def test_kind_recall(fidelity: dict, kind: str) -> None:
    found, total = map(int, fidelity["summary"]["per_kind"][kind].split("/"))
    assert found >= KIND_FLOORS[kind], f"{kind}: {found}/{total}"


def test_the_seed_loses_no_phenomenon(documents: dict[str, dict]) -> None:
    seed = next(d for name, d in documents.items() if name.startswith("000_"))
    assert [m["text"] for m in seed["phenomena"]["misses"]] == []


@pytest.mark.parametrize("check", ["title", "date", "original_language", "archive"])
def test_metadata(fidelity: dict, check: str) -> None:
    found, total = map(int, fidelity["summary"]["metadata"][check].split("/"))
    assert found == total


@pytest.fixture(scope="module")
def kfold() -> dict[str, float]:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "structure_kfold.py"),
                           "--shared", str(SHARED), "--folds", "4"],
                          capture_output=True, text=True, check=True)
    first = done.stdout.splitlines()[0]  # "4-fold (held out): recall R, precision P, …"
    fields = dict(part.strip().split(" ", 1) for part in first.split(":", 1)[1].split(","))
    return {name: float(value) for name, value in fields.items()}


def test_kfold_recall(kfold: dict[str, float]) -> None:
    assert kfold["recall"] >= KFOLD_RECALL_FLOOR


def test_kfold_precision(kfold: dict[str, float]) -> None:
    assert kfold["precision"] >= KFOLD_PRECISION_FLOOR
