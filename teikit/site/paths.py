"""Writing inside the site folder only."""

from __future__ import annotations

import os
from pathlib import Path

from teikit.errors import TeikitError
from teikit.io import atomic_write

_NOT_PLAIN = frozenset({"", ".", ".."})
_SEPARATORS = frozenset(filter(None, ("/", os.sep, os.altsep)))


class OutsideSiteError(TeikitError):
    """A path would leave the site folder."""


def inside(site_dir: Path, name: str) -> Path:
    """`site_dir/name`, refusing any name that resolves outside `site_dir` (a name with a
    folder in it is returned resolved; the build passes `site_dir` resolved)."""
    if name not in _NOT_PLAIN and not _SEPARATORS & set(name):
        # One name in the folder (a page, its TEI): unless it is a link, it is in the folder,
        # and one lstat says so (resolving the folder or the name walks every folder above
        # it: a tenth of a millisecond per file, 5 files per document).
        target = site_dir / name
        if not target.is_symlink():
            return target
    root = site_dir.resolve()
    target = (root / name).resolve()
    if target == root or root not in target.parents:
        raise OutsideSiteError(f"refusing to write outside the site folder: {name}")
    return target


def write(site_dir: Path, name: str, data: bytes | str) -> Path:
    """Atomic (no reader sees half a page) but not synced page by page: a site is thousands
    of files and an fsync each cost most of a build. The build state is committed after the
    pages it describes and a missing page is built again, so the next build redoes what an
    interrupted one did not finish; after a power cut, removing the build state
    (`.teikit-build.sqlite`) rebuilds everything."""
    target = inside(site_dir, name)
    atomic_write(target, data.encode("utf-8") if isinstance(data, str) else data,
                 durable=False)
    return target


def write_if_changed(site_dir: Path, name: str, data: bytes | str) -> bool:
    """Write `name` only when its content differs (a file left alone keeps its date, which
    servers and mirrors read); whether it was written."""
    encoded = data.encode("utf-8") if isinstance(data, str) else data
    target = inside(site_dir, name)
    if target.is_file() and target.read_bytes() == encoded:
        return False
    write(site_dir, name, encoded)
    return True
