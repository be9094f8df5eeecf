"""What the tests read of TEI: the text of the elements an XPath finds, white space folded, and
the TEI of a body written for a test under a header of a title and a date."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.validate import validate_file

NS = {"t": TEI_NS}
# The outer document's closer, and the document attached to it (a covering note's paper).
CLOSER = "/t:TEI/t:text/t:body/t:div/t:closer"
ATTACHED = "/t:TEI/t:text/t:body/t:div/t:postscript/t:floatingText/t:body/t:div"


def texts(root: etree._Element, xpath: str) -> list[str]:
    return [" ".join("".join(e.itertext()).split()) for e in root.xpath(xpath, namespaces=NS)]


def converted_text(source: str, date_text: str) -> etree._Element:
    """The TEI of a body written for a test, under a header of a title and `date_text`."""
    return convert_text(source, overrides={"title": "Test", "date_text": date_text},
                        enrich=False).tree.getroot()


def closing_lines(source: str, date_text: str) -> tuple[list[str], list[str]]:
    """The signing lines and the datelines of the outer document's closer, `source` converted
    under `date_text`."""
    root = converted_text(source, date_text)
    return texts(root, f"{CLOSER}/t:signed"), texts(root, f"{CLOSER}/t:dateline")


def invalidity(tree: etree._ElementTree, folder: Path) -> list[str]:
    """What validating a converted tree, written to a file in `folder`, reports against it
    (the house schema, as `teikit validate` asks by default); none when it is valid."""
    path = folder / "converted.xml"
    tree.write(str(path), encoding="UTF-8", xml_declaration=True)
    report = validate_file(path)
    return [] if report.valid else [str(message) for message in report.messages]
