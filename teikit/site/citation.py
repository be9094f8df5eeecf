"""How to cite a document page: the citation shown on the page, and the BibTeX and CSL-JSON
files beside it. They depend on the document, the edition and the day of access only, so a
build writes them with the page (in the worker that renders it); pages it does not render get
them from the frame pass when the edition or the day changed (`teikit.site.frame`)."""

from __future__ import annotations

import datetime as dt
import json
import re
from html import escape
from pathlib import Path

from teikit.site import paths
from teikit.site.edition import Edition
from teikit.site.records import DocumentRecord

CITATION_FILES = (".bib", ".json")


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


def citation_parts(record: DocumentRecord, edition: Edition,
                   accessed: dt.date) -> dict[str, str]:
    """The page's citation region ("cite") and the files beside it, by suffix."""
    return {
        "cite": cite_html(record, edition, accessed),
        ".bib": bibtex(record, edition, accessed),
        ".json": csl_json(record, edition, accessed),
    }


def write_citation_files(site_dir: Path, slug: str, parts: dict[str, str]) -> None:
    """The .bib and .json beside a page, each written only when it changes."""
    for suffix in CITATION_FILES:
        paths.write_if_changed(site_dir, f"{slug}{suffix}", parts[suffix])
