"""`teikit build --scheduler dask`: the same per-document tasks on a Dask cluster (a
LocalCluster of two worker processes), the same site byte for byte as a local build."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from teikit.cli import main
from teikit.site.state import STATE_FILE
from tests.site.test_state import sources_of


def files(site: Path) -> dict[str, bytes]:
    """Every file of the site but the build state (the same rows, maybe in another order)."""
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*")
            if p.is_file() and p.name != STATE_FILE}


def test_a_dask_cluster_builds_the_same_site(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    sources = sources_of(tmp_path / "src")
    runner = CliRunner()
    for name, options in (("local", ["-j", "1"]), ("dask", ["-j", "2", "--scheduler", "dask"])):
        result = runner.invoke(main, ["build", str(sources), "-o", str(tmp_path / name),
                                      "--no-search", *options])
        assert result.exit_code in (0, 1), result.output
        assert "5 built, 0 unchanged, 0 failed" in result.output
    local = files(tmp_path / "local")
    assert len([name for name in local if name.endswith(".html")]) > 10
    assert files(tmp_path / "dask") == local
