"""A document's title among its opening lines: `Memorandum of Conversation with …`, `Record of
the talks …`, `R e p o r t` / `on Iraqi consultations`. It stands last over the text, where a
Markdown export would have marked a heading; plain-text exports print it as a line like any
other, so what it says tells it: a kind of record named first, then what the record is of."""

from __future__ import annotations

from itertools import pairwise

from teikit.lazy_pattern import LazyPattern
from teikit.markings import unspaced
from teikit.readers.furniture.line_patterns import OPEN_END
from teikit.readers.furniture.settled import place_then_date
from teikit.readers.units import LB

_RECORD_KIND = (r"(?:memorand(?:um|a)|minutes|record|report|transcript|information|journal|"
                r"diary|notes?|protocol|summary|speech|statement|resolution|decision|directive|"
                r"instructions?|conversation|talks|communiqu[ée]|aide-m[ée]moire|extract|"
                r"proposals?|draft)")
_QUALIFIER = (r"(?:(?:brief|short|secret|draft|final|official|joint|stenographic|verbatim|"
              r"supplementary|political|annual|monthly|weekly|quarterly)\s+)")
# What follows the kind of record in its title: what it is of, or nothing on its line.
_WHAT_OF = r"(?:of|on|about|regarding|concerning|from|for|with|between|by|to|at|in)\b"
# (a line under the kind alone goes on with it; `From the Minister …` under `MEMORANDUM` is
# its sender's)
_GOES_ON_WORDS = r"(?:of|on|about|regarding|concerning|for|with|between|by|to|at|in)\b"
_TITLE_START = LazyPattern(rf"(?i)^(?:the\s+|an?\s+)?{_QUALIFIER}?{_RECORD_KIND}"
                           rf"(?:\s+{_WHAT_OF}|\s*$)"
                           # (what the record is about, one word before its kind: `Situation
                           # report`, `Trip report`)
                           rf"|^(?-i:[A-Z][a-z]{{2,}})\s+(?-i:{_RECORD_KIND})\s*$")
_RECORD_ALONE = LazyPattern(rf"(?i)^{_QUALIFIER}?{_RECORD_KIND}\s*$")
_GOES_ON = LazyPattern(rf"(?i)^{_GOES_ON_WORDS}")
# Lines under a title that are no part of it: whose diary the record is from (`From the
# journal of`), who sent it (`From the Minister …`), those taking part (`Comrade Bobkov, Head of
# Department V`) unless the line before left the title open (`…, Comrade Hertzfeldt, with the`).
_FROM = LazyPattern(r"^From\b")
_PARTICIPANT = LazyPattern(r"^(?:Comrades?|Cdes?\.|Comr\.)\s")
# A part's number alone (`I.`, `2.`, `A)`): the first section begins, the title has ended.
_PART_NUMBER = LazyPattern(r"^(?:[IVXLC]{1,5}|\d{1,2}|[A-Z])[.)]$")

# A label other than the subject's, under the title: those present, the place (`Present: Cde.
# Pak`, `Participants:`): the record's first lines, no longer its title.
_LABELLED = LazyPattern(r"^[A-Z][\w’' ]{0,24}:(?:\s|$)")

TITLE_LINES = 5
"""A title longer than this many lines is something else (an address, a list)."""
_LINE_WORDS = 60


def title_start(lines: list[str]) -> int | None:
    """Where, among the lines that stand last over the text, its title begins: at the first
    of the last `TITLE_LINES` that opens one (`opens_title`); none in a file's list of
    records."""
    if lists_records(lines):
        return None
    first = max(0, len(lines) - TITLE_LINES)
    return next((index for index in range(first, len(lines)) if opens_title(lines[index:])),
                None)


def lists_records(lines: list[str]) -> bool:
    """`Note of Conversation 7 May 1966` / `Note of 1st Restricted Meeting 9 May 1966`: the
    records a file holds, listed, a line each."""
    named = [_names_a_record(line) for line in lines]
    return any(first and second for first, second in pairwise(named))


def records_listed_from(lines: list[str]) -> list[bool]:
    """For each line, whether the lines from it on list records (`lists_records` of each
    of their tails, in one pass)."""
    named = [_names_a_record(line) for line in lines]
    listed = [False] * (len(lines) + 1)
    for index in range(len(lines) - 2, -1, -1):
        listed[index] = listed[index + 1] or (named[index] and named[index + 1])
    return listed[:len(lines)]


def _names_a_record(line: str) -> bool:
    text = unspaced(line.strip())
    return _TITLE_START.match(text) is not None and _RECORD_ALONE.match(text) is None


_DIARY = LazyPattern(r"(?i)^(?:from\s+)?(?:the\s+)?(?:diary|journal)\s+of\b")


def names_a_diary(line: str) -> bool:
    """`Diary of` / `Shcherbakov I.S.`: whose diary the record over the text comes from; its
    title, where the record has one of its own (`RECORD OF CONVERSATION` / `with …`), is that."""
    return _DIARY.match(unspaced(line.strip())) is not None


def opens_title(lines: list[str]) -> bool:
    """Whether the first of these lines begins a title: it names a kind of record and what it
    is of (`Report on two-party contacts …`), or the kind alone with what it is of on the next
    line (`JOURNAL` / `of Soviet Ambassador …`); no line of the title is too long for one, ends
    on a colon or is a part's number, and it is not the first of a file's list of records."""
    text = unspaced(lines[0].strip())
    if _TITLE_START.match(text) is None:
        return False
    if _RECORD_ALONE.match(text) and not (len(lines) > 1 and _GOES_ON.match(lines[1].strip())):
        return False  # `CIPHERED TELEGRAM`, `MEMORANDUM` alone over the text: the form's name
    title = lines[:title_end(lines, 0)]
    following = lines[len(title):len(title) + 1]
    if any(len(line.split()) > _LINE_WORDS or line.rstrip().endswith(":")
           for line in title) or any(_PART_NUMBER.match(line.strip()) for line in following):
        return False
    return not lists_records(title)


# A topic of the record, numbered (`1. On Abdyl Kellezi’s Visit to China`): its contents, under
# the title.
_TOPIC = LazyPattern(r"^\d{1,2}[.)]\s+\S")
_BLOCK_LINES = 3
"""A piece of this many lines under a title is a block of its own (a resolution, an address)."""


# A remark in parentheses on a line of its own (`(Premier has yet to review and approve)`,
# `(Not yet proofread)`), a rule of dashes, a place alone (`Pyongyang`): under the title.
_ASIDE = LazyPattern(r"^\(.*\)\.?$|^[\W_]+$|^[A-ZÀ-Ž][\w’'-]+$"
                     # a date in figures alone (`1968.1.29`); a remark on the record's state
                     # (`Not reviewed by N.S. Khrushchev`, `Declassified 1st Approved`)
                     r"|^[\d\s./-]+$|(?i:^(?:not\s+(?:yet\s+)?(?:reviewed|proofread|approved|"
                     r"checked)|declassified|approved)\b)"
                     # a hand's or a stamp's note (`[Handwritten at the bottom of page one] …`)
                     r"|(?i:^\[(?:hand-?written|in handwriting|stamp|seal|signature|margin))"
                     # when the talk began and ended (`The conversation started at 16:15 …`)
                     r"|^The\s+[a-z]+\s+(?:[a-z]+\s+)?(?:started|began|ended|took place|lasted|"
                     r"was held)\b")


def title_end(lines: list[str], start: int) -> int:
    """Where the title that begins at `start` ends: before the first line under it that a
    label other than the subject's begins, that numbers a topic, that is a remark in
    parentheses, a rule or a place alone, or that is a block of several lines of its own
    (`Please show to Cdes.` / `Nikitin` / `Samsonov` / …)."""
    return next((index for index in range(start + 1, len(lines))
                 if _ends_a_title(lines[index].strip())
                 or lines[index].count(LB) + 1 >= _BLOCK_LINES
                 or (not OPEN_END.search(lines[index - 1])
                     and (_FROM.match(lines[index].strip())
                          or _PARTICIPANT.match(lines[index].strip())))), len(lines))


def _ends_a_title(line: str) -> bool:
    return (_LABELLED.match(line) is not None or _TOPIC.match(line) is not None
            or _PART_NUMBER.match(line) is not None or dispatched(line)
            or (_ASIDE.match(line) is not None and _RECORD_ALONE.match(unspaced(line)) is None))


# A news agency's name in parentheses after its dateline (`(KCNA)`), and a year the translator
# supplied in its brackets (`[1984]`).
_AGENCY_AFTER = LazyPattern(r"\s*\([A-Z]{2,8}\)\.?$")
_SUPPLIED_YEAR = LazyPattern(r"\[(\d{4})\]")


def dispatched(line: str) -> bool:
    """`Pyongyang, 1 February [1984] (KCNA)` under a statement's title: where and when a news
    agency issued it, its name after them, no line of the title."""
    agency = _AGENCY_AFTER.search(line)
    return agency is not None and place_then_date(
        _SUPPLIED_YEAR.sub(r"\1", line[: agency.start()]))
