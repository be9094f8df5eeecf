"""Notes and their markers, with located warnings when one lacks the other."""

from __future__ import annotations

from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text

META = {"title": "Notes", "date_text": "July 26, 1952"}
NS = {"t": TEI_NS}
LONG = "This sentence is long enough to be read as running prose by the converter"


def convert(text: str) -> tuple[etree._Element, list]:
    result = convert_text(text, overrides=META, enrich=False)
    return result.tree.getroot(), result.diagnostics


def test_numbered_note_stays_in_place_and_marker_points_to_it() -> None:
    root, diagnostics = convert(f"{LONG}.[1] And more.\n\nSigned: X\n\n[1] The note text.\n")
    ref = root.xpath("//t:ref[@type='noteAnchor']", namespaces=NS)[0]
    note = root.xpath("//t:note[@n='1']", namespaces=NS)[0]
    assert ref.get("target") == "#" + note.get("{http://www.w3.org/XML/1998/namespace}id")
    assert "".join(note.itertext()) == "1 The note text."
    assert diagnostics == []


def test_note_without_marker_is_kept_and_located() -> None:
    root, diagnostics = convert(f"{LONG}.\n\nSigned: X\n\n[3] A note nobody points to.\n")
    assert root.xpath("string(//t:note[@n='3'])", namespaces=NS).endswith("nobody points to.")
    assert [(d.location.line, d.message) for d in diagnostics] == [
        (5, "note [3] has no marker in the text")]


def test_asterisk_without_note_text_stays_text_and_is_located() -> None:
    text = f"{LONG} [Li Kuo Nyn]*.\n\n{LONG} Zhou*.\n\n* Spelling uncertain.\n"
    root, diagnostics = convert(text)
    # The note pairs with the nearest marker before it (Zhou*); the first marker has no note.
    assert [(d.location.line, d.location.column) for d in diagnostics] == [
        (1, text.index("*") + 1)]
    body = "".join(root.find("t:text", NS).itertext())
    assert "Li Kuo Nyn*." in body
    moved = root.xpath("//t:note[@place='foot']", namespaces=NS)
    assert [m.getparent().xpath("string()", namespaces=NS).count("Zhou") for m in moved] == [1]


def test_a_number_glued_to_a_word_is_the_marker_of_the_note_with_that_number() -> None:
    root, diagnostics = convert(
        f"From: [Ambassador Boleslaw] JELEN1\n\n{LONG}, with the MIG15 planes.\n\n"
        "[1] Poland's ambassador to Cuba (1961-1965).\n")
    refs = root.xpath("//t:ref[@type='noteAnchor']", namespaces=NS)
    note = root.xpath("//t:note[@n='1']", namespaces=NS)[0]
    assert [(r.get("n"), r.text, r.get("rend")) for r in refs] == [("1", "1", "{}")]
    assert refs[0].get("target") == "#" + note.get("{http://www.w3.org/XML/1998/namespace}id")
    assert "JELEN1" in "".join(root.itertext())  # the word keeps its number in the text
    assert "MIG15" in "".join(root.itertext())  # no note 15: a number, not a marker
    assert diagnostics == []
