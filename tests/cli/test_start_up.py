"""A command's start-up runs without the cyclic collector, which is on again for the work."""

from __future__ import annotations

import gc
import importlib
import subprocess
import sys
from pathlib import Path

from teikit.cli.start_up import start_up

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "editions" / "razuvayev-1951-09-10" / "source.txt"


def test_collection_pauses_for_the_block_and_what_its_imports_made_is_frozen() -> None:
    assert gc.isenabled()
    frozen_before = gc.get_freeze_count()
    sys.modules.pop("colorsys", None)
    try:
        with start_up():
            assert not gc.isenabled()
            made = [[index] for index in range(1000)]
            with start_up():
                pass
            assert not gc.isenabled()  # an inner block leaves the outer one's pause
            importlib.import_module("colorsys")
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen_before + len(made)
    finally:
        gc.unfreeze()


def test_a_block_that_imports_nothing_freezes_nothing() -> None:
    frozen_before = gc.get_freeze_count()
    with start_up():
        made = [[index] for index in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen_before
    assert len(made) == 1000


def test_collection_resumes_when_the_block_fails() -> None:
    try:
        with start_up():
            raise ValueError("a bad profile")
    except ValueError:
        pass
    try:
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_teikit_convert_collects_for_the_document_not_for_its_imports(tmp_path: Path) -> None:
    # Before the pause, converting the seed ran ~40 collections, nearly all while importing.
    script = (
        "import gc, sys\n"
        "runs = []\n"
        "gc.callbacks.append(lambda phase, info: runs.append(1) if phase == 'start' else None)\n"
        f"sys.argv = ['teikit', 'convert', {str(SEED)!r}, '-o', {str(tmp_path / 'out.xml')!r},"
        " '-q']\n"
        "from teikit.cli import run\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "print(len(runs), gc.isenabled())\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    collections, enabled = done.stdout.split()
    assert enabled == "True"
    assert int(collections) < 20
    assert (tmp_path / "out.xml").read_bytes().startswith(b"<?xml")
