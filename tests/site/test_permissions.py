"""A web server running as another user can read the whole site: files 0644, folders 0755
under the usual umask (022), whatever wrote them (pages, TEI copies, citations, the search
index, the build's memory)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from teikit.site import build_site


def test_the_site_is_readable_by_a_web_server(tmp_path: Path, seed_sources: Path) -> None:
    site = tmp_path / "site"
    previous = os.umask(0o022)
    try:
        build_site([seed_sources], site)
    finally:
        os.umask(previous)
    modes = {
        path.relative_to(site).as_posix(): stat.S_IMODE(path.stat().st_mode)
        for path in site.rglob("*")
    }
    assert "seed.html" in modes and "seed.bib" in modes
    wrong = {
        name: oct(mode) for name, mode in modes.items()
        if mode != (0o755 if (site / name).is_dir() else 0o644)
    }
    assert wrong == {}
