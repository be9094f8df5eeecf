"""Where the tests find the project and the ../shared material (importable from any test)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared").resolve()
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
