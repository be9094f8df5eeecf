"""A page that prints the original in its own script over its translation (or under it):
two texts, each read on its own, with its own opening lines, signature, date and notes."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from tei_text import NS, texts

from teikit.convert import convert_text
from teikit.readers.blocks import iter_blocks
from teikit.readers.joining import make_units
from teikit.readers.original_text import split_original
from teikit.validate import validate_file

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Zhou Enlai's cable of 4 October 1950 as the archive prints it: the Chinese, its notes, then
# the English (the notes' markers are the page's; the translation has a note of its own).
CABLE = """关于动员在东北的朝鲜人员回国事给高岗等的电报
(一九五0年十月四日)
西冬[1]电悉。汽车司机的动员事,凡在东北的朝鲜人员能动员多少应尽量动员,第一批望能达到五百人上下。
周恩来
十月四日
[1] 酒冬,即十月二日.
Gao [Gang], He [Jinnian]; also inform Ambassador Ni [Zhiliang]:
Received the October 2 telegram.[1] Try to mobilize as many Korean personnel in the \
Northeast as possible. The first group should be about 500 people.
Zhou Enlai
October 4 [1950]
[1] The telegram of 2 October was not found.
"""


def _converted(source: str) -> etree._Element:
    return convert_text(source, overrides={"title": "Test", "date_text": "October 4, 1950"},
                        enrich=False).tree.getroot()


def _split(source: str, language: str | None = None) -> tuple[list[str], list[str], bool, str]:
    found = split_original(make_units(iter_blocks(source)), language)
    assert found is not None
    return ([u.text for u in found.original], [u.text for u in found.translation], found.first,
            found.language)


def test_the_original_over_its_translation_is_a_text_of_its_own() -> None:
    root = _converted(CABLE)
    divs = root.xpath("//t:body/t:div", namespaces=NS)
    assert [(d.get("type"), d.get(XML_LANG)) for d in divs] == [
        ("original", "zh"), ("document", None)]
    original = "//t:body/t:div[@type='original']"
    assert texts(root, f"{original}/t:closer/t:signed") == ["周恩来"]
    assert texts(root, f"{original}/t:closer/t:dateline") == ["十月四日"]
    assert texts(root, "//t:body/t:div[@type='document']/t:closer/t:signed") == ["Zhou Enlai"]
    # each text's note joined to its own marker, their ids apart
    targets = root.xpath("//t:ref[@type='noteAnchor']/@target", namespaces=NS)
    ids = root.xpath("//t:note/@xml:id", namespaces=NS)
    assert len(targets) == 2 and sorted(t[1:] for t in targets) == sorted(ids)
    assert len(set(ids)) == 2
    # the original's words are its language's, none the translation's foreign words
    assert root.xpath("//t:foreign | //t:seg[@type='original']", namespaces=NS) == []


def test_the_two_texts_come_back_as_printed_and_are_valid(tmp_path: Path) -> None:
    result = convert_text(CABLE, overrides={"title": "Test", "date_text": "October 4, 1950"})
    out = tmp_path / "cable.xml"
    out.write_bytes(result.to_bytes())  # (the conversion's lossless check passed)
    report = validate_file(out, use_xml_model=False)
    assert report.valid, report.messages


def test_an_original_under_its_translation() -> None:
    source = ("Comrade Stalin agreed with the proposal of the Korean comrades and asked that "
              "the decision be postponed until a new discussion.\nFilippov\n\n"
              "Товарищ Сталин согласился с предложением корейских товарищей.\nФилиппов\n")
    original, translation, first, language = _split(source, "ru")
    assert (first, language) == (False, "ru")
    assert original[0].startswith("Товарищ") and translation[-1] == "Filippov"
    root = _converted(source)
    assert [d.get("type") for d in root.xpath("//t:body/t:div", namespaces=NS)] == [
        "document", "original"]
    assert texts(root, "//t:div[@type='original']/t:closer/t:signed") == ["Филиппов"]


def test_a_passage_inside_the_translation_or_a_page_in_one_language_is_no_second_text(
        ) -> None:
    english = ("Received the October 2 telegram. Try to mobilize as many Korean personnel in "
               "the Northeast as possible.")
    chinese = "西冬电悉。汽车司机的动员事,凡在东北的朝鲜人员能动员多少应尽量动员。"
    units = make_units(iter_blocks(f"{english}\n\n{chinese}\n\n{english}\n"))
    assert split_original(units, None) is None  # the original between two English paragraphs
    assert split_original(make_units(iter_blocks(f"{chinese}\n周恩来\n")), None) is None
    # a name in its script over the text is no original
    assert split_original(make_units(iter_blocks(f"周恩来\n\n{english}\n")), None) is None



def test_the_originals_last_point_before_its_signer_is_its_text() -> None:
    """`(三) 朴一禹[3]已返朝,…当由他转报金首相[4]。` over `周恩来`: a sentence of Chinese, short
    by its spaces as every line of Chinese is, stays the original's text (it was the first
    line of its closer); its date under its heading, the year's zero typed as a figure, is a
    date whole."""
    source = ("关于收集朝鲜战场双方情况事给倪志亮的电报\n(一九五0年十月五日)\n倪大使:\n"
              "(一) 请经常注视美伪军北进及人民军北撒和在敌后活动之情况。\n"
              "(二) 十二师袭占原州的作战情况及经验,望能注意收集。\n"
              "(三) 朴一禹已返朝,一切已和他面谈,当由他转报金首相。\n周恩来\n十月五日\n"
              "Ambassador Ni [Zhiliang]:\nPlease pay regular attention to the situation of the "
              "army’s advance north and the People’s Army’s retreat to the north.\n"
              "Pak Il U has returned to North Korea. [We] have spoken to him about everything.\n"
              "Zhou Enlai\nOctober 5\n")
    root = _converted(source)
    original = "//t:body/t:div[@type='original']"
    assert texts(root, f"{original}/t:p")[-1].startswith("(三)")
    assert texts(root, f"{original}/t:closer/t:signed") == ["周恩来"]
    assert texts(root, f"{original}/t:opener/t:dateline") == ["(一九五0年十月五日)"]
