"""Block parsing: piecewise parsing (for large files) gives exactly the blocks of one parse."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_paths import DEV_RAW

from teikit.readers import blocks
from teikit.readers.page_header import parse_page_header


def snapshot(text: str) -> list[tuple[str, int, list[tuple[int, int, str]]]]:
    start = parse_page_header(text).body_start
    parsed = blocks.parse_blocks(text, start=start, first_line=text.count("\n", 0, start) + 1)
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


def markdown_it_maps(piece: str) -> list[tuple[str, int, int, int]]:
    """The blocks markdown-it-py's CommonMark parser finds with only the heading, thematic
    break and paragraph block rules (and no inline parsing): the reference for `block_maps`."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    md.disable([r for r in md.get_all_rules()["block"] if r not in ("heading", "hr", "paragraph")])
    md.disable([r for r in md.get_all_rules()["core"] if r not in ("normalize", "block")])
    kinds = {"heading_open": "heading", "hr": "rule", "paragraph_open": "text"}
    return [(kinds[t.type], t.map[0], t.map[1], int(t.tag[1:]) if t.tag[1:].isdigit() else 0)
            for t in md.parse(piece)
            if t.map is not None and t.level == 0 and t.type in kinds]


@pytest.mark.parametrize("path", sorted(DEV_RAW.glob("*.txt")), ids=lambda p: p.stem)
def test_blocks_are_markdown_its_on_the_dev_documents(path) -> None:
    text = path.read_text(encoding="utf-8")
    body = text[parse_page_header(text).body_start:]
    assert list(blocks.block_maps(body)) == markdown_it_maps(body)


# Lines made of what the three block rules look at: markers, indents, tabs, line ends.
_LINE_PARTS = st.sampled_from(["#", "##", "######", "#######", "-", "*", "_", " ", "  ", "    ",
                               "\t", "a", "Word", "\r", "\r\n", "\0", "\f", "1."])


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.lists(_LINE_PARTS, max_size=6).map("".join), max_size=12).map("\n".join))
def test_blocks_are_markdown_its_on_generated_texts(text: str) -> None:
    assert list(blocks.block_maps(text)) == markdown_it_maps(text)
