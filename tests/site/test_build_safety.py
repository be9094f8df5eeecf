"""`teikit build` tells the truth and publishes nothing that runs: it continues past a document
that fails, copies only what was published, remembers verdicts across incremental builds,
refuses to write into its sources, and its TEI copies carry no script."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from shared_paths import ENCODING_EXAMPLE, SEED
from tei_samples import XHTML_NS, hostile_tei, tei_with

from teikit.cli import main
from teikit.site import OutputInSourceError, build_site


def build(*arguments: str):
    return CliRunner().invoke(main, ["build", *arguments])


@pytest.fixture
def hostile_site(tmp_path: Path) -> tuple[Path, Path, object]:
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "hostile.xml").write_bytes(hostile_tei())
    site = tmp_path / "site"
    return sources, site, build_site([sources], site)


def test_published_tei_has_no_foreign_elements(hostile_site: tuple[Path, Path, object]) -> None:
    _, site, _ = hostile_site
    published = etree.parse(str(site / "hostile.xml"))
    assert published.xpath("//*[namespace-uri() = $ns]", ns=XHTML_NS) == []


def test_published_tei_has_no_stylesheet_instruction(
        hostile_site: tuple[Path, Path, object]) -> None:
    _, site, _ = hostile_site
    assert b"xml-stylesheet" not in (site / "hostile.xml").read_bytes()


def test_published_tei_keeps_the_tei_text(hostile_site: tuple[Path, Path, object]) -> None:
    _, site, _ = hostile_site
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    original = etree.fromstring(ENCODING_EXAMPLE.read_bytes())
    published = etree.parse(str(site / "hostile.xml")).getroot()
    assert published.xpath("string(//t:body)", namespaces=ns) == \
        original.xpath("string(//t:body)", namespaces=ns)


def test_what_was_left_out_is_reported(hostile_site: tuple[Path, Path, object]) -> None:
    _, _, report = hostile_site
    (outcome,) = report.outcomes  # type: ignore[attr-defined]
    assert any("left out of the published TEI copy" in w and "script" in w
               for w in outcome.warnings)


def test_output_inside_a_source_folder_is_refused(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    shutil.copyfile(ENCODING_EXAMPLE, sources / "seed.xml")
    result = build(str(sources), "-o", str(sources))
    assert result.exit_code == 2
    assert "inside the source folder" in result.output
    assert sorted(p.name for p in sources.iterdir()) == ["seed.xml"]


def test_output_in_a_subfolder_of_a_source_is_refused(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    with pytest.raises(OutputInSourceError):
        build_site([sources], sources / "site")
    assert build(str(sources), "-o", str(sources / "site")).exit_code == 2


def test_build_continues_past_a_document_that_crashes(tmp_path: Path) -> None:
    """A form feed in a header field made the converter raise; the others still publish."""
    sources = tmp_path / "src"
    sources.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (sources / "bad.txt").write_text(text.replace("Political Attitudes",
                                                  "Political\x0cAttitudes", 1),
                                     encoding="utf-8")
    shutil.copyfile(ENCODING_EXAMPLE, sources / "good.xml")
    site = tmp_path / "site"
    for jobs in ("1", "2"):
        result = build(str(sources), "-o", str(site), "--jobs", jobs)
        assert result.exit_code == 1, result.output
        assert (site / "index.html").is_file()
        assert (site / "good.html").is_file()
        assert "bad.txt" in result.output
        shutil.rmtree(site)


def test_a_failed_document_is_not_copied_nor_counted_twice(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "bad.xml").write_text("<TEI><unclosed></TEI>", encoding="utf-8")
    shutil.copyfile(ENCODING_EXAMPLE, sources / "good.xml")
    site = tmp_path / "site"
    report = build_site([sources], site)
    assert not (site / "bad.xml").exists()
    assert not (site / "bad.html").exists()
    assert [o.slug for o in report.failed] == ["bad"]
    assert report.invalid == []


def test_incremental_build_remembers_invalid_documents(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "invalid.xml").write_bytes(tei_with("<unknownElement/>"))
    site = tmp_path / "site"
    first = build(str(sources), "-o", str(site))
    second = build(str(sources), "-o", str(site))
    assert first.exit_code == 1
    assert second.exit_code == 1
    assert "0 built, 1 unchanged, 0 failed, 1 invalid" in second.output
    assert "unknownElement" in second.output


def test_an_incremental_build_of_a_valid_site_exits_0(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    shutil.copyfile(ENCODING_EXAMPLE, sources / "good.xml")
    site = tmp_path / "site"
    assert build(str(sources), "-o", str(site)).exit_code == 0
    assert build(str(sources), "-o", str(site)).exit_code == 0


def test_xml_model_naming_dev_zero_does_not_exhaust_the_build(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    prolog = ('<?xml-model href="file:///dev/zero" '
              'schematypens="http://relaxng.org/ns/structure/1.0"?>')
    (sources / "zero.xml").write_bytes(tei_with("", prolog=prolog))
    started = time.perf_counter()
    result = build(str(sources), "-o", str(tmp_path / "site"))
    assert time.perf_counter() - started < 60
    assert result.exit_code == 1
    assert "absolute local path" in result.output
    assert (tmp_path / "site" / "index.html").is_file()
