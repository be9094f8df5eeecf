"""enrich on the seed in the house encoding, with the names and dates it had taken away."""

from __future__ import annotations

import copy
import datetime
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from shared_paths import EDITION, SEED_REGISTER

from teikit import TEI_NS
from teikit.enrich import enrich
from teikit.names import Register, load_register
from teikit.names.register import Entry, Spelling

SEED_DATE = datetime.date(1951, 9, 10)
T = f"{{{TEI_NS}}}"


def parse(path: Path) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.parse(str(path), parser).getroot()


def unwrap(element: etree._Element) -> None:
    """Replace a childless element by its text, as if it had never been tagged."""
    parent = element.getparent()
    moved = (element.text or "") + (element.tail or "")
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + moved
    else:
        parent.text = (parent.text or "") + moved
    parent.remove(element)


def untagged_seed(shared: Path) -> etree._Element:
    """encoding-example.xml without the names and dates a register and the date reader give;
    names the translator bracketed (``persName/reg``) stay, as the converter makes them."""
    root = parse(shared / "encoding-example.xml")
    text = root.find(f"{T}text")
    for element in list(text.iter(f"{T}persName", f"{T}placeName", f"{T}date")):
        if len(element) == 0:
            unwrap(element)
    return root


def text_string(root: etree._Element) -> str:
    return "".join(root.find(f"{T}text").itertext())


def reading(name: etree._Element) -> str:
    regularised = name.find(f".//{T}reg")
    return " ".join("".join((name if regularised is None else regularised).itertext()).split())


@pytest.fixture
def seed(shared: Path) -> etree._Element:
    return untagged_seed(shared)


@pytest.fixture(scope="module")
def register() -> Register:
    return load_register(SEED_REGISTER)


def test_no_character_of_the_text_changes(seed: etree._Element, register: Register) -> None:
    before = text_string(seed)
    header = etree.tostring(seed.find(f"{T}teiHeader"))
    enrich(seed, document_date=SEED_DATE, register=register)
    assert text_string(seed) == before
    assert etree.tostring(seed.find(f"{T}teiHeader")) == header


def gold_mentions(shared: Path, names: list[str]) -> Counter[str]:
    """How often each gold name occurs in the seed's body; a name inside a longer gold name
    (Korea in South Korea) counts for the longer one only."""
    gold = json.loads((shared / "dev/gold/000_79d039120a78d3ba.json").read_text("utf-8"))
    body = (shared / "dev/raw/000_79d039120a78d3ba.txt").read_text("utf-8")[gold["body_start"] :]
    alternatives = [
        r"\s+".join(map(re.escape, name.split())) for name in sorted(names, key=len, reverse=True)
    ]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
    return Counter(" ".join(match.group().split()) for match in pattern.finditer(body))


def tagged_mentions(root: etree._Element, tag: str, names: list[str]) -> Counter[str]:
    return Counter(
        reading(element)
        for element in root.find(f"{T}text").iter(f"{T}{tag}")
        if element.get("ref") and reading(element) in names
    )


def test_every_gold_person_and_place_is_tagged_at_every_mention(
    shared: Path, seed: etree._Element, register: Register
) -> None:
    gold = json.loads((shared / "dev/gold/000_79d039120a78d3ba.json").read_text("utf-8"))
    persons, places = gold["persons"], gold["places"]
    expected = gold_mentions(shared, persons + places)
    enrich(seed, document_date=SEED_DATE, register=register)
    found = tagged_mentions(seed, "persName", persons) + tagged_mentions(seed, "placeName", places)
    assert set(expected) == set(persons + places)  # every gold name occurs in the body
    assert found == expected


def test_dates_of_the_example_are_recreated(shared: Path, seed: etree._Element) -> None:
    original = parse(shared / "encoding-example.xml").find(f"{T}text")
    wanted = [(date.text, date.get("when")) for date in original.iter(f"{T}date")]
    enrich(seed, document_date=SEED_DATE, register=None)
    made = [(date.text, date.get("when")) for date in seed.find(f"{T}text").iter(f"{T}date")]
    assert set(wanted) <= set(made)
    assert ("31 July", "1951-07-31") in made
    end_of_june = [d for d in seed.iter(f"{T}date") if d.text == "the end of June"]
    assert [dict(d.attrib) for d in end_of_june] == [
        {"notBefore": "1951-06-21", "notAfter": "1951-06-30", "cert": "medium"}
    ]


def test_bracketed_names_get_a_ref_not_a_second_wrapper(
    seed: etree._Element, register: Register
) -> None:
    enrich(seed, document_date=SEED_DATE, register=register)
    text = seed.find(f"{T}text")
    beijing = [name for name in text.iter(f"{T}placeName") if reading(name) == "Beijing"]
    assert beijing and all(name.get("ref") == "#pl-beijing" for name in beijing)
    assert all(name.find(f"{T}reg") is not None for name in beijing)
    nested = seed.xpath(
        "//tei:text//*[self::tei:persName or self::tei:placeName]"
        "//*[self::tei:persName or self::tei:placeName]",
        namespaces={"tei": TEI_NS},
    )
    assert nested == []


def test_uncertain_spellings_are_low_certainty(seed: etree._Element, register: Register) -> None:
    enrich(seed, document_date=SEED_DATE, register=register)
    li = [
        name
        for name in seed.find(f"{T}text").iter(f"{T}persName")
        if name.get("ref") == "#per-li-kuo-nyn"
    ]
    assert len(li) == 5  # [Li Kuo Nyn] twice, Li three times
    assert all(name.get("cert") == "low" for name in li)
    kim = [name for name in seed.iter(f"{T}persName") if name.get("ref") == "#per-kim-il-sung"]
    assert kim and all(name.get("cert") is None for name in kim)


def test_the_source_marking_a_spelling_uncertain_carries_to_its_other_mentions() -> None:
    root = etree.fromstring(
        f'<TEI xmlns="{TEI_NS}"><text><body><p><persName cert="low"><reg>Chao</reg></persName>'
        " met Chao and Nam Il.</p></body></text></TEI>"
    )
    register = Register(
        [
            Entry("chao", "person", Spelling("Chao")),
            Entry("nam", "person", Spelling("Nam Il")),
        ]
    )
    enrich(root, document_date=None, register=register)
    names = [(n.get("ref"), n.get("cert")) for n in root.find(f"{T}text").iter(f"{T}persName")]
    assert names == [("#chao", "low"), ("#chao", "low"), ("#nam", None)]


def test_standoff_is_last_and_lists_only_the_entries_used(
    seed: etree._Element, register: Register
) -> None:
    enrich(seed, document_date=SEED_DATE, register=register)
    assert seed[-1].tag == f"{T}standOff"
    listed = {
        element.get("{http://www.w3.org/XML/1998/namespace}id")
        for element in seed[-1].iter(f"{T}person", f"{T}place", f"{T}org")
    }
    referenced = {
        element.get("ref")[1:] for element in seed.find(f"{T}text").iter() if element.get("ref")
    }
    assert listed == referenced
    assert "per-chao" in listed and "org-un" in listed


def test_enriching_twice_changes_nothing(seed: etree._Element, register: Register) -> None:
    enrich(seed, document_date=SEED_DATE, register=register)
    once = etree.tostring(seed)
    enrich(seed, document_date=SEED_DATE, register=register)
    assert etree.tostring(seed) == once


def test_nothing_is_wrapped_inside_foreign_idno_or_existing_dates() -> None:
    root = etree.fromstring(
        f'<TEI xmlns="{TEI_NS}"><text><body><p><foreign>Kaesong 1 May 1951</foreign> '
        "<idno>Kaesong</idno> <date>2 May 1951</date> Kaesong</p></body></text></TEI>"
    )
    register = Register([Entry("kaesong", "place", Spelling("Kaesong"))])
    enrich(root, document_date=None, register=register)
    paragraph = root.find(f".//{T}p")
    assert [child.tag.split("}")[1] for child in paragraph] == [
        "foreign",
        "idno",
        "date",
        "placeName",
    ]
    assert paragraph.find(f"{T}date").get("when") == "1951-05-02"  # dated, not re-wrapped
    assert paragraph.find(f"{T}foreign").text == "Kaesong 1 May 1951"


def test_ambiguous_date_is_wrapped_without_when_and_warned() -> None:
    root = etree.fromstring(
        f'<TEI xmlns="{TEI_NS}"><text><body><p>Sent on 03/04/51.</p></body></text></TEI>'
    )
    diagnostics = enrich(root, document_date=SEED_DATE, register=None, source_name="doc.xml")
    (date,) = root.iter(f"{T}date")
    assert date.text == "03/04/51" and dict(date.attrib) == {}
    (warning,) = diagnostics
    assert warning.severity == "warning" and warning.code == "date-ambiguous"
    assert warning.location is not None and warning.location.path == "doc.xml"


def test_clashing_ids_are_refused(seed: etree._Element) -> None:
    from teikit.names import RegisterError

    register = Register([Entry("name-1", "person", Spelling("Chao"))])
    with pytest.raises(RegisterError, match="name-1"):
        enrich(seed, document_date=SEED_DATE, register=register)


@pytest.mark.referee
def test_the_enriched_seed_is_valid_tei_all(
    tmp_path: Path, seed: etree._Element, register: Register, jing
) -> None:
    enrich(seed, document_date=SEED_DATE, register=register)
    out = tmp_path / "seed.xml"
    out.write_bytes(etree.tostring(seed, xml_declaration=True, encoding="UTF-8"))
    result = jing([out])
    assert result.returncode == 0, result.stdout + result.stderr


def test_unwrapping_fixture_really_removes_names(shared: Path) -> None:
    root = untagged_seed(shared)
    plain = [n for n in root.find(f"{T}text").iter(f"{T}persName") if n.find(f"{T}reg") is None]
    assert plain == []
    assert copy.deepcopy(root).find(f"{T}standOff") is None


def test_converting_the_seed_with_its_register_tags_every_gold_mention(shared: Path) -> None:
    from teikit import convert

    gold = json.loads((shared / "dev/gold/000_79d039120a78d3ba.json").read_text("utf-8"))
    persons, places = gold["persons"], gold["places"]
    source = EDITION / "source.txt"
    root = convert.convert_file(source, register=SEED_REGISTER).tree.getroot()
    found = tagged_mentions(root, "persName", persons) + tagged_mentions(root, "placeName", places)
    assert found == gold_mentions(shared, persons + places)


@pytest.mark.referee
def test_the_converted_seed_with_its_register_is_valid_tei_all(tmp_path: Path, jing) -> None:
    from teikit import convert

    source = EDITION / "source.txt"
    result = convert.convert_file(source, register=SEED_REGISTER)
    assert result.tree.getroot()[-1].tag == f"{T}standOff"
    out = tmp_path / "edition.xml"
    out.write_bytes(result.to_bytes())
    checked = jing([out])
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_year_the_translator_supplied_after_a_date_is_its_year() -> None:
    """`the 1st of September [1969]` in a document of 1979, `5 March [19]56`: the date's year is
    the supplied one, as certain as the translator; a date the text leaves without a year
    takes the document's, uncertain."""
    text = etree.fromstring(
        f'<text xmlns="{TEI_NS}"><body><p>Since the 1st of September <supplied>1969</supplied> '
        "and 5 March <supplied>19</supplied>56, and again on 3 May.</p></body></text>")
    enrich(text, document_date=datetime.date(1979, 6, 1), register=None)
    dates = [(d.text, d.get("when"), d.get("cert"))
             for d in text.iter(f"{{{TEI_NS}}}date")]
    assert dates == [("the 1st of September", "1969-09-01", None),
                     ("5 March", "1956-03-05", None), ("3 May", "1979-05-03", "medium")]


def test_a_year_whose_last_figures_the_translator_supplied_is_read_whole() -> None:
    """`24.XI.19[60]`, `3 November 19[60]`: the year is 1960, not 1919, nor the 19th day."""
    text = etree.fromstring(
        f'<text xmlns="{TEI_NS}"><body><p>Dated 24.XI.19<supplied>60</supplied>, sent on '
        "3 November 19<supplied>60</supplied> and read in 19<supplied>61</supplied>.</p>"
        "</body></text>")
    enrich(text, document_date=datetime.date(1960, 12, 1), register=None)
    dates = [(d.text, d.get("when"), d.get("cert"))
             for d in text.iter(f"{{{TEI_NS}}}date")]
    assert dates == [("24.XI.19", "1960-11-24", None), ("3 November 19", "1960-11-03", None)]
