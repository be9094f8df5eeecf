"""A document's title among its opening lines: `Memorandum of Conversation with …`, `Record of
the talks …`, `R e p o r t` / `on Iraqi consultations`. It stands last over the text, where a
Markdown export would have marked a heading; plain-text exports print it as a line like any
other, so what it says tells it: a kind of record named first, then what the record is of."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.readers.furniture.cues import unspaced
from teikit.readers.units import LB

_RECORD_KIND = (r"(?:memorand(?:um|a)|minutes|record|report|transcript|information|journal|"
                r"diary|notes?|protocol|summary|speech|statement|resolution|decision|directive|"
                r"instructions?|conversation|talks|communiqu[ée]|aide-m[ée]moire|extract|"
                r"proposals?|draft)")
_QUALIFIER = (r"(?:(?:brief|short|secret|draft|final|official|joint|stenographic|verbatim|"
              r"supplementary|political|annual|monthly|weekly|quarterly)\s+)")
# What follows the kind of record in its title: what it is of, or nothing on its line.
_WHAT_OF = r"(?:of|on|about|regarding|concerning|from|for|with|between|by|to|at|in)\b"
_TITLE_START = LazyPattern(rf"(?i)^(?:the\s+|an?\s+)?{_QUALIFIER}?{_RECORD_KIND}"
                           rf"(?:\s+{_WHAT_OF}|\s*$)")
_RECORD_ALONE = LazyPattern(rf"(?i)^{_QUALIFIER}?{_RECORD_KIND}\s*$")
_GOES_ON = LazyPattern(rf"(?i)^{_WHAT_OF}")
# A part's number alone (`I.`, `2.`, `A)`): the first section begins, the title has ended.
_PART_NUMBER = LazyPattern(r"^(?:[IVXLC]{1,5}|\d{1,2}|[A-Z])[.)]$")

# A label other than the subject's, under the title: those present, the place (`Present: Cde.
# Pak`, `Participants:`): the record's first lines, no longer its title.
_LABELLED = LazyPattern(r"^(?!(?i:content|contents|subject|re|concerning|topic)\s*:)"
                        r"[A-Z][\w’' ]{0,24}:(?:\s|$)")

TITLE_LINES = 5
"""A title longer than this many lines is something else (an address, a list)."""
_LINE_WORDS = 60


def title_start(lines: list[str]) -> int | None:
    """Where, among the lines that stand last over the text, its title begins: at the first
    that names a kind of record and what it is of (`Report on two-party contacts …`), or names
    the kind alone with what it is of on the next line (`JOURNAL` / `of Soviet Ambassador …`);
    None when no such line stands within the last `TITLE_LINES` or a line is too long for a
    title."""
    first = max(0, len(lines) - TITLE_LINES)
    for index in range(first, len(lines)):
        text = unspaced(lines[index].strip())
        if _TITLE_START.match(text) is None:
            continue
        if _RECORD_ALONE.match(text) and not (
                index + 1 < len(lines) and _GOES_ON.match(lines[index + 1].strip())):
            continue  # `CIPHERED TELEGRAM`, `MEMORANDUM` alone over the text: the form's name
        rest = lines[index:]
        if any(len(line.split()) > _LINE_WORDS or line.rstrip().endswith(":")
               or _PART_NUMBER.match(line.strip()) for line in rest):
            return None
        if sum(_TITLE_START.match(unspaced(line.strip())) is not None
               and _RECORD_ALONE.match(unspaced(line.strip())) is None for line in rest) > 1:
            return None  # `Note of Conversation 7 May 1966` / `Note of 1st Restricted Meeting
            # 9 May 1966`: the records a file holds, listed
        return index
    return None


# A topic of the record, numbered (`1. On Abdyl Kellezi’s Visit to China`): its contents, under
# the title.
_TOPIC = LazyPattern(r"^\d{1,2}[.)]\s+\S")
_BLOCK_LINES = 3
"""A piece of this many lines under a title is a block of its own (a resolution, an address)."""


# A remark in parentheses on a line of its own (`(Premier has yet to review and approve)`,
# `(Not yet proofread)`), a rule of dashes, a place alone (`Pyongyang`): under the title.
_ASIDE = LazyPattern(r"^\(.*\)\.?$|^[\W_]+$|^[A-ZÀ-Ž][\w’'-]+$")


def title_end(lines: list[str], start: int) -> int:
    """Where the title that begins at `start` ends: before the first line under it that a
    label other than the subject's begins, that numbers a topic, that is a remark in
    parentheses, a rule or a place alone, or that is a block of several lines of its own
    (`Please show to Cdes.` / `Nikitin` / `Samsonov` / …)."""
    return next((index for index in range(start + 1, len(lines))
                 if _ends_a_title(lines[index].strip())
                 or lines[index].count(LB) + 1 >= _BLOCK_LINES), len(lines))


def _ends_a_title(line: str) -> bool:
    return (_LABELLED.match(line) is not None or _TOPIC.match(line) is not None
            or (_ASIDE.match(line) is not None and _RECORD_ALONE.match(unspaced(line)) is None))


_OMISSION = LazyPattern(r"^\[\s*(?:\.\s?){3}\s*\]$|^\[\s*…\s*\]$")


def under_a_title(line: str) -> bool:
    """A labelled line (`Present: Cde. Pak`, `Time: 10 a.m.`) or an omission (`[…]`), which
    may stand between a title and the text."""
    return _LABELLED.match(line) is not None or _OMISSION.match(line) is not None
