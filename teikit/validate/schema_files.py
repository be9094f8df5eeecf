"""Which local files may be read as schemas: regular files of sane size, nothing else.

A document's xml-model names the file the validator opens. Without these checks
``href="file:///dev/zero"`` reads until memory runs out, a FIFO blocks forever and
``/proc/self/environ`` is read as a schema.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from teikit.validate.catalog import CatalogError

# Files whose size says nothing about what reading them returns (as the first parts of a
# resolved path: comparing parts is a tuple slice, where `top in path.parents` builds a
# path per parent, a tenth of a millisecond per document's three schemas).
_PSEUDO_FILESYSTEMS = (("/", "proc"), ("/", "sys"), ("/", "dev"))


class SchemaRefused(CatalogError):
    """A schema location that names something the validator must not read."""


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISFIFO, "a FIFO"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def checked_schema_file(path: Path, source: str, max_bytes: int) -> Path:
    """``path`` if it is a regular file of at most ``max_bytes``, else SchemaRefused (or
    CatalogError when it does not exist)."""
    try:
        status = os.stat(path)  # follows symlinks: a link to /dev/zero is a device
    except FileNotFoundError:
        raise CatalogError(f"cannot read schema {source}: no such file ({path})") from None
    except OSError as error:
        raise CatalogError(f"cannot read schema {source}: {error.strerror} ({path})") from None
    if not stat.S_ISREG(status.st_mode):
        raise SchemaRefused(f"schema {source} is {_kind(status.st_mode)}, not a regular file: "
                            "refused")
    resolved = path.resolve()
    if resolved.parts[:2] in _PSEUDO_FILESYSTEMS:
        raise SchemaRefused(f"schema {source} is under /{resolved.parts[1]}, a system "
                            "folder, not a schema file: refused")
    if status.st_size > max_bytes:
        raise SchemaRefused(f"schema {source} is {status.st_size:,} bytes, more than the "
                            f"{max_bytes:,} a schema may have: refused")
    if status.st_size == 0:
        raise SchemaRefused(f"schema {source} is empty: refused")
    return path
