"""The methods `dataclasses` writes, compiled once per Python installation, not once per process.

`dataclasses` makes a class's `__init__`, `__repr__` and `__eq__` (and, for a frozen class,
`__setattr__`, `__delattr__` and `__hash__`) by writing their source text and compiling it when
the class is created: the 73 classes a `teikit convert` imports are about three hundred small
compilations, 40 to 50 ms of every one-file command, more than importing lxml. The text depends
only on the class's fields and options, so the command keeps the code objects it compiled, as
`__pycache__` keeps a module's, in the user cache (`methods-<command>-<python>.marshal` beside
the regular expressions' programs), and the next command executes the kept code of a text instead
of compiling that text again. A text the file lacks is compiled as before.

`dataclasses` runs its texts with the built-in `exec` (every Python from 3.7 to 3.13, one text
per method or one per class); for the block of `kept_methods()` that name, in the `dataclasses`
module alone, is a function that looks the text up first. Code from the file runs, so the file
is read only when the user running the command owns it and no one else may write to it
(`user_cache.read_private`). The library does not use the shortcut: a notebook creates the
classes once per session anyway.
"""

from __future__ import annotations

import builtins
import dataclasses
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType
from typing import Any

from teikit.cli.user_cache import kept_file, read_kept, worth_writing, write_kept

# More texts than this (a project making classes from its own data) and the file is rewritten
# with what one command compiled.
LIMIT = 4096


def cache_file(command: str = "") -> Path:
    return kept_file("methods", command, f"{sys.implementation.cache_tag}-{sys.hexversion:x}")


def _read(path: Path) -> dict[str, CodeType]:
    kept = read_kept(path)
    if not isinstance(kept, dict):
        return {}
    return {text: code for text, code in kept.items()
            if isinstance(text, str) and isinstance(code, CodeType)}


class _KeptCompiler:
    """`exec` for `dataclasses`: the kept code of a text it has, the text compiled otherwise."""

    def __init__(self, kept: dict[str, CodeType]) -> None:
        self.kept = kept
        self.new: dict[str, CodeType] = {}

    def __call__(self, source: Any, /, *arguments: Any, **options: Any) -> None:
        if isinstance(source, str):
            code = self.kept.get(source) or self.new.get(source)
            if code is None:
                code = self.new[source] = compile(source, "<string>", "exec")
            source = code
        builtins.exec(source, *arguments, **options)


@contextmanager
def kept_methods(path: Path | None = None) -> Iterator[None]:
    """Dataclasses created in the block take their methods' code from the file when it has
    it; at the end, what the block compiled is added to the file (unless it was one or two
    texts, or the file cannot be written)."""
    path = path or cache_file()
    compiler = _KeptCompiler(_read(path))
    shadowed = "exec" in vars(dataclasses)
    if shadowed:  # someone else's replacement: leave theirs in place
        yield
        return
    dataclasses.exec = compiler  # type: ignore[attr-defined]
    try:
        yield
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]
        _keep_new(compiler, path)


def _keep_new(compiler: _KeptCompiler, path: Path) -> None:
    if not worth_writing(len(compiler.kept), len(compiler.new)):
        return
    merged = {**compiler.kept, **compiler.new}
    write_kept(path, merged if len(merged) <= LIMIT else compiler.new)
