"""The seed document as an editor would have it in Word, converted: its TEI must be valid
(tei_all and the house schema) and carry the 32 phenomena of the page export's gold.

The Word file: the page export's body as paragraphs (Markdown headings as Word heading styles,
hard line breaks as line breaks), its page breaks as Word page breaks inside the paragraphs
they split, its `*` note as a real Word footnote with the custom mark `*`; title and date as
core properties, the rest of the page header as a metadata sidecar."""

from __future__ import annotations

import datetime
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx.text.paragraph import Paragraph
from lxml import etree
from readers.docx_builder import WordFile
from shared_paths import DEV_GOLD, SEED, SHARED

from teikit import TEI_NS
from teikit.convert import convert_file
from teikit.readers.page_header import parse_page_header
from teikit.validate import validate_file

FIDELITY = SHARED / "tools" / "fidelity.py"
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


@pytest.fixture(scope="module")
def seed_tei(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seed-docx")
    docx_path, sidecar = write_seed_docx(folder)
    result = convert_file(docx_path, meta_file=sidecar)
    assert [str(d) for d in result.warnings] == []
    tei = folder / "tei" / f"{SEED.stem}.xml"
    tei.parent.mkdir()
    tei.write_bytes(result.to_bytes())
    return tei


@pytest.mark.referee
def test_seed_docx_is_valid_against_tei_all(seed_tei: Path, jing) -> None:
    done = jing([seed_tei])
    assert done.returncode == 0, done.stdout


def test_seed_docx_is_valid_against_the_house_schema(seed_tei: Path) -> None:
    report = validate_file(seed_tei, use_xml_model=False)
    assert report.valid, report.messages


@pytest.fixture(scope="module")
def fidelity(seed_tei: Path) -> dict:
    """`fidelity.py` on a folder laid out as it expects (gold/, raw/, the TEI beside)."""
    folder = seed_tei.parent.parent / "gold-layout"
    (folder / "gold").mkdir(parents=True)
    (folder / "raw").mkdir()
    shutil.copy(SEED, folder / "raw" / SEED.name)
    shutil.copy(DEV_GOLD / f"{SEED.stem}.json", folder / "gold")
    done = subprocess.run([sys.executable, str(FIDELITY), "--gold", str(folder), "--tei",
                           str(seed_tei.parent), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_seed_docx_scores_all_32_phenomena(fidelity: dict) -> None:
    phenomena = fidelity["documents"][0]["phenomena"]
    assert phenomena["misses"] == []
    assert sum(n for _, n in phenomena["per_kind"].values()) == 32
    assert fidelity["summary"]["phenomena_recall"] == 1.0


def test_seed_docx_loses_and_invents_no_text(fidelity: dict) -> None:
    assert fidelity["summary"]["worst_lost_share"] == 0
    assert fidelity["summary"]["worst_invented_share"] == 0


def test_seed_docx_metadata_checks_all_pass(fidelity: dict) -> None:
    assert fidelity["documents"][0]["metadata"] == {
        "title": True, "date": True, "original_language": True, "archive": True}


def _text_element(path: Path, **options: object) -> bytes:
    result = convert_file(path, change_date="2000-01-01", **options)  # type: ignore[arg-type]
    text = result.tree.getroot().find(f"{{{TEI_NS}}}text")
    for head in text.iter(f"{{{TEI_NS}}}head"):
        head.attrib.pop("rend", None)  # the Markdown marker (`#### {}`) a Word heading lacks
    return etree.tostring(text)


def test_seed_docx_gives_the_page_exports_text_but_for_markdown_markers(
        tmp_path: Path) -> None:
    docx_path, sidecar = write_seed_docx(tmp_path)
    assert _text_element(docx_path, meta_file=sidecar) == _text_element(SEED)
