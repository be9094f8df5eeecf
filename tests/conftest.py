"""Shared fixtures: the ../shared material and the external referees (Jing, Chromium).

Referees are test-only tools. On a developer machine without them their tests are skipped;
under CI (CI=true) a missing referee is an error, so CI can never pass by skipping them.

The shared material likewise: without it (no `../shared`, no `TEIKIT_SHARED`), every test that
uses it is skipped with one message; under CI the run stops at once with an error. A test uses
it when its module or one of its fixtures' modules names a path of `shared_paths.SHARED_NAMES`,
or when it asks for the `shared` fixture.
"""

from __future__ import annotations

import gc
import inspect
import os
import shutil
import subprocess
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
import shared_paths
from shared_paths import (  # noqa: F401  (re-exported for tests that import them from here)
    DEV_GOLD,
    DEV_RAW,
    ROOT,
    SEED,
    SHARED,
    TEI_ALL_RNG,
    TEI_REAL,
    shared_available,
)

NO_SHARED = (f"the shared material is not at {SHARED}: tests that need it are skipped "
             "(set TEIKIT_SHARED to its folder; under CI=true its absence is an error)")


def pytest_sessionstart(session: pytest.Session) -> None:
    if os.environ.get("CI") and not shared_available():
        pytest.exit(f"the shared material is required under CI but is not at {SHARED} "
                    "(set TEIKIT_SHARED)", returncode=1)


TESTS = ROOT / "tests"


def _names_shared_itself(namespace: dict[str, object]) -> bool:
    return any(namespace.get(name) is getattr(shared_paths, name)
               for name in shared_paths.SHARED_NAMES)


def _names_shared(namespace: dict[str, object]) -> bool:
    """Whether a module names a shared path, itself or through a helper it imports from
    another test module (`sources_of`, which copies dev documents)."""
    if _names_shared_itself(namespace):
        return True
    return any(
        inspect.isfunction(value) and value.__globals__ is not namespace
        and Path(value.__code__.co_filename).is_relative_to(TESTS)
        and _names_shared_itself(value.__globals__)
        for value in namespace.values())


def needs_shared(item: pytest.Item) -> bool:
    if "shared" in getattr(item, "fixturenames", ()):
        return True
    function = getattr(item, "function", None)
    if function is not None and _names_shared(function.__globals__):
        return True
    info = getattr(item, "_fixtureinfo", None)
    definitions = info.name2fixturedefs.values() if info is not None else ()
    return any(_names_shared(getattr(d.func, "__globals__", {}))
               for defs in definitions for d in defs)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # Before the empty-parameter-set skips of tests parametrized over the absent folders, so
    # that a checkout without the material reports this one reason, once.
    if not shared_available() and needs_shared(item):
        pytest.skip(NO_SHARED)


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required under CI but is not installed")
        pytest.skip(f"{name} not installed")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
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


@pytest.fixture
def without_gc() -> Iterator[None]:
    """The cyclic garbage collector off for a test that times work at two sizes: a full
    collection in a process holding the whole suite's objects takes longer than the smaller
    size's work, and would be counted as the work's."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
