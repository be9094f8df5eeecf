"""A passage of the original printed in its own script beside the translation is marked in
the language of its script (or the original's, where the page names it): a paragraph in that
language (`p[@xml:lang]`) in the running text, a segment (`seg[@type='original']`) among the
opening lines; never `foreign`, which is the translation's own borrowed words."""

from __future__ import annotations

from pathlib import Path

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.profiles import load_profile
from teikit.validate import validate_file
from teikit.writers.source import form_table, source_text

_NS = {"t": TEI_NS}
_CHINESE = ("9 7 日晚 11 40 分,在新六所宾馆 2 楼和李先念副总理会见由"
            "部长会议主席毛雷尔率领的罗马尼亚党政代表团。"
            "罗党政代表团是前往河内参加胡志明主席葬礼途中到达北京的。")
_TRANSLATION = ("On the evening of 7 September, Premier Zhou received the Romanian party and "
                "government delegation on its way to Hanoi for the funeral of President Ho.")


def _marked(source: str, xpath: str = "//t:text//t:seg[@type='original']", **meta: str
            ) -> list[tuple[str | None, str]]:
    root = convert_text(source, overrides={"title": "Test", "date_text": "September 7, 1969",
                                           **meta}, enrich=False).tree.getroot()
    return [(f.get("{http://www.w3.org/XML/1998/namespace}lang"), "".join(f.itertext()))
            for f in root.xpath(xpath, namespaces=_NS)]


def _foreign(source: str, **meta: str) -> list[tuple[str | None, str]]:
    return _marked(source, "//t:text//t:foreign", **meta)


def test_the_originals_paragraph_over_its_translation() -> None:
    """The original printed over the whole translation is a text of its own, in its language
    (`teikit.readers.original_text`): no segment, no foreign words."""
    assert _marked(f"{_CHINESE}\n\n{_TRANSLATION}\n") == []
    assert _marked(f"{_CHINESE}\n\n{_TRANSLATION}\n", "//t:div[@type='original']/t:p") == [
        (None, _CHINESE)]
    assert _foreign(f"{_CHINESE}\n\n{_TRANSLATION}\n") == []


def _paragraph_languages(source: str, **meta: str) -> list[tuple[str | None, str]]:
    root = convert_text(source, overrides={"title": "Test", "date_text": "September 7, 1969",
                                           **meta}, enrich=False).tree.getroot()
    return [(p.get("{http://www.w3.org/XML/1998/namespace}lang"), "".join(p.itertext()))
            for p in root.xpath("//t:body//t:p", namespaces=_NS)]


def test_a_paragraph_in_cyrillic_is_in_the_originals_language_where_the_page_names_it(
        ) -> None:
    """A paragraph wholly in the original is in that language, not a foreign phrase inside
    an English paragraph (the Korean War telegrams printed with their Russian original)."""
    passage = "Совершенно секретно. Экземпляр единственный. Товарищу Сталину."
    source = f"{_TRANSLATION}\n\n{passage}\n\nThe ambassador reported on the talks.\n"
    assert _paragraph_languages(source, original_language="Russian") == [
        (None, _TRANSLATION), ("ru", passage), (None, "The ambassador reported on the talks.")]
    assert _paragraph_languages(source)[1] == ("und-Cyrl", passage)
    assert _foreign(source) == []
    summary = convert_text(source, overrides={"title": "Test", "date_text": "May 1, 1950"})
    # the passage, counted as the original's, not as a foreign phrase
    assert summary.phenomena["original"] == 1 and summary.phenomena["foreign"] == 0


def test_a_name_in_its_script_or_a_run_with_latin_letters_is_no_passage() -> None:
    assert _marked(f"Premier Zhou Enlai (周恩来) received the delegation. {_TRANSLATION}\n") == []
    mixed = "一九五二年七月二十六日,毛泽东在周恩来起草的给斯大林的电报上批示z “照发。”"
    assert _marked(f"{_TRANSLATION}\n\n{mixed}\n") == []
    assert _marked(f"{_TRANSLATION}\n\n{mixed}\n", "//t:p[@xml:lang]") == []


def test_the_passage_comes_back_as_it_was_printed() -> None:
    result = convert_text(f"{_CHINESE}\n\n{_TRANSLATION}\n",
                          overrides={"title": "Test", "date_text": "September 7, 1969"})
    text = result.tree.getroot().find(f"{{{TEI_NS}}}text")
    written = source_text(text, form_table(load_profile("wilson").conventions))
    assert written.split() == f"{_CHINESE}\n\n{_TRANSLATION}".split()


def test_the_marked_passages_are_valid_against_the_house_schema(tmp_path: Path) -> None:
    source = (f"{_TRANSLATION}\n\n{_CHINESE}\n\n{_TRANSLATION} The talks went on for hours."
              f"[1]\n\nThe ambassador reported on the talks at length.\n\n[1] {_CHINESE}\n")
    result = convert_text(source, overrides={"title": "Test", "date_text": "September 7, 1969"})
    out = tmp_path / "original.xml"
    out.write_bytes(result.to_bytes())
    report = validate_file(out, use_xml_model=False)
    assert report.valid, report.messages
    tree = result.tree.getroot()
    assert tree.xpath("//t:p[@xml:lang='zh']", namespaces=_NS)
    assert tree.xpath("//t:note//t:seg[@type='original'][@xml:lang='zh']", namespaces=_NS)
