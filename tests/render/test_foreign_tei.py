"""TEI from other projects, rendered as their editors mean it: DraCor drama (cast list,
speeches, stage directions, verse) and EpiDoc (labelled sections, apparatus with lemma and
witnesses, bibliography pointers kept, the date of origin, no empty panels)."""

from __future__ import annotations

from typing import Any

import pytest
from lxml import html
from shared_paths import TEI_REAL

from teikit.render import render_file

PERICLES = TEI_REAL / "dracor-shake" / "tei_pericles.xml"
EPIDOC = TEI_REAL / "epidoc"


def page_of(path: Any) -> html.HtmlElement:
    return html.document_fromstring(render_file(path))


@pytest.fixture(scope="module")
def pericles() -> html.HtmlElement:
    return page_of(PERICLES)


def metadata(root: html.HtmlElement, label: str) -> str:
    return str(root.xpath(f"normalize-space(//dt[. = '{label}']/following-sibling::dd[1])"))


def test_the_cast_list_is_a_list(pericles: html.HtmlElement) -> None:
    (cast,) = pericles.xpath("//section[@class='castList']")
    items = cast.xpath(".//li[@class='castItem']")
    assert len(items) > 30
    assert " ".join(items[1].text_content().split()) == "Pericles , prince of Tyre"
    assert items[1].xpath("span[@class='roleDesc']")


def test_speeches_have_their_speaker_and_verse_lines(pericles: html.HtmlElement) -> None:
    (speech,) = pericles.xpath("//div[@class='sp'][@id='tei-sp-0045'] | "
                               "(//div[@class='sp'])[div[@class='speaker'] = 'PERICLES '][1]")
    assert speech.xpath("normalize-space(div[@class='speaker'])") == "PERICLES"
    lines = speech.xpath("div[@class='l']")
    assert [" ".join(line.text_content().split()) for line in lines][:1] == [
        "I have, Antiochus, and with a soul"]
    assert pericles.xpath("//*[contains(@class, 'stage')]")


def test_an_authority_id_is_not_part_of_the_authors_name(pericles: html.HtmlElement) -> None:
    assert metadata(pericles, "Author") == "William Shakespeare"


@pytest.fixture(scope="module")
def inscription() -> html.HtmlElement:
    return page_of(EPIDOC / "tests_data_source_PE3000196.xml")


def test_epidoc_sections_are_labelled_and_empty_ones_left_out(
    inscription: html.HtmlElement,
) -> None:
    labels = [" ".join(h.text_content().split())
              for h in inscription.xpath("//*[@class='div-label']")]
    assert labels == ["Bibliography", "Edition", "Apparatus", "Translation [ru]",
                      "Commentary [ru]", "Commentary [en]"]


def test_the_apparatus_keeps_its_line_references_and_notes(
    inscription: html.HtmlElement,
) -> None:
    entries = inscription.xpath("//ul[@class='apparatus']/li")
    assert len(entries) == 11
    assert entries[3].xpath("normalize-space(.//span[@class='line-ref'])") == "line 3/4"
    assert not inscription.xpath("//section[contains(@class, 'footnotes')]")


def test_bibliography_pointers_are_shown_not_dropped(inscription: html.HtmlElement) -> None:
    items = [" ".join(li.text_content().split())
             for li in inscription.xpath("//ul[@class='bibliography']/li")]
    assert items == ["bib:b0505, 113", "(bib:SEG, 59, 815", "bib:BE, 2010, 463)"]


def test_a_lemma_with_its_witness() -> None:
    root = page_of(EPIDOC / "tests_data_source_5.1.xml")
    (entry,) = [e for e in root.xpath("//span[@class='app']")
                if "βοηθὸς" in e.xpath("string(span[@class='lem'])")]
    assert entry.xpath("normalize-space(span[@class='line-ref'])") == "line 4"
    assert entry.xpath("normalize-space(span[@class='wit'])") == "bib:b0252"
    assert " ".join(entry.text_content().split()).startswith("line 4 βοηθὸς] om.")


def test_the_date_of_origin_not_the_find_date() -> None:
    root = page_of(EPIDOC / "tests_data_source_C49000.xml")
    assert metadata(root, "Date") == "First - third century A.D."
