"""Finding an edition site's sources: edition folders, loose transcriptions, TEI files.

An edition folder holds a source (`source.txt`, or `source.docx`: any suffix the reader table
knows), with optional `meta.toml` and `register.csv` beside it, or only a finished
`edition.xml`. Loose files with a reader's suffix (`.txt`, `.md`, `.docx`) are transcriptions,
read with the `meta.toml` and `register.csv` of their folder when it has them (as `teikit
convert` reads them), so that an edit of either rebuilds them; loose `.xml` files are TEI
documents published as they are.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from teikit.errors import InputError, Location
from teikit.readers.registry import source_suffixes
from teikit.render.urls import safe_id
from teikit.site.schema_inputs import SchemaInputs

SOURCE_TXT, META, REGISTER, EDITION_XML = "source.txt", "meta.toml", "register.csv", "edition.xml"


@dataclass(frozen=True)
class Source:
    """A document to publish: its file (a transcription or TEI), its page's slug, and the
    sidecar files read with it."""

    kind: Literal["text", "tei"]
    path: Path
    slug: str  # the page's file name: sanitised, unique in the site
    meta: Path | None = None
    register: Path | None = None
    schemas: tuple[Path, ...] = ()  # a TEI file's local schemas (`schema_inputs`)

    def inputs(self) -> list[Path]:
        return [p for p in (self.path, self.meta, self.register, *self.schemas)
                if p is not None]

    def digests(self, salt: str = "", files: FileDigests | None = None) -> tuple[str, str]:
        """Two hashes from one reading of the inputs: of what they say (the same document
        given twice), and of everything the conversion reads, with `salt` (the toolkit).
        The files read with the source (`files`: the scan's, which reads each once) count by
        their own hash."""
        files = files or FileDigests()
        content, build = hashlib.sha256(), hashlib.sha256(salt.encode())
        data = self.path.read_bytes()
        content.update(data + b"\0")
        build.update(self.path.name.encode() + b"\0" + data + b"\0")
        for path in self.inputs()[1:]:
            digest = files(path)
            content.update(digest)
            build.update(path.name.encode() + b"\0" + digest)
        return content.hexdigest(), build.hexdigest()


class FileDigests:
    """The hash of each file read with the sources of one scan, read once however many
    sources read it: a folder's `register.csv` beside thousands of transcriptions, the
    schema thousands of TEI files name."""

    def __init__(self) -> None:
        self._known: dict[Path, bytes] = {}

    def __call__(self, path: Path) -> bytes:
        digest = self._known.get(path)
        if digest is None:
            digest = self._known[path] = hashlib.sha256(path.read_bytes()).digest()
        return digest


def _edition_source(folder: Path) -> Path | None:
    """`source.txt` first, then a source with another reader's suffix (`source.docx`)."""
    for suffix in [".txt", *sorted(source_suffixes() - {".txt"})]:
        candidate = folder / f"source{suffix}"
        if candidate.is_file():
            return candidate
    return None


def _edition_folder(folder: Path, schemas: SchemaInputs) -> Source | None:
    source = _edition_source(folder)
    if source is not None:
        meta, register = folder / META, folder / REGISTER
        return Source(
            "text", source, safe_id(folder.name),
            meta if meta.is_file() else None, register if register.is_file() else None,
        )
    edition = folder / EDITION_XML
    if edition.is_file():
        return Source("tei", edition, safe_id(folder.name),
                      schemas=schemas.of_document(edition))
    return None


def _loose_file(path: Path, schemas: SchemaInputs, suffixes: frozenset[str] | None = None,
                sidecars: tuple[Path | None, Path | None] | None = None) -> Source | None:
    """`sidecars`: the `meta.toml` and `register.csv` of the file's folder, when the folder
    was listed already (else they are looked for)."""
    if path.suffix.lower() in (suffixes or source_suffixes()):
        meta, register = sidecars or _sidecars(path.parent)
        return Source("text", path, safe_id(path.stem), meta, register)
    if path.suffix == ".xml":
        return Source("tei", path, safe_id(path.stem), schemas=schemas.of_document(path))
    return None


def discover(inputs: list[Path]) -> list[Source]:
    """Every source under the inputs, with unique slugs (a clash gets -2, -3, …)."""
    found: list[Source] = []
    schemas = SchemaInputs()
    for given in inputs:
        if not given.exists():
            raise InputError("no such file or folder", Location(str(given)))
        if given.is_file():
            candidates = [_loose_file(given, schemas)]
        elif _edition_source(given) is not None or (given / EDITION_XML).is_file():
            candidates = [_edition_folder(given, schemas)]
        else:
            # A folder of thousands: its entries' types come with the listing (no stat each),
            # and they sort by name as the paths would.
            suffixes = frozenset(source_suffixes())
            with os.scandir(given) as listing:
                entries = sorted((e for e in listing if not e.name.startswith(".")),
                                 key=lambda e: e.name)
            sidecars = _sidecars(given, {entry.name for entry in entries if entry.is_file()})
            candidates = [
                _edition_folder(given / entry.name, schemas) if entry.is_dir()
                else _loose_file(given / entry.name, schemas, suffixes, sidecars)
                for entry in entries
            ]
        found.extend(c for c in candidates if c is not None)
    return _unique_slugs(found)


def _sidecars(folder: Path, files: set[str] | None = None) -> tuple[Path | None, Path | None]:
    """The `meta.toml` and `register.csv` in `folder` (`files`: the names of its files, when
    listed already)."""
    def present(name: str) -> Path | None:
        path = folder / name
        found = name in files if files is not None else path.is_file()
        return path if found else None

    return present(META), present(REGISTER)


def _unique_slugs(sources: list[Source]) -> list[Source]:
    seen: dict[str, int] = {}
    unique: list[Source] = []
    for source in sources:
        count = seen.get(source.slug, 0) + 1
        seen[source.slug] = count
        unique.append(source if count == 1 else replace(source, slug=f"{source.slug}-{count}"))
    return unique
