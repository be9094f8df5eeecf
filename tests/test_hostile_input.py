"""Input that once crashed the converter: control characters, deep nesting, template braces."""

from __future__ import annotations

import pytest
from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.errors import InputError, MetadataError
from teikit.metadata import Metadata
from teikit.profiles import load_profile
from teikit.readers.inline import MAX_NESTING
from teikit.render import RenderOptions, render_tree
from teikit.writers.source import form_table, source_text

WILSON_FORMS = form_table(load_profile("wilson").conventions)

NS = {"t": TEI_NS}
LETTER = ("**May 5, 1950**\n\n**A short letter**\n\n**Citation:**\n\n\"A short letter\", May 5, "
          "1950, Wilson Center Digital Archive, RGASPI, f.558, op.11, d.334.\n\n"
          "Dear colleague,\n\n")


def body_of(text: str) -> etree._Element:
    return convert_text(LETTER + text + "\n", source_name="letter.txt").tree.getroot()


@pytest.mark.parametrize(("where", "location"), [
    ("**A short\f letter**", "letter.txt:3:10"),
    ("RGASPI\f, f.558", "letter.txt:7:69"),
])
def test_a_form_feed_in_a_header_field_is_located(where: str, location: str) -> None:
    plain = where.replace("\f", "")
    with pytest.raises(InputError) as caught:
        convert_text(LETTER.replace(plain, where), source_name="letter.txt")
    assert str(caught.value.location) == location
    assert "U+000C" in caught.value.message


def test_a_control_character_in_the_body_is_located() -> None:
    with pytest.raises(InputError) as caught:
        body_of("A bell\x07 rings.")
    assert str(caught.value.location) == "letter.txt:11:7"


def test_a_form_feed_in_the_body_is_a_page_break() -> None:
    root = body_of("First page\fsecond page.")
    (paragraph,) = root.xpath("//t:body//t:p[contains(., 'page')]", namespaces=NS)
    assert etree.tostring(paragraph, encoding="unicode", with_tail=False) == (
        f'<p xmlns="{TEI_NS}">First page<pb/>second page.</p>')


def test_a_control_character_from_the_command_line_names_its_field() -> None:
    with pytest.raises(MetadataError) as caught:
        convert_text(LETTER, source_name="letter.txt", overrides={"summary": "a\x1bb"})
    assert "metadata field 'summary' holds U+001B" in caught.value.message


def test_metadata_made_by_hand_cannot_reach_the_header_unchecked() -> None:
    from teikit.writers.header import build_tei_header

    meta = Metadata(title="A\x0cB", date_text="May 5, 1950")
    with pytest.raises(MetadataError, match=r"the header.s title holds U\+000C"):
        build_tei_header(meta, editorial_decl=etree.Element("x"), hands=[], classifications=[],
                         change_date="2026-01-01", teikit_version="0")


def test_ten_thousand_nested_brackets_convert_with_one_warning() -> None:
    text = "[" * 10_000 + "deep" + "]" * 10_000
    result = convert_text(LETTER + text + "\n", source_name="letter.txt")
    codes = [d.code for d in result.diagnostics]
    assert codes.count("nesting-too-deep") == 1
    text = result.tree.getroot().find(f"{{{TEI_NS}}}text")
    assert "[" * 10_000 + "deep" in source_text(text, WILSON_FORMS)


def test_nesting_up_to_the_cap_is_parsed() -> None:
    depth = MAX_NESTING - 1
    root = body_of("[" * depth + "x" + "]" * depth)
    assert root.xpath("count(//t:body//*[.='x'][not(*)]/ancestor::*)", namespaces=NS) >= depth


@pytest.mark.parametrize("text", [
    "A [handwritten {} note: text] here.",
    "A [Handwritten {x}:] and more text",
    "A [inserted by hand: {}] here.",
    "the [{}] and [{{}}] and [}{] here",
    "it is [….{}] cut",
    "[illegible {}] and [2 words {illegible}]",
    "word{} [sic] and Li An {} [?] here",
])
def test_literal_braces_in_brackets_round_trip(text: str) -> None:
    """A literal `{}` once collided with the placeholder of @rend templates."""
    root = body_of(text)
    regenerated = source_text(root.find(f"{{{TEI_NS}}}text"), WILSON_FORMS)
    assert "".join(text.split()) in "".join(regenerated.split())


def test_the_diplomatic_view_prints_the_source_braces() -> None:
    root = body_of("A [handwritten {} note: text] here.")
    page = render_tree(root.getroottree(), options=RenderOptions(view="diplomatic"))
    assert "[handwritten {} note: text]" in " ".join(
        etree.HTML(page).xpath("string(//*[@id='text'])").split())


def test_template_escapes_are_their_own_inverse() -> None:
    from teikit.templates import literal, split, template

    for before, after in [("[a {} b: ", "]"), ("{", "}"), ("}}", "{{"), ("", "")]:
        assert split(template(before, after)) == (before, True, after)
    assert split(literal("no {} placeholder")) == ("no {} placeholder", False, "")

