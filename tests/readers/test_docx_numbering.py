"""Word's numbered paragraphs: the numbers Word draws before them are read as their first
characters, counted as Word counts (by list and level, a list that starts over, a style that
numbers), so that a report's numbered points keep their numbers in the edition."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from readers.docx_builder import WordFile

from teikit import TEI_NS
from teikit.convert import convert_file
from teikit.readers.docx_numbering import Numbering

NS = {"t": TEI_NS}
META = {"title": "A report", "date_text": "3 September 1986"}
POINTS = ("The side will deliver a study and other materials on the origin of the disease.",
          "The other side will assist in distributing the materials in the states of Europe.",
          "Both sides will report to each other on the results of the measures every year.")


def _paragraphs(path: Path) -> list[str]:
    root = convert_file(path, overrides=META).tree.getroot()
    return [" ".join("".join(p.itertext()).split())
            for p in root.iterfind(".//t:body//t:p", NS)]


def test_a_points_number_from_its_list_style_is_its_first_characters(tmp_path: Path) -> None:
    """`List Number` (a style that numbers, as Word's own template has it) gives `1.`, `2.`,
    `3.` before the points; `List Bullet` gives no text (the numbers were lost)."""
    word = WordFile()
    word.paragraph("The plan has the following points, agreed by both services in Berlin.")
    for point in POINTS:
        word.paragraph(point, style="List Number")
    word.paragraph("The sides will meet again in the spring to see how far they have come.",
                   style="List Bullet")
    paragraphs = _paragraphs(word.save(tmp_path / "points.docx"))
    assert paragraphs[1:4] == [f"{n}. {point}" for n, point in enumerate(POINTS, 1)]
    assert paragraphs[4].startswith("The sides will meet")


def test_levels_count_apart_and_a_deeper_level_starts_over(tmp_path: Path) -> None:
    """Roman figures for the parts, `I.1)` for their points: a part's points count from 1
    again under the next part."""
    word = WordFile()
    word.paragraph("The plan of common and coordinated measures for the next two years.")
    list_id, _ = word.list_definition([("upperRoman", "%1.", 1), ("decimal", "%1.%2)", 1)])
    word.numbered("Combatting the policy of confrontation and of arms build-up.", list_id)
    word.numbered(POINTS[0], list_id, level=1)
    word.numbered(POINTS[1], list_id, level=1)
    word.numbered("Supporting the movement for peace in the states of Western Europe.",
                  list_id)
    word.numbered(POINTS[2], list_id, level=1)
    paragraphs = _paragraphs(word.save(tmp_path / "parts.docx"))
    assert [p.split(" ", 1)[0] for p in paragraphs[1:]] == ["I.", "I.1)", "I.2)", "II.",
                                                             "II.1)"]


def test_a_list_that_starts_over_takes_its_own_first_number(tmp_path: Path) -> None:
    """A second list on the same definition that restarts at 5 (Word's `startOverride`)."""
    word = WordFile()
    word.paragraph("The measures of the first year are numbered, and those of the second.")
    first, abstract = word.list_definition([("decimal", "%1.", 1)])
    word.numbered(POINTS[0], first)
    word.numbered(POINTS[1], first)
    again, _ = word.list_definition([], starts={0: 5}, abstract=abstract)
    word.numbered(POINTS[2], again)
    paragraphs = _paragraphs(word.save(tmp_path / "again.docx"))
    assert [p.split(" ", 1)[0] for p in paragraphs[1:]] == ["1.", "2.", "5."]


def _numbering(xml: str) -> etree._Element:
    return etree.fromstring(
        f'<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"{xml}</w:numbering>")


def _paragraph(list_id: str, level: str) -> etree._Element:
    return etree.fromstring(
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:pPr>'
        f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{list_id}"/></w:numPr></w:pPr></w:p>')


class _NoStyles:
    def paragraph_style(self, element: etree._Element) -> None:
        return None


def test_a_damaged_definition_gives_no_label_or_a_bounded_one() -> None:
    """A hostile file's figures: a first number of a billion is bounded, a level past the
    ninth or a list with no definition gives no label, a letter list goes on `aa`."""
    numbering = Numbering(_numbering(
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1000000000"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="27"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%2)"/><w:suff w:val="nothing"/></w:lvl>'
        '<w:lvl w:ilvl="12"><w:numFmt w:val="decimal"/><w:lvlText w:val="%13"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="8"><w:abstractNumId w:val="404"/></w:num>'), _NoStyles())
    assert numbering.label(_paragraph("7", "0")) == "99999. "
    assert numbering.label(_paragraph("7", "1")) == "aa)"
    assert numbering.label(_paragraph("7", "12")) == ""
    assert numbering.label(_paragraph("8", "0")) == ""
    assert numbering.label(_paragraph("0", "0")) == ""


def test_a_label_no_word_document_shows_is_none() -> None:
    """A level text of a megabyte, or figures that would spell a label of thousands of
    letters, give no label: each numbered paragraph would carry it."""
    numbering = Numbering(_numbering(
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{"%1" * 500_000}"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="99999"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>'), _NoStyles())
    assert numbering.label(_paragraph("7", "0")) == ""
    assert numbering.label(_paragraph("7", "1")) == ""


class _Style:
    def __init__(self, style_id: str, numbering: str) -> None:
        self.style_id = style_id
        self.base_style = None
        self.element = etree.fromstring(
            '<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:pPr><w:numPr><w:numId w:val="{numbering}"/></w:numPr></w:pPr></w:style>')


class _HeadingStyles:
    """Headings 1 and 2 numbered by their styles, which name the list and no level."""

    def __init__(self) -> None:
        self.by_id = {name: _Style(name, "5") for name in ("Heading1", "Heading2")}

    def paragraph_style(self, element: etree._Element) -> _Style | None:
        found = element.find(f"{{{_W}}}pPr/{{{_W}}}pStyle")
        return self.by_id.get(found.get(f"{{{_W}}}val")) if found is not None else None


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _styled(style: str) -> etree._Element:
    return etree.fromstring(f'<w:p xmlns:w="{_W}"><w:pPr><w:pStyle w:val="{style}"/></w:pPr></w:p>')


def test_headings_numbered_by_their_styles_take_the_level_that_names_the_style() -> None:
    """Word's numbered headings: `Heading 2` names the list only, its level is the one whose
    definition names `Heading2` (`1.1`, not a second `1.`)."""
    numbering = Numbering(_numbering(
        '<w:abstractNum w:abstractNumId="1">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'),
        _HeadingStyles())
    labels = [numbering.label(_styled(style)) for style in
              ("Heading1", "Heading2", "Heading2", "Heading1", "Heading2")]
    assert labels == ["1. ", "1.1 ", "1.2 ", "2. ", "2.1 "]


def test_a_list_on_a_numbering_style_takes_its_levels_and_its_count() -> None:
    """A definition that only links to a numbering style (`numStyleLink`) numbers with the
    levels of the definition that holds the style (`styleLink`), counting on with it."""
    numbering = Numbering(_numbering(
        '<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="Points"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="3"><w:numStyleLink w:val="Points"/></w:abstractNum>'
        '<w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>'
        '<w:num w:numId="7"><w:abstractNumId w:val="2"/></w:num>'), _NoStyles())
    assert [numbering.label(_paragraph(list_id, "0")) for list_id in ("6", "6", "7")] == [
        "a) ", "b) ", "c) "]
