"""A page's body written again as other tools write it: hard-wrapped at a width, and wrapped
with the words that would not fit hyphenated at the line's end, as a printed page's or a PDF's
text gives them. For the tests and for `bench/export_variants.py`, made the same way."""

from __future__ import annotations

import re
import textwrap

from teikit.readers.page_header import parse_page_header
from teikit.readers.word_breaks import ROMANISED_SYLLABLE

_BREAKABLE = re.compile(r"[^\W\d_]{6,}[.,;:]?")


def wrapped(text: str, width: int, *, headings: bool = True) -> str:
    """`text` with its body lines longer than `width` wrapped (Python's `textwrap`, as a
    plain-text export wraps them; the header's fields are left whole); `headings`: a Markdown
    heading's line too, else it stays one line, as Markdown needs it."""
    start = parse_page_header(text).body_start
    return text[:start] + "\n".join(
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
        if len(line) > width and (headings or not line.startswith("#")) else line
        for line in text[start:].split("\n"))


def hyphenated(text: str, width: int, *, break_names: bool = True) -> str:
    """`text` with its body lines longer than `width` wrapped, and the word that would not fit
    broken at the line's end with a hyphen where two letters or more fit before it and three
    stay after it (`cau-` / `tion`); a compound's own hyphen may end a line (`well-` /
    `known`). A Markdown heading stays one line. `break_names`: a name may be broken between
    two syllables a romanisation joins with a hyphen (`Su-` / `pung`), which then reads as
    `Kim Il-` / `sung` does, the hyphen the name's."""
    start = parse_page_header(text).body_start
    return text[:start] + "\n".join(
        line if len(line) <= width or line.startswith("#")
        else _hyphenated_line(line, width, break_names)
        for line in text[start:].split("\n"))


def _hyphenated_line(line: str, width: int, break_names: bool) -> str:
    lines, current = [], ""
    for token in (part for chunk in re.split(r"(\s+)", line)
                  for part in re.split(r"(?<=[^\W\d_]-)(?=[^\W\d_])", chunk) if part):
        if token.isspace():
            current += " " if current else ""
        elif len(current) + len(token) <= width:
            current += token
        elif (_BREAKABLE.fullmatch(token) and (room := width - len(current) - 1) >= 2
              and len(token.rstrip(".,;:")) - room >= 3
              and (break_names or not romanised_syllables(token[:room], token[room:]))):
            lines.append(current + token[:room] + "-")
            current = token[room:]
        else:
            lines.append(current.rstrip())
            current = token
    return "\n".join([*lines, current.rstrip()])


def romanised_syllables(left: str, right: str) -> bool:
    """A name of two syllables a romanisation may join with a hyphen (`Su` and `pung`)."""
    return left[:1].isupper() and all(
        ROMANISED_SYLLABLE.fullmatch(part.lower().rstrip(".,;:")) for part in (left, right))
