"""Block parsing: piecewise parsing (for large files) gives exactly the blocks of one parse."""

from __future__ import annotations

import pytest
from shared_paths import DEV_RAW

from teikit.readers import blocks
from teikit.readers.page_header import parse_page_header


def snapshot(text: str) -> list[tuple[str, int, list[tuple[int, int, str]]]]:
    start = parse_page_header(text).body_start
    parsed = blocks.parse_blocks(text[start:], first_line=text.count("\n", 0, start) + 1,
                                 base_offset=start)
    return [(b.kind, b.level, [(ln.number, ln.offset, ln.text) for ln in b.lines])
            for b in parsed]


@pytest.mark.parametrize("path", sorted(DEV_RAW.glob("*.txt")), ids=lambda p: p.stem)
def test_small_pieces_parse_like_the_whole(path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = path.read_text(encoding="utf-8")
    whole = snapshot(text)
    monkeypatch.setattr(blocks, "CHUNK", 40)
    assert snapshot(text) == whole
    for kind, _, lines in whole:
        for number, offset, line in lines:
            assert text[offset : offset + len(line)] == line
            assert text.count("\n", 0, offset) + 1 == number
        assert kind in {"text", "heading", "rule"}
