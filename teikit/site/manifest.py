"""The build's memory: per source, the content hash it was built from and its record."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from teikit import __version__
from teikit.render.stylesheets import xslt_dir
from teikit.site import paths
from teikit.site.document import Outcome
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


def entry(content_hash: str, outcome: Outcome) -> dict[str, Any]:
    """What the next build needs of a published document: the hash it was built from, its
    record, and its verdict with the messages (an unchanged invalid document stays invalid)."""
    assert outcome.record is not None
    return {"hash": content_hash, "record": outcome.record.to_json(), "valid": outcome.valid,
            "warnings": outcome.warnings, "errors": outcome.errors}


def cached_outcome(
    entries: dict[str, dict[str, Any]], slug: str, content_hash: str, site_dir: Path
) -> Outcome | None:
    """The outcome of an unchanged source whose outputs are still there, else None."""
    known = entries.get(slug)
    if not known or known.get("hash") != content_hash:
        return None
    if not all((site_dir / f"{slug}{suffix}").is_file() for suffix in (".html", ".xml")):
        return None
    valid = known.get("valid")
    if "valid" not in known or valid not in (True, False, None):
        return None  # written by a build that kept no verdicts: build it again
    try:
        record = DocumentRecord.from_json(dict(known["record"]))
    except (KeyError, TypeError):
        return None
    return Outcome(slug, record, warnings=list(known.get("warnings") or []),
                   errors=list(known.get("errors") or []), valid=valid)
