"""The build's memory, one SQLite file in the site folder (`.teikit-build.sqlite`).

Per source: the content hash it was built from, its verdict and messages, what the collection
pages show of it, and whether it is published (a repeat of another document's `xml:id` is
not). Per name mention: the row an index page lists. Values most documents share are stored
once: the editorial declaration (a profile writes the same one into every document it
converts). The collection pages are produced by queries over these tables, page by page, so
the build never holds the whole collection in memory; `pages` keeps a digest of what each
page was made from, so an unchanged page is not made again.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from teikit import __version__
from teikit.render.prepass import Mention
from teikit.render.stylesheets import xslt_dir
from teikit.site.document import Outcome
from teikit.site.records import DocumentRecord

STATE_FILE = ".teikit-build.sqlite"
OLD_MANIFEST = ".teikit-build.json"  # what builds before the state database kept
SCHEMA_VERSION = "2"
HASH_BYTES = 16  # of a SHA-256: enough to tell one version of a source from another

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS decls (id INTEGER PRIMARY KEY, paragraphs TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS documents (
    slug TEXT PRIMARY KEY, hash BLOB NOT NULL, valid INTEGER, published INTEGER NOT NULL,
    title TEXT NOT NULL, date TEXT NOT NULL, "when" TEXT NOT NULL, archive TEXT NOT NULL,
    repository TEXT NOT NULL, language TEXT NOT NULL, summary TEXT NOT NULL,
    xml_id TEXT NOT NULL, kinds TEXT NOT NULL, decl INTEGER REFERENCES decls,
    warnings TEXT, errors TEXT, frame BLOB, bundle INTEGER
);
CREATE TABLE IF NOT EXISTS mentions (
    slug TEXT NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
    label TEXT NOT NULL, anchor TEXT NOT NULL, description TEXT NOT NULL,
    context TEXT NOT NULL, sort_key TEXT NOT NULL, registered INTEGER NOT NULL,
    PRIMARY KEY (slug, position)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_by_name ON mentions (kind, key);
CREATE TABLE IF NOT EXISTS pages (name TEXT PRIMARY KEY, digest BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS bundles (id INTEGER PRIMARY KEY, digest BLOB NOT NULL);
"""
_RECORD_COLUMNS = ("title", "date", "when", "archive", "repository", "language", "summary",
                   "xml_id")
# The parts of the site's collection pages: the lists of documents (and the conventions
# page, which lists them too), and each index of names.
LISTS = "documents"
EVERY_PART = frozenset({LISTS, "person", "place", "org"})
# Documents in the order the site lists them by default (and pages them, previous/next).
IN_DATE_ORDER = 'ORDER BY "when", title, slug'


def toolkit_fingerprint(profile: str) -> str:
    """Changes when teikit, its stylesheets or the profile change: every page is then stale."""
    digest = hashlib.sha256(f"{__version__}\0{profile}\0".encode())
    folder = xslt_dir()
    for stylesheet in sorted(path for path in folder.rglob("*") if path.is_file()):
        name = stylesheet.relative_to(folder).as_posix()
        digest.update(name.encode() + b"\0" + stylesheet.read_bytes())
    return digest.hexdigest()[:16]


def _lines(text: str | None) -> list[str]:
    return json.loads(text) if text else []


def _json_or_null(lines: list[str]) -> str | None:
    return json.dumps(lines, ensure_ascii=False) if lines else None


class BuildState:
    """The state of one site folder; `fingerprint` is the toolkit's: when it changed since the
    last build, the state starts empty (every page is built again)."""

    def __init__(self, site_dir: Path, fingerprint: str) -> None:
        self.path = site_dir / STATE_FILE
        (site_dir / OLD_MANIFEST).unlink(missing_ok=True)
        self.db = self._open(fingerprint)
        self._decls: dict[str, int] = {}
        # The parts of the collection pages that what this build stored changes.
        self.changed: set[str] = set()

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
                for table in ("documents", "mentions", "decls", "pages", "bundles", "meta"):
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
        (used,) = self.db.execute("PRAGMA page_count").fetchone()
        if free * 4 > used:  # rebuilt documents leave free pages behind
            self.db.execute("VACUUM")
        self.db.close()

    # ----- sources

    def known(self) -> dict[str, tuple[bytes, int]]:
        """slug → the content hash it was built from, and whether it is published."""
        return {slug: (content_hash, published) for slug, content_hash, published
                in self.db.execute("SELECT slug, hash, published FROM documents")}

    @staticmethod
    def unchanged(slug: str, content_hash: bytes, known: dict[str, tuple[bytes, int]],
                  present: set[str]) -> bool:
        """Built from this content before, and its pages are there (or it is withheld);
        `present`: the names of the files in the site folder."""
        before = known.get(slug)
        if before is None or before[0] != content_hash:
            return False
        return not before[1] or (f"{slug}.html" in present and f"{slug}.xml" in present)

    def invalid_outcomes(self, slugs: Iterable[str]) -> Iterator[Outcome]:
        """The remembered verdicts of unchanged documents found invalid before."""
        for slug in slugs:
            row = self.db.execute("SELECT warnings, errors FROM documents "
                                  "WHERE slug = ? AND valid = 0", (slug,)).fetchone()
            if row is not None:
                yield Outcome(slug, self.record(slug), warnings=_lines(row[0]),
                              errors=_lines(row[1]), valid=False)

    def begin(self) -> None:
        self.db.execute("BEGIN")

    def commit(self) -> None:
        self.db.execute("COMMIT")

    def store(self, content_hash: bytes, outcome: Outcome) -> None:
        """A built document (its record) or a failed one (no row: it is not listed). Notes
        which collection pages what changed appears on."""
        slug = outcome.slug
        before = self._shown(slug)
        kept = self.db.execute("SELECT published, bundle FROM documents WHERE slug = ?",
                               (slug,)).fetchone()
        self.forget(slug, noted=False)
        record = outcome.record
        if record is not None:
            # A repeat withheld before stays so until the build decides again; a document
            # stays in its search bundle.
            published, bundle = kept if kept is not None else (1, None)
            self.db.execute(
                "INSERT INTO documents VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                (slug, content_hash, None if outcome.valid is None else int(outcome.valid),
                 published,
                 *(getattr(record, column) for column in _RECORD_COLUMNS),
                 "\n".join(record.kinds), self._decl(record.editorial_decl),
                 _json_or_null(outcome.warnings), _json_or_null(outcome.errors), bundle))
            self.db.executemany(
                "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(slug, position, m.kind, m.key, m.label, m.anchor, m.description,
                  m.context, m.sort_key, int(m.registered))
                 for position, m in enumerate(record.mentions)])
        after = self._shown(slug)
        if after[0] != before[0]:  # its line in the lists: its name, date, title, …
            self.changed |= {LISTS, *(kind for kind, *_ in before[1] + after[1])}
        elif after[1] != before[1]:  # its mentions only
            self.changed |= {kind for kind, *_ in set(before[1]) ^ set(after[1])}

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
        text = json.dumps(paragraphs, ensure_ascii=False)
        if text not in self._decls:
            self.db.execute("INSERT OR IGNORE INTO decls (paragraphs) VALUES (?)", (text,))
            (self._decls[text],) = self.db.execute(
                "SELECT id FROM decls WHERE paragraphs = ?", (text,)).fetchone()
        return self._decls[text]

    def forget(self, slug: str, *, noted: bool = True) -> None:
        if noted:
            self.changed |= EVERY_PART
        self.db.execute("DELETE FROM documents WHERE slug = ?", (slug,))
        self.db.execute("DELETE FROM mentions WHERE slug = ?", (slug,))

    def drop_unused_decls(self) -> None:
        self.db.execute("DELETE FROM decls WHERE id NOT IN "
                        "(SELECT decl FROM documents WHERE decl IS NOT NULL)")
        self._decls.clear()

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
        self.db.executemany("UPDATE documents SET published = 1 WHERE slug = ?",
                            [(slug,) for slug in before - withheld])
        self.db.executemany("UPDATE documents SET published = 0 WHERE slug = ?",
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
        return DocumentRecord(slug, *fields, kinds=kinds.split("\n") if kinds else [])

    def mentions(self, slug: str) -> list[Mention]:
        return [Mention(kind, key, label, anchor, description, context, sort_key,
                        bool(registered))
                for kind, key, label, anchor, description, context, sort_key, registered
                in self.db.execute(
                    "SELECT kind, key, label, anchor, description, context, sort_key, "
                    "registered FROM mentions WHERE slug = ? ORDER BY position", (slug,))]

    def framing(self) -> Iterator[tuple[DocumentRecord, bytes | None]]:
        """The published documents in date order, each with the key of the frame its page
        has (None: not framed yet)."""
        cursor = self.db.execute(f"SELECT {self._columns}, frame FROM documents "
                                 f"WHERE published = 1 {IN_DATE_ORDER}")
        for *row, frame in cursor:
            yield self._record(tuple(row)), frame

    def published_count(self) -> int:
        (count,) = self.db.execute(
            "SELECT count(*) FROM documents WHERE published = 1").fetchone()
        return int(count)

    def person_labels(self, slug: str) -> list[str]:
        """The persons a document names, each once, in the order it names them first."""
        labels = (label for (label,) in self.db.execute(
            "SELECT label FROM mentions WHERE slug = ? AND kind = 'person' ORDER BY position",
            (slug,)))
        return list(dict.fromkeys(labels))

    # ----- search bundles

    def assign_bundles(self, in_input_order: list[str], size: int) -> None:
        """Give each document without a search bundle one: the first bundle with room, in
        the order the sources were given (not the order their builds finished), so two runs
        over the same sources make the same bundles. A document keeps its bundle after."""
        new = {slug for (slug,) in self.db.execute(
            "SELECT slug FROM documents WHERE bundle IS NULL")}
        if not new:
            return
        filled = dict(self.db.execute(
            "SELECT bundle, count(*) FROM documents WHERE bundle IS NOT NULL GROUP BY bundle"))
        bundle = 1
        for slug in (s for s in in_input_order if s in new):
            while filled.get(bundle, 0) >= size:
                bundle += 1
            self.db.execute("UPDATE documents SET bundle = ? WHERE slug = ?", (bundle, slug))
            filled[bundle] = filled.get(bundle, 0) + 1

    def bundle_members(self) -> Iterator[tuple[int, list[tuple[str, bytes]]]]:
        """Each search bundle with its published documents (slug, content hash)."""
        members: list[tuple[str, bytes]] = []
        current = None
        for bundle, slug, content_hash in self.db.execute(
                "SELECT bundle, slug, hash FROM documents "
                "WHERE published = 1 AND bundle IS NOT NULL ORDER BY bundle, slug"):
            if bundle != current and members:
                yield current, members  # type: ignore[misc]
                members = []
            current = bundle
            members.append((slug, content_hash))
        if members:
            yield current, members  # type: ignore[misc]

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
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS frames "
                        "(slug TEXT PRIMARY KEY, frame BLOB)")
        self.db.execute("INSERT OR REPLACE INTO frames VALUES (?, ?)", (slug, key))

    def save_frames(self) -> None:
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS frames "
                        "(slug TEXT PRIMARY KEY, frame BLOB)")
        self.db.execute("UPDATE documents SET frame = (SELECT frame FROM temp.frames f "
                        "WHERE f.slug = documents.slug) "
                        "WHERE slug IN (SELECT slug FROM temp.frames)")
        self.db.execute("DELETE FROM temp.frames")

    def page_digests(self) -> dict[str, bytes]:
        return dict(self.db.execute("SELECT name, digest FROM pages"))

    def set_page_digest(self, name: str, digest: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?)", (name, digest))

    def forget_page(self, name: str) -> None:
        self.db.execute("DELETE FROM pages WHERE name = ?", (name,))
