"""House-encoding forms beyond the seed: anchored end notes, literal markers in @rend."""

from __future__ import annotations

from typing import Any

from lxml import etree

from teikit.render import render_tree

TEI = "http://www.tei-c.org/ns/1.0"


def tei(body: str) -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(
        f'<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>'
        f'</fileDesc></teiHeader><text><body><div type="document">{body}</div></body></text></TEI>'
    ))


def test_end_notes_with_anchors(views: Any) -> None:
    page = render_tree(tei(
        '<p>Su Yu:<ref type="noteAnchor" n="1" target="#note-1">1</ref> and more.</p>'
        '<note n="1" xml:id="note-1" place="end"><seg type="marker">1</seg> The editors.</note>'
    ))
    root = views.parse(page)
    (mark,) = root.xpath("//a[contains(@class, 'fn-ref')]")
    assert (mark.get("href"), mark.get("id")) == ("#fn-1", "fnref-1")
    (item,) = root.xpath("//li[@id='fn-1']")
    assert "The editors." in item.text_content() and item.xpath(".//a[@href='#fnref-1']")
    assert views.text(page, "reading").startswith("Su Yu:1 and more.")
    diplomatic = views.text(page, "diplomatic")
    assert diplomatic == "Su Yu:[1] and more. [1] The editors."


def test_literal_markers_from_rend(views: Any) -> None:
    page = render_tree(tei(
        '<p>close <add hand="#h" rend="[inserted by hand: {}]">appropriate</add> ties,'
        ' the <q rend="„{}“">Pueblo</q>, <q>yes</q>, <seg type="unclassified-bracket">x y</seg>'
        ' <gap reason="editorial" rend="[.…]"/></p>'
    ))
    assert views.text(page, "diplomatic") == (
        'close [inserted by hand: appropriate] ties, the „Pueblo“, "yes", [x y] [.…]'
    )
    assert views.text(page, "reading") == (
        "close handwritten appropriate ties, the „Pueblo“, “yes”, [x y] […]"
    )


def test_abbreviations_in_source_order(views: Any) -> None:
    page = render_tree(tei(
        '<p>the <choice><abbr>CC </abbr><expan resp="#translator">Central Committee</expan>'
        '</choice> of the <choice><expan>Korean Workers\' Party </expan>'
        '<abbr resp="#translator">KWP</abbr></choice></p>'
    ))
    assert views.text(page, "diplomatic") == (
        "the CC [Central Committee] of the Korean Workers' Party [KWP]")
    assert views.text(page, "reading") == "the Central Committee of the Korean Workers' Party"


def test_literal_braces_in_rend_templates(views: Any) -> None:
    """A brace the source printed is doubled in a marker template ("{{", "}}")."""
    page = render_tree(tei(
        '<p>a <supplied rend="[x {{y}} {}]">z</supplied>'
        ' <gap reason="editorial" rend="[{{…}}]"/></p>'
    ))
    assert views.text(page, "diplomatic") == "a [x {y} z] [{…}]"
