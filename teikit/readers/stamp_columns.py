"""A stamp bracketed over several lines beside a journal's right-hand column: the page export
read the two side by side, line by line, so each line of the bracket ends with the column's
words (`[CPSU CC General Secret Copy Nº 1` / `Department Stamp: 7 April 1955` / `7 April 1955
Nº 584/dv`). The column's classification and numbers are the document's, marked where they
stand: `fw` for the marking, `idno` for the copy's and the document's number."""

from __future__ import annotations

import re

from teikit.lazy_pattern import LazyPattern
from teikit.model import Inline, Intervention, LineBreak, Text, is_element
from teikit.rules.classification import CONVENTION as CLASSIFICATION_MARK

# The column's copy number ending the line (`Copy Nº 2`, `Copy Nº ___`, left blank).
_COPY_AT_END = LazyPattern(r"(?:^|(?<=\s))Copy\s+(?:N[º°o]\.?|№)\s*(?:\d{1,3}|_+)\s*$")
# The column's marking ending the line, in the form's capitals or title case, after the
# stamp's words (a line of the marking alone is the stamp's own word: `[Stamp of the USSR MFA
# 1st Far East Department:` / `SECRET` / `Incoming Nº 02584`).
_MARKING_AT_END = LazyPattern(r"(?<=\S\s)(?:(?:TOP|Top|STRICTLY|Strictly)\s+)?(?:SECRET|Secret)"
                              r"\s*$")
# The stamp's label alone opening its first line (`Stamp:`, `[Stamp]`): no column's words
# (not a stamp named on a later line, `MFA stamp: Copy Nº 3`, which the column's copy ends).
_STAMP_LABEL = LazyPattern(r"(?i)\[?stamp\]?\s*:?")
# A number after its sign (`Nº 584/dv`).
_NUMBER = r"(?:N[º°o]\.?|№)\s*\d[\w/-]*"
# The document's outgoing number ending the line (`Nº 584/dv`).
_NUMBER_AT_END = LazyPattern(rf"(?<!Incoming\s)(?<!Outgoing\s)(?<=\s){_NUMBER}\s*$")
# The letterhead's outgoing number opening a line of the bracket (`Nº 92 01166s`), when the
# letterhead stands to the left of it: the left-hand column's.
_NUMBER_AT_START = LazyPattern(rf"^{_NUMBER}(?=\s|$)")
# Lines the bracket must span for columns to be interleaved in it.
_COLUMN_LINES = 3


def mark_stamp_columns(nodes: list[Inline]) -> list[Inline]:
    """`nodes` with the columns' markings and numbers marked inside each stamp bracketed over
    several lines; other nodes unchanged."""
    if not any(is_element(node, "stamp") for node in nodes):
        return nodes
    marked: list[Inline] = []
    for node in nodes:
        if is_element(node, "stamp"):
            # (`USSR EMBASSY IN THE DPRK [faded USSR …`: the letterhead's column to its left)
            left = (bool(marked) and isinstance(marked[-1], Text)
                    and marked[-1].value.rsplit("\n", 1)[-1].strip() != "")
            marked.append(_with_columns(node, left))
        else:
            marked.append(node)
    return marked


def _with_columns(stamp: Intervention, left_column: bool) -> Intervention:
    if sum(isinstance(child, LineBreak) for child in stamp.children) < _COLUMN_LINES - 1:
        return stamp
    lines = [child.value for child in stamp.children if isinstance(child, Text)]
    if not any(_beside(_COPY_AT_END.search(line)) or _beside(_MARKING_AT_END.search(line))
               for line in lines):
        return stamp  # (no column beside it: `Incoming Nº 01579` is the stamp's own number)
    children: list[Inline] = []
    for index, child in enumerate(stamp.children):
        line_start = index > 0 and isinstance(stamp.children[index - 1], LineBreak)
        children.extend(_line_marked(child.value, left_column and line_start)
                        if isinstance(child, Text) else [child])
    return Intervention(stamp.tag, stamp.attrs, children, stamp.kind, stamp.rend, stamp.offset)


def _line_marked(line: str, left_column: bool = False) -> list[Inline]:
    """One line of the bracket: what it ends with of the right-hand column marked, and what it
    opens with of the left-hand one (`left_column`: the letterhead's, beside the bracket), the
    rest as it was (a number the stamp gives what it received, `Incoming Nº 0404s`, stays the
    stamp's)."""
    opening: list[Inline] = []
    if left_column and (number := _NUMBER_AT_START.match(line)) is not None:
        opening = [Intervention("idno", {"type": "document"}, [Text(number.group())])]
        line = line[number.end():]
    return opening + _line_end_marked(line)


def _beside(found: re.Match[str] | None) -> re.Match[str] | None:
    """What a line ends with, where the stamp's words stand before it on the line: the
    column's (on a line of its own, or after the stamp's label alone, the stamp's: `Stamp:
    STRICTLY SECRET` / `Copy No. 4` / `Number of sheets: 2`)."""
    before = found.string[: found.start()].strip() if found is not None else ""
    return found if before and _STAMP_LABEL.fullmatch(before) is None else None


def _line_end_marked(line: str) -> list[Inline]:
    column: list[Inline] = []
    copy = _beside(_COPY_AT_END.search(line))
    if copy is not None:
        line, column = _split_off(copy, Intervention("idno", {"type": "copy"}))
    marking = _beside(_MARKING_AT_END.search(line))
    if marking is not None:
        line, marked = _split_off(marking, CLASSIFICATION_MARK.node(
            "fw", {"type": "classification"}, []))
        column = marked + column
    elif copy is None and (number := _NUMBER_AT_END.search(line)) is not None:
        line, column = _split_off(number, Intervention("idno", {"type": "document"}))
    return [node for node in (Text(line), *column)
            if not (isinstance(node, Text) and not node.value)]


def _split_off(found: re.Match[str], element: Intervention) -> tuple[str, list[Inline]]:
    """The line before what `found` matched at its end, and that, as `element` holding the
    words, then the white space after them."""
    words = found.group().rstrip()
    end = found.start() + len(words)
    element.children.append(Text(words))
    return found.string[: found.start()], [element, Text(found.string[end:])]
