"""Markdown's bulleted lists in the running text: two or more paragraphs one after another, each
opening with the same bullet (`*`, `-`, `+`, `•`) and white space, as an export writes a web
page's list (`*   to return the prisoners of war;`, `  * Molotov`, `-   Cdes: Stalin`). They
become one list, each item labelled by its bullet (`list/label` + `item`), as a numbered list's
items are by their numbers; a paragraph alone that opens with a dash stays a paragraph (a
dialogue's line, `- 2 -` a page's number).
"""

from __future__ import annotations

import re
from itertools import groupby

from teikit.lazy_pattern import LazyPattern
from teikit.model import Block, DistributionList, ListItem, Paragraph, Text

BULLET = LazyPattern(r"([*+•-])[ \t]+(?=\S)")
"""A Markdown list item's bullet and the white space after it (`*   `, `- `)."""
_LIST_ITEMS = 2


def _bulleted(block: Block) -> re.Match[str] | None:
    """The bullet opening a paragraph of the text, if one does."""
    if not isinstance(block, Paragraph) or block.language or not block.inlines:
        return None
    first = block.inlines[0]
    return BULLET.match(first.value) if isinstance(first, Text) else None


def _item(block: Block, bullet: re.Match[str]) -> ListItem:
    assert isinstance(block, Paragraph)
    first = block.inlines[0]
    assert isinstance(first, Text)
    rest = first.value[bullet.end() :]
    return ListItem(bullet.group(1), [*([Text(rest)] if rest else []), *block.inlines[1:]],
                    block.line)


def bulleted_lists(blocks: list[Block]) -> list[Block]:
    """`blocks` with each run of paragraphs opening with one bullet made one list."""
    bullets = [_bulleted(block) for block in blocks]
    if not any(bullets):
        return blocks
    out: list[Block] = []
    for bullet, group in groupby(zip(blocks, bullets, strict=True),
                                 key=lambda pair: pair[1] and pair[1].group(1)):
        run = list(group)
        if bullet and len(run) >= _LIST_ITEMS:
            items = [_item(block, found) for block, found in run if found is not None]
            out.append(DistributionList(None, items, run[0][0].line, kind="items"))
        else:
            out.extend(block for block, _ in run)
    return out
