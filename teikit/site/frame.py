"""What a document page can only say once every page is known: the previous and next
document; and how to cite it (with BibTeX and CSL-JSON downloads beside the page) where the
edition or the day changed since the page was written (`teikit.site.citation`).

The stylesheet leaves marked places in each page (`<!--teikit:pager-->…`,
`<!--teikit:cite-->…`); this pass fills them, and rewrites a page only when they change. (The
search filters, which depend on the document only, are filled when its page is written.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from html import escape
from itertools import chain
from pathlib import Path

from teikit.site import paths
from teikit.site.citation import citation_parts, write_citation_files
from teikit.site.edition import Edition
from teikit.site.records import DocumentRecord
from teikit.site.regions import fill
from teikit.site.state import BuildState

FRAMED_AT_ONCE = 500  # pages whose records are read in one query


@dataclass(frozen=True)
class Neighbour:
    """What a page's pager shows of the previous or the next document."""

    slug: str
    title: str

    @property
    def href(self) -> str:
        return f"{self.slug}.html"


def pager_html(previous: Neighbour | None, following: Neighbour | None) -> str:
    if previous is None and following is None:
        return ""
    items = []
    if previous is not None:
        items.append(f'<li class="prev"><a rel="prev" href="{escape(previous.href)}">'
                     f'<span aria-hidden="true">← </span><span class="visually-hidden">'
                     f'Previous document: </span>{escape(previous.title)}</a></li>')
    if following is not None:
        items.append(f'<li class="next"><a rel="next" href="{escape(following.href)}">'
                     f'<span class="visually-hidden">Next document: </span>'
                     f'{escape(following.title)}<span aria-hidden="true"> →</span></a></li>')
    return (f'<nav class="pager" aria-label="Previous and next document" '
            f'data-pagefind-ignore="all"><ul>{"".join(items)}</ul></nav>')


def _frame_parts(record: DocumentRecord, previous: Neighbour | None,
                 following: Neighbour | None, edition: Edition, accessed: dt.date, *,
                 cited: bool) -> dict[str, str]:
    """What to fill in and write beside the page: the pager, and the citation unless the
    page was written with it (`cited`)."""
    parts = {"pager": pager_html(previous, following)}
    if not cited:
        parts |= citation_parts(record, edition, accessed)
    return parts


def _neighbours_key(shared: bytes, previous: Neighbour | None,
                    following: Neighbour | None) -> bytes:
    """What a page's frame shows of other things than its own document: the edition, the
    day of access, the previous and the next document."""
    digest = hashlib.sha256(shared)
    for neighbour in (previous, following):
        if neighbour is not None:
            digest.update(f"\0{neighbour.slug}\0{neighbour.title}".encode())
        digest.update(b"\1")
    return digest.digest()[:8]


def write_frames(site_dir: Path, state: BuildState, edition: Edition, accessed: dt.date,
                 rendered: set[str]) -> None:
    """Fill each page's pager and citation; write its .bib and .json. Only the pages rendered
    by this build, or whose neighbours changed (or the edition, or the day), are opened,
    and only their records read. A page `rendered` by this build was written with its
    citation for this edition and day (`teikit.site.document.build_document`): it needs only
    its pager."""
    shared = repr((edition, accessed.isoformat())).encode()
    due: dict[str, tuple[Neighbour | None, Neighbour | None, bytes]] = {}
    window: list[tuple[str, str, bytes | None] | None] = [None]
    for row in chain(state.framing(), [None]):
        window.append(row)
        if len(window) < 3:
            continue
        before, current, after = window
        window.pop(0)
        if current is None:
            continue
        slug, _, known = current
        previous = Neighbour(*before[:2]) if before else None
        following = Neighbour(*after[:2]) if after else None
        key = _neighbours_key(shared, previous, following)
        if slug in rendered or key != known:
            due[slug] = (previous, following, key)
        if len(due) >= FRAMED_AT_ONCE or (row is None and due):
            _frame(site_dir, state, edition, accessed, due, rendered)
            due = {}
    state.save_frames()


def _frame(site_dir: Path, state: BuildState, edition: Edition, accessed: dt.date,
           due: dict[str, tuple[Neighbour | None, Neighbour | None, bytes]],
           rendered: set[str]) -> None:
    for record in state.records(list(due)):
        previous, following, key = due[record.slug]
        _write_frame(site_dir, record, _frame_parts(
            record, previous, following, edition, accessed, cited=record.slug in rendered))
        state.note_frame(record.slug, key)


def _write_frame(site_dir: Path, record: DocumentRecord, parts: dict[str, str]) -> None:
    page_path = site_dir / record.href
    try:
        page = page_path.read_text(encoding="utf-8")
    except OSError:
        return
    framed = page
    for region in ("pager", "cite"):
        if region in parts:
            framed = fill(framed, region, parts[region])
    if framed != page:
        paths.write(site_dir, record.href, framed)
    if ".bib" in parts:
        write_citation_files(site_dir, record.slug, parts)
