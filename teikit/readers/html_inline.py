"""HTML's inline tags that an export leaves in Markdown where Markdown has no form of its own
(pandoc's GitHub Markdown keeps `<u>`, `<sup>` and `<sub>`, a web clipper keeps what it
does not convert, a table cell's line break is `<br>`): `ANGELOV<sup>1</sup>`,
`<u>not</u>`, `<i>Pravda</i>`, `<s>American</s>`, `first line<br>second line`.

Each is read as what it marks, the tags as the source wrote them kept in `@rend` so that the
source writer gives them back: a rendition (`hi`), the original's deletion as the translation
prints it (`del`), a note's mark where a note of that number exists (`<sup>1</sup>`), a line
break (`lb`). Tags are paired as HTML pairs them, an opening tag with the next closing tag of
its name at its level; an unpaired tag, or one no list here names (`<span>`, `<div>`), stays
text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Inline tags, without attributes or spaces (an export that keeps a tag's attributes keeps
# the page's layout, not its text's markup).
_TAG = re.compile(r"<(/?)(sup|sub|u|ins|em|i|strong|b|strike|s|del)>", re.IGNORECASE)
LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)

RENDITIONS = {"sup": "superscript", "sub": "subscript", "u": "underline", "ins": "underline",
              "i": "italic", "em": "italic", "b": "bold", "strong": "bold"}
STRUCK = frozenset({"s", "strike", "del"})


@dataclass(frozen=True, slots=True)
class TagPair:
    """An opening tag and the closing tag that closes it, as the source wrote them."""

    start: int
    """Where the opening tag begins."""
    end: int
    """Where the closing tag begins."""
    name: str
    """The tag's name in lower case (`sup`)."""
    opening: str
    closing: str
    """The tags as the source wrote them (`<SUP>`, `</SUP>`)."""

    @property
    def template(self) -> str:
        return f"{self.opening}{{}}{self.closing}"


def tag_pairs(text: str, lo: int, hi: int) -> list[TagPair]:
    """The paired inline tags between `lo` and `hi`, outermost and innermost alike, in the
    order their opening tags stand."""
    if text.find("<", lo, hi) < 0:
        return []
    pairs: list[TagPair] = []
    open_tags: list[tuple[str, int, str]] = []
    for found in _TAG.finditer(text, lo, hi):
        name = found.group(2).lower()
        if not found.group(1):
            open_tags.append((name, found.start(), found.group()))
            continue
        # The closing tag closes the nearest open tag of its name; those opened after it and
        # still open stay unpaired (text).
        for index in range(len(open_tags) - 1, -1, -1):
            if open_tags[index][0] == name:
                _, start, opening = open_tags[index]
                del open_tags[index:]
                pairs.append(TagPair(start, found.start(), name, opening, found.group()))
                break
    return sorted(pairs, key=lambda pair: pair.start)
