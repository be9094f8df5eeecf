"""Markings inside an address line: `To: KRAJEWSKI, URGENT, EYES ONLY` holds a precedence and
a classification after the addressee, each an `fw` of its own."""

from __future__ import annotations

from teikit.conventions.text_markup import PRECEDENCE_MARK
from teikit.lazy_pattern import LazyPattern
from teikit.model import Inline, Text
from teikit.readers.furniture.cues import CLASSIFICATION_LINE, PRECEDENCE
from teikit.rules.classification import CONVENTION as CLASSIFICATION_MARK

_RECORDS = {"precedence": PRECEDENCE_MARK, "classification": CLASSIFICATION_MARK}

_ITEM = LazyPattern(r"(?<=,)(\s*)([^,]+?)(\s*)(?=,|$)")


def _marking_type(item: str) -> str | None:
    if PRECEDENCE.match(item):
        return "precedence"
    if CLASSIFICATION_LINE.match(item):
        return "classification"
    return None


def mark_listed_markings(inlines: list[Inline]) -> list[Inline]:
    """The inline nodes with each comma-separated marking in their plain text wrapped in `fw`;
    nothing changes in a line without one."""
    out: list[Inline] = []
    for node in inlines:
        if not isinstance(node, Text) or "," not in node.value:
            out.append(node)
            continue
        cursor = 0
        for found in _ITEM.finditer(node.value):
            kind = _marking_type(found.group(2))
            if kind is None:
                continue
            out.append(Text(node.value[cursor:found.start(2)]))
            out.append(_RECORDS[kind].node("fw", {"type": kind}, [Text(found.group(2))]))
            cursor = found.end(2)
        out.append(Text(node.value[cursor:]))
    return [node for node in out if not (isinstance(node, Text) and not node.value)]
