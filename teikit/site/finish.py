"""The site-wide pages, once every document is built: collection pages, each page's frame
(previous/next, citation), the style sheet and the search index."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from teikit.render.stylesheets import css_path
from teikit.site.collections import site_description, write_collection_pages
from teikit.site.edition import Edition
from teikit.site.frame import write_frames
from teikit.site.records import DocumentRecord
from teikit.site.search import build_index, pagefind_executable


def finish_site(
    site_dir: Path,
    records: list[DocumentRecord],
    edition: Edition,
    *,
    profile: Any = None,
    search: bool = True,
    today: dt.date | None = None,
) -> list[str]:
    """Write the site-wide pages; the messages say what could not be done."""
    messages: list[str] = []
    shutil.copyfile(css_path(), site_dir / "teikit.css")
    ordered = sorted(records, key=lambda r: (r.when, r.title, r.slug))
    write_frames(site_dir, ordered, edition, today or dt.date.today())
    with_search = search and pagefind_executable() is not None
    description = site_description(ordered, profile=profile, edition=edition, search=with_search)
    write_collection_pages(site_dir, description)
    if search:
        problem = build_index(site_dir)
        if problem:
            messages.append(problem)
    return messages
