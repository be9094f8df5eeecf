"""What a document page can only say once every page is known: the previous and next
document, how to cite it (with BibTeX and CSL-JSON downloads beside the page), and the facets
the site's search filters by.

The stylesheet leaves marked places in each page (`<!--teikit:filters-->…`,
`<!--teikit:pager-->…`, `<!--teikit:cite-->…`); this pass fills them, and rewrites a page only
when they change.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html import escape
from pathlib import Path

from teikit.site import paths
from teikit.site.edition import Edition
from teikit.site.records import DocumentRecord

_REGION = "<!--teikit:{name}-->{body}<!--/teikit:{name}-->"


def _fill(page: str, name: str, body: str) -> str:
    pattern = re.compile(
        re.escape(f"<!--teikit:{name}-->") + ".*?" + re.escape(f"<!--/teikit:{name}-->"),
        re.DOTALL,
    )
    replacement = _REGION.format(name=name, body=body)
    return pattern.sub(lambda _: replacement, page, count=1)


def filters_html(record: DocumentRecord) -> str:
    """Pagefind's filters (year, archive, language, document type, person), hidden."""
    values = [("year", record.year), ("archive", record.repository),
              ("language", record.language)]
    values += [("type", kind) for kind in record.kinds]
    persons = dict.fromkeys(m.label for m in record.mentions if m.kind == "person")
    values += [("person", name) for name in persons]
    spans = "".join(
        f'<span data-pagefind-filter="{name}">{escape(value)}</span>'
        for name, value in values if value
    )
    return f'<div hidden="" class="search-filters" data-pagefind-ignore="">{spans}</div>'


def pager_html(previous: DocumentRecord | None, following: DocumentRecord | None) -> str:
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


def write_frames(
    site_dir: Path, ordered: list[DocumentRecord], edition: Edition, accessed: dt.date
) -> None:
    """Fill each page's pager and citation; write its .bib and .json."""
    for position, record in enumerate(ordered):
        previous = ordered[position - 1] if position > 0 else None
        following = ordered[position + 1] if position + 1 < len(ordered) else None
        page_path = site_dir / record.href
        try:
            page = page_path.read_text(encoding="utf-8")
        except OSError:
            continue
        framed = _fill(page, "filters", filters_html(record))
        framed = _fill(framed, "pager", pager_html(previous, following))
        framed = _fill(framed, "cite", cite_html(record, edition, accessed))
        if framed != page:
            paths.write(site_dir, record.href, framed)
        for suffix, text in ((".bib", bibtex(record, edition, accessed)),
                             (".json", csl_json(record, edition, accessed))):
            target = site_dir / f"{record.slug}{suffix}"
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                paths.write(site_dir, f"{record.slug}{suffix}", text)
