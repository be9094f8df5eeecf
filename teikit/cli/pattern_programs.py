"""Regular expressions compiled once per Python installation, not once per `teikit` process.

`re` compiles a pattern in pure Python (0.2–1 ms each), and a `teikit convert` of one file
compiles about three hundred of them, a third of what the command costs beyond Python and
lxml, to do the same work as the last run. What compiling makes is a program of integers for
the C engine; that program depends only on the pattern, its flags and the Python that made it.
So a command keeps the programs it compiled in the user cache (`patterns-<command>-<python>.marshal`
under `$TEIKIT_CACHE_DIR`, else `$XDG_CACHE_HOME/teikit`, else `~/.cache/teikit`; one file per
Python build and engine version), and the next one hands them to the engine, which checks
every program before it takes it, and puts the patterns in `re`'s own cache, where
`re.compile` and the module-level functions look first.

The cache is only ever a shortcut: a file that is missing, unreadable, damaged, from another
Python, or that another user owns or may write to is ignored (and replaced at the end of the
command), a folder that cannot be written to is left alone, and a program is kept only when
the pattern it rebuilds has the flags and groups `re` gave the pattern itself. The library
does not use it: a notebook pays the compilation once per session anyway; the command line,
run once per file by editors' hooks and CI, pays it on every call.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the C engine behind `re`
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from teikit.cli.user_cache import kept_file, read_kept, worth_writing, write_kept

# The room a command gives `re`'s cache. Python's own (512) is less than a command compiles
# on a varied collection (a seed conversion alone fills 500 of it, with click's), and a pattern
# pushed out of the cache before the command ends is never kept: compiled again by every run.
ROOM = 2048
# No more programs than `re`'s cache holds: those past its room would be read on every run and
# never taken. A rewrite puts what the command had to compile first and drops the oldest past
# this, so that the patterns of an older teikit (or of a project's own data) give way to the
# ones in use instead of crowding them out for good.
LIMIT: int = ROOM

# (pattern, flags as asked, flags as compiled, program, groups - 1, group index, index group)
Program = tuple[str | bytes, int, int, list[int], int, dict[str, int], tuple[str | None, ...]]
Key = tuple[type, str | bytes, int]

_DAMAGED = (OSError, EOFError, ValueError, TypeError, RuntimeError, AttributeError,
            ImportError, IndexError, KeyError, OverflowError)


def cache_file(command: str = "") -> Path:
    build = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return kept_file("patterns", command, build)


def widen_engine_cache(room: int = ROOM) -> None:
    """Let `re`'s cache hold `room` patterns in this process (the command's, never the
    library's: a notebook keeps Python's own bound)."""
    bound = getattr(re, "_MAXCACHE", None)
    if isinstance(bound, int) and bound < room:
        re._MAXCACHE = room  # type: ignore[attr-defined]


def _engine_cache() -> dict[Key, Any] | None:
    cache = getattr(re, "_cache", None)
    return cache if isinstance(cache, dict) else None


def _rebuilt(program: Program) -> re.Pattern[Any]:
    pattern, _asked, flags, code, groups, groupindex, indexgroup = program
    compiled: re.Pattern[Any] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return compiled


def _read(path: Path) -> list[Program]:
    programs = read_kept(path)
    return programs if isinstance(programs, list) else []


def preload(path: Path | None = None) -> set[Key]:
    """Put the kept programs into `re`'s cache, as many as it has room for, in the file's
    order; the keys of those now in the cache. One past the room is not among them: if the
    command compiles it, `keep_new` writes it again, first."""
    cache = _engine_cache()
    if cache is None:
        return set()
    room = getattr(re, "_MAXCACHE", 512) - len(cache)
    kept: set[Key] = set()
    for program in _read(path or cache_file()):
        try:
            key: Key = (type(program[0]), program[0], program[1])
            if key in cache:
                kept.add(key)
                continue
            if room <= 0:
                break
            cache[key] = _rebuilt(program)
        except _DAMAGED:
            continue  # one bad entry costs its own compilation, never the run
        room -= 1
        kept.add(key)
    return kept


def _program(key: Key, compiled: re.Pattern[Any]) -> Program | None:
    """The program `re` makes for the pattern, when rebuilding it gives what `re` gave."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _kind, pattern, flags = key
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    program: Program = (pattern, int(flags), int(flags | parsed.state.flags), code,
                        parsed.state.groups - 1, groupindex, tuple(indexgroup))
    again = _rebuilt(program)
    same = (again.flags, again.groups, again.groupindex) == (
        compiled.flags, compiled.groups, compiled.groupindex)
    return program if same else None


def _compiled_now(known: set[Key]) -> Iterable[tuple[Key, re.Pattern[Any]]]:
    for key, compiled in list((_engine_cache() or {}).items()):
        if (isinstance(key, tuple) and len(key) == 3 and key[0] in (str, bytes)
                and isinstance(compiled, re.Pattern) and key not in known):
            yield key, compiled


def keep_new(taken: set[Key], path: Path | None = None) -> int:
    """Add the programs of what this process compiled and the file lacks; how many were added
    (0: the file was not touched, as when they are too few: `user_cache.FEW`)."""
    path = path or cache_file()
    candidates = list(_compiled_now(taken))
    if not worth_writing(len(taken), len(candidates)):
        return 0
    new: list[Program] = []
    try:
        for key, compiled in candidates:
            program = _program(key, compiled)
            if program is not None:
                new.append(program)
    except _DAMAGED:
        return 0  # a Python whose `re` is built otherwise: no shortcut
    if not new:
        return 0
    merged = {(type(p[0]), p[0], p[1]): p for p in new}
    for program in _read(path):
        merged.setdefault((type(program[0]), program[0], program[1]), program)
    programs = list(merged.values())[:LIMIT]
    return len(new) if write_kept(path, programs) else 0

