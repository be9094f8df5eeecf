"""What a document page can only say once every page is known: the previous and next
document, and how to cite it (with BibTeX and CSL-JSON downloads beside the page).

The stylesheet leaves marked places in each page (`<!--teikit:pager-->…`,
`<!--teikit:cite-->…`); this pass fills them, and rewrites a page only when they change. (The
search filters, which depend on the document only, are filled when its page is written.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from html import escape
from itertools import chain
from pathlib import Path

from teikit.site import paths
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


def citation_text(record: DocumentRecord, edition: Edition, accessed: dt.date) -> str:
    """"Title", date. In Edition, ed. by …. URL (accessed 29 November 2026)."""
    parts = [f"“{record.title}”"]
    if record.date:
        parts.append(f", {record.date}")
    parts.append(f". In {edition.title}")
    if edition.editors:
        parts.append(f", edited by {', '.join(edition.editors)}")
    if edition.publisher:
        parts.append(f". {edition.publisher}")
    parts.append(f". {edition.document_url(record.href)}")
    parts.append(f" (accessed {accessed.day} {accessed:%B %Y}).")
    return "".join(parts)


def cite_html(record: DocumentRecord, edition: Edition, accessed: dt.date) -> str:
    text = escape(citation_text(record, edition, accessed))
    return (
        '<section class="cite" aria-labelledby="cite-heading" data-pagefind-ignore="all">'
        '<h2 id="cite-heading">Cite this document</h2>'
        f"<blockquote><p>{text}</p></blockquote><ul>"
        f'<li><a href="{escape(record.slug)}.bib" download="">BibTeX</a></li>'
        f'<li><a href="{escape(record.slug)}.json" download="">CSL-JSON</a></li>'
        "</ul></section>"
    )


def _bibtex_value(text: str) -> str:
    return "{" + text.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace(
        "}", "\\}") + "}"


def bibtex(record: DocumentRecord, edition: Edition, accessed: dt.date) -> str:
    fields = {
        "title": record.title,
        "booktitle": edition.title,
        "editor": " and ".join(edition.editors),
        "publisher": edition.publisher,
        "date": record.when,
        "url": edition.document_url(record.href),
        "urldate": accessed.isoformat(),
    }
    key = re.sub(r"[^A-Za-z0-9_-]", "", record.slug) or "document"
    lines = [f"  {name} = {_bibtex_value(value)}," for name, value in fields.items() if value]
    return "@incollection{" + key + ",\n" + "\n".join(lines) + "\n}\n"


def csl_json(record: DocumentRecord, edition: Edition, accessed: dt.date) -> str:
    item: dict[str, object] = {
        "id": record.slug,
        "type": "manuscript",
        "title": record.title,
        "container-title": edition.title,
        "URL": edition.document_url(record.href),
        "accessed": {"date-parts": [[accessed.year, accessed.month, accessed.day]]},
    }
    if record.when:
        parts = [int(p) for p in record.when.split("-")[:3] if p.isdigit()]
        if parts:
            item["issued"] = {"date-parts": [parts]}
    if record.archive:
        item["archive"] = record.archive
    if edition.editors:
        item["editor"] = [{"literal": name} for name in edition.editors]
    if edition.publisher:
        item["publisher"] = edition.publisher
    return json.dumps([item], ensure_ascii=False, indent=1) + "\n"


def _frame_parts(record: DocumentRecord, previous: Neighbour | None,
                 following: Neighbour | None, edition: Edition,
                 accessed: dt.date) -> dict[str, str]:
    return {
        "pager": pager_html(previous, following),
        "cite": cite_html(record, edition, accessed),
        ".bib": bibtex(record, edition, accessed),
        ".json": csl_json(record, edition, accessed),
    }


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
    and only their records read."""
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
            _frame(site_dir, state, edition, accessed, due)
            due = {}
    state.save_frames()


def _frame(site_dir: Path, state: BuildState, edition: Edition, accessed: dt.date,
           due: dict[str, tuple[Neighbour | None, Neighbour | None, bytes]]) -> None:
    for record in state.records(list(due)):
        previous, following, key = due[record.slug]
        _write_frame(site_dir, record, _frame_parts(record, previous, following, edition,
                                                    accessed))
        state.note_frame(record.slug, key)


def _write_frame(site_dir: Path, record: DocumentRecord, parts: dict[str, str]) -> None:
    page_path = site_dir / record.href
    try:
        page = page_path.read_text(encoding="utf-8")
    except OSError:
        return
    framed = page
    for region in ("pager", "cite"):
        framed = fill(framed, region, parts[region])
    if framed != page:
        paths.write(site_dir, record.href, framed)
    for suffix in (".bib", ".json"):
        target = site_dir / f"{record.slug}{suffix}"
        if not target.is_file() or target.read_text(encoding="utf-8") != parts[suffix]:
            paths.write(site_dir, f"{record.slug}{suffix}", parts[suffix])
