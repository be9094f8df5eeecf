"""The collection pages: documents (pre-sorted by each key), persons, places, conventions.

The build describes the site in a small XML document; `xslt/collection.xsl` turns it into
pages, so house style lives in XSLT and CSS for every page alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lxml import etree

from teikit.render.stylesheets import load_stylesheet
from teikit.site import paths
from teikit.site.records import DocumentRecord

COLLECTION_XSL = "collection.xsl"
SORT_KEYS = ("date", "title", "archive", "language")


def _documents(site: etree._Element, records: list[DocumentRecord]) -> None:
    documents = etree.SubElement(site, "documents")
    for record in records:
        etree.SubElement(documents, "document", {
            "id": record.slug, "href": record.href, "tei-href": record.tei_href,
            "when": record.when, "date": record.date, "title": record.title,
            "archive": record.archive, "language": record.language,
        })


def _index(site: etree._Element, records: list[DocumentRecord], kind: str) -> None:
    """One entry per name key; under it, per document, a link to each mention."""
    index = etree.SubElement(site, "index", kind=kind)
    entries: dict[str, etree._Element] = {}
    docs: dict[tuple[str, str], etree._Element] = {}
    for record in records:
        for mention in record.mentions:
            if mention.kind != kind:
                continue
            entry = entries.get(mention.key)
            if entry is None:
                entry = entries[mention.key] = etree.SubElement(
                    index, "entry", key=mention.key, label=mention.label
                )
            if mention.description and entry.find("description") is None:
                etree.SubElement(entry, "description").text = mention.description
            doc = docs.get((mention.key, record.slug))
            if doc is None:
                doc = docs[(mention.key, record.slug)] = etree.SubElement(
                    entry, "doc", title=record.title
                )
            etree.SubElement(
                doc, "mention", href=f"{record.href}#{mention.anchor}", text=mention.label
            )


def _conventions(site: etree._Element, records: list[DocumentRecord], profile: Any) -> None:
    conventions = etree.SubElement(site, "conventions")
    if profile is not None:
        element = etree.SubElement(
            conventions, "profile", name=str(profile.name), title=str(profile.title)
        )
        for convention in profile.conventions:
            etree.SubElement(element, "convention", {
                attribute: str(getattr(convention, attribute, "") or "")
                for attribute in ("name", "label", "description", "tei")
            })
    # Documents converted with one profile share one declaration: it is shown once.
    shared: dict[tuple[str, ...], list[DocumentRecord]] = {}
    for record in records:
        if record.editorial_decl:
            shared.setdefault(tuple(record.editorial_decl), []).append(record)
    for paragraphs, documents in shared.items():
        decl = etree.SubElement(conventions, "decl")
        for record in documents:
            etree.SubElement(decl, "doc", title=record.title, href=record.href)
        for text in paragraphs:
            etree.SubElement(decl, "p").text = text


def site_description(
    records: Iterable[DocumentRecord], *, title: str, profile: Any = None
) -> etree._ElementTree:
    ordered = sorted(records, key=lambda r: (r.when, r.title, r.slug))
    site = etree.Element("site", title=title)
    _documents(site, ordered)
    _index(site, ordered, "person")
    _index(site, ordered, "place")
    _conventions(site, ordered, profile)
    return etree.ElementTree(site)


def write_collection_pages(site_dir: Path, description: etree._ElementTree) -> list[Path]:
    transform = load_stylesheet(COLLECTION_XSL)

    def page(name: str, **parameters: str) -> Path:
        values = {key.replace("_", "-"): etree.XSLT.strparam(v) for key, v in parameters.items()}
        return paths.write(site_dir, name, str(transform(description, **values)))

    written = [page("index.html", page="documents", sort="date")]
    written += [
        page(f"index-by-{key}.html", page="documents", sort=key) for key in SORT_KEYS
    ]
    written.append(page("persons.html", page="person"))
    written.append(page("places.html", page="place"))
    written.append(page("conventions.html", page="conventions"))
    return written
