"""Full-text search over the built site: static Pagefind indexes (no server of ours).

Pagefind comes from PyPI (`pip install 'teikit[search]'`, which brings `pagefind[bin]`); without
it the site is built all the same and the search page says how to add it.

Pagefind holds every page it indexes in memory (1.4 GB for 10,000 documents), and has no
incremental mode. So the documents are indexed in bundles of at most `BUNDLE_SIZE` (each
document keeps its bundle from build to build, see `BuildState.assign_bundles`), each bundle
by its own Pagefind run into its own folder, `pagefind/<n>/`; the search page merges them in
the browser (Pagefind's multisite search). A build indexes again only the bundles whose
documents changed, so Pagefind's memory is bounded by the bundle, not by the site.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from teikit.site import paths
from teikit.site.state import BuildState

# Parts of a document page that are not its text in the reading view: the diplomatic view's
# own marks, explanations, print marks, the legend and the page furniture.
EXCLUDED = (".d", ".why", ".print-mark", ".view-switch", ".legend", ".metadata", ".index-link")
INDEX_FOLDER = "pagefind"
# A bundle's time and memory grow with its pages (Pagefind 1.5 on pages of the dev corpus's
# size: 10 ms and 10 MB, then about 1.2 ms and 0.11 MB a page); an edit waits for its whole
# bundle. The search page loads about 80 KB a bundle (Pagefind's WebAssembly and metadata)
# when it first searches, so not too many: 40 at 10,000 documents.
BUNDLE_SIZE = 250
# The search page loads the interface from the index folder and the list of bundles with it.
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css")
BUNDLE_LIST = "bundles.js"


def pagefind_executable() -> Path | None:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        return None
    try:
        return get_executable()
    except FileNotFoundError:
        return None


def indexing_key(executable: Path) -> bytes:
    """What every bundle's index is made with: Pagefind (its size stands for its version)
    and the parts of the pages left out; a bundle made otherwise is indexed again."""
    return repr((executable.name, executable.stat().st_size, EXCLUDED)).encode()


def bundle_digest(key: bytes, members: Iterable[tuple[str, bytes]]) -> bytes:
    """Of what a bundle's index is made from: its documents and the content each page was
    built from (a page's searchable text and filters depend on its source only)."""
    digest = hashlib.sha256(key)
    for slug, content_hash in members:
        digest.update(slug.encode() + b"\0" + content_hash + b"\1")
    return digest.digest()[:16]


def bundle_folder(bundle: int) -> str:
    return f"{INDEX_FOLDER}/{bundle}"


def index_bundle(site_dir: Path, bundle: int, slugs: list[str], executable: Path) -> str | None:
    """Index the pages of `slugs` into `pagefind/<bundle>/`, replacing what was there; a
    message when it cannot be done (the bundle's old index, if any, is kept)."""
    target = paths.inside(site_dir, bundle_folder(bundle))
    fresh = target.with_name(f"{target.name}.new")
    shutil.rmtree(fresh, ignore_errors=True)
    # Slugs are ASCII letters, digits, '-' and '_' (safe_id): nothing a glob reads specially.
    pattern = "{" + ",".join(f"{slug}.html" for slug in slugs) + "}"
    command = [str(executable), "--site", str(site_dir), "--glob", pattern,
               "--output-path", str(fresh), "--silent"]
    for selector in EXCLUDED:
        command += ["--exclude-selectors", selector]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"warning: search index not built: {error}"
    if done.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        reason = (done.stderr or done.stdout).strip().splitlines()
        return f"warning: search index not built: {reason[-1] if reason else done.returncode}"
    old = target.with_name(f"{target.name}.old")
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return None


def is_indexed(site_dir: Path, bundle: int) -> bool:
    return (site_dir / bundle_folder(bundle) / "pagefind-entry.json").is_file()


def finish_index_folder(site_dir: Path, bundles: list[int]) -> None:
    """The interface and the list of bundles the search page merges; everything else in the
    index folder (bundles no longer used, an index of the whole site from an older teikit)
    is removed."""
    folder = site_dir / INDEX_FOLDER
    names = [str(bundle) for bundle in bundles]
    if names:
        for name in UI_FILES:
            source = folder / names[0] / name
            if source.is_file():
                paths.write_if_changed(site_dir, f"{INDEX_FOLDER}/{name}", source.read_bytes())
    listing = ("window.teikitSearchBundles = "
               + json.dumps([f"{INDEX_FOLDER}/{name}/" for name in names]) + ";\n")
    paths.write_if_changed(site_dir, f"{INDEX_FOLDER}/{BUNDLE_LIST}", listing)
    keep = {*names, *UI_FILES, BUNDLE_LIST}
    for entry in folder.iterdir():
        if entry.name not in keep:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()


def start_search(site_dir: Path, state: BuildState, executable: Path,
                 ) -> Callable[[], list[str]]:
    """Start indexing again the search bundles whose documents changed (or whose index is
    missing), in a thread: Pagefind runs on one core while this process writes the frames and
    the collection pages on the other (what Pagefind reads of a page, its text and filters,
    is there as the worker wrote it). The function returned waits for it, records what was
    indexed, and gives the messages of the bundles that could not be."""
    key = indexing_key(executable)
    known = state.bundle_digests()
    digests: dict[int, bytes] = {}
    stale: list[tuple[int, list[str], bytes]] = []
    for bundle, members in state.bundle_members():
        digest = bundle_digest(key, members)
        if known.get(bundle) == digest and is_indexed(site_dir, bundle):
            digests[bundle] = digest
        else:
            stale.append((bundle, [slug for slug, _ in members], digest))
    messages: list[str] = []

    def index() -> None:
        for bundle, slugs, digest in stale:
            try:
                problem = index_bundle(site_dir, bundle, slugs, executable)
            except OSError as error:  # the folder could not be swapped in
                problem = f"warning: search index not built: {error}"
            if problem:
                messages.append(problem)
            else:
                digests[bundle] = digest

    worker = threading.Thread(target=index, name="search-index")
    worker.start()

    def finish() -> list[str]:
        worker.join()
        # A bundle that could not be indexed again keeps its old index until the next build
        # tries again (it has no digest, so that build will).
        state.set_bundle_digests(digests)
        listed = {*digests, *(bundle for bundle, _, _ in stale)}
        finish_index_folder(site_dir, sorted(b for b in listed if is_indexed(site_dir, b)))
        return messages

    return finish
