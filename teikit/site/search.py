"""Full-text search over the built site: a static Pagefind index (no server of ours).

Pagefind comes from PyPI (`pip install 'teikit[search]'`, which brings `pagefind[bin]`); without
it the site is built all the same and the search page says how to add it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

# Parts of a document page that are not its text in the reading view: the diplomatic view's
# own marks, explanations, print marks, the legend and the page furniture.
EXCLUDED = (".d", ".why", ".print-mark", ".view-switch", ".legend", ".metadata", ".index-link")
INDEX_FOLDER = "pagefind"


def pagefind_executable() -> Path | None:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        return None
    try:
        return get_executable()
    except FileNotFoundError:
        return None


def build_index(site_dir: Path, *, executable: Path | None = None) -> str | None:
    """Index the site's pages into `site_dir/pagefind/`; a message when it cannot be done."""
    executable = executable or pagefind_executable()
    if executable is None:
        return ("warning: search index not built: Pagefind is not installed "
                "(pip install 'teikit[search]')")
    command = [str(executable), "--site", str(site_dir), "--output-subdir", INDEX_FOLDER,
               "--silent"]
    for selector in EXCLUDED:
        command += ["--exclude-selectors", selector]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"warning: search index not built: {error}"
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        return f"warning: search index not built: {reason[-1] if reason else done.returncode}"
    return None
