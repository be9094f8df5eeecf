"""Markings inside a furniture line: `To: KRAJEWSKI, URGENT, EYES ONLY` holds a precedence and
a classification after the addressee, `131/1963/top secret` a classification after the file's
number, each an `fw` of its own."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from teikit import templates
from teikit.conventions.text_markup import PRECEDENCE_MARK
from teikit.lazy_pattern import LazyPattern
from teikit.markings import SECRECY
from teikit.model import (
    Block,
    Body,
    Furniture,
    Inline,
    Intervention,
    LineBreak,
    Paragraph,
    Role,
    Text,
    is_element,
    plain_text,
)
from teikit.readers.furniture.line_patterns import (
    CLASSIFICATION_LINE,
    OFFICE_TITLE,
    PRECEDENCE,
    PRECEDENCE_WORDS,
)
from teikit.readers.furniture.line_shapes import dashed_number
from teikit.rules.classification import CONVENTION as CLASSIFICATION_MARK

_RECORDS = {"precedence": PRECEDENCE_MARK, "classification": CLASSIFICATION_MARK}

# A file's number, then its classification after one more slash: `131/1963/top secret`.
# (a space may follow a slash: `47/ 1963/ top secret`; another column may follow the marking:
# `… top secret     Written: in four copies`)
FILED_MARKING = LazyPattern(r"^\s*\d[\d.-]*(?:/ ?[\d.-]+)*/ ?(?P<marking>(?i:" + SECRECY
                            + r")[.!]?)"
                            # (the year after the marking, as some ministries file: `499/top
                            # secret 1963.`; and the part of the file: `96/7/Top Secret. 1956.
                            # I/3.`)
                            # (or after a dash: `00135/Top secret-1955`)
                            + r"(?:[ /-]\s?(?:19|20)\d\d\.?(?:\s+[IVX]+/\d+\.?)?(?=\s*$))?"
                            + r"(?=\s*$|\s+\S)")

_ITEM = LazyPattern(r"(?<=,)(\s*)([^,]+?)(\s*)(?=,|$)")


def _marking_type(item: str) -> str | None:
    if PRECEDENCE.match(item):
        return "precedence"
    if CLASSIFICATION_LINE.match(item):
        return "classification"
    return None


def mark_listed_markings(inlines: list[Inline]) -> list[Inline]:
    """The inline nodes with each comma-separated marking in their plain text wrapped in `fw`;
    nothing changes in a line without one. A note's marker after the comma stands between
    the comma and its marking (`MILNIKIEL,1 EYES ONLY`): the marking still follows a comma."""
    out: list[Inline] = []
    after_comma = False
    for node in inlines:
        if not isinstance(node, Text):
            out.append(node)
            after_comma = after_comma and is_element(node, "ref")
            continue
        # (a comma before the node, in the text before the marker, is given back as its first
        # character, so that the items are found as if nothing stood between)
        carried = "," if after_comma else ""
        value = carried + node.value
        after_comma = node.value.rstrip().endswith(",") or (after_comma and not node.value.strip())
        if "," not in value:
            out.append(node)
            continue
        cursor = len(carried)
        for found in _ITEM.finditer(value):
            kind = _marking_type(found.group(2))
            if kind is None:
                continue
            out.append(Text(value[cursor:found.start(2)]))
            out.append(_RECORDS[kind].node("fw", {"type": kind}, [Text(found.group(2))]))
            cursor = found.end(2)
        out.append(Text(value[cursor:]))
    return [node for node in out if not (isinstance(node, Text) and not node.value)]


# The markings in parentheses that end a line, before its colon if it has one (`Report From
# Kabul (Secret. Urgent)`, `… Provincial [Party] Committee (Top Secret):`).
_MARK = r"(?:" + SECRECY + r"|" + PRECEDENCE_WORDS + r")"
PARENTHESISED_MARKINGS = LazyPattern(r"(?i)(?<=\S)\s\((?P<marks>" + _MARK + r"(?:[.,;]?\s+" + _MARK
                                     + r")*)\.?\)(?=\s*:?\s*$)")
_ONE_MARK = LazyPattern(r"(?i)" + _MARK)


def mark_parenthesised_markings(inlines: list[Inline]) -> list[Inline]:
    """The inline nodes with each marking in the parentheses that end the line wrapped in
    `fw` (`(<fw>Secret</fw>. <fw>Urgent</fw>)`): the line is a heading's or an address's, the
    markings printed after it; nothing changes in a line without them."""
    if not inlines or not isinstance(inlines[-1], Text):
        return inlines
    value = inlines[-1].value
    found = PARENTHESISED_MARKINGS.search(value)
    if found is None:
        return inlines
    out: list[Inline] = []
    cursor = 0
    offset = found.start("marks")
    for mark in _ONE_MARK.finditer(found["marks"]):
        start, end = offset + mark.start(), offset + mark.end()
        kind = _marking_type(mark.group()) or "classification"
        out.append(Text(value[cursor:start]))
        out.append(_RECORDS[kind].node("fw", {"type": kind}, [Text(mark.group())]))
        cursor = end
    out.append(Text(value[cursor:]))
    return [*inlines[:-1], *(n for n in out if not (isinstance(n, Text) and not n.value))]


def mark_filed_marking(inlines: list[Inline]) -> list[Inline]:
    """A registry entry's inline nodes with the classification filed after its number's last
    slash (`131/1963/top secret`) wrapped in `fw`; other entries unchanged."""
    if len(inlines) != 1 or not isinstance(inlines[0], Text):
        return inlines
    value = inlines[0].value
    found = FILED_MARKING.match(value)
    if found is None or value[found.end():].strip():
        return inlines
    start, end = found.span("marking")
    marking = CLASSIFICATION_MARK.node("fw", {"type": "classification"}, [Text(value[start:end])])
    return [node for node in (Text(value[:start]), marking, Text(value[end:]))
            if not (isinstance(node, Text) and not node.value)]


# The telegram's number in its sending line (`From Pyongyang, No. 4040. 10 hours 10 minutes.
# 8.II.1950`, `From BEIJING No. 1309 20 hours 05 minutes, 13.1.1951`), or the letter's
# registry code between its date and place (`4 December 1946 L-15470 Baku`).
_SENT_NUMBER = LazyPattern(r"(?<!\w)(?:(?:No\.|Nº|N°|№)\s?\d(?:[\w/-]*\d)?|"
                           # (not a month in Roman figures after its day: `12-IX-1951`)
                           r"(?<!\d[-./])(?-i:[A-Z]{1,3})-\d{3,}(?![\w-]))")


def mark_dateline_number(inlines: list[Inline]) -> list[Inline]:
    """A dateline's inline nodes with the number it gives the telegram wrapped in `idno`, as a
    furniture line of its own would be; nothing changes in a dateline without one."""
    return _mark_number([_as_place(node) for node in inlines], _SENT_NUMBER)


# The names a bracket read without knowing the name's kind.
_KIND_UNKNOWN = frozenset({"persName", "name"})


def _as_place(node: Inline) -> Inline:
    """A name renamed in its bracket within a dateline is a place's (`placeName`: `Ulan Bator
    [Ulaanbaatar]` / `11 January 1966`, `Place: Government House, Ulan Bator [Ulaanbaatar]`),
    whatever its line alone made of it; any other node as it was."""
    if not (isinstance(node, Intervention) and node.tag in _KIND_UNKNOWN
            and any(is_element(child, "choice") for child in node.children)):
        return node
    return Intervention("placeName", node.attrs, node.children, node.kind, node.rend,
                        node.offset)


# The number the receiving office gives a cable, that ends a line of its header's fields: a
# ministry's with the year in parentheses (`Level: Extra Urgent / From the Moscow Desk /
# Received (65) No. 587`, `Foreign Ministry Incoming (64) You (1052)`), a cipher office's
# incoming number (`for decipherment at 18 October 1945 0155 Incoming Nº 3341/sh`).
_RECEIVED_NUMBER = LazyPattern(r"(?<!\w)(?:(?:Received|Incoming)\s?\(\d\d\)\s?"
                               r"(?:No\.\s?\d+|[A-Z][a-z]{1,8}\s?\(\d+\))|"
                               r"Incoming\s(?:Nº|No\.|№)\s?\d[\w/-]*|"
                               # (`Urgent - From the Korea Desk - No (63) 395`: the year's
                               # number after the desk, a dash between them)
                               r"(?<=[-–—/]\s)No\.?\s?\(\d\d\)\s?\d+)(?=\s*$)")


def mark_received_number(inlines: list[Inline]) -> list[Inline]:
    """A furniture line's inline nodes with the receiving ministry's number for the cable, at
    the line's end, wrapped in `idno`; nothing changes in a line without one."""
    return _mark_number(inlines, _RECEIVED_NUMBER)


# A report's number run into its first words, a slash after it (`Number 76/ I mentioned in a
# previous report …`, the Lebanese security service's reports of 1949): the typescript's
# field, not a number the sentence speaks of.
_OPENING_NUMBER = LazyPattern(r"^(?:Number|No\.|Nº|N°|№)\s?\d+[A-Za-z]{0,3}/(?=\s)")


# The number a paper's kind is given in its own opening line, before its date or at the
# line's end (`CC BCP Politburo Resolution № B-7 of 3 September 1962`, `Protocol No. 86`): the
# paper's number among the line's other words. Not a paper the line refers to (`Re: Outgoing
# Telegram No. 769`, `I received your telegram No. 3153.`, `Note No. 25B of Cde. Beria`).
_KIND_NUMBER = LazyPattern(
    r"(?i:\b(?:resolution|decision|decree|protocol|order|directive|instruction|minutes|"
    r"telegram|cable(?:gram)?|ciphergram|report|memorandum|letter|note|information|circular|"
    r"dispatch)\s+)((?:(?i:no|nr)\.?|N[º°]|№)\s?(?:[A-ZА-Я]{1,3}-?)?\d(?:[\w/.-]*\w)?)"
    r"(?=\s+(?i:of|dated)\s+\d|\s*$)")
_REFERRING = LazyPattern(r"(?i)\b(?:re|ref|your|our|reply|answer|received|to)\b|:")


def mark_kind_number(inlines: list[Inline]) -> list[Inline]:
    """An opening line's inline nodes with the number it gives the paper after its kind
    wrapped in `idno`; nothing changes in a line without one or one that refers to another
    paper."""
    if any(is_element(node, "idno") for node in inlines):
        return inlines  # (the number is marked already)
    before = ""  # the line's words so far
    for index, node in enumerate(inlines):
        if isinstance(node, Text):
            found = _KIND_NUMBER.search(node.value)
            if found is not None and not _REFERRING.search(before + node.value[:found.start()]):
                return [*inlines[:index], *_number_in(node.value, *found.span(1), "document"),
                        *inlines[index + 1:]]
            before += node.value
        elif isinstance(node, LineBreak):
            before = ""
    return inlines


def mark_opening_number(inlines: list[Inline]) -> list[Inline]:
    """A paragraph's inline nodes with the report's number that opens it wrapped in `idno`;
    nothing changes in a paragraph that opens otherwise (its first node alone is asked)."""
    return _mark_number(inlines[:1], _OPENING_NUMBER) + inlines[1:]


# A telegram's number opening its text, as the State Department's telegrams print it under
# their dateline (`681. I have just been informed …`): figures, a full stop, a sentence.
_TELEGRAM_NUMBER = LazyPattern(r"^\d{2,5}(?=\.\s+[A-Z“\"])")
# A paragraph opening on a figure and a stop, as numbered points do (`1. The …`, `12. We …`).
_NUMBERED_POINT = LazyPattern(r"^\s*\d{1,5}\.\s")
# The hour a telegram was sent, on its dateline (`Moscow, June 15, 1940—4 p.m.`, `—noon`).
_HOUR_SENT = LazyPattern(r"(?i)(?:\b\d{1,2}(?::\d\d)?\s*[ap]\.\s?m\.|\bnoon\b|\bmidnight\b)")


def mark_telegram_number(body: Body) -> None:
    """The number a telegram's text opens with wrapped in `idno` (`Moscow, June 15, 1940—4
    p.m.` / `681. I have just been …`): under a dateline with its hour, among opening lines
    that give no number, where no other paragraph opens on one (then it is the first of the
    text's numbered points)."""
    first = body.sections[0].blocks[0] if body.sections and body.sections[0].blocks else None
    if not isinstance(first, Paragraph) or not first.inlines:
        return  # (the text opens on no paragraph)
    head = first.inlines[0]
    if not isinstance(head, Text) or (found := _TELEGRAM_NUMBER.search(head.value)) is None:
        return
    if not _dated_with_its_hour(body.opener) or _numbered(body.opener) \
            or _numbered_points(block for section in body.sections for block in section.blocks
                                if isinstance(block, Paragraph) and block is not first):
        return
    first.inlines = [*_number_in(head.value, *found.span(), "document"), *first.inlines[1:]]


def _dated_with_its_hour(opener: list[Block]) -> bool:
    return any(isinstance(block, Furniture) and block.role is Role.DATELINE
               and _HOUR_SENT.search(plain_text(block.inlines)) is not None for block in opener)


def _numbered(opener: list[Block]) -> bool:
    """Whether the opening lines give the document's number already."""
    return any(isinstance(block, Furniture) and (block.role in _NUMBER_ROLES or any(
        is_element(node, "idno") for node in block.inlines)) for block in opener)


def _numbered_points(paragraphs: Iterable[Paragraph]) -> bool:
    return any(paragraph.inlines and isinstance(opening := paragraph.inlines[0], Text)
               and _NUMBERED_POINT.match(opening.value) is not None for paragraph in paragraphs)


_NUMBER_ROLES = frozenset({Role.DOCUMENT_NUMBER, Role.REGISTRY})


def mark_signed_number(inlines: list[Inline]) -> list[Inline]:
    """A signature line's inline nodes with the cipher telegram's number in it, where an office
    signs (`– 160 – charge d’affaires –`), wrapped in `idno`: the line stays one signature as
    printed, and its number is found as the telegram's. Where a person signs, by name or
    initial (`– 232 – Jakus –`, `79 – V.`, `– Monori – 423 –`), the number is part of how the
    cipher office signs for them, as in `Pavlíček 388.`, and the line is the signature alone;
    nothing changes in a line without a number."""
    if not inlines or not isinstance(first := inlines[0], Text):
        return inlines
    dashed = dashed_number(first.value)
    if dashed is None or _signed_by_a_person(dashed[1]):
        return inlines
    return [*_number_in(first.value, *dashed[0], "registry"), *inlines[1:]]


def _signed_by_a_person(signer: str) -> bool:
    """Whether who signs beside the number is a name or an initial (`Jakus`, `V.`), not an
    office in lower case (`charge d’affaires`)."""
    return signer[:1].isupper() and not OFFICE_TITLE.search(signer)


def _mark_number(inlines: list[Inline], pattern: LazyPattern) -> list[Inline]:
    for index, node in enumerate(inlines):
        if is_element(node, "idno"):
            return inlines  # (the number is marked already)
        if not isinstance(node, Text) or (found := pattern.search(node.value)) is None:
            continue
        return [*inlines[:index], *_number_in(node.value, *found.span(), "document"),
                *inlines[index + 1:]]
    return inlines


def _number_in(text: str, start: int, end: int, kind: str) -> list[Inline]:
    """`text` with its characters from `start` to `end` an `idno` of `kind`."""
    number = Intervention("idno", {"type": kind}, [Text(text[start:end])])
    parts = (Text(text[:start]), number, Text(text[end:]))
    return [n for n in parts if not (isinstance(n, Text) and not n.value)]


def fold_into_stamp(inlines: list[Inline]) -> list[Inline]:
    """A stamp's line whose label made a stamp of the words on its own line (`[Stamp:]
    Secretariat of V. M. Molotov`), with the lines the stamp prints under it (its day, its
    number) moved into that stamp; other lines unchanged."""
    if len(inlines) < 3 or not is_element(inlines[0], "stamp") \
            or not isinstance(inlines[1], LineBreak):
        return inlines
    stamp = inlines[0]
    if stamp.rend is None or templates.split(stamp.rend)[2]:
        return inlines  # (its bracket closes after its words: `[Stamp: … 85?7]`, whole)
    return [replace(stamp, children=[*stamp.children, *inlines[1:]])]
