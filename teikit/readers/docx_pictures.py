"""Pictures in a Word file → `figure`: the image itself (`binaryObject`, base64) where the
file holds it, a `graphic[@url]` where it links to one outside, and the text Word keeps to
describe it (`figDesc`). A picture is no text of the document: nothing of it is in the text
the conventions are read in, and only its description in the words the TEI must hold.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

from lxml import etree

from teikit.conventions.text_markup import PICTURE
from teikit.model import Inline, Intervention, Text
from teikit.readers.docx_fields import pointer
from teikit.readers.docx_package import BOX, FALLBACK, R_ID, R_NS, Links, Picture, nearest

# A picture: DrawingML's (embedded, or linked outside the file) and the older VML's; what
# describes it: its own name properties (a picture of a group), its drawing's, a VML shape's.
_EMBED, _LINK = f"{{{R_NS}}}embed", f"{{{R_NS}}}link"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_VML = "urn:schemas-microsoft-com:vml"
_VML_IMAGE, _VML_SHAPE = f"{{{_VML}}}imagedata", f"{{{_VML}}}shape"
_OWN_NAME = ("{http://schemas.openxmlformats.org/drawingml/2006/picture}nvPicPr/"
             "{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr")
_DRAWING_NAME = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
# The address a click on the picture opens, which Word's "Link" on a picture sets.
_CLICK = "{http://schemas.openxmlformats.org/drawingml/2006/main}hlinkClick"
# A media type as TEI's `@mimeType` takes it (a word: no parameters, no spaces).
_MEDIA_TYPE = re.compile(r"[\w.+-]+/[\w.+-]+")


@dataclass(frozen=True)
class WordPicture:
    """A picture in a paragraph, with the text Word keeps to describe it (its alternative
    text, else its title)."""

    picture: Picture
    description: str
    link: str = ""
    """The address a click on the picture opens: its own link, else the hyperlink it stands
    in (none: empty)."""


def pictures_of(drawing: etree._Element, links: Links,
                around: str = "") -> tuple[list[WordPicture], int]:
    """The pictures of a drawing (not those of a text box inside it, nor of a markup choice's
    fallback), and how many it names that the part does not have; `around` is the address
    of the hyperlink the drawing stands in."""
    found: list[WordPicture] = []
    missing = 0
    outer = nearest(drawing, BOX, FALLBACK)
    elements = [element for element in drawing.iter(_BLIP, _VML_IMAGE)
                if nearest(element, BOX, FALLBACK) is outer]
    for element in elements:
        ident = element.get(_EMBED) or element.get(_LINK) or element.get(R_ID)
        picture = links.pictures.get(ident or "")
        if picture is None:
            missing += 1
        else:
            described = _description(element, drawing, alone=len(elements) == 1)
            own = _own_link(element, drawing, links)
            found.append(WordPicture(picture, described, own or around))
    return found, missing


def _description(element: etree._Element, drawing: etree._Element, alone: bool) -> str:
    """The text describing a picture: its drawing's alternative text, which Word's dialog
    sets and a screen reader reads (a VML shape's `alt`), else the picture's own; the
    picture's own first when it is one of a group's."""
    own = drawing_name = ""
    for holder in element.iterancestors():
        found = holder.find(_OWN_NAME)
        if found is not None and not own:
            own = _described(found)
        found = holder.find(_DRAWING_NAME)
        if found is not None and not drawing_name:
            drawing_name = _described(found)
        if holder.tag == _VML_SHAPE and not drawing_name:
            drawing_name = (holder.get("alt") or "").strip()
        if holder is drawing:
            break
    return (drawing_name or own) if alone else (own or drawing_name)


def _own_link(element: etree._Element, drawing: etree._Element, links: Links) -> str:
    """The address the picture's own properties, or its drawing's, link it to (a link to a
    place in the file has none)."""
    for holder in element.iterancestors():
        for properties in (holder.find(_OWN_NAME), holder.find(_DRAWING_NAME)):
            click = properties.find(_CLICK) if properties is not None else None
            if click is not None and (address := links.hyperlinks.get(click.get(R_ID, ""))):
                return address
        if holder is drawing:
            break
    return ""


def _described(properties: etree._Element) -> str:
    return (properties.get("descr") or properties.get("title") or "").strip()


def figure(found: WordPicture, offset: int) -> Intervention:
    """The `figure` of a picture, at `offset` of the running text; a picture that is a link
    is the content of its `ref`."""
    picture = found.picture
    media_type = picture.media_type.partition(";")[0].strip().lower()
    if not _MEDIA_TYPE.fullmatch(media_type):
        media_type = "application/octet-stream"
    image: Intervention
    if picture.data is not None:
        # (in lines of 76 characters, as MIME writes base64: a diff of the TEI stays readable)
        encoded = base64.encodebytes(picture.data).decode("ascii").rstrip("\n")
        image = Intervention("binaryObject", {"mimeType": media_type}, [Text(encoded)])
    else:
        image = Intervention("graphic", {"url": pointer(picture.target), "mimeType": media_type})
    children: list[Inline] = [image]
    if found.description:
        children.append(Intervention("figDesc", {}, [Text(found.description)]))
    made = Intervention("figure", {}, children, PICTURE.summary, None, offset)
    if not found.link:
        return made
    return Intervention("ref", {"target": pointer(found.link)}, [made], None, None, offset)
