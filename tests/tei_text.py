"""What the tests read of TEI: the text of the elements an XPath finds, white space folded, and
the TEI of a body written for a test under a header of a title and a date."""

from __future__ import annotations

from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text

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
