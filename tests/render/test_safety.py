"""Escaping, link sanitising and the pre-pass."""

from __future__ import annotations

import pytest
from lxml import etree, html

from teikit.render import RenderOptions, render_tree
from teikit.render.urls import safe_id, safe_url

TEI = "http://www.tei-c.org/ns/1.0"


def tei(body: str) -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(
        f'<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt><title>T &lt;b&gt;</title>'
        f"</titleStmt></fileDesc></teiHeader><text><body>{body}</body></text></TEI>"
    ))


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "mailto:x@example.org",
        "/\\evil.example",
        "c:x",
    ],
)
def test_unsafe_urls_are_dropped(url: str) -> None:
    assert safe_url(url) is None


@pytest.mark.parametrize(
    "url",
    ["https://example.org/a?b#c", "HTTP://example.org", "page.html#n1", "#name-1", "../a.xml"],
)
def test_http_and_relative_urls_are_kept(url: str) -> None:
    assert safe_url(url) == url


def test_unsafe_links_never_reach_the_page() -> None:
    page = render_tree(tei(
        '<p><ref target="javascript:alert(1)">a</ref> <ref target="https://ok.example/">b</ref>'
        ' <ptr target="data:text/html,x"/> <persName ref="javascript:alert(2)">N</persName>'
        ' <graphic url="javascript:alert(3)"/> <pb facs="vbscript:x"/></p>'
    ))
    root = html.document_fromstring(page)
    hrefs = [e.get("href") for e in root.iter() if e.get("href")]
    assert "https://ok.example/" in hrefs
    assert not [h for h in hrefs if "script" in h.lower() or h.lower().startswith("data:")]
    assert "alert" not in page


def test_text_and_attributes_are_escaped() -> None:
    page = render_tree(tei(
        '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; <hi rend="x&quot; onclick=&quot;y">z</hi>'
        '<add hand="#h&quot;&gt;">w</add></p>'
    ))
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    root = html.document_fromstring(page)
    assert not [e for e in root.iter() if e.get("onclick") is not None]
    assert "<script>alert(1)</script>" in root.text_content()
    assert root.findtext(".//title") == "T <b>"


def test_render_tree_leaves_the_callers_tree_alone() -> None:
    tree = tei('<p>a<note place="foot">n</note><persName>X</persName></p>')
    before = etree.tostring(tree)
    render_tree(tree)
    assert etree.tostring(tree) == before


def test_notes_are_numbered_in_document_order() -> None:
    notes = "".join(f'<p>t{i}<note place="foot">note {i}</note></p>' for i in range(1, 13))
    root = html.document_fromstring(render_tree(tei(notes)))
    marks = [a.text_content() for a in root.xpath("//a[contains(@class, 'fn-ref')]")]
    assert marks == [str(i) for i in range(1, 13)]
    items = root.xpath("//section[contains(@class, 'footnotes')]//li")
    assert [li.get("id") for li in items] == [f"fn-{i}" for i in range(1, 13)]
    assert "note 12" in items[-1].text_content()


def test_single_views_omit_the_other_and_the_switch() -> None:
    tree = tei('<p>a <supplied reason="omitted">b</supplied> <pb/>c</p>')
    reading = render_tree(tree, options=RenderOptions(view="reading"))
    diplomatic = render_tree(tree, options=RenderOptions(view="diplomatic"))
    assert 'class="d' not in reading and "view-diplomatic" not in reading
    assert 'class="r' not in diplomatic and "view-reading" not in diplomatic
    assert "‖" in diplomatic and "‖" not in reading


def test_index_links_use_the_names_keys() -> None:
    page = render_tree(
        tei("<p><persName><choice><orig>Filippov</orig><reg resp='#t'>Stalin</reg></choice>"
            "</persName> in <placeName>Kaesong</placeName></p>"),
        options=RenderOptions(persons_href="persons.html", places_href="places.html"),
    )
    root = html.document_fromstring(page)
    mentions = root.xpath("//*[contains(concat(' ', @class, ' '), ' name ')]")
    links = {
        (m.xpath("string(self::a/@href | a[@class = 'index-link']/@href)")): m.get("id")
        for m in mentions
    }
    assert links == {"persons.html#person-stalin": "m1", "places.html#place-kaesong": "m2"}
    assert "Filippov [Stalin]" in root.text_content()


def test_a_name_with_an_explanation_is_no_link_and_links_beside_it() -> None:
    page = render_tree(
        tei("<p><persName cert='low'><reg resp='#translator'>Li Kuo Nyn</reg></persName></p>"),
        options=RenderOptions(persons_href="persons.html"),
    )
    (name,) = html.document_fromstring(page).xpath("//*[@id='m1']")
    assert name.tag == "span" and name.get("tabindex") == "0"
    assert name.xpath("a[@class='index-link']/@href") == ["persons.html#person-li-kuo-nyn"]
    assert " ".join(name.xpath("string(span[@class='why'])").split()) == (
        "(name in standard form, given by the translator; spelling of low certainty)"
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("wcda-117422", "wcda-117422"), ("../../etc/passwd", "etc-passwd"), ("Żółw ü", "Zow-u"),
     ("", "document"), ("12", "12"), ("000_79d0", "000_79d0")],
)
def test_safe_ids(raw: str, expected: str) -> None:
    assert safe_id(raw) == expected


def test_internal_links_point_at_the_page() -> None:
    page = render_tree(tei(
        '<p xml:id="p1">a<note place="foot" xml:id="n1">n <term xml:id="t1">t</term></note></p>'
        '<p><ref target="#p1">to p</ref> <ref target="#n1">to note</ref> <ref target="#t1">to'
        ' term</ref> <ref target="#nowhere">dangling</ref></p>'
    ))
    root = html.document_fromstring(page)
    hrefs = {a.text_content(): a.get("href") for a in root.xpath("//a[not(@class)]")}
    assert hrefs == {"to p": "#tei-p1", "to note": "#fn-1", "to term": "#fn-1"}
    assert root.xpath("//p[@id='tei-p1']")
