"""The build's memory: per source, the content hash it was built from and its record."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from teikit import __version__
from teikit.render.stylesheets import xslt_dir
from teikit.site import paths
from teikit.site.records import DocumentRecord

MANIFEST = ".teikit-build.json"


def toolkit_fingerprint(profile: str) -> str:
    """Changes when teikit, its stylesheets or the profile change: every page is then stale."""
    digest = hashlib.sha256(f"{__version__}\0{profile}\0".encode())
    folder = xslt_dir()
    for stylesheet in sorted(path for path in folder.rglob("*") if path.is_file()):
        name = stylesheet.relative_to(folder).as_posix()
        digest.update(name.encode() + b"\0" + stylesheet.read_bytes())
    return digest.hexdigest()[:16]


def load(site_dir: Path) -> dict[str, dict[str, Any]]:
    path = site_dir / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # an unreadable manifest only costs a full rebuild
    return data if isinstance(data, dict) else {}


def save(site_dir: Path, entries: dict[str, dict[str, Any]]) -> None:
    paths.write(site_dir, MANIFEST, json.dumps(entries, indent=1, sort_keys=True))


def entry(content_hash: str, record: DocumentRecord) -> dict[str, Any]:
    return {"hash": content_hash, "record": record.to_json()}


def cached_record(
    entries: dict[str, dict[str, Any]], slug: str, content_hash: str, site_dir: Path
) -> DocumentRecord | None:
    """The record of an unchanged source whose outputs are still there, else None."""
    known = entries.get(slug)
    if not known or known.get("hash") != content_hash:
        return None
    if not all((site_dir / f"{slug}{suffix}").is_file() for suffix in (".html", ".xml")):
        return None
    try:
        return DocumentRecord.from_json(dict(known["record"]))
    except (KeyError, TypeError):
        return None
