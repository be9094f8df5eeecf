"""The edition as a whole: its title and how to cite it, from a small `edition.toml`.

    title = "Korean War Documents"
    url = "https://example.org/korea/"      # where the site is published (for citations)
    publisher = "Example Institute"
    editors = ["A. Editor"]
    licence = "CC BY 4.0"
    licence_url = "https://creativecommons.org/licenses/by/4.0/"
    description = "Soviet and Chinese documents on the armistice talks, in translation."

The file sits in a folder given to `teikit build` (or is named with `--edition`); the build's
`--title` is used when there is none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from teikit.errors import Location, TeikitError
from teikit.render.urls import safe_url
from teikit.tomlfile import load_toml

EDITION_TOML = "edition.toml"
_FIELDS = ("title", "url", "publisher", "editors", "licence", "licence_url", "description")


class EditionError(TeikitError):
    """edition.toml cannot be read or names an unknown field."""


@dataclass(frozen=True)
class Edition:
    """The edition as a whole, as its pages and citations name it (`edition.toml`)."""

    title: str = "Edition"
    url: str = ""
    publisher: str = ""
    editors: tuple[str, ...] = field(default=())
    licence: str = ""
    licence_url: str = ""
    description: str = ""

    def document_url(self, href: str) -> str:
        """The published address of a page: under `url`, or the page's own name."""
        if not self.url:
            return href
        return self.url.rstrip("/") + "/" + href


def load_edition(path: Path) -> Edition:
    _, data = load_toml(path, EditionError)
    table: dict[str, Any] = data.get("edition", data)
    unknown = sorted(set(table) - set(_FIELDS) - {"edition"})
    if unknown:
        raise EditionError(
            f"unknown field {unknown[0]!r} (known: {', '.join(_FIELDS)})", Location(str(path))
        )
    values = {name: table[name] for name in _FIELDS if name in table}
    for name, value in values.items():
        expected = list if name == "editors" else str
        if not isinstance(value, expected):
            raise EditionError(f"{name} must be a {expected.__name__}", Location(str(path)))
    for name in ("url", "licence_url"):
        if values.get(name) and safe_url(values[name]) is None:
            raise EditionError(f"{name} must be an http(s) address", Location(str(path)))
    editors = tuple(str(editor) for editor in values.pop("editors", []))
    return Edition(**values, editors=editors)


def find_edition_file(inputs: list[Path]) -> Path | None:
    """The first `edition.toml` in a folder given to the build (or beside a file given)."""
    for given in inputs:
        folder = given if given.is_dir() else given.parent
        candidate = folder / EDITION_TOML
        if candidate.is_file():
            return candidate
    return None
