"""The collection pages: documents (by year, and pre-sorted by each key), the persons, places
and organisations indexes, the editorial conventions, and the search page.

Each page is described in a small XML document made by queries over the build state, one page
at a time; `xslt/collection.xsl` turns it into HTML, so house style lives in XSLT and CSS for
every page alike. A long list is cut into pages (`index.html`, `index-2.html`, …;
`persons.html`, `persons-2.html`, …) so that no page, and no description in memory, grows with
the collection.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from teikit.render.mentions import Mention
from teikit.site.edition import Edition
from teikit.site.state import EVERY_PART, IN_DATE_ORDER, LISTS, BuildState

SORT_KEYS = ("date", "title", "archive", "language")
INDEX_PAGES = {"person": "persons.html", "place": "places.html", "org": "organisations.html"}
DOCUMENTS_PER_PAGE = 500
MENTIONS_PER_PAGE = 1000
DOCUMENTS_PER_DECL = 500  # listed under an editorial declaration; the rest are counted

_SORT_ORDER = {
    "date": IN_DATE_ORDER,
    **{key: f'ORDER BY {key}, "when", title, slug' for key in SORT_KEYS if key != "date"},
}


@dataclass
class Page:
    """One collection page to write: its file name, the stylesheet's parameters, the rows it
    shows (what its digest is taken of) and how to describe it for the stylesheet; the
    description is made only when the page has to be written."""

    name: str
    parameters: dict[str, str]
    rows: list[tuple[Any, ...]]
    describe: Callable[[], etree._ElementTree]

    def digest(self) -> bytes:
        digest = hashlib.sha256(self.name.encode())
        for key, value in sorted(self.parameters.items()):
            digest.update(f"\0{key}={value}".encode())
        for row in self.rows:
            digest.update("\x1f".join(map(str, row)).encode() + b"\x1e")
        return digest.digest()[:16]


def page_name(first: str, number: int) -> str:
    """`index.html`, `index-2.html`, …"""
    return first if number == 1 else first.replace(".html", f"-{number}.html")


def _site(edition: Edition, search: bool) -> etree._Element:
    return etree.Element("site", title=edition.title, description=edition.description,
                         search="yes" if search else "no")


def _page_links(site: etree._Element, first: str, count: int, current: int) -> None:
    if count <= 1:
        return
    pages = etree.SubElement(site, "pages")
    for number in range(1, count + 1):
        etree.SubElement(pages, "page", href=page_name(first, number), number=str(number),
                         current="yes" if number == current else "no")


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ----- documents


_DOCUMENT_COLUMNS = ("slug", "when", "date", "title", "archive", "language", "summary", "kinds")


def document_pages(state: BuildState, edition: Edition, search: bool,
                   per_page: int = DOCUMENTS_PER_PAGE) -> Iterator[Page]:
    """The document list in each order: `index.html` (by date, and the same list again as
    `index-by-date.html`, the name its sort link gives), `index-by-title.html`, …"""
    total = state.published_count()
    count = max(1, -(-total // per_page))
    lists = [("index.html", "date"), *((f"index-by-{key}.html", key) for key in SORT_KEYS)]
    columns = ", ".join(f'"{column}"' for column in _DOCUMENT_COLUMNS)
    for first, sort in lists:
        cursor = state.db.execute(
            f"SELECT {columns} FROM documents WHERE published = 1 {_SORT_ORDER[sort]}")
        chunks = _chunks(_stream(cursor), per_page) if total else iter([[]])
        for number, chunk in enumerate(chunks, start=1):
            yield Page(page_name(first, number), {"page": "documents", "sort": sort},
                       [(edition.title, edition.description, search, total, count), *chunk],
                       _documents_description(edition, search, total, first, count, number,
                                              chunk))


def _documents_description(edition: Edition, search: bool, total: int, first: str,
                           count: int, number: int, rows: list[tuple[Any, ...]],
                           ) -> Callable[[], etree._ElementTree]:
    def describe() -> etree._ElementTree:
        site = _site(edition, search)
        documents = etree.SubElement(site, "documents", total=str(total))
        for slug, when, date, title, archive, language, summary, kinds in rows:
            etree.SubElement(documents, "document", {
                "id": slug, "href": f"{slug}.html", "tei-href": f"{slug}.xml",
                "when": when, "year": when[:4] if when[:4].isdigit() else "", "date": date,
                "title": title, "archive": archive, "language": language,
                "summary": summary, "kinds": "; ".join(kinds.split("\n") if kinds else []),
            })
        _page_links(site, first, count, number)
        return etree.ElementTree(site)

    return describe


# ----- persons, places, organisations


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


def _index_mentions(state: BuildState, kind: str) -> None:
    """Fill the temporary table `index_mentions`: the mentions of one kind of name in the
    published documents, each with its document's title and dates, found by name key (the
    state keeps a document's mentions together, not by name)."""
    db = state.db
    db.execute("DROP TABLE IF EXISTS temp.index_mentions")
    db.execute(
        "CREATE TEMP TABLE index_mentions AS SELECT m.key AS key, m.label AS label, "
        "m.anchor AS anchor, m.context AS context, m.description AS description, "
        "m.sort_key AS sort_key, m.registered AS registered, m.position AS position, "
        'd.slug AS slug, d.title AS title, d.date AS date, d."when" AS "when" '
        "FROM mentions m JOIN documents d ON d.slug = m.slug "
        "WHERE m.kind = ? AND m.published = 1", (kind,))
    db.execute("CREATE INDEX temp.index_mentions_by_key ON index_mentions (key)")


def _entries(state: BuildState, kind: str) -> None:
    """Fill the temporary table `entries` from `index_mentions`: per name key, the label
    shown, where it sorts, its initial, and its register note when the documents agree on
    one."""
    db = state.db
    db.execute("DROP TABLE IF EXISTS temp.entries")
    db.execute("CREATE TEMP TABLE entries (key TEXT PRIMARY KEY, label TEXT, sort TEXT, "
               "letter TEXT, note TEXT, many_notes INTEGER)")
    rows = db.execute(
        "SELECT key, label, anchor, sort_key, registered, description FROM index_mentions "
        'ORDER BY key, "when", title, slug, position')
    key, chosen = None, None
    notes: set[str] = set()

    def flush() -> None:
        if chosen is None:
            return
        order = sort_key(chosen)
        letter = order[:1].upper()
        single = next(iter(notes)) if len(notes) == 1 else ""
        db.execute("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?)",
                   (key, chosen.label, order, letter if letter.isalpha() else "#", single,
                    int(len(notes) > 1)))

    for name_key, label, anchor, surname, registered, description in _stream(rows):
        mention = Mention(kind, name_key, label, anchor, description, "", surname,
                          bool(registered))
        if name_key != key:
            flush()
            key, chosen, notes = name_key, mention, set()
        elif _better_label(mention, chosen):  # type: ignore[arg-type]
            chosen = mention
        if description:
            notes.add(description)
    flush()


def _stream(cursor: Any) -> Iterator[tuple[Any, ...]]:
    while rows := cursor.fetchmany(1000):
        yield from rows


def index_pages(state: BuildState, kind: str, edition: Edition, search: bool,
                per_page: int = MENTIONS_PER_PAGE) -> Iterator[Page]:
    """The index of one kind of name, cut between documents every `per_page` mentions; an
    entry cut in two goes on, under its name again, on the next page."""
    _index_mentions(state, kind)
    _entries(state, kind)
    # Two passes over the same query: where the pages are cut (and so where each letter
    # starts), then the pages themselves, each holding only its own rows.
    cuts, letters = _cuts(state, kind, per_page)
    first = INDEX_PAGES[kind]
    rows = _stream(state.db.execute(_INDEX_ROWS))
    for number, size in enumerate(cuts or [0], start=1):
        taken: list[tuple[Any, ...]] = []
        for row in rows if size else ():
            taken.append(row)
            if len(taken) == size:
                break
        heading = (edition.title, edition.description, search, len(cuts),
                   *sorted(letters.items()))
        yield Page(page_name(first, number), {"page": kind}, [heading, *taken],
                   _index_description(edition, search, kind, first, number, len(cuts),
                                      taken, letters))


# Every mention of one kind of name, in the order of the index: by entry, then by document.
_IN_INDEX_ORDER = (
    "FROM entries e JOIN index_mentions m ON m.key = e.key "
    'ORDER BY e.sort, e.key, m."when", m.title, m.slug, m.position'
)
_INDEX_ROWS = (
    "SELECT e.key, e.label, e.letter, e.note, e.many_notes, m.slug, m.title, m.date, "
    f'm."when", m.label, m.anchor, m.context, m.description {_IN_INDEX_ORDER}'
)


def _cuts(state: BuildState, kind: str, per_page: int) -> tuple[list[int], dict[str, int]]:
    """The number of rows of each page (cut only between two documents) and the page on which
    each initial letter starts."""
    cuts: list[int] = []
    letters: dict[str, int] = {}
    size, previous = 0, None
    for key, letter, slug in _stream(state.db.execute(
            f"SELECT e.key, e.letter, m.slug {_IN_INDEX_ORDER}")):
        if size >= per_page and (key, slug) != previous:
            cuts.append(size)
            size = 0
        letters.setdefault(letter, len(cuts) + 1)
        size += 1
        previous = (key, slug)
    if size:
        cuts.append(size)
    return cuts, letters


def _index_description(edition: Edition, search: bool, kind: str, first: str, number: int,
                       count: int, rows: list[tuple[Any, ...]], letters: dict[str, int],
                       ) -> Callable[[], etree._ElementTree]:
    def describe() -> etree._ElementTree:
        site = _site(edition, search)
        index = etree.SubElement(site, "index", kind=kind, href=first)
        for letter, on_page in letters.items():
            anchor = f"#letter-{letter}"
            etree.SubElement(index, "letter", name=letter, href=anchor if on_page == number
                             else page_name(first, on_page) + anchor)
        entry = doc = None
        noted = False
        for (key, label, letter, note, many_notes, slug, title, date, when, text, anchor,
             context, description) in rows:
            if entry is None or entry.get("key") != key:
                entry = etree.SubElement(index, "entry", key=key, label=label, letter=letter)
                if note:
                    etree.SubElement(entry, "description").text = note
                doc = None
            if doc is None or doc.get("href") != f"{slug}.html":
                doc = etree.SubElement(entry, "doc", title=title, href=f"{slug}.html",
                                       date=date, when=when)
                noted = False
            if many_notes and description and not noted:  # the document's own note
                etree.SubElement(doc, "description").text = description
                noted = True
            etree.SubElement(doc, "mention", href=f"{slug}.html#{anchor}", text=text,
                             context=context)
        _page_links(site, first, count, number)
        return etree.ElementTree(site)

    return describe


# ----- conventions and search


def conventions_page(state: BuildState, profile: Callable[[], Any], profile_name: str,
                     edition: Edition, search: bool, listed: int = DOCUMENTS_PER_DECL) -> Page:
    """The profile's conventions and the documents' editorial declarations. Documents
    converted with one profile share one declaration: it is shown once, in the order of the
    first document (by date) that has it. `profile` loads the profile, only when the page
    is written."""
    rows: list[tuple[Any, ...]] = [(edition.title, edition.description, search, profile_name)]
    declarations = state.db.execute(
        "SELECT decl, paragraphs, count(*) FROM documents JOIN decls ON decls.id = decl "
        "WHERE published = 1 GROUP BY decl "
        'ORDER BY min("when" || char(0) || title || char(0) || slug)').fetchall()
    for decl_id, paragraphs, total in declarations:
        rows.append(("decl", paragraphs, total))
        rows += state.db.execute(
            "SELECT title, slug FROM documents WHERE published = 1 AND decl = ? "
            f"{IN_DATE_ORDER} LIMIT ?", (decl_id, listed)).fetchall()

    def describe() -> etree._ElementTree:
        site = _site(edition, search)
        conventions = etree.SubElement(site, "conventions")
        loaded = profile()
        if loaded is not None:
            element = etree.SubElement(
                conventions, "profile", name=str(loaded.name), title=str(loaded.title))
            for convention in loaded.conventions:
                etree.SubElement(element, "convention", {
                    attribute: str(getattr(convention, attribute, "") or "")
                    for attribute in ("name", "label", "description", "tei")
                })
        decl = None
        for row in rows[1:]:
            if row[0] == "decl":
                decl = etree.SubElement(conventions, "decl", total=str(row[2]))
                for text in json.loads(row[1]):
                    etree.SubElement(decl, "p").text = text
            else:
                title, slug = row
                etree.SubElement(decl, "doc", title=title, href=f"{slug}.html")
        return etree.ElementTree(site)

    return Page("conventions.html", {"page": "conventions"}, rows, describe)


def search_page(edition: Edition, search: bool) -> Page:
    return Page("search.html", {"page": "search"},
                [(edition.title, edition.description, search)],
                lambda: etree.ElementTree(_site(edition, search)))


def part_of(name: str) -> str:
    """The part of the collection pages a page belongs to (`LISTS`, or a kind of name)."""
    for kind, first in INDEX_PAGES.items():
        stem = first.removesuffix(".html")
        if name == first or name.startswith(f"{stem}-"):
            return kind
    return LISTS


def collection_pages(state: BuildState, edition: Edition, *, parts: Iterable[str] = EVERY_PART,
                     profile: Callable[[], Any] = lambda: None, profile_name: str = "",
                     search: bool = False, documents_per_page: int = DOCUMENTS_PER_PAGE,
                     mentions_per_page: int = MENTIONS_PER_PAGE) -> Iterator[Page]:
    """The collection pages of the given parts, one at a time."""
    parts = set(parts)
    if LISTS in parts:
        yield from document_pages(state, edition, search, documents_per_page)
        yield conventions_page(state, profile, profile_name, edition, search)
        yield search_page(edition, search)
    for kind in INDEX_PAGES:
        if kind in parts:
            yield from index_pages(state, kind, edition, search, mentions_per_page)
