"""The schema catalog: built-in house URLs, registered copies, checksums, fetching."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from shared_paths import SHARED

from teikit.validate import HOUSE_RNG_URL, HOUSE_SCH_URL, validate_file
from teikit.validate.catalog import HOUSE_RNG, HOUSE_SCH, Catalog, CatalogError

SMALL_RNG = SHARED / "corpora" / "schemas" / "customizations" / "eltec-1.rng"


def test_house_urls_resolve_to_the_bundled_schemas(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path)
    assert catalog.resolve(HOUSE_RNG_URL) == HOUSE_RNG
    assert catalog.resolve(HOUSE_SCH_URL) == HOUSE_SCH
    assert catalog.resolve(HOUSE_RNG_URL.replace("https://", "http://")) == HOUSE_RNG


def test_added_copy_resolves_and_is_checked(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path)
    target = catalog.add(SMALL_RNG, ["https://example.org/eltec.rng"])
    assert catalog.resolve("https://example.org/eltec.rng") == target
    assert catalog.resolve("https://example.org/other.rng") is None
    target.write_text("changed")
    with pytest.raises(CatalogError, match="missing or changed"):
        catalog.resolve("https://example.org/eltec.rng")


def test_fetch_records_the_checksum(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path)
    digest = hashlib.sha256(SMALL_RNG.read_bytes()).hexdigest()
    url = SMALL_RNG.as_uri()  # a local file:// URL stands in for the TEI site
    target = catalog.fetch(url, ["https://example.org/fetched.rng"], expected_sha256=digest)
    assert catalog.resolve("https://example.org/fetched.rng") == target
    with pytest.raises(CatalogError, match="checksum"):
        catalog.fetch(url, ["https://example.org/x.rng"], expected_sha256="0" * 64)


def test_xml_model_url_uses_the_catalog(tmp_path: Path) -> None:
    document = tmp_path / "doc.xml"
    document.write_text(
        f'<?xml-model href="{HOUSE_RNG_URL}" schematypens="http://relaxng.org/ns/structure/1.0"?>'
        '\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"/>')
    report = validate_file(document)
    assert report.schemas == [HOUSE_RNG_URL]
    assert not report.valid and report.messages[0].engine == "relaxng"
