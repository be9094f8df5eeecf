"""Reading a TOML file with errors that name its line and column."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from teikit.errors import Location, TeikitError
from teikit.lazy_pattern import LazyPattern
from teikit.xml import first_xml_illegal

if TYPE_CHECKING:
    import tomllib

# Python 3.11's TOMLDecodeError has no lineno/colno attributes yet; its message ends with them.
_TOML_POSITION = LazyPattern(r"\(at line (?P<line>\d+), column (?P<column>\d+)\)")


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
    import tomllib  # here: a conversion without a sidecar or profile file never needs it

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"cannot read: {exc}", Location(str(path))) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = _TOML_POSITION.sub("", str(exc)).strip()
        raise error(f"malformed TOML: {message}", error_location(exc, path)) from exc
    _check_strings(data, "", path, error)
    return text, data


def _check_strings(value: Any, key: str, path: Path, error: type[TeikitError]) -> None:
    """Every string of a TOML file ends up in the TEI: one that XML cannot hold (written with
    an escape such as "\\f") is an error naming its key."""
    if isinstance(value, dict):
        for name, item in value.items():
            _check_strings(item, f"{key}.{name}" if key else name, path, error)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, f"{key}[{index}]", path, error)
    elif isinstance(value, str) and (illegal_at := first_xml_illegal(value)) is not None:
        raise error(f"{key} holds U+{ord(value[illegal_at]):04X}, a control character that XML "
                    "cannot hold", Location(str(path)))
