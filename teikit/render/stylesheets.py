"""Finding and compiling the XSLT stylesheets under `xslt/`, and the object that keeps them
compiled (`StylesheetCache`): its owner (a page build, a site build, a worker) decides how
long; nothing is kept by the module."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teikit.errors import TeikitError
from teikit.resources import data_dir
from teikit.xml import RESOURCE

XSLT_DIR_ENV = "TEIKIT_XSLT_DIR"


class StylesheetError(TeikitError):
    """A stylesheet is missing or does not compile."""


def xslt_dir() -> Path:
    """`$TEIKIT_XSLT_DIR`, else the `xslt/` folder of the source tree or installation."""
    override = os.environ.get(XSLT_DIR_ENV)
    if override:
        return Path(override)
    return data_dir("xslt")


def stylesheet_path(name: str, folder: Path | None = None) -> Path:
    """A stylesheet of the folder (by default `xslt_dir()`) by name, or a project's own
    stylesheet by path."""
    path = (folder or xslt_dir()) / name
    if Path(name).name != name or not path.is_file():
        path = Path(name)
    if not path.is_file():
        raise StylesheetError(f"stylesheet not found: {path}")
    return path


def compile_stylesheet(path: Path) -> etree.XSLT:
    """The stylesheet compiled, reading nothing but local files."""
    # The stylesheets are ours, but parse them as safely as any input: no DTDs, no network.
    try:
        document = etree.parse(str(path), RESOURCE)
        access = etree.XSLTAccessControl(
            read_file=True, write_file=False, create_dir=False, read_network=False,
            write_network=False,
        )
        return etree.XSLT(document, access_control=access)
    except (etree.XMLSyntaxError, etree.XSLTParseError) as error:
        raise StylesheetError(f"{path}: {error}") from error


@dataclass
class _Compiled:
    """A compiled stylesheet and the modification time of its file."""

    path: Path
    modified: int  # st_mtime_ns when compiled
    transform: etree.XSLT


class StylesheetCache:
    """Compiled stylesheets by name, each compiled at its first use and again when its file
    changes. The folder is read once, when the cache is made (`$TEIKIT_XSLT_DIR` then)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or xslt_dir()
        self._compiled: dict[str, _Compiled] = {}

    def get(self, name: str) -> etree.XSLT:
        """The compiled stylesheet `name` (a file of the folder, or a path)."""
        known = self._compiled.get(name)
        path = known.path if known is not None else stylesheet_path(name, self.folder)
        try:
            # A stat costs a few microseconds of a page's 2 ms: a stylesheet edited while a
            # long-lived owner runs (a notebook, a server) is read again.
            modified = os.stat(path).st_mtime_ns
        except OSError as error:
            raise StylesheetError(f"stylesheet not found: {path}") from error
        if known is None or known.modified != modified:
            known = self._compiled[name] = _Compiled(path, modified, compile_stylesheet(path))
        return known.transform

    def __reduce__(self) -> tuple[type[StylesheetCache], tuple[Path]]:
        # Compiled stylesheets do not travel: a copy (for a worker process) starts empty.
        return StylesheetCache, (self.folder,)


def css_path() -> Path:
    """The page's style sheet in `xslt_dir()`."""
    return stylesheet_path("teikit.css")
