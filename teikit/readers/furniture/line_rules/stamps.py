"""A stamp's label, then the lines the stamp prints, one under the other: one stamp.

A registry's stamp prints the office that received the paper, the day and its number
(`[Stamp:] Secretariat of V. M. Molotov` / `15 October 1952` / `Incoming Nº M-14401s`,
`[Stamp]` / `Ministry of Foreign Affairs` / `Received: 3 September 1990` / `No: KRLD. …`); a
translation gives each on a line of its own under the label. Read line by line, the day would
be the document's dateline and the number its own.
"""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.model import Role
from teikit.offices import ORGANISATION_WORDS
from teikit.readers.furniture.line_rules.line import Line
from teikit.readers.furniture.placement import join_lines
from teikit.readers.joining import BRACKET_LINE
from teikit.readers.units import LB, Unit
from teikit.rules.lexicon import LETTERS

# A bracket that names a stamp and ends in its label or its name, its wording on the lines
# under it or after it on its line: `[Stamp:]`, `[Stamp]`, `[Stamp at the bottom of the first
# page]:`, `[Stamp at the end of the first page:` (left open), `[Registry stamp:] Received`.
_LABEL = LazyPattern(r"(?i)^\[(?:[\w-]+\s+){0,3}stamps?\b[^\[\]:]{0,60}"
                     r"(?::\]|\]:|:\s*$|\]\s*$)")
# What a stamp prints on a line: a receipt's or a file's number, the day (labelled or not), the
# return note of a special section (`Subject to return to the`).
_NUMBER = LazyPattern(r"(?i)^(?:incoming|outgoing|inc\.|out\.|reg\.)?\s*+(?:nº|no\.?|n°|№)\s*+:?"
                      r"\s*+[\w./ -]*\d")
_DAY_LABEL = LazyPattern(r"(?i)^(?:received|incoming|date|dated)\s*:?\s*")
_RETURN = LazyPattern(r"(?i)^subject to return\b")
# The most lines a stamp prints under its label, and the most words of an office's line.
STAMP_LINES = 4
_OFFICE_WORDS = 7


def labels_a_stamp(text: str) -> bool:
    """Whether the line begins with a stamp's label (`[Stamp:] Secretariat of …`)."""
    return _LABEL.match(text) is not None


def stamp_over_its_lines(line: Line) -> int | None:
    """The label's line and the stamp's lines under it, one placement as a stamp."""
    if (not labels_a_stamp(line.text) or _closed_with_its_words(line.text)
            or _whole_on_its_line(line)):
        return None
    asm = line.asm
    units = [line.unit]
    index = line.index + 1
    while (len(units) <= STAMP_LINES and index < len(asm.pieces)
           and asm.pieces[index].kind == "line" and _printed_by_stamp(asm.pieces[index].unit,
                                                                        line)):
        units.append(asm.pieces[index].unit)
        index += 1
    if len(units) == 1:
        return None  # (a stamp's label alone: the label's rule places it)
    asm.add(line.zone, "furniture", join_lines(*units), Role.STAMP)
    return index


def _closed_with_its_words(text: str) -> bool:
    """`[Stamp illegible` / `Received 12 August 1978]`: the bracket holds the stamp's words and
    closes on them, so the lines under it (`No: 00H–006303/P/`) are the form's, not the
    stamp's (a bracket of the label alone, `[stamp]`, has its words under it); `[Stamp]:
    Declassified`: the archive's stamp that lifted the marking is whole in its word, and the
    letterhead under it (`Embassy of the USSR`) is the paper's."""
    label = _LABEL.match(text)
    if label is not None and _DECLASSIFIED.match(text[label.end():].strip()):
        return True
    if BRACKET_LINE.match(text) is None:
        return False
    words = _LABEL_WORDS.sub("", text.strip()[1:-1], count=1).split()
    return len(words) >= _CLOSED_STAMP_WORDS


_CLOSED_STAMP_WORDS = 2
# A stamp's number within its line (`– No. 6581`), its words before it or not.
_NUMBER_WITHIN = LazyPattern(r"(?i)(?:^|[\s,;–—-])(?:nº|no\.?|n°|№)\s*+:?\s*+[\w./-]*\d")


def _whole_on_its_line(line: Line) -> bool:
    """`[Stamp:] MINISTRY OF FOREIGN AFFAIRS – ENTRY 14 AUG. 1953 – No. 6581`: the label's line
    prints the office, the day and the number, all a stamp prints; the lines under it
    (`EMBASSY OF SPAIN IN HAVANA` / `No. 412`) are the paper's letterhead and number."""
    label = _LABEL.match(line.text)
    words = line.text[label.end():] if label is not None else ""
    return (_NUMBER_WITHIN.search(words) is not None
            and line.asm.tests.date_span(words) is not None)


_DECLASSIFIED = LazyPattern(r"(?i)^(?:declassified|rassekrecheno)\.?$")
# The label's words at a bracket's start (`Stamp:`, `round stamp`).
_LABEL_WORDS = LazyPattern(r"(?i)^\s*(?:[\w-]+\s+){0,3}?stamps?\b\s*:?")


def _printed_by_stamp(unit: Unit, line: Line) -> bool:
    text = unit.plain.strip()
    if not text or text.startswith("[") or text[0].islower() or LB in unit.text:
        # (`to Cde. I. V. STALIN` under the stamp: the address, and a line it goes on to)
        return False
    if _NUMBER.match(text) or _RETURN.match(text):
        return True
    span = line.asm.tests.date_span(unit.text)
    if span is not None:
        before = unit.text[: span[0]].strip()
        return not unit.text[span[1]:].strip(" .,") and (
            not before or _DAY_LABEL.fullmatch(before + " ") is not None)
    words = LETTERS.findall(text)
    return (len(words) <= _OFFICE_WORDS and text[-1] not in ".,;:!?"
            and any(word.lower() in ORGANISATION_WORDS for word in words)) or (
        # (`Incoming Document`, `Sector I`: a registry's words, capitalised, a line short)
        len(words) <= _REGISTRY_WORDS and all(word[:1].isupper() for word in words)
        and any(word.lower() in _REGISTRY_WORDS_PRINTED for word in words))


# A registry stamp's own words, and the most words of such a line.
_REGISTRY_WORDS_PRINTED = frozenset("incoming outgoing received registered registry entry "
                                    "sector section document documents".split())
_REGISTRY_WORDS = 3
