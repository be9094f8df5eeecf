"""The TEI writer's own guarantees."""

from __future__ import annotations

from lxml import etree

from teikit.convert import convert_text

META = {"title": "Test", "date_text": "May 14, 1950"}


def test_markers_with_unusual_spaces_give_a_valid_rend() -> None:
    result = convert_text("A line [Handwritten\u00a0note\u2003in margin:] agreed, of text here.",
                          overrides=META)
    rends = result.tree.getroot().xpath("//@rend")
    assert rends == ["[Handwritten note in margin:] {}"]


def test_structural_containers_are_indented_but_text_is_untouched() -> None:
    result = convert_text("A line of running text that is long enough to be prose.\n\n"
                          "Signed: V. Razuvayev\n", overrides=META)
    xml = result.to_bytes().decode("utf-8")
    assert "\n      <div type=\"document\">" in xml
    signed = result.tree.getroot().xpath("//*[local-name()='signed']")[0]
    assert etree.tostring(signed, encoding="unicode", with_tail=False).endswith(
        ">Signed: V. Razuvayev</signed>")
