"""Where teikit's files are: its data folders `xslt/` and `schemas/`, and the user cache.

In a source checkout (and an editable install) they are the top-level folders of the project;
an installed wheel carries them as data files under `<prefix>/share/teikit/`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_SOURCE_TREE = Path(__file__).resolve().parent.parent

# The house schema's stable URLs: the converter writes them into its xml-model instructions,
# the validator's catalog resolves them to the bundled files in schemas/.
HOUSE_RNG_URL = "https://teikit.org/schemas/1.0/teikit.rng"
HOUSE_SCH_URL = "https://teikit.org/schemas/1.0/teikit.sch"
HOUSE_XSD_URL = "https://teikit.org/schemas/1.0/teikit.xsd"

# The tei_all release that ships with teikit (gzipped; origin and licence in its folder).
TEI_ALL_VERSION = "4.12.0"
TEI_ALL_BUNDLED = f"tei_all/tei_all-{TEI_ALL_VERSION}.rng.gz"  # under data_dir("schemas")


def data_dir(name: str) -> Path:
    """The folder `name` (`"xslt"` or `"schemas"`), from the source tree or the installation."""
    candidates = [_SOURCE_TREE / name, Path(sys.prefix) / "share" / "teikit" / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def cache_dir() -> Path:
    """``$TEIKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/teikit``, else ``~/.cache/teikit``."""
    explicit = os.environ.get("TEIKIT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "teikit"


def linked_media_type(address: str) -> str:
    """A linked image's media type, by its name's extension (no file is fetched): a Word
    file's linked picture, a Markdown image."""
    import mimetypes  # (it reads the system's tables: only a linked image pays for it)

    guessed, _ = mimetypes.guess_type(address, strict=False)
    return guessed or "application/octet-stream"
