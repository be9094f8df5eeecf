"""Markdown's bulleted lists in the running text: two or more paragraphs one after another, each
opening with the same bullet (`*`, `-`, `+`, `•`) and white space, as an export writes a web
page's list (`*   to return the prisoners of war;`, `  * Molotov`, `-   Cdes: Stalin`). They
become one list, each item labelled by its bullet (`list/label` + `item`), as a numbered list's
items are by their numbers; a paragraph alone that opens with a dash stays a paragraph (a
dialogue's line, `- 2 -` a page's number).
"""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.model import Block, DistributionList, ListItem, Paragraph, Text

_BULLET = LazyPattern(r"([*+•-])[ \t]+(?=\S)")
_LIST_ITEMS = 2


def _bullet(block: Block) -> str | None:
    if not isinstance(block, Paragraph) or block.language or not block.inlines:
        return None
    first = block.inlines[0]
    if not isinstance(first, Text):
        return None
    found = _BULLET.match(first.value)
    return found.group(1) if found is not None else None


def _item(block: Paragraph, bullet: str) -> ListItem:
    first = block.inlines[0]
    assert isinstance(first, Text)
    found = _BULLET.match(first.value)
    assert found is not None
    rest = first.value[found.end() :]
    inlines = [*([Text(rest)] if rest else []), *block.inlines[1:]]
    return ListItem(bullet, inlines, block.line)


def bulleted_lists(blocks: list[Block]) -> list[Block]:
    """`blocks` with each run of bulleted paragraphs made one list."""
    if not any(_bullet(block) for block in blocks):
        return blocks
    out: list[Block] = []
    run: list[Paragraph] = []
    run_bullet: str | None = None

    def flush() -> None:
        if len(run) >= _LIST_ITEMS and run_bullet is not None:
            out.append(DistributionList(None, [_item(block, run_bullet) for block in run],
                                        run[0].line, kind="items"))
        else:
            out.extend(run)
        run.clear()

    for block in blocks:
        bullet = _bullet(block)
        if bullet is None or bullet != run_bullet:
            flush()
            run_bullet = bullet
        if bullet is None:
            out.append(block)
        else:
            assert isinstance(block, Paragraph)
            run.append(block)
    flush()
    return out
