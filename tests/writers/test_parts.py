"""The TEI written part by part (`PartWriter`) is byte for byte the whole tree, indented and
serialised, and gives back the same source text, on every dev document and on layouts the dev
documents lack (a section that is a heading alone, an empty document division)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import chain
from pathlib import Path

import pytest
from lxml import etree
from shared_paths import DEV_RAW, EDITION

from teikit.lossless import _compared_form
from teikit.model import Document
from teikit.profiles import load_profile
from teikit.readers.text_page import read_text_document
from teikit.writers.document import tei_root_and_header
from teikit.writers.indent import indent
from teikit.writers.parts import PART_SIZE, PartWriter
from teikit.writers.source import SourceWriter, form_table, source_text
from teikit.writers.tei import BodyWriter
from teikit.xml import tei

PROFILE = load_profile("wilson")
FORMS = form_table(PROFILE.conventions)
SEED_TEXT = (EDITION / "source.txt").read_text(encoding="utf-8")
SEED_HEADER = SEED_TEXT[: SEED_TEXT.index("Received by")]


def _document(text: str) -> Document:
    return read_text_document(text, source_name="doc.txt", profile=PROFILE)


def _root(document: Document) -> etree._Element:
    root, header = tei_root_and_header(document, editorial_decl=etree.Element(tei("p")),
                                       text_language="en", change_date="2026-01-01")
    root.append(header)
    return root


def _whole(text: str) -> tuple[bytes, str]:
    """The whole tree, indented and serialised, and the source it gives back."""
    document = _document(text)
    root = _root(document)
    for _ in BodyWriter().parts(etree.SubElement(root, tei("text")), document.body):
        pass
    indent(root)
    return etree.tostring(root, encoding="UTF-8"), source_text(root.find(tei("text")), FORMS)


def _by_parts(text: str, part_size: int,
              prepare: Callable[[etree._Element], None] | None = None) -> tuple[bytes, str]:
    """The same, written part by part (parts of `part_size` characters of source, counted as
    80 a line)."""
    document = _document(text)
    root, header = tei_root_and_header(document, editorial_decl=etree.Element(tei("p")),
                                       text_language="en", change_date="2026-01-01")
    writer = PartWriter(SourceWriter(FORMS), prepare, part_size=part_size)
    writer.open(root, in_text=False)
    root.append(header)
    _run(writer.part())
    body_writer = BodyWriter()
    steps = body_writer.parts(etree.SubElement(root, tei("text")), document.body)
    size = 80 * len(text.splitlines())
    source = "".join(writer.text(steps, reached=lambda: body_writer.line * 80, size=size))
    writer.close()
    return b"".join(writer.sink.close(b"", b"")), source


def _run(steps: Iterator[None]) -> None:
    for _ in steps:
        pass


def _dev_texts() -> list[Path]:
    return sorted(DEV_RAW.glob("*.txt"))


# A block a part; a few blocks a part; the whole text a part (the default size, for a small
# document).
PART_SIZES = [1, 400, PART_SIZE]


@pytest.mark.parametrize("path", _dev_texts(), ids=lambda path: path.stem)
def test_dev_documents_are_written_as_the_whole_tree(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    whole_bytes, whole_source = _whole(text)
    for part_size in PART_SIZES:
        part_bytes, part_source = _by_parts(text, part_size)
        assert part_bytes == whole_bytes, part_size
        assert _compared_form(part_source) == _compared_form(whole_source), part_size


@pytest.mark.parametrize("body", [
    "First paragraph of the letter, long enough to be running text.\n\n#### A heading\n\n"
    "#### A heading alone, as a section\n\nThe text that follows it, running on.\n",
    "#### A heading\n\n#### Another\n",
], ids=["section-of-a-heading-alone", "headings-only"])
def test_layouts_the_dev_documents_lack(body: str) -> None:
    text = SEED_HEADER + body
    whole_bytes, whole_source = _whole(text)
    for part_size in PART_SIZES:
        part_bytes, part_source = _by_parts(text, part_size)
        assert part_bytes == whole_bytes, part_size
        assert _compared_form(part_source) == _compared_form(whole_source), part_size
    assert b'<div type="section">' in part_bytes


def test_parts_hold_the_blocks_of_their_size() -> None:
    """The text is prepared a part at a time: whole when it is smaller than a part, else in
    groups of blocks, each holding its blocks alone (those before it are written out)."""
    text = max((path.read_text(encoding="utf-8") for path in _dev_texts()), key=len)
    parts: dict[int, list[list[str]]] = {}
    for part_size in PART_SIZES:
        seen: list[list[str]] = []
        _by_parts(text, part_size, lambda container, seen=seen: seen.append(
            [etree.QName(child).localname for child in container]))
        parts[part_size] = seen
    assert parts[PART_SIZE] == [["text"]]
    assert len(parts[1]) > len(parts[400]) > 1
    # The same blocks, in the same order.
    assert list(chain.from_iterable(parts[1])) == list(chain.from_iterable(parts[400]))


def test_a_footnote_no_block_takes_is_given_back_at_the_end() -> None:
    """A footnote whose marker stands in a block after which no note is printed (here a
    quotation) is given back after the text, once: the part writer ends its text with them
    as `source_pieces` does."""
    text = etree.fromstring(
        f'<text xmlns="{tei("")[1:-1]}"><body><quote>Said<note place="foot">A note.</note>'
        "</quote></body></text>")
    whole = source_text(text, FORMS)
    assert whole.endswith("\n\n* A note.")
    writer = SourceWriter(FORMS)
    _run(writer.content(text))
    assert list(writer.leftover_notes()) == ["\n\n* A note."]
    assert list(writer.leftover_notes()) == []  # once
