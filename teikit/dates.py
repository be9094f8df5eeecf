"""Date expressions in archival English: find them in running text and normalise them to ISO 8601.

What is recognised (each with the TEI attributes it yields):

- day-month-year and month-day-year with the month in words (``2 October 1951``,
  ``September 10, 1951``, ``the 8th of October``), month and year (``October 1948``);
- numeric dates: dotted day.month.year (``28.11.62``), Roman months (``V.X.51``: day.month.year,
  the day may be Roman too), ISO (``1951-10-05``) and slashed dates (``03/04/51``), which are only
  read when the order is unambiguous;
- two-digit years, placed in the century closest to the document date (1900s without one);
- a missing year taken from the document date, flagged ``cert="medium"``; without a document date
  the month and day alone are given (``--07-28``, the XML Schema gMonthDay form TEI accepts);
- times before or after a full date (``5:30 am, 14 May 1950``, ``28.11.62 19:25``) → ``T05:30:00``;
- ranges (``29 June through 8 August 1960``, ``10–12 August 1951``) → ``@from``/``@to``;
- parts of a month (``the end of August``, ``early May``) → ``@notBefore``/``@notAfter``.

An ambiguous expression (``03/04/51``: March or April?) is still found, so the caller can warn, but
its value carries no date.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace

from teikit import date_patterns as patterns
from teikit import month_names
from teikit.lazy_pattern import LazyPattern
from teikit.spans import longest_disjoint

DAY_PATTERN, MONTH_WORD_PATTERN = patterns.DAY_PATTERN, patterns.MONTH_WORD_PATTERN

__all__ = ["DAY_PATTERN", "MONTH_WORD_PATTERN", "DateMatch", "DateValue", "find_dates",
           "numeric_month_first", "parse_date"]


@dataclass(frozen=True)
class DateValue:
    """A normalised date: ISO 8601 strings, named after TEI's att.datable.w3c attributes."""

    when: str | None = None
    from_: str | None = None
    to: str | None = None
    not_before: str | None = None
    not_after: str | None = None
    cert: str | None = None

    def tei_attributes(self) -> dict[str, str]:
        """The attributes for a TEI ``date`` element, in TEI's spelling, without empty ones."""
        names = {"from_": "from", "not_before": "notBefore", "not_after": "notAfter"}
        return {
            names.get(field.name, field.name): value
            for field in fields(self)
            if (value := getattr(self, field.name)) is not None
        }

    @property
    def is_dated(self) -> bool:
        """Whether any point or span in time is given (an ambiguous date has none)."""
        return any((self.when, self.from_, self.to, self.not_before, self.not_after))


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in a text: ``text[start:end]``, its value, and why it is unsure."""

    start: int
    end: int
    value: DateValue
    text: str
    problem: str | None = None


# --- the intermediate form ------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    """A date expression as read, before the year is inferred and ISO strings are built."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    two_digit_year: bool = False
    part: str | None = None
    time: str | None = None
    problem: str | None = None


_AMBIGUOUS_ORDER = "day and month order is ambiguous"


def _numeric_order(kind: str, first: int, second: int, month_first: bool = False,
                   ) -> tuple[int, int, str | None]:
    """(day, month, problem) for a numeric date whose order the notation may not settle;
    `month_first`: the document writes its numeric dates month first (`numeric_month_first`)."""
    if first > 12 >= second:
        return first, second, None
    if second > 12 >= first:
        return second, first, None
    if month_first:
        return second, first, None
    if kind == "dotted" or first == second:
        # Dots are the European day.month.year notation of the sources (28.11.62).
        return first, second, None
    # (the figures kept as the day first reads them: the document's date may settle it)
    return first, second, _AMBIGUOUS_ORDER


def _read_atom(kind: str, match: re.Match[str], month_first: bool = False) -> _Found | None:
    groups = match.groupdict()
    year_text = groups.get("year")
    year = None
    if year_text:
        year = patterns.han_number(year_text) if kind == "han" else int(year_text)
    two_digit = year_text is not None and len(year_text) == 2
    if groups.get("juche"):
        year = JUCHE_EPOCH + int(groups["juche"])  # (`Juche 62` is 1973)
    part = None
    problem = None
    time = None
    day: int | None
    if kind in ("foreign_day_month_year", "foreign_year_month_day"):
        names = (month_names.HUNGARIAN if kind == "foreign_year_month_day"
                 else month_names.FOREIGN_MONTHS)
        month = names[groups["month"].lower()]
        day = int(groups["day"])
    elif kind == "date_time_group":
        month = patterns.month_number(groups["month"])
        day = int(groups["day"])
        time = f"{groups['hour']}:{groups['minute']}:00Z"
    elif kind in ("day_month_year", "month_day_year", "year_month_day", "month_year",
                  "part_of_month", "month_alone"):
        month = patterns.month_number(groups["month"])
        day = int(groups["day"]) if groups.get("day") else None
        if kind == "part_of_month":
            part = patterns.part_name(groups["part"])
    elif kind in ("roman", "roman_no_year", "year_roman"):
        if kind == "roman" and two_digit and not _spaced_roman_date_begins_its_line(match):
            return None
        month = patterns.roman_to_int(groups["month"])
        raw_day = groups["day"]
        day = int(raw_day) if raw_day.isdigit() else patterns.roman_to_int(raw_day)
    elif kind in ("year_dotted", "year_first_dotted", "slash_dashed"):
        day, month = int(groups["day"]), int(groups["month"])
    elif kind in ("dotted", "slashed", "dashed", "slashed_time"):
        day, month, problem = _numeric_order(kind, int(groups["day"]), int(groups["month"]),
                                             month_first)
        if problem is None and not 1 <= month <= 12:
            return None
    elif kind == "han":
        day, month = patterns.han_number(groups["day"]), patterns.han_number(groups["month"])
        if groups["hour"] is not None:  # (`八月十八日二十时`: the hour after the day)
            hour = patterns.han_number(groups["hour"])
            if hour > 23:
                return None
            time = f"{hour:02d}:00:00"
    else:  # iso
        day, month = int(groups["day"]), int(groups["month"])
    if problem is None and day is not None and not 1 <= day <= 31:
        return None
    start = match.start("month") if kind == "month_alone" else match.start()
    return _Found(start, match.end(), year, month, day, two_digit, part, time, problem)


def _spaced_roman_date_begins_its_line(match: re.Match[str]) -> bool:
    """Whether `12 IX 51` stands where a dateline's date does, first on its line or after the
    place's comma: spaced so, with a year of two figures, it is as often a reference
    (`Article 3 II 70`). Points or dashes between the three (`12.IX.51`) say date anywhere."""
    if not match.string[match.end("day") : match.start("month")].isspace():
        return True
    before = match.string[: match.start()].rstrip(" \t")
    return not before or before.endswith(("\n", ","))


def _read_time(match: re.Match[str]) -> str:
    hour = int(match["hour"])
    meridiem = (match["meridiem"] or match["meridiem_alone"] or "").replace(".", "").replace(
        " ", "").lower()
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    minute = match["minute"] or f"{int(match['minutes'] or 0):02d}"
    return f"{hour:02d}:{minute}:{match['second'] or '00'}"


_WEEKDAY_WIDTH = 12  # `Wednesday, ` and a space more


def _attach_weekday(text: str, found: _Found, taken: int) -> _Found:
    """Widen a date with its day to the day of the week printed before it (`Monday, 12
    September 1951`), from `taken` on, or after it in parentheses (`24 October 1962
    (Wednesday)`)."""
    if found.day is None or found.problem or found.part:
        return found
    window = max(0, found.start - _WEEKDAY_WIDTH, taken)
    before = patterns.WEEKDAY_BEFORE.search(text[window : found.start])
    if before is not None:
        found = replace(found, start=window + before.start())
    after = patterns.WEEKDAY_AFTER.match(text, found.end)
    return replace(found, end=after.end()) if after is not None else found


def _attach_time(text: str, found: _Found, taken: int = 0) -> _Found:
    """Widen a full date to a time written just before or after it; a time before it only
    from `taken` on (`10 August 19:25 10 August`: the time the date before it took already)."""
    if found.day is None or found.problem or found.part or found.time:
        return found
    after = patterns.TIME_AFTER.match(text, found.end)  # not a copy of the rest of the text
    if after:
        return replace(found, end=after.end(), time=_read_time(after))
    window = max(0, found.start - 40, taken)
    before = patterns.TIME_BEFORE.search(text[window : found.start])
    if before:
        start = window + before.start()
        if patterns.RANGE_BEFORE.search(text[max(0, start - 12) : start]):
            return found  # `11:00 a.m. to 2:00 p.m., 3 September`: the end of a range, no start
        return replace(found, start=start, time=_read_time(before))
    return found



def _scan_atoms(text: str, has_figure: bool, has_month: bool,
                month_first: bool = False) -> list[_Found]:
    """All single dates, overlaps resolved: the longest expression wins, then the leftmost.
    `has_figure`, `has_month`: whether the text holds a figure, a month name's first letters."""
    candidates: list[_Found] = []
    skipped: set[str] = set()
    if not has_figure:
        skipped |= patterns.NEEDS_FIGURE
    if not has_month:
        skipped |= patterns.NEEDS_MONTH
    for kind, pattern in patterns.ATOM_PATTERNS:
        if kind in skipped or not patterns.may_match(kind, text):
            continue
        for match in pattern.finditer(text):
            found = _read_atom(kind, match, month_first)
            if found is not None:
                candidates.append(found)
    return longest_disjoint(candidates)


# --- from what was read to ISO --------------------------------------------------------------


# A date without its year is the neighbouring year's only when that puts it within about three
# months of the document and the document's own year eight months or more away.
_NEAR_ACROSS_YEARS = 100
_FAR_IN_YEAR = 240


# The year before North Korea's calendar begins: its year 1 is 1912.
JUCHE_EPOCH = 1911
# A numeric date is read in the other order than the document's when that order puts it within
# a month of the document's date and the document's order puts it a season away or more.
_NEAR_ORDER = 31
_FAR_ORDER = 90
_NUMERIC_ONLY = LazyPattern(r"^\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})$")
# (`11/3` of `Received in Tokyo 11/3/09:12`: no year, the document's)
_DAY_AND_MONTH_ONLY = LazyPattern(r"^\d{1,2}/\d{1,2}$")


def _nearer_order(text: str, found: _Found, reference: datetime.date | None) -> _Found:
    """`dispatched on 11.03.1962 … received on 04.11.1962` under 3 November 1962: two
    offices, two orders in one document, each date read in the order that puts it near the
    document's own when the document's order puts it far (the sender's 11 March would be
    eight months before the telegram it dates)."""
    figures = text[found.start:found.end]
    if (reference is None or found.problem not in (None, _AMBIGUOUS_ORDER)
            or found.day is None or found.month is None
            or found.day == found.month or found.day > 12
            or not (_NUMERIC_ONLY.match(figures) if found.year is not None
                    else _DAY_AND_MONTH_ONLY.match(figures))):
        return found
    year = _full_year(found, reference)[0]
    assert year is not None  # (the date has its year, or the document's)
    as_read = _days_from(year, found.month, found.day, reference)
    swapped = _days_from(year, found.day, found.month, reference)
    if swapped <= _NEAR_ORDER and as_read >= _FAR_ORDER:
        return replace(found, day=found.month, month=found.day, problem=None)
    if found.problem and as_read <= _NEAR_ORDER and (
            swapped >= _FAR_ORDER or (as_read == 0 and swapped > _NEAR_ORDER)):
        # `Beirut, 2/6/1949` in a report of June 2, 1949: a slashed date either order reads,
        # read in the one that puts it near the document's date (February 6 is four months
        # away); `12/09/1951` under September 12, 1951 is the document's own date, however
        # near the other reading (December 9)
        return replace(found, problem=None)
    if found.problem and swapped == 0 and as_read > _NEAR_ORDER:
        return replace(found, day=found.month, month=found.day, problem=None)
    return found


def _full_year(found: _Found, reference: datetime.date | None) -> tuple[int | None, bool]:
    """The four-digit year and whether it was inferred from the document date."""
    if found.year is None:
        if reference is None:
            return None, False
        if found.month is None:
            return reference.year, True
        # The document's year, unless the year next to it puts the date close to the
        # document's and its own year far from it: `by January 1` in a telegram of November
        # is the coming January; `on 2 April` in October is this year's; `talking with you
        # in November` in a letter of 15 February is the last November (a month alone is
        # as near as its nearest day).
        if _month_days_from(reference.year, found, reference) > _FAR_IN_YEAR:
            for year in (reference.year - 1, reference.year + 1):
                if _month_days_from(year, found, reference) < _NEAR_ACROSS_YEARS:
                    return year, True
        return reference.year, True
    if not found.two_digit_year:
        return found.year, False
    if reference is None:
        return 1900 + found.year, False
    return _nearest_century(found.year, reference), False


def _month_days_from(year: int, found: _Found, reference: datetime.date) -> int:
    """How many days the date lies from the document's in `year`: from its day, or from the
    nearest day of its month when it names none."""
    assert found.month is not None
    if found.day is not None:
        return _days_from(year, found.month, min(found.day, 28), reference)
    if (year, found.month) == (reference.year, reference.month):
        return 0
    return min(_days_from(year, found.month, 1, reference),
               _days_from(year, found.month, _days_in_month(year, found.month), reference))


def _nearest_century(two_digits: int, reference: datetime.date) -> int:
    """The year ending in `two_digits` nearest the document's (`62` → 1962)."""
    century = reference.year // 100 * 100
    options = (century - 100 + two_digits, century + two_digits, century + 100 + two_digits)
    return min(options, key=lambda year: abs(year - reference.year))


_FAR = 10**6


def _days_from(year: int, month: int, day: int, reference: datetime.date) -> int:
    """How many days the date lies from the document's (`_FAR` when it is no date)."""
    try:
        return abs((datetime.date(year, month, day) - reference).days)
    except ValueError:
        return _FAR


def _days_in_month(year: int, month: int) -> int:
    # What calendar.monthrange(year, month)[1] says, without importing calendar for it.
    if month == 12:
        return 31
    return (datetime.date(year, month + 1, 1) - datetime.date(year, month, 1)).days


def _iso_day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        # gMonthDay: a leap year's calendar, since 29 February is possible when no year is given.
        if day > _days_in_month(2000, month):
            return None
        return f"--{month:02d}-{day:02d}"
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _value_of(found: _Found, reference: datetime.date | None) -> DateValue | None:
    """The DateValue, an empty one for an ambiguous expression, None for an impossible date."""
    if found.problem:
        return DateValue()
    assert found.month is not None
    year, inferred = _full_year(found, reference)
    cert = "medium" if inferred else None
    if found.part:
        if year is None:
            return None
        first, last = patterns.PART_DAYS[found.part]
        last = last or _days_in_month(year, found.month)
        return DateValue(
            not_before=f"{year:04d}-{found.month:02d}-{first:02d}",
            not_after=f"{year:04d}-{found.month:02d}-{last:02d}",
            cert=cert,
        )
    if found.day is None:
        if year is None:
            return DateValue(when=f"--{found.month:02d}")  # gMonth
        return DateValue(when=f"{year:04d}-{found.month:02d}", cert=cert)
    day = _iso_day(year, found.month, found.day)
    if day is None:
        return None
    if found.time and year is not None:
        day = f"{day}T{found.time}"
    return DateValue(when=day, cert=cert)


def _day_ranges(text: str) -> list[list[tuple[_Found, _Found]]]:
    """``10–12 August 1951`` and ``August 10–12, 1951``, read as two dates sharing month/year:
    for each of the two patterns, its ranges in text order (which do not overlap)."""
    if not patterns.DAY_RANGE_GATE.search(text):
        return []
    found: list[list[tuple[_Found, _Found]]] = []
    for pattern in (patterns.DAY_RANGE_DAY_FIRST, patterns.DAY_RANGE_MONTH_FIRST):
        pairs = []
        for match in pattern.finditer(text):
            month = patterns.month_number(match["month"])
            year = int(match["year"]) if match["year"] else None
            first, second = int(match["day1"]), int(match["day2"])
            if first < second:
                pairs.append((_Found(match.start(), match.end(), year, month, first),
                              _Found(match.start(), match.end(), year, month, second)))
        found.append(pairs)
    return found


_Result = tuple[int, int, DateValue, str | None]


def _with_day_ranges(results: list[_Result], ranges: list[list[tuple[_Found, _Found]]],
                     reference: datetime.date | None) -> list[_Result]:
    """`results` with the day ranges that have a value: a range takes the place of every date
    it overlaps, and of a range of an earlier pattern that it overlaps. Checked against sorted
    spans rather than each range against every date: a line of 8,000 ranges took 5 s, and
    the square of that more."""
    for pairs in ranges:
        taken: list[_Result] = []
        for first, second in pairs:
            value = _range_value(first, second, reference)
            if value is not None:
                taken.append((first.start, first.end, value, None))
        if taken:
            starts = [start for start, _, _, _ in taken]  # in order, disjoint
            results = [r for r in results if not _meets(r, taken, starts)] + taken
    return results


# Days listed before a date that names their month (`11 and 12 October 1982`, `24, 25, and 26
# December`), or after one that names it first (`October 2 and 9, 1962`): each its own date.
# (after a preposition of time, the last joined by `and`: `page 4, 12 October` and `Article 11
# and 12 October` list no days; `between 3 and 5 May` is a span)
_DAYS_BEFORE = LazyPattern(r"\b(?:[Oo]n|of|from|since|until|by|during)\s+"
                           r"(?P<days>(?:\d{1,2}(?:st|nd|rd|th)?\s*,\s*)*\d{1,2}(?:st|nd|rd|th)?"
                           r",?\s+(?:and|&)\s+)$")
_DAYS_AFTER = LazyPattern(r"^(?:(?:\s*,\s*|,?\s+and\s+|\s*&\s*)\d{1,2}(?:st|nd|rd|th)?"
                          r"(?![\w:/-]|\.\d|,?\s+\d)(?=\s*(?:[,.;)]|$|and\b)))+")
_LISTED_DAY = LazyPattern(r"\d{1,2}")
_FULL_DATE = 10  # len("1962-10-02")
_LISTED_DAYS_WINDOW = 60  # (`on 1, 2, 3, 4, 5 and 6 October`: the characters listed days take)


def _with_listed_days(text: str, results: list[_Result]) -> list[_Result]:
    """`results` (in order) with the days listed beside a full date, which take its month and
    year: `<date>11</date> and <date>12 October 1982</date>`."""
    listed: list[_Result] = []
    previous_end = 0
    for start, end, value, problem in results:
        when = value.when
        if problem is None and when is not None and len(when) == _FULL_DATE:
            printed = text[start:end]
            window = max(previous_end, start - _LISTED_DAYS_WINDOW)
            if printed[:1].isdigit() and ("and" in text[window:start] or "&" in text[window:start]):
                found = _DAYS_BEFORE.search(text, window, start)
                if found is not None:
                    listed += _days(found.start("days"), found["days"], when, value.cert,
                                    below=True)
            elif (found := _DAYS_AFTER.match(text[end:])) is not None:
                listed += _days(end, found.group(), when, value.cert, below=False)
        previous_end = end
    return results + listed if listed else results


def _days(offset: int, days: str, when: str, cert: str | None, *, below: bool) -> list[_Result]:
    """The listed days as dates of the month `when` names, each before (`below`) or after its
    day; none if one is out of that order or no day of the month."""
    day = int(when[8:])
    found: list[_Result] = []
    for figure in _LISTED_DAY.finditer(days):
        listed = int(figure.group())
        if (listed >= day if below else listed <= day):
            return []
        try:
            datetime.date(int(when[:4]), int(when[5:7]), listed)
        except ValueError:
            return []
        found.append((offset + figure.start(), offset + figure.end(),
                      DateValue(when=f"{when[:8]}{listed:02d}", cert=cert), None))
    return found


def _meets(result: _Result, taken: list[_Result], starts: list[int]) -> bool:
    """Whether `result` overlaps one of `taken` (disjoint, in order; `starts` their starts)."""
    at = bisect_left(starts, result[1]) - 1  # the last one that starts before it ends
    return at >= 0 and taken[at][1] > result[0]


def _range_value(
    first: _Found, second: _Found, reference: datetime.date | None
) -> DateValue | None:
    # The first date borrows what it leaves out from the second: "29 June through 8 August 1960".
    if first.year is None and second.year is not None:
        first = replace(first, year=second.year, two_digit_year=second.two_digit_year)
    start, end = _value_of(first, reference), _value_of(second, reference)
    if start is None or end is None or not (start.when and end.when):
        return None
    if start.when >= end.when and not start.when.startswith("--"):
        return None
    return DateValue(from_=start.when, to=end.when, cert=start.cert or end.cert)


def find_dates(text: str, *, reference: datetime.date | None = None,
               month_first: bool = False) -> list[DateMatch]:
    """Every date expression in ``text``, in order, with its normalised value.

    ``reference`` is the document date, which supplies missing years (and then ``cert="medium"``)
    and settles the century of two-digit years. ``month_first``: the document writes numeric
    dates month first (``numeric_month_first``), which settles those whose order the figures
    leave open. An ambiguous expression is returned with an empty value and ``problem`` set;
    impossible dates (31 April) are not returned.
    """
    # Every expression has a figure or a month name (or its abbreviation). Month names are
    # capitalised in English, which keeps the verbs "may" and "march" from costing a full scan
    # of every sentence that uses them.
    has_figure = patterns.FIGURE.search(text) is not None
    has_month = patterns.MONTH_GATE.search(text) is not None
    if not (has_figure or has_month or "月" in text):
        return []  # most text runs: no figure and no month name, so no date
    atoms: list[_Found] = []
    for found in _scan_atoms(text, has_figure, has_month, month_first):
        taken = atoms[-1].end if atoms else 0
        found = _attach_weekday(text, _nearer_order(text, found, reference), taken)
        atoms.append(_attach_time(text, found, taken))
    results: list[_Result] = []
    index = 0
    while index < len(atoms):
        found = atoms[index]
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        if following is not None and not found.problem and not following.problem:
            gap = text[found.end : following.start]
            connector = patterns.RANGE_CONNECTOR.fullmatch(gap)
            if connector and found.part is None and following.part is None:
                value = _range_value(found, following, reference)
                if value is not None:
                    results.append((found.start, following.end, value, None))
                    index += 2
                    continue
        value = _value_of(found, reference)
        if value is not None:
            results.append((found.start, found.end, value, found.problem))
        index += 1
    if has_figure and has_month:
        results = _with_day_ranges(results, _day_ranges(text), reference)
        results.sort(key=lambda result: result[0])
        results = _with_listed_days(text, results)
    results.sort(key=lambda result: result[0])
    return [
        DateMatch(start, end, value, text[start:end], problem)
        for start, end, value, problem in results
        if not _names_a_thing(text, start, end)
    ]


# What is named after a day, its name's last word after the day (`the July 26 Movement`, `1
# May Square`, `the 8 March Factory`).
_NAMED_AFTER_A_DAY = LazyPattern(r"\s+(?:Movement|Street|Avenue|Square|Boulevard|Stadium|"
                                 r"Factory|Plant|Works|Brigade|Regiment|Division|School|Park|"
                                 r"Bridge|Prize|Combine|Cooperative|Kolkhoz|Farm)\b")


_YEAR_IN_IT = LazyPattern(patterns.YEAR4)


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """A day and month without a year, the name of what is named after the day after them."""
    return (_NAMED_AFTER_A_DAY.match(text, end) is not None
            and _YEAR_IN_IT.search(text, start, end) is None)


_BARE_YEAR = LazyPattern(rf"(?P<year>{patterns.YEAR4})")
_NUMERIC_DATE = LazyPattern(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d])")


def numeric_month_first(texts: Iterable[str], reference: datetime.date | None = None) -> bool:
    """Whether a document writes its numeric dates month first (`10.31.1962`, a US translator's
    habit) rather than day first (`28.11.62`, the sources' own): its dates that only one order
    can read say so, and, failing those, the order that puts its dates near the document's own
    (`11.4.1962` under `November 4, 1962`; `01.03.1962` sent for a telegram of 2 January 1962).
    Day first when nothing tells."""
    month_first = day_first = 0
    for text in texts:
        if "." not in text and "/" not in text:
            continue
        for found in _NUMERIC_DATE.finditer(text):
            first, second = int(found.group(1)), int(found.group(3))
            if first > 12 >= second:
                day_first += 2
            elif second > 12 >= first:
                month_first += 2
            elif reference is not None and first != second:
                # Neither order is impossible: the one that puts the date near the document's
                # own (`01.03.1962`, sent for a telegram of 2 January 1962) is the document's.
                year = _year_of(found.group(4), reference)
                as_month_first = _days_from(year, first, second, reference)
                as_day_first = _days_from(year, second, first, reference)
                if as_month_first + _NEARER < as_day_first:
                    month_first += 1
                elif as_day_first + _NEARER < as_month_first:
                    day_first += 1
    return month_first > day_first


# How much nearer the document's date one reading must put a date to count for its order.
_NEARER = 7


def _year_of(printed: str, reference: datetime.date) -> int:
    return int(printed) if len(printed) == 4 else _nearest_century(int(printed), reference)


_APPROXIMATE = re.compile(r"(?i)^(?:circa|ca\.|c\.|approx\.|approximately|about|around)\s*(?=\S)")


def parse_date(text: str, *, reference: datetime.date | None = None) -> DateValue | None:
    """The date that ``text`` as a whole expresses (``September 10, 1951``), or None.

    None also for an ambiguous date, so a caller never takes a guess for a reading. A bare
    four-digit year is accepted here (a header may give only the year) though ``find_dates``
    does not look for years alone in running text.
    """
    stripped = text.strip().rstrip(".").strip()
    approximate = _APPROXIMATE.match(stripped)
    if approximate is not None:
        # `circa 1951`, `c. October 1951`: the date, with the printed doubt as `@cert`
        value = parse_date(stripped[approximate.end():], reference=reference)
        return None if value is None else replace(value, cert="medium")
    if not stripped:
        return None
    if _BARE_YEAR.fullmatch(stripped):
        return DateValue(when=stripped)
    matches = find_dates(stripped, reference=reference)
    if len(matches) != 1:
        return None
    match = matches[0]
    if match.start != 0 or match.end != len(stripped) or not match.value.is_dated:
        return None
    return match.value
