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


def test_a_transmitted_documents_containers_are_indented_too() -> None:
    """The letter a telegram relays, and its lists, are indented as the document's own are: a
    reader sees its parts apart, and a list's items read as words apart (`Department` and
    `1x` ran together in the text of a list written on one line)."""
    result = convert_text(
        "I send you the memorandum of the conversation of 12 March.\n\nJohne\n\nMEMORANDUM\n\n"
        "On 10 March the ambassador received me at his request and we spoke for an hour about "
        "the visit of the delegation.\n\nMüller\n\nDistribution:  \n1x Latin America "
        "Department  \n1x Embassy file\n", overrides=META)
    xml = result.to_bytes().decode("utf-8")
    floating = xml[xml.index("<floatingText"):xml.index("</floatingText>")]
    assert "\n" in floating and "><body><div" not in floating
    items = result.tree.getroot().xpath("//*[local-name()='floatingText']//*[local-name()='list']")
    assert items and " ".join("".join(items[0].itertext()).split()).startswith(
        "Distribution: 1x Latin America Department 1x Embassy file")
