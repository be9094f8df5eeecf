"""The seed document as an editor would have it in Word: the page export's body as
paragraphs (Markdown headings as Word heading styles, hard line breaks as line breaks), its
page breaks as Word page breaks inside the paragraphs they split, its `*` note as a real Word
footnote with the custom mark `*`; title and date as core properties, the rest of the page
header as a metadata sidecar."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

from docx.text.paragraph import Paragraph
from docx_builder import WordFile
from shared_paths import DEV_GOLD, SEED

from teikit.readers.page_header import parse_page_header

PAGE = "\f"
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_STAR_NOTE = re.compile(r"^\\\*\s+(.*)$", re.S)
_SIDECAR_FIELDS = ("citation", "summary", "credits", "original_language", "contents")


def seed_gold() -> dict:
    return json.loads((DEV_GOLD / (SEED.stem + ".json")).read_text(encoding="utf-8"))


def _body_with_page_breaks(raw: str, body_start: int) -> str:
    """The body, with each paragraph split by a page (the gold's suspected page breaks) made
    one paragraph again with a page-break mark where the pages met."""
    body = raw[body_start:]
    for phenomenon in seed_gold()["phenomena"]:
        if phenomenon["kind"] == "page_break_suspected":
            split = phenomenon["text"]
            body = body.replace(split, split.replace("\n\n", PAGE), 1)
    return body


def _add_text(word: WordFile, paragraph: Paragraph, text: str, star_note: str) -> None:
    """Text with page-break marks and `[name]\\*` footnote anchors into runs."""
    for index, page in enumerate(text.split(PAGE)):
        if index:
            word.page_break(paragraph)
        pieces = page.split("\\*")
        for position, piece in enumerate(pieces):
            if piece:
                paragraph.add_run(piece)
            if position < len(pieces) - 1:
                word.note(paragraph, star_note, mark="*")


def write_seed_docx(folder: Path) -> tuple[Path, Path]:
    """The seed as `seed.docx` and its sidecar `seed.toml` in `folder`."""
    raw = SEED.read_text(encoding="utf-8")
    header = parse_page_header(raw, str(SEED))
    blocks = [b for b in re.split(r"\n\s*\n", _body_with_page_breaks(raw, header.body_start))
              if b.strip()]
    word = WordFile()
    star_notes = [m.group(1).strip() for b in blocks if (m := _STAR_NOTE.match(b.strip()))]
    for block in blocks:
        block = block.strip()
        if _STAR_NOTE.match(block):
            continue  # the footnote's text lives in the footnote
        heading = _HEADING.match(block)
        if heading:
            word.paragraph(heading.group(2), f"Heading {len(heading.group(1))}")
            continue
        paragraph = word.paragraph()
        lines = block.split("  \n")
        for index, line in enumerate(lines):
            _add_text(word, paragraph, line, star_notes[0])
            if index < len(lines) - 1:
                paragraph.add_run().add_break()
    core = word.document.core_properties
    assert header.title is not None and header.date_text is not None
    core.title = " ".join(header.title.value.split())
    core.created = datetime.datetime(1951, 9, 10, tzinfo=datetime.UTC)
    docx_path = word.save(folder / "seed.docx")
    sidecar = folder / "seed.toml"
    lines = [f"{name} = {json.dumps(' '.join(header.fields[name].value.split()))}"
             for name in _SIDECAR_FIELDS if name in header.fields]
    sidecar.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return docx_path, sidecar
