"""Document → TEI: the root and the header of one `Document` (`teikit.writers.tei` writes the
text), nothing read back from the TEI."""

from __future__ import annotations

from lxml import etree

from teikit import TEI_NS, XML_NS, __version__
from teikit.metadata import HandNote
from teikit.model import Document
from teikit.writers.header import build_tei_header, tei_root_attributes
from teikit.xml import tei

DEFAULT_HAND = "Handwritten annotations on the original, as reported by the translation."
TRANSLATOR = "#translator"


def hand_notes(document: Document) -> list[HandNote]:
    return [HandNote(hand_id, f"Handwriting of {key}." if key else DEFAULT_HAND)
            for key, hand_id in document.hands.items()]


def tei_root_and_header(document: Document, *, editorial_decl: etree._Element,
                        text_language: str, change_date: str,
                        ) -> tuple[etree._Element, etree._Element]:
    """The empty `TEI` element of a document and its `teiHeader`, made before the text (the
    header takes from the body model what it needs, before the writer releases the blocks).
    `text_language` is the edition's (the header's); the header's `langUsage` names the
    document's own when the reader found its text in another."""
    header = build_tei_header(
        document.metadata,
        editorial_decl=editorial_decl,
        hands=hand_notes(document),
        classifications=document.classifications,
        change_date=change_date,
        teikit_version=__version__,
        text_language=document.text_language or text_language,
        translator_cited=document.cites(TRANSLATOR),
        contributors=document.contributors,
        revisions=document.revisions,
        source_changes=document.source_changes,
    )
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    for key, value in tei_root_attributes(document.metadata).items():
        root.set(key, value)
    if root.get(f"{{{XML_NS}}}lang") is None:
        root.set(f"{{{XML_NS}}}lang", text_language)
    return root, header
