"""Markdown's links and images, as a web clipper keeps a page's and an editor links a name: a
link is `ref[@target]`, an image a `figure` by its address, the Markdown kept in `@rend` so that
the TEI gives the source back (the conversion's own lossless check); a bracket that is no link
is read as an editorial bracket, as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from teikit.convert import convert_text
from teikit.readers.markdown_links import link_at
from teikit.validate import validate_file

NS = {"t": "http://www.tei-c.org/ns/1.0"}
ADDRESS = "https://digitalarchive.wilsoncenter.org/topics/central-committee"


def _body(paragraph: str) -> etree._Element:
    page = f"**May 1, 1962**\n\n**Telegram to Comrade Filippov [Stalin]**\n\n{paragraph}\n"
    body = convert_text(page, source_name="page.txt").tree.getroot().find(".//t:body", NS)
    assert body is not None
    return body


def test_a_link_is_a_ref_to_its_address_not_a_word_the_translator_supplied() -> None:
    body = _body(f"The delegation agreed [to put] the question to the [Central Committee]"
                 f"({ADDRESS}) of the party.")
    (ref,) = body.iterfind(".//t:ref", NS)
    assert (ref.get("target"), ref.text) == (ADDRESS, "Central Committee")
    assert ref.get("rend") == f"[{{}}]({ADDRESS})"
    assert [s.text for s in body.iterfind(".//t:supplied", NS)] == ["to put"]
    assert "(https:" not in "".join(body.itertext())


def test_an_image_is_a_figure_by_its_address_with_its_description() -> None:
    body = _body("The first page of the telegram: ![the first page, with the stamp]"
                 "(https://example.org/scans/p1.JPG \"Page 1\") as the archive holds it.")
    (figure,) = body.iterfind(".//t:figure", NS)
    graphic = figure.find("t:graphic", NS)
    assert (graphic.get("url"), graphic.get("mimeType")) == (
        "https://example.org/scans/p1.JPG", "image/jpeg")
    assert figure.findtext("t:figDesc", namespaces=NS) == "the first page, with the stamp"
    assert "!" not in "".join(body.itertext())


@pytest.mark.parametrize(("text", "after"), [
    ("[Korea](https://en.wikipedia.org/wiki/Korea_(disambiguation)) and", " and"),
    ('[the decree](/document/117422 "The decree") of', " of"),
    ("[mail](mailto:archive@example.org).", "."),
])
def test_a_destination_may_be_any_scheme_a_sites_path_a_title_or_hold_parentheses(
        text: str, after: str) -> None:
    link = link_at(text, 0, text.index("]"), len(text), image=False)
    assert link is not None and text[link.end:] == after


@pytest.mark.parametrize("paragraph", [
    "They agreed [to put] (as the minutes say) the question.",  # a space before it
    "The name [Li Kuo Nyn](sic) is spelled so.",  # no address
    "See [**Pravda**](https://example.org/pravda) of 3 May.",  # words marked up
])
def test_a_bracket_before_what_is_no_link_destination_is_an_editorial_bracket(
        paragraph: str) -> None:
    assert _body(paragraph).find(".//t:ref", NS) is None


def test_links_and_images_are_valid_tei(tmp_path: Path) -> None:
    page = ("**May 1, 1962**\n\n**Telegram to Comrade Filippov [Stalin]**\n\n"
            f"The [Central Committee]({ADDRESS}) and ![a scan](https://example.org/p.png) "
            "[to put] the question.\n")
    path = tmp_path / "page.xml"
    path.write_bytes(convert_text(page, source_name="page.txt").to_bytes())
    report = validate_file(path)
    assert report.valid, report.messages
    assert any(schema.endswith("tei_all.rng") for schema in report.schemas)


def test_an_address_in_angle_brackets_is_a_link_to_itself() -> None:
    body = _body("The text is at <https://digitalarchive.wilsoncenter.org/document/117422> and "
                 "the note at <mailto:archive@example.org>; a < b and <the draft> stay text.")
    assert [(ref.get("target"), ref.text, ref.get("rend")) for ref in body.iterfind(
        ".//t:ref", NS)] == [
        ("https://digitalarchive.wilsoncenter.org/document/117422",
         "https://digitalarchive.wilsoncenter.org/document/117422", "<{}>"),
        ("mailto:archive@example.org", "mailto:archive@example.org", "<{}>")]
    assert "a < b and <the draft> stay text" in "".join(body.itertext())


REFERENCED = ("**May 1, 1962**\n\n**Telegram to Comrade Filippov [Stalin]**\n\n"
              "The delegation agreed [to put] the question to the [Central Committee][1] of the "
              "party; [Pravda][] and [Izvestiya] printed it [1].\n\n"
              "[1]: https://example.org/central-committee\n"
              "[pravda]: https://example.org/pravda \"Pravda\"\n"
              "[Izvestiya]: /topics/izvestiya\n")


def test_a_link_by_reference_takes_the_address_its_label_is_defined_with() -> None:
    body = _body(REFERENCED.split("**\n\n", 2)[2].strip())
    refs = [(ref.text, ref.get("target"), ref.get("rend"))
            for ref in body.iterfind(".//t:p/t:ref", NS)]
    assert refs[:4] == [
        ("Central Committee", "https://example.org/central-committee", "[{}][1]"),
        ("Pravda", "https://example.org/pravda", "[{}][]"),
        ("Izvestiya", "/topics/izvestiya", "[{}]"),
        ("1", "https://example.org/central-committee", "[{}]")]
    assert [s.text for s in body.iterfind(".//t:supplied", NS)] == ["to put"]


def test_a_definitions_line_is_a_paragraph_holding_its_link_not_a_numbered_note(
        tmp_path: Path) -> None:
    path = tmp_path / "page.xml"
    path.write_bytes(convert_text(REFERENCED, source_name="page.txt").to_bytes())
    root = etree.parse(str(path)).getroot()
    assert root.find(".//t:note", NS) is None
    definitions = [(ref.text, ref.get("rend"))
                   for ref in root.iterfind(".//t:postscript/t:p/t:ref", NS)]
    assert definitions == [("https://example.org/central-committee", "[1]: {}"),
                           ("https://example.org/pravda", '[pravda]: {} "Pravda"'),
                           ("/topics/izvestiya", "[Izvestiya]: {}")]
    assert validate_file(path).valid


@pytest.mark.parametrize("text", [
    "[Beijing]:Copies:##",  # a word before a colon is no scheme (a definition's line else)
    "[Beijing](Copies: 3) as sent",
])
def test_a_word_before_a_colon_is_no_address(text: str) -> None:
    assert _body(text).find(".//t:ref", NS) is None


def test_an_address_is_a_pointer_its_characters_percent_encoded_as_written_in_rend() -> None:
    body = _body("The [list](https://example.org/a b/#one#two) was sent.".replace(" b/", "|b/"))
    (ref,) = body.iterfind(".//t:ref", NS)
    assert ref.get("target") == "https://example.org/a%7Cb/#one%23two"
    assert ref.get("rend") == "[{}](https://example.org/a|b/#one#two)"
