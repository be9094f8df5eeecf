"""The lossless check reports the first difference with its location."""

from __future__ import annotations

import pytest

from teikit.errors import LosslessError
from teikit.lossless import check_lossless


def test_equal_modulo_white_space_escapes_and_heading_markers() -> None:
    source = "TITLE\n\nA [Li Kuo Nyn]\\*  \nnext line\n"
    check_lossless(source, 0, ["TITLE A [Li Kuo Nyn]", "* next line"], path="x")


def test_a_lost_word_is_located() -> None:
    full = "header\n" + "one two\nthree [four] five\n"
    with pytest.raises(LosslessError) as caught:
        check_lossless(full, 7, ["one two three [four]"], path="doc.txt")
    error = caught.value
    assert (error.location.line, error.location.column) == (3, 14)
    assert "'five'" in error.message and "end of text" in error.message


def test_chunked_comparison_finds_a_difference_far_into_the_text(monkeypatch) -> None:
    import teikit.lossless as lossless

    monkeypatch.setattr(lossless, "CHUNK", 7)
    source = "word " * 40 + "\\* tail"
    check_lossless(source, 0, ["word" * 40, "\\", "  ", "*tail"], path="x")
    with pytest.raises(LosslessError) as caught:
        check_lossless(source, 0, ["word" * 39, "wurd*tail"], path="x")
    assert caught.value.location.column == 5 * 39 + 2
