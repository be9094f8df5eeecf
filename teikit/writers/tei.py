"""The TEI writer: the document model → `text/body/div[@type='document']`."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from enum import Enum

from lxml import etree

from teikit import XML_NS
from teikit.lazy_pattern import LazyPattern
from teikit.markings import COPY_ORDINAL, NUMBER_SLASH_DAY, REGISTRY_NUMBER, stamp_type
from teikit.metadata.citation import whole_archive_reference
from teikit.model import (
    Block,
    BlockQuote,
    Body,
    DistributionList,
    Furniture,
    Heading,
    Inline,
    Intervention,
    LineBreak,
    NoteText,
    Original,
    PageBreak,
    Paragraph,
    Role,
    Rule,
    RunningText,
    Section,
    Table,
    Text,
    Transmitted,
    is_element,
    only_element,
    plain_text,
)
from teikit.xml import tei

# The figures a number takes are not a date's day (`21 May 1952`, `MFA 25 September 1956
# Special N1475`): the whole token, no month and year after it.
_NO_DAY_OF_A_DATE = r"(?![\w/-]|\s+[A-Za-z]+\.?\s+\d{4})"
# (a typist's space after a slash keeps the number whole: `47/ 1963/`)
_REGISTRY_CODE = LazyPattern(rf"^(?P<code>{REGISTRY_NUMBER}(?:(?<=/) \d[\w/-]*)*)"
                             rf"{_NO_DAY_OF_A_DATE}", re.I)
# `Inv. No. 5678`, `Ref. 12/sh`: the number after its label.
_LABELLED_CODE = LazyPattern(rf"^(?:[A-Za-z]+\.?\s+){{1,3}}:?\s*(?P<code>{REGISTRY_NUMBER})"
                             rf"{_NO_DAY_OF_A_DATE}", re.I)
# A number after its sign further on the line, where words and a date come first: the signed
# number, not the day.
_SIGNED_CODE = LazyPattern(rf"(?<![\w])(?P<code>(?=(?-i:N)|№){REGISTRY_NUMBER})", re.I)


_COMMON = {tei("p"), tei("list"), tei("ab"), tei("floatingText")}


def _attribute_name(name: str) -> str:
    return f"{{{XML_NS}}}{name[4:]}" if name.startswith("xml:") else name


def element(parent: etree._Element, tag: str, attrs: dict[str, str] | None = None,
            ) -> etree._Element:
    if not attrs:
        return etree.SubElement(parent, tei(tag))
    return etree.SubElement(parent, tei(tag),
                            {_attribute_name(key): value for key, value in attrs.items()})


def line_break(parent: etree._Element) -> etree._Element:
    """`<lb/>` and the line end it stands for, so that the words on either side of it stay
    two words in the text of the TEI."""
    lb = element(parent, "lb")
    lb.tail = "\n"
    return lb


def append_text(parent: etree._Element, text: str) -> None:
    _append_after(parent, _last_child(parent), text)


def _last_child(parent: etree._Element) -> etree._Element | None:
    # Looked up from the end: `len()` counts every child, which a paragraph of thousands of
    # marks paid at each of its words.
    try:
        return parent[-1]
    except IndexError:
        return None


def _append_after(parent: etree._Element, last: etree._Element | None, text: str) -> None:
    """`text` after `last` (the last child of `parent`; None: it has none)."""
    if not text:
        return
    if last is None:
        parent.text = (parent.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def write_inlines(parent: etree._Element, nodes: list[Inline], *, new: bool = False) -> None:
    """`nodes` written into `parent` after what it holds (`new`: nothing, it was just made,
    which spares looking for its last child)."""
    # The last child is kept at hand, and a run of text is added at once (lxml copies a text
    # or tail whole at each addition): thousands of marks in a paragraph cost the square of
    # their number otherwise.
    last = None if new else _last_child(parent)
    run = ""  # (a local string grows in place)
    for node in nodes:
        if isinstance(node, Text):
            run += node.value
            continue
        if run:
            _append_after(parent, last, run)
            run = ""
        if isinstance(node, LineBreak):
            last = line_break(parent)
        elif isinstance(node, PageBreak):
            last = element(parent, "pb")
        elif isinstance(node, Intervention):
            attrs = dict(node.attrs)
            if node.rend is not None:
                attrs["rend"] = clean_rend(node.rend)
            last = element(parent, node.tag, attrs)
            write_inlines(last, node.children, new=True)
    if run:
        _append_after(parent, last, run)


def clean_rend(template: str) -> str:
    """@rend is a list of words: any white space in a marker becomes one plain space."""
    return " ".join(template.split())


def _datelines_under_the_head(section: Section) -> int:
    """How many of a section's first blocks are datelines, the text after them."""
    count = 0
    while count < len(section.blocks) - 1 and _is_dateline(section.blocks[count]):
        count += 1
    return count


def _is_dateline(block: Block) -> bool:
    return isinstance(block, Furniture) and block.role is Role.DATELINE


def _only_page_breaks(nodes: list[Inline]) -> bool:
    breaks = [n for n in nodes if isinstance(n, PageBreak)
              or is_element(n, "pb")]
    texts = [n for n in nodes if isinstance(n, Text)]
    return bool(breaks) and len(breaks) + len(texts) == len(nodes) and not any(
        t.value.strip() for t in texts)


# A note's marker in brackets is the canonical form (`seg[@type='marker']`, text_markup).
_BRACKETED_MARKER = "[{}]"
# (`Spets. Nº 1533`: the Russian word for the special file, transliterated)
# (`First copy 1 page`: which copy, in words)
# (`Ex. No. 2`, `Exemplar No. 2`: the copy, as Russian's `экз.` is translated)
# (`4 copies / 3rd copy`: how many, then which this is)
_COPY_OR_SPECIAL = re.compile(rf"(?i)^\W*(?:\d+\s+copies\s*[/,;]\s*)?"
                              rf"(?:(?:{COPY_ORDINAL}|\d{{1,2}}(?:st|nd|rd|th|\.)?)\s+)?"
                              r"(?P<kind>copy|special|spets|"
                              r"exemplar|ex(?=\.\s*(?:n[oº°]|№|\d)))\b")


def _number_type(nodes: Sequence[Inline]) -> str:
    """`idno/@type` by the number's label: `Copy No. 3` → copy, `Special No. 2408` → special,
    the original's archival reference (`RGASPI f. 17, op. 162, d. 19`) → archive, any other
    number of the document (`No. 25553`, `CIPHERED TELEGRAM No. …`) → document."""
    text = plain_text(list(nodes))
    found = _COPY_OR_SPECIAL.match(text)
    if found is None:
        return "archive" if whole_archive_reference(text) else "document"
    return "special" if found["kind"].lower() in ("special", "spets") else "copy"


def _plain(nodes: list[Inline]) -> bool:
    return all(isinstance(n, Text) for n in nodes)


BLOCK_QUOTE = "blockquote"
"""`quote/@rend` of a block quotation (Markdown's `> …`), as FRUS marks one."""


class Event(Enum):
    """What `BodyWriter.parts` reports while it writes: a container opened (still empty), the
    children a container holds so far complete (the writer adds nothing more to them), a
    container closed."""

    OPENED = "opened"
    WRITTEN = "written"
    CLOSED = "closed"


Step = tuple[Event, etree._Element]


_NUMBER_LABEL = LazyPattern(r"(?i)^\s*(?:n[º°o]\.?|№)\s*\d")
# A number with its label ending a line (`Nº 826, 827`, `NºNº 1533 1534`).
_LABELLED_NUMBER = LazyPattern(r"(?:N[º°o]\.?|№){1,2}\s*\d[\d\s,/-]*$")


def _labelled_line(nodes: list[Inline]) -> int:
    """The index of the first line of a registry note that is not its first and begins with
    a number's label (`Nº 489` under `17 October 1960`), when the first line does not; else 0."""
    if nodes and isinstance(nodes[0], Text) and _NUMBER_LABEL.match(nodes[0].value):
        return 0
    for index in range(1, len(nodes)):
        node = nodes[index]
        if (isinstance(nodes[index - 1], LineBreak) and isinstance(node, Text)
                and _NUMBER_LABEL.match(node.value)):
            return index
    return 0


_SIGNING_ROLES = frozenset({Role.SIGNED, Role.DATELINE})
# What the offices add under a signature: `[Stamp: Subject to return to …]`, a docket.
_UNDER_SIGNATURE_ROLES = frozenset({Role.STAMP, Role.DOCKET, Role.REGISTRY})
# The roles a line that is one stamp may be given for what it holds (a number, a receipt).
_STAMPED_ROLES = frozenset({Role.DOCUMENT_NUMBER, Role.REGISTRY, Role.DOCKET})


def _signs(block: Block) -> bool:
    return isinstance(block, Furniture) and block.role in _SIGNING_ROLES


def _own_signature(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """A postscript's blocks, and the signature and date it ends with, if it has text before
    them (`Handwritten additions: …` / `(signed) Hielscher` / `Captain`): its own closer, with
    the stamps and dockets under the signature (`Verified: shift chief …` / `[Stamp: …]`)."""
    signed_end = len(blocks)
    while signed_end > 0 and isinstance(block := blocks[signed_end - 1], Furniture) \
            and block.role in _UNDER_SIGNATURE_ROLES:
        signed_end -= 1
    start = signed_end
    while start > 0 and _signs(blocks[start - 1]):
        start -= 1
    signature = blocks[start:]
    if not any(isinstance(block, Furniture) and block.role is Role.SIGNED
               for block in signature) or not any(
            isinstance(block, (Paragraph, DistributionList)) for block in blocks[:start]):
        return blocks, []
    return blocks[:start], signature


class BodyWriter:
    def __init__(self, *, release: bool = True) -> None:
        self.release = release
        """Whether the running text's blocks are released from the body as they are written,
        so that a large document's model and tree do not both exist whole."""
        self.line = 0
        """The source line of the last running-text block written (0 before the first)."""

    def parts(self, text: etree._Element, body: Body) -> Iterator[Step]:
        """Write `body` into the empty `text` element, reporting each step (`Event`), so that
        a caller may take each complete child of the containers `text`, `body`, the document's
        `div` and its sections away as soon as it is written (`Event.WRITTEN`): then the
        document's tree never exists whole."""
        yield Event.OPENED, text
        body_element = element(text, "body")
        yield Event.OPENED, body_element
        original = body.original
        texts: list[tuple[Body, Original | None]] = [(body, None)]
        if original is not None:
            texts.insert(0 if original.first else 1, (original.body, original))
        # A Word file's headers and footers frame the whole file: before its first text, after
        # its last.
        headers = [r for r in body.running if r.kind == "header"]
        footers = [r for r in body.running if r.kind != "header"]
        for index, (text_body, text_original) in enumerate(texts):
            yield from self._document(body_element, text_body, text_original,
                                      headers if index == 0 else [],
                                      footers if index == len(texts) - 1 else [])
        yield Event.CLOSED, body_element
        yield Event.CLOSED, text

    def _document(self, parent: etree._Element, body: Body, original: Original | None = None,
                  headers: Sequence[RunningText] = (), footers: Sequence[RunningText] = (),
                  ) -> Iterator[Step]:
        """The document's `div`, or the original's (`original`: its language said)."""
        div = element(parent, "div", {"type": "document"} if original is None
                      else {"type": "original", "xml:lang": original.language})
        yield Event.OPENED, div
        self._running(div, headers)
        if body.opener:
            self._furniture(element(div, "opener"), body.opener)
        if body.head is not None:
            self._heading(div, body.head)
        if body.under_head:
            self._furniture(element(div, "opener"), body.under_head)
        yield Event.WRITTEN, div
        for section in body.sections:
            target = div
            if section.head is not None:
                target = element(div, "div", {"type": "section"})
                yield Event.OPENED, target
                self._heading(target, section.head)
            elif section.entry:
                target = element(div, "div", {"type": "entry"})
                yield Event.OPENED, target
            # (`##### Record of Conversation …` / `11 March 1959`: the date under a section's
            # head opens the section)
            dated = _datelines_under_the_head(section) if section.head is not None else 0
            for index, block in enumerate(section.blocks):
                if section.entry and index == 0:
                    self._furniture(element(target, "opener"), [block])  # the entry's date
                elif index < dated:
                    if index == 0:
                        self._furniture(element(target, "opener"), section.blocks[:dated])
                else:
                    self._block(target, block)
                self.line = block.line
                if self.release:
                    section.blocks[index] = None  # type: ignore[call-overload]  # written
                yield Event.WRITTEN, target
            if target is not div:
                yield Event.CLOSED, target
        if body.closer:
            self._furniture(element(div, "closer"), body.closer)
        end_notes = [b for b in body.postscript if isinstance(b, NoteText)]
        if body.postscript and len(end_notes) == len(body.postscript):
            # Notes alone may follow the closer; a postscript would need a paragraph or list.
            for note in end_notes:
                self._note(div, note, end=True)
        elif body.postscript:
            postscript = element(div, "postscript")
            blocks, signature = _own_signature(body.postscript)
            for block in blocks:
                self._block(postscript, block)
            if signature:
                self._furniture(element(postscript, "closer"), signature)
            if not any(child.tag in _COMMON for child in postscript):
                # Only notes and page breaks: they may follow the closer without a postscript,
                # which would need a paragraph or a list.
                for child in list(postscript):
                    postscript.addprevious(child)
                div.remove(postscript)
        self._running(div, footers)
        yield Event.WRITTEN, div
        yield Event.CLOSED, div

    @staticmethod
    def _running(parent: etree._Element, running: Sequence[RunningText]) -> None:
        for text in running:
            attrs = {"type": text.kind, "place": "top" if text.kind == "header" else "bottom"}
            if text.pages is not None:
                attrs["subtype"] = text.pages
            write_inlines(element(parent, "fw", attrs), text.inlines)

    def _block(self, parent: etree._Element, block: Block) -> None:
        if isinstance(block, Paragraph):
            if _only_page_breaks(block.inlines):
                write_inlines(parent, block.inlines)  # "[Page 2]" on its own: no paragraph
            else:
                attrs = {"xml:lang": block.language} if block.language else None
                write_inlines(element(parent, "p", attrs), block.inlines)
        elif isinstance(block, BlockQuote):
            # (a page's marker before the quotation's first paragraph stands before it: the
            # quotation opens on a paragraph, and one of page markers alone is none)
            paragraphs = list(block.paragraphs)
            while paragraphs and isinstance(paragraphs[0], Paragraph) and _only_page_breaks(
                    paragraphs[0].inlines):
                self._block(parent, paragraphs.pop(0))
            if paragraphs:
                quote = element(parent, "quote", {"rend": BLOCK_QUOTE})
                for paragraph in paragraphs:
                    self._block(quote, paragraph)
        elif isinstance(block, Heading):
            self._heading(parent, block)
        elif isinstance(block, Rule):
            # A printed rule is kept as its characters: lines of underscores are the source's.
            element(parent, "ab", {"type": "rule"}).text = block.marker
        elif isinstance(block, NoteText):
            self._note(parent, block)
        elif isinstance(block, DistributionList):
            self._list(parent, block)
        elif isinstance(block, Table):
            self._table(parent, block)
        elif isinstance(block, Transmitted):
            floating = element(parent, "floatingText", {"type": "transmitted"})
            for _ in self._document(element(floating, "body"), block.body):
                pass  # a document within a block: written whole, as part of the block
        elif isinstance(block, Furniture):
            if block.role in (Role.REGISTRY, Role.DOCUMENT_NUMBER):
                self._registry(parent, block)  # a number between blocks: a registry note
            elif block.role in (Role.CLASSIFICATION, Role.FORM, Role.PRECEDENCE, Role.DOCKET):
                # fw and note may stand between paragraphs (`Typed by Plyvkina at 0230 …` under
                # the copies: the cipher office's docket)
                self._furniture_element(parent, block)
            else:
                self._block(parent, Paragraph(block.inlines, block.line))
                if block.marker != "{}":
                    # (`#### Notes` after the closer, where no heading may stand: the line as
                    # a paragraph, printed as the heading it was)
                    parent[-1].set("rend", clean_rend(block.marker))

    def _heading(self, parent: etree._Element, heading: Heading) -> None:
        attrs = {"rend": clean_rend(heading.marker)} if heading.marker != "{}" else {}
        write_inlines(element(parent, "head", attrs), heading.inlines)

    def _note(self, parent: etree._Element, note: NoteText, end: bool = False) -> None:
        attrs = {"n": note.marker}
        if note.xml_id:
            attrs["xml:id"] = note.xml_id
        if end or parent.tag == tei("postscript"):
            attrs["place"] = "end"
        el = element(parent, "note", attrs)
        # The marker stays text (a printed number is part of the document), in a seg rather
        # than a label so that it runs on into the note text as it did in the source.
        marker_attrs = {"type": "marker"}
        if note.printed != _BRACKETED_MARKER:
            marker_attrs["rend"] = note.printed
        element(el, "seg", marker_attrs).text = note.marker
        write_inlines(el, note.inlines)

    def _list(self, parent: etree._Element, block: DistributionList) -> None:
        el = element(parent, "list", {"type": block.kind} if block.kind == "distribution" else None)
        if block.head is not None:
            write_inlines(element(el, "head"), block.head)
        labelled = all(item.label for item in block.items)
        for item in block.items:
            if labelled:
                element(el, "label").text = item.label
                write_inlines(element(el, "item"), item.inlines)
            else:
                target = element(el, "item")
                append_text(target, (item.label + " ") if item.label else "")
                write_inlines(target, item.inlines)

    def _table(self, parent: etree._Element, block: Table) -> None:
        table = element(parent, "table",
                        {"rend": block.delimiter} if block.delimiter is not None else None)
        for row in block.rows:
            row_attributes = {"role": "label"} if row.label else {}
            if row.pipes is not None:
                row_attributes["rend"] = row.pipes
            row_element = element(table, "row", row_attributes or None)
            for cell in row.cells:
                attrs = {"role": "label"} if cell.label and not row.label else {}
                if cell.cols > 1:
                    attrs["cols"] = str(cell.cols)
                if cell.rows > 1:
                    attrs["rows"] = str(cell.rows)
                write_inlines(element(row_element, "cell", attrs), cell.inlines)

    def _registry(self, parent: etree._Element, block: Furniture) -> None:
        note = element(parent, "note", {"type": "registry"})
        nodes = list(block.inlines)
        # `17 October 1960` / `Nº 489`: the number is on the line its label begins
        labelled = _labelled_line(nodes)
        if labelled:
            write_inlines(note, nodes[:labelled])
            nodes = nodes[labelled:]
        first = nodes[0] if nodes else None
        if isinstance(first, Text):
            value = first.value.lstrip()
            code = (NUMBER_SLASH_DAY.match(value) or _REGISTRY_CODE.match(value)
                    or _LABELLED_CODE.match(value) or _SIGNED_CODE.search(value))
            if code is not None:
                start = code.start("code")
                append_text(note, first.value[: len(first.value) - len(value)] + value[:start])
                element(note, "idno", {"type": "registry"}).text = value[start : code.end("code")]
                rest = value[code.end("code") :]
                nodes = ([Text(rest)] if rest else []) + nodes[1:]
        write_inlines(note, nodes)

    def _furniture(self, parent: etree._Element, blocks: list[Block]) -> None:
        """Opener or closer lines in order. Lines of plain text run on with `lb`; between any
        other two items a line break is kept as white space, so that the text of the TEI
        keeps the source's word boundaries (`MAO ZEDONG` then `Comrade`, not one word)."""
        previous_line = False
        for index, block in enumerate(blocks):
            if isinstance(block, Rule):
                block = Furniture(Role.LINE, [Text(block.marker)], block.line)
            if index and not (previous_line and isinstance(block, Furniture)
                              and block.role is Role.LINE):
                append_text(parent, "\n")
            if isinstance(block, DistributionList):
                # An opener or closer holds no list: a note does, among the furniture. Its
                # lines stay apart in the text of the TEI, as a block list's indentation keeps
                # them (`Copies:` then `Stalin (2)`, not one word).
                note = element(parent, "note", {"type": "distribution"})
                self._list(note, block)
                for child in note[0]:
                    child.tail = "\n"
                previous_line = False
                continue
            if not isinstance(block, Furniture):
                self._block(parent, block)
                previous_line = False
                continue
            if block.role is Role.LINE:
                if previous_line:
                    line_break(parent)
                write_inlines(parent, block.inlines)
                previous_line = True
                continue
            previous_line = False
            self._furniture_element(parent, block)

    @staticmethod
    def _wrote_number_after_marked_label(note: etree._Element, nodes: Sequence[Inline]) -> bool:
        """Whether `note` received `Spets Nº 826` (a label holding a word left in Russian) as
        the label as marked, then the number in an `idno`, which can hold no `foreign`;
        nothing is written when the line does not end on a labelled number."""
        last = nodes[-1] if nodes else None
        if not isinstance(last, Text) or len(nodes) < 2 or not all(
                isinstance(n, Text | Intervention) for n in nodes):
            return False
        found = _LABELLED_NUMBER.search(last.value)
        if found is None:
            return False
        write_inlines(note, [*nodes[:-1], Text(last.value[:found.start()])])
        number = element(note, "idno", {"type": _number_type(nodes)})
        number.text = found.group()
        return True

    def _furniture_element(self, parent: etree._Element, block: Furniture) -> None:
        role = block.role
        if role in _STAMPED_ROLES and only_element(block.inlines, "stamp") is not None:
            # `[Stamp: Ministry of Foreign Affairs, Incoming No. 04521, 30 X 1962]` read as a
            # number for the one it holds: the bracket is the stamp, which holds its number
            write_inlines(parent, block.inlines)
            return
        if role is Role.REGISTRY:
            self._registry(parent, block)
            return
        if role in (Role.CLASSIFICATION, Role.FORM, Role.PRECEDENCE):
            el = element(parent, "fw", {"type": role.value})
        elif role is Role.DOCUMENT_NUMBER and _plain(block.inlines):
            el = element(parent, "idno", {"type": _number_type(block.inlines)})
        elif role is Role.DOCUMENT_NUMBER:
            el = element(parent, "note", {"type": "registry"})
            if self._wrote_number_after_marked_label(el, block.inlines):
                return
        elif role is Role.DOCKET and only_element(block.inlines, "note") is not None:
            write_inlines(parent, block.inlines)  # `[Translation from Korean]`: the remark
            return  # is the note (a note in a note says nothing more)
        elif role is Role.DOCKET:
            el = element(parent, "note", {"type": "docket"})
        elif role is Role.STAMP and only_element(block.inlines, "stamp") is not None:
            write_inlines(parent, block.inlines)  # `[Stamp: …]`: the bracket is the stamp
            return
        elif role is Role.STAMP:
            text = "".join(n.value for n in block.inlines if isinstance(n, Text))
            el = element(parent, "stamp", {"type": stamp_type(text), "rend": "{}"})
        else:
            el = element(parent, {Role.DATELINE: "dateline", Role.SALUTE: "salute",
                                  Role.SIGNED: "signed"}.get(role, "seg"))
        if block.marker != "{}":
            el.set("rend", clean_rend(block.marker))
        write_inlines(el, block.inlines)
