"""The schema catalog: well-known schema URLs mapped to local files, so validation is offline.

Built in: the house schema's stable URLs point at the bundled ``schemas/`` files, and the TEI
release and Vault URLs of tei_all at the bundled, gzipped tei_all release. Registered copies
(``teikit schemas add`` / ``fetch``) live in the user cache, listed in ``catalog.json`` with
their SHA-256, which is checked each time an entry is used; they take precedence over the
bundled tei_all (a newer release fetched by the user).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from teikit.errors import TeikitError
from teikit.io import atomic_write
from teikit.resources import (
    HOUSE_RNG_URL,
    HOUSE_SCH_URL,
    HOUSE_XSD_URL,
    TEI_ALL_BUNDLED,
    TEI_ALL_VERSION,
    cache_dir,
    data_dir,
)

SCHEMA_DIR = data_dir("schemas")
HOUSE_RNG = SCHEMA_DIR / "teikit.rng"
HOUSE_SCH = SCHEMA_DIR / "teikit.sch"
HOUSE_XSD = SCHEMA_DIR / "teikit.xsd"

_BUILT_IN = {HOUSE_RNG_URL: HOUSE_RNG, HOUSE_SCH_URL: HOUSE_SCH, HOUSE_XSD_URL: HOUSE_XSD}

# The places TEI publishes tei_all; {version} is a release such as 4.12.0.
TEI_RELEASE = "http://www.tei-c.org/release/xml/tei/custom/schema/{kind}/tei_all.{ext}"
TEI_VAULT = "https://www.tei-c.org/Vault/P5/{version}/xml/tei/custom/schema/{kind}/tei_all.{ext}"
_KINDS = {"rng": "relaxng", "xsd": "xsd"}


TEI_ALL_RNG = SCHEMA_DIR / TEI_ALL_BUNDLED


def bundled_tei_all_urls() -> list[str]:
    """The URLs the bundled tei_all answers: the release's and its version's Vault URLs."""
    return tei_all_urls(None, "rng") + tei_all_urls(TEI_ALL_VERSION, "rng")


class CatalogError(TeikitError):
    """A schema URL cannot be resolved to a local file."""


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tei_all_urls(version: str | None, ext: str) -> list[str]:
    """Every URL under which tei_all.<ext> of ``version`` (None: current release) is known."""
    kind = _KINDS[ext]
    urls = []
    if version is None:
        release = TEI_RELEASE.format(kind=kind, ext=ext)
        urls = [release, release.replace("http://", "https://", 1)]
    else:
        vault = TEI_VAULT.format(version=version, kind=kind, ext=ext)
        urls = [vault, vault.replace("https://", "http://", 1)]
    return urls


def _equivalent_urls(url: str) -> list[str]:
    if url.startswith("http://"):
        return [url, "https://" + url[len("http://"):]]
    if url.startswith("https://"):
        return [url, "http://" + url[len("https://"):]]
    return [url]


class Catalog:
    def __init__(self, root: Path | None = None) -> None:
        self.root = root or cache_dir()
        self.index_path = self.root / "catalog.json"

    def entries(self) -> dict[str, dict[str, str]]:
        if not self.index_path.is_file():
            return {}
        return json.loads(self.index_path.read_text(encoding="utf-8"))

    def _save(self, entries: dict[str, dict[str, str]]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        atomic_write(self.index_path,
                     json.dumps(entries, indent=2, sort_keys=True).encode("utf-8"))

    def add(self, file: Path, urls: list[str]) -> Path:
        """Copy ``file`` (and nothing else) into the cache and register it under ``urls``."""
        digest = sha256_file(file)
        target = self.root / "schemas" / digest[:16] / file.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(file, target)
        for sibling in file.parent.glob("*.xsd") if file.suffix == ".xsd" else ():
            # an XSD imports its neighbours (xml.xsd, teix.xsd) by relative path
            shutil.copyfile(sibling, target.parent / sibling.name)
        entries = self.entries()
        for url in urls:
            entries[url] = {"path": str(target), "sha256": digest}
        self._save(entries)
        return target

    def fetch(self, url: str, urls: list[str], *, expected_sha256: str | None = None) -> Path:
        """Download ``url`` into the cache (the one place teikit uses the network)."""
        download = self.root / "downloads" / Path(url).name
        download.parent.mkdir(parents=True, exist_ok=True)
        import urllib.request  # only here: 20 ms of imports no validation needs

        with urllib.request.urlopen(url, timeout=60) as response:
            data = response.read()
        digest = hashlib.sha256(data).hexdigest()
        if expected_sha256 and digest != expected_sha256.lower():
            raise CatalogError(f"checksum mismatch for {url}: got {digest}")
        download.write_bytes(data)
        return self.add(download, urls)

    def built_in(self) -> dict[str, Path]:
        """Every URL resolved without a registered copy, and to which bundled file."""
        return {**_BUILT_IN, **dict.fromkeys(bundled_tei_all_urls(), TEI_ALL_RNG)}

    def resolve(self, url: str) -> Path | None:
        for candidate in _equivalent_urls(url):
            if candidate in _BUILT_IN:
                return _BUILT_IN[candidate]
        registered = self._registered(url)
        if registered is not None:
            return registered
        bundled = set(bundled_tei_all_urls())
        if any(candidate in bundled for candidate in _equivalent_urls(url)):
            return TEI_ALL_RNG
        return None

    def _registered(self, url: str) -> Path | None:
        entries = self.entries()
        for candidate in _equivalent_urls(url):
            entry = entries.get(candidate)
            if entry is None:
                continue
            path = Path(entry["path"])
            if not path.is_file() or sha256_file(path) != entry["sha256"]:
                raise CatalogError(f"the local copy of {url} is missing or changed: {path}; "
                                   "register it again with `teikit schemas add`")
            return path
        return None
