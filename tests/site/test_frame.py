"""The edition frame: the edition's title from edition.toml, previous/next, "cite this
document" with BibTeX and CSL-JSON, who translated and where it was printed, the conventions
on their own page, duplicates published once."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from lxml import etree, html
from shared_paths import ENCODING_EXAMPLE

from teikit.render import render_tree
from teikit.site import BuildReport, build_site
from teikit.site.edition import EditionError, load_edition

EDITION_TOML = """title = "Korean War Documents"
url = "https://example.org/korea/"
publisher = "Example Institute"
editors = ["A. Editor", "B. Editor"]
licence = "CC BY 4.0"
"""


def seed_variant(folder: Path, name: str, when: str, title: str) -> None:
    text = ENCODING_EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('xml:id="wcda-117422"', f'xml:id="doc-{name}"')
    text = text.replace('<date when="1951-09-10">September 10, 1951</date>',
                        f'<date when="{when}">{when}</date>', 1)
    text = text.replace("V. Razuvayev, 'Political Attitudes", f"{title}, 'Political Attitudes", 1)
    (folder / f"{name}.xml").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def edition_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    sources = tmp_path_factory.mktemp("edition")
    (sources / "edition.toml").write_text(EDITION_TOML, encoding="utf-8")
    seed_variant(sources, "early", "1950-01-02", "Early")
    seed_variant(sources, "middle", "1951-09-10", "Middle")
    seed_variant(sources, "late", "1952-03-04", "Late")
    shutil.copyfile(sources / "late.xml", sources / "later-copy.xml")  # the same content twice
    site = tmp_path_factory.mktemp("edition-site")
    return site, build_site([sources], site, search=False)


def page(site: Path, name: str) -> html.HtmlElement:
    return html.document_fromstring((site / name).read_text(encoding="utf-8"))


def test_the_edition_title_heads_every_page(edition_site: tuple[Path, BuildReport]) -> None:
    site, _ = edition_site
    for name in ("middle.html", "index.html", "persons.html"):
        root = page(site, name)
        assert root.xpath("normalize-space(//header//*[@class='edition-title'])") == (
            "Korean War Documents"), name
    assert page(site, "middle.html").xpath("string(//title)").endswith(" – Korean War Documents")


def test_previous_and_next_follow_the_dates(edition_site: tuple[Path, BuildReport]) -> None:
    site, _ = edition_site
    middle = page(site, "middle.html")
    assert middle.xpath("//nav[@class='pager']//a[@rel='prev']/@href") == ["early.html"]
    assert middle.xpath("//nav[@class='pager']//a[@rel='next']/@href") == ["late.html"]
    assert not page(site, "early.html").xpath("//a[@rel='prev']")


def test_cite_this_document(edition_site: tuple[Path, BuildReport]) -> None:
    site, _ = edition_site
    today = dt.date.today()
    cite = page(site, "middle.html").xpath("string(//section[@class='cite']//p)")
    citation = " ".join(cite.split())
    assert citation.startswith("“Middle, 'Political Attitudes")
    assert "1951-09-10. In Korean War Documents, edited by A. Editor, B. Editor." in citation
    assert "https://example.org/korea/middle.html" in citation
    assert citation.endswith(f"(accessed {today.day} {today:%B %Y}).")
    bibtex = (site / "middle.bib").read_text(encoding="utf-8")
    assert bibtex.startswith("@incollection{middle,")
    assert "  url = {https://example.org/korea/middle.html}," in bibtex
    assert f"  urldate = {{{today.isoformat()}}}," in bibtex
    (item,) = json.loads((site / "middle.json").read_text(encoding="utf-8"))
    assert item["container-title"] == "Korean War Documents"
    assert item["issued"] == {"date-parts": [[1951, 9, 10]]}


def test_translator_source_rights_and_one_line_to_the_conventions(
    edition_site: tuple[Path, BuildReport],
) -> None:
    site, _ = edition_site
    root = page(site, "middle.html")
    rows = {dt_.text_content(): " ".join(dt_.getnext().text_content().split())
            for dt_ in root.xpath("//section[@class='metadata']//dt")}
    assert rows["Translation from Russian"] == "Wilson Center Digital Archive"
    assert rows["Rights"].startswith("As published by the Wilson Center Digital Archive")
    assert root.xpath("//p[@class='conventions-link']/a/@href") == ["conventions.html"]
    assert not root.xpath("//*[contains(@class, 'editorial-decl')]")


def test_the_same_content_twice_is_published_once(edition_site: tuple[Path, BuildReport]) -> None:
    site, report = edition_site
    assert (site / "late.html").exists() and not (site / "later-copy.html").exists()
    assert any("later-copy.xml: warning: the same content as" in n for n in report.notices)


class _Day(dt.date):
    """A day that `build_site` takes for today."""

    fixed = dt.date(2026, 1, 2)

    @classmethod
    def today(cls) -> _Day:
        return cls(cls.fixed.year, cls.fixed.month, cls.fixed.day)


def test_a_rebuild_on_another_day_cites_that_day_on_every_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pages a build renders are written with their citation; pages it does not render
    are given the new day's by the frame pass."""
    import types

    import teikit.site

    sources, site = tmp_path / "sources", tmp_path / "site"
    sources.mkdir()
    seed_variant(sources, "early", "1950-01-02", "Early")
    seed_variant(sources, "late", "1952-03-04", "Late")
    monkeypatch.setattr(teikit.site, "dt", types.SimpleNamespace(date=_Day))
    build_site([sources], site, search=False)
    assert "  urldate = {2026-01-02}," in (site / "late.bib").read_text(encoding="utf-8")
    monkeypatch.setattr(_Day, "fixed", dt.date(2026, 2, 3))
    report = build_site([sources], site, search=False)
    assert not report.built
    for name in ("early", "late"):
        cite = " ".join(page(site, f"{name}.html").xpath(
            "string(//section[@class='cite']//p)").split())
        assert cite.endswith("(accessed 3 February 2026)."), cite
        assert "  urldate = {2026-02-03}," in (site / f"{name}.bib").read_text(encoding="utf-8")
        (item,) = json.loads((site / f"{name}.json").read_text(encoding="utf-8"))
        assert item["accessed"] == {"date-parts": [[2026, 2, 3]]}
    assert page(site, "early.html").xpath("//a[@rel='next']/@href") == ["late.html"]


def test_a_withheld_repeat_keeps_no_citation_files(tmp_path: Path) -> None:
    """A document withheld because another has its xml:id leaves no page, TEI copy, BibTeX
    or CSL-JSON file: neither when its workers wrote them in the same build, nor when it was
    published by an earlier one."""
    sources, site = tmp_path / "sources", tmp_path / "site"
    sources.mkdir()
    seed_variant(sources, "b-second", "1951-09-10", "Second")
    build_site([sources], site, search=False)
    assert (site / "b-second.bib").is_file() and (site / "b-second.json").is_file()
    seed_variant(sources, "a-first", "1950-01-02", "First")
    seed_variant(sources, "c-third", "1952-03-04", "Third")
    for name in ("a-first", "c-third"):  # the same xml:id as b-second, which goes after a
        path = sources / f"{name}.xml"
        path.write_text(path.read_text(encoding="utf-8").replace(
            f'xml:id="doc-{name}"', 'xml:id="doc-b-second"'), encoding="utf-8")
    report = build_site([sources], site, search=False)
    assert any("b-second: warning: the same xml:id" in n for n in report.notices)
    assert (site / "a-first.html").is_file() and (site / "a-first.bib").is_file()
    for name in ("b-second", "c-third"):
        for suffix in (".html", ".xml", ".bib", ".json"):
            assert not (site / f"{name}{suffix}").exists(), name + suffix


def test_an_archive_without_a_repository_has_no_empty_name() -> None:
    text = ENCODING_EXAMPLE.read_text(encoding="utf-8")
    start, end = text.index("<repository>"), text.index("</repository>") + len("</repository>")
    tree = etree.ElementTree(etree.fromstring((text[:start] + text[end:]).encode("utf-8")))
    root = html.document_fromstring(render_tree(tree))
    archive = root.xpath("normalize-space(//dt[. = 'Archive']/following-sibling::dd[1])")
    assert archive == "fond 45, opis 7, delo 347"


def test_an_archives_folder_is_shown_with_its_other_shelfmarks() -> None:
    text = ENCODING_EXAMPLE.read_text(encoding="utf-8").replace(
        '<idno type="delo">', '<idno type="papka">11</idno><idno type="delo">', 1)
    tree = etree.ElementTree(etree.fromstring(text.encode("utf-8")))
    root = html.document_fromstring(render_tree(tree))
    archive = root.xpath("normalize-space(//dt[. = 'Archive']/following-sibling::dd[1])")
    assert archive.endswith("fond 45, opis 7, papka 11, delo 347")


def test_edition_toml_is_checked(tmp_path: Path) -> None:
    bad = tmp_path / "edition.toml"
    bad.write_text('titel = "x"\n', encoding="utf-8")
    with pytest.raises(EditionError, match="unknown field 'titel'"):
        load_edition(bad)
    bad.write_text('title = "x"\nurl = "javascript:alert(1)"\n', encoding="utf-8")
    with pytest.raises(EditionError, match="url must be an http"):
        load_edition(bad)


def test_without_pagefind_the_build_says_so_and_the_search_page_explains(
    tmp_path: Path, seed_sources: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    for module in ("teikit.site.finish", "teikit.site.search"):
        monkeypatch.setattr(importlib.import_module(module), "pagefind_executable", lambda: None)
    site = tmp_path / "site"
    report = build_site([seed_sources], site)
    assert report.notices == [
        "warning: search index not built: Pagefind is not installed "
        "(pip install 'teikit[search]')"
    ]
    assert not (site / "pagefind").exists()
    search = page(site, "search.html")
    assert "pip install 'teikit[search]'" in search.xpath("string(//main)")
    assert not search.xpath("//script")
