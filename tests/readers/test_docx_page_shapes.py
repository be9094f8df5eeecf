"""A Word file holds a page export's shapes as paragraphs: a hand's note in brackets over
three paragraphs, a sentence split over two, a rule of asterisks, the original in its own
script over the translation. Each is read as from the page export (they were separate
paragraphs, a bracket never closed, the original's lines opening the translation)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from readers.docx_builder import WordFile
from shared_paths import DEV_RAW

from teikit import TEI_NS
from teikit.convert import convert_file, convert_text
from teikit.readers.page_header import parse_page_header

NS = {"t": TEI_NS}
META = {"title": "A report", "date_text": "10 January 1939"}


def _word(tmp_path: Path, lines: list[str]) -> etree._Element:
    word = WordFile()
    for line in lines:
        word.paragraph(line)
    return convert_file(word.save(tmp_path / "page.docx"), overrides=META).tree.getroot()


def _text_element(root: etree._Element) -> bytes:
    text = root.find(f"{{{TEI_NS}}}text")
    return etree.tostring(text)


def _same_as_page_export(tmp_path: Path, lines: list[str]) -> etree._Element:
    root = _word(tmp_path, lines)
    exported = convert_text("\n\n".join(lines) + "\n", overrides=META).tree.getroot()
    assert _text_element(root) == _text_element(exported)
    return root


def test_a_hands_note_over_three_paragraphs_is_one_addition(tmp_path: Path) -> None:
    root = _same_as_page_export(tmp_path, [
        "[handwritten: from Minutes Nº 64", "Politburo decisions for 5 January - 1 February 1939",
        "from 10 January 1939]",
        "The Politburo of the Central Committee decided to send the delegation to the talks "
        "and to report on their results in a month."])
    (addition,) = root.iterfind(".//t:add", NS)
    assert " ".join("".join(addition.itertext()).split()) == (
        "from Minutes Nº 64 Politburo decisions for 5 January - 1 February 1939 from 10 "
        "January 1939")


def test_a_sentence_split_over_two_paragraphs_is_one_with_a_page_break(tmp_path: Path) -> None:
    root = _same_as_page_export(tmp_path, [
        "The hostile attitude of the South Koreans to the armistice negotiations is explained "
        "not only by the fact that in an armistice they see the collapse of their plans to",
        "seize North Korea but also by their position at the front.",
        "The Korean friends wish to achieve an armistice more rapidly."])
    paragraphs = root.findall(".//t:body//t:p", NS)
    assert len(paragraphs) == 2
    assert paragraphs[0].find("t:pb", NS) is not None


def test_a_rule_of_spaced_asterisks_is_a_rule(tmp_path: Path) -> None:
    root = _same_as_page_export(tmp_path, [
        "The delegation arrived in Moscow on the morning of the tenth and was received.",
        "* * * * *",
        "The talks went on for two days and ended with an agreement on the next steps."])
    assert [ab.get("type") for ab in root.iterfind(".//t:body//t:ab", NS)] == ["rule"]


def test_the_original_over_its_translation_is_a_text_of_its_own(tmp_path: Path) -> None:
    root = _same_as_page_export(tmp_path, [
        "林邓谭萧赵：四野所有朝鲜部队和朝鲜干部同意派回朝鲜工作。中共中央已与朝鲜共产党中央接洽好。",
        "军委",
        "Lin, Deng, Tan, Xiao and Zhao: all the Korean units and cadres of the Fourth Field Army "
        "agree to be sent back to Korea to work.",
        "Central Military Commission"])
    (original,) = root.iterfind(".//t:body/t:div[@type='original']", NS)
    assert original.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh"
    assert "林邓谭萧赵" in "".join(original.itertext())
    (translation,) = root.iterfind(".//t:body/t:div[@type='document']", NS)
    assert "林" not in "".join(translation.itertext())


def test_no_sentence_is_joined_across_a_table(tmp_path: Path) -> None:
    """A paragraph left open over a table and one in lower case under it stay two: the
    table stands between them (joined, the table went after both)."""
    word = WordFile()
    word.paragraph("The figures of the deliveries agreed for the first half of the year are "
                   "shown in the table of the ministry")
    table = word.document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("Item", "Tons"), ("Steel", "120")), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    word.paragraph("and the rest will follow in the autumn, as both sides agreed in the talks.")
    root = convert_file(word.save(tmp_path / "table.docx"), overrides=META).tree.getroot()
    body = root.find(".//t:body/t:div", NS)
    assert body is not None
    names = [etree.QName(child).localname for child in body
             if etree.QName(child).localname in ("p", "table")]
    assert names == ["p", "table", "p"]
    assert root.find(".//t:body//t:pb", NS) is None


def test_a_markdown_heading_typed_into_word_is_a_heading(tmp_path: Path) -> None:
    """`#### POLITICAL ATTITUDES` pasted from a page export into Word is the heading it is
    there, its markers kept in `@rend` (as the asterisks of emphasis are read); `# 182-sh`,
    a number sign before a number, stays text."""
    root = _same_as_page_export(tmp_path, [
        "The delegation arrived in Moscow on the morning of the tenth and was received.",
        "#### POLITICAL ATTITUDES",
        "The hostile attitude of the South Koreans to the armistice negotiations is evident.",
        "# 182-sh"])
    heads = root.findall(".//t:body//t:head", NS)
    assert [(head.text, head.get("rend")) for head in heads] == [
        ("POLITICAL ATTITUDES", "#### {}")]
    assert "# 182-sh" in "".join(root.find(".//t:body", NS).itertext())


def _counted(root: etree._Element) -> dict[str, int]:
    text = root.find(f"{{{TEI_NS}}}text")
    assert text is not None
    names = [etree.QName(element).localname for element in text.iter()
             if isinstance(element.tag, str)]
    return {name: names.count(name) for name in sorted(set(names))}


@pytest.mark.parametrize("page", sorted(path.name for path in DEV_RAW.glob("*.txt"))
                         if DEV_RAW.is_dir() else ["(dev pages absent)"])
def test_each_dev_page_as_a_word_file_reads_as_its_text(page: str, tmp_path: Path) -> None:
    """The dev set's pages, each body made into a Word file of one paragraph per line, give
    the elements the same lines give saved as text (`bench/word_pages.py` does this for any
    folder of pages)."""
    raw = (DEV_RAW / page).read_text(encoding="utf-8")
    lines = [line for line in raw[parse_page_header(raw).body_start:].splitlines()
             if line.strip()]
    as_word = _counted(_word(tmp_path, lines))
    as_text = _counted(convert_text("\n\n".join(lines) + "\n", overrides=META).tree.getroot())
    assert as_word == as_text
