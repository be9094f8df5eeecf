"""The site-wide pages, once every document is built: each page's frame (previous/next,
citation), the collection pages, the style sheet and the search index. Each is written only
when what it is made from changed, so a build after one edit rewrites a few files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from lxml import etree

from teikit.render.stylesheets import StylesheetCache, css_path
from teikit.site import paths
from teikit.site.collections import (
    DOCUMENTS_PER_PAGE,
    MENTIONS_PER_PAGE,
    Page,
    collection_pages,
    part_of,
)
from teikit.site.edition import Edition
from teikit.site.frame import write_frames
from teikit.site.paths import OutsideSiteError
from teikit.site.search import pagefind_executable, start_search
from teikit.site.state import EVERY_PART, BuildState

COLLECTION_XSL = "collection.xsl"


def finish_site(
    site_dir: Path,
    state: BuildState,
    edition: Edition,
    *,
    rendered: set[str],
    profile: Callable[[], Any] = lambda: None,
    profile_name: str = "",
    search: bool = True,
    today: dt.date | None = None,
    documents_per_page: int = DOCUMENTS_PER_PAGE,
    mentions_per_page: int = MENTIONS_PER_PAGE,
) -> list[str]:
    """Write the site-wide pages; the messages say what could not be done. `rendered`: the
    documents whose pages this build wrote, with their citation for `edition` and `today`;
    `profile` loads the conversion profile (for the
    conventions page, only when it is written)."""
    messages: list[str] = []
    executable = pagefind_executable() if search else None
    with_search = executable is not None
    finish_search = start_search(site_dir, state, executable) if executable else None
    paths.write_if_changed(site_dir, "teikit.css", css_path().read_bytes())
    write_frames(site_dir, state, edition, today or dt.date.today(), rendered)
    state.site_changed(repr((edition, with_search, profile_name, documents_per_page,
                             mentions_per_page)))
    parts = stale_parts(site_dir, state)
    pages = collection_pages(state, edition, parts=parts, profile=profile,
                             profile_name=profile_name, search=with_search,
                             documents_per_page=documents_per_page,
                             mentions_per_page=mentions_per_page)
    write_collection_pages(site_dir, state, pages, parts)
    if search and executable is None:
        messages.append("warning: search index not built: Pagefind is not installed "
                        "(pip install 'teikit[search]')")
    if finish_search is not None:
        messages += finish_search()
    return messages


def stale_parts(site_dir: Path, state: BuildState) -> set[str]:
    """The parts of the collection pages to make again: those what this build stored
    changes, and those with a page missing."""
    known: dict[str, list[str]] = {part: [] for part in EVERY_PART}
    for name in state.page_digests():
        known[part_of(name)].append(name)
    return state.changed | {part for part, names in known.items()
                            if not names or not all((site_dir / n).is_file() for n in names)}


def write_collection_pages(site_dir: Path, state: BuildState, pages: Iterable[Page],
                           parts: Iterable[str] = EVERY_PART) -> list[Path]:
    """Write the pages whose rows changed (or that are missing); remove the pages of these
    parts that a shorter list no longer has. The pages written or removed."""
    transform = StylesheetCache().get(COLLECTION_XSL)
    parts = set(parts)
    known = {name: digest for name, digest in state.page_digests().items()
             if part_of(name) in parts}
    written: list[Path] = []
    made: set[str] = set()
    for page in pages:
        made.add(page.name)
        digest = page.digest()
        if known.get(page.name) == digest and (site_dir / page.name).is_file():
            continue
        values = {key.replace("_", "-"): etree.XSLT.strparam(value)
                  for key, value in page.parameters.items()}
        written.append(paths.write(site_dir, page.name,
                                   str(transform(page.describe(), **values))))
        state.set_page_digest(page.name, digest)
    for name in sorted(set(known) - made):
        state.forget_page(name)
        try:
            target = paths.inside(site_dir, name)
        except OutsideSiteError:
            continue  # a tampered state must not make the build delete elsewhere
        target.unlink(missing_ok=True)
        written.append(target)
    return written
