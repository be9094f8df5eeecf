"""Reading sources safely and writing outputs atomically.

A source is decoded strictly: a byte that is not UTF-8 is an error naming its offset, line and
column, never a silent replacement character in an archival text. A UTF-16 or UTF-32 byte order
mark names its own encoding.

An output never replaces an input (compared by device and inode, so a symlink or hard link to
the input counts as the input), a directory, or a file that is not a regular file (a device, a
FIFO, a socket). A new file gets the mode the umask allows (0644 by default); a replaced file
keeps its mode.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from teikit.errors import InputError, Location, OutputError

UTF8_BOM = "\ufeff"
# Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in a transcription; their presence means binary data.
_BINARY_CONTROL = re.compile("[\x01-\x08\x0b\x0e-\x1f]")
# Line and paragraph breaks other tools write: Word's manual line break as it copies or exports
# one (a vertical tab), and Unicode's line and paragraph separators (InDesign, Word on macOS,
# web pages' scripts).
_OTHER_BREAKS = (
    ("\x0b", "\n", "vertical tab(s) (U+000B, Word's line break) read as line ends"),
    ("\u2028", "\n", "line separator(s) (U+2028) read as line ends"),
    ("\u2029", "\n\n", "paragraph separator(s) (U+2029) read as blank lines"),
)


@dataclass(frozen=True)
class SourceText:
    """A decoded source: its text with line ends normalised to LF, and what was normalised."""

    path: str
    text: str
    normalised: tuple[str, ...] = field(default=())


def _bom_encoding(data: bytes) -> str | None:
    return next((name for bom, name in _UNICODE_BOMS if data.startswith(bom)), None)


def decode_source(data: bytes, path: str, encoding: str | None = None) -> SourceText:
    if not data.strip():
        raise InputError("the file is empty", Location(path, 1, 1))
    marked = _bom_encoding(data) if encoding is None else None
    if marked is not None:
        # A UTF-16/32 text is full of NUL bytes: decode it first, then judge its characters.
        return _decoded(data, path, marked, [f"{marked.upper()} (byte order mark) decoded"])
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"binary data: NUL byte at byte offset {nul}", _byte_location(data, nul, path)
        )
    return _decoded(data, path, encoding or "utf-8", [])


def _decoded(data: bytes, path: str, codec: str, notes: list[str]) -> SourceText:
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
    if not text.strip():
        raise InputError("the file is empty", Location(path, 1, 1))
    if text.startswith(UTF8_BOM):
        text = text[1:]
        notes.append("byte order mark removed")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes.append("CR/CRLF line ends normalised to LF")
    for character, written, what in _OTHER_BREAKS:
        if character in text:
            notes.append(f"{text.count(character)} {what}")
            text = text.replace(character, written)
    if "\x00" in text:
        index = text.index("\x00")
        raise InputError("binary data: NUL character", text_location(text, index, path))
    control = _BINARY_CONTROL.search(text)
    if control is not None:
        index = control.start()
        raise InputError(f"binary data: control character U+{ord(text[index]):04X}",
                         text_location(text, index, path))
    return SourceText(path=path, text=text, normalised=tuple(notes))


def text_location(text: str, index: int, path: str) -> Location:
    """The 1-based line and column of `text[index]`."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return Location(path, line, column)


def read_source(path: str | Path, encoding: str | None = None) -> SourceText:
    """Read a source file; `-` reads standard input."""
    if str(path) == "-":
        return decode_source(sys.stdin.buffer.read(), "<stdin>", encoding)
    return decode_source(read_bytes(path), str(path), encoding)


def read_bytes(path: str | Path) -> bytes:
    """A source file's bytes (a binary source such as DOCX is read only through this)."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", Location(str(path))) from exc


def _current_umask() -> int:
    """The process's umask, read without changing it where Linux tells it (/proc), else by
    setting and restoring it once, at import, before any thread of ours runs."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


NEW_FILE_MODE = 0o666 & ~_current_umask()


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def check_output(path: str | Path, inputs: Iterable[str | Path] = ()) -> None:
    """Raise `OutputError` unless `path` may be written: it must not be one of `inputs` (by
    device and inode: a symlink or hard link to an input is that input), and if it exists it
    must be a regular file (not a directory, device, FIFO or socket)."""
    try:
        target = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror}", Location(str(path))) from exc
    if stat.S_ISDIR(target.st_mode):
        raise OutputError("is a directory: give a file name", Location(str(path)))
    if not stat.S_ISREG(target.st_mode):
        raise OutputError("is not a regular file (a device, FIFO or socket): teikit writes "
                          "only regular files", Location(str(path)))
    for source in inputs:
        if str(source) == "-":
            continue
        with contextlib.suppress(OSError):
            if _same_file(target, os.stat(source)):
                raise OutputError(f"is the input {source}: teikit never overwrites an input",
                                  Location(str(path)))


def _byte_location(data: bytes, offset: int, path: str) -> Location:
    before = data[:offset]
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return Location(path, line, column)


_EXCLUSIVE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | \
    getattr(os, "O_BINARY", 0)


def _new_temporary_file(path: Path) -> tuple[int, str]:
    """A new, empty file beside ``path`` (mode 0600, created exclusively, a random name):
    what ``tempfile.mkstemp`` makes, without importing tempfile (shutil, random), 3 ms of
    CPU at the start of every command that writes a file."""
    for _attempt in range(100):
        candidate = path.parent / f".{path.name}.{os.urandom(6).hex()}.tmp"
        try:
            return os.open(candidate, _EXCLUSIVE, 0o600), str(candidate)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def atomic_write(path: str | Path, data: bytes | Iterable[bytes],
                 inputs: Iterable[str | Path] = (), *, durable: bool = True,
                 mode: int | None = None) -> None:
    """Write `data` (bytes, or consecutive pieces of bytes) to `path` so that a reader never
    sees a half-written file; `check_output` first (`OutputError` if `path` may not be
    written). `durable=False` skips the flush to disk (7 ms a file on a busy disk): for
    caches and the pages of a site, where a file lost or empty after a crash only costs
    rebuilding it. `mode`: the file's permissions (by default those of the file it replaces,
    or a new file's under the umask)."""
    path = Path(path)
    check_output(path, inputs)
    if mode is None:
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except FileNotFoundError:
            mode = NEW_FILE_MODE
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _new_temporary_file(path)
    try:
        os.fchmod(fd, mode)  # mkstemp creates 0600 whatever the umask
        with os.fdopen(fd, "wb") as handle:
            for piece in [data] if isinstance(data, bytes) else data:
                handle.write(piece)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
