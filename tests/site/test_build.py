"""`teikit build`: pages, indexes, change detection, parallel jobs, the site's boundaries."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html
from shared_paths import DEV_RAW, ROOT, SEED, SHARED

from teikit.cli import main
from teikit.site import build_site, discover
from teikit.site.paths import OutsideSiteError, inside, write
from teikit.site.state import STATE_FILE


def page(site: Path, name: str) -> html.HtmlElement:
    return html.document_fromstring((site / name).read_text(encoding="utf-8"))


def test_seed_page_tei_copy_and_collection_pages(built_site: tuple[Path, object]) -> None:
    site, _ = built_site
    assert (site / "seed.xml").read_bytes() == (SHARED / "encoding-example.xml").read_bytes()
    for name in ("index.html", "index-by-title.html", "index-by-archive.html",
                 "index-by-language.html", "persons.html", "places.html", "conventions.html",
                 "teikit.css", "seed.html"):
        assert (site / name).is_file(), name
    seed = page(site, "seed.html")
    assert seed.xpath("//a[@href='seed.xml']"), "the page offers its TEI for download"
    index = page(site, "index.html")
    assert "seed.html" in [a.get("href") for a in index.xpath("//tbody//a")]


def test_pre_sorted_document_lists(built_site: tuple[Path, object]) -> None:
    site, _ = built_site
    for key, column in (("date", 0), ("title", 1), ("archive", 2), ("language", 3)):
        rows = page(site, f"index-by-{key}.html").xpath("//tbody/tr")
        assert rows
        if key == "date":
            values = [r.xpath("string(td[1]/time/@datetime)") for r in rows]
        else:  # the title cell also holds the summary, under the title's link
            cell = "td[2]/a" if key == "title" else f"td[{column + 1}]"
            values = [r.xpath(f"normalize-space({cell})") for r in rows]
        assert values == sorted(values)


def test_name_indexes_link_to_each_mention(built_site: tuple[Path, object]) -> None:
    site, _ = built_site
    persons = page(site, "persons.html")
    (stalin,) = persons.xpath("//section[@id='person-stalin']")
    seed = page(site, "seed.html")
    mention_links = [a.get("href") for a in persons.xpath("//section//li/a")]
    assert len([h for h in mention_links if h.startswith("seed.html#")]) == len(
        seed.xpath("//*[@id='text']//*[contains(concat(' ', @class, ' '), ' persName ')]")
    )
    for href in mention_links:
        name, anchor = href.split("#")
        target = page(site, name).xpath(f"//*[@id='{anchor}']")
        assert target, href
    (href,) = [h for h in stalin.xpath(".//a/@href") if h.startswith("seed.html#")]
    anchor = href.split("#")[1]
    assert seed.xpath(f"normalize-space(//*[@id='{anchor}'])").startswith("Stalin")
    places = page(site, "places.html")
    (beijing,) = places.xpath("//section[@id='place-beijing']")
    assert len(beijing.xpath(".//a[starts-with(@href, 'seed.html#')]")) == 7


def test_conventions_page_from_profile_and_editorial_decl(built_site: tuple[Path, object]) -> None:
    site, _ = built_site
    text = page(site, "conventions.html").text_content()
    assert "Errors marked [SIC, ...] by the translator are encoded as notes" in text
    if importlib.util.find_spec("teikit.profiles") is not None:
        from teikit.profiles import load_profile

        profile = load_profile("wilson")
        assert profile.title in text
        for convention in profile.conventions:
            assert str(getattr(convention, "tei", "")) in text


def test_every_source_is_converted_validated_and_published(
    built_site: tuple[Path, object],
) -> None:
    site, report = built_site
    assert [o.errors for o in report.failed] == []  # type: ignore[attr-defined]
    seed_copies = ("seed", "razuvayev-1951-09-10", SEED.stem)
    for raw in DEV_RAW.glob("*.txt"):
        if raw.stem not in seed_copies:
            assert (site / f"{raw.stem}.html").is_file()
    # The seed is given three times (its TEI, the edition, the transcription): the same
    # xml:id, so it is published once, the first given, and the others are reported.
    assert [(site / f"{slug}.html").is_file() for slug in seed_copies] == [True, False, False]
    notices = report.notices  # type: ignore[attr-defined]
    for slug in seed_copies[1:]:
        assert any(n.startswith(f"{slug}: warning: the same xml:id") for n in notices), slug


def _two_sources(tmp_path: Path) -> Path:
    """A folder with two TEI sources, `a` and `b`, made from the encoding example: two ids
    (the same one twice is published once)."""
    sources = tmp_path / "src"
    sources.mkdir()
    seed = (SHARED / "encoding-example.xml").read_text(encoding="utf-8")
    for name in ("a", "b"):
        (sources / f"{name}.xml").write_text(
            seed.replace('xml:id="wcda-117422"', f'xml:id="doc-{name}"'), encoding="utf-8"
        )
    return sources


def test_unchanged_sources_are_not_rebuilt(tmp_path: Path) -> None:
    sources = _two_sources(tmp_path)
    site = tmp_path / "site"
    first = build_site([sources], site)
    assert sorted(first.built) == ["a", "b"]
    second = build_site([sources], site)
    assert second.built == [] and sorted(second.unchanged) == ["a", "b"]
    edited = (sources / "b.xml").read_text(encoding="utf-8").replace("Top Secret", "Secret")
    (sources / "b.xml").write_text(edited, encoding="utf-8")
    third = build_site([sources], site)
    assert third.built == ["b"] and third.unchanged == ["a"]
    (site / "a.html").unlink()
    assert build_site([sources], site).built == ["a"], "a missing output is rebuilt"
    (sources / "a.xml").unlink()
    fifth = build_site([sources], site)
    assert fifth.removed == ["a"] and not (site / "a.html").exists()
    assert "a.html" not in (site / "index.html").read_text(encoding="utf-8")


def test_an_unchanged_document_that_an_edit_makes_a_repeat_loses_its_pages(
    tmp_path: Path,
) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    seed = (SHARED / "encoding-example.xml").read_text(encoding="utf-8")
    for name in ("a", "b"):
        (sources / f"{name}.xml").write_text(
            seed.replace('xml:id="wcda-117422"', f'xml:id="doc-{name}"'), encoding="utf-8"
        )
    site = tmp_path / "site"
    build_site([sources], site, search=False)
    assert (site / "b.html").is_file() and (site / "b.xml").is_file()
    original = (sources / "a.xml").read_text(encoding="utf-8")
    (sources / "a.xml").write_text(  # b's xml:id, and not b's content
        original.replace('"doc-a"', '"doc-b"').replace("Top Secret", "Secret"),
        encoding="utf-8")
    report = build_site([sources], site, search=False)
    assert report.built == ["a"] and report.unchanged == ["b"]
    assert not (site / "b.html").exists() and not (site / "b.xml").exists()
    assert "b.html" not in (site / "index.html").read_text(encoding="utf-8")
    (sources / "a.xml").write_text(original, encoding="utf-8")
    report = build_site([sources], site, search=False)
    assert sorted(report.built) == ["a", "b"], "published again: its pages are made again"
    assert (site / "b.html").is_file()


def test_parallel_build_gives_the_same_site(tmp_path: Path, seed_sources: Path) -> None:
    sources = tmp_path / "src"
    shutil.copytree(seed_sources, sources)
    shutil.copyfile(sources / "seed.xml", sources / "copy.xml")
    one, two = tmp_path / "one", tmp_path / "two"
    build_site([sources], one, jobs=1)
    build_site([sources], two, jobs=2)
    # Pagefind names its index files by content hashes that vary from run to run.
    names = sorted(p.relative_to(one) for p in one.rglob("*")
                   if p.is_file() and "pagefind" not in p.parts)
    assert names == sorted(p.relative_to(two) for p in two.rglob("*")
                           if p.is_file() and "pagefind" not in p.parts)
    for name in names:
        if name.name != STATE_FILE:  # the same rows, stored in another order
            assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_nothing_is_written_outside_the_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    for name in ("../escape.html", "/etc/x.html", "a/../../escape.html", ""):
        with pytest.raises(OutsideSiteError):
            inside(site, name)
    (tmp_path / "elsewhere").mkdir()
    os.symlink(tmp_path / "elsewhere", site / "linked")
    with pytest.raises(OutsideSiteError):
        write(site, "linked/page.html", "x")
    # A page name that is a link to a file elsewhere is refused too.
    os.symlink(tmp_path / "elsewhere" / "page.html", site / "page.html")
    with pytest.raises(OutsideSiteError):
        write(site, "page.html", "x")
    assert not (tmp_path / "elsewhere" / "page.html").exists()
    assert inside(site, "doc1.html") == site.resolve() / "doc1.html"
    # A build state naming a path outside is not followed when cleaning up.
    (tmp_path / "victim.html").write_text("keep")
    empty = tmp_path / "empty"
    empty.mkdir()
    build_site([empty], site)
    with sqlite3.connect(site / STATE_FILE) as state:
        state.execute("INSERT INTO document_rows (slug, hash, published, title, date, "
                      "\"when\", archive, repository, language, summary, xml_id, kinds) "
                      "VALUES ('../victim', x'00', 1, '', 0, '', 0, 0, 0, 0, '', 0)")
        state.execute("INSERT INTO pages VALUES ('../victim.html', x'00')")
    state.close()
    build_site([empty], site)
    assert (tmp_path / "victim.html").read_text() == "keep"


def test_slugs_are_sanitised_and_unique(tmp_path: Path) -> None:
    for name in ("a b.txt", "a-b.txt", "<x>.xml"):
        (tmp_path / name).write_text("x")
    assert sorted(s.slug for s in discover([tmp_path])) == ["a-b", "a-b-2", "x"]


def test_cli_build_reports_and_fails_on_a_broken_source(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    shutil.copyfile(SHARED / "encoding-example.xml", tmp_path / "src" / "good.xml")
    (tmp_path / "src" / "bad.xml").write_text("<TEI><unclosed></TEI>")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "src"), "-o", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "bad.xml" in result.output and "1 built" in result.output
    assert (tmp_path / "s" / "good.html").is_file()


def test_index_entries_come_from_standoff(tmp_path: Path) -> None:
    from lxml import etree

    from teikit.render.mentions import reading_text
    from teikit.render.urls import safe_id

    # The converted edition alone: in the session's site its TEI twin is published instead.
    site = tmp_path / "site"
    build_site([ROOT / "editions", DEV_RAW / "w004.txt"], site, search=False)
    tei = etree.parse(str(site / "razuvayev-1951-09-10.xml"))
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    referenced = {r.lstrip("#") for r in tei.xpath("//t:text//t:persName/@ref", namespaces=ns)}
    people = [p for p in tei.xpath("//t:standOff//t:person", namespaces=ns)
              if p.get("{http://www.w3.org/XML/1998/namespace}id") in referenced]
    assert people, "the converted edition has no standOff persons"
    persons = page(site, "persons.html")
    for person in people:
        label = reading_text(person.find("t:persName", ns))
        (section,) = persons.xpath(f"//section[@id='person-{safe_id(label.casefold())}']")
        assert section.xpath("normalize-space(h2)") == label
        note = person.find("t:note", ns)
        if note is not None:
            assert " ".join("".join(note.itertext()).split()) in section.text_content()


def test_validation_verdicts_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build calls the validator's `validate_file` on each TEI source, where it is."""
    import sys
    import types
    from dataclasses import dataclass

    @dataclass
    class Message:
        severity: str = "error"
        line: int = 3
        column: int = 7
        message: str = "element x not allowed"
        engine: str = "fake"
        rule: str = ""

    seen: list[Path] = []

    def validate_file(path: Path, *, data: bytes, tree: object, cache: object) -> object:
        seen.append(Path(path))
        return types.SimpleNamespace(path=path, valid=False, messages=[Message()])

    fake = types.ModuleType("teikit.validate")
    fake.validate_file = validate_file  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "teikit.validate", fake)
    sources = tmp_path / "src"
    sources.mkdir()
    shutil.copyfile(SHARED / "encoding-example.xml", sources / "seed.xml")
    report = build_site([sources], tmp_path / "site")
    assert seen == [sources / "seed.xml"]
    (outcome,) = report.outcomes
    assert outcome.valid is False and report.invalid == [outcome]
    assert outcome.errors == [f"{seen[0]}:3:7: error: element x not allowed [fake]"]
    assert (tmp_path / "site" / "seed.html").is_file(), "an invalid document is still published"


def test_workers_started_early_are_stopped_when_the_state_cannot_be_opened(
        tmp_path: Path, seed_sources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build starts its worker processes before it opens its state: a state it cannot
    open must not leave them running in a program that goes on (a notebook)."""
    import teikit.site as site_module
    from teikit.workers import WorkerPool

    closed: list[bool] = []
    original_close = WorkerPool.close

    def close(self: WorkerPool, *, cancel: bool = False) -> None:
        closed.append(cancel)
        original_close(self, cancel=cancel)

    def unreadable(*_args: object) -> None:
        raise sqlite3.DatabaseError("file is not a database")

    monkeypatch.setattr(WorkerPool, "close", close)
    monkeypatch.setattr(site_module, "BuildState", unreadable)
    with pytest.raises(sqlite3.DatabaseError):
        build_site([seed_sources], tmp_path / "site", jobs=2)
    assert closed == [True]


def test_only_a_first_build_starts_its_workers_before_the_scan(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first build forks its workers while its process is small; an edit's rebuild, which
    builds one document in its own process, starts none."""
    from teikit.workers import WorkerPool

    sources = _two_sources(tmp_path)
    started: list[int] = []
    original_start = WorkerPool.start

    def start(self: WorkerPool) -> WorkerPool:
        started.append(1)
        return original_start(self)

    monkeypatch.setattr(WorkerPool, "start", start)
    site = tmp_path / "site"
    assert sorted(build_site([sources], site, jobs=2).built) == ["a", "b"]
    assert started == [1]
    edited = (sources / "b.xml").read_text(encoding="utf-8").replace("Top Secret", "Secret")
    (sources / "b.xml").write_text(edited, encoding="utf-8")
    assert build_site([sources], site, jobs=2).built == ["b"]
    assert started == [1]


def test_a_new_edition_title_reaches_every_document_page(tmp_path: Path) -> None:
    """Each document page names the edition in its header and its title: a new title (from
    `--title` or `edition.toml`) must reach pages whose documents did not change, which kept
    the old one."""
    sources, site = _two_sources(tmp_path), tmp_path / "site"
    build_site([sources], site, title="Alpha Edition", search=False)
    again = build_site([sources], site, title="Beta Edition", search=False)
    assert sorted(again.built) == ["a", "b"]
    for page in ("a.html", "b.html", "index.html"):
        text = (site / page).read_text(encoding="utf-8")
        assert "Beta Edition" in text and "Alpha Edition" not in text, page
    assert build_site([sources], site, title="Beta Edition", search=False).built == []
