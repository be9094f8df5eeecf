"""The edition site built once per session: editions/, the dev documents, and the seed TEI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_paths import DEV_RAW, ENCODING_EXAMPLE, ROOT

from teikit.site import BuildReport, build_site

SEED_TEI = ENCODING_EXAMPLE


@pytest.fixture(scope="session")
def seed_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the seed's hand-made TEI as a loose .xml source (published as it is)."""
    folder = tmp_path_factory.mktemp("tei-sources")
    shutil.copyfile(SEED_TEI, folder / "seed.xml")
    return folder


@pytest.fixture(scope="session")
def built_site(
    tmp_path_factory: pytest.TempPathFactory, seed_sources: Path
) -> tuple[Path, BuildReport]:
    site = tmp_path_factory.mktemp("site")
    report = build_site([seed_sources, ROOT / "editions", DEV_RAW], site, jobs=2)
    return site, report
