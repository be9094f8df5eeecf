"""The lossless check reports the first difference with its location."""

from __future__ import annotations

import pytest

from teikit.errors import LosslessError
from teikit.lossless import check_lossless


def test_equal_modulo_white_space_escapes_and_heading_markers() -> None:
    source = "TITLE\n\nA [Li Kuo Nyn]\\*  \nnext line\n"
    check_lossless(source, "TITLE A [Li Kuo Nyn]* next line", path="x", body_offset=0,
                   full_text=source)


def test_a_lost_word_is_located() -> None:
    full = "header\n" + "one two\nthree [four] five\n"
    body = full[7:]
    with pytest.raises(LosslessError) as caught:
        check_lossless(body, "one two three [four]", path="doc.txt", body_offset=7,
                       full_text=full)
    error = caught.value
    assert (error.location.line, error.location.column) == (3, 14)
    assert "'five'" in error.message and "end of text" in error.message
