"""The build's memory, one SQLite file in the site folder (`.teikit-build.sqlite`).

Per source, one row: the content hash it was built from (and the signature of its files then,
so that an unchanged file is not read again), its verdict and messages, what the
collection pages show of it (its name mentions among it), whether it is published (a repeat
of another document's `xml:id` is not) and its search bundle. Values many rows share are
stored once: the editorial declaration (a profile writes the same one into every document it
converts), and names, dates, archives, languages, summaries and the words around a name
(`teikit.site.interned`); so 10,000 documents take about 2 MB. The collection pages are
produced by queries over these tables, page by page, so the build never holds the whole
collection in memory; `pages` keeps a digest of what each page was made from, so an
unchanged page is not made again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from teikit import __version__
from teikit.profiles import BUILT_IN
from teikit.render.mentions import Mention
from teikit.render.stylesheets import xslt_dir
from teikit.site.document import Outcome
from teikit.site.interned import SCHEMA as INTERNED_SCHEMA
from teikit.site.interned import TABLES as INTERNED_TABLES
from teikit.site.interned import Interned
from teikit.site.records import DocumentRecord

STATE_FILE = ".teikit-build.sqlite"
OLD_MANIFEST = ".teikit-build.json"  # what builds before the state database kept
SCHEMA_VERSION = "6"
HASH_BYTES = 8  # of a SHA-256: enough to tell one version of a source from another
# What the state knows of a source: its content hash, whether it is published, the signature
# of its files.
Known = tuple[bytes, int, bytes | None]

# A document's row as stored (`document_rows`: ids of interned strings, its name mentions
# packed in one JSON array of [name id, context id(, anchor)], messages compressed) and as
# read (the views `documents` and `mentions`: the strings themselves, a row per mention).
# Keyed by slug without a rowid, so that the slug is not stored a second time in an index.
_SCHEMA = INTERNED_SCHEMA + """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS decls (id INTEGER PRIMARY KEY, paragraphs TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS document_rows (
    slug TEXT PRIMARY KEY, hash BLOB NOT NULL, valid INTEGER,
    published INTEGER NOT NULL, title TEXT NOT NULL, date INTEGER NOT NULL,
    "when" INTEGER NOT NULL, archive INTEGER NOT NULL, repository INTEGER NOT NULL,
    language INTEGER NOT NULL, summary INTEGER NOT NULL, xml_id TEXT NOT NULL,
    kinds INTEGER NOT NULL, decl INTEGER REFERENCES decls, warnings BLOB, errors BLOB,
    frame BLOB, bundle INTEGER, mentions TEXT, stat BLOB
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pages (name TEXT PRIMARY KEY, digest BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS bundles (id INTEGER PRIMARY KEY, digest BLOB NOT NULL);
CREATE VIEW IF NOT EXISTS documents AS SELECT
    d.slug AS slug, d.hash AS hash, d.valid AS valid, d.published AS published,
    d.title AS title, (SELECT text FROM texts WHERE id = d.date) AS date,
    (SELECT text FROM texts WHERE id = d."when") AS "when",
    (SELECT text FROM texts WHERE id = d.archive) AS archive,
    (SELECT text FROM texts WHERE id = d.repository) AS repository,
    (SELECT text FROM texts WHERE id = d.language) AS language,
    (SELECT text FROM texts WHERE id = d.summary) AS summary, d.xml_id AS xml_id,
    (SELECT text FROM texts WHERE id = d.kinds) AS kinds, d.decl AS decl,
    d.warnings AS warnings, d.errors AS errors, d.frame AS frame, d.bundle AS bundle
    FROM document_rows d;
CREATE VIEW IF NOT EXISTS mentions AS SELECT
    d.slug AS slug, CAST(m.key AS INTEGER) AS position, n.kind AS kind, n.key AS key,
    n.label AS label, coalesce(json_extract(m.value, '$[2]'), 'm' || (m.key + 1)) AS anchor,
    n.description AS description,
    (SELECT text FROM texts WHERE id = json_extract(m.value, '$[1]')) AS context,
    n.sort_key AS sort_key, n.registered AS registered, d.published AS published
    FROM document_rows d, json_each(d.mentions) m
    CROSS JOIN names n ON n.id = json_extract(m.value, '$[0]');
"""
# CROSS JOIN keeps SQLite to this order: each mention, then its name by id. Left to choose,
# it took the names of the kind asked for first, then read a document's mentions once per
# name: a document of 4,000 mentions of 2,000 registered names took 4 s, of four times as
# many a minute.
# Every column of `document_rows` that holds the id of a text, and the mentions' ones.
_TEXT_REFERENCES = (
    *(f'SELECT "{column}" FROM document_rows'
      for column in ("date", "when", "archive", "repository", "language", "summary",
                     "kinds")),
    "SELECT json_extract(m.value, '$[1]') FROM document_rows, json_each(mentions) m",
)
_NAME_REFERENCES = "SELECT json_extract(m.value, '$[0]') FROM document_rows, json_each(mentions) m"
# The parts of the site's collection pages: the lists of documents (and the conventions
# page, which lists them too), and each index of names.
LISTS = "documents"
EVERY_PART = frozenset({LISTS, "person", "place", "org"})
# Documents in the order the site lists them by default (and pages them, previous/next).
IN_DATE_ORDER = 'ORDER BY "when", title, slug'


def toolkit_fingerprint(profile: str, edition_title: str = "") -> str:
    """Changes when teikit, its stylesheets or the profile change (a built-in profile's name,
    a project's profile file and what it says), or the edition's title, which every
    document page shows in its header: every page is then stale."""
    digest = hashlib.sha256(f"{__version__}\0{profile}\0{edition_title}\0".encode())
    if profile not in BUILT_IN:
        with contextlib.suppress(OSError):  # loading the profile reports it, with its path
            digest.update(Path(profile).read_bytes())
    folder = xslt_dir()
    for stylesheet in sorted(path for path in folder.rglob("*") if path.is_file()):
        name = stylesheet.relative_to(folder).as_posix()
        digest.update(name.encode() + b"\0" + stylesheet.read_bytes())
    return digest.hexdigest()[:16]


def message_lines(stored: bytes | None) -> list[str]:
    """A document's warnings or errors as stored (compressed JSON: each names the source's
    path, the same in every message)."""
    return json.loads(zlib.decompress(stored)) if stored else []


def _stored_lines(lines: list[str]) -> bytes | None:
    return zlib.compress(json.dumps(lines, ensure_ascii=False).encode()) if lines else None


class BuildState:
    """The state of one site folder; `fingerprint` is the toolkit's: when it changed since the
    last build, the state starts empty (every page is built again)."""

    def __init__(self, site_dir: Path, fingerprint: str) -> None:
        self.path = site_dir / STATE_FILE
        (site_dir / OLD_MANIFEST).unlink(missing_ok=True)
        self.db = self._open(fingerprint)
        self.interned = Interned(self.db)
        self._decls: dict[tuple[str, ...], int] = {}
        self._forgotten = False  # rows removed: strings only they used may be unused now
        self._rewritten = 0  # rows stored or updated by this build
        # The parts of the collection pages that what this build stored changes.
        self.changed: set[str] = set()
        # In a first build the state has no rows: a document stored has none to replace or
        # compare with (three queries a document spared, a third of the main process's time
        # per document).
        self._empty_at_start = self.db.execute(
            "SELECT 1 FROM document_rows LIMIT 1").fetchone() is None

    def _open(self, fingerprint: str) -> sqlite3.Connection:
        try:
            db = self._connect()
            known = dict(db.execute("SELECT name, value FROM meta"))
        except sqlite3.DatabaseError:  # not a database: it only costs a full rebuild
            self.path.unlink(missing_ok=True)
            db, known = self._connect(), {}
        if known.get("schema") != SCHEMA_VERSION:  # tables of another shape: made anew
            db.close()
            self.path.unlink()
            db, known = self._connect(), {}
        if known.get("fingerprint") != fingerprint:
            with db:
                for table in ("document_rows", "decls", "pages", "bundles", "meta",
                              *INTERNED_TABLES):
                    db.execute(f"DELETE FROM {table}")
                db.executemany("INSERT INTO meta VALUES (?, ?)",
                               [("schema", SCHEMA_VERSION), ("fingerprint", fingerprint)])
        return db

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None)
        db.execute("PRAGMA journal_mode = DELETE")
        db.executescript(_SCHEMA)
        return db

    def close(self) -> None:
        """Keep what is stored (each row describes pages already written)."""
        if self.db.in_transaction:
            self.db.execute("COMMIT")
        (free,) = self.db.execute("PRAGMA freelist_count").fetchone()
        (pages,) = self.db.execute("PRAGMA page_count").fetchone()
        if max(free, self._rewritten) > pages // 16:
            # Rows removed leave free pages; indexes filled in no order leave pages half
            # full: copied afresh, the file is about a tenth smaller (a few ms per MB). Not
            # after a few documents (an edit): little to gain, 10-30 ms at 10,000 documents.
            self.db.execute("VACUUM")
        self.db.close()

    # ----- sources

    def known(self) -> dict[str, Known]:
        """slug → the content hash it was built from, whether it is published, and the
        signature of its files when they were read (`teikit.site.scan`)."""
        return {slug: (content_hash, published, signature)
                for slug, content_hash, published, signature
                in self.db.execute("SELECT slug, hash, published, stat FROM document_rows")}

    def set_signatures(self, signatures: Iterable[tuple[str, bytes | None]]) -> None:
        """The signatures of the files of sources found unchanged by their content."""
        rows = [(signature, slug) for slug, signature in signatures]
        self.db.executemany("UPDATE document_rows SET stat = ? WHERE slug = ?", rows)
        self._rewritten += len(rows)

    @staticmethod
    def unchanged(slug: str, content_hash: bytes, known: dict[str, Known],
                  present: set[str]) -> bool:
        """Built from this content before, and its pages are there (or it is withheld);
        `present`: the names of the files in the site folder."""
        before = known.get(slug)
        if before is None or before[0] != content_hash:
            return False
        return not before[1] or (f"{slug}.html" in present and f"{slug}.xml" in present)

    def invalid_outcomes(self, slugs: Iterable[str]) -> Iterator[Outcome]:
        """The remembered verdicts of unchanged documents found invalid before."""
        invalid = {slug: (warnings, errors) for slug, warnings, errors in self.db.execute(
            "SELECT slug, warnings, errors FROM documents WHERE valid = 0")}
        for slug in slugs:
            if slug in invalid:
                warnings, errors = invalid[slug]
                yield Outcome(slug, self.record(slug), warnings=message_lines(warnings),
                              errors=message_lines(errors), valid=False)

    def begin(self) -> None:
        self.db.execute("BEGIN")

    def commit(self) -> None:
        self.db.execute("COMMIT")

    def store(self, content_hash: bytes, outcome: Outcome,
              signature: bytes | None = None) -> None:
        """A built document (its record) or a failed one (no row: it is not listed), with
        the signature of its files (`teikit.site.scan`); a build stores each source once.
        Notes which collection pages what changed appears on."""
        slug = outcome.slug
        self._rewritten += 1
        record = outcome.record
        if self._empty_at_start:
            if record is not None:
                self._insert(slug, content_hash, outcome, record, signature, (1, None))
                self.changed |= {LISTS, *(mention.kind for mention in record.mentions)}
            return
        before = self._shown(slug)
        kept = self.db.execute("SELECT published, bundle FROM document_rows WHERE slug = ?",
                               (slug,)).fetchone()
        self.forget(slug, noted=False)
        if record is not None:
            # A repeat withheld before stays so until the build decides again; a document
            # stays in its search bundle.
            self._insert(slug, content_hash, outcome, record, signature,
                         kept if kept is not None else (1, None))
        after = self._shown(slug)
        if after[0] != before[0]:  # its line in the lists: its name, date, title, …
            self.changed |= {LISTS, *(kind for kind, *_ in before[1] + after[1])}
        elif after[1] != before[1]:  # its mentions only
            self.changed |= {kind for kind, *_ in set(before[1]) ^ set(after[1])}

    def _insert(self, slug: str, content_hash: bytes, outcome: Outcome,
                record: DocumentRecord, signature: bytes | None,
                kept: tuple[int, int | None]) -> None:
        published, bundle = kept
        text = self.interned.text
        mentions = [
            [self.interned.name((m.kind, m.key, m.label, m.description, m.sort_key,
                                 int(m.registered))), text(m.context),
             *([] if m.anchor == f"m{position + 1}" else [m.anchor])]
            for position, m in enumerate(record.mentions)]
        self.db.execute(
            "INSERT INTO document_rows VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
            (slug, content_hash, None if outcome.valid is None else int(outcome.valid),
             published, record.title, text(record.date), text(record.when),
             text(record.archive), text(record.repository), text(record.language),
             text(record.summary), record.xml_id, text("\n".join(record.kinds)),
             self._decl(record.editorial_decl), _stored_lines(outcome.warnings),
             _stored_lines(outcome.errors), bundle,
             json.dumps(mentions, separators=(",", ":")) if mentions else None,
             signature))

    def _shown(self, slug: str) -> tuple[Any, list[tuple[Any, ...]]]:
        """What the collection pages show of a document: its row, its mentions."""
        row = self.db.execute(f"SELECT {self._columns}, published, decl FROM documents "
                              "WHERE slug = ?", (slug,)).fetchone()
        mentions = self.db.execute(
            "SELECT kind, key, label, anchor, description, context, sort_key, registered "
            "FROM mentions WHERE slug = ? ORDER BY position", (slug,)).fetchall()
        return row, mentions

    def _decl(self, paragraphs: list[str]) -> int | None:
        if not paragraphs:
            return None
        key = tuple(paragraphs)  # hashed where its JSON would be written, per document
        if key not in self._decls:
            text = json.dumps(paragraphs, ensure_ascii=False)
            self.db.execute("INSERT OR IGNORE INTO decls (paragraphs) VALUES (?)", (text,))
            (self._decls[key],) = self.db.execute(
                "SELECT id FROM decls WHERE paragraphs = ?", (text,)).fetchone()
        return self._decls[key]

    def forget(self, slug: str, *, noted: bool = True) -> None:
        if noted:
            self.changed |= EVERY_PART
        if self.db.execute("DELETE FROM document_rows WHERE slug = ?", (slug,)).rowcount:
            self._forgotten = True

    def drop_unused(self) -> None:
        """Forget the shared values (declarations, strings) no document uses any more."""
        if not self._forgotten:
            return
        self.db.execute("DELETE FROM decls WHERE id NOT IN "
                        "(SELECT decl FROM document_rows WHERE decl IS NOT NULL)")
        self._decls.clear()
        self.interned.drop_unused(_TEXT_REFERENCES, _NAME_REFERENCES)
        self._forgotten = False

    # ----- publication

    def identifiers(self) -> dict[str, str]:
        """slug → xml:id of every document that has one."""
        return dict(self.db.execute("SELECT slug, xml_id FROM documents WHERE xml_id != ''"))

    def publish_all_but(self, withheld: set[str]) -> list[str]:
        """Mark what is published; the slugs published now but withheld before."""
        before = {slug for (slug,) in self.db.execute(
            "SELECT slug FROM documents WHERE published = 0")}
        if before != withheld:
            self.changed |= EVERY_PART
        self.db.executemany("UPDATE document_rows SET published = 1 WHERE slug = ?",
                            [(slug,) for slug in before - withheld])
        self.db.executemany("UPDATE document_rows SET published = 0 WHERE slug = ?",
                            [(slug,) for slug in withheld - before])
        return sorted(before - withheld)

    def site_changed(self, key: str) -> None:
        """`key`: what every collection page shows alike (the edition, the page sizes…); when
        it differs from the last build's, every page is made again."""
        row = self.db.execute("SELECT value FROM meta WHERE name = 'site'").fetchone()
        if row is None or row[0] != key:
            self.changed |= EVERY_PART
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('site', ?)", (key,))

    _columns = ('slug, title, date, "when", archive, repository, language, summary, xml_id, '
                "kinds")

    def record(self, slug: str) -> DocumentRecord:
        """A document's record, with its mentions and its editorial declaration."""
        row = self.db.execute(
            f"SELECT {self._columns}, (SELECT paragraphs FROM decls WHERE id = decl) "
            "FROM documents WHERE slug = ?", (slug,)).fetchone()
        record = self._record(row[:-1])
        record.editorial_decl = json.loads(row[-1]) if row[-1] else []
        record.mentions = self.mentions(slug)
        return record

    @staticmethod
    def _record(row: tuple[Any, ...]) -> DocumentRecord:
        slug, *fields, kinds = row
        # The columns before `kinds` are the record's fields in order (see `_columns`).
        return DocumentRecord(slug, *fields,  # type: ignore[misc]
                              kinds=kinds.split("\n") if kinds else [])

    def mentions(self, slug: str) -> list[Mention]:
        return [Mention(kind, key, label, anchor, description, context, sort_key,
                        bool(registered))
                for kind, key, label, anchor, description, context, sort_key, registered
                in self.db.execute(
                    "SELECT kind, key, label, anchor, description, context, sort_key, "
                    "registered FROM mentions WHERE slug = ? ORDER BY position", (slug,))]

    def framing(self) -> Iterator[tuple[str, str, bytes | None]]:
        """The published documents in date order: slug, title (what a neighbour's pager
        shows) and the key of the frame its page has (None: not framed yet)."""
        self._frames_table()  # made before the query: a new table would abort it
        cursor = self.db.execute("SELECT slug, title, frame FROM documents "
                                 f"WHERE published = 1 {IN_DATE_ORDER}")
        while rows := cursor.fetchmany(1000):
            yield from rows

    def records(self, slugs: list[str]) -> list[DocumentRecord]:
        """The records of these documents, without mentions or editorial declaration."""
        marks = ", ".join("?" * len(slugs))
        return [self._record(row) for row in self.db.execute(
            f"SELECT {self._columns} FROM documents WHERE slug IN ({marks})", slugs)]

    def published_count(self) -> int:
        (count,) = self.db.execute(
            "SELECT count(*) FROM documents WHERE published = 1").fetchone()
        return int(count)

    # ----- search bundles

    def assign_bundles(self, in_input_order: list[str], size: int) -> None:
        """Give each document without a search bundle one: the first bundle with room, in
        the order the sources were given (not the order their builds finished), so two runs
        over the same sources make the same bundles. A document keeps its bundle after."""
        new = {slug for (slug,) in self.db.execute(
            "SELECT slug FROM document_rows WHERE bundle IS NULL")}
        if not new:
            return
        filled = dict(self.db.execute(
            "SELECT bundle, count(*) FROM document_rows WHERE bundle IS NOT NULL "
            "GROUP BY bundle"))
        bundle = 1
        for slug in (s for s in in_input_order if s in new):
            while filled.get(bundle, 0) >= size:
                bundle += 1
            self.db.execute("UPDATE document_rows SET bundle = ? WHERE slug = ?",
                            (bundle, slug))
            filled[bundle] = filled.get(bundle, 0) + 1

    def bundle_members(self) -> Iterator[tuple[int, list[tuple[str, bytes]]]]:
        """Each search bundle with its published documents (slug, content hash)."""
        rows = self.db.execute(
            "SELECT bundle, slug, hash FROM document_rows "
            "WHERE published = 1 AND bundle IS NOT NULL ORDER BY bundle, slug")
        for bundle, members in groupby(rows, key=itemgetter(0)):
            yield bundle, [(slug, content_hash) for _, slug, content_hash in members]

    def bundle_digests(self) -> dict[int, bytes]:
        return dict(self.db.execute("SELECT id, digest FROM bundles"))

    def set_bundle_digests(self, digests: dict[int, bytes]) -> None:
        """What each bundle's index was made from; bundles not named are gone."""
        self.db.execute("DELETE FROM bundles")
        self.db.executemany("INSERT INTO bundles VALUES (?, ?)", sorted(digests.items()))

    # ----- what each written file was made from

    def note_frame(self, slug: str, key: bytes) -> None:
        """The frame a page has now; kept aside while the documents are being read (a table
        is not changed under a query that reads it), saved by `save_frames`."""
        self._frames_table()
        self.db.execute("INSERT OR REPLACE INTO frames VALUES (?, ?)", (slug, key))

    def _frames_table(self) -> None:
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS frames "
                        "(slug TEXT PRIMARY KEY, frame BLOB)")

    def save_frames(self) -> None:
        self._frames_table()
        self.db.execute("UPDATE document_rows SET frame = (SELECT frame FROM temp.frames f "
                        "WHERE f.slug = document_rows.slug) "
                        "WHERE slug IN (SELECT slug FROM temp.frames)")
        self.db.execute("DELETE FROM temp.frames")

    def page_digests(self) -> dict[str, bytes]:
        return dict(self.db.execute("SELECT name, digest FROM pages"))

    def set_page_digest(self, name: str, digest: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?)", (name, digest))

    def forget_page(self, name: str) -> None:
        self.db.execute("DELETE FROM pages WHERE name = ?", (name,))
