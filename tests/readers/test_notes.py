"""Notes and their markers, with located warnings when one lacks the other."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest
from lxml import etree
from tei_text import invalidity

from teikit import TEI_NS
from teikit.convert import convert_text

META = {"title": "Notes", "date_text": "July 26, 1952"}
NS = {"t": TEI_NS}
LONG = "This sentence is long enough to be read as running prose by the converter"


def convert(text: str) -> tuple[etree._Element, list]:
    result = convert_text(text, overrides=META, enrich=False)
    return result.tree.getroot(), result.diagnostics


class Endnotes(NamedTuple):
    """What a document's end gives: the markers' targets, the notes' texts, the signers, the
    warnings."""

    targets: list[str]
    notes: list[str]
    signers: list[str]
    diagnostics: list


def endnotes(text: str) -> tuple[etree._Element, Endnotes]:
    root, diagnostics = convert(text)
    return root, Endnotes(
        root.xpath("//t:ref[@type='noteAnchor']/@target", namespaces=NS),
        ["".join(n.itertext()) for n in root.xpath("//t:note[@place='end']", namespaces=NS)],
        [s.text for s in root.xpath("//t:closer/t:signed", namespaces=NS)], diagnostics)


def test_numbered_note_stays_in_place_and_marker_points_to_it() -> None:
    root, diagnostics = convert(f"{LONG}.[1] And more.\n\nSigned: X\n\n[1] The note text.\n")
    ref = root.xpath("//t:ref[@type='noteAnchor']", namespaces=NS)[0]
    note = root.xpath("//t:note[@n='1']", namespaces=NS)[0]
    assert ref.get("target") == "#" + note.get("{http://www.w3.org/XML/1998/namespace}id")
    assert "".join(note.itertext()) == "1 The note text."
    assert diagnostics == []


def test_a_notes_number_set_off_by_a_space_after_a_sentence_is_its_marker() -> None:
    """`… aggression.” [3] It appears`: the marker, a space before it, points to note 3; a
    number in brackets inside a sentence (`Article [3] says`) is no marker."""
    root, diagnostics = convert(f"{LONG}: “no aggression.” [1] It appears so. Article [2] "
                                "says more.\n\nSigned: X\n\n[1] The first note.\n\n[2] The "
                                "second note.\n")
    assert root.xpath("//t:ref[@type='noteAnchor']/@n", namespaces=NS) == ["1"]
    assert [d.message for d in diagnostics][-1] == "note [2] has no marker in the text"


@pytest.mark.parametrize("marked", ["in Pekin [Beijing] [1].", 'the Americans." [1]'])
def test_a_notes_number_set_off_after_a_bracket_or_a_quotation_is_its_marker(marked: str) -> None:
    """`… in Pekin [Beijing] [1].`, `… into the arms of the Americans." [1]` ending the line:
    the marker of note 1, after the bracket or the quotation that ends the sentence (it was an
    unclassified bracket, the note unlinked)."""
    root, diagnostics = convert(f"{LONG} {marked}\n\nSigned: X\n\n[1] The first note.\n")
    assert root.xpath("//t:ref[@type='noteAnchor']/@n", namespaces=NS) == ["1"]
    assert root.xpath("//t:seg[@type='unclassified-bracket']", namespaces=NS) == []
    assert diagnostics == []


def test_a_notes_number_set_off_inside_a_sentence_marks_the_note_the_text_marks_nowhere_else(
        ) -> None:
    """`Comrade Hysni Kapo [2] and`: the only mark of note 2, spaces around it, after a name
    (after `Article` it is the article's number, see above)."""
    root, diagnostics = convert(f"{LONG}.[1] Comrade Hysni Kapo [2] and Comrade Koleka will "
                                "come.\n\nSigned: X\n\n[1] The first note.\n\n[2] Hysni Kapo "
                                "(1915-1979).\n")
    assert root.xpath("//t:ref[@type='noteAnchor']/@n", namespaces=NS) == ["1", "2"]
    assert diagnostics == []


def test_a_notes_number_ending_a_title_line_after_a_space_is_its_marker() -> None:
    """`… Communications of Romania [1]` ending the title's line, the note `[1] The document has
    a note: …` at the end: the marker points to it; inside a line (`Article [2] says`) a
    number so set off is still no marker."""
    root, diagnostics = convert("L. P. Beria's Report for I. V. Stalin\nAbout the Protection "
                                "of Railroad Communications of Romania [1]\nBucharest\n"
                                f"April 6, 1945\n\n{LONG}. Article [2] says more.\n\n"
                                "Signed: X\n\n[1] The document has a note.\n\n[2] Another.\n")
    assert root.xpath("//t:ref[@type='noteAnchor']/@n", namespaces=NS) == ["1"]
    assert [d.message for d in diagnostics][-1] == "note [2] has no marker in the text"


def test_a_notes_number_set_off_before_the_sentences_stop_is_its_marker() -> None:
    """`… received by the Minister at once [1].`: a space before the marker, the stop after
    it; inside a sentence (`Article [2] says`) still no marker."""
    root, diagnostics = convert(f"{LONG}, received at once [1]. Article [2] says more.\n\n"
                                "Signed: X\n\n[1] The first note.\n\n[2] The second note.\n")
    assert root.xpath("//t:ref[@type='noteAnchor']/@n", namespaces=NS) == ["1"]
    assert [d.message for d in diagnostics][-1] == "note [2] has no marker in the text"


def test_note_without_marker_is_kept_and_located() -> None:
    root, diagnostics = convert(f"{LONG}.\n\nSigned: X\n\n[3] A note nobody points to.\n")
    assert root.xpath("string(//t:note[@n='3'])", namespaces=NS).endswith("nobody points to.")
    assert [(d.location.line, d.message) for d in diagnostics] == [
        (5, "note [3] has no marker in the text")]


def test_asterisk_without_note_text_stays_text_and_is_located() -> None:
    text = f"{LONG} Li*.\n\n{LONG} Zhou*.\n\n* Spelling uncertain.\n\n* Another note.\n\n"
    text += f"{LONG} Wang*.\n"
    root, diagnostics = convert(text)
    # Each note takes a marker before it; the marker after the last note has none.
    assert [(d.location.line, d.location.column) for d in diagnostics] == [
        (9, text.split("\n")[8].index("*") + 1)]
    body = "".join(root.find("t:text", NS).itertext())
    assert "Wang*." in body


def test_more_markers_than_notes_point_to_the_note_they_share() -> None:
    """`[Li Kuo Nyn]*` in two paragraphs, one note at the end that doubts the names' writing:
    both mentions doubted, both marks references to the one note (the first was left as
    text with a warning)."""
    text = (f"{LONG} [Li Kuo Nyn]*.\n\n{LONG} Zhou*.\n\nFurther text.\n\n"
            "* The writing of the Chinese names is possibly inaccurate.\n")
    root, diagnostics = convert(text)
    assert diagnostics == []
    note = root.find(".//t:body//t:note[@n='*']", NS)
    refs = root.xpath("//t:ref[@type='noteAnchor']/@target", namespaces=NS)
    assert refs == [f"#{note.get(XML_ID)}"] * 2
    assert [n.get("cert") for n in root.xpath("//t:body//t:persName", namespaces=NS)] == ["low"]


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


def test_a_number_glued_after_a_sentences_end_marks_its_note_but_not_after_an_abbreviation(
) -> None:
    root, diagnostics = convert(
        f"{LONG} of the Communist Party [KPP].1 He went on.\n\n{LONG}, see No.1 and op.1.\n\n"
        "[1] The party was dissolved in 1938.\n")
    refs = root.xpath("//t:ref[@type='noteAnchor']", namespaces=NS)
    assert [(r.get("n"), r.getprevious().tail if r.getprevious() is not None else None)
            for r in refs] == [("1", ".")]
    assert "see No.1 and op.1." in "".join(root.itertext())
    assert diagnostics == []


def test_two_asterisks_in_a_paragraph_take_the_two_notes_after_it_in_order() -> None:
    # Until the markers were told apart by place rather than by value, the second note went
    # to the first marker and the conversion failed its own lossless check.
    text = f"{LONG} with Li* and then Zhou* in it.\n\n* first note\n\n* second note\n"
    root, diagnostics = convert(text)
    notes = root.xpath("//t:p/t:note[@n='*']", namespaces=NS)
    assert [(n.text, (n.getprevious().tail if n.getprevious() is not None
                      else n.getparent().text)[-4:]) for n in notes] == [
        ("first note", "h Li"), ("second note", "Zhou")]
    assert diagnostics == []


def test_one_uncertain_spelling_note_flags_the_first_marked_name_and_later_mentions() -> None:
    text = (f"{LONG}: [Li Kuo Nyn]* met us, then [Li Kuo Nyn]* left.\n\n"
            "* The spelling of this name is uncertain.\n")
    root, diagnostics = convert(text)
    names = root.xpath("//t:body//t:persName", namespaces=NS)
    assert [(n.get("cert"), n.getnext() is not None and n.getnext().tag == f"{{{TEI_NS}}}note")
            for n in names] == [("low", True), ("low", False)]
    # The second mark points to the note at the first, which names both mentions.
    note = names[0].getnext()
    assert note.get("target") == " ".join(f"#{n.get(XML_ID)}" for n in names)
    assert names[1].getnext().get("target") == f"#{note.get(XML_ID)}"
    assert diagnostics == []


@pytest.mark.parametrize("note", [
    "The transliteration of the name is approximate.",
    "The spelling of Korean names has not been verified.",
    "The place name is given uncertainly in the Chinese text.",
    "The Korean name is transcribed from the Russian text; the person has not been further "
    "identified.",
])
def test_a_stars_note_doubting_a_name_in_other_words_doubts_it(note: str) -> None:
    """The seed's `[Li Kuo Nyn]*` and its note, the note worded otherwise: the name doubted
    all the same, its later mention too."""
    root, _ = convert(f"{LONG}: [Han Deok Su]* met us.\n\n* {note}\n\n{LONG} [Han Deok Su] "
                      "left.\n")
    assert [n.get("cert") for n in root.xpath("//t:body//t:persName", namespaces=NS)] == [
        "low", "low"]


def test_numbered_markers_take_the_first_free_note_with_their_number_after_them() -> None:
    text = (f"{LONG}[1] and more[1] and again[2].\n\n[1] one\n\n[1] one again\n\n[2] two\n\n"
            "[3] three\n")
    root, diagnostics = convert(text)
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    targets = {note.get(xml_id): "".join(note.itertext())
               for note in root.xpath("//t:note[@xml:id]", namespaces=NS)}
    refs = root.xpath("//t:ref[@type='noteAnchor']", namespaces=NS)
    assert [targets[r.get("target")[1:]] for r in refs] == ["1 one", "1 one again", "2 two"]
    assert [d.message for d in diagnostics] == ["note [3] has no marker in the text"]


def test_a_number_glued_to_a_word_is_a_note_marker_even_when_the_page_lost_its_note() -> None:
    """A page cut before its notes: `Yasser Arafat[1], on …`, `[Ung Van Khiem][2]Minister`,
    `1961].[3] The …`, `8 October 1973[4]` were brackets no convention described; they are
    markers without a note (said so, kept as printed). A number set apart by spaces, or in a
    bracket printed twice (the translator's figures, `[[5]]7`), is no marker."""
    text = (f"{LONG} with Yasser Arafat[1], on Friday, with [Ung Van Khiem][2]Minister and in "
            "August [1961].[3] The text [64] goes on [[5]]7 since 8 October 1973[4], in Section "
            "16[71].\n")
    root, diagnostics = convert(text)
    assert sorted(d.message for d in diagnostics) == [
        "bracket not classified by the profile: [64] (kept as seg type='unclassified-bracket')",
        *(f"note marker [{n}] has no note text (kept as text)" for n in "1234")]
    # (a number's figures the translator completed are no marker)
    assert [e.text for e in root.xpath("//t:supplied", namespaces=NS)] == ["1961", "5", "71"]
    assert "Arafat[1], on" in "".join(root.itertext())
    assert root.xpath("//t:seg[@type='unclassified-bracket']", namespaces=NS)[0].text == "64"


def test_a_marker_set_inside_a_printed_editions_note_number_is_a_marker() -> None:
    """`Stockholm,4[1]6`: the website's marker inside the printed volume's note number (46),
    itself glued to the word: once the figure `1` supplied inside a number."""
    root, diagnostics = convert(f"{LONG} at the conference in Stockholm,4[1]6 the position was "
                                "as follows, and Unden,1[2]3 agreed.\n")
    assert not root.xpath("//t:supplied", namespaces=NS)
    assert sorted(d.message for d in diagnostics) == [
        f"note marker [{n}] has no note text (kept as text)" for n in "12"]


ENDNOTES = (f"To Comrade FILIPPOV.\n\n{LONG}[1] and the rest of it[2] today.\n\nROSHCHIN\n\n"
            "Notes:\n\n1. The text of the message was sent separately.\n\n2. Kim Il Sung was "
            "then Chairman of the Cabinet of Ministers of the DPRK.\n")


def test_endnotes_numbered_with_a_point_are_notes_when_the_text_marks_them() -> None:
    """`1. …` lines at the end, each number marked `[1]` in the text: once read as numbered
    points, which made the markers supplied figures and the signature a paragraph."""
    root, found = endnotes(ENDNOTES)
    assert found == Endnotes(
        ["#note-1", "#note-2"],
        ["1 The text of the message was sent separately.",
         "2 Kim Il Sung was then Chairman of the Cabinet of Ministers of the DPRK."],
        ["ROSHCHIN"], [])
    # the point after the number is the marker's form, given back from @rend
    assert root.xpath("//t:seg[@type='marker']/@rend", namespaces=NS) == ["{}.", "{}."]


def test_an_endnote_numbered_with_a_point_is_a_note_when_its_number_is_glued_to_a_word(
) -> None:
    """`… headed by Shelepin1 arrived` / … / `1. Aleksandr N. Shelepin, …`: the note (it was a
    paragraph after the dateline); a point at the end whose number no word carries stays one."""
    text = (f"{LONG}: the delegation headed by Shelepin1 arrived yesterday.\n\nEmbassy in "
            "Vietnam\n\n8 January\n\n1. Aleksandr N. Shelepin, Secretary of the Central "
            "Committee of the CPSU, led the delegation. – Translator.\n")
    _, found = endnotes(text)
    assert found.targets == ["#note-1"]
    assert found.notes == ["1 Aleksandr N. Shelepin, Secretary of the Central Committee of the "
                           "CPSU, led the delegation. – Translator."]
    unmarked = text.replace("Shelepin1", "Shelepin")
    assert endnotes(unmarked)[1].notes == []
    # every number must be marked: `MiG15` marks no second note
    two = (f"{LONG}: the delegation headed by Shelepin1 saw the MiG15 jets.\n\n1. To approve "
           "the draft of the answer.\n\n2. To instruct the ministry to prepare it.\n")
    assert endnotes(two)[1].notes == []


def test_a_number_glued_to_a_hyphenated_names_short_last_part_marks_its_endnote() -> None:
    """`… Commission Pak Chang-ok1, did not …` / `Notes` / `1. Pak Chang-ok, …`: the name's
    last part has two letters (the number was taken for no marker, and neither note was one);
    a model's number after its hyphen marks nothing (`Il-10`)."""
    text = (f"{LONG}, adopted on the proposal of Pak Chang-ok1, did not help.\n\nThe draft "
            "is attached.2\n\nNotes\n\n1. Pak Chang-ok, Chairman of the State Planning "
            "Commission.\n\n2. The draft is not found in the file.\n")
    _, found = endnotes(text)
    assert found.targets == ["#note-1", "#note-2"]
    assert endnotes(text.replace("Pak Chang-ok1", "the Il-10 planes"))[1].notes == []


def test_a_notes_heading_set_as_a_markdown_heading_leaves_the_closer_one(tmp_path: Path) -> None:
    """`AMBASSADOR …` / `N. SUDARIKOV` / `Copies sent: …` / `#### Notes` / `[1] …`: the
    signature closes the text; the notes' heading, after the closer where no head may stand,
    is a line printed as the heading it was (a heading followed by no text made the whole end
    running text, the signature two paragraphs)."""
    text = (f"{LONG}[1].\n\nAMBASSADOR OF THE USSR IN THE DPRK\n\nN. SUDARIKOV\n\n"
            "Copies sent:  \n1 - Cde. A. A. Gromyko  \n2 - to file\n\n#### Notes\n\n"
            "[1] The DPRK was not a member of the Council.\n")
    root, found = endnotes(text)
    assert found.signers == ["AMBASSADOR OF THE USSR IN THE DPRK", "N. SUDARIKOV"]
    assert found.notes == ["1 The DPRK was not a member of the Council."]
    (heading,) = root.xpath("//t:postscript/t:p[@rend]", namespaces=NS)
    assert (heading.text, heading.get("rend")) == ("Notes", "#### {}")
    assert invalidity(root.getroottree(), tmp_path) == []


def test_endnotes_under_whose_notes_they_are_marked_in_parentheses_are_notes() -> None:
    """`Translator's Notes` / `1. …`, the text marking its numbers in parentheses glued to
    what they annotate (`the Trip to Warsaw.(1)`): the notes; `(1)` opening a point is none."""
    text = (f"{LONG} about the Trip to Warsaw.(1) The talks went on.(2)\n\nPull out the "
            "advisers\n\nTranslator's Notes\n\n1. On 19 October 1956 a delegation flew to "
            "Warsaw.\n\n2. The talks of 19 and 20 October.\n")
    root, _ = convert(text)
    assert ["".join(n.itertext()) for n in root.xpath("//t:note[@place='end']", namespaces=NS)
            ] == ["1 On 19 October 1956 a delegation flew to Warsaw.",
                  "2 The talks of 19 and 20 October."]
    points = (f"{LONG}.\n\n(1) To approve the draft.\n\nTranslator's Notes\n\n1. On 19 "
              "October 1956 a delegation flew to Warsaw.\n")
    root, _ = convert(points)
    assert root.xpath("//t:note[@place='end']", namespaces=NS) == []


def test_endnotes_numbered_in_parentheses_are_notes_when_the_text_marks_them() -> None:
    """`1) The speech was printed …` / `2) …` at the end, their numbers glued to the words
    they annotate (`the events in the ČSSR.1)`), as German papers number notes: the notes (they
    were paragraphs); points numbered so, which the text does not mark, stay points."""
    text = (f"{LONG} about the events in the ČSSR.1) Castro praised the speech.2)\n\nKiesewetter\n"
            "Ambassador\n\n1) The speech was printed in full in Granma.\n\n2) Castro "
            "referred to the credits.\n")
    root, _ = convert(text)
    assert ["".join(n.itertext()) for n in root.xpath("//t:note[@place='end']", namespaces=NS)
            ] == ["1 The speech was printed in full in Granma.", "2 Castro referred to the "
                  "credits."]
    assert root.xpath("//t:seg[@type='marker']/@rend", namespaces=NS) == ["{})", "{})"]
    assert root.xpath("//t:ref[@type='noteAnchor']/@n", namespaces=NS) == ["1", "2"]
    points = (f"{LONG}.\n\n1) To approve the draft.\n\n2) To instruct the ministry.\n")
    root, _ = convert(points)
    assert root.xpath("//t:note", namespaces=NS) == []


def test_numbered_points_the_text_does_not_mark_stay_points() -> None:
    text = (f"{LONG}.\n\n1. To approve the draft of the instructions to the ambassador.\n\n"
            "2. To instruct the ministry to prepare the proposals within a week.\n")
    root, _ = convert(text)
    assert root.xpath("//t:note", namespaces=NS) == []
    assert len(root.xpath("//t:div/t:p", namespaces=NS)) == 3


def test_a_doubted_name_wrapped_over_two_lines_is_the_name_its_later_mentions_have() -> None:
    text = (f"{LONG}, headed by [Li Kuo\nNyn]*, a Deputy Minister; the meetings were chaired "
            "by [Li Kuo Nyn] every day.\n\n* The writing of the Chinese names is possibly "
            "inaccurate.\n")
    root, _ = convert(text)
    names = root.xpath("//t:body//t:persName", namespaces=NS)
    assert [n.get("cert") for n in names] == ["low", "low"]


def test_a_note_numbered_in_superscript_figures_is_marked_where_its_figure_stands() -> None:
    text = (f"{LONG}: Kim Il Sung¹ said that the delegation would come.\n\nSHTYKOV\n\n"
            "¹ The Chairman of the Cabinet of Ministers of the DPRK.\n")
    root, diagnostics = convert(text)
    (ref,) = root.xpath("//t:body//t:ref[@type='noteAnchor']", namespaces=NS)
    (note,) = root.xpath("//t:body//t:note[@n]", namespaces=NS)
    assert ref.text == "¹" and ref.get("target") == f"#{note.get(XML_ID)}"
    assert "".join(note.itertext()).endswith("Cabinet of Ministers of the DPRK.")
    assert diagnostics == []


XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_endnotes_with_a_bare_number_are_notes_when_the_text_marks_one() -> None:
    """`1Enrique Ruiz was …`, `2 A Latin phrase …` at the end, their numbers glued to words
    in the text (`Ruiz1`, `non2`): notes, and the signer's line over them closes the text. A
    day of the month at the end (`1 August 1957`) is no note."""
    text = (f"{LONG} with doctor Ruiz1 at his side, quod non2 as he said.\n\n"
            "DELACROIX 41\n\n1Enrique Ruiz was the minister's physician at the time - ed.\n\n"
            "2 A Latin phrase meaning which is not the case.\n")
    assert endnotes(text)[1] == Endnotes(
        ["#note-1", "#note-2"],
        ["1Enrique Ruiz was the minister's physician at the time - ed.",
         "2 A Latin phrase meaning which is not the case."],
        ["DELACROIX 41"], [])
    dated, _ = convert(f"{LONG} and the session closed1 at noon.\n\nIVANOV\n\n1 August 1957\n")
    assert dated.xpath("//t:note", namespaces=NS) == []


def test_a_marker_in_a_transmitted_document_whose_note_the_page_lacks_stays_text() -> None:
    """The letter a covering note sends has a note marker whose note the page cut off: it goes
    back to text there as anywhere (no anchor left pointing nowhere), with a warning."""
    source = ("Dear comrades,\n\nEnclosed I am sending you the copy of the telegram from our "
              "ambassador in Beijing, for your information.\n\nWith socialist greetings,\n\n"
              "During a stay of Comrade Ho Chi Minh in the PRC,[1] the Chinese side rejected a "
              "political solution of the war and said so at length to the visitors.\n\n"
              "The facts mentioned above show what the Chinese side intends in the region.\n")
    result = convert_text(source, overrides={"title": "Test", "date_text": "July 8, 1966"})
    root = result.tree.getroot()
    assert root.xpath("//t:floatingText", namespaces=NS)
    assert root.xpath("//t:ref[@type='noteAnchor']", namespaces=NS) == []
    assert "PRC,[1] the Chinese" in "".join(root.find(".//t:floatingText", NS).itertext())
    assert any("[1] has no note text" in d.message for d in result.diagnostics)


@pytest.mark.parametrize("text", [
    f"{LONG}.[1] It goes on.\n\nThey give the proposals another content.[2]\n\nEndnotes\n\n"
    "[1] Copyright: Project CSCE.\n\n[2] See the minutes.\n",
    f"{LONG} about the Trip to Warsaw.(1) The talks went on.\n\nTranslator's Notes\n\n"
    "1. On 19 October 1956 a delegation flew to Warsaw.\n",
    f"{LONG}.[1] It goes on.\n\nROSHCHIN\n\nNotes\n\n[1] See the minutes.\n",
])
def test_the_heading_over_the_notes_at_the_end_is_no_signature(text: str) -> None:
    root, _ = convert(text)
    signed = ["".join(s.itertext()) for s in root.xpath("//t:signed", namespaces=NS)]
    assert not any("otes" in name for name in signed), signed
    assert "ROSHCHIN" in signed or "ROSHCHIN" not in text
    assert root.xpath("//t:note[@place='end']", namespaces=NS)


def test_notes_numbered_in_roman_figures_are_notes_and_their_markers_point_to_them() -> None:
    """`[i] Not further identified - ed.`: an edition's own notes numbered apart from the
    archive's; kept whole as a note (not a supplied `i` and its text), the marker `[ii]` in the
    text pointing to it; a note whose marker the page lost is kept and located."""
    text = (f"{LONG}: Comrade Ivanov met the plan[ii] at length.\n\nPetrov\n\n"
            "[i] Not further identified - ed.\n\n[ii] The five-year plan - ed.\n")
    root, found = endnotes(text)
    assert found.notes == ["i Not further identified - ed.", "ii The five-year plan - ed."]
    assert found.targets == ["#note-ii"]
    assert root.xpath("//t:supplied", namespaces=NS) == []
    assert [(d.location.line, d.message) for d in found.diagnostics] == [
        (5, "note [i] has no marker in the text")]


def test_a_note_of_two_stars_takes_the_marker_of_two_and_the_signer_closes_the_text() -> None:
    """`Congress*` … `Jia Gui!**`, then `* Translator’s note: …` and `** Translator’s note:
    …` under the signature: each note takes the marker of its own stars (the second note was a
    paragraph after the signature, which then closed nothing)."""
    text = (f"{LONG}: print it for all the Congress* comrades, and overthrow Jia Gui!** Jia Gui "
            "is someone everybody looks down on.\n\nMao Zedong\n\nMay 16, 1958\n\n"
            "* Translator’s note: The Congress is most likely the Eighth Party Congress.\n\n"
            "** Translator’s note: Jia Gui, character in a Ming dynasty opera.\n")
    root, found = endnotes(text)
    refs = root.xpath("//t:ref[@type='noteAnchor']", namespaces=NS)
    notes = root.xpath("//t:note[@n]", namespaces=NS)
    assert [(ref.text, ref.get("target")) for ref in refs] == [
        ("*", f"#{notes[0].get(XML_ID)}"), ("**", f"#{notes[1].get(XML_ID)}")]
    assert [note.get("n") for note in notes] == ["*", "**"]
    assert found.signers == ["Mao Zedong"]
    assert found.diagnostics == []


def test_a_note_ending_on_a_colon_goes_on_in_the_paragraph_after_it() -> None:
    """`[1]The full text of Zhou Enlai's telegram … was as follows:` / `"Lake Success, …"`:
    the quotation is the note's going on, not the text's, so the signer and date over the note
    still close the text."""
    text = (f"{LONG}: here is the draft Zhou is to telegraph to the United Nations.[1]\n\n"
            "Mao Zedong\n\n12:00 p.m., 7 January [1950]\n\n"
            "[1]The full text of Zhou Enlai's telegram, dispatched on 8 January 1950, was as "
            "follows:\n\n\"Lake Success, to Mr. Carlos Romulo, President of the United Nations "
            "General Assembly; to Mr. Trygve Li, Secretary General of the United Nations; also "
            "to the member states of the Security Council. The Central People's Government "
            "considers the presence of the Kuomintang delegate illegal, and holds that he should "
            "be expelled from the Security Council. I hereby request that you act "
            "accordingly.\"\n")
    root, found = endnotes(text)
    assert found.signers == ["Mao Zedong"]
    (dateline,) = root.xpath("//t:closer/t:dateline", namespaces=NS)
    assert "".join(dateline.itertext()) == "12:00 p.m., 7 January 1950"
    quoted = root.xpath("string(//t:postscript/t:p)", namespaces=NS)
    assert quoted.startswith("Lake Success")
    # a note under a paragraph of the text introduces nothing: the text goes on after it
    root, found = endnotes(f"{LONG}. {LONG}, the premier said.*\n\n* He added these words:"
                           f"\n\n{LONG}. {LONG}, and the talks went on.\n\n{LONG}. {LONG}, to "
                           "the end.\n\nMao Zedong\n")
    assert found.signers == ["Mao Zedong"]
    assert len(root.xpath("//t:body//t:p", namespaces=NS)) == 3


def test_a_footnote_of_two_stars_under_its_paragraph_keeps_its_stars() -> None:
    """`word**` and `** …` right under the paragraph: the note stands at its marker, which
    keeps its two stars (the source comes back whole: the lossless check would stop it)."""
    root, diagnostics = convert(f"{LONG} Zhou*, and overthrow Jia Gui!** he said.\n\n"
                                "* The premier.\n\n** A character in an opera.\n\nMao Zedong\n")
    notes = root.xpath("//t:p/t:note[@place='foot']", namespaces=NS)
    assert [(note.get("n"), note.get("rend")) for note in notes] == [("*", None), ("**", "**")]
    assert diagnostics == []


@pytest.mark.parametrize("between", ["[1] A note on the talks.", "Another paragraph of it."])
def test_a_stars_note_after_another_block_is_an_endnote_and_still_doubts_the_name(
        between: str) -> None:
    """`[Li Kuo]*` / `[1] …` / `* …`: the star's note was put under its marker's paragraph,
    where the source writer gives it back, before the numbered note; the conversion failed
    the lossless check (property test). Now an endnote its marker points to, as after
    another paragraph; either way the name it doubts is `cert="low"`."""
    root, _ = convert(f"Comrade [Li Kuo]* came[1] to the talks.\n\n{between}\n\n"
                      "* The writing of the Chinese names is possibly inaccurate.\n"
                      + ("" if between.startswith("[1]") else "\n[1] A note on the talks.\n"))
    (name,) = root.xpath("//t:persName", namespaces=NS)
    assert name.get("cert") == "low"
    (star,) = root.xpath("//t:note[@n='*']", namespaces=NS)
    assert root.xpath("//t:ref[@n='*']/@target", namespaces=NS) == [
        f"#{star.get('{http://www.w3.org/XML/1998/namespace}id')}"]


def test_a_star_in_brackets_marks_the_note_that_opens_with_it() -> None:
    """`… monazite concentrate [*].` over `[*] Monazite is …`: the star in brackets is the
    note's marker, as a star glued to a word is (it was an unclassified bracket, and the note's
    line the text going on, the signature over it a section's heading)."""
    root, _ = convert(f"{LONG}, and we pay with monazite concentrate [*].\n\n"
                      "A. Puzanov\n\n[*] Monazite is a mineral of rare earths.\n")
    (ref,) = root.xpath("//t:p/t:ref[@type='noteAnchor']", namespaces=NS)
    (note,) = root.xpath("//t:note[@n='*']", namespaces=NS)
    assert ref.get("target") == "#" + note.get("{http://www.w3.org/XML/1998/namespace}id")
    assert "".join(note.itertext()).endswith("Monazite is a mineral of rare earths.")
    assert [" ".join("".join(s.itertext()).split())
            for s in root.xpath("//t:closer/t:signed", namespaces=NS)] == ["A. Puzanov"]
    assert root.xpath("//t:seg[@type='unclassified-bracket']", namespaces=NS) == []


def test_a_later_mention_of_a_doubted_bracket_after_an_initial_is_doubted_too() -> None:
    """`Cde. D. [Tumur-Ochir]*` then `[Tumur-Ochir]`: the note doubts the bracket's reading,
    which the later mention repeats without the initial."""
    root, _ = convert(f"{LONG}: the plenum removed Cde. D. [Tumur-Ochir]* from the Bureau.\n\n"
                      f"{LONG}: the charge against [Tumur-Ochir] concerned the ceremonies.\n\n"
                      "* The spelling of the Mongolian names may be inaccurate.\n")
    names = root.xpath("//t:body//t:p//*[@cert='low']", namespaces=NS)
    assert ["".join(name.itertext()) for name in names] == ["D. Tumur-Ochir", "Tumur-Ochir"]


@pytest.mark.parametrize(("sentence", "tag", "name"), [
    ("An informant in the Ministry of the Interior, Mr. Calderón Iturbe*, maintains it.",
     "persName", "Calderón Iturbe"),
    ("The second in command, Santa María*, was captured wounded the same morning.",
     "name", "Santa María"),
])
def test_a_name_without_brackets_that_a_stars_note_doubts_is_a_doubted_name(
        sentence: str, tag: str, name: str) -> None:
    """`Mr. Calderón Iturbe*` / `* The spelling of this name in the original is uncertain.`:
    the name the marker follows is the one doubted, though no bracket made it an element; the
    note points to it, and the source comes back whole."""
    text = f"{LONG}. {sentence}\n\n* The spelling of this name in the original is uncertain.\n"
    root, diagnostics = convert(text)
    (doubted,) = root.xpath("//t:body//*[@cert='low']", namespaces=NS)
    assert (etree.QName(doubted).localname, "".join(doubted.itertext())) == (tag, name)
    assert doubted.getnext().get("target") == f"#{doubted.get(XML_ID)}"
    assert diagnostics == []


def test_a_sentence_opening_word_before_the_starred_name_is_none_of_it() -> None:
    root, _ = convert(f"{LONG}. According to Calderón Iturbe* the lists exist.\n\n"
                      "* The spelling of this name in the original is uncertain.\n")
    assert ["".join(n.itertext()) for n in root.xpath("//t:body//*[@cert='low']",
                                                       namespaces=NS)] == ["Calderón Iturbe"]


def test_a_bodys_word_before_the_starred_name_is_none_of_it() -> None:
    """`The commander of the 6th Division Pang Ho San*`: `Division` is the body's."""
    root, _ = convert(f"{LONG}. The commander of the 6th Division Pang Ho San* reports it.\n\n"
                      "* The spelling of the Korean name is possibly inaccurate.\n")
    assert ["".join(n.itertext()) for n in root.xpath("//t:body//*[@cert='low']",
                                                       namespaces=NS)] == ["Pang Ho San"]


def test_a_countrys_letters_before_the_starred_name_are_none_of_it() -> None:
    """`the Red Cross Society of the DPRK Kim Ung Gi*`: the country's letters, then the name,
    which its later mentions repeat."""
    root, _ = convert(f"{LONG}. I received the Chairman of the Red Cross Society of the DPRK Kim "
                      "Ung Gi*, at his request.\n\nKim Ung Gi asked for advice.\n\n"
                      "* The spelling of the Korean name is possibly inaccurate.\n")
    assert ["".join(n.itertext()) for n in root.xpath("//t:body//*[@cert='low']",
                                                       namespaces=NS)] == ["Kim Ung Gi"] * 2


def test_a_name_given_after_mr_that_a_stars_note_doubts_is_doubted() -> None:
    """`Mr. [Strong]\\*` / `\\* The transliteration of the name from the Hebrew is uncertain.`:
    the bracket after the title is the man's name (its word an English one), which the note
    doubts (it was a word supplied, which no note can doubt)."""
    root, _ = convert(f"{LONG}. The Director of the Office, Mr. [Strong]\\*, told our counsellor "
                      "so.\n\n\\* The transliteration of the name from the Hebrew is uncertain.\n")
    (doubted,) = root.xpath("//t:body//*[@cert='low']", namespaces=NS)
    assert (etree.QName(doubted).localname, "".join(doubted.itertext())) == ("persName", "Strong")


def test_the_initials_before_the_starred_name_are_its_own() -> None:
    """`Comrade S. Tüvshinjargal*`: the initial is the name's (it was left outside it)."""
    root, _ = convert(f"{LONG}. A member of the CC, Comrade S. Tüvshinjargal*, told us so.\n\n"
                      "* The spelling of the Mongolian name could not be verified.\n")
    assert ["".join(n.itertext()) for n in root.xpath("//t:body//*[@cert='low']",
                                                       namespaces=NS)] == ["S. Tüvshinjargal"]


def test_a_spelling_not_clear_in_the_original_is_doubted() -> None:
    root, _ = convert(f"{LONG}: Comrade [Phan Trong Tue]* arrived.\n\n"
                      "* The spelling of this name is not clear in the original.\n")
    assert [n.get("cert") for n in root.xpath("//t:body//t:persName", namespaces=NS)] == ["low"]


def test_the_texts_notes_printed_over_its_closing_lines_leave_them_the_closer() -> None:
    """`[1] …` / `[2] …` / `Budapest, 21 February 1979` / `Minutes taken by: …`: the notes
    stand between the text and its closing lines, which still close it (the notes made
    everything after them a postscript, the date and the signer paragraphs of it)."""
    text = (f"{LONG}, as the committee decided.[1]\n\n2. The Council of Ministers shall send the "
            "aid before 10 March.[2]\n\n[1] The question is not mentioned again.\n\n"
            "[2] The text of the statement is not attached.\n\nBudapest, 21 February 1979\n\n"
            "Minutes taken by: Mrs. Ferenc Rácz\n\nCopies:\n1. Cde. Kádár\n2. Cde. Óvári\n")
    root, _ = convert(text)
    assert [d.xpath("string()") for d in root.xpath("//t:closer/t:dateline", namespaces=NS)] == [
        "Budapest, 21 February 1979"]
    assert [s.xpath("string()") for s in root.xpath("//t:closer/t:signed", namespaces=NS)] == [
        "Minutes taken by: Mrs. Ferenc Rácz"]
    assert len(root.xpath("//t:note[@n='1' or @n='2']", namespaces=NS)) == 2


def _doubted_texts(root: etree._Element) -> list[str]:
    return ["".join(n.itertext()) for n in root.xpath("//t:body//t:p//*[@cert='low']",
                                                       namespaces=NS)]


@pytest.mark.parametrize(("printed", "sentence"), [
    ("Li Zhongyan", "The responsible comrade, Vice Minister Li Zhongyan [Ri Jong-eon]*, told "
                    "us so."),
    ("Vương Khải", "On 25 May Vương Khải [Ri Jong-eon]*, Deputy Director, told us so."),
])
def test_a_stars_note_doubts_the_translators_reading_of_a_name_printed_otherwise(
        printed: str, sentence: str) -> None:
    """`Li Zhongyan [Ri Jong-eon]*` / `* The Korean name … could not be verified.`: the name as
    printed is certain, the reading in the bracket is doubted, here and where it is named
    again (the whole name was doubted; a date's month before it was read as the name's)."""
    root, _ = convert(f"{LONG}. {sentence}\n\n{LONG}: {printed} [Ri Jong-eon] admitted it, and "
                      "later [Ri Jong-eon] said more.\n\n"
                      "* The Korean name has been reconstructed from the Chinese characters and "
                      "could not be verified.\n")
    assert _doubted_texts(root) == ["Ri Jong-eon"] * 3
    (first,) = root.xpath("//t:persName[@xml:id]", namespaces=NS)
    assert first.xpath("string(t:choice/t:orig)", namespaces=NS).strip() == printed


def test_a_bodys_letters_before_a_starred_bracket_are_no_name_printed() -> None:
    """`the Department of the PRC MFA [Yu Chi-tsin]*`: the body's letters are no printed name
    the bracket identifies, and a man turned to is no place (`to [Yu Chi-tsin]`)."""
    root, _ = convert(f"{LONG}. Present were the Deputy Head of the Department of the PRC MFA "
                      "[Yu Chi-tsin]* and the First Secretary.\n\n"
                      f"{LONG}. Then Chen Yi turned to [Yu Chi-tsin], who read out a list.\n\n"
                      "* The transcription of this Chinese name could not be verified.\n")
    assert _doubted_texts(root) == ["Yu Chi-tsin", "Yu Chi-tsin"]
    assert root.xpath("//t:orig", namespaces=NS) == []
    assert root.xpath("//t:placeName", namespaces=NS) == []


def test_a_reading_the_note_calls_the_translators_doubts_the_name_and_its_family_name_later(
        ) -> None:
    """`[José Miró Cardona]*` / `* The Spanish names are written in katakana in the original;
    their reading is the translator's.`: a reading made from another script is doubted, and so
    is `[Miró Cardona]`, the family names named alone later."""
    root, _ = convert(f"{LONG}. The Council, headed by [José Miró Cardona]*, was kept away.\n\n"
                      f"{LONG}. [Miró Cardona] is said to be dissatisfied.\n\n"
                      "* The Spanish names are written in katakana in the original; their "
                      "reading is the translator’s.\n")
    assert _doubted_texts(root) == ["José Miró Cardona", "Miró Cardona"]


def test_the_family_name_of_a_doubted_name_of_two_words_named_alone_later_is_doubted() -> None:
    """`[Issa Pliyev]*`, later `[Pliyev]`: the family name alone, spelt as doubted, is the same
    doubted reading (only a name of three words or more gave its family name)."""
    root, _ = convert(f"{LONG}. The Soviet general [Issa Pliyev]* commands the group.\n\n"
                      f"{LONG}. [Pliyev] may have left for Moscow on the 10th.\n\n"
                      "* The spelling of this name could not be verified.\n")
    assert _doubted_texts(root) == ["Issa Pliyev", "Pliyev"]


@pytest.mark.parametrize("note", [
    "The Korean name has been reconstructed from the Chinese characters.",
    "Name as in the original; not identified.",
    # (the original's letters hard to read)
    "The name is not clearly legible in the original telegram.",
    # (the translator's identification, probable)
    "The name is supplied by the translator and the identification is probable.",
])
def test_a_name_reconstructed_or_not_identified_is_doubted(note: str) -> None:
    root, _ = convert(f"{LONG}: Vice Minister [Ri Jong-eon]* told us so.\n\n* {note}\n")
    assert _doubted_texts(root) == ["Ri Jong-eon"]


def test_later_plain_mentions_of_a_doubted_name_without_brackets_are_doubted() -> None:
    """`Mr. Calderón Iturbe*`, later `According to the same Calderón Iturbe`: the name named
    again is the same doubted reading (it was plain text); the source comes back whole."""
    text = (f"{LONG}. The informant, Mr. Calderón Iturbe*, maintains it.\n\n{LONG}. According "
            "to the same Calderón Iturbe the lists exist, and Calderón Iturbes are many.\n\n"
            "* Name transcribed as in the original; the person could not be identified.\n")
    result = convert_text(text, overrides=META, enrich=False)
    root = result.tree.getroot()
    assert _doubted_texts(root) == ["Calderón Iturbe", "Calderón Iturbe"]
    assert result.diagnostics == []  # (and the conversion, checked lossless, did not raise)


def test_a_star_after_its_note_refers_back_to_the_note_an_earlier_star_took() -> None:
    """`[Dashdondog]*` / `* The transcription of … names is possibly inaccurate.` / later
    `[Wang Lin]*`: the later star points to the note (it was left as text, with a warning),
    and the name it follows is doubted as the first is; the source comes back whole."""
    text = (f"{LONG}: Comrade [Dashdondog]* told us so.\n\n* The transcription of Mongolian "
            f"and Chinese names is possibly inaccurate.\n\n{LONG}. Comrade [Wang Lin]* spoke "
            "at length.\n")
    result = convert_text(text, overrides=META, enrich=False)
    root = result.tree.getroot()
    assert _doubted_texts(root) == ["Dashdondog", "Wang Lin"]
    (note,) = root.xpath("//t:body//t:note[@n='*']", namespaces=NS)
    (ref,) = root.xpath("//t:body//t:ref[@type='noteAnchor']", namespaces=NS)
    assert ref.get("target") == f"#{note.get(XML_ID)}"
    names = root.xpath("//t:body//t:persName", namespaces=NS)
    assert note.get("target") == " ".join(f"#{name.get(XML_ID)}" for name in names)
    assert result.diagnostics == []


def test_a_name_as_given_in_the_original_is_doubted() -> None:
    """`Comrade Ivanovsky**` / `** Name as given in the original.`: the original's spelling
    kept, which nobody could check."""
    root, _ = convert(f"{LONG}: the Counselor, Comrade Ivanovsky**, declared it.\n\n"
                      "** Name as given in the original.\n")
    assert _doubted_texts(root) == ["Ivanovsky"]


def test_a_name_a_note_presumes_another_is_doubted() -> None:
    """`supported only by Ri Yun Yon*` / `* Presumably Yi Yun-yeong, vice-chairman of the
    Korean Democratic Party.`: who is meant, presumed, the printed name doubted."""
    root, _ = convert(f"{LONG}. He was supported only by Ri Yun Yon* and a few others.\n\n"
                      "* Presumably Yi Yun-yeong, vice-chairman of the Korean Democratic "
                      "Party.\n")
    assert _doubted_texts(root) == ["Ri Yun Yon"]


def test_a_given_name_the_note_says_the_translator_supplied_is_the_part_doubted() -> None:
    """`Counsellor Ma [Xusheng]*` / `* The given name … is not in the original; it is supplied
    by the translator … and may be inaccurate.`: the supplied given name is doubted, not the
    family name printed (the whole name was)."""
    root, _ = convert(f"{LONG}: he invited Counsellor Ma [Xusheng]* to a luncheon.\n\n* The "
                      "given name of Counsellor Ma is not in the original; it is supplied by the "
                      "translator from other documents and may be inaccurate.\n")
    assert _doubted_texts(root) == ["Xusheng"]
    (supplied,) = root.xpath("//t:body//t:supplied", namespaces=NS)
    assert supplied.get("cert") == "low"


@pytest.mark.parametrize(("rank", "name"), [
    ("Major", "Nguyen Van Tho"),
    # (a Cuban officer's rank, left in Spanish; it was doubted with the name)
    ("Comandante", "Almejeiras"),
])
def test_a_rank_before_a_doubted_name_is_none_of_it(rank: str, name: str) -> None:
    """`Major Nguyen Van Tho*` / `* Reading of the name uncertain …`: the rank is no word of
    the name doubted (it was)."""
    root, _ = convert(f"{LONG}. The commander, {rank} {name}*, told an official so.\n\n"
                      "* Reading of the name uncertain in the deciphered text.\n")
    assert _doubted_texts(root) == [name]
