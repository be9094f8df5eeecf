"""`teikit convert file.docx` from the command line: a Word file end to end, and the Word
files that cannot be read (damaged, password-protected, images only, a `.doc` renamed), each
refused with one line naming the file and the cause, exit 1, nothing written."""

from __future__ import annotations

import datetime
import io
import struct
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from msoffcrypto.format.ooxml import OOXMLFile
from readers.docx_builder import WordFile
from readers.ole_file import compound_file

from teikit import TEI_NS
from teikit.cli import main

PROSE = ("The delegation met the Korean side at the appointed place and the talks went on "
         "for several hours without a break [to put] it plainly.")


def _word_file() -> WordFile:
    word = WordFile()
    word.document.core_properties.title = "A letter"
    word.document.core_properties.created = datetime.datetime(1951, 9, 10,
                                                              tzinfo=datetime.UTC)
    return word


def _docx_bytes(word: WordFile, folder: Path) -> bytes:
    return word.save(folder / "made.docx").read_bytes()


def _png() -> bytes:
    """A 1×1 white PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def test_a_docx_converts_end_to_end(tmp_path: Path) -> None:
    word = _word_file()
    word.paragraph(PROSE)
    source = word.save(tmp_path / "x.docx")
    result = CliRunner().invoke(main, ["convert", str(source), "-o", str(tmp_path / "x.xml")])
    assert result.exit_code == 0, result.output
    root = etree.parse(str(tmp_path / "x.xml")).getroot()
    assert root.findtext(f".//{{{TEI_NS}}}supplied") == "to put"
    assert "x.docx → " in result.output


def _damaged(folder: Path) -> bytes:
    word = _word_file()
    word.paragraph(PROSE)
    data = _docx_bytes(word, folder)
    return data[: len(data) // 2]


def _encrypted(folder: Path) -> bytes:
    word = _word_file()
    word.paragraph(PROSE)
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(_docx_bytes(word, folder))).encrypt("secret", out)
    return out.getvalue()


def _images_only(folder: Path) -> bytes:
    word = _word_file()
    image = folder / "dot.png"
    image.write_bytes(_png())
    word.document.add_picture(str(image))
    return _docx_bytes(word, folder)


def _word_97(folder: Path) -> bytes:
    return compound_file({"WordDocument": b"\xec\xa5" + b"\x00" * 510, "1Table": b"\x00"})


@pytest.mark.parametrize(("make", "cause"), [
    (_damaged, "damaged or truncated"),
    (_encrypted, "password-protected"),
    (_images_only, "no text, only 1 image"),
    (_word_97, "Word 97–2003 .doc file"),
])
def test_unreadable_word_files_fail_with_one_line_and_write_nothing(
        tmp_path: Path, make, cause: str) -> None:
    source = tmp_path / "letter.docx"
    source.write_bytes(make(tmp_path))
    target = tmp_path / "letter.xml"
    result = CliRunner().invoke(main, ["convert", str(source), "-o", str(target)])
    assert result.exit_code == 1
    error = [line for line in result.output.splitlines() if "failed" not in line]
    assert len(error) == 1, result.output
    assert error[0].startswith(f"{source}: ") and cause in error[0], error[0]
    assert not target.exists()
