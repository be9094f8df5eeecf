"""An ellipsis alone on its line between paragraphs is a passage the editor left out."""

from __future__ import annotations

import pytest

from teikit.convert import convert_text
from teikit.rules.omission import printed_omission

TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.mark.parametrize(("line", "gap"), [
    ("...", True), (". . .", True), ("…", True), ("  ....", True),
    # (a row of them across the page; in angle brackets, as Russian editions mark a cut)
    ("………………………………", True), ("<…>", True), ("‹...›", True),
    ("..", False), ("... and so on", False), ("[…]", False),  # (a bracket is the rule's)
    ("<a>", False), ("…> so", False),
])
def test_an_ellipsis_alone_on_its_line(line: str, gap: bool) -> None:
    assert (printed_omission(line) is not None) is gap


def _gaps(source: str) -> list[tuple[str | None, str | None, str]]:
    """Each gap's reason, marker and parent (the conversion checks that the TEI gives the
    source back, the dots included)."""
    result = convert_text(source, overrides={"title": "Test", "date_text": "1962"},
                          enrich=False)
    return [(gap.get("reason"), gap.get("rend"), gap.getparent().tag)
            for gap in result.tree.getroot().iter(f"{TEI}gap")]


def test_the_ellipsis_between_two_passages_of_a_diary_is_a_gap_and_comes_back() -> None:
    source = ("17 January\n\nWith Martino and my collaborators we discuss the question of the "
              "bases, and they agree that the withdrawal proposal is acceptable.\n\n...\n\n"
              "In summary, everyone says that the meetings were constructive and close-knit, "
              "and it is the truth.\n")
    assert _gaps(source) == [("editorial", "...", f"{TEI}p")]


def test_an_ellipsis_alone_among_the_opening_lines_is_lines_left_out() -> None:
    """A cipher clerk's header, then `…` where the editor cut the telegram's first points (the
    Polish ciphergrams from Havana): the gap stands in the opener, where the lines were."""
    source = ("Ciphergram No. 150\nDispatched from Havana on 01.03.1962 at 23:30\n"
              "From: [Ambassador Bolesław] JELEŃ\n…\n\n5) There is an opinion among a small "
              "group of the heads of Latin American diplomatic posts that the situation will "
              "change.\n")
    assert _gaps(source) == [("editorial", "…", f"{TEI}opener")]


def test_a_part_of_the_talk_named_alone_on_its_line_is_a_passage_left_out() -> None:
    """`[Introductory remarks]` over the text and `[Concluding remarks.]` under it (the SED's
    notes as the archive prints them): the editor's summary of what it did not print."""
    source = ("Winkelmann to Hermann Axen, 9 June 1978\n\n[Introductory remarks]\n\n"
              "Comrade Ponomarev is sending cordial greetings to you and to the comrades of the "
              "department.\n\n[Concluding remarks.]\n")
    result = convert_text(source, overrides={"title": "Test", "date_text": "1978"},
                          enrich=False)
    gaps = list(result.tree.getroot().iter(f"{TEI}gap"))
    assert [("".join(gap.itertext()), gap.get("reason")) for gap in gaps] == [
        ("Introductory remarks", "editorial"), ("Concluding remarks.", "editorial")]


@pytest.mark.parametrize("source", [
    "Embassy of Hungary, Havana\n\n[excerpt]\n\nThe conference closed on 15 January.\n",
    "From the journal of N. P. Orlovsky\n\n[Excerpt]\n\nI visited the Deputy Minister.\n",
    "[Extract] The conference closed on 15 January, as the embassy reported.\n",
])
def test_the_excerpts_word_opening_a_line_is_the_passages_left_out(source: str) -> None:
    """`[Excerpt]` where a line begins says what the edition prints is cut from a longer
    paper, as `[…]` there says: the gap, its word its description (it was a remark)."""
    result = convert_text(source, overrides={"title": "Test", "date_text": "1966"},
                          enrich=False)
    root = result.tree.getroot()
    gaps = list(root.iter(f"{TEI}gap"))
    assert [(gap.get("reason"), "".join(gap.itertext()).lower()) for gap in gaps] in (
        [("editorial", "excerpt")], [("editorial", "extract")])
    assert not any(note.get("type") == "editorial" for note in root.iter(f"{TEI}note")
                   if "".join(note.itertext()).lower() in ("excerpt", "extract"))


def test_the_excerpts_word_in_a_sentence_is_no_gap() -> None:
    result = convert_text("He then read the [excerpt] aloud to the delegation.\n",
                          overrides={"title": "Test", "date_text": "1966"}, enrich=False)
    assert list(result.tree.getroot().iter(f"{TEI}gap")) == []


def test_the_enclosure_named_then_not_reproduced_is_a_passage_left_out() -> None:
    """`Enclosure: table …, on 3 pages. [not reproduced]`, ending its line under a report: what
    the edition left out of this document (it was a remark); a paper the sentence names, not
    published, is no part of this one cut."""
    source = ("The restoration of industry is going ahead.\n\nEnclosure: table of the restoration "
              "of industrial enterprises, on 3 pages. [not reproduced]\n\nHis note of 20 March "
              "[not published] was read.\n")
    result = convert_text(source, overrides={"title": "Test", "date_text": "1954"}, enrich=False)
    gaps = list(result.tree.getroot().iter(f"{TEI}gap"))
    assert ["".join(gap.itertext()) for gap in gaps] == ["not reproduced"]


def test_omissis_alone_on_its_line_is_a_passage_left_out() -> None:
    """`[omissis]` between an Italian telegram's paragraphs: the Latin the Italian archives
    mark a cut with, a gap (it was the original's word in another language)."""
    source = ("D'Orlandi reports on his talk with the Foreign Minister.\n\n[omissis]\n\n"
              "The minister then added that the raids would go on.\n")
    result = convert_text(source, overrides={"title": "Test", "date_text": "1966"},
                          enrich=False)
    gaps = list(result.tree.getroot().iter(f"{TEI}gap"))
    assert [("".join(gap.itertext()), gap.get("reason")) for gap in gaps] == [
        ("omissis", "editorial")]
    assert list(result.tree.getroot().iter(f"{TEI}foreign")) == []
