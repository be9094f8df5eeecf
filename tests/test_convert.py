"""The converter end to end on the real dev documents and the seed edition (fidelity figures:
`tests/test_fidelity.py`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from shared_paths import DEV_GOLD, DEV_RAW, EDITION, TEST_DATA

from teikit import TEI_NS
from teikit.convert import convert_file, convert_text
from teikit.errors import MetadataError
from teikit.profiles import load_profile
from teikit.writers.source import form_table, source_text

WILSON_FORMS = form_table(load_profile("wilson").conventions)

NS = {"t": TEI_NS}


def texts(root: etree._Element, xpath: str) -> list[str]:
    """The text of each element the XPath selects, white space folded."""
    return [" ".join("".join(e.itertext()).split()) for e in root.xpath(xpath, namespaces=NS)]


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dev-tei")
    for source in sorted(DEV_RAW.glob("*.txt")):
        (out / f"{source.stem}.xml").write_bytes(convert_file(source).to_bytes())
    return out


def test_every_dev_document_converts(converted: Path) -> None:
    assert len(list(converted.glob("*.xml"))) == len(list(DEV_RAW.glob("*.txt")))


def test_all_outputs_are_valid_tei_all(converted: Path, jing, tmp_path: Path) -> None:
    extra = tmp_path / "plain.xml"
    extra.write_bytes(convert_text(
        "A letter [to put] with [illegible] and [...] and Filippov [Stalin].\n\nI. STALIN\n",
        overrides={"title": "A plain letter", "date_text": "May 5, 1950"}).to_bytes())
    written = []
    for source in sorted(TEST_DATA.glob("*.txt")):
        target = tmp_path / f"{source.stem}.xml"
        target.write_bytes(convert_file(source).to_bytes())
        written.append(target)
    assert len(written) == len(list(TEST_DATA.glob("*.txt")))
    files = [*sorted(converted.glob("*.xml")), EDITION / "edition.xml", extra, *written]
    done = jing(files)
    assert done.returncode == 0, done.stdout + done.stderr


def test_seed_edition_regenerates_identically() -> None:
    checked_in = (EDITION / "edition.xml").read_bytes()
    when = etree.fromstring(checked_in).xpath("//t:revisionDesc/t:change/@when", namespaces=NS)[0]
    regenerated = convert_file(EDITION / "source.txt", change_date=when).to_bytes()
    assert regenerated == checked_in


@pytest.fixture(scope="module")
def seed_root() -> etree._Element:
    return convert_file(EDITION / "source.txt").tree.getroot()


def unfolded(root: etree._Element, xpath: str) -> list[str]:
    """The text of each element selected, white space as written (it is asserted too)."""
    return ["".join(e.itertext()) for e in root.xpath(xpath, namespaces=NS)]


@pytest.mark.parametrize(("xpath", "expected"), [
    ("//t:supplied", ["to put", "political", "it", "Radio", "them"]),
    ("//t:placeName[t:reg]", ["Beijing"] * 7),
    ("//t:persName[@cert='low'][t:reg]", ["Li Kuo Nyn", "Li Kuo Nyn"]),
    ("//t:note[@place='foot']", ["The writing of the Chinese names is possibly inaccurate."]),
    ("//t:note[@type='original-wording']/t:foreign", ["narodnyevoyska"]),
    ("(//t:add[@hand='#hand-1'])[2]", ["\nf.45\nop.7\nd.347"]),  # words apart
    ("(//t:closer/t:signed)[last()]", ["Authenticated: signature"]),
    ("(//t:list[@type='distribution']/t:item)[last()]", ["Suslov"]),
    ("//t:note[@type='registry']/t:idno", ["648-VK"]),
    ("//t:fw[@type='classification']", ["Top Secret"]),
])
def test_seed_has_the_house_encoding_of_its_conventions(
    seed_root: etree._Element, xpath: str, expected: list[str]
) -> None:
    assert unfolded(seed_root, xpath) == expected


@pytest.mark.parametrize(("xpath", "expected"), [
    ("count(//t:text//t:pb)", 3.0),
    ("//t:handNote/@xml:id", ["hand-1"]),
    ("//t:catRef/@target", ["#cls-top-secret"]),
    ("//t:note[@place='foot']/@target = concat('#', //t:persName[@xml:id]/@xml:id)", True),
])
def test_seed_values(seed_root: etree._Element, xpath: str, expected: object) -> None:
    assert seed_root.xpath(xpath, namespaces=NS) == expected


def test_word_sic_marks_the_word_and_gives_the_source_back() -> None:
    """`word [sic]` had never been run through the converter by any test."""
    result = convert_text("It was recieved [sic] on time, as the cable says.\n",
                          overrides={"title": "T", "date_text": "May 5, 1950"}, enrich=False)
    root = result.tree.getroot()
    (paragraph,) = root.xpath("//t:body//t:p", namespaces=NS)
    xml = etree.tostring(paragraph, encoding="unicode", with_tail=False)
    assert xml == f'<p xmlns="{TEI_NS}">It was <sic>recieved</sic> on time, as the cable says.</p>'
    assert source_text(root.find(f"{{{TEI_NS}}}text"), WILSON_FORMS).strip() == (
        "It was recieved [sic] on time, as the cable says.")


def test_an_irregular_sic_marker_is_kept_in_rend() -> None:
    result = convert_text("It was recieved [Sic] on time, as the cable says.\n",
                          overrides={"title": "T", "date_text": "May 5, 1950"}, enrich=False)
    (sic,) = result.tree.getroot().xpath("//t:body//t:sic", namespaces=NS)
    assert (sic.text, sic.get("rend")) == ("recieved", "{} [Sic]")


def test_missing_title_names_the_field() -> None:
    with pytest.raises(MetadataError, match="title"):
        convert_text("Just a line [to put] of text.\n", source_name="bare.txt")


@pytest.mark.parametrize("gold", sorted(DEV_GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_body_start_matches_gold(gold: Path) -> None:
    data = json.loads(gold.read_text(encoding="utf-8"))
    result = convert_file(DEV_RAW / Path(data["file"]).name)
    assert result.metadata.title == data["title"]


def test_an_unreadable_date_is_kept_as_printed_with_a_warning() -> None:
    text = ("**Spring, some year**\n\n**A Title**\n\n**Summary:** S.\n\n"
            "Some text of the document [to put] here, written as a whole sentence.\n")
    result = convert_text(text, source_name="undated.txt")
    dates = result.tree.getroot().xpath("//t:creation/t:date", namespaces=NS)
    assert [(d.text, dict(d.attrib)) for d in dates] == [("Spring, some year", {})]
    assert [(d.code, d.location.line) for d in result.diagnostics] == [("date", 1)]


def test_a_sidecar_gives_what_plain_text_lacks(tmp_path) -> None:
    source = tmp_path / "note.txt"
    source.write_text("A plain transcription of a note [to put] here, one whole sentence.\n")
    sidecar = tmp_path / "note.toml"
    sidecar.write_text('title = "A note"\ndate_text = "5 May 1950"\n'
                       'original_language = "Russian"\n')
    root = convert_file(source, meta_file=sidecar).tree.getroot()
    assert root.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "A note"
    assert root.xpath("string(//t:creation/t:date/@when)", namespaces=NS) == "1950-05-05"
    assert root.xpath("//t:langUsage/t:language/@ident", namespaces=NS) == ["en", "ru"]


def test_a_document_of_another_shape_converts_sensibly() -> None:
    """A record of conversation written for the tests (not one of the dev documents): a
    different header, a participants line, a footnote after the last paragraph, a closer with
    title, name and Roman-numeral date, a 'Sent to:' list and a number at the foot."""
    result = convert_file(TEST_DATA / "record-of-conversation.txt")
    root = result.tree.getroot()

    assert texts(root, "//t:msIdentifier/t:idno[@type='fond']") == ["059a"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["TOP SECRET"]
    # the title over the text, and those present under it: the record's first lines
    assert texts(root, "//t:div[@type='document']/t:head") == [
        "RECORD OF A CONVERSATION with Kim Il Sung, 30 March 1950"]
    assert texts(root, "//t:div/t:head/following-sibling::t:opener//t:choice/t:reg") == [
        "Pak Hon Yong", "Ignat'ev"]
    assert texts(root, "//t:note[@place='foot']") == ["The date in the original is unclear."]
    # the office over the name signs its own line, as the seed's ambassador does
    assert texts(root, "//t:closer/t:signed")[-2:] == ["Ambassador of the USSR in the DPRK",
                                                       "T. Shtykov"]
    assert root.xpath("string(//t:closer/t:dateline/t:date/@when)", namespaces=NS) == (
        "1950-03-31")
    # (the heading's line names the first: `Sent to: Cde. Vyshinsky` / `Cde. Gromyko`)
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Cde. Vyshinsky", "Cde. Gromyko"]
    assert texts(root, "//t:postscript/t:note[@type='registry']/t:idno") == ["No. 234/sh"]
    assert result.warnings == []


def test_a_journal_whose_one_note_doubts_a_name_marked_twice() -> None:
    """A journal written for the tests: `[Li Kuo Nyn]*` twice (after `According to`, no
    place), one note under the signature that doubts the names' writing, Chinese in pinyin in a
    document translated from Russian."""
    result = convert_file(TEST_DATA / "journal-doubted-names.txt")
    root = result.tree.getroot()
    names = root.xpath("//t:body//t:persName[t:reg='Li Kuo Nyn']", namespaces=NS)
    assert [name.get("cert") for name in names] == ["low", "low"]
    # the note stays a note under the closer, no document the journal transmits
    assert root.xpath("//t:floatingText", namespaces=NS) == []
    note = root.xpath("//t:body//t:note[@n='*']", namespaces=NS)[0]
    assert root.xpath("//t:ref[@type='noteAnchor']/@target", namespaces=NS) == [
        "#" + note.get("{http://www.w3.org/XML/1998/namespace}id")] * 2
    assert root.xpath("//t:foreign[.='zhengfeng']/@xml:lang", namespaces=NS) == ["zh-Latn"]
    assert result.warnings == []


def test_a_letter_with_salutation_valediction_and_endnote() -> None:
    """A letter written for the tests: address and salutation, an organisation's name with its
    abbreviation supplied, a valediction signed by a body, a seal, a dateline, an endnote."""
    root = convert_file(TEST_DATA / "letter.txt").tree.getroot()

    assert texts(root, "//t:opener/t:salute") == ["Dear Comrades!"]
    assert "KWP" in texts(root, "//t:body//t:note[@type='editorial']")  # a gloss, ENCODING.md
    assert texts(root, "//t:closer/t:signed") == [
        "With communist greetings, Central Committee of the Korean Workers' Party"]  # lb + line end
    assert texts(root, "//t:closer/t:dateline") == ["Pyongyang, 5 June 1956"]
    assert texts(root, "//t:closer/t:stamp") == ["seal"]  # a seal named: a stamp
    note = root.xpath("//t:note[@place='end']", namespaces=NS)[0]
    anchor = root.xpath("//t:ref[@type='noteAnchor']", namespaces=NS)[0]
    assert anchor.get("target") == "#" + note.get("{http://www.w3.org/XML/1998/namespace}id")


def test_a_cable_in_single_lines() -> None:
    """A cable written for the tests, one line a paragraph: a salutation with a supplied
    family name, a cover name identified, a supplied time expression, a dateline with a time."""
    root = convert_file(TEST_DATA / "cable.txt").tree.getroot()

    assert texts(root, "//t:opener/t:salute") == ["Comrade Zhou Enlai:"]
    assert texts(root, "//t:choice/t:reg") == ["Stalin"]
    assert len(root.xpath("//t:body//t:p", namespaces=NS)) == 3
    assert texts(root, "//t:closer/t:signed") == ["Mao Zedong"]
    assert texts(root, "//t:closer/t:dateline") == ["8 October, 10 p.m."]
    # (the hour with its `p.m.` and no minutes is the date's too)
    assert root.xpath("string(//t:closer/t:dateline/t:date/@when)", namespaces=NS) == (
        "1950-10-08T22:00:00")


def test_a_day_without_a_known_year_is_valid_against_the_house_schema(tmp_path) -> None:
    from teikit.validate import validate_file

    text = ("**Spring, some year**\n\n**A Title**\n\n**Summary:** S.\n\n"
            "The meeting of 31 July was put off until the first days of August, as agreed.\n")
    result = convert_text(text, source_name="undated.txt")
    assert result.tree.getroot().xpath("//t:text//t:date/@when", namespaces=NS) == [
        "--07-31", "--08"]
    path = tmp_path / "undated.xml"
    path.write_bytes(result.to_bytes())
    report = validate_file(path, use_xml_model=False)
    assert report.valid, report.messages


@pytest.mark.parametrize("name", ["000_79d039120a78d3ba", "w013", "w026"])
def test_a_page_saved_as_plain_text_converts_as_its_markdown_does(name: str) -> None:
    """The same page without bold: the same header fields and the same text."""
    markdown = (DEV_RAW / f"{name}.txt").read_text(encoding="utf-8")
    trees = [convert_text(text, source_name=f"{name}.txt", change_date="2026-01-01").tree
             for text in (markdown, markdown.replace("**", ""))]
    texts = [etree.tostring(tree.getroot().find(f"{{{TEI_NS}}}text")) for tree in trees]
    assert texts[0] == texts[1]
    for xpath in ("string(//t:titleStmt/t:title)", "string(//t:creation/t:date/@when)",
                  "string(//t:msIdentifier)", "string(//t:funder)", "string(//t:abstract)"):
        values = [tree.getroot().xpath(xpath, namespaces=NS) for tree in trees]
        assert values[0] == values[1], xpath
    assert trees[1].getroot().xpath("string(//t:titleStmt/t:title)", namespaces=NS)
