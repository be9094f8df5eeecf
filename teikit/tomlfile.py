"""Reading a TOML file with errors that name its line and column."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from teikit.errors import Location, TeikitError

# Python 3.11's TOMLDecodeError has no lineno/colno attributes yet; its message ends with them.
_TOML_POSITION = re.compile(r"\(at line (?P<line>\d+), column (?P<column>\d+)\)")


def error_location(exc: tomllib.TOMLDecodeError, path: Path) -> Location:
    line = getattr(exc, "lineno", None)
    column = getattr(exc, "colno", None)
    if line is None:
        match = _TOML_POSITION.search(str(exc))
        if match:
            line, column = int(match["line"]), int(match["column"])
    return Location(str(path), line, column)


def load_toml(path: Path, error: type[TeikitError]) -> tuple[str, dict[str, Any]]:
    """The file's text and data; a missing, unreadable or malformed file raises `error`."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"cannot read: {exc}", Location(str(path))) from exc
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = _TOML_POSITION.sub("", str(exc)).strip()
        raise error(f"malformed TOML: {message}", error_location(exc, path)) from exc
