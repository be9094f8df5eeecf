"""Opening a DOCX package: python-docx for the package, its styles and core properties; lxml
for the parts python-docx does not expose (footnotes, endnotes, comments, headers and footers).

A file that is not a readable DOCX is refused with one clear cause: a damaged ZIP container, a
password-protected document (an encrypted OLE container), a Word 97–2003 `.doc` (OLE) under a
`.docx` name, another kind of file, or a package that would unpack to far more than it could
hold (python-docx reads every part whole into memory: a kilobyte-sized "ZIP bomb" would take
gigabytes).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.parser import parse_xml
from lxml import etree

from teikit.errors import InputError, Location
from teikit.metadata.languages import language_name
from teikit.resources import linked_media_type
from teikit.xml import RESOURCE

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# A relationship's id on the element that refers to a part (`r:id`).
R_ID = f"{{{R_NS}}}id"
# Word 2010 and later wrap a text box or a drawing in markup a reader chooses from.
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_CONTENT_TYPE = re.compile(r"content type is '([^']+)'")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# What a package may unpack to: this many times its own size, and this much besides. Word's
# XML parts compress 3 to 32 times (a package made by python-docx: 20 as a whole), its images
# not at all; a ZIP bomb, a thousand times.
MAX_EXPANSION = 100
UNPACKED_ALLOWANCE = 64 * 1024 * 1024


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# A text box's content, and a markup choice's fallback for older readers: text that stands
# apart from the paragraph that holds it, or repeats its first choice.
BOX = w("txbxContent")
FALLBACK = f"{{{MC_NS}}}Fallback"


def nearest(element: etree._Element, *tags: str) -> etree._Element | None:
    """The nearest ancestor of `element` that has one of `tags`, if any."""
    return next(element.iterancestors(*tags), None)


def _ole_cause(data: bytes) -> str:
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            streams = {"/".join(entry) for entry in ole.listdir()}
    except OSError:
        return "a damaged OLE container (not a DOCX package)"
    if "EncryptedPackage" in streams:
        return ("the document is password-protected (an encrypted OLE container): "
                "remove the password in Word and save it again")
    if "WordDocument" in streams:
        return ("a Word 97–2003 .doc file (OLE container), not a DOCX package: "
                "save it as .docx in Word or LibreOffice")
    return "an OLE container (an older Office format), not a DOCX package"


@dataclass(frozen=True)
class Package:
    """A DOCX package opened: python-docx's document, and the parts the package names but does
    not hold (an image a tool left out of the archive), read without them."""

    document: WordDocument
    missing: tuple[str, ...] = ()


def open_package(data: bytes, path: str) -> Package:
    """The python-docx document of `data`, or an `InputError` naming the cause."""
    where = Location(path)
    if data.startswith(OLE_MAGIC):
        raise InputError(_ole_cause(data), where)
    if not data.startswith(b"PK"):
        raise InputError("not a DOCX package (no ZIP container)", where)
    try:
        _check_expansion(data, where)
        try:
            return Package(docx.Document(io.BytesIO(data)))
        except KeyError:
            # python-docx reads every part a relationship names, and stops at the first one
            # the archive lacks: the text is still there to read without it.
            repaired, missing = _without_missing_parts(data)
            if not missing:
                raise
            return Package(docx.Document(io.BytesIO(repaired)), missing)
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise InputError(f"the DOCX package is damaged or truncated ({exc})", where) from exc
    except (PackageNotFoundError, KeyError) as exc:
        raise InputError(f"not a Word document: the package has no main document part ({exc})",
                         where) from exc
    except etree.XMLSyntaxError as exc:
        raise InputError(f"the DOCX package has a malformed part ({exc})", where) from exc
    except ValueError as exc:
        other = _CONTENT_TYPE.search(str(exc))
        if other is None:
            raise InputError(f"the DOCX package cannot be read ({exc})", where) from exc
        raise InputError(f"not a Word document: its main part is {other.group(1)}",
                         where) from exc


_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _without_missing_parts(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """The package with its relationships to parts the archive does not hold taken out, and
    those parts' names (none: the package unchanged)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {member.filename: archive.read(member) for member in archive.infolist()}
    missing: set[str] = set()
    for name, content in list(members.items()):
        if not name.endswith(".rels"):
            continue
        root = etree.fromstring(content, RESOURCE)
        # (`word/_rels/document.xml.rels` relates `word/document.xml`: targets are from `word`)
        folder = posixpath.dirname(posixpath.dirname(name))
        dropped = False
        for relationship in list(root.iter(_RELATIONSHIP)):
            target = _part_name(folder, relationship.get("Target", ""))
            if relationship.get("TargetMode") != "External" and target not in members:
                missing.add(target)
                root.remove(relationship)
                dropped = True
        if dropped:
            members[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                           standalone=True)
    if not missing:
        return data, ()
    rebuilt = io.BytesIO()
    with zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return rebuilt.getvalue(), tuple(sorted(missing))


def _part_name(folder: str, target: str) -> str:
    """A relationship's target as the archive names its member (`../media/x.png` from `word/`,
    `/word/media/x.png`)."""
    joined = target[1:] if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(unquote(joined))


def _check_expansion(data: bytes, where: Location) -> None:
    """Refuse a package whose parts would unpack to far more than its size: the sizes its
    directory declares bound what reading them gives (`zipfile` stops there)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        unpacked = sum(member.file_size for member in package.infolist())
    allowed = MAX_EXPANSION * len(data) + UNPACKED_ALLOWANCE
    if unpacked > allowed:
        raise InputError(
            f"the DOCX package would unpack to {unpacked:,} bytes, {unpacked // len(data):,} "
            f"times its size (at most {allowed:,} for a package of {len(data):,} bytes): a "
            "damaged or hostile file, refused", where)


@dataclass(frozen=True, slots=True)
class Picture:
    """An image a part holds (`data`, with its media type) or links to outside the file
    (`data` None, `target` its address)."""

    media_type: str
    data: bytes | None
    target: str


@dataclass(frozen=True)
class Links:
    """What a part's relationships point at, by relationship id: hyperlink addresses outside
    the file, and images (each part numbers its relationships on its own)."""

    hyperlinks: Mapping[str, str] = field(default_factory=dict)
    pictures: Mapping[str, Picture] = field(default_factory=dict)


def _root(part: Any) -> etree._Element:
    # python-docx's element classes, so that its run and style properties work there.
    element = getattr(part, "element", None)
    return element if element is not None else parse_xml(part.blob)


def links_of(part: Any) -> Links:
    """The hyperlink targets and images of a part (the main document's, a note part's, a
    header's)."""
    hyperlinks: dict[str, str] = {}
    pictures: dict[str, Picture] = {}
    for rel in part.rels.values():
        if rel.is_external and rel.reltype == RELATIONSHIP_TYPE.HYPERLINK:
            hyperlinks[rel.rId] = rel.target_ref
        elif rel.reltype == RELATIONSHIP_TYPE.IMAGE:
            if rel.is_external:
                pictures[rel.rId] = Picture(linked_media_type(rel.target_ref), None, rel.target_ref)
            else:
                image = rel.target_part
                pictures[rel.rId] = Picture(image.content_type, image.blob, str(image.partname))
    return Links(hyperlinks, pictures)




def related_part(document: WordDocument, relationship: str) -> etree._Element | None:
    """The root of the part the main document relates to by `relationship`, if any."""
    found = _related(document, relationship)
    return _root(found) if found is not None else None


def _related(document: WordDocument, relationship: str) -> Any:
    for rel in document.part.rels.values():
        if rel.reltype == relationship and not rel.is_external:
            return rel.target_part
    return None


def notes_part(document: WordDocument, kind: str) -> tuple[etree._Element | None, Links]:
    """The root of the footnotes', endnotes' or comments' part (`kind`: `footnote`,
    `endnote`, `comment`), if any, and its hyperlink targets."""
    found = _related(document, {"footnote": RELATIONSHIP_TYPE.FOOTNOTES,
                                "endnote": RELATIONSHIP_TYPE.ENDNOTES,
                                "comment": RELATIONSHIP_TYPE.COMMENTS}[kind])
    return (_root(found), links_of(found)) if found is not None else (None, Links())


def numbering_part(document: WordDocument) -> etree._Element | None:
    return related_part(document, RELATIONSHIP_TYPE.NUMBERING)


# How Word numbers notes where the file does not say: footnotes in figures, endnotes in small
# Roman figures (Word's own default, not the standard's), from 1.
_NOTE_FORMATS = {"footnote": "decimal", "endnote": "lowerRoman"}


def note_numbering(document: WordDocument) -> dict[str, tuple[str, int]]:
    """How Word numbers footnotes and endnotes (`footnote`, `endnote` → its number format and
    first number): as the document's last section says, else its settings, else Word's
    defaults. (A count started over on each page or section is counted on: where the pages
    fall is Word's layout, not the file's.)"""
    settings = document.settings.element
    # (python-docx's list of the body's section properties, found where they stand: under a
    # section's last paragraph and at the body's end, not by a walk of the whole body)
    sections = document.element.sectPr_lst
    holders = [h for h in (sections[-1] if sections else None, settings) if h is not None]
    numbering: dict[str, tuple[str, int]] = {}
    for kind, default in _NOTE_FORMATS.items():
        found = [h.find(w(f"{kind}Pr")) for h in holders]
        properties = [p for p in found if p is not None]
        number_format = next((f.get(w("val"), "") for p in properties
                              if (f := p.find(w("numFmt"))) is not None), default)
        start = next((s.get(w("val"), "") for p in properties
                      if (s := p.find(w("numStart"))) is not None), "1")
        numbering[kind] = ("decimal" if number_format in ("bullet", "") else number_format,
                           int(start) if start.isdigit() and 0 < int(start) < 100_000 else 1)
    return numbering


# Which pages a header or footer is printed on, by Word's type, as `fw/@subtype`: none for the
# default one, which prints on every page another does not take.
_FIRST_PAGE, _EVEN_PAGES, _ODD_PAGES = "first-page", "even-pages", "odd-pages"
_TYPE_ORDER = {"first": 0, "default": 1, "even": 2}


def running_parts(document: WordDocument,
                  ) -> list[tuple[str, str | None, etree._Element, Links]]:
    """The headers and footers Word prints, each part once, in the order of the sections that
    use them (a section's first-page one first): what it is (`header`, `footer`), the pages it
    is printed on (`first-page`, `even-pages`, `odd-pages`, None for all the others), the
    part's root and its hyperlink targets. A first-page part counts only in a section that
    asks for a different first page, an even-page one only where the settings ask for
    different odd and even pages: Word keeps the others in the file without printing them."""
    odd_and_even = document.settings.odd_and_even_pages_header_footer
    relationships = document.part.rels
    seen: set[int] = set()
    found: list[tuple[str, str | None, etree._Element, Links]] = []
    for section in document.element.sectPr_lst:
        first_page = section.titlePg_val
        references = sorted(
            section.iterchildren(w("headerReference"), w("footerReference")),
            key=lambda r: _TYPE_ORDER.get(r.get(w("type"), "default"), 1))
        for reference in references:
            which = reference.get(w("type"), "default")
            if (which == "first" and not first_page) or (which == "even" and not odd_and_even):
                continue
            relationship = relationships.get(reference.get(R_ID, ""))
            if relationship is None or relationship.is_external:
                continue
            part = relationship.target_part
            if id(part) in seen:
                continue
            seen.add(id(part))
            pages = {"first": _FIRST_PAGE, "even": _EVEN_PAGES}.get(
                which, _ODD_PAGES if odd_and_even else None)
            kind = "header" if reference.tag == w("headerReference") else "footer"
            found.append((kind, pages, _root(part), links_of(part)))
    return found


def _language_name(tag: str) -> str | None:
    """`ru-RU` → `Russian` (the name the metadata expects); None for a language the house
    table does not know, which would have no code to give."""
    return language_name(tag.split("-")[0].strip().lower()) if tag else None


def core_metadata(document: WordDocument) -> dict[str, Any]:
    """`Metadata` fields from the document's core properties (empty ones left out): the title,
    the creation date as the document's date, the subject as its summary, the author, the
    language, the keywords."""
    core = document.core_properties
    values: dict[str, Any] = {
        "title": core.title,
        "author": core.author,
        "summary": core.subject,
        "original_language": _language_name(core.language or ""),
        "date_text": core.created.date().isoformat() if core.created else None,
        "keywords": [k.strip() for k in (core.keywords or "").split(",") if k.strip()],
    }
    return {key: value for key, value in values.items() if value}
