"""What a date looks like in archival English: the months' names, the patterns of each kind of
date expression, of times and of day ranges, and the cheap tests that say which patterns a text
can match at all. `teikit.dates` reads what they find.

Each atom pattern captures day/month/year groups, and its kind says how to read them.
"""

from __future__ import annotations

import re

from teikit import month_names
from teikit.lazy_pattern import LazyPattern

# --- vocabulary -----------------------------------------------------------------------------

_MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _word_alternatives(words: list[str]) -> str:
    # Month names are matched capitalised or in capitals only, so the verb "may" and the noun
    # "march" in lower case never start a date.
    # Longest first, so that no name stops at a shorter one it begins with; then in a fixed
    # order, so that every process builds the same pattern (and finds it compiled).
    forms = {form for word in words for form in (word.capitalize(), word.upper())}
    return "|".join(sorted(forms, key=lambda form: (-len(form), form)))


_MONTH_WORD = (
    rf"(?:{_word_alternatives(list(_MONTH_NAMES))}"
    rf"|(?:{_word_alternatives(list(_MONTH_ABBREVIATIONS))})\.?)"
)
# Abbreviations are left out where a month stands alone: "from Jan Masaryk" is no date.
_FULL_MONTH_WORD = rf"(?:{_word_alternatives(list(_MONTH_NAMES))})"
_ROMAN_MONTH = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_ROMAN_DAY = r"(?:XXX|XX|X)?(?:IX|VIII|VII|VI|V|IV|III|II|I)|XXX|XX|X"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
# (for the rules that read a date around a bracket: `of [2] June 1953`)
DAY_PATTERN, MONTH_WORD_PATTERN = _DAY, _MONTH_WORD
_ORDINAL = r"(?:st|nd|rd|th)"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
_YEAR = r"(?:\d{4}|\d{2})"
_NOT_WORD_BEFORE = r"(?<![\w.])"
# Look-aheads for the characters an expression can start with, put first in a pattern: most
# positions of a text fail them at once, where the pattern would look behind and try its
# alternatives there (half the cost of finding dates). They only restate each pattern's start.
_AT_FIGURE = r"(?=\d)"
_AT_DAY = r"(?=[Tt\d“\"«])"  # "the 8th of October", "8 October", "“15” October"
_AT_MONTH = "(?=[" + "".join(sorted({name[0].upper() for name in _MONTH_NAMES})) + "])"
_AT_YEAR4 = r"(?=[12])"
_AT_ROMAN_DAY = r"(?=[\dXVI])"
_AT_TIME_PREPOSITION = r"(?=[IiDdSsUuTtBbFfo])"
_AT_PART = r"(?=[TtEeBbSsMmFfLl])"
_NOT_NUMBER_AFTER = r"(?![\w]|[.,:/-]\d)"
_SLASHED_TIME = r"/(?:[01]\d|2[0-3]):[0-5]\d(?![\w:])"
# Two figures of a year where the line or the clause ends after them (`24 Oct 45.`, `12 IX 51`
# alone on its line): in running text two figures after a date are as often a count.
_CLAUSE_END_YEAR2 = r"\d\d(?=[.,;:)\]]?[ \t]*(?:\n|$)|[.,;:)\]](?:\s|$))"

_HOUR_WORD = (r"(?:\d{1,2}(?:[:.]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|"
              r"eleven|twelve)")
# A time of day on the twelve-hour clock, in figures or words (`two o’clock p.m.`, `8.30 a.m.`,
# `eight in the evening`), as a translator restates or supplies one in a bracket (a pattern's
# text, case-blind where it is used).
CLOCK_TIME = (rf"(?:{_HOUR_WORD}(?:\s+o[’']clock)?\s*(?:[ap]\.\s?m\.?|[ap]m\b|"
              r"in the (?:morning|afternoon|evening)|at night)|noon|midnight)")

_TIME = (
    r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"(?:\s?(?P<meridiem>(?i:[ap]\.?\s?m\.?))(?!\w))?"  # (`p.m.`, `PM`, `A.M.`)
    # (the hour alone, its half of the day written with points or in capitals: `6 p.m.`, as
    # an American cable's dateline has it)
    r"|\s?(?P<meridiem_alone>[ap]\.m\.?|[AP]M)(?!\w)"
    # (the hours and the minutes in words, as a Soviet telegram's form prints its times: `at 18
    # hrs 20 min.`, `3 h. 05 m.`; abbreviated only: `3 hours 20 minutes` after a date is as
    # often how long)
    r"|\s?(?:hrs?\.?|h\.)\s?(?P<minutes>[0-5]?\d)\s?(?:mins?|m)\b\.?"
    # (the hour alone so: `Sent 30.6.50 at 11 hrs.`)
    r"|\s?hrs\.?(?!\s?\d))"
)

# A day of the month in Chinese numerals (`八`, `十八`, `二十一`, `廿七`, `三十`).
_HAN_DAY = r"(?:[二三]?十|廿)[一二三四五六七八九]?|[一二三四五六七八九]"
# (a zero typed as the figure among the characters, `一九五0年`, as often as `〇`)
_HAN_DIGITS = {"〇": 0, "○": 0, "零": 0, "0": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
               "六": 6, "七": 7, "八": 8, "九": 9}


def han_number(text: str) -> int:
    """`十八` → 18, `廿七` → 27, `一九六二` → 1962 (a year is read figure by figure)."""
    if text.isascii():
        return int(text)
    if text.startswith("廿"):
        return 20 + (_HAN_DIGITS[text[1]] if len(text) > 1 else 0)
    if "十" not in text:
        return int("".join(str(_HAN_DIGITS[character]) for character in text))
    tens, _, units = text.partition("十")
    return (_HAN_DIGITS[tens] if tens else 1) * 10 + (_HAN_DIGITS[units] if units else 0)


# Each pattern captures day/month/year groups; the kind says how to read them. They are
# compiled when a text first calls for them (a figure, a month's name): many documents hold no
# Roman, dotted, slashed or ISO date and no day range.
ATOM_PATTERNS: tuple[tuple[str, LazyPattern], ...] = (
    (
        "iso",
        LazyPattern(
            # (the month and day unpadded as Mongolian records print them: `1973-3-15`)
            rf"{_AT_YEAR4}{_NOT_WORD_BEFORE}(?P<year>{YEAR4})-(?P<month>0?[1-9]|1[0-2])-(?P<day>"
            rf"0?[1-9]|[12]\d|3[01]){_NOT_NUMBER_AFTER}"
        ),
    ),
    (
        # `121200Z SEP 51`: a military message's date-time group, the day, the hour and the
        # minute in Greenwich time (`Z`), the month and the year
        "date_time_group",
        LazyPattern(
            rf"{_AT_FIGURE}{_NOT_WORD_BEFORE}(?P<day>0[1-9]|[12]\d|3[01])"
            rf"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)Z\s+(?P<month>{_MONTH_WORD})\s+"
            rf"(?P<year>{YEAR4}|\d\d)(?!\w)"
        ),
    ),
    (
        "day_month_year",
        LazyPattern(
            rf"{_AT_DAY}(?:(?<!\w)[Tt]he\s+(?=\d+{_ORDINAL}))?"
            # (the day in quotation marks, as Soviet forms print it: `“15” October 1956`; the
            # opening mark may be lost in the transcription: `8" December 1959`)
            rf"{_NOT_WORD_BEFORE}(?P<quote>[“\"«])?(?P<day>{_DAY})(?: ?{_ORDINAL})?"
            rf"(?(quote)[”\"»]|[”\"»]?)"
            # (`18. July 1973`: the day's point, as German prints it; only before a year, so
            # that `point 4. May we …` stays a sentence)
            rf"(?:\.(?=\s+{_MONTH_WORD},?\s*{YEAR4}(?!\w)))?"
            # (`16November 1962`: the space after the day lost in typing, before a month's
            # whole name and a year only)
            rf"(?:(?:\s+of)?\s+|(?<=\d)(?={_FULL_MONTH_WORD}\s+{YEAR4}(?!\w)))"
            rf"(?P<month>{_MONTH_WORD})"
            # (`14 March1965`: the space before the year lost in typing; `23 of October of
            # 1962`: a Brazilian telegram's `de`, translated; `24 Oct 45`: the year in two
            # figures, as a military or a registry clerk writes it, where a line or a clause
            # ends after it, so that `on 5 March 53 delegates arrived` keeps its count)
            rf"(?:,?\s*(?:(?<=\s)of\s+)?(?:(?P<year>{YEAR4}|(?<=\s){_CLAUSE_END_YEAR2})"
            # (`15 April Juche 62 (1973)`: the year of North Korea's calendar, 1911 after the
            # common era's, with that year after it or not)
            rf"|(?<=\s)Juche\s+(?P<juche>\d{{1,3}})(?:\s*\({YEAR4}\))?))?(?!\w)"
        ),
    ),
    (
        # A date the translation leaves in the original's language: `4 de abril de 1984`,
        # `23 MAI 1974`, `11 октября 1957 года` (the year's word with it), `3. März 1962`
        "foreign_day_month_year",
        LazyPattern(
            rf"{_AT_FIGURE}{_NOT_WORD_BEFORE}(?P<day>{_DAY})[.º°]?\s+(?:de\s+)?"
            rf"(?P<month>(?i:{month_names.alternatives()}))\.?,?\s+(?:de\s+|del\s+)?"
            rf"(?P<year>{YEAR4})(?:\s+(?:года|г\.)(?!\w))?(?!\w)"
        ),
    ),
    (
        # Hungarian's order, the year first: `1956. november 4.`, `Budapest, 1951. szeptember
        # 12.`, the day with its case ending in running text (`1956. november 4-én`)
        "foreign_year_month_day",
        LazyPattern(
            rf"{_AT_FIGURE}{_NOT_WORD_BEFORE}(?P<year>{YEAR4})\.\s+"
            rf"(?P<month>(?i:{month_names.alternatives(month_names.HUNGARIAN)}))\s+(?P<day>{_DAY})"
            r"(?:\.|-(?:[aáeéio]n|[aáeé]?i|[aá]t|[eé]t|ig|t[oóöő]l)(?!\w))?(?!\w)"
        ),
    ),
    (
        "month_day_year",
        LazyPattern(
            rf"{_AT_MONTH}(?<!\w)(?P<month>{_MONTH_WORD})\s+(?P<day>{_DAY})"
            rf"(?: ?{_ORDINAL})?(?![\w:])"
            rf"(?:,?\s+(?P<year>{YEAR4})(?!\w))?"
        ),
    ),
    (
        # The year first, as Hungarian and East Asian documents print a date and their
        # translations keep it: `1972 July 1`, `1972. July 1.`, `1955, April, 21`
        "year_month_day",
        LazyPattern(
            rf"{_AT_YEAR4}{_NOT_WORD_BEFORE}(?P<year>{YEAR4})\.?,?\s+(?P<month>{_MONTH_WORD})"
            # (`1955, April, 21`: commas between the three, as a Chinese cable's form has it)
            rf",?\s+(?P<day>{_DAY})(?![\w:]|[.,]\d)\.?"
        ),
    ),
    (
        "month_year",
        LazyPattern(rf"{_AT_MONTH}(?<!\w)(?P<month>{_MONTH_WORD}),?\s+(?P<year>{YEAR4})(?!\w)"),
    ),
    (
        # A month alone is a date only after a preposition of time ("in July"); the span is
        # the month's name.
        "month_alone",
        LazyPattern(
            rf"{_AT_TIME_PREPOSITION}(?<!\w)"
            rf"(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]hrough|of)"
            rf"\s+(?P<month>{_FULL_MONTH_WORD})(?!\w|,?\s+\d|\.\d)"
        ),
    ),
    (
        "roman",
        LazyPattern(
            # (`4/XI-56`, `12-III-1953`: a slash or a dash after a day in figures; not inside
            # a code of slashes, `ON/24/25/X/62`)
            rf"{_AT_ROMAN_DAY}{_NOT_WORD_BEFORE}(?<!/)(?P<day>{_DAY}|{_ROMAN_DAY})"
            rf"(?:\.\s?|(?<=\d)[/-]"
            # (`14 VII 1970`, as Polish letters date: spaces only, the year in four figures,
            # or in two where the line or the clause ends)
            rf"|(?<=\d)\s(?={_ROMAN_MONTH}\s(?:{YEAR4}{_NOT_NUMBER_AFTER}|{_CLAUSE_END_YEAR2})))"
            rf"(?P<month>{_ROMAN_MONTH})"
            rf"(?:\.\s?|\s|[/-])(?P<year>{_YEAR}){_NOT_NUMBER_AFTER}"
        ),
    ),
    (
        # (`18.III.`, `on 24.XII. he left`: a day and its month alone, closed by the month's
        # stop; the year is the document's)
        "roman_no_year",
        LazyPattern(
            rf"{_AT_ROMAN_DAY}{_NOT_WORD_BEFORE}(?<![/.])(?P<day>{_DAY})\.\s?"
            rf"(?P<month>{_ROMAN_MONTH})\.(?!\s?\d|\w)"
        ),
    ),
    (
        # `1972. VII. 3.`: the year first, the month in Roman figures
        "year_roman",
        LazyPattern(
            rf"{_AT_YEAR4}{_NOT_WORD_BEFORE}(?P<year>{YEAR4})\.\s?(?P<month>{_ROMAN_MONTH})\.\s?"
            rf"(?P<day>{_DAY})\.?{_NOT_NUMBER_AFTER}"
        ),
    ),
    (
        # `80. 10. 07.`: a Hungarian cipher telegram's year, month and day, two figures each
        # and a space after each dot; the month and day padded
        # (`88.03.25`, a Polish code message's, without the spaces: the year above 31, which no
        # day is; `30.01.52` is a day of 1952)
        "year_dotted",
        LazyPattern(
            rf"{_AT_FIGURE}{_NOT_WORD_BEFORE}(?P<year>3[01](?=\.\s)|3[2-9]|[4-9]\d)\."
            rf"(?P<gap>\s?)(?P<month>0[1-9]|1[0-2])\.(?P=gap)"
            rf"(?P<day>0[1-9]|[12]\d|3[01])\.?{_NOT_NUMBER_AFTER}"
        ),
    ),
    (
        # `1968.1.29`, `1976. 9. 28`: the year first, then month and day in figures, as
        # Chinese, Mongolian and Korean documents print them
        "year_first_dotted",
        LazyPattern(
            rf"{_AT_YEAR4}{_NOT_WORD_BEFORE}(?P<year>{YEAR4})\. ?(?P<month>1[0-2]|0?[1-9])\. ?"
            rf"(?P<day>3[01]|[12]\d|0?[1-9]){_NOT_NUMBER_AFTER}"
        ),
    ),
    (
        # (a space may be typed before the second dot: `4.9 .60`)
        "dotted",
        LazyPattern(
            # (a space after each dot where the year has its four figures, as Czech and Slovak
            # papers print a date: `Praha, 12. 9. 1951`)
            rf"{_AT_FIGURE}{_NOT_WORD_BEFORE}(?P<day>\d{{1,2}})\.(?: (?=\d{{1,2}}\. \d{{4}}))?"
            rf"(?P<month>\d{{1,2}}) ?\.(?: (?=\d{{4}}))?"
            rf"(?P<year>{_YEAR})"
            # (the time after a slash, as a Romanian telegram's form prints its date:
            # `06.03.1976/03:00`)
            rf"(?:{_NOT_NUMBER_AFTER}|(?={_SLASHED_TIME}))"
        ),
    ),
    (
        "slashed",
        LazyPattern(
            rf"{_AT_FIGURE}{_NOT_WORD_BEFORE}(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/"
            rf"(?P<year>{_YEAR})"
            rf"{_NOT_NUMBER_AFTER}"
        ),
    ),
    (
        # `Received in Tokyo 10/27/14:21`: the month and the day, then the time after a slash,
        # no year (a Japanese cable's receipt): the year is the document's
        "slashed_time",
        LazyPattern(
            rf"{_AT_FIGURE}{_NOT_WORD_BEFORE}(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})"
            rf"(?={_SLASHED_TIME})"
        ),
    ),
    (
        # `14-07-1959`: day, month and year in figures between dashes, the year whole (a
        # code's figures, `12-3-45`, are no date); the order read as the slashed date's is
        "dashed",
        LazyPattern(
            rf"{_AT_FIGURE}{_NOT_WORD_BEFORE}(?<![/-])(?P<day>\d{{1,2}})-(?P<month>\d{{1,2}})-"
            rf"(?P<year>{YEAR4})"
            rf"{_NOT_NUMBER_AFTER}"
        ),
    ),
    (
        # `13/5-50`: the day, a slash, the month, a dash, the year, as Soviet telegrams sign
        # off (the day first: no month-first writer puts a dash before the year)
        "slash_dashed",
        LazyPattern(
            rf"{_AT_FIGURE}{_NOT_WORD_BEFORE}(?<![/-])(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})-"
            rf"(?P<year>{_YEAR})"
            rf"{_NOT_NUMBER_AFTER}"
        ),
    ),
    (
        # `八月十八日二十时`, `一九六二年四月廿七日`, `6月28日`: a date as Chinese prints it, in
        # Chinese numerals or in figures, the hour after it
        "han",
        LazyPattern(
            rf"(?=[\d〇○零一二三四五六七八九十])"
            rf"(?:(?P<year>[〇○零0一二三四五六七八九]{{4}}|\d{{4}})\s?年\s?)?"
            rf"(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s?月\s?"
            rf"(?P<day>3[01]|[12]\d|0?[1-9]|{_HAN_DAY})\s?[日号]"
            rf"(?:(?P<hour>[01]?\d|2[0-3]|{_HAN_DAY})[时時])?"
        ),
    ),
    (
        "part_of_month",
        LazyPattern(
            rf"{_AT_PART}(?<!\w)(?P<part>(?:[Tt]he\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle|"
            rf"(?:[Ff]irst|[Ss]econd)\s+half)\s+of|[Ee]arly|[Mm]id-?|[Ll]ate)\s*"
            rf"(?P<month>{_MONTH_WORD})(?:,?\s+(?P<year>{YEAR4}))?(?!\w)"
        ),
    ),
)

TIME_BEFORE = LazyPattern(rf"(?<![\w:.]){_TIME},?\s+(?:on\s+)?$")
# Matched from the end of a date on (`match(text, pos)`, where `^` would never hold).
# (not the first time of a range, `3:30-4:20 PM`: its half of the day is the range's end's)
# (`Moscow, September 12, 1951—6 p.m.`: the hour after a dash, as American cables print it)
TIME_AFTER = LazyPattern(rf"(?:,?\s+(?:at\s+)?|\s?[—–]\s?|\s-\s|(?={_SLASHED_TIME})/){_TIME}"
                         rf"(?![\w:])"
                         rf"(?!\s*[-–—]\s*\d)")
RANGE_CONNECTOR = LazyPattern(r"\s*(?:-|–|—|\bto\b|\bthrough\b|\btill\b|\buntil\b)\s*")
# `1 through 15 June 1957`, `from 1 to 15 June`: days joined by a word (not `and`: `on 3 and
# 5 May` are two days).
_DAYS_THROUGH = r"\s+(?:to|through|till|until)\s+"
DAY_RANGE_DAY_FIRST = LazyPattern(
    rf"{_AT_FIGURE}{_NOT_WORD_BEFORE}(?P<day1>{_DAY})(?:\s*[-–—]\s*|{_DAYS_THROUGH})"
    rf"(?P<day2>{_DAY})\s+"
    rf"(?P<month>{_MONTH_WORD})"
    rf"(?:,?\s+(?P<year>{YEAR4}))?(?!\w)"
)
DAY_RANGE_MONTH_FIRST = LazyPattern(
    rf"{_AT_MONTH}(?<!\w)(?P<month>{_MONTH_WORD})\s+(?P<day1>{_DAY})\s*[-–—]\s*"
    rf"(?P<day2>{_DAY})(?!\w)"
    rf"(?:,?\s+(?P<year>{YEAR4})(?!\w))?"
)

# Which days of the month "the end of", "early" … cover.
PART_DAYS: dict[str, tuple[int, int | None]] = {
    "beginning": (1, 10), "start": (1, 10), "early": (1, 10),
    "middle": (11, 20), "mid": (11, 20),
    "end": (21, None), "late": (21, None),
    "first half": (1, 15), "second half": (16, None),
}  # fmt: skip



# The day of the week a date is printed with: before it (`Monday, 12 September 1951`, `Wed.,
# Oct. 24, 1962`) or after it in parentheses (`24 October 1962 (Wednesday)`).
WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|"
           r"WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|"
           r"Sun)\.)")
WEEKDAY_BEFORE = LazyPattern(rf"(?<![\w.]){WEEKDAY},?\s+$")
WEEKDAY_AFTER = LazyPattern(rf",?\s*\({WEEKDAY}\)")

# The connector of a range (`RANGE_CONNECTOR`) ending the text before a time.
RANGE_BEFORE = LazyPattern(rf"(?i)(?:{RANGE_CONNECTOR.pattern})$")


def roman_to_int(numeral: str) -> int:
    total = 0
    for position, letter in enumerate(numeral):
        value = _ROMAN_VALUES[letter]
        following = numeral[position + 1] if position + 1 < len(numeral) else None
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total


def month_number(word: str) -> int:
    key = word.rstrip(".").lower()
    return _MONTH_NAMES.get(key) or _MONTH_ABBREVIATIONS[key]


def part_name(raw: str) -> str:
    words = " ".join(raw.lower().replace("-", " ").split())
    words = words.removeprefix("the ").removesuffix(" of")
    return words.strip()



# What each kind of expression cannot do without: a figure, a month's name. A text that lacks
# it is not scanned with that pattern (the patterns are the costly part of a conversion).
NEEDS_FIGURE = frozenset({"iso", "date_time_group", "day_month_year",
                           "foreign_day_month_year", "foreign_year_month_day",
                           "month_day_year", "year_month_day",
                           "month_year", "roman", "roman_no_year", "year_roman", "year_dotted",
                           "year_first_dotted", "dotted",
                           "slashed", "slashed_time", "slash_dashed", "dashed"})
NEEDS_MONTH = frozenset({"date_time_group", "day_month_year", "month_day_year", "year_month_day",
                          "month_year", "month_alone", "part_of_month"})
FIGURE = re.compile(r"\d")
# Month names are matched capitalised or in capitals only (see _word_alternatives).
MONTH_GATE = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|"
    r"NOV|DEC"
)


# What else an expression of a kind cannot do without, tested by a search far cheaper than
# the kind's own pattern (which looks behind at every position of the text).
# (Each begins with its literal: a search for a literal skips ahead at once, where one for a
# figure tests every character.)
_ISO_GATE = re.compile(r"-[01]\d-(?<=\d-[01]\d-)|-[1-9]-(?<=\d-[1-9]-)")
# (a figure, a point, a space or none, a figure: `12.9.1951`, `12. 9. 1951`, `1968.1.29`)
_DOTTED_GATE = re.compile(r"\.(?= ?\d)(?<=\d\.)")
_ROMAN_GATE = re.compile(r"\.\s?[IVX]|\d[/-][IVX]|\d [IVX]{1,4} \d\d")
_YEAR_ROMAN_GATE = re.compile(r"\d\.\s?[IVX]")
_YEAR_DOTTED_GATE = re.compile(r"\d\.\s?[01]\d\.")
_YEAR_FIRST_GATE = re.compile(r"\d\d\d\.?,?\s+[A-Z]")
_SLASH_DASHED_GATE = re.compile(r"/\d{1,2}-\d")
_DATE_TIME_GROUP_GATE = re.compile(r"Z(?<=\d\d\d\d\d\dZ)\s")
_YEAR_FIRST_DOTTED_GATE = _DOTTED_GATE
_DASHED_GATE = re.compile(r"-\d{1,2}-\d\d\d\d")
_SLASHED_TIME_GATE = re.compile(r"/\d\d:\d\d")
# A year of four figures and its point, a word of letters (the month's name), a day.
_HUNGARIAN_GATE = re.compile(r"\.(?<=[12]\d\d\d\.)\s+[^\W\d_]{3,}\s+\d")
# A day, a word of letters (`de` and a month's name, or the name), a year of four figures.
_FOREIGN_GATE = re.compile(r"\d[.º°]?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:del?\s+)?[12]\d\d\d")
DAY_RANGE_GATE = re.compile(r"\d(?:\s*[-–—]\s*|\s+(?:to|through|till|until)\s+)\d")
_FULL_MONTH_GATE = re.compile(_FULL_MONTH_WORD)
_PART_WORDS = ("end", "beginning", "start", "mid", "half", "early", "late")


_GATES = {"iso": _ISO_GATE, "dotted": _DOTTED_GATE, "year_first_dotted": _YEAR_FIRST_DOTTED_GATE,
          "roman": _ROMAN_GATE, "roman_no_year": _YEAR_ROMAN_GATE,
          "year_dotted": _YEAR_DOTTED_GATE, "year_roman": _YEAR_ROMAN_GATE,
          "year_month_day": _YEAR_FIRST_GATE, "slash_dashed": _SLASH_DASHED_GATE,
          "dashed": _DASHED_GATE, "foreign_day_month_year": _FOREIGN_GATE,
          "foreign_year_month_day": _HUNGARIAN_GATE,
          "date_time_group": _DATE_TIME_GROUP_GATE, "slashed_time": _SLASHED_TIME_GATE}


def may_match(kind: str, text: str) -> bool:
    gate = _GATES.get(kind)
    if gate is not None:
        return gate.search(text) is not None
    if kind == "slashed":
        return "/" in text
    if kind == "month_alone":
        return _FULL_MONTH_GATE.search(text) is not None
    if kind == "han":
        return "月" in text
    if kind == "part_of_month":
        lowered = text.lower()
        return any(word in lowered for word in _PART_WORDS)
    return True
