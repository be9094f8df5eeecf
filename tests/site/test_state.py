"""The build state (one SQLite file in the site folder) and what a build after an edit
rewrites: the edited document's page and the collection pages that show what changed."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from lxml import etree, html
from shared_paths import DEV_RAW, ROOT

from teikit.site import BuildReport, build_site
from teikit.site.state import HASH_BYTES, STATE_FILE, message_lines

TEI = {"t": "http://www.tei-c.org/ns/1.0"}
INDEX_PAGES = ("persons.html", "places.html", "organisations.html")


def sources_of(folder: Path) -> Path:
    """The seed's edition folder (a register: names with notes) and four dev documents."""
    folder.mkdir()
    shutil.copytree(ROOT / "editions" / "razuvayev-1951-09-10", folder / "razuvayev")
    for name in ("w002.txt", "w003.txt", "w005.txt", "w008.txt"):
        shutil.copyfile(DEV_RAW / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    sources = sources_of(tmp_path_factory.mktemp("state") / "src")
    site = sources.parent / "site"
    return site, build_site([sources], site, search=False)


def snapshot(site: Path) -> dict[str, tuple[int, bytes]]:
    return {str(p.relative_to(site)): (p.stat().st_mtime_ns, p.read_bytes())
            for p in site.rglob("*") if p.is_file()}


def changed(before: dict[str, tuple[int, bytes]], after: dict[str, tuple[int, bytes]],
            ) -> set[str]:
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


def test_the_state_holds_hashes_verdicts_and_messages(
        small_site: tuple[Path, BuildReport]) -> None:
    site, report = small_site
    with sqlite3.connect(site / STATE_FILE) as db:
        rows = {slug: (content_hash, valid, message_lines(warnings))
                for slug, content_hash, valid, warnings
                in db.execute("SELECT slug, hash, valid, warnings FROM documents")}
    db.close()
    assert sorted(rows) == sorted(report.built) and len(rows) == 5
    assert all(len(content_hash) == HASH_BYTES for content_hash, _, _ in rows.values())
    assert len({content_hash for content_hash, _, _ in rows.values()}) == 5
    for outcome in report.outcomes:  # the documents with something to say
        assert rows[outcome.slug][1] == {True: 1, False: 0, None: None}[outcome.valid]
        assert rows[outcome.slug][2] == outcome.warnings


def test_the_editorial_declaration_is_stored_once(small_site: tuple[Path, BuildReport]) -> None:
    site, _ = small_site
    published = [etree.parse(str(path)) for path in site.glob("*.xml")]
    declarations = {tuple(" ".join("".join(p.itertext()).split()) for p in tree.iterfind(
        "t:teiHeader/t:encodingDesc/t:editorialDecl//t:p", TEI)) for tree in published}
    declarations.discard(())
    with sqlite3.connect(site / STATE_FILE) as db:
        (stored,) = db.execute("SELECT count(*) FROM decls").fetchone()
        (pointing,) = db.execute("SELECT count(*) FROM documents WHERE decl IS NOT NULL"
                                 ).fetchone()
    db.close()
    assert stored == len(declarations) < pointing == len(published)


def test_the_index_pages_show_the_stored_mentions(small_site: tuple[Path, BuildReport]) -> None:
    site, _ = small_site
    with sqlite3.connect(site / STATE_FILE) as db:
        stored = sorted(f"{slug}.html#{anchor}" for slug, anchor in db.execute(
            "SELECT slug, anchor FROM mentions"))
    db.close()
    shown = sorted(href for name in INDEX_PAGES for href in html.document_fromstring(
        (site / name).read_bytes()).xpath("//section[@class='index-entry']//li/a/@href"))
    assert shown == stored and len(stored) > 20


def test_a_build_after_one_edit_rewrites_that_page_only(tmp_path: Path) -> None:
    sources = sources_of(tmp_path / "src")
    site = tmp_path / "site"
    build_site([sources], site, search=False)
    before = snapshot(site)
    edited = sources / "w005.txt"
    text = edited.read_text(encoding="utf-8")
    at = text.rindex(" the ")  # a word of the last paragraph, in no name and no heading
    edited.write_text(text[:at] + " this " + text[at + 5:], encoding="utf-8")
    report = build_site([sources], site, search=False)
    assert report.built == ["w005"] and len(report.unchanged) == 4
    assert changed(before, snapshot(site)) == {"w005.html", "w005.xml", STATE_FILE}


def test_a_new_title_rewrites_the_lists_and_the_neighbours(tmp_path: Path) -> None:
    sources = sources_of(tmp_path / "src")
    site = tmp_path / "site"
    build_site([sources], site, search=False)
    order = html.document_fromstring((site / "index.html").read_bytes()).xpath(
        "//tbody/tr/td[2]/a/@href")
    position = order.index("w005.html")
    neighbours = {order[i] for i in (position - 1, position + 1) if 0 <= i < len(order)}
    before = snapshot(site)
    edited = sources / "w005.txt"
    text = edited.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines()[1:] if line.startswith("**"))
    edited.write_text(text.replace(title, title[:-2] + " (revised)**", 1), encoding="utf-8")
    build_site([sources], site, search=False)
    rewritten = changed(before, snapshot(site))
    lists = {"index.html", "index-by-date.html", "index-by-title.html",
             "index-by-archive.html", "index-by-language.html", "conventions.html"}
    assert lists | neighbours | {"w005.html", "w005.xml", "w005.bib", "w005.json"} <= rewritten
    documents = {f"{p.stem}.html" for p in sources.glob("*.txt")} | {"razuvayev-1951-09-10.html"}
    assert rewritten & documents == neighbours | {"w005.html"}, "other pages are not touched"


def test_an_unreadable_state_costs_a_full_build_only(tmp_path: Path) -> None:
    sources = sources_of(tmp_path / "src")
    site = tmp_path / "site"
    site.mkdir()
    (site / ".teikit-build.json").write_text("{}")  # an earlier version's manifest
    build_site([sources], site, search=False)
    assert not (site / ".teikit-build.json").exists()
    (site / STATE_FILE).write_bytes(b"not a database")
    assert len(build_site([sources], site, search=False).built) == 5
    assert len(build_site([sources], site, search=False).unchanged) == 5


def test_new_words_around_a_name_rewrite_its_index_not_the_lists(tmp_path: Path) -> None:
    sources = sources_of(tmp_path / "src")
    site = tmp_path / "site"
    build_site([sources], site, search=False)
    before = snapshot(site)
    edited = sources / "razuvayev" / "source.txt"
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("Mao Zedong sent Kim Il Sung",
                                   "Mao Zedong wired Kim Il Sung", 1), encoding="utf-8")
    build_site([sources], site, search=False)
    persons = page_text(site, "persons.html")
    assert "Mao Zedong wired Kim Il Sung" in persons and "Zedong sent Kim" not in persons
    slug = "razuvayev"
    assert changed(before, snapshot(site)) == {
        f"{slug}.html", f"{slug}.xml", "persons.html", STATE_FILE}


def page_text(site: Path, name: str) -> str:
    return " ".join(html.document_fromstring((site / name).read_bytes()).text_content().split())


def unused_strings(site: Path) -> tuple[int, int, int]:
    """Texts and names no row refers to, and texts stored twice."""
    with sqlite3.connect(site / STATE_FILE) as db:
        used = " UNION ".join(
            [f'SELECT "{column}" FROM document_rows' for column in
             ("date", "when", "archive", "repository", "language", "summary", "kinds")]
            + ["SELECT json_extract(m.value, '$[1]') FROM document_rows, "
               "json_each(mentions) m"])
        (texts,) = db.execute(f"SELECT count(*) FROM texts WHERE id NOT IN ({used})").fetchone()
        (names,) = db.execute("SELECT count(*) FROM names WHERE id NOT IN "
                              "(SELECT json_extract(m.value, '$[0]') FROM document_rows, "
                              "json_each(mentions) m)").fetchone()
        (twice,) = db.execute("SELECT count(*) - count(DISTINCT text) FROM texts").fetchone()
    db.close()
    return texts, names, twice


def test_shared_strings_are_stored_once_and_dropped_with_their_last_use(
        tmp_path: Path) -> None:
    sources = sources_of(tmp_path / "src")
    site = tmp_path / "site"
    build_site([sources], site, search=False)
    assert unused_strings(site) == (0, 0, 0)
    with sqlite3.connect(site / STATE_FILE) as db:
        (mentions,) = db.execute("SELECT count(*) FROM mentions").fetchone()
        (names,) = db.execute("SELECT count(*) FROM names").fetchone()
    db.close()
    assert names < mentions, "a name mentioned again is not stored again"

    edited = sources / "razuvayev" / "source.txt"
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("Mao Zedong sent Kim Il Sung",
                                   "Mao Zedong wired Kim Il Sung", 1), encoding="utf-8")
    (sources / "w008.txt").unlink()
    build_site([sources], site, search=False)
    assert unused_strings(site) == (0, 0, 0)
    assert "Mao Zedong wired Kim Il Sung" in page_text(site, "persons.html")
