"""Where teikit's own data folders are: `xslt/` and `schemas/`.

In a source checkout (and an editable install) they are the top-level folders of the project;
an installed wheel carries them as data files under `<prefix>/share/teikit/`.
"""

from __future__ import annotations

import sys
from pathlib import Path

_SOURCE_TREE = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """The folder `name` (`"xslt"` or `"schemas"`), from the source tree or the installation."""
    candidates = [_SOURCE_TREE / name, Path(sys.prefix) / "share" / "teikit" / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]
