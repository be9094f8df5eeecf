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
from shared_paths import (  # noqa: F401  (re-exported for tests that import them from here)
    DEV_GOLD,
    DEV_RAW,
    ROOT,
    SEED,
    SHARED,
    TEI_ALL_RNG,
    TEI_REAL,
)


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
