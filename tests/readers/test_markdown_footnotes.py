"""Markdown's footnotes, as pandoc, GitHub and an editor's Markdown write them: `[^1]` in the
text and `[^1]: …` for its note (a label of figures or words). The reference is a note's anchor
pointing to the note, as a numbered `[1]` is, the note keeps its place, both record the
Markdown they were written in, so that the TEI gives the source back. Before, `[^1]` was a word
the translator supplied and its note a bracket no rule knew."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from shared_paths import DEV_RAW
from tei_text import invalidity

from teikit.convert import convert_text
from teikit.profiles import load_profile
from teikit.writers.source import form_table, source_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}
HEADER = "**September 10, 1951**\n\n**Report on the Korean Army Corps**\n\n"
TEXT = ("The units under the command of the corps[^1] were these, as the staff of the second "
        "army[^kpa] reported on 4 May.\n\nThe proposal was greeted with some caution by the "
        "Korean leaders.\n\n[^1]: The 1st and 2nd corps.\n\n"
        "[^kpa]: The Korean People's Army; see https://example.org/kpa.")


def _converted(body: str) -> tuple[etree._Element, list[str]]:
    result = convert_text(HEADER + body + "\n", source_name="page.txt")
    text = result.tree.getroot().find("t:text", NS)
    assert text is not None
    return text, [d.message for d in result.diagnostics]


def test_a_footnote_reference_points_to_its_note_by_its_label() -> None:
    text, messages = _converted(TEXT)
    refs = text.findall(".//t:ref[@type='noteAnchor']", NS)
    assert [(r.get("n"), r.get("target"), r.get("rend")) for r in refs] == [
        ("1", "#note-1", "[^{}]"), ("kpa", "#note-kpa", "[^{}]")]
    notes = {note.get("{http://www.w3.org/XML/1998/namespace}id"): note
             for note in text.iterfind(".//t:note", NS)}
    assert set(notes) == {"note-1", "note-kpa"}
    marker = notes["note-kpa"].find("t:seg[@type='marker']", NS)
    assert (marker.text, marker.get("rend")) == ("kpa", "[^{}]:")
    assert "".join(notes["note-1"].itertext()).strip() == "1 The 1st and 2nd corps."
    # (a note whose text holds an address is a note, not a link's definition)
    assert "The Korean People's Army" in "".join(notes["note-kpa"].itertext())
    assert text.find(".//t:supplied", NS) is None
    assert text.find(".//t:seg[@type='unclassified-bracket']", NS) is None
    assert messages == []


def test_the_source_writer_gives_the_markdown_back() -> None:
    text, _ = _converted(TEXT)
    source = source_text(text, form_table(load_profile("wilson").conventions))
    assert "corps[^1] were" in source and "army[^kpa] reported" in source
    assert "[^1]: The 1st and 2nd corps." in source


def test_a_reference_no_note_defines_stays_text_with_a_warning() -> None:
    text, messages = _converted("The units of the corps[^9] were these, as the staff "
                                "reported on 4 May in the evening.")
    assert text.find(".//t:ref", NS) is None and text.find(".//t:supplied", NS) is None
    assert "corps[^9] were" in "".join(text.itertext())
    assert messages == ["note marker [^9] has no note text (kept as text)"]


def test_a_caret_that_is_no_label_is_read_as_before() -> None:
    text, _ = _converted("The price rose by 2[^ 3] per cent, as the ministry reported on "
                         "4 May in the evening.")
    assert text.find(".//t:ref", NS) is None


def test_footnotes_are_valid_tei(tmp_path: Path) -> None:
    text, _ = _converted(TEXT)
    assert invalidity(text.getroottree(), tmp_path) == []


@pytest.mark.parametrize(("mark", "note"), [
    ("[[1]](#_ftn1)", "[[1]](#_ftnref1)"),  # a word processor's notes on a web page
    ("[\\[1\\]](#_ftn1)", "[\\[1\\]](#_ftnref1)"),  # the same with the brackets escaped
    ("[1](#fn1)", "[1](#fnref1)"),  # pandoc's
])
def test_a_notes_number_linked_within_the_page_is_its_mark(mark: str, note: str) -> None:
    text, messages = _converted(
        f"The units under the command of the corps{mark} were these, as the staff of the "
        f"second army reported on 4 May.\n\nThe proposal was greeted with caution.\n\n"
        f"{note} The 1st and 2nd corps.")
    (ref,) = text.iterfind(".//t:ref[@type='noteAnchor']", NS)
    (note_element,) = text.iterfind(".//t:note", NS)
    assert (ref.get("n"), ref.get("target")) == ("1", "#note-1")
    assert note_element.get("{http://www.w3.org/XML/1998/namespace}id") == "note-1"
    assert "".join(note_element.itertext()).strip() == "1 The 1st and 2nd corps."
    assert text.find(".//t:supplied", NS) is None and messages == []
    assert "#_ftn" not in "".join(text.itertext()) and "#fn" not in "".join(text.itertext())


def test_a_signers_line_with_a_linked_note_number_is_still_the_signature() -> None:
    """The line's words read the linked number as its number (`ANGELOV[[1]](#_ftn1)` as
    `ANGELOV[1]`), so that the line is what it was without the link (w028's cable so
    exported)."""
    page = (DEV_RAW / "w028.txt").read_text(encoding="utf-8")
    linked = page.replace("ANGELOV[1]", "ANGELOV[[1]](#_ftn1)").replace(
        "\n[1] ", "\n[[1]](#_ftnref1) ")
    assert linked.count("#_ftn") == 2
    result = convert_text(linked, source_name="w028.txt")
    signed = result.tree.getroot().findall(".//t:closer/t:signed", NS)
    assert ["".join(s.itertext()) for s in signed] == ["Deputy Foreign Minister ANGELOV1"]
