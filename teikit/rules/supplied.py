"""`[to put]`, `[the]`, `v[i]`: words the translator supplied → `supplied[@reason='omitted']`."""

from __future__ import annotations

import re
from collections.abc import Callable

from teikit.conventions import Convention, bracketed
from teikit.date_patterns import CLOCK_TIME
from teikit.dates import DAY_PATTERN, MONTH_WORD_PATTERN, find_dates
from teikit.lazy_pattern import LazyPattern
from teikit.model import Inline, Intervention
from teikit.offices import PERSON_TITLES
from teikit.rules.base import (
    NUMBER_SIGN,
    NUMBER_SIGN_BEFORE,
    TRANSLATOR,
    BracketContext,
    Match,
    Rule,
)
from teikit.rules.lexicon import MODEL, PREPOSITION_THEN_NAME, english_made, is_nationality
from teikit.rules.note_anchor import ends_a_number_as_marker
from teikit.rules.text_language import in_the_texts_own_script

CONVENTION = Convention("supplied", "[to put], [the]", "supplied[@reason='omitted']",
                        "Words the translator supplied for sense.", summary="supplied",
                        forms=(bracketed("supplied"),))
SUPPLIED_ATTRS = {"reason": "omitted", "resp": TRANSLATOR}


# A number with its sign, as a translator supplies a paper's (`[No. 4712]`, `[Nº 12/sh]`).
_NUMBERED = LazyPattern(rf"(?:{NUMBER_SIGN}|Nos\.)\s?\d[\w/.-]*")
# A part of a text by its number (`Article 5`, `Section II`).
_PART_NUMBERED = LazyPattern(r"(?i:article|art\.|section|paragraph|para\.|point|clause|chapter|"
                             r"annex)\s+(?:\d{1,3}|[IVXLC]{1,6})(?:[.()]?[A-Za-z0-9]{1,4})*")
# A paragraph's number with its stop or parenthesis, opening the paragraph: `[1.] American
# Ambassador Kennan visited …` (the translator numbered the paragraphs; a note's own number,
# `[1] Poland's ambassador …`, has neither).
_PARAGRAPH_NUMBER = LazyPattern(r"(?:\d{1,2}|[a-z])[.)]")
# An hour of the day, as a translator supplies it (`[11 p.m.]`, `[at 23:00]`, `[9 o’clock]`).
_TIME_OF_DAY = LazyPattern(
    rf"(?i)(?:(?:at|about|around|by|until|till)\s+)?(?:{CLOCK_TIME}|\d{{1,2}}(?:[:.]\d{{2}})?\s*"
    r"(?:o[’']clock|hours?|hrs\.?|h)|\d{1,2}:\d{2})(?:\s+(?:local|Moscow|Beijing|Tokyo|Havana|"
    r"Washington|Berlin)\s+time)?")


def _is_date(text: str) -> bool:
    """A date or year the translator supplied: `[1951]`, `[10 October 1951]`."""
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", text):
        return True
    found = find_dates(text)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(text)


def _without_dates(text: str) -> str:
    """`of 10 May` → `of `: the words of a phrase around the dates it names."""
    for found in reversed(find_dates(text)):
        if found.value is not None:
            text = text[: found.start] + " " + text[found.end :]
    return re.sub(r"\b(?:1[5-9]\d\d|20\d\d)\b", " ", text)


# Figures that are words a translator may supply: an ordinal's (`[2nd]`), a model's (`[on MiG-15
# aircraft]`).
_FIGURED_WORDS = LazyPattern(rf"\b\d+(?:st|nd|rd|th)\b|(?<![\w-]){MODEL}(?![\w-])")


def _dated_phrase(text: str, english_share: Callable[[str], float]) -> bool:
    """`[of 10 May]`, `[in 1950]`: a date the translator supplied with the words that join it
    to the sentence."""
    words = _without_dates(text)
    if words == text or any(c.isdigit() or c in "/=+<>" for c in words):
        return False
    return not words.strip(" ,.") or english_share(words) >= 0.5


_COUNT = LazyPattern(r"(?<![\w/.-])\d{1,4}(?:[-–]\d{1,4})?(?![\w/.-])")
# The prepositions that open a count the translator supplied to the sentence (`increased [by
# 150-200 persons]`); an estimate's words open a measure's equivalent, a remark (`one mal
# [about 18 liters]`).
_COUNT_OPENERS = frozenset("by of to for from".split())


def _counted_phrase(text: str, english_share: Callable[[str], float]) -> bool:
    """`[students from 7 years to 16 years old]`, `[by 150-200 persons]`: a phrase of English
    words that counts with whole numbers or a range of them (not a code: `[TsAMO 45/7]`, `[No.
    2/1950]`); of four words at least, or opening on the preposition of a count."""
    words = _COUNT.sub(" ", text)
    if any(c.isdigit() or c in "/=+<>" for c in words):
        return False
    if len(words.split()) >= 4:
        return english_share(words) >= 0.75
    return (len(words.split()) >= 2 and words.split()[0].lower() in _COUNT_OPENERS
            and _COUNT.search(text) is not None and english_share(words) == 1)


# A number's figures the translator supplied: `Special Section 16[71]`, `Nº [208]`.
# (the run taken whole, a figure in it asked ahead: split at each of its figures in turn, a
# long run was read again from each)
FIGURES = re.compile(r"(?=[\d/.-]*\d)[\d/.-]*+")


def node(children: list[Inline]) -> Intervention:
    """The words (or figures) the translator supplied, `children`, as this rule writes them."""
    return CONVENTION.node("supplied", dict(SUPPLIED_ATTRS), children)


_DAY_OF_MONTH = re.compile(DAY_PATTERN)
_MONTH_AFTER = re.compile(rf"\s{MONTH_WORD_PATTERN}(?!\w)")


# A list's label the translator supplied, opening its line: the copies' numbers and their dash,
# `to the` with them (`[1-2 -] to the addressees`, `[3 - to the] NKVD Secretariat file`).
_COPIES_LABEL = LazyPattern(r"\d{1,3}(?:\s?[-–]\s?\d{1,3})?\s*[-–](?:\s+to(?:\s+the)?)?")


def _supplied_figures(ctx: BracketContext, text: str) -> bool:
    if ends_a_number_as_marker(ctx):
        return False
    if ctx.opens_line and _COPIES_LABEL.fullmatch(text) and ctx.after_start(2)[:1] == " ":
        return True
    return FIGURES.fullmatch(text) is not None and (
        ctx.before[-1:].isdigit() or ctx.after_start(1).isdigit()
        or NUMBER_SIGN_BEFORE.search(ctx.before[-6:]) is not None
        # (`[[11]] September [[5]]7` in a hand's date: figures in a bracket printed twice, the
        # translator's inside the hand's words; a note's marker is never doubled)
        or (ctx.previous == "[" and not ctx.after_start(1))
        # (`approximately [50] tons`: a quantity between its word and its unit, no marker)
        or (_QUANTITY_BEFORE.search(ctx.before[-20:]) is not None
            and _UNIT_AFTER.match(ctx.after_start(3)) is not None)
        # (`the governments of the [16] countries`: a count between its article and its noun;
        # a note's marker stands after a word, not after an article)
        or (_DETERMINER_BEFORE.search(ctx.before[-12:]) is not None
            and _UNIT_AFTER.match(ctx.after_start(3)) is not None))


_QUANTITY_BEFORE = LazyPattern(r"(?i)\b(?:approximately|about|some|over|nearly|almost|around|"
                               r"up to|more than|less than|at least|only|total of|roughly)\s$")
_UNIT_AFTER = LazyPattern(r" [a-z%]")
_DETERMINER_BEFORE = LazyPattern(r"(?i)(?<![\w’'-])(?:the|these|those|all|its|their)\s$")


# A slash with a letter on each side joins words (`Ministry for State Security/MfS`: a body's
# name, then its acronym); beside a figure, or alone, it is a code's.
_CODE_SLASH = LazyPattern(r"(?<![^\W\d_])/|/(?![^\W\d_])")


def _figures_or_code(text: str) -> bool:
    return any(c.isdigit() or c in "=+<>" for c in text) or _CODE_SLASH.search(text) is not None


def _before_given_name(ctx: BracketContext, text: str) -> str:
    """`[Politburo member Kiril] Mazurov`: the words before the given name, which stands with
    the surname after the bracket and is no word of English to count (a word of English
    there is the office: `[GMD General] Du Yuming`)."""
    words = text.split()
    after = ctx.after_start(2)
    if (len(words) >= 2 and words[-1][:1].isupper() and after[:1] == " " and after[1:].isupper()
            and not ctx.doc.words.is_english(words[-1])):
        return " ".join(words[:-1])
    return text


# A person's title, then the name (`Dr. László Eperjesi`, `Premier Zhou`).
_TITLED_PERSON = LazyPattern(rf"(?i:{'|'.join(sorted(PERSON_TITLES))})\.?"
                             r"(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.-]*)+")


def _titled_person(text: str) -> bool:
    """`an official of our embassy [Dr. László Eperjesi]`, `[Premier Zhou] talked`: who is
    meant, supplied with his title; the name's words, which English has no use for, are not
    counted against it."""
    return _TITLED_PERSON.fullmatch(text) is not None


# A Roman number of two figures or more (`XX`, `XXII`: a congress's or a plenum's), no name;
# not `XI` or `LI`, Chinese family names in capitals (`FENG XI`, `LI PENG`).
ROMAN_NUMBER = re.compile(r"(?!(?:XI|LI)$)(?=[IVXLC]{2,}$)(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _read(ctx: BracketContext) -> Match | None:
    text = ctx.plain
    if text and _supplied_figures(ctx, text):
        return Match([node(ctx.children())])
    if ROMAN_NUMBER.fullmatch(text) and ctx.capital_after():
        return Match([node(ctx.children())])  # `the [XXII] Congress`: its number supplied
    if _DAY_OF_MONTH.fullmatch(text) and _MONTH_AFTER.match(ctx.after_start(12)):
        # `of [2] June 1953`: the day the translator supplied to the date
        return Match([node(ctx.children())])
    if _TIME_OF_DAY.fullmatch(text):
        return Match([node(ctx.children())])  # `signed at [11 p.m.] today`: the hour supplied
    if _NUMBERED.fullmatch(text) or _PART_NUMBERED.fullmatch(text):
        # `the telegram [No. 4712] said`: its number; `under [Article 5]`, `an article [Article
        # 4] on consultation`: which part of the text, by its number
        return Match([node(ctx.children())])
    if (ctx.opens_line and _PARAGRAPH_NUMBER.fullmatch(text)
            and ctx.after_start(2)[:1] == " " and ctx.after_start(2)[1:].isupper()):
        return Match([node(ctx.children())])
    if text.isdigit() and len(text) <= 3:
        return None  # `Yudin[1]`: a note's marker (whose note the page lacks), no word supplied
    if text.rstrip(".").lower() in PERSON_TITLES and ctx.capital_after():
        return Match([node(ctx.children())])  # `[Cde.] Armando Hart`: his title supplied
    if in_the_texts_own_script(text, ctx.before, ctx.after_start(40)):
        # `[7월]` in a paragraph in Korean: supplied in that text's language
        return Match([node(ctx.children())])
    inside_word = ctx.before[-1:].isalpha() or ctx.after_start(1).isalpha()
    words = ctx.doc.words
    english_share = words.english_share
    named = PREPOSITION_THEN_NAME.fullmatch(text) is not None
    if not text or not (inside_word or english_share(_before_given_name(ctx, text)) >= 0.5
                        or _is_date(text) or _titled_person(text) or named
                        or is_nationality(text) or english_made(text, words.is_english)):
        return None
    if (not inside_word and not named and _figures_or_code(_FIGURED_WORDS.sub("", text))
            and not _is_date(text) and not _dated_phrase(text, english_share)
            and not _counted_phrase(text, english_share)):
        return None  # figures and codes are not words a translator supplies
    return Match([node(ctx.children())])


RULE = Rule(CONVENTION, _read)
