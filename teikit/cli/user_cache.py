"""Files the command line keeps in the user cache between runs (regular-expression programs,
compiled methods): where they are, when they are read and when they are written again.

What these files hold goes into the running command, so a file is read only when it belongs to
the user running the command and nobody else may write to it, the trust Python gives its own
`__pycache__`, and it is written readable by its owner alone. Anything else (a missing, foreign
or unreadable file) reads as nothing, and the command does its work the slow way; a file that
cannot be written is left as it is.
"""

from __future__ import annotations

import marshal
import os
import stat
from pathlib import Path
from typing import Any

from teikit.errors import OutputError
from teikit.io import atomic_write
from teikit.resources import cache_dir

# Fewer new entries than this are not worth rewriting a file that has some: a library may build
# a pattern anew in every process (a set's order in its text), which would rewrite the file on
# every command for the millisecond it saves.
FEW = 3
_OWNER_ONLY = 0o600


def kept_file(kind: str, command: str, build: str) -> Path:
    """`KIND-COMMAND-BUILD.marshal` in the user cache: one file per sub-command (`convert` need
    not load what `validate` compiled) and per Python build."""
    return cache_dir() / f"{kind}-{command}{'-' if command else ''}{build}.marshal"


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


def worth_writing(kept: int, new: int) -> bool:
    """Whether `new` entries are worth rewriting a file of `kept` (see `FEW`)."""
    return new > 0 and not (kept and new < FEW)


def read_kept(path: Path) -> Any:
    """What the file keeps, unmarshalled; None when it is missing, not private or damaged
    (its shape is the caller's to check)."""
    data = read_private(path)
    if data is None:
        return None
    try:
        return marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None


def write_kept(path: Path, value: Any) -> bool:
    """Replace the file with `value` marshalled, readable by its owner alone; False when it
    cannot be written (the file is then left as it was)."""
    try:
        atomic_write(path, marshal.dumps(value), durable=False, mode=_OWNER_ONLY)
    except (OSError, ValueError, OutputError):
        return False
    return True
