"""Where the tests find the project and the shared material (importable from any test).

The shared material (dev documents with gold, tei_all, real TEI corpora) is `../shared` beside
the checkout, or wherever `TEIKIT_SHARED` points. Only paths are computed here, never read: a
checkout without the material still collects every test, and the root conftest skips those
that need it (or fails the run under CI).
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TEIKIT_SHARED") or ROOT.parent / "shared").resolve()
DEV = SHARED / "dev"
DEV_RAW = DEV / "raw"
DEV_GOLD = DEV / "gold"
SEED = DEV_RAW / "000_79d039120a78d3ba.txt"
SCHEMAS = SHARED / "corpora" / "schemas"
TEI_ALL_RNG = SCHEMAS / "tei_all-4.12.0.rng"
TEI_REAL = SHARED / "corpora" / "tei-real"
ENCODING_EXAMPLE = SHARED / "encoding-example.xml"
EDITION = ROOT / "editions" / "razuvayev-1951-09-10"
SEED_REGISTER = EDITION / "register.csv"
TEST_DATA = ROOT / "tests" / "data"

# The names above that point into the shared material: a test that uses one needs it.
SHARED_NAMES = frozenset({"SHARED", "DEV", "DEV_RAW", "DEV_GOLD", "SEED", "SCHEMAS",
                          "TEI_ALL_RNG", "TEI_REAL", "ENCODING_EXAMPLE"})


def shared_available() -> bool:
    return SHARED.is_dir()
