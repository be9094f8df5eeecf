"""Shared fixtures: the ../shared material and the external referees (Jing, Chromium).

Referees are test-only tools. On a developer machine without them their tests are skipped;
under CI (CI=true) a missing referee is an error, so CI can never pass by skipping them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared").resolve()
DEV_RAW = SHARED / "dev" / "raw"
DEV_GOLD = SHARED / "dev" / "gold"
SEED = DEV_RAW / "000_79d039120a78d3ba.txt"
TEI_ALL_RNG = SHARED / "corpora" / "schemas" / "tei_all-4.12.0.rng"
TEI_REAL = SHARED / "corpora" / "tei-real"


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required under CI but is not installed")
        pytest.skip(f"{name} not installed")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the shared material is missing: {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def jing() -> Callable[[Iterable[Path], Path], subprocess.CompletedProcess[str]]:
    """Run Jing on files against a RELAX NG schema; returns the completed process."""
    exe = require_tool("jing")

    def run(files: Iterable[Path], schema: Path = TEI_ALL_RNG) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [exe, str(schema), *map(str, files)], capture_output=True, text=True, check=False
        )

    return run
