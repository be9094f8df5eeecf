"""Mojibake: text that some tool on its way read in another encoding and wrote again: UTF-8 read
as Windows-1252 or Latin-1, so that `’` became `â€™`, `[…]` `[â€¦]` and `José` `JosÃ©`; or
Windows-1252 read as Latin-1, so that `’` and `…` became the invisible control characters
U+0092 and U+0085.

An archive's export or a content system often does this to part of a text. Read as it is, the
damage is more than cosmetic: an omission mark `[â€¦]` is no longer one, a quotation loses its
quotes, a name its letters. ftfy (a dependency of wordfreq, which teikit already uses) knows
every such encoding's byte tables and judges, line by line, whether a line's characters are
more plausibly mojibake than text; it is conservative by design, and only its encoding repair is
used here (no other of its fixes: quotes, widths and line ends stay as they are).

A line is offered to it only when it holds a character that UTF-8's lead byte becomes in those
encodings (`Â` to `ô`) directly before one a continuation byte becomes, or a C1 control
character (U+0080 to U+009F, which no text means); most texts have none and cost one search.
Each repaired line is counted; the first is placed and shown for a warning, and the header's
`change` says that lines were repaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A lead byte of a UTF-8 sequence as Windows-1252 or Latin-1 shows it, then a continuation
# byte so shown (Latin-1's C1 controls and upper half; Windows-1252's letters and punctuation);
# or a C1 control alone (Windows-1252's punctuation read as Latin-1).
_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]|[\u0080-\u009f]")
# The first character of either: searched for alone, which is faster than the pair over a text
# that holds neither.
_FIRST = re.compile("[\u00c2-\u00f4\u0080-\u009f]")
# How much of a repaired passage a message shows.
_SHOWN = 24


@dataclass(frozen=True)
class Repair:
    """The lines repaired: how many; where the first repaired character stands in the text as it
    was (an index), and the first repaired passage before and after."""

    lines: int
    first: int
    was: str
    now: str
    misreadings: tuple[str, ...]
    """How the text had been misread (`UTF-8 read as Windows-1252`), in the order the lines
    show them."""

    def sentence(self) -> str:
        lines = "1 line" if self.lines == 1 else f"{self.lines} lines"
        return f"mojibake repaired on {lines} ({'; '.join(self.misreadings)})"


def repaired(text: str) -> tuple[str, Repair | None]:
    """`text` with each line that is mojibake repaired, and what was repaired (None: nothing)."""
    if not _suspect(text):
        return text, None
    from ftfy import fix_encoding_and_explain  # (only a suspect text pays for the import)

    lines = text.split("\n")
    count = 0
    first: tuple[int, str, str] | None = None
    misreadings: dict[str, None] = {}
    offset = 0
    for index, line in enumerate(lines):
        if _suspect(line):
            fixed = fix_encoding_and_explain(line)
            if fixed.text != line:
                lines[index] = fixed.text
                count += 1
                misreadings[_misreading(fixed.explanation)] = None
                if first is None:
                    first = _first_change(line, fixed.text, offset)
        offset += len(line) + 1
    if first is None:
        return text, None
    return "\n".join(lines), Repair(count, *first, tuple(misreadings))


def _suspect(text: str) -> bool:
    found = _FIRST.search(text)
    while found is not None:
        if _SUSPECT.match(text, found.start()) is not None:
            return True
        found = _FIRST.search(text, found.end())
    return False


def _first_change(line: str, fixed: str, offset: int) -> tuple[int, str, str]:
    """Where `line` (at `offset` in the text) and its repair first differ, and the passage
    that differs in each."""
    start = 0
    while start < min(len(line), len(fixed)) and line[start] == fixed[start]:
        start += 1
    end = 0
    while end < min(len(line), len(fixed)) - start and line[-1 - end] == fixed[-1 - end]:
        end += 1
    return (offset + start, line[start : len(line) - end][:_SHOWN],
            fixed[start : len(fixed) - end][:_SHOWN])


_NAMES = {"sloppy-windows-1252": "Windows-1252", "windows-1252": "Windows-1252",
          "latin-1": "Latin-1", "sloppy-windows-1251": "Windows-1251",
          "windows-1251": "Windows-1251", "macroman": "Mac Roman", "cp437": "DOS (CP437)",
          "utf-8": "UTF-8", "utf-8-variants": "UTF-8"}


def _misreading(steps: object) -> str:
    """`UTF-8 read as Windows-1252`: what ftfy undid (it encodes the text back in the encoding
    it was misread in, then decodes it in the one it was written in)."""
    encoded = decoded = None
    for step in steps if isinstance(steps, list) else []:
        if isinstance(step, tuple) and len(step) == 2:
            name = _NAMES.get(str(step[1]), str(step[1]))
            if step[0] == "encode" and encoded is None:
                encoded = name
            elif step[0] == "decode" and decoded is None:
                decoded = name
    if encoded is None or decoded is None:
        return "text read in the wrong encoding"
    return f"{decoded} read as {encoded}"
