"""The pre-pass's page-wide answers (which markings the legend explains, where the texts
are) on real documents: equal to what a search of the whole document finds, and not
taken from a document that carries such attributes itself."""

from __future__ import annotations

import copy

import pytest
from lxml import etree, html
from shared_paths import EDITION, ENCODING_EXAMPLE, TEI_REAL

from teikit.render import parse_tei, render_tree
from teikit.render.marks import ANCHORED, LEGEND, TEXTS_AT_ROOT, XML_ID
from teikit.render.prepass import annotate

NS = {"tei": "http://www.tei-c.org/ns/1.0", "tk": "urn:teikit:render"}
# What each legend row is about, as XPath over the whole annotated document.
LEGEND_SEARCHES = {
    "supplied": "//tei:supplied", "reg": "//tei:reg", "hand": "//tei:add[@hand]",
    "sic": "//tei:sic | //tei:note[@type = 'sic']", "gap": "//tei:gap",
    "note": "//tei:note[@tk:num]", "pb": "//tei:pb", "cert": "//tei:text//*[@cert]",
}
DOCUMENTS = [EDITION / "edition.xml", ENCODING_EXAMPLE,
             TEI_REAL / "hsg-frus-history" / "monograph_frus-history.xml",
             TEI_REAL / "dta-soldatenbriefe" / "data_letter-081.xml",
             TEI_REAL / "epidoc" / "tests_data_source_5.1.xml"]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_legend_names_the_markings_a_search_finds(path) -> None:
    tree = parse_tei(path)
    annotate(tree.getroot())
    found = {kind for kind, search in LEGEND_SEARCHES.items()
             if tree.xpath(search, namespaces=NS)}
    assert set((tree.getroot().get(LEGEND) or "").split()) == found


def test_the_seed_uses_several_markings() -> None:
    tree = parse_tei(EDITION / "edition.xml")
    annotate(tree.getroot())
    assert len(tree.getroot().get(LEGEND, "").split()) >= 3


ROW_NAMES = {"supplied": "Words supplied", "reg": "Name in standard form",
             "hand": "Handwritten addition", "sic": "Error in the original",
             "gap": "Illegible or omitted passage", "note": "Note", "pb": "Page break",
             "cert": "Uncertain reading"}


def test_a_legend_the_document_brings_is_replaced() -> None:
    tree = parse_tei(TEI_REAL / "dta-soldatenbriefe" / "data_letter-008.xml")
    annotated = copy.deepcopy(tree)
    annotate(annotated.getroot())
    absent = [kind for kind, search in LEGEND_SEARCHES.items()
              if not annotated.xpath(search, namespaces=NS)]
    assert absent
    tree.getroot().set(LEGEND, " ".join(absent))
    page = html.document_fromstring(render_tree(tree))
    rows = {" ".join(th.text_content().split()) for th in page.xpath("//table//th[@scope='row']")}
    assert rows and not rows & {ROW_NAMES[kind] for kind in absent}


def _corpus_of(*paths) -> etree._ElementTree:
    corpus = etree.Element(f"{{{NS['tei']}}}teiCorpus", nsmap={None: NS["tei"]})
    header = parse_tei(paths[0]).getroot().find("tei:teiHeader", NS)
    corpus.append(copy.deepcopy(header))
    for path in paths:
        corpus.append(parse_tei(path).getroot())
    return etree.ElementTree(corpus)


def test_texts_at_the_root_are_marked() -> None:
    tree = parse_tei(EDITION / "edition.xml")
    annotate(tree.getroot())
    assert tree.getroot().get(TEXTS_AT_ROOT) == "yes"


def test_a_corpus_page_shows_every_text_and_is_not_marked() -> None:
    letters = [TEI_REAL / "dta-soldatenbriefe" / name
               for name in ("data_letter-008.xml", "data_letter-023.xml")]
    corpus = _corpus_of(*letters)
    corpus.getroot().set(f"{{{NS['tk']}}}texts-at-root", "yes")  # brought by the document
    annotated = copy.deepcopy(corpus)
    annotate(annotated.getroot())
    assert annotated.getroot().get(TEXTS_AT_ROOT) is None
    page = html.document_fromstring(render_tree(corpus)).xpath("string(//*[@id='text'])")
    for letter in letters:
        words = " ".join(parse_tei(letter).xpath("string(//tei:body)", namespaces=NS).split())
        assert words[:40] in " ".join(page.split())


def test_notes_with_an_anchor_in_the_text_are_marked_and_only_they() -> None:
    tree = etree.ElementTree(etree.fromstring(
        f'<TEI xmlns="{NS["tei"]}" xmlns:tk="{NS["tk"]}"><teiHeader/><text><body>'
        '<p>One<ref type="noteAnchor" target="#n1">1</ref>, two<note xml:id="n2" '
        'tk:anchored="yes">a note brought marked</note>.</p>'
        '<note xml:id="n1" place="end">The end note.</note></body></text></TEI>'))
    annotate(tree.getroot())
    marked = [note.get(XML_ID) for note in tree.iter(f"{{{NS['tei']}}}note")
              if note.get(ANCHORED) == "yes"]
    assert marked == ["n1"]


BLOCK_TEST = " or ".join(f"self::tei:{name}" for name in (
    "p", "ab", "head", "l", "item", "cell", "signed", "dateline", "salute", "trailer", "byline"))


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_blocks_marked_for_notes_are_the_blocks_around_note_marks(path) -> None:
    tree = parse_tei(path)
    annotate(tree.getroot())
    expected = tree.xpath("//tei:note[@tk:num][not(@place = 'end')][not(@type = 'sic')]"
                          f"/ancestor::*[{BLOCK_TEST}][1]", namespaces=NS)
    assert tree.xpath("//*[@tk:notes-after]", namespaces=NS) == expected
