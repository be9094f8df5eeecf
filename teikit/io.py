"""Reading sources safely and writing outputs atomically.

A source is decoded strictly: a byte that is not UTF-8 is an error naming its offset, line and
column, never a silent replacement character in an archival text.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from teikit.errors import InputError, Location

UTF8_BOM = "\ufeff"
# Control characters that never occur in a transcription; their presence means binary data.
_BINARY_CONTROL = re.compile("[\x01-\x08\x0b\x0e-\x1f]")


@dataclass(frozen=True)
class SourceText:
    """A decoded source: its text with line ends normalised to LF, and what was normalised."""

    path: str
    text: str
    normalised: tuple[str, ...] = field(default=())


def decode_source(data: bytes, path: str, encoding: str | None = None) -> SourceText:
    if not data.strip():
        raise InputError("the file is empty", Location(path, 1, 1))
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"binary data: NUL byte at byte offset {nul}", _byte_location(data, nul, path)
        )
    codec = encoding or "utf-8"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        where = _byte_location(data, exc.start, path)
        raise InputError(
            f"not valid {codec}: byte 0x{data[exc.start]:02x} at byte offset {exc.start} "
            f"(use --encoding to name the file's encoding)",
            where,
        ) from exc
    except LookupError as exc:
        raise InputError(f"unknown encoding {codec!r}", Location(path)) from exc
    notes: list[str] = []
    if text.startswith(UTF8_BOM):
        text = text[1:]
        notes.append("byte order mark removed")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes.append("CR/CRLF line ends normalised to LF")
    control = _BINARY_CONTROL.search(text)
    if control is not None:
        index = control.start()
        line = text.count("\n", 0, index) + 1
        column = index - (text.rfind("\n", 0, index) + 1) + 1
        raise InputError(
            f"binary data: control character U+{ord(text[index]):04X}", Location(path, line, column)
        )
    return SourceText(path=path, text=text, normalised=tuple(notes))


def read_source(path: str | Path, encoding: str | None = None) -> SourceText:
    """Read a source file; `-` reads standard input."""
    if str(path) == "-":
        import sys

        return decode_source(sys.stdin.buffer.read(), "<stdin>", encoding)
    return decode_source(read_bytes(path), str(path), encoding)


def read_bytes(path: str | Path) -> bytes:
    """A source file's bytes (a binary source such as DOCX is read only through this)."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", Location(str(path))) from exc


def _byte_location(data: bytes, offset: int, path: str) -> Location:
    before = data[:offset]
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return Location(path, line, column)


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write `data` (bytes, or consecutive pieces of bytes) to `path` so that a reader never
    sees a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in [data] if isinstance(data, bytes) else data:
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
