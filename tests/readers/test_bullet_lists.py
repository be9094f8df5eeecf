"""Markdown's bulleted lists, as an export writes a web page's list (`*   item`, `  * item`,
`-   item`): in the running text a `list` whose items are labelled by their bullets, under a
distribution list's heading its items so labelled; never the notes a star opening a line
otherwise begins (`* The writing of the Chinese names …`), which a star in the text marks.
Before, a list of star items was read as notes with no marker, each warned of."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from tei_text import invalidity

from teikit.convert import convert_text
from teikit.profiles import load_profile
from teikit.writers.source import form_table, source_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}
HEADER = "**September 10, 1951**\n\n**Report on the Korean Army Corps**\n\n"
OPENING = ("The proposal was greeted with some caution by the Korean leaders, who asked for "
           "the following:\n\n")
CLOSING = ("\n\nThe talks will go on after the answer of the Americans is known to the "
           "delegation.\n\nUSSR AMBASSADOR in KOREA\n\nV. Razuvayev\n")


def _converted(body: str) -> tuple[etree._Element, list[str], dict[str, int]]:
    result = convert_text(HEADER + body, source_name="page.txt")
    text = result.tree.getroot().find("t:text", NS)
    assert text is not None
    return text, [d.message for d in result.diagnostics], dict(result.phenomena)


def _items(a_list: etree._Element) -> list[tuple[str | None, str]]:
    labels = [label.text for label in a_list.iterfind("t:label", NS)]
    items = ["".join(item.itertext()) for item in a_list.iterfind("t:item", NS)]
    return list(zip(labels or [None] * len(items), items, strict=True))


@pytest.mark.parametrize(("lines", "bullet"), [
    ("*   to return the prisoners of war;\n*   to withdraw the foreign troops.", "*"),
    ("  * to return the prisoners of war;\n  * to withdraw the foreign troops.", "*"),
    ("-   to return the prisoners of war;\n-   to withdraw the foreign troops.", "-"),
    ("+ to return the prisoners of war;\n\n+ to withdraw the foreign troops.", "+"),
])
def test_a_bulleted_list_in_the_text_is_a_list_labelled_by_its_bullets(lines: str,
                                                                        bullet: str) -> None:
    text, messages, phenomena = _converted(OPENING + lines + CLOSING)
    (a_list,) = text.iterfind(".//t:div/t:list", NS)
    assert a_list.get("type") is None
    assert _items(a_list) == [(bullet, "to return the prisoners of war;"),
                              (bullet, "to withdraw the foreign troops.")]
    assert text.find(".//t:note", NS) is None and "footnote" not in phenomena
    assert "distribution_list" not in phenomena
    assert messages == []
    source = source_text(text, form_table(load_profile("wilson").conventions))
    assert f"{bullet} to withdraw the foreign troops." in " ".join(source.split())


def test_star_lines_are_notes_where_the_text_marks_them_with_stars() -> None:
    text, messages, phenomena = _converted(
        "The delegation of [Li Kuo Nyn]* met the delegation of [Chao Kuan-hua]** at noon, as "
        "the Chinese side had asked.\n\n* The writing of the Chinese names is possibly "
        "inaccurate.\n** The name is spelled as in the original.\n")
    assert text.find(".//t:list", NS) is None
    assert phenomena.get("footnote") == 2
    assert messages == []


def test_a_dash_opening_one_paragraph_is_no_list() -> None:
    text, _, _ = _converted(OPENING + "- to return the prisoners of war.\n\nThe delegation "
                            "agreed to the proposal of the Chinese side on the same day." + CLOSING)
    assert text.find(".//t:list", NS) is None
    assert any("".join(p.itertext()).startswith("- to return")
               for p in text.iterfind(".//t:p", NS))


def test_a_distribution_lists_bullets_are_its_items_labels() -> None:
    text, _, phenomena = _converted(
        OPENING + "to return the prisoners of war." + CLOSING
        + "\nDistributed to\n\n-   Cdes: Stalin\n-   Molotov\n-   Malenkov\n")
    (a_list,) = text.iterfind(".//t:list[@type='distribution']", NS)
    assert _items(a_list) == [("-", "Cdes: Stalin"), ("-", "Molotov"), ("-", "Malenkov")]
    assert phenomena.get("distribution_list") == 1


def test_bulleted_lists_are_valid_tei(tmp_path: Path) -> None:
    text, _, _ = _converted(OPENING + "*   to return the prisoners of war;\n*   to withdraw "
                            "the foreign troops." + CLOSING)
    assert invalidity(text.getroottree(), tmp_path) == []
