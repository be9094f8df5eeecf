"""Languages reach the page (WCAG 3.1.1, 3.1.2): the page's `lang` is the document's, and
every `@xml:lang` of the text becomes a `lang` on what shows it."""

from __future__ import annotations

from lxml import etree, html

from teikit.render import render_tree

TEI = "http://www.tei-c.org/ns/1.0"


def page(root_lang: str, body: str, text_lang: str = "") -> html.HtmlElement:
    lang = f' xml:lang="{root_lang}"' if root_lang else ""
    on_text = f' xml:lang="{text_lang}"' if text_lang else ""
    tree = etree.ElementTree(etree.fromstring(
        f'<TEI xmlns="{TEI}"{lang}><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>'
        f"</fileDesc></teiHeader><text{on_text}><body>{body}</body></text></TEI>"
    ))
    return html.document_fromstring(render_tree(tree))


def test_the_page_speaks_the_documents_language() -> None:
    assert page("de", "<p>Lieber Bruder</p>").get("lang") == "de"
    assert page("", "<p>Дорогой товарищ</p>", text_lang="ru").get("lang") == "ru"
    assert page("", "<p>x</p>").get("lang") == "en"


def test_a_german_passage_keeps_its_language() -> None:
    root = page("en", '<p>He wrote: <q xml:lang="de">Wir halten durch</q>.</p>')
    (quote,) = root.xpath("//*[@lang='de']")
    assert quote.text_content().strip("“”\"") == "Wir halten durch"


def test_a_russian_passage_keeps_its_language() -> None:
    root = page("en", '<p xml:lang="ru">Совершенно секретно</p>')
    assert root.xpath("normalize-space(//p[@lang='ru'])") == "Совершенно секретно"


def test_a_chinese_note_keeps_its_language() -> None:
    root = page("en", '<p>Mao<note place="foot" xml:lang="zh">毛泽东</note> wrote.</p>')
    (footnote,) = root.xpath("//li[@id='fn-1']")
    assert footnote.get("lang") == "zh"
    assert "毛泽东" in footnote.text_content()


def test_languages_on_inline_elements_and_interventions() -> None:
    root = page("en", '<p><foreign xml:lang="ru-Latn">narodnye voyska</foreign>'
                      ' <hi rend="italic" xml:lang="de">Ordnung</hi>'
                      ' <supplied xml:lang="zh" resp="#translator">北京</supplied></p>')
    assert {e.get("lang") for e in root.xpath("//p//*[@lang]")} == {"ru-Latn", "de", "zh"}


def test_three_letter_codes_become_the_two_letter_tags_html_expects() -> None:
    root = page("deu", '<p xml:lang="rus">Совершенно секретно</p><p xml:lang="grc">λόγος</p>'
                       '<p xml:lang="rus-Latn">narodnye voyska</p>')
    assert root.get("lang") == "de"
    assert [p.get("lang") for p in root.xpath("//p[@lang]")] == ["ru", "grc", "ru-Latn"]
