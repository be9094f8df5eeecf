"""The collection pages: documents (by year, and pre-sorted by each key), the persons, places
and organisations indexes, the editorial conventions, and the search page.

The build describes the site in a small XML document; `xslt/collection.xsl` turns it into
pages, so house style lives in XSLT and CSS for every page alike.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lxml import etree

from teikit.render.prepass import Mention
from teikit.render.stylesheets import load_stylesheet
from teikit.site import paths
from teikit.site.edition import Edition
from teikit.site.records import DocumentRecord

COLLECTION_XSL = "collection.xsl"
SORT_KEYS = ("date", "title", "archive", "language")
INDEX_PAGES = {"person": "persons.html", "place": "places.html", "org": "organisations.html"}


def _documents(site: etree._Element, records: list[DocumentRecord]) -> None:
    documents = etree.SubElement(site, "documents")
    for record in records:
        etree.SubElement(documents, "document", {
            "id": record.slug, "href": record.href, "tei-href": record.tei_href,
            "when": record.when, "year": record.year, "date": record.date,
            "title": record.title, "archive": record.archive, "language": record.language,
            "summary": record.summary, "kinds": "; ".join(record.kinds),
        })


def _fold(text: str) -> str:
    """A sort key that puts "Émile" with "E" and ignores case."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sort_key(mention: Mention) -> str:
    """Persons by surname (the register's, else the last word, else before a comma); places
    and organisations by their name."""
    label = mention.label.rstrip("?").strip()
    if mention.kind != "person":
        return _fold(label)
    if mention.sort_key:
        surname = mention.sort_key
    elif "," in label:
        surname = label.split(",", 1)[0]
    else:
        surname = label.split()[-1] if label.split() else label
    return _fold(f"{surname} {label}")


def _better_label(candidate: Mention, current: Mention) -> bool:
    """A register's name beats a mention's words; a mention in capitals ("BULGANIN") loses."""
    if candidate.registered != current.registered:
        return candidate.registered
    return current.label.isupper() and not candidate.label.isupper()


def _index(site: etree._Element, records: list[DocumentRecord], kind: str) -> None:
    """One entry per name key; under it, per document, each mention with its context. A
    register note is shown with the documents whose register gives it."""
    index = etree.SubElement(site, "index", kind=kind, href=INDEX_PAGES[kind])
    grouped: dict[str, tuple[Mention, dict[str, tuple[DocumentRecord, list[Mention]]]]] = {}
    for record in records:
        for mention in record.mentions:
            if mention.kind != kind:
                continue
            first, documents = grouped.setdefault(mention.key, (mention, {}))
            if _better_label(mention, first):
                grouped[mention.key] = (mention, documents)
            documents.setdefault(record.slug, (record, []))[1].append(mention)
    for key, (first, documents) in sorted(grouped.items(), key=lambda i: sort_key(i[1][0])):
        letter = sort_key(first)[:1].upper()
        entry = etree.SubElement(index, "entry", key=key, label=first.label,
                                 letter=letter if letter.isalpha() else "#")
        notes = {m.description for _, ms in documents.values() for m in ms if m.description}
        for record, mentions in documents.values():
            doc = etree.SubElement(entry, "doc", title=record.title, href=record.href,
                                   date=record.date, when=record.when)
            note = next((m.description for m in mentions if m.description), "")
            if note and len(notes) > 1:
                etree.SubElement(doc, "description").text = note
            for mention in mentions:
                etree.SubElement(doc, "mention", href=f"{record.href}#{mention.anchor}",
                                 text=mention.label, context=mention.context)
        if len(notes) == 1:
            description = etree.Element("description")
            description.text = notes.pop()
            entry.insert(0, description)


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
    records: Iterable[DocumentRecord],
    *,
    title: str = "Edition",
    profile: Any = None,
    edition: Edition | None = None,
    search: bool = False,
) -> etree._ElementTree:
    edition = edition or Edition(title=title)
    ordered = sorted(records, key=lambda r: (r.when, r.title, r.slug))
    site = etree.Element("site", title=edition.title, description=edition.description,
                         search="yes" if search else "no")
    _documents(site, ordered)
    for kind in INDEX_PAGES:
        _index(site, ordered, kind)
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
    written += [page(name, page=kind) for kind, name in INDEX_PAGES.items()]
    written.append(page("conventions.html", page="conventions"))
    written.append(page("search.html", page="search"))
    return written
