"""A stamp bracketed over lines that the export interleaved with a journal's right-hand column:
the column's marking and numbers are marked where they stand, the stamp's own words kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.model import Intervention, LineBreak, Text
from teikit.readers.stamp_columns import mark_stamp_columns
from teikit.validate import validate_file

NS = {"t": TEI_NS}
JOURNAL = ("[CPSU CC General Secret Copy Nº 1\nDepartment Stamp: 7 April 1955\n"
           "7 April 1955 Nº 584/dv\n12126]\nto Cde. B. N. PONOMAREV\n\n"
           "By arrangement with Cde. I. S. Shcherbakov we are sending you a draft of notes in "
           "connection with the upcoming consultations with the Korean comrades.\n")


def _converted_with_stamp(text: str, date_text: str) -> tuple[etree._Element, etree._Element]:
    """The TEI of `text` under a header of a title and `date_text`, and its first stamp."""
    root = convert_text(text, overrides={"title": "Test", "date_text": date_text}).tree.getroot()
    stamp = root.find(".//t:stamp", NS)
    assert stamp is not None
    return root, stamp


def test_the_columns_marking_and_numbers_are_marked_in_the_stamp() -> None:
    _, stamp = _converted_with_stamp(JOURNAL, "April 7, 1955")
    assert [e.text for e in stamp.findall("t:fw[@type='classification']", NS)] == ["Secret"]
    assert [e.text for e in stamp.findall("t:idno[@type='copy']", NS)] == ["Copy Nº 1"]
    assert [e.text for e in stamp.findall("t:idno[@type='document']", NS)] == ["Nº 584/dv"]
    assert " ".join("".join(stamp.itertext()).split()) == (
        "CPSU CC General Secret Copy Nº 1 Department Stamp: 7 April 1955 7 April 1955 "
        "Nº 584/dv 12126")


def test_the_letterheads_number_opening_a_line_of_the_stamp_beside_it_is_marked() -> None:
    """`USSR EMBASSY IN THE DPRK [faded USSR TOP SECRET` / `MFA stamp: Copy Nº 3` / `Nº 92
    01166s` / `31 May 1960 6 June 1960]`: the letterhead stands left of the stamp, its
    outgoing number opens the bracket's third line (four readers of such journals marked it);
    with no letterhead beside the stamp, the number opening a line is the stamp's."""
    text = ("USSR EMBASSY IN THE DPRK [faded USSR TOP SECRET\nMFA stamp: Copy Nº 3\n"
            "Nº 92 01166s\n31 May 1960 6 June 1960]\nJOURNAL\n\nI visited the Minister of "
            "Foreign Affairs and informed him of the reply of the Soviet government.\n")
    meta = {"title": "Test", "date_text": "May 31, 1960"}
    stamp = convert_text(text, overrides=meta).tree.getroot().find(".//t:stamp", NS)
    assert stamp is not None
    assert [e.text for e in stamp.findall("t:idno[@type='document']", NS)] == ["Nº 92"]
    assert [e.text for e in stamp.findall("t:idno[@type='copy']", NS)] == ["Copy Nº 3"]
    alone = convert_text(text.replace("USSR EMBASSY IN THE DPRK ", ""), overrides=meta)
    assert alone.tree.getroot().findall(".//t:stamp/t:idno[@type='document']", NS) == []


def _stamp(*lines: str) -> Intervention:
    children: list[Text | LineBreak] = []
    for line in lines:
        children.extend([Text(line), LineBreak()])
    return Intervention("stamp", {"type": "registry"}, children[:-1], "stamp")


def _tags(node: Intervention) -> list[str]:
    return [child.tag for child in node.children if isinstance(child, Intervention)]


@pytest.mark.parametrize(("lines", "tags"), [
    # the marking the column ends the line with, not the stamp's own word before it
    (("USSR MFA Far", "East Department", "Stamp: SECRET Top Secret",
      "Incoming Nº 0404s Copy Nº ___", "7 February 1956"), ["fw", "idno"]),
    # no column beside the stamp: its number is its own
    (("MFA Far East", "Department stamp:", "Incoming Nº 01579", "12 June 1958"), []),
    # two lines: a stamp's label and its wording, no columns
    (("Stamp: SECRET", "Nº 12"), []),
])
def test_only_a_column_beside_the_stamp_is_marked(lines: tuple[str, ...],
                                                  tags: list[str]) -> None:
    stamp = mark_stamp_columns([_stamp(*lines)])[0]
    assert isinstance(stamp, Intervention)
    assert _tags(stamp) == tags
    text = "".join(c.value if isinstance(c, Text) else "\n" if isinstance(c, LineBreak)
                   else "".join(g.value for g in c.children if isinstance(g, Text))
                   for c in stamp.children)
    assert text == "\n".join(lines)


def test_the_stamp_with_its_columns_marked_is_valid_tei(tmp_path: Path) -> None:
    path = tmp_path / "journal.xml"
    path.write_bytes(convert_text(JOURNAL, overrides={"title": "Test",
                                                      "date_text": "April 7, 1955"}).to_bytes())
    assert etree.parse(str(path)).find(".//t:stamp/t:fw", NS) is not None
    assert validate_file(path).valid


def test_a_marking_alone_on_a_line_of_the_stamp_is_the_stamps_word() -> None:
    """`[Stamp of the USSR MFA 1st Far East Department:` / `SECRET` / `Incoming Nº 02584` /
    `4 November 1958]`, each a paragraph: the stamp printed the marking, on a line of its own;
    no column beside the stamp ends its lines with one (it was the document's marking)."""
    text = ("USSR EMBASSY\n\nIN THE DPRK\n\nNº 298\n\nPyongyang, 29 October 1958\n\n[Stamp of "
            "the USSR MFA 1st Far East Department:\n\nSECRET\n\nIncoming Nº 02584\n\n4 November "
            "1958]\n\nTOP SECRET\n\nCopy Nº 2\n\nJOURNAL\n\nof Ambassador A. M. Puzanov\n\n"
            "16 October 1958\n\nI visited Kim Il Sung and informed him of the reply of the Soviet "
            "government to his letter.\n")
    root, stamp = _converted_with_stamp(text, "October 29, 1958")
    assert "SECRET" in "".join(stamp.itertext())
    assert stamp.findall("t:fw", NS) == []
    assert [e.text for e in root.iterfind(".//t:fw[@type='classification']", NS)] == [
        "TOP SECRET"]


def test_a_classification_stamp_over_its_copy_and_sheets_is_the_stamps_words() -> None:
    """`[Stamp: STRICTLY SECRET` / `Copy No. 4` / `Number of sheets: 2]`: the marking after the
    stamp's label, the copy on a line of its own, are the stamp's words, no column beside it
    (`SECRET` was marked alone, cut from its `STRICTLY`, and the copy an idno)."""
    text = ("Ministry of Foreign Affairs\nOutgoing telegram\n[Stamp: STRICTLY SECRET\nCopy No. 4"
            "\nNumber of sheets: 2]\nNo. 9684\nDispatched: 24.10.62 23:40\nTo: New York – Hájek"
            "\n1. In the debate of the Security Council support fully the draft resolution of the "
            "Soviet delegation and the demand of the Cuban delegation.\n")
    _, stamp = _converted_with_stamp(text, "October 24, 1962")
    assert list(stamp.iter("{*}fw", "{*}idno")) == []
    assert " ".join("".join(stamp.itertext()).split()) == (
        "Stamp: STRICTLY SECRET Copy No. 4 Number of sheets: 2")
