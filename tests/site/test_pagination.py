"""Long lists cut into pages: the documents (in each order) and the name indexes; the pages
together hold what one page would, in the same order, and link to each other."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html

from teikit.site import build_site
from tests.site.test_state import INDEX_PAGES, sources_of

LISTS = ("index.html", "index-by-date.html", "index-by-title.html", "index-by-archive.html",
         "index-by-language.html")


def page(site: Path, name: str) -> html.HtmlElement:
    return html.document_fromstring((site / name).read_bytes())


def pages_of(site: Path, first: str) -> list[str]:
    """The pages of one list, in order, as its page links give them."""
    links = page(site, first).xpath("//nav[@class='page-links']//li/*")
    return [first] + [a.get("href") for a in links[1:]] if links else [first]


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The same sources as one page per list, and as pages of 2 documents / 5 mentions."""
    folder = tmp_path_factory.mktemp("pages")
    sources = sources_of(folder / "src")
    whole, cut = folder / "whole", folder / "cut"
    build_site([sources], whole, search=False)
    build_site([sources], cut, search=False, documents_per_page=2, mentions_per_page=5)
    return whole, cut


@pytest.mark.parametrize("first", LISTS)
def test_document_pages_hold_the_list_in_order(sites: tuple[Path, Path], first: str) -> None:
    whole, cut = sites
    names = pages_of(cut, first)
    assert len(names) == 3 and pages_of(whole, first) == [first]
    rows = [href for name in names for href in page(cut, name).xpath("//tbody/tr/td[2]/a/@href")]
    assert rows == page(whole, first).xpath("//tbody/tr/td[2]/a/@href")
    for number, name in enumerate(names, start=1):
        current = page(cut, name).xpath("//nav[@class='page-links']//*[@aria-current='page']")
        assert [c.text_content() for c in current] == [f"page {number}"]
        assert page(cut, name).xpath("string(//main/p[contains(., 'documents, by')])") \
            .startswith("5 documents")


@pytest.mark.parametrize("first", INDEX_PAGES)
def test_index_pages_hold_every_mention_in_order(sites: tuple[Path, Path], first: str) -> None:
    whole, cut = sites
    names = pages_of(cut, first)
    mentions = [href for name in names
                for href in page(cut, name).xpath("//section[@class='index-entry']//li/a/@href")]
    expected = page(whole, first).xpath("//section[@class='index-entry']//li/a/@href")
    assert mentions == expected
    # A page is cut once it holds 5 mentions, between two documents: before its last
    # document's mentions it held fewer than 5.
    for name in names[:-1]:
        documents = page(cut, name).xpath("//section[@class='index-entry']/ul/li")
        rows = [len(d.xpath("ul/li")) for d in documents]
        assert sum(rows) >= 5 > sum(rows[:-1]), (name, rows)
    assert len(names) > 1 or len(expected) <= 5


def test_the_a_to_z_bar_leads_to_the_page_of_each_letter(sites: tuple[Path, Path]) -> None:
    _, cut = sites
    names = pages_of(cut, "persons.html")
    assert len(names) > 2

    def bar(name: str) -> list[tuple[str, str]]:
        hrefs = page(cut, name).xpath("//ul[@class='az-bar']//a/@href")
        return [(target or name, anchor) for target, _, anchor in
                (href.partition("#") for href in hrefs)]

    assert bar(names[0]) == bar(names[-1]) and len(bar(names[0])) > 2
    for name, anchor in bar(names[-1]):
        (group,) = page(cut, name).xpath(f"//div[@id='{anchor}']")
        assert group.xpath("section/h2")
        earlier = names[:names.index(name)]
        assert not any(page(cut, e).xpath(f"//div[@id='{anchor}']") for e in earlier), \
            "the letter starts on the page its link leads to"


def test_a_shorter_list_leaves_no_stale_page(tmp_path: Path) -> None:
    sources = sources_of(tmp_path / "src")
    site = tmp_path / "site"
    build_site([sources], site, search=False, documents_per_page=2)
    assert (site / "index-3.html").is_file()
    build_site([sources], site, search=False)
    assert not list(site.glob("index-*[0-9].html")) and not list(site.glob("index-by-*-2.html"))
    assert len(page(site, "index.html").xpath("//tbody/tr")) == 5
