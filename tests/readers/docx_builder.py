"""Word files for the DOCX reader's tests, written with python-docx, plus the OOXML python-docx
cannot write (footnotes, endnotes, tracked changes) added with lxml into the package parts."""

from __future__ import annotations

import copy
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NOTE_TYPES = {
    "footnote": ("/word/footnotes.xml", RELATIONSHIP_TYPE.FOOTNOTES,
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
    "endnote": ("/word/endnotes.xml", RELATIONSHIP_TYPE.ENDNOTES,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"),
}


def _w(tag: str) -> str:
    return qn(f"w:{tag}")


def _text_run(text: str, tag: str = "t") -> etree._Element:
    run = etree.Element(_w("r"))
    element = etree.SubElement(run, _w(tag))
    element.text = text
    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


class WordFile:
    """A document under construction: `document` is python-docx's; the methods add what it
    lacks."""

    def __init__(self) -> None:
        self.document = docx.Document()
        self.notes: dict[str, list[tuple[str, str]]] = {"footnote": [], "endnote": []}

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        return self.document.add_paragraph(text, style)

    def lines(self, *lines: str, style: str | None = None) -> Paragraph:
        """One paragraph whose lines are separated by line breaks (Shift+Enter)."""
        paragraph = self.document.add_paragraph(style=style)
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            if index < len(lines) - 1:
                run.add_break()
        return paragraph

    def page_break(self, paragraph: Paragraph) -> None:
        paragraph.add_run().add_break(WD_BREAK.PAGE)

    def note(self, paragraph: Paragraph, text: str, *, kind: str = "footnote",
             mark: str | None = None) -> None:
        """A footnote or endnote referenced at the end of `paragraph` so far; `mark` a custom
        mark (`*`) printed instead of Word's number."""
        ident = str(len(self.notes[kind]) + 1)
        self.notes[kind].append((ident, text))
        run = etree.SubElement(paragraph._p, _w("r"))
        properties = etree.SubElement(run, _w("rPr"))
        etree.SubElement(properties, _w("vertAlign")).set(_w("val"), "superscript")
        reference = etree.SubElement(run, _w(f"{kind}Reference"))
        reference.set(_w("id"), ident)
        if mark is not None:
            reference.set(_w("customMarkFollows"), "1")
            etree.SubElement(run, _w("t")).text = mark

    def tracked(self, paragraph: Paragraph, text: str, *, deleted: bool = False,
                author: str = "Jane Editor", date: str = "2024-03-05T10:20:00Z") -> None:
        change = etree.SubElement(paragraph._p, _w("del" if deleted else "ins"))
        change.set(_w("id"), str(len(paragraph._p) + 100))
        change.set(_w("author"), author)
        change.set(_w("date"), date)
        change.append(_text_run(text, "delText" if deleted else "t"))

    def list_definition(self, levels: list[tuple[str, str, int]],
                        starts: dict[int, int] | None = None, abstract: int | None = None,
                        ) -> tuple[int, int]:
        """A numbered list in the numbering part: its levels as (number format, level text,
        first number), or those of list `abstract` with `starts` restarting levels. Gives
        (list id, abstract id)."""
        numbering = self.document.part.numbering_part.element
        ids = [int(n.get(_w("abstractNumId"))) for n in numbering.iterchildren(_w("abstractNum"))]
        if abstract is None:
            abstract = max(ids, default=0) + 1
            definition = etree.Element(_w("abstractNum"))
            definition.set(_w("abstractNumId"), str(abstract))
            for index, (kind, text, start) in enumerate(levels):
                level = etree.SubElement(definition, _w("lvl"))
                level.set(_w("ilvl"), str(index))
                for tag, value in (("start", str(start)), ("numFmt", kind), ("lvlText", text)):
                    etree.SubElement(level, _w(tag)).set(_w("val"), value)
            first_num = next(numbering.iterchildren(_w("num")), None)
            if first_num is not None:
                first_num.addprevious(definition)  # (the schema's order: definitions first)
            else:
                numbering.append(definition)
        list_ids = [int(n.get(_w("numId"))) for n in numbering.iterchildren(_w("num"))]
        list_id = max(list_ids, default=0) + 1
        listing = etree.SubElement(numbering, _w("num"))
        listing.set(_w("numId"), str(list_id))
        etree.SubElement(listing, _w("abstractNumId")).set(_w("val"), str(abstract))
        for index, start in (starts or {}).items():
            override = etree.SubElement(listing, _w("lvlOverride"))
            override.set(_w("ilvl"), str(index))
            etree.SubElement(override, _w("startOverride")).set(_w("val"), str(start))
        return list_id, abstract

    def numbered(self, text: str, list_id: int, level: int = 0) -> Paragraph:
        """A paragraph of list `list_id` at `level`, numbered directly (not by its style)."""
        paragraph = self.document.add_paragraph(text)
        properties = paragraph._p.get_or_add_pPr()
        numbering = etree.SubElement(properties, _w("numPr"))
        etree.SubElement(numbering, _w("ilvl")).set(_w("val"), str(level))
        etree.SubElement(numbering, _w("numId")).set(_w("val"), str(list_id))
        return paragraph

    def raw_run(self, paragraph: Paragraph, element: etree._Element) -> None:
        paragraph._p.append(copy.deepcopy(element))

    def _note_part(self, kind: str) -> None:
        partname, relationship, content_type = _NOTE_TYPES[kind]
        root = etree.Element(_w(f"{kind}s"), nsmap={"w": W_NS})
        for separator, ident in (("separator", "-1"), ("continuationSeparator", "0")):
            note = etree.SubElement(root, _w(kind))
            note.set(_w("type"), separator)
            note.set(_w("id"), ident)
            etree.SubElement(note, _w("p")).append(_text_run(""))
        for ident, text in self.notes[kind]:
            note = etree.SubElement(root, _w(kind))
            note.set(_w("id"), ident)
            paragraph = etree.SubElement(note, _w("p"))
            mark = etree.SubElement(paragraph, _w("r"))
            etree.SubElement(mark, _w(f"{kind}Ref"))
            paragraph.append(_text_run(" " + text))
        blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI(partname), content_type, blob, self.document.part.package)
        self.document.part.relate_to(part, relationship)

    def save(self, path: Path) -> Path:
        for kind, notes in self.notes.items():
            if notes:
                self._note_part(kind)
        self.document.save(str(path))
        return path
