"""tei_all ships with teikit: the TEI release and Vault URLs resolve to the bundled, gzipped
copy, so a fresh installation validates against tei_all offline and without a warning."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest
from shared_paths import EDITION, TEI_ALL_RNG

from teikit.validate.catalog import TEI_ALL_RNG as BUNDLED
from teikit.validate.catalog import Catalog, tei_all_urls

RELEASE_URLS = tei_all_urls(None, "rng")
VAULT_URLS = tei_all_urls("4.12.0", "rng")


@pytest.mark.parametrize("url", RELEASE_URLS + VAULT_URLS)
def test_release_and_vault_urls_resolve_to_the_bundled_copy(tmp_path: Path, url: str) -> None:
    assert Catalog(tmp_path).resolve(url) == BUNDLED


def test_other_vault_versions_are_not_claimed(tmp_path: Path) -> None:
    assert Catalog(tmp_path).resolve(tei_all_urls("4.3.0", "rng")[0]) is None


def test_a_registered_copy_takes_precedence(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path)
    registered = catalog.add(TEI_ALL_RNG, RELEASE_URLS)
    assert catalog.resolve(RELEASE_URLS[0]) == registered


def test_bundled_copy_is_the_4_12_0_release() -> None:
    assert gzip.decompress(BUNDLED.read_bytes()) == TEI_ALL_RNG.read_bytes()


def test_licence_and_origin_are_beside_it() -> None:
    readme = (BUNDLED.parent / "README.md").read_text(encoding="utf-8")
    assert "BSD" in readme and "CC" in readme and "4.12.0" in readme
    assert "BSD 2-Clause" in (BUNDLED.parent / "LICENSE").read_text(encoding="utf-8")


def test_fresh_machine_validates_against_tei_all_without_warning(tmp_path: Path) -> None:
    """The seed edition names the house schema and tei_all's release URL."""
    environment = {**os.environ, "TEIKIT_CACHE_DIR": str(tmp_path / "empty-cache")}
    done = subprocess.run([sys.executable, "-c", "from teikit.cli import main; main()",
                           "validate", "--format", "json", str(EDITION / "edition.xml")],
                          capture_output=True, text=True, env=environment, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert '"severity": "warning"' not in done.stdout
    assert "tei_all.rng" in done.stdout  # it was checked against tei_all
