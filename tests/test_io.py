"""Bad input gets a located error; outputs are written atomically."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_paths import SEED

from teikit.errors import InputError
from teikit.io import atomic_write, decode_source, read_source


def test_invalid_utf8_names_byte_offset_line_and_column() -> None:
    data = "First line\nsecond l\u00e9ne".encode("latin-1")
    with pytest.raises(InputError) as caught:
        decode_source(data, "doc.txt")
    error = caught.value
    assert "byte offset 19" in error.message and "--encoding" in error.message
    assert (error.location.line, error.location.column) == (2, 9)


def test_encoding_override_reads_latin1() -> None:
    data = "caf\u00e9".encode("latin-1")
    assert decode_source(data, "x.txt", encoding="latin-1").text == "caf\u00e9"


def test_bom_and_crlf_are_normalised_and_reported() -> None:
    source = decode_source(b"\xef\xbb\xbfa\r\nb\rc\n", "x.txt")
    assert source.text == "a\nb\nc\n"
    assert len(source.normalised) == 2


@pytest.mark.parametrize("data", [b"", b"  \n\n  "])
def test_empty_file_is_an_error(data: bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        decode_source(data, "empty.txt")


def test_binary_file_is_an_error() -> None:
    with pytest.raises(InputError, match="NUL byte at byte offset 3"):
        decode_source(b"PK\x03\x00\x04", "archive.zip")


def test_control_character_is_located() -> None:
    with pytest.raises(InputError) as caught:
        decode_source(b"ok\nab\x07c", "x.txt")
    assert (caught.value.location.line, caught.value.location.column) == (2, 3)


def test_read_source_reads_the_seed() -> None:
    assert read_source(SEED).text.startswith("\n\n**September 10, 1951**")


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.xml"
    atomic_write(target, b"first")
    atomic_write(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["out.xml"]
