"""Markdown's emphasis in a transcription: `**bold**` and `*italic*`, and as web clippers and
other writers put it, `__bold__` and `_italic_` (the underscores kept after the rendition in
`@rend`, so that the TEI gives the source back); an underscore inside a word, or a form's
blank, is text."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from teikit.convert import convert_text
from teikit.validate import validate_file

NS = {"t": "http://www.tei-c.org/ns/1.0"}
HEADER = "**May 1, 1962**\n\n**Telegram to Comrade Filippov [Stalin]**\n\n"


def _emphasis(paragraph: str) -> list[tuple[str, str]]:
    root = convert_text(HEADER + paragraph + "\n", source_name="page.txt").tree.getroot()
    return [("".join(hi.itertext()), hi.get("rend"))
            for hi in root.iterfind(".//t:body//t:hi", NS)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("See *Pravda* of 3 May and **the decree**.",
     [("Pravda", "italic"), ("the decree", "bold")]),
    ("See _Pravda_ of 3 May and __the decree__.",
     [("Pravda", "italic _{}_"), ("the decree", "bold __{}__")]),
    ("The file snake_case_name and Korea_(disambiguation) and No. ____ of the form.", []),
    ("Secret. Copy #_1_ of the record, sheet _12_.", []),  # a form's blanks filled in
    ("A star *opened_ is not closed by an underscore.", []),
])
def test_emphasis_with_asterisks_or_underscores(paragraph: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert _emphasis(paragraph) == expected


def test_underscores_are_emphasis_where_asterisks_are_note_markers() -> None:
    paragraph = ("The name of [Li Kuo Nyn]* was printed in _Renmin Ribao_.\n\n"
                 "* The writing of the Chinese names is possibly inaccurate.")
    assert _emphasis(paragraph) == [("Renmin Ribao", "italic _{}_")]


def test_single_asterisks_are_italics_where_the_note_markers_are_escaped() -> None:
    """`… Castro to the USSR.\\*` / `\\* The visit took place …`: the export escapes the
    star that marks the note, so `(*zafra*)` is a word in italics (it was two note markers
    around it); unescaped markers keep single asterisks the notes'."""
    paragraph = ("The sugar harvest (*zafra*) began late before the planned visit of Comrade "
                 "Castro to the USSR.\\*\n\n\\* The visit took place from 27 April to 3 June.")
    assert _emphasis(paragraph) == [("zafra", "italic")]
    unescaped = paragraph.replace("\\*", "*")
    assert _emphasis(unescaped) == []


def test_emphasis_with_underscores_is_valid_against_the_house_schema(tmp_path: Path) -> None:
    path = tmp_path / "page.xml"
    page = HEADER + "See _Pravda_ of 3 May and __the decree__ [to put] at once.\n"
    path.write_bytes(convert_text(page, source_name="page.txt").to_bytes())
    report = validate_file(path)
    assert report.valid, report.messages
    xsd = Path(__file__).resolve().parents[2] / "schemas" / "teikit.xsd"
    assert validate_file(path, schemas=[xsd], use_xml_model=False).valid
    assert etree.parse(str(path)).find(".//t:hi", NS) is not None


def _deletions(paragraph: str) -> list[tuple[str, str | None, str | None]]:
    root = convert_text(HEADER + paragraph + "\n", source_name="page.txt").tree.getroot()
    return [("".join(d.itertext()), d.get("resp"), d.get("rend"))
            for d in root.iterfind(".//t:body//t:del", NS)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # (words struck through, as a web page's `<s>` or `<del>` is exported: the original's
    # deletion, as the translation prints it)
    ("The proposal of the ~~American~~ Chinese side was accepted.",
     [("American", "#translator", "~~{}~~")]),
    ("The ~~**first**~~ second proposal.", [("first", "#translator", "~~{}~~")]),
    ("About ~50 tons, ~ 30 men and ~~ 12 ~~ guns; the path ~/archive.", []),
])
def test_words_struck_through_with_tildes_are_a_deletion(
        paragraph: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _deletions(paragraph) == expected
