"""Word's fields as the paragraph reader meets them (a `HYPERLINK` field's code and the text it
shows), and a link's address made a TEI pointer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Field:
    """A field of the paragraph being read: its code so far, where its shown text begins."""

    code: list[str] = field(default_factory=list)
    shown_from: int | None = None
    link: str = ""
    """A `HYPERLINK` field's address, known once its code is read (none: empty)."""


# `HYPERLINK "https://…" \o "tip"`: the address, in quotes or not; its switches with their
# arguments (`\l "bookmark"`: a place in the file, no address).
_FIELD_TOKEN = re.compile(r'"([^"]*)"|(\\\S+)|(\S+)')
_SWITCHES_WITH_ARGUMENT = frozenset({"\\l", "\\o", "\\t"})


def hyperlink_target(code: str) -> str | None:
    """The address a `HYPERLINK` field's code links to; None for another field, or a link to
    a place in the file."""
    tokens = _FIELD_TOKEN.findall(code)
    if not tokens or tokens[0][2].upper() != "HYPERLINK":
        return None
    skip = False
    for quoted, switch, bare in tokens[1:]:
        if switch:
            skip = switch.lower() in _SWITCHES_WITH_ARGUMENT
            continue
        if skip:
            skip = False
            continue
        return (quoted or bare).strip() or None
    return None


def pointer(target: str) -> str:
    """A hyperlink's address as a pointer (`@target` is a list of them): white space Word
    lets through percent-encoded."""
    return re.sub(r"\s", lambda m: f"%{ord(m.group()):02X}", target.strip())
