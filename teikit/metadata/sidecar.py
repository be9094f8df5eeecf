"""The metadata sidecar (TOML, same field names as `Metadata`) and the CLI overrides.

Precedence: CLI options override the sidecar, which overrides the page header.

    title = "V. Razuvayev, 'Political Attitudes ...'"
    date_text = "September 10, 1951"
    original_language = "Russian"
    [archive_ids]
    fond = "45"
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from teikit.errors import Location, MetadataError
from teikit.metadata.header_fields import PageHeader
from teikit.metadata.model import METADATA_FIELDS, Metadata
from teikit.tomlfile import load_toml

LIST_FIELDS = frozenset({"funders", "keywords"})
ARCHIVE_KEYS = frozenset({"fond", "opis", "papka", "delo", "list"})


def load_sidecar(path: Path) -> dict[str, Any]:
    """The sidecar's values, checked against the field names and types of `Metadata`."""
    text, data = load_toml(path, MetadataError)
    for name, value in data.items():
        where = _key_location(text, name, path)
        if name not in METADATA_FIELDS:
            known = ", ".join(METADATA_FIELDS)
            raise MetadataError(f"unknown metadata field {name!r} (known: {known})", where)
        data[name] = _checked(name, value, where)
    return data


def _checked(name: str, value: Any, where: Location) -> Any:
    if name in LIST_FIELDS:
        if isinstance(value, str):
            return [value]
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return value
        raise MetadataError(f"{name!r} must be a string or a list of strings", where)
    if name == "archive_ids":
        if not isinstance(value, dict):
            raise MetadataError(
                "'archive_ids' must be a table (fond, opis, papka, delo, list)", where)
        unknown = set(value) - ARCHIVE_KEYS
        if unknown:
            raise MetadataError(
                f"'archive_ids' has unknown keys {sorted(unknown)} "
                "(known: fond, opis, papka, delo, list)",
                where,
            )
        return {key: str(item) for key, item in value.items()}
    if isinstance(value, int | float) and name == "record_id":
        return str(value)
    if not isinstance(value, str):
        raise MetadataError(f"{name!r} must be a string", where)
    return value


def _key_location(text: str, key: str, path: Path) -> Location:
    pattern = re.compile(rf"^[ \t]*(?:\[[ \t]*)?[\"']?{re.escape(key)}[\"']?[ \t]*[=\]]", re.M)
    match = pattern.search(text)
    if match is None:
        return Location(str(path))
    line = text.count("\n", 0, match.start()) + 1
    return Location(str(path), line, 1)


def merge_metadata(
    header: PageHeader | None,
    *,
    path: str,
    sidecar: Mapping[str, Any] | None = None,
    cli: Mapping[str, Any] | None = None,
) -> Metadata:
    """The document's metadata: the page header, overridden by the sidecar, then by the CLI.

    CLI values that are None (options not given) do not override anything.
    """
    return Metadata.from_sources(header, sidecar or {}, cli or {}, path=path)
