"""The furniture rules that read a line's date: where and when the paper was written or
received, a date joined to the place, hour or reading printed beside it."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.model import Role
from teikit.readers.furniture import one_line
from teikit.readers.furniture.cues import date_only
from teikit.readers.furniture.line_patterns import (
    ADDRESS_START,
    BRACKETED,
    CLASSIFICATION_LINE,
    FORM_NAME,
    PRECEDENCE,
    RECEIPT,
    RECIPIENT,
    SENDING,
    TIME,
)
from teikit.readers.furniture.line_rules.line import Line
from teikit.readers.furniture.line_shapes import (
    DAYS_SPAN,
    FROM_PLACE,
    FROM_PLACE_DATED,
    HOUR_ALONE,
    PLACE_AND_HOUR,
    PLACE_IN_CAPITALS,
    PLACE_WORD,
    SENDING_MISSION,
    SENT_AT_HOUR,
    SENT_FROM,
    SIGNAL_SENT,
    bracketed_date,
    dated_from,
    hour_over_day_role,
)
from teikit.readers.furniture.opener import MEETING_LABEL
from teikit.readers.furniture.placement import is_date_only, join_lines
from teikit.readers.furniture.settled import is_period
from teikit.readers.furniture.titles import dispatched
from teikit.readers.lines import SALUTE, dated_with_the_years_motto
from teikit.readers.units import Unit


def hour_over_day(line: Line) -> int | None:
    """`Received at 0450,` / `8 May 1946`: when the telegram came in (or left), the hour on one
    line and its day on the next, one docket (or dateline)."""
    if line.following is None:
        return None
    role = hour_over_day_role(line.text)
    if (role is not None and line.asm.tests.date_span(line.text) is None
            and is_date_only(line.below(), line.asm.tests)):
        return line.with_below(role)
    return None


# The city and the seat of its government that a Soviet leader's letter is written from
# (`Moscow, the Kremlin`, `Kremlin, Moscow`).
_CITY_AND_KREMLIN = LazyPattern(r"^(?:(?i:the\s+)?Kremlin,\s+[A-Z][a-z’'-]{2,}|"
                                r"[A-Z][a-z’'-]{2,},\s+(?i:the\s+)?Kremlin)[.,]?$")


# A place's name, a word or two, then its modern name in the translator's brackets (`Ulan Bator
# [Ulaanbaatar]`).
_PLACE_RENAMED = LazyPattern(r"^[A-Z][a-z’'-]{2,}(?:[ -][A-Z][a-z’'-]{2,})?\s+"
                             r"\[[A-Z][\w’' -]{2,30}\][.,]?$")


def place_over_date(line: Line) -> int | None:
    """`Pyongyang` / `31 August 1950` under a signature, `Washington DC` / `26 October 1962`
    or `BEIJING` / `21 AUGUST 1961` over a letter: the place over the date is the dateline's,
    as the place under it is (in capitals, under a signature, it may be the signer's name)."""
    asm, following = line.asm, line.following
    if (following is not None
            and (((PLACE_WORD.match(line.text) or _CITY_AND_KREMLIN.match(line.text)
                   or _PLACE_RENAMED.match(line.text))
                  and (line.zone in asm.signed_zones or _place_opens_letter(line)))
                 or (PLACE_IN_CAPITALS.match(line.text) and _place_opens_letter(line)
                     and not _title_goes_on(line)))
            and asm.role(following) == "dateline" and is_date_only(line.below(), asm.tests)):
        return line.with_below(Role.DATELINE)
    return None


def date_over_place_and_hour(line: Line) -> int | None:
    """`April 26, 1966` / `Bucharest 2010 hrs`: the date, then where and at what hour the
    telegram left, one dateline."""
    if (line.following is not None and line.role == "dateline" and line.piece.zone == "opener"
            and is_date_only(line.unit, line.asm.tests)
            and PLACE_AND_HOUR.match(line.below().plain.strip())):
        return line.with_below(Role.DATELINE)
    return None


def date_over_its_reading(line: Line) -> int | None:
    """`19.III.1974` / `[19 March 1974]`: the date, then the translator's reading of it in words
    on the line under it, one dateline."""
    if (line.following is not None and line.role in ("dateline", "text")
            and is_date_only(line.unit, line.asm.tests)
            and bracketed_date(line.below().plain.strip(), line.asm.tests)):
        return line.with_below(Role.DATELINE)
    return None


# A date of the Iranian solar calendar, its place before it or not (`Sa’dabad Palace, 5 Tir
# 1325`), as a letter from Tehran dates itself over the translator's Gregorian date.
_SOLAR_HIJRI_DATE = LazyPattern(
    r"^(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},\s*)?\d{1,2}\s+(?:Farvardin|Ordibehesht|"
    r"Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand)\s+1[23]\d\d\.?$")


def solar_hijri_date_over_its_reading(line: Line) -> int | None:
    """`Sa’dabad Palace, 5 Tir 1325` / `27 June 1946`: the letter's place and date in the
    Iranian calendar, then the same day in the Gregorian one, one dateline."""
    if (line.following is not None and _SOLAR_HIJRI_DATE.match(line.plain.strip())
            and is_date_only(line.below(), line.asm.tests)):
        return line.with_below(Role.DATELINE)
    return None


def time_and_place(line: Line) -> int | None:
    """`Time: Morning, 31 March 1965` / `Place: Villa Joly, …`: when and where the talks took
    place (`Date:` or `Time:`, `Place:`, `Location:` or `Venue:`, in either order), one
    dateline; the hours alone will do (`Time: 7:30 p.m. – 8:30 p.m.`)."""
    if line.following is None:
        return None
    first = MEETING_LABEL.match(line.unit.plain.strip())
    second = MEETING_LABEL.match(line.below().plain.strip())
    if first is None or second is None or bool(first["when"]) == bool(second["when"]):
        return None
    timed = (line.unit if first["when"] else line.below()).text
    if line.asm.tests.date_span(timed) is None and TIME.search(timed) is None:
        return None
    return line.with_below(Role.DATELINE)


# Whose clock the hour after the date is by (`local time`, `Moscow time`).
_CLOCK_AFTER = LazyPattern(r"^\s*(?:hrs?\.?\s+)?(?:local|[A-Z][a-z]+)\s+time\.?\s*$")
# A place opening the line, its comma before the date.
_PLACE_FIRST = LazyPattern(r"^[A-Z][\w’'. -]{1,40},\s*$")


def dated_by_local_time(line: Line) -> int | None:
    """`Washington, 20.3.1963, 18:30 local time` among the opening lines: where and when the
    cable was sent, by whose clock (the clock's words made it a line of text)."""
    if line.role != "text" or line.zone != "opener" or line.span is None:
        return None
    start, end = line.span
    text = line.unit.text
    if _PLACE_FIRST.match(text[:start]) is None or _CLOCK_AFTER.match(text[end:]) is None:
        return None
    return line.one(Role.DATELINE)


def days_held_in_registry(line: Line) -> int | None:
    """`02214-gs` / `20-24 October 1960`: the days a registry held the paper, no day anybody
    sent it."""
    out = line.asm.out
    if (line.role == "dateline" and line.piece.zone == "opener" and out
            and out[-1].zone == "opener" and out[-1].role is Role.DOCUMENT_NUMBER
            and is_date_only(line.unit, line.asm.tests) and DAYS_SPAN.search(line.unit.plain)):
        return line.one(Role.DOCKET)
    return None


def date_then_list(line: Line) -> int | None:
    """`28 August 1951 Copies: Malenkov, Molotov, …`: the date, then the copies' list."""
    dated = one_line.date_then_list(line.unit, line.span)
    return None if dated is None else line.then_list(Role.DATELINE, dated)


def from_place_dated(line: Line) -> int | None:
    """`from Stockholm June 5, 19.00 hrs`: where the code message came from, and when."""
    if (line.role == "text" and line.piece.zone == "opener" and line.span is not None
            and FROM_PLACE_DATED.match(line.plain) is not None):
        return line.one(Role.DATELINE)
    return None


def signal_sent(line: Line) -> int | None:
    """`FM Tokyo 080700Z Feb 79`, `240230Z.`: where the telegram came from and its date-time
    group, when it was sent, a dateline among the opening lines."""
    if line.zone == "opener" and SIGNAL_SENT.match(line.plain.strip()) is not None:
        return line.one(Role.DATELINE)
    return None


def sent_at(line: Line) -> int | None:
    """`from KUYBYSHEV sent at 2325 9 December 1941`: when it was sent, however the line is
    cased (`Sent: at 10:30 on 15/12`: at an hour, on a day of no year)."""
    if line.role not in ("text", "dateline") or not SENDING.match(line.plain) or (
            line.span is None and SENT_AT_HOUR.search(line.plain) is None):
        return None
    # (`from SOCHI` / `sent at 0120 4 November 1945`, `From TIRANA` / `Sent 20.V.61 19:30`:
    # the line above says where from)
    joined = _under_where_from(line)
    return joined if joined is not None or line.role == "dateline" else line.one(Role.DATELINE)


def date_then_receipt(line: Line) -> int | None:
    """`August 13, 1991 [time blacked out] | Arrived [at] Ministry |`: when the cable came in,
    its date first, as a form's columns print it: the office's docket, no dateline."""
    if line.role not in ("dateline", "text") or line.span is None:
        return None
    text = line.unit.text
    after = BRACKETED.sub(" ", text[line.span[1]:]).replace("|", " ").strip(" ,.;:")
    if text[: line.span[0]].strip(" |") or RECEIPT.match(after) is None:
        return None
    return line.one(Role.DOCKET)


def _under_where_from(line: Line) -> int | None:
    """The sending line joined to the place over it (`from SOCHI`), one dateline."""
    return _joined_to_the_line_above(line) if _from_place_above(line) else None


def _from_place_above(line: Line) -> bool:
    """Whether the line placed last, in the line's zone, says where the paper came from
    (`from SOCHI`, `From Kishinev`)."""
    out = line.asm.out
    return bool(out) and out[-1].zone == line.zone and out[-1].kind == "furniture" \
        and out[-1].role is Role.LINE and FROM_PLACE.match(out[-1].unit.plain.strip()) is not None


def _joined_to_the_line_above(line: Line, unit: Unit | None = None) -> int:
    """The line (or `unit`, its date's part) joined to the line placed last, one dateline."""
    previous = line.asm.out[-1]
    previous.unit = join_lines(previous.unit, unit or line.unit)
    previous.role = Role.DATELINE
    line.asm.dated_zones.add(line.zone)
    return line.index + 1


def dispatched_dateline(line: Line) -> int | None:
    """`Pyongyang, 1 February [1984] (KCNA)` over a statement's text: where and when a news
    agency issued it, a dateline (it was the title's last line)."""
    if line.role in ("text", "dateline") and not line.closing and dispatched(line.text):
        return line.one(Role.DATELINE)
    return None


def date_with_the_years_motto(line: Line) -> int | None:
    """`Havana, 27 October 1962, "Year of Planning" [Año de la Planificación]".`: the place and
    date, then the year's motto as Cuban papers print it, one dateline (it was a paragraph)."""
    if line.role not in ("text", "dateline") or not dated_with_the_years_motto(
            line.unit.text, line.span):
        return None
    return line.one(Role.DATELINE)


def date_with_more(line: Line) -> int | None:
    """A dateline with a marking, a salute or a receipt on its line (the marking's line opening
    on the date: `1 August 1968 (Secret) 22132`); under where the paper came from (`From
    Kishinev`), the date is that line's."""
    unit, span = line.unit, line.span
    if line.role == "dateline":
        split = ((one_line.date_and_marking(unit, span) or one_line.marking_and_date(unit, span)
                  or one_line.date_and_salute(unit, span) if span is not None else None)
                 or one_line.sending_and_receipt(unit))
    elif line.role in ("classification", "text") and span is not None and span[0] == 0:
        split = one_line.date_and_marking(unit, span) or one_line.date_and_salute(unit, span)
    else:
        return None
    if split is None:
        return None
    (first, role), *rest = split
    if role is Role.DATELINE and _from_place_above(line):
        _joined_to_the_line_above(line, first)
        split = tuple(rest)
    return line.split(split)


def date_over_place(line: Line) -> int | None:
    """`29 September 1950` / `Pyongyang”` under a signature: the place under the date is the
    dateline's (with no signature before it, the word may be the signer's name; `Ghulja
    [Yining]`: the place and its name today; `City of Pyongyang`: named with its kind)."""
    below = BRACKETED.sub("", line.below().plain).strip() if line.following is not None else ""
    if not (line.dated_alone and line.following is not None
            and (PLACE_WORD.match(below) or _CITY_NAMED.match(below))):
        return None
    if line.zone in line.asm.signed_zones or _ends_the_opener(line, line.following):
        # (over the text, the letterhead's last line: `USSR EMBASSY IN THE DPRK` / `No. 71` /
        # `28 March 1956` / `Pyongyang`, the heading under it; no signer's name there)
        return line.with_below(Role.DATELINE)
    return None


def _ends_the_opener(line: Line, index: int) -> bool:
    """Whether the line `index` is the opener's last, the text or its heading under it."""
    pieces = line.asm.pieces
    return (line.zone == "opener" and index + 1 < len(pieces)
            and pieces[index + 1].kind in ("heading", "prose"))


# A city named with its kind (`City of Pyongyang`, `Pyongyang City`, as letters from Korea sign
# off under the date).
_CITY_NAMED = LazyPattern(r"^(?:(?i:(?:the\s+)?(?:city|town)\s+of)\s+[A-Z][\w’'-]+|"
                          r"[A-Z][\w’'-]+\s+(?i:city))[.,]?$")


def date_under_where_from(line: Line) -> int | None:
    """`From Kishinev` / `1 August 1968`: where the paper came from, then its date alone, one
    dateline."""
    if line.dated_alone and is_date_only(line.unit, line.asm.tests) and _from_place_above(line):
        return _joined_to_the_line_above(line)
    return None


def first_date_under_text(line: Line) -> int | None:
    """A date alone under the text, the first: the document's (a later one dates a docket:
    `received by Novoselova` / `12 October 1948`)."""
    if (line.dated_alone and line.closing and line.role == "text"
            and line.zone not in line.asm.dated_zones):
        return line.one(Role.DATELINE)
    return None


def hour_under_date(line: Line) -> int | None:
    """`7 March, 1968` / `(16:50)`: the hour under the date is the dateline's."""
    if (line.role == "dateline" and line.following is not None
            and line.following == line.index + 1
            and line.asm.pieces[line.following].kind == "line"
            and HOUR_ALONE.match(line.below().plain)):
        return line.with_below(Role.DATELINE)
    return None


# A place's name after a comma at a line's end (`Embassy of the USSR, Pyongyang`).
_PLACE_AFTER_COMMA = LazyPattern(r",\s*[A-Z][\w’'-]+$")


def date_under_its_place(line: Line) -> int | None:
    """The dateline's date under where the text was sent from, the line above (which becomes
    the dateline): `Saigon` / `Dispatched 10.04.63 at 11:10 hours`, `From: Bandung` / `Date:
    1955, April, 21`; `Embassy of the USSR, Pyongyang` / `8 July 1950`, `Embassy of the GDR in
    the PR China` / `1 April 1969` or / `Beijing, 28 April 1969` (the mission, the place and
    the date, as the readers of the dev set's w030 and of five later pages mark it; not a title
    going on: `with the Indonesian Minister of Foreign Affairs, Sunario` / `24 March 1955`)."""
    asm = line.asm
    if line.role != "dateline" or not asm.out or asm.out[-1].zone != line.zone:
        return None
    previous = asm.out[-1]
    above = previous.unit.plain.strip()
    sent_from = (previous.kind == "furniture" and previous.role is Role.LINE
                 and ((SENDING.match(line.unit.plain.strip()) and PLACE_WORD.match(above))
                      or SENT_FROM.match(above)))
    mission = (previous.role in (Role.LINE, Role.DATELINE)
               and asm.tests.date_span(previous.unit.text) is None
               and (_PLACE_AFTER_COMMA.search(previous.unit.text)
                    or (SENDING_MISSION.match(above)
                        and date_only(line.unit.text, line.span)))
               and not _title_goes_on(line)
               # (not the comrades it went to: `P6/II To Cdes. Beria, Molotov, Bulganin`)
               and RECIPIENT.search(above) is None)
    if not (sent_from or mission):
        return None
    return _joined_to_the_line_above(line)


def dated_from_record(line: Line) -> int | None:
    """`from 29.V.1980` alone under a Central Committee's letterhead."""
    if line.role == "text" and line.zone == "opener" and dated_from(line.unit, line.asm.tests):
        return line.one(Role.DATELINE)
    return None


def date_alone_over_the_text(line: Line) -> int | None:
    """A date alone on its line among the opening lines, the first: the document's, though the
    line above it seemed to go on into it (`From the diary of` / `8" December 1959`); a period
    goes on a title (`… for the period` / `29 June through 8 August 1960`), as a date does that
    ends on a comma (`Account of a Meeting at the CPSU CC,` / `24 October 1956,` / `on the
    Situation in Poland and Hungary`), unless the letter's salutation is under it (`January 6,
    1985,` / `Dear sir,`)."""
    if (line.role == "text" and line.piece.zone == "opener"
            and line.zone not in line.asm.dated_zones
            and is_date_only(line.unit, line.asm.tests) and not is_period(line.unit.plain)
            and (not line.unit.plain.rstrip().endswith(",") or _salute_under(line))):
        return line.one(Role.DATELINE)
    return None


def _salute_under(line: Line) -> bool:
    return line.following is not None and SALUTE.match(line.below().plain.strip()) is not None


def _title_goes_on(line: Line) -> bool:
    """The line above begins in lower case, a title going on: the words in capitals under it
    are its (`RECORD OF A CONVERSATION` / `with the General Secretary of the Communist Party
    of Bolivia` / `MARIO MONJE` / `3 August 1964`), no place."""
    out = line.asm.out
    return bool(out) and out[-1].zone == line.zone and out[-1].unit.plain.lstrip()[:1].islower()


def _place_opens_letter(line: Line) -> bool:
    """A place alone on a line of the opening furniture, over the date (not the form's name, a
    marking or an address: `Telegram`, `Secret`, `Comrade`)."""
    text = line.text
    return (line.piece.zone == "opener" and line.role in ("text", "dateline")
            and FORM_NAME.fullmatch(text.upper()) is None
            and CLASSIFICATION_LINE.match(text) is None and PRECEDENCE.match(text) is None
            and ADDRESS_START.match(text) is None)


def place_and_date_under_the_text(line: Line) -> int | None:
    """`Pyongyang, 9 March 1957 [handwritten: Seen. Sz.]` under the text (after the editor's
    `[…]`, which the table reads as a line of text before it): its place and date, whatever
    the line above; a hand's note on it stays on it."""
    # (a line opening on a bracket is the translator's or a hand's: `[Czech-language notation
    # dated 26 October]`)
    span = (line.span if line.closing and line.role == "text"
            and not line.unit.text.lstrip().startswith("[") else None)
    if span is not None and date_only(line.unit.text, span):
        return line.one(Role.DATELINE)
    return None
