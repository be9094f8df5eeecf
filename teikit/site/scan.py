"""Which sources a build has, and the hash of each, reading as few of them as it can.

A source whose files have the size, modification and change times and inode they had when
the last build read it has the content it had then: the build state keeps its hash and a
signature of those file facts (as git's index and make do), so a rebuild of 10,000 sources
reads only the ones edited. The others are read and hashed.

A file changed just before a build looked at it could change again within the same tick of
the file system's clock, its times unchanged: its signature is not kept (the next build
reads it again) unless it was last changed `SETTLED_SECONDS` before.

The same content given twice is published once: a repeat has the content, hence the size,
of a source read now or of one of the same size, which is read too. Two sources neither of
which changed were no repeats at the last build (a repeat has no row in the state), and are
none now.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from teikit.site.duplicates import drop_same_content
from teikit.site.sources import FileDigests, Source, discover
from teikit.site.state import HASH_BYTES, Known

SIGNATURE_BYTES = 8
# More than the coarsest clock of common file systems (FAT's: 2 s), and the lag of the
# kernel's coarse clock that stamps files behind the time read here.
SETTLED_SECONDS = 3


@dataclass
class Scan:
    """The sources to publish (a repeat of an earlier one's content left out), each with the
    hash of everything its build reads and the signature of its files (None: not settled,
    read again next time); a notice per repeat."""

    sources: list[Source] = field(default_factory=list)
    hashes: dict[str, bytes] = field(default_factory=dict)
    signatures: dict[str, bytes | None] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


def file_signature(source: Source, now_ns: int) -> tuple[bytes | None, int]:
    """The signature of a source's files as the file system describes them (None when one
    changed less than `SETTLED_SECONDS` before `now_ns`), and their size (as the content
    hash reads them: the same content, the same size)."""
    digest = hashlib.blake2b(digest_size=SIGNATURE_BYTES)
    size, newest = 0, 0
    for path in source.inputs():  # in a fixed order: source, meta, register
        facts = os.stat(path)
        digest.update(b"%d\0%d\0%d\0%d\1" % (facts.st_size, facts.st_mtime_ns,
                                               facts.st_ctime_ns, facts.st_ino))
        size += facts.st_size + 1
        newest = max(newest, facts.st_mtime_ns, facts.st_ctime_ns)
    settled = newest <= now_ns - SETTLED_SECONDS * 1_000_000_000
    return (digest.digest() if settled else None), size


def scan_sources(inputs: list[Path], salt: str, known: Mapping[str, Known]) -> Scan:
    """The sources under `inputs`; `known`: what the build state has of each source of the
    last build (its hash, its signature); `salt`: the toolkit's fingerprint, in each hash."""
    found = discover(inputs)
    now = time.time_ns()
    files = {source.slug: file_signature(source, now) for source in found}
    hashes: dict[str, bytes] = {}
    contents: dict[str, str] = {}  # slug → hash of what it says, for the sources read
    shared = FileDigests()
    for source in found:
        signature = files[source.slug][0]
        before = known.get(source.slug)
        if signature is not None and before is not None and before[2] == signature:
            hashes[source.slug] = before[0]
            continue
        content, build = source.digests(salt, shared)
        contents[source.slug] = content
        hashes[source.slug] = bytes.fromhex(build)[:HASH_BYTES]
    read_sizes = {files[slug][1] for slug in contents}
    for source in found:
        if source.slug not in contents and files[source.slug][1] in read_sizes:
            contents[source.slug] = source.digests(files=shared)[0]
    sources, notices = drop_same_content(found, contents)
    return Scan(sources, {s.slug: hashes[s.slug] for s in sources},
                {s.slug: files[s.slug][0] for s in sources}, notices)
