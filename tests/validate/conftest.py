"""Fixtures for the validator's tests: an isolated cache (with tei_all registered from
../shared, as the catalog's offline copy) and Jing's verdicts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from shared_paths import TEI_ALL_RNG

from teikit.validate.catalog import Catalog, tei_all_urls


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Reduced grammars and the catalog go to a temporary cache, never the user's."""
    cache = tmp_path_factory.mktemp("teikit-cache")
    patcher = pytest.MonkeyPatch()
    patcher.setenv("TEIKIT_CACHE_DIR", str(cache))
    # the offline copy of tei_all for the URLs documents name in xml-model instructions
    Catalog().add(TEI_ALL_RNG, tei_all_urls(None, "rng") + tei_all_urls("4.12.0", "rng"))
    yield cache
    patcher.undo()


@pytest.fixture(scope="session")
def jing_invalid(jing: Callable) -> Callable[[Iterable[Path], Path], set[Path]]:
    """One Jing call over many files; returns the files it reports errors for."""

    def run(files: Iterable[Path], schema: Path = TEI_ALL_RNG) -> set[Path]:
        files = list(files)
        result = jing(files, schema)
        invalid = set()
        for line in (result.stdout + result.stderr).splitlines():
            match = re.match(r"(.+?):\d+:\d+: (?:fatal )?error:", line)
            if match:
                invalid.add(Path(match.group(1)).resolve())
        if result.returncode not in (0, 1):
            pytest.fail(f"jing failed: {result.stderr[:500]}")
        return invalid

    return run
