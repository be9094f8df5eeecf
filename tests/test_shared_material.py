"""Without the shared material, a test that needs it is skipped with one message, also when it
reaches the material through a helper of another test module; under CI its absence fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import shared_paths

MODULE = "tests/site/test_pagination.py"  # its fixture copies dev documents via test_state


def _pytest(tmp_path: Path, *, ci: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["TEIKIT_SHARED"] = str(tmp_path / "absent")
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", MODULE],
        cwd=shared_paths.ROOT, env=env, capture_output=True, text=True, check=False)


def test_a_helper_that_reads_the_dev_documents_makes_its_tests_skip(tmp_path: Path) -> None:
    done = _pytest(tmp_path, ci=False)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "error" not in done.stdout.splitlines()[-1]
    assert "skipped" in done.stdout.splitlines()[-1]


def test_under_ci_the_missing_material_fails_the_run(tmp_path: Path) -> None:
    done = _pytest(tmp_path, ci=True)
    assert done.returncode == 1
    assert "the shared material is required under CI" in done.stdout + done.stderr
