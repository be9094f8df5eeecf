"""No-break spaces between words, as a Word or web page export keeps them (`&nbsp;`): the
converter reads the words as it reads them parted by spaces, and the TEI keeps the characters."""

from __future__ import annotations

from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.readers.page_header import parse_page_header

NS = {"t": TEI_NS}
NBSP = "\u00a0"
TEXT = ("Nevertheless, their behavior differed from the behavior of the other Far Eastern "
        "delegation till the very last.\n")


def _tei(body: str, header: str = "") -> etree._Element:
    page = ("**May 6, 1950**\n\n**Report, Hungarian Foreign Ministry to the Embassy of Hungary "
            f"in North Korea**\n\n{header}{body}")
    return convert_text(page, source_name="nbsp.txt", enrich=False).tree.getroot()


def _texts(root: etree._Element, path: str) -> list[str]:
    return ["".join(e.itertext()) for e in root.xpath(path, namespaces=NS)]


def test_a_signing_formula_over_the_name_is_one_signature_and_keeps_its_spaces() -> None:
    """`By order of the Minister` / `Irén Rózsa` (w002's close), a no-break space between two
    of the formula's words: one signature, as with spaces, the no-break space kept."""
    spaced = _tei(TEXT + "By order of the Minister\nIrén Rózsa\n")
    unbroken = _tei(TEXT + f"By{NBSP}order of the Minister\nIrén{NBSP}Rózsa\n")
    assert len(_texts(spaced, "//t:closer/t:signed")) == 1
    assert _texts(unbroken, "//t:closer/t:signed") == [
        f"By{NBSP}order of the Minister\nIrén{NBSP}Rózsa"]


def test_a_header_label_with_a_no_break_space_is_the_archives_label() -> None:
    header = parse_page_header(f"**May 6, 1950**\n\n**A Report**\n\n**Original{NBSP}Language:** "
                               f"French\n\n{TEXT}")
    assert header.fields["original_language"].value == "French"


def test_a_name_before_its_completion_parted_by_a_no_break_space() -> None:
    """`To Ambassador{NBSP}Jiao [Ruoyu]:`: the family name printed, the given name supplied,
    one person's name, as with a space; the no-break space stays before the name."""
    root = _tei(f"To Ambassador{NBSP}Jiao [Ruoyu]:\n\n{TEXT}")
    (name,) = root.xpath("//t:persName[t:supplied]", namespaces=NS)
    assert "".join(name.itertext()) == "Jiao Ruoyu"
    assert f"Ambassador{NBSP}" in "".join(root.find("t:text", NS).itertext())
