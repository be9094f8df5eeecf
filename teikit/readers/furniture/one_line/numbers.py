"""A document's number or code printed on one line with another item: a second number, a copy, a
signer, a date, a route.
"""

from __future__ import annotations

import re

from teikit.lazy_pattern import LazyPattern
from teikit.markings import COPY_ORDINAL
from teikit.model import Role
from teikit.readers.furniture.line_patterns import NUMBER_SIGN
from teikit.readers.furniture.line_shapes import DASHED_NUMBER, DASHED_SIGNER_FIRST
from teikit.readers.furniture.one_line.parts import COLUMN_GAP, SIGNED_NUMBER, Split, cut_into_parts
from teikit.readers.lines import is_name_line, split_at
from teikit.readers.units import Unit

_NUMBER_THEN_NAME = LazyPattern(r"^(?P<number>(?:No\.|Nº|N°|№)" + SIGNED_NUMBER + r")\s+"
                                r"(?:[-–—]\s+)?(?P<name>[^\d\s].*)$")


# Two numbers of one paper on a line, parted by a semicolon: `Incoming cipher message number
# 3234; outgoing number 8/220` (each short, each with its sign and figures).
_TWO_NUMBERS = LazyPattern(r"^(?P<first>[^;]{1,50});\s+(?P<second>[^;]{1,50})$")

_NUMBER_WORDS = 5


def two_numbers(unit: Unit, number_role: Role) -> Split | None:
    """`Incoming cipher message number 3234; outgoing number 8/220`: the number the paper was
    logged in under and the one it was sent under, each its own."""
    found = _TWO_NUMBERS.match(unit.text.rstrip())
    if found is None or not all(NUMBER_SIGN.search(found[part])
                                and len(found[part].split()) <= _NUMBER_WORDS
                                for part in ("first", "second")):
        return None
    return cut_into_parts(unit, number_role, [(found.start("second"), number_role)])


# A typed form's columns on one line, each opened by its label a wide gap after the one before:
# `Sender   Maputo     No. 053597    Date  23 March 1977, 18:00`.
# (the gap taken whole from its first space: tried from every space of a long run, the search
# would read the rest of the run again from each)
_LABELLED_COLUMN = LazyPattern(r"(?<!\s)\s{3,}+(?=(?:No\.|Nº|N°|№|Nr\.?|Number\b|Date\b|Dated\b))")

_DATE_LABEL = LazyPattern(r"Dated?\b")


def labelled_columns(unit: Unit, number_role: Role) -> Split | None:
    """`Sender   Maputo     No. 053597    Date  23 March 1977, 18:00`: the form's first
    column, then its number and its date, each its own (the date's column the dateline)."""
    starts = [found.end() for found in _LABELLED_COLUMN.finditer(unit.text)]
    if not starts:
        return None
    roles = [Role.DATELINE if _DATE_LABEL.match(unit.text, start) else number_role
             for start in starts]
    if Role.DATELINE not in roles or number_role not in roles:
        return None  # (one column labelled apart is no form's line)
    return cut_into_parts(unit, Role.LINE, list(zip(starts, roles, strict=True)))


# Which copy the paper is, in words, after its number: `vvs-t-b 7/111- 21/88   First copy 1
# page`.
# (the copy's words found first, the figure asked of the token before them: a figure anywhere
# in a long token, tried as the number's end, read the rest of the token again)
_NAMED_COPY_AFTER = LazyPattern(
    r"(?<=\S)\s+(?P<copy>(?i:" + COPY_ORDINAL + r")\s+(?i:copy)\b[^\n]*)$")

_FIGURE_IN_LAST_TOKEN = LazyPattern(r"\d\S*$")


def number_and_named_copy(unit: Unit, number_role: Role) -> Split | None:
    """`vvs-t-b 7/111- 21/88   First copy 1 page`: the registry's number, then which copy
    this is and of how many pages."""
    text = unit.text.rstrip()
    found = _NAMED_COPY_AFTER.search(text)
    if found is None or "\n" in text[: found.start()] or text[:1].isspace() or (
            _FIGURE_IN_LAST_TOKEN.search(text, 0, found.start()) is None):
        return None
    return cut_into_parts(unit, number_role, [(found.start("copy"), number_role)])


def number_and_copy(unit: Unit, number_role: Role,
                    date_span: tuple[int, int] | None = None) -> Split | None:
    """`Nº 133 Copy Nº 2`, `No. 179 Copy No. 2`: the document's number and the copy's, side by
    side (two numbers, each its own), and the date in a third column if one is there (what
    follows the copy's number is the line's date, `date_span`, and nothing else)."""
    found = _NUMBER_THEN_COPY.match(unit.text)
    if found is None:
        return None
    starts = [(found.start("copy"), number_role)]
    if found["column"]:
        if date_span is None or date_span[0] != found.start("column") or (
                unit.text[date_span[1]:].strip(" .")):
            return None
        starts.append((date_span[0], Role.DATELINE))
    return cut_into_parts(unit, number_role, starts)


_NUMBER_THEN_COPY = LazyPattern(
    r"^\s*(?:No\.?|Nº|N°|№)\s*\d[\w/.-]*[.,]?\s+"
    r"(?P<copy>(?i:copy)\s+(?:N[º°o]\.?|№|#)?\s*\d{1,3})\.?"
    # (a typed form's third column, the date: `Nº 302   Copy Nº 1  7 December 1957`)
    r"(?:\s{2,}(?P<column>\S.*?))?\s*$")


def number_and_signer(unit: Unit, text: str) -> Split | None:
    """`No. 15 T. SHTYKOV`: the number of the cable and its signer, side by side."""
    signer = _NUMBER_THEN_NAME.match(text)
    if signer is None or not is_name_line(signer["name"]) or (
            signer["name"].upper() != signer["name"]):
        return None
    at = _in_unit(unit, text, signer.start("name"), signer["name"], len(signer["number"]))
    if at < 0:
        return None
    number, name = split_at(unit, at)
    return (number, Role.REGISTRY), (name, Role.SIGNED)


def _in_unit(unit: Unit, text: str, at: int, piece: str, start: int = 0) -> int:
    """Where `piece`, found at `at` of `text`, stands in the unit's own text (-1: nowhere).
    `text` is the line as the rules read it: a page break there is a space, each character in
    its place (`No. 72/` + a page break + `III`), unless the line was written otherwise."""
    if len(text) == len(unit.text):
        return at
    return unit.text.find(piece, start)


# The cipher office's letter after the number (`– 193 E. –`) names no one who signs.
_OFFICE_LETTER = LazyPattern(r"^[A-Z]\.?$")


def dashed_number_and_signer(unit: Unit) -> Split | None:
    """`– 157 –`, `– 193 E. –`: the telegram's number alone (the cipher office's letter after
    it), the registry's; `– 160 – charge d’affaires –`,
    `– Monori – 423 –`: its number and signer, one signature as printed (as `Pavlíček 388.`
    is one: the number is part of how the cipher office signs)."""
    found = DASHED_NUMBER.match(unit.text)
    if found is not None and (found["number"] or (found["signer"] or " ")[0].isupper()):
        signs = found["signer"] and (_OFFICE_LETTER.match(found["signer"]) is None
                                     or _field_of_its_own(unit.text, found))
        return ((unit, Role.SIGNED if signs else Role.REGISTRY),)
    if DASHED_SIGNER_FIRST.match(unit.text) is not None:
        return ((unit, Role.SIGNED),)
    return None


def _field_of_its_own(text: str, found: re.Match[str]) -> bool:
    """Whether the letter after the number stands between dashes of its own (`– 115 – V. –`,
    the signer's initial where a name would stand: `– 232 – Jakus –`), not glued to the number
    (`– 193 E. –`, the cipher office's letter)."""
    # (after a bare number the dash before the letter is a field's too: `121 – E. –`, `70 –
    # T.`, where the readers of two Hungarian telegrams read the sender's initial)
    number_end = found.end("number") if found["number"] is not None else found.end("bare")
    return any(dash in text[number_end:found.start("signer")] for dash in "–—-")


def number_signer_and_date(unit: Unit, text: str,
                           date_span: tuple[int, int] | None) -> Split | None:
    """`Nº 274 KOVALEV, 11 November`: the cable's number, its signer and the date, side by
    side (`date_span`: where the line's date is)."""
    signer = _NUMBER_THEN_NAME.match(text)
    if signer is None or date_span is None or text[date_span[1]:].strip(" ."):
        return None
    name = text[signer.start("name"):date_span[0]].strip(" ,-–—")
    if not name or not is_name_line(name) or name.upper() != name:
        return None
    name_at = _in_unit(unit, text, text.index(name, signer.start("name")), name,
                       len(signer["number"]))
    date_at = _in_unit(unit, text, date_span[0], text[date_span[0]:date_span[1]], name_at)
    if not 0 <= name_at < date_at:
        return None
    number, rest = split_at(unit, name_at)
    signed, date = split_at(rest, date_at - name_at)
    return (number, Role.REGISTRY), (signed, Role.SIGNED), (date, Role.DATELINE)


# A number and nothing else before a date: `No. 56 228 `, `Nr. 74 320, `.
_NUMBER_ALONE = LazyPattern(r"^(?:No\.?|Nº|N°|№|Nr\.?)\s*\d[\d /.-]*[,.]?\s*$")

# The form's name and number, then the word that dates it (`Order No. 805-327ss/op of`).
_NUMBERED_FORM_OF = LazyPattern(r"^(?:[A-Z][\w-]*\s+){1,3}(?:No\.?|Nº|N°|№|Nr\.?)\s*"
                                r"[\w/.-]*\d[\w/.-]*\s+(?P<dating>of|dated)\s+$")

# A cable's number, then the label of its date (`No. 1047. Dated 20 May 1974. Time 2130
# hrs.`, `No. 117    DATE: 16.06.77    TIME: 14H20`).
# (a point between its figures too: `No. 76.143    Date: 16.04.1969, 14:00`)
_NUMBER_THEN_DATE_LABEL = LazyPattern(r"^(?:No\.?|Nº|N°|№|Nr\.?)\s*\d(?:[\w/-]|\.(?=\d))*[.,]?\s+"
                                      r"(?P<dating>(?i:dated?)\s*:?\s*)$")
# The hour after the date, labelled (`. Time 2130 hrs.`, `TIME: 14H20`).
_TIME_LABELLED = LazyPattern(r"[.,]?\s*(?i:time)\s*:?\s*(?:[01]?\d|2[0-3])[:.hH]?[0-5]\d"
                             r"(?:\s*(?i:hrs?|hours))?\.?")

# A number without its sign (`538/S`, `112/2-34`), typed in a column of its own to the right of
# the date: a reference, where after one space it could be the date's own (`1949 112/2`).
_CODE_ALONE = LazyPattern(r"\d{1,6}(?:[/-][\w.]{1,8})+\s*$")

# A dateline's place before its date: one to three capitalised words, a comma.
PLACE_BEFORE_DATE = LazyPattern(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2},\s+")

_COPY_ALONE = LazyPattern(r"(?i)^copy\s+(?:N[º°o]\.?|№)\s*\d{1,3}\.?\s*$")


# The hour after a telegram's date, as a cable office prints it (`3 July 1953 2340`).
_HOUR = LazyPattern(r"(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}[:.][0-5]\d")


def number_and_date(unit: Unit, date_span: tuple[int, int] | None,
                    number_role: Role) -> Split | None:
    """`No. 56 228 3 June 1969, Beijing`: a telegram's number over its text, then its date and
    place (the place after the date stays the dateline's)."""
    if date_span is None:
        return None
    before = unit.text[: date_span[0]]
    if before.endswith("/"):
        return None  # `No. 076.215/24.10.1980`: the day glued to the number, one number
    dated = _NUMBERED_FORM_OF.match(before) or _NUMBER_THEN_DATE_LABEL.match(before)
    if dated is None and _NUMBER_ALONE.match(before) is None:
        return None
    rest = unit.text[date_span[1]:].strip()
    if rest and not (rest[:1] in ",." and len(rest.split()) <= 3) and (
            _HOUR.fullmatch(rest) is None and _TIME_LABELLED.fullmatch(rest) is None):
        return None
    # (`Order No. 805-327ss/op` / `of 9 April 1946`: the word that dates it, the dateline's)
    number, date = split_at(unit, dated.start("dating") if dated is not None else date_span[0])
    return (number, number_role), (date, Role.DATELINE)


# A telegram's form and number, who sent it to whom, then its date, all on one line.
_NUMBER_THEN_ROUTE = LazyPattern(r"^(?:[A-Z][\w-]*\s+){0,2}(?i:No\.?|Nº|N°|№|Nr\.?)"
                                 + SIGNED_NUMBER + r"\s+(?P<route>\S.*\sto\s.*\S)\s+$")


def number_route_and_date(unit: Unit, date_span: tuple[int, int] | None,
                          number_role: Role) -> Split | None:
    """`Telegram nr.172/62 Comrade [Rudolf] Dölling, Moscow to Secretary of State Winzer
    26.10.1962`: the telegram's number, its sender and addressee, then its date."""
    if date_span is None or unit.text[date_span[1]:].strip(" ."):
        return None
    found = _NUMBER_THEN_ROUTE.match(unit.text[: date_span[0]])
    if found is None:
        return None
    return cut_into_parts(unit, number_role, [(found.start("route"), Role.LINE),
                                    (date_span[0], Role.DATELINE)])


# Who sent the cable to whom, its date or none, then its number in parentheses (`I.V. STALIN
# to A.I. MIKOYAN 4 February 1949 (No. 0927)`).
_ROUTE_THEN_NUMBER = LazyPattern(r"^(?P<route>\S.*\sto\s.*\S)\s+"
                                 r"(?P<number>\((?:No\.?|Nº|N°|№)\s?\d[\w/-]*\))\.?$")


def route_date_and_number(unit: Unit, date_span: tuple[int, int] | None,
                          number_role: Role) -> Split | None:
    """`I.V. STALIN to A.I. MIKOYAN 4 February 1949 (No. 0927)`: the cable's sender and
    addressee, the day it was sent, then its number in parentheses."""
    found = _ROUTE_THEN_NUMBER.match(unit.text.rstrip())
    if found is None:
        return None
    if date_span is None or date_span[0] < found.start("route"):
        return cut_into_parts(unit, Role.LINE, [(found.start("number"), number_role)])
    if unit.text[date_span[1]:found.start("number")].strip():
        return None
    return cut_into_parts(unit, Role.LINE, [(date_span[0], Role.DATELINE),
                                            (found.start("number"), number_role)])


# The copy's number at the end of a line.
# (`Copy. No. 1`; the sign left out after the word capitalised: `USSR Embassy in Korea Copy 1`)
_COPY_AT_END = LazyPattern(
    r"\s(?P<copy>(?:(?i:copy)\.?\s+(?:N[º°o]\.?|№)\s*|Copy\.?\s+)\d{1,3})\s*$")


def line_then_copy(unit: Unit, first: Role) -> Split | None:
    """A line of `first`'s, then the number of the copy it is on: `from PEKING received at
    13:55 11 November 1949 Copy Nº 1` (a receipt), `MFA stamp:      Copy Nº 3` (a stamp's
    label, the copy's number in the next column)."""
    found = _COPY_AT_END.search(unit.text)
    if found is None or not unit.text[: found.start("copy")].strip():
        return None
    line, copy = split_at(unit, found.start("copy"))
    return (line, first), (copy, Role.DOCUMENT_NUMBER)


# The document's number after the line it ends, set off by a semicolon or a comma (`Addressed to
# the French Ministry of Foreign Affairs; No 998/1000`).
_NUMBER_AT_END = LazyPattern(r"[;,]\s+(?P<number>(?:No\.?|Nº|N°|№|Nr\.?)\s*\d[\w/.-]*)\.?\s*$")


def line_then_number(unit: Unit, first: Role) -> Split | None:
    """A line of `first`'s, then after a semicolon or a comma the document's number."""
    found = _NUMBER_AT_END.search(unit.text)
    if found is None or not unit.text[: found.start()].strip():
        return None
    line, number = split_at(unit, found.start("number"))
    return (line, first), (number, Role.DOCUMENT_NUMBER)


def date_and_number(unit: Unit, date_span: tuple[int, int] | None,
                    number_role: Role) -> Split | None:
    """`22 August 1968. Nr. 74 320`: the date the telegram was sent, then its number; `“15”
    January 1963 Copy No. 1`: the date, then the number of the copy; `Beirut, 22/4/1949 -
    No. 36`: the dateline, its place first, then the report's number."""
    if date_span is None or (unit.text[: date_span[0]].strip()
                             and PLACE_BEFORE_DATE.fullmatch(unit.text[: date_span[0]]) is None):
        return None
    rest = unit.text[date_span[1]:]
    stop = len(rest) - len(rest.lstrip(" .,-–—"))
    if not rest[stop:] or (_NUMBER_ALONE.match(rest[stop:]) is None
                           and _COPY_ALONE.match(rest[stop:]) is None
                           and not (COLUMN_GAP.search(unit.text[: date_span[1] + stop])
                                    and _CODE_ALONE.match(rest[stop:]) is not None)):
        return None
    date, number = split_at(unit, date_span[1] + stop)
    return (date, Role.DATELINE), (number, number_role)
