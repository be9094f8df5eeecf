"""A kept source gives back every character, in order, from any offset; a handed-over source
is let go by the reader before the document model is built."""

from __future__ import annotations

import sys

import pytest

import teikit.kept_text as kept_text
import teikit.readers.text_page as text_page
from teikit.kept_text import KeptText, SourceHandle
from teikit.profiles import load_profile

TEXT = "Top Secret\n“Cde. Razuvayev” сказал: 毛泽东 — \ud800 lone surrogate\n" * 9


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept_text, "PIECE", 13)  # pieces cut inside words and characters


def test_a_text_kept_in_compressed_pieces_reads_back_from_any_offset(small_pieces) -> None:
    kept = KeptText(TEXT)
    assert kept._plain is None and len(kept._pieces) == -(-len(TEXT) // 13)
    assert kept.text == TEXT
    assert (kept.length, kept.newlines) == (len(TEXT), TEXT.count("\n"))
    for start in (0, 1, 12, 13, 14, 100, len(TEXT) - 1, len(TEXT)):
        for size in (1, 5, 13, 64):
            chunks = list(kept.chunks(start, size))
            assert "".join(chunks) == TEXT[start:]
            assert all(0 < len(chunk) <= size for chunk in chunks)


def test_a_drained_text_is_read_once_and_dropped_piece_by_piece(small_pieces) -> None:
    kept = KeptText(TEXT)
    read = kept.drain(5)
    first = next(read)
    assert first == TEXT[:5]
    assert len(kept._pieces) == 0  # handed to the reader, which drops them as it goes
    assert first + "".join(read) == TEXT
    with pytest.raises(RuntimeError):
        kept.text  # noqa: B018


def test_a_short_text_is_kept_as_it_is() -> None:
    kept = KeptText(TEXT)
    assert kept.text is TEXT
    assert "".join(kept.chunks(5, 7)) == TEXT[5:]


def test_a_handle_gives_its_text_once() -> None:
    handle = SourceHandle(TEXT)
    assert handle.take() is TEXT
    with pytest.raises(RuntimeError):
        handle.take()


def test_the_reader_lets_a_handed_over_text_go_before_it_builds_the_model(
        small_pieces, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the model is built, the only reference to the text is this test's own: the
    reader kept its compressed copy and dropped the text (a large file's text would
    otherwise stay beside the model)."""
    paragraphs = ["A paragraph with a [supplied] word."] * 5
    text = "**September 10, 1951**\n\n**A report**\n\n" + "\n\n".join(paragraphs)
    references: list[int] = []
    read_units = text_page.read_units

    def counted(*args: object, **kwargs: object) -> object:
        references.append(sys.getrefcount(text) - 2)  # less getrefcount's argument and ours
        return read_units(*args, **kwargs)

    monkeypatch.setattr(text_page, "read_units", counted)
    document = text_page.read_text_document(SourceHandle(text), source_name="report.txt",
                                            profile=load_profile("wilson"))
    assert references == [0]
    assert document.source is not None and document.source.kept.text == text
