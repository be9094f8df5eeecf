"""Bad input gets a located error; outputs are written atomically."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest
from shared_paths import SEED

from teikit.errors import InputError, OutputError
from teikit.io import atomic_write, check_output, decode_source, read_source


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


def test_words_line_breaks_and_unicodes_separators_are_line_ends_and_reported() -> None:
    text = "Moscow,\x0b10 May 1951\u2029To Comrade Stalin\u2028Kremlin\u2028\n"
    source = decode_source(text.encode("utf-8"), "x.txt")
    assert source.text == "Moscow,\n10 May 1951\n\nTo Comrade Stalin\nKremlin\n\n"
    assert source.normalised == (
        "1 vertical tab(s) (U+000B, Word's line break) read as line ends",
        "2 line separator(s) (U+2028) read as line ends",
        "1 paragraph separator(s) (U+2029) read as blank lines")


def test_another_control_character_is_still_binary_data() -> None:
    with pytest.raises(InputError, match="control character U\\+0008"):
        decode_source(b"a\x08b", "x.txt")


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


def test_utf16_and_utf32_are_read_by_their_byte_order_mark() -> None:
    text = "**May 5, 1950**\n\nШифртелеграмма [to put] 中文\n"
    for codec in ("utf-16", "utf-16-be", "utf-32", "utf-32-le"):
        bom = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE}.get(codec, b"")
        source = decode_source(bom + text.encode(codec), "x.txt")
        assert source.text == text, codec


def test_a_utf16_control_character_is_still_located() -> None:
    with pytest.raises(InputError) as caught:
        decode_source("ok\nab\x07c".encode("utf-16"), "x.txt")
    assert str(caught.value.location) == "x.txt:2:3"


def test_new_files_get_the_umask_mode(tmp_path: Path) -> None:
    target = tmp_path / "new.xml"
    atomic_write(target, b"x")
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "kept.xml"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_an_output_that_is_the_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "r.xml"
    source.write_bytes(b"<TEI/>")
    with pytest.raises(OutputError, match="is the input"):
        atomic_write(source, b"html", inputs=[source])
    assert source.read_bytes() == b"<TEI/>"


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_a_link_to_the_input_is_the_input(tmp_path: Path, link: str) -> None:
    source = tmp_path / "r.xml"
    source.write_bytes(b"<TEI/>")
    alias = tmp_path / "alias.xml"
    (alias.symlink_to if link == "symlink" else alias.hardlink_to)(source)
    with pytest.raises(OutputError, match="is the input"):
        check_output(alias, [source])


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory"):
        atomic_write(tmp_path, b"x")


def test_a_fifo_is_refused_and_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="not a regular file"):
        atomic_write(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_character_device_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Like /dev/null, which root could otherwise replace with a file; the stat is mocked."""
    device = tmp_path / "null"
    real_stat = os.stat

    def fake_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if Path(str(path)) == device:
            return os.stat_result((stat.S_IFCHR | 0o666, 6, 5, 1, 0, 0, 0, 0, 0, 0))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", fake_stat)
    with pytest.raises(OutputError, match="not a regular file"):
        atomic_write(device, b"x")
    assert not os.path.lexists(device)  # nothing written (lstat is not mocked)


def test_the_temporary_file_is_new_private_and_named_beside_the_target(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from teikit import io

    target = tmp_path / "out.xml"
    taken = tmp_path / f".out.xml.{bytes(6).hex()}.tmp"
    taken.write_bytes(b"someone else's")
    fresh = b"\x01" * 6
    draws = iter([bytes(6), bytes(6), fresh])
    monkeypatch.setattr(io.os, "urandom", lambda size: next(draws))
    fd, name = io._new_temporary_file(target)
    os.close(fd)
    assert Path(name) == tmp_path / f".out.xml.{fresh.hex()}.tmp"
    assert stat.S_IMODE(os.stat(name).st_mode) == 0o600
    assert taken.read_bytes() == b"someone else's"  # never opened over


def test_atomic_write_leaves_only_the_target(tmp_path: Path) -> None:
    atomic_write(tmp_path / "a.xml", [b"<a>", b"</a>"])
    assert [p.name for p in tmp_path.iterdir()] == ["a.xml"]
    assert (tmp_path / "a.xml").read_bytes() == b"<a></a>"
