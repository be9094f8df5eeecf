"""A Word paragraph → its plain text, the formatting and tracked changes over it (character
ranges) and the note, comment and page-break anchors in it (character positions).

The text is what the bracket conventions are parsed from; ranges and anchors are put back on
the parsed inline nodes afterwards by position (`teikit.readers.docx_inline`), so that a bold
run inside a bracket and a bracket across two runs both nest correctly.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from teikit.model import Contributor, Revision
from teikit.readers.character_forms import FormChange, plain_forms
from teikit.readers.docx_fields import Field, hyperlink_target, pointer
from teikit.readers.docx_package import BOX, FALLBACK, MC_NS, R_ID, Links, nearest, w
from teikit.readers.docx_pictures import WordPicture, pictures_of
from teikit.readers.docx_styles import StyleBook, heading_level, run_formatting
from teikit.readers.units import LB, PB
from teikit.rules.base import TRANSLATOR

_HYPERLINK = w("hyperlink")
_SIMPLE_FIELD = w("fldSimple")
_CONTAINERS = {w("smartTag"), w("sdt"), w("sdtContent"),
               w("customXml"), w("bdo"), w("dir")}
_INSERTIONS = {w("ins"), w("moveTo")}
_DELETIONS = {w("del"), w("moveFrom")}
_IMAGES = {w("drawing"), w("pict"), w("object")}
# A choice of markup (Word 2010 and later wrap a text box or a drawing in it): the first
# choice is read.
_ALTERNATE_CONTENT = f"{{{MC_NS}}}AlternateContent"


def _chosen(alternate: etree._Element) -> list[etree._Element]:
    """The content of an `mc:AlternateContent`'s first choice, else of its fallback."""
    for tag in ("Choice", "Fallback"):
        found = alternate.find(f"{{{MC_NS}}}{tag}")
        if found is not None:
            return list(found)
    return []


@dataclass(frozen=True)
class Span:
    """A range of the paragraph's text that becomes one element (`hi`, `add`, `del`)."""

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Anchor:
    """A note, endnote or comment reference, a page break or a tracked deletion, at a position
    of the paragraph's text."""

    offset: int
    kind: str  # "footnote", "endnote", "comment", "pagebreak", "deletion", "textbox", "image"
    ident: str
    mark: str | None = None
    """A custom footnote mark (`*`) in place of Word's number."""
    deleted: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """A deletion's text as (text, rends) runs."""
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass
class WordParagraph:
    """A paragraph of a Word document: its text and formatting."""

    text: str
    spans: list[Span] = field(default_factory=list)
    anchors: list[Anchor] = field(default_factory=list)
    style: str = ""
    images: int = 0
    """Drawings with neither a picture the file holds nor a text box (a chart, a diagram, a
    shape), reported rather than dropped unseen."""
    pictures: list[WordPicture] = field(default_factory=list)
    """The pictures anchored in the paragraph (its `image` anchors name them by index)."""
    boxes: list[list[WordParagraph]] = field(default_factory=list)
    """The paragraphs of each text box anchored in the paragraph (its `textbox` anchors name
    them by index)."""
    symbols: int = 0
    """Characters inserted from a symbol font (`w:sym`: Symbol, Wingdings), which have no
    Unicode of their own to keep."""
    unread: int = 0
    """Characters of text the paragraph holds in elements the reader does not read (a ruby
    reading over its base, an equation), reported rather than dropped unseen."""
    start: int = 0
    """Where the text starts in the reader's running offsets (see `teikit.readers.docx`)."""
    line: int = 0
    number: int = 0
    """The paragraph's number in the file, for messages."""
    forms: list[FormChange] = field(default_factory=list)
    """What was changed in the characters of its text (`teikit.readers.character_forms`), each
    placed in the paragraph's text."""

    heading_level: int | None = None

    @property
    def holds_anything(self) -> bool:
        """Text, a text box or a picture: what makes a header's or a box's paragraph worth
        keeping."""
        return bool(self.text or self.boxes or self.pictures)


class Revisions:
    """The people and dated revisions of a Word file's tracked changes and comments, each
    declared once (`respStmt`, `revisionDesc/change`) for the text to point to."""

    def __init__(self) -> None:
        self.contributors: dict[str, Contributor] = {}
        self.revisions: dict[tuple[str, str], Revision] = {}

    def attributes(self, author: str | None, date: str | None, what: str) -> dict[str, str]:
        name = (author or "").strip() or "unknown author"
        if name not in self.contributors:
            xml_id = f"docx-author-{len(self.contributors) + 1}"
            self.contributors[name] = Contributor(
                xml_id, name, "Tracked changes and comments in the Word file")
        who = f"#{self.contributors[name].xml_id}"
        attrs = {"resp": who}
        if date:
            key = (who, date)
            if key not in self.revisions:
                xml_id = f"docx-change-{len(self.revisions) + 1}"
                self.revisions[key] = Revision(xml_id, date, who, f"{what} in the Word file.")
            attrs["change"] = f"#{self.revisions[key].xml_id}"
        return attrs


class _ParagraphReader:
    def __init__(self, styles: StyleBook, revisions: Revisions, links: Links) -> None:
        self.styles = styles
        self.revisions = revisions
        self.links = links
        self.pieces: list[str] = []
        self.length = 0
        self.spans: list[Span] = []
        self.anchors: list[Anchor] = []
        self.images = 0
        self.pictures: list[WordPicture] = []
        self.boxes: list[list[WordParagraph]] = []
        self.symbols = 0
        self.characters_read = 0  # of the text elements met, to find those never met
        self.custom_mark: tuple[str, str] | None = None  # (kind, id) awaiting its mark text
        self.fields: list[Field] = []  # the fields open at this point, innermost last
        self.links_open: list[str] = []  # the hyperlinks' addresses here, innermost last
        self.forms: list[FormChange] = []

    def add_text(self, text: str) -> None:
        self.pieces.append(text)
        self.length += len(text)

    def walk(self, children: Iterable[etree._Element]) -> None:
        """Read `children` (an element's, or a markup choice's) in order."""
        for child in children:
            tag = child.tag
            if tag == w("r"):
                self.run(child)
            elif tag in _INSERTIONS:
                start = self.length
                self.walk(child)
                self.span(start, "add", self.revisions.attributes(
                    child.get(w("author")), child.get(w("date")), "Tracked insertion"))
            elif tag in _DELETIONS:
                self.deletion(child)
            elif tag == _HYPERLINK:
                start = self.length
                target = self.links.hyperlinks.get(child.get(R_ID, ""))
                self.links_open.append(target or "")
                self.walk(child)
                self.links_open.pop()
                if target:
                    self.span(start, "ref", {"target": pointer(target)})
            elif tag == _SIMPLE_FIELD:
                start = self.length
                target = hyperlink_target(child.get(w("instr"), ""))
                self.links_open.append(target or "")
                self.walk(child)
                self.links_open.pop()
                self.link(start, target)
            elif tag in _CONTAINERS:
                self.walk(child)
            elif tag == _ALTERNATE_CONTENT:
                self.walk(_chosen(child))
            elif tag in _IMAGES:
                self.run_child(child)  # (a drawing a choice holds outside a run: counted)

    def deletion(self, element: etree._Element) -> None:
        """Deleted text is not part of the text the conventions are read in (a bracket or a
        name does not run through it): it stands aside, whole, at its place."""
        deleted = _ParagraphReader(self.styles, self.revisions, self.links)
        deleted.walk(element)
        self.characters_read += deleted.characters_read
        self.forms += [FormChange(f.what, f.count, self.length) for f in deleted.forms]
        # (a deleted picture is no part of the text either: reported with the drawings)
        self.images += deleted.images + len(deleted.pictures)
        if not deleted.length:
            return
        text = "".join(deleted.pieces)
        cuts = sorted({0, len(text)} | {e for s in deleted.spans for e in (s.start, s.end)})
        runs = tuple(
            (text[lo:hi], tuple(s.attrs[0][1] for s in deleted.spans
                                if s.tag == "hi" and s.start <= lo and hi <= s.end))
            for lo, hi in itertools.pairwise(cuts))
        attrs = self.revisions.attributes(element.get(w("author")), element.get(w("date")),
                                          "Tracked deletion")
        self.anchors.append(Anchor(self.length, "deletion", "", None, runs,
                                   tuple(attrs.items())))

    def field_character(self, element: etree._Element) -> None:
        """A field's begin, separator or end (its code between the first two, the text Word
        shows for it between the last two): a `HYPERLINK` field's text is a link."""
        kind = element.get(w("fldCharType"))
        if kind == "begin":
            self.fields.append(Field())
        elif kind == "separate" and self.fields:
            self.fields[-1].shown_from = self.length
            self.fields[-1].link = hyperlink_target("".join(self.fields[-1].code)) or ""
        elif kind == "end" and self.fields:
            field = self.fields.pop()
            if field.shown_from is not None:
                self.link(field.shown_from, field.link)

    def link(self, start: int, target: str | None) -> None:
        if target:
            self.span(start, "ref", {"target": pointer(target)})

    def link_around(self) -> str:
        """The address of the innermost hyperlink (element or field) being read."""
        open_links = [*self.links_open, *(f.link for f in self.fields if f.shown_from is not None)]
        return next((link for link in reversed(open_links) if link), "")

    def span(self, start: int, tag: str, attrs: dict[str, str]) -> None:
        if self.length > start:
            self.spans.append(Span(start, self.length, tag, tuple(attrs.items())))

    def run(self, element: etree._Element) -> None:
        start = self.length
        for child in element:
            self.run_child(child)
        if self.length > start:
            rends, struck = run_formatting(element, self.styles)
            for rend in rends:
                self.span(start, "hi", {"rend": rend})
            if struck:
                # (struck through, not tracked: the translation shows the original's deletion,
                # as `[crossed out: …]` reports one)
                self.span(start, "del", {"resp": TRANSLATOR})

    def run_child(self, child: etree._Element) -> None:
        tag = child.tag
        if tag in (w("t"), w("delText")):
            text = child.text or ""
            self.characters_read += len(text)
            text, changes = plain_forms(text)
            self.forms += [FormChange(c.what, c.count, self.length + c.first) for c in changes]
            if self.custom_mark is not None and text:
                kind, ident = self.custom_mark
                self.anchors.append(Anchor(self.length, kind, ident, text.strip()))
                self.custom_mark = None
                return
            self.add_text(text)
        elif tag == w("fldChar"):
            self.field_character(child)
        elif tag == w("instrText"):
            if self.fields:
                self.fields[-1].code.append(child.text or "")
        elif tag in (w("tab"), w("ptab")):  # (a positional tab is a tab all the same)
            self.add_text("\t")
        elif tag in (w("br"), w("cr")):
            self.add_text(PB if child.get(w("type")) == "page" else LB)
        elif tag == w("noBreakHyphen"):
            self.add_text("-")
        elif tag in (w("footnoteReference"), w("endnoteReference")):
            kind = "footnote" if tag == w("footnoteReference") else "endnote"
            ident = child.get(w("id"), "")
            if child.get(w("customMarkFollows")) in ("1", "true", "on"):
                self.custom_mark = (kind, ident)
            else:
                self.anchors.append(Anchor(self.length, kind, ident))
        elif tag == w("commentReference"):
            self.anchors.append(Anchor(self.length, "comment", child.get(w("id"), "")))
        elif tag == _ALTERNATE_CONTENT:
            for chosen in _chosen(child):
                self.run_child(chosen)
        elif tag == w("sym"):
            self.symbols += 1
        elif tag == w("ruby"):
            # East Asian text with its reading above: the base is the text (its reading, not
            # read, is reported with the text no element of the reader holds).
            for base in child.iterchildren(w("rubyBase")):
                self.walk(base)
        elif tag in _IMAGES:
            boxes = _outer_boxes(child)
            for box in boxes:
                self.anchors.append(Anchor(self.length, "textbox", str(len(self.boxes))))
                self.boxes.append([read_paragraph(p, self.styles, self.revisions, self.links)
                                   for p in own_paragraphs(box)])
            pictures, missing = pictures_of(child, self.links, self.link_around())
            for picture in pictures:
                self.anchors.append(Anchor(self.length, "image", str(len(self.pictures))))
                self.pictures.append(picture)
            if missing:
                self.images += missing
            elif not (boxes or pictures):
                self.images += 1  # (a chart, a diagram, a shape with no text)
        # w:lastRenderedPageBreak (where Word last laid out a page), field codes, marks of
        # the note's own number (w:footnoteRef): not text of the document.

    def result(self, style: str) -> WordParagraph:
        text = "".join(self.pieces)
        # Edge white space goes (as the text reader strips lines); what stood on it moves in.
        lead = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        if end <= lead:
            lead = end = 0

        def clamp(offset: int) -> int:
            return min(max(offset, lead), end) - lead

        spans = [Span(clamp(s.start), clamp(s.end), s.tag, s.attrs) for s in self.spans]
        anchors = [Anchor(clamp(a.offset), a.kind, a.ident, a.mark, a.deleted, a.attrs)
                   for a in self.anchors]
        # A page break at either edge is kept as an anchor there (it is white space to strip).
        edges = [(0, text[:lead] if end else text), (end - lead, text[end:] if end else "")]
        for offset, stripped in edges:
            anchors += [Anchor(offset, "pagebreak", "")] * stripped.count(PB)
        return WordParagraph(
            text[lead:end],
            _coalesce([s for s in spans if s.end > s.start]),
            sorted(anchors, key=lambda a: a.offset),
            style,
            self.images,
            self.pictures,
            self.boxes,
            symbols=self.symbols,
            forms=[FormChange(f.what, f.count, clamp(f.first)) for f in self.forms],
        )


def _outer_boxes(drawing: etree._Element) -> list[etree._Element]:
    """The text boxes of a drawing (a shape's, each shape's of a group), not those inside
    another box: those are its own paragraphs' to read."""
    enclosing = nearest(drawing, BOX)  # (the box being read, if any)
    return [box for box in drawing.iter(BOX) if nearest(box, BOX) is enclosing]


def own_paragraphs(container: etree._Element) -> list[etree._Element]:
    """The paragraphs of a note, a header, a table's cell or a text box in order, those of its
    tables too, not those of a text box inside it (its anchor's paragraph reads them)."""
    enclosing = container if container.tag == BOX else nearest(container, BOX)
    return [p for p in container.iter(w("p")) if nearest(p, BOX) is enclosing]


def _coalesce(spans: list[Span]) -> list[Span]:
    """Adjacent ranges of the same element (two bold runs in a row) become one."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.tag, s.attrs, s.start)):
        last = merged[-1] if merged else None
        if last is not None and (last.tag, last.attrs) == (span.tag, span.attrs) \
                and span.start <= last.end:
            merged[-1] = Span(last.start, max(last.end, span.end), last.tag, last.attrs)
        else:
            merged.append(span)
    return merged


# Text elements: Word's, and those of an equation (Office Math).
_TEXTS = {w("t"), w("delText"), "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"}
# Where text stands that is reported on its own (a text box) or repeated (a markup choice's
# fallback for older readers, of which the first choice is read).
_REPORTED_ELSEWHERE = {BOX, FALLBACK}


def _characters_held(element: etree._Element) -> int:
    """The characters of the text elements a paragraph holds, those reported elsewhere left
    out."""
    total = 0
    stack = [element]
    while stack:
        for child in stack.pop():
            tag = child.tag
            if tag in _TEXTS:
                total += len(child.text or "")
            elif tag not in _REPORTED_ELSEWHERE and len(child):
                stack.append(child)
    return total


def read_paragraph(element: etree._Element, styles: StyleBook, revisions: Revisions,
                   links: Links, label: str = "") -> WordParagraph:
    """`links`: the hyperlink targets and images of the paragraph's part; `label`:
    the number Word draws before the paragraph (`teikit.readers.docx_numbering`), read as
    its first characters."""
    reader = _ParagraphReader(styles, revisions, links)
    reader.add_text(label)
    reader.walk(element)
    style = styles.paragraph_style(element)
    paragraph = reader.result(style.name if style is not None else "")
    paragraph.unread = max(_characters_held(element) - reader.characters_read, 0)
    paragraph.heading_level = heading_level(element, style, styles)
    return paragraph
