"""A stamp bracketed over several lines beside a journal's right-hand column: the page export
read the two side by side, line by line, so each line of the bracket ends with the column's
words (`[CPSU CC General Secret Copy Nº 1` / `Department Stamp: 7 April 1955` / `7 April 1955
Nº 584/dv`). The column's classification and numbers are the document's, marked where they
stand: `fw` for the marking, `idno` for the copy's and the document's number."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.model import Inline, Intervention, LineBreak, Text, is_element
from teikit.rules.classification import CONVENTION as CLASSIFICATION_MARK

# The column's copy number ending the line (`Copy Nº 2`, `Copy Nº ___`, left blank).
_COPY_AT_END = LazyPattern(r"(?:^|(?<=\s))Copy\s+(?:N[º°o]\.?|№)\s*(?:\d{1,3}|_+)\s*$")
# The column's marking ending the line, in the form's capitals or title case.
_MARKING_AT_END = LazyPattern(r"(?:^|(?<=\s))(?:(?:TOP|Top)\s+)?(?:SECRET|Secret)\s*$")
# The document's outgoing number ending the line (`Nº 584/dv`).
_NUMBER_AT_END = LazyPattern(r"(?<!Incoming\s)(?<!Outgoing\s)(?<=\s)"
                             r"(?:N[º°o]\.?|№)\s*\d[\w/-]*\s*$")
# Lines the bracket must span for columns to be interleaved in it.
_COLUMN_LINES = 3


def mark_stamp_columns(nodes: list[Inline]) -> list[Inline]:
    """`nodes` with the right-hand column's markings and numbers marked inside each stamp
    bracketed over several lines; other nodes unchanged."""
    if not any(is_element(node, "stamp") for node in nodes):
        return nodes
    return [_with_columns(node) if is_element(node, "stamp") else node for node in nodes]


def _with_columns(stamp: Inline) -> Inline:
    assert isinstance(stamp, Intervention)
    if sum(isinstance(child, LineBreak) for child in stamp.children) < _COLUMN_LINES - 1:
        return stamp
    lines = [child.value for child in stamp.children if isinstance(child, Text)]
    if not any(_COPY_AT_END.search(line) or _MARKING_AT_END.search(line) for line in lines):
        return stamp  # (no column beside it: `Incoming Nº 01579` is the stamp's own number)
    children: list[Inline] = []
    for child in stamp.children:
        children.extend(_line_marked(child.value) if isinstance(child, Text) else [child])
    return Intervention(stamp.tag, stamp.attrs, children, stamp.kind, stamp.rend, stamp.offset)


def _line_marked(line: str) -> list[Inline]:
    """One line of the bracket: what it ends with of the column marked, the rest as it was
    (a number the stamp gives what it received, `Incoming Nº 0404s`, stays the stamp's)."""
    tail: list[Inline] = []
    copy = _COPY_AT_END.search(line)
    if copy is not None:
        tail.insert(0, Intervention("idno", {"type": "copy"}, [Text(copy.group().rstrip())]))
        tail.insert(1, Text(line[copy.start() + len(copy.group().rstrip()):]))
        line = line[:copy.start()]
    marking = _MARKING_AT_END.search(line)
    if marking is not None:
        tail[:0] = [CLASSIFICATION_MARK.node("fw", {"type": "classification"},
                                             [Text(marking.group().rstrip())]),
                    Text(line[marking.start() + len(marking.group().rstrip()):])]
        line = line[:marking.start()]
    elif copy is None and (number := _NUMBER_AT_END.search(line)) is not None:
        tail = [Intervention("idno", {"type": "document"}, [Text(number.group().rstrip())]),
                Text(line[number.start() + len(number.group().rstrip()):])]
        line = line[:number.start()]
    return [node for node in (Text(line), *tail) if not (isinstance(node, Text) and not node.value)]
