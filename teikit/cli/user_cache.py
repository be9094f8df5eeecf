"""Files the command line keeps in the user cache between runs: read only when private, written
whole or not at all.

What these files hold goes into the running command (regular-expression programs, compiled
methods), so a file is read only when it belongs to the user running the command and nobody
else may write to it, the trust Python gives its own `__pycache__`. Anything else (a missing,
foreign or unreadable file) reads as nothing, and the command does its work the slow way.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def read_private(path: Path) -> bytes | None:
    """The file's bytes, when it is a regular file of the current user that no one else may
    write to; else None."""
    try:
        with open(path, "rb") as handle:
            status = os.fstat(handle.fileno())
            if not _private(status):
                return None
            return handle.read()
    except OSError:
        return None


def _private(status: os.stat_result) -> bool:
    if not stat.S_ISREG(status.st_mode) or status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    getuid = getattr(os, "getuid", None)  # Windows: the profile folder is the user's own
    return getuid is None or status.st_uid == getuid()


def write_atomically(path: Path, data: bytes) -> None:
    """Replace the file with `data` (readable and writable by its owner only), or leave it
    as it was."""
    import tempfile  # only when something is new: it costs a few ms to import

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
