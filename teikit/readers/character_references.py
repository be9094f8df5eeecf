"""HTML's character references left in a text (`[&hellip;]`, `&#8217;`, `&nbsp;`): a web page's
or content system's text exported without being unescaped.

Markdown reads them as the characters they name (CommonMark's entity and numeric character
references: an HTML5 name, or a decimal or hexadecimal number, each ended by a semicolon), and
so does teikit: left as text, `[&hellip;]` is no omission mark and `&ldquo;` opens no quotation.
A reference a backslash escapes (`\\&amp;`) is Markdown's literal text and stays; a name HTML
does not know, a number no character has, or one without its semicolon (`AT&T`, `&c.`) is text.
What was read is counted and the first placed for a warning, and the header's `change` says it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_REFERENCE = re.compile(r"(?<!\\)&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Numbers read as no character: control characters (a line break so written is no line's end:
# the lines are already cut), Unicode's line and paragraph separators, the surrogates and
# what XML cannot hold.
_NO_CHARACTER = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class ReferencesRead:
    """How many references were read as their characters, and where the first stands (an index
    into the text as it was)."""

    count: int
    first: int

    def sentence(self) -> str:
        plural = "" if self.count == 1 else "s"
        return (f"{self.count} HTML character reference{plural} (such as &hellip; or &#8217;) "
                "read as the character they name")


def _character(reference: str) -> str | None:
    body = reference[1:-1]
    if body.startswith("#"):
        number = int(body[2:], 16) if body[1:2] in ("x", "X") else int(body[1:])
        if number > 0x10FFFF:
            return None
        character = chr(number)
        return None if _NO_CHARACTER.match(character) else character
    from html.entities import html5  # (a table of 2,200 names: imported only for a reference)

    return html5.get(f"{body};")


def read_references(text: str) -> tuple[str, ReferencesRead | None]:
    """`text` with its character references read as their characters, and what was read."""
    if "&" not in text:
        return text, None
    count = 0
    first = -1

    def read(match: re.Match[str]) -> str:
        nonlocal count, first
        character = _character(match.group())
        if character is None:
            return match.group()
        count += 1
        if first < 0:
            first = match.start()
        return character

    read_text = _REFERENCE.sub(read, text)
    return (read_text, ReferencesRead(count, first)) if count else (text, None)
