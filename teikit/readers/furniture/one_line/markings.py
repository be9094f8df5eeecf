"""A classification or precedence marking printed on one line with another item: an address, a
letterhead, a number, a copy, a title, a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from teikit.lazy_pattern import LazyPattern
from teikit.markings import MARKING_LABEL, SECRECY, unspaced
from teikit.model import Role
from teikit.readers.furniture.cues import parenthesised
from teikit.readers.furniture.line_patterns import (
    CLASSIFICATION_LINE,
    FORM_NAME,
    MARKED_COPY,
    MARKING_AT_END,
    MARKING_THEN_COPY,
    NUMBER_SIGN,
    PRECEDENCE,
    PRECEDENCE_WORDS,
)
from teikit.readers.furniture.markings import FILED_MARKING
from teikit.readers.furniture.one_line.parts import COLUMN_GAP, Split, cut_into_parts
from teikit.readers.lines import ADDRESS_MARKED, DESCRIBED_MARKING, is_uppercase_line, split_at
from teikit.readers.units import Unit


def address_and_marking(unit: Unit) -> Split | None:
    """`[To the] Party Committee …: (Top Secret)`: the address, then the marking."""
    marked = ADDRESS_MARKED.match(unit.text)
    if marked is None:
        return None
    address, marking = split_at(unit, marked.start("marking"))
    return (address, Role.SALUTE), (marking, Role.CLASSIFICATION)


def line_and_marking(unit: Unit) -> Split | None:
    """`in the MPR  Secret`: a letterhead's line, then the classification printed beside it."""
    found = MARKING_AT_END.search(unit.text)
    if found is None or CLASSIFICATION_LINE.match(unit.text.strip()):
        return None
    before = unit.text[: found.start()].strip()
    if len(before.split()) > _LETTERHEAD_WORDS or before.endswith((",", ":")) or (
            before.split()[-1].lower() in _NOT_BEFORE_MARKING):
        return None  # `Classification:` is the marking's label; `the most` qualifies it
    if CLASSIFICATION_LINE.match(before):
        return None  # `Personal. Top Secret!`: two markings, one line's
    line, marking = split_at(unit, found.start("marking"))
    return (line, Role.LINE), (marking, Role.CLASSIFICATION)


# A precedence in capitals after the line's other words (`To NORTH KOREA To RAZUVAEV TOP
# PRIORITY`), or after a form's name (`Telegram Urgent`).
_PRECEDENCE_AT_END = LazyPattern(r"(?<=\S)(?P<gap>\s+|\s*[—–-]\s*)(?P<precedence>(?i:"
                                 + PRECEDENCE_WORDS + r"))[.!]?\s*$")


def line_and_precedence(unit: Unit) -> Split | None:
    """`To RAZUVAEV TOP PRIORITY`, `Telegram Urgent`: the line, then the telegram's precedence
    printed at its end (in capitals, or after the form's name alone: `is urgent` is a
    sentence's)."""
    found = _PRECEDENCE_AT_END.search(unit.text)
    if found is None or PRECEDENCE.match(unit.text.strip()):
        return None  # (`TOP PRIORITY` alone: one precedence)
    before = unit.text[: found.start()].strip()
    form = FORM_NAME.fullmatch(unspaced(before)) is not None
    # a classification, then the precedence after a comma or a dash (`SECRET, URGENT`,
    # `CONFIDENTIAL—URGENT`); a dash joins nothing else to it (`Semi-urgent`)
    marking = CLASSIFICATION_LINE.match(before.rstrip(",;")) is not None
    if found["gap"].strip() and not marking:
        return None
    if not (found["precedence"].isupper() or form) or len(before.split()) > _LETTERHEAD_WORDS:
        return None
    line, precedence = split_at(unit, found.start("precedence"))
    role = Role.CLASSIFICATION if marking else Role.FORM if form else Role.LINE
    return (line, role), (precedence, Role.PRECEDENCE)


def line_marking_and_copy(unit: Unit, number_role: Role) -> Split | None:
    """`From the journal of Secret. Copy No. 2`, `Distributed with the SECRET. Copy Nº 6`: a
    line of the left column, then the right column's classification and the copy's number
    (the marking capitalised: `a secret copy No. 2` is a phrase)."""
    found = _LINE_THEN_MARKED_COPY.match(unit.text)
    if found is None or not found["marking"][:1].isupper():
        return None
    return cut_into_parts(unit, Role.LINE, [(found.start("marking"), Role.CLASSIFICATION),
                                  (found.start("copy"), number_role)])


_LINE_THEN_MARKED_COPY = LazyPattern(r"(?i)^\s*\S.*?\s(?=" + SECRECY + r")" + MARKED_COPY
                                     + r"\s*$")


def column_and_marking(unit: Unit, number_role: Role) -> Split | None:
    """`CABLE Nº 58986          TOP SECRET`: the form's number (or a letterhead's line), and
    the classification a column apart (a wide gap, as a typed form sets them; `No. 12 secret`
    is one phrase)."""
    found = _marking_after_short_line(unit)
    if found is None or COLUMN_GAP.search(unit.text[: found.start("marking")]) is None:
        return None
    numbered = NUMBER_SIGN.search(unit.text[: found.start()]) is not None
    return _line_then_marking(unit, found, number_role if numbered else Role.LINE)


def filed_number(unit: Unit) -> Split | None:
    """`131/1963/top secret`, `57/1961./Top Secret`: a file's number and year, then its
    classification after one more slash, as Hungarian ministries file their papers: one
    registry entry, the marking inside it (`markings.mark_filed_marking`; no white space
    parts the two); a line the next column holds goes on after it (`47/ 1963/ top secret
    Written: in four copies`)."""
    found = FILED_MARKING.match(unit.text)
    if found is None:
        return None
    if not unit.text[found.end():].strip():
        return ((unit, Role.REGISTRY),)
    entry, rest = split_at(unit, found.end())
    return (entry, Role.REGISTRY), (rest, Role.LINE)


def description_and_marking(unit: Unit) -> Split | None:
    """`Telegram to the Romanian Embassy in Teheran, No. 05/003865, 7 August 1967, Top Secret`:
    an archive's description of the document, its classification last after a comma."""
    found = DESCRIBED_MARKING.match(unit.text)
    if found is None or len(unit.text[: found.start("marking")].split()) < _DESCRIPTION_WORDS:
        return None
    return _line_then_marking(unit, found, Role.LINE)


# The words of the shortest description that ends on its classification (`Secret, Top Secret`
# is two markings; `From the Journal of P. F. Yudin, 12 March 1955, Top Secret` a description).
_DESCRIPTION_WORDS = 4


def marking_and_rest(unit: Unit, number_role: Role) -> Split | None:
    """`Secret   Document 617`, `Secret 613`, `Top Secret. Flash`, `SECRET – URGENT`, `Secret.
    Only copy`, `TOP SECRET INFORMATION ABOUT …`: the classification first on a line, then
    what a form prints beside it (the document's number, the precedence, how few copies
    exist) or the title it opens (in capitals, or naming the kind of document)."""
    found = _MARKING_FIRST.match(unit.text)
    if found is None:
        return None
    rest = found["rest"].strip()
    if CLASSIFICATION_LINE.match(unit.text.strip()) and "," in unit.text:
        return None  # `SECRET, FOR SPECIAL USE`: the marking and its caveat, one marking
    if rest[:3].lower() == "of ":
        return None  # `Top Secret of Special Importance`: the degree qualified, one marking
    if _DOCUMENT_NUMBER.match(rest):
        role = number_role
    elif PRECEDENCE.match(rest):
        role = Role.PRECEDENCE
    elif CLASSIFICATION_LINE.match(rest.rstrip(".")):
        role = Role.CLASSIFICATION
    elif (is_uppercase_line(rest) and len(rest.split()) >= _TITLE_WORDS) or _names_a_form(rest):
        role = Role.LINE
    else:
        return None
    marking, after = split_at(unit, found.start("rest"))
    return (marking, Role.CLASSIFICATION), (after, role)


def marking_and_title(unit: Unit) -> Split | None:
    """`Top Secret Memorandum of Conversation between P. F. Yudin and …`: the classification,
    capitalised, printed before the document's title on its line."""
    found = _MARKING_FIRST.match(unit.text)
    if found is None or not unit.text.lstrip()[:1].isupper():
        return None
    if not _names_a_form(found["rest"]):
        return None
    marking, title = split_at(unit, found.start("rest"))
    return (marking, Role.CLASSIFICATION), (title, Role.LINE)


def _names_a_form(rest: str) -> bool:
    """`Memorandum of Conversation between …`, `Record of a Conversation …`: a title that
    names the kind of document."""
    return rest[:1].isupper() and FORM_NAME.match(rest) is not None


# (after the form's label: `Level: Top Secret Document 87`)
_MARKING_FIRST = LazyPattern(r"(?i)^\s*(?:" + MARKING_LABEL + r")?(?:" + SECRECY
                             + r")(?:\s*[—–-]\s*|[.,!]?\s+)(?P<rest>\S.*)$")

# The document's number beside the marking: `Document 617`, figures alone (`Secret 613`), or
# after its sign (`Confidential Number 103/2`).
# (`Document 617`, `No. 58`, `File No. 409`)
_DOCUMENT_NUMBER = LazyPattern(r"(?i)^(?:(?:document|file)\s+)?(?:(?:number|no\.|n[º°]|№)\s*)?"
                               r"\d+(?:/\d+)*$")

# The words of the shortest title in capitals a marking opens (`TOP SECRET INFORMATION ABOUT
# …`; `TOP SECRET URGENT` is two markings).
_TITLE_WORDS = 3


def number_and_marking(unit: Unit, number_role: Role) -> Split | None:
    """`CABLE Nº 59976 TOP SECRET`: a numbered line, then the marking in capitals, whatever the
    gap (`No. 12 secret` in lower case stays one phrase)."""
    found = _marking_after_short_line(unit)
    if (found is None or not found["marking"].isupper()
            or NUMBER_SIGN.search(unit.text[: found.start()]) is None):
        return None
    return _line_then_marking(unit, found, number_role)


def number_marking_and_precedence(unit: Unit, number_role: Role) -> Split | None:
    """`No. 1569 Secret Top Urgent`, `No. 1606 (Part 1 of 2) Secret Top Urgent`, `Number 111.
    Top Secret`, `No. 1384 Secret Top Urgent (Limited Distribution)`, `No. 956 Secret Urgent
    (Priority Processing) [blacked out]`: a cable's number, its
    classification, its precedence and who may read it on one line, in any case but the
    marking capitalised (`No. 12 secret` stays one phrase)."""
    found = _NUMBER_MARKING_PRECEDENCE.match(unit.text)
    if found is None:
        # `No. 1127 (Urgent, Top Secret)`: the markings in parentheses after the number, one
        # part
        marked = _NUMBER_THEN_MARKINGS.match(unit.text)
        if marked is None:
            return _number_then_markings_apart(unit, number_role)
        return cut_into_parts(unit, number_role, [(marked.start("markings"), Role.CLASSIFICATION)])
    if not found["marking"][:1].isupper():
        return None
    starts = [(found.start("marking"), Role.CLASSIFICATION)]
    if found["precedence"]:
        starts.append((found.start("precedence"), Role.PRECEDENCE))
    if found["caveat"]:
        starts.append((found.start("caveat"), Role.CLASSIFICATION))
    if found["remark"]:
        starts.append((found.start("remark"), Role.LINE))
    return cut_into_parts(unit, number_role, starts)


_NUMBER_MARKING_PRECEDENCE = LazyPattern(
    # (the number may open on the series' letters: `#P253/P Top Secret`; a copy's number:
    # `Copy No. 1, Secret`)
    r"^\s*(?:(?i:copy)\s+)?(?:No\.|Nº|N°|№|#|Number)\s*(?:[A-ZА-Я]{1,3}-?)?\d[\w/.-]*"
    # (the page of the file it is on: `Nº 1-1 p. 246 Top Secret`)
    r"(?:\s+p\.\s?\d+)?"
    r"(?:\s+\((?i:part)\s[^()]*\))?[.,]?\s+"
    r"(?P<marking>(?i:" + SECRECY + r"))[.,]?"
    # (the precedence with its reading in parentheses: `Urgent (Priority Processing)`)
    r"(?:\s+(?P<precedence>(?i:" + PRECEDENCE_WORDS + r")"
    r"(?:\s+\((?!(?i:limited distribution))[A-Z][\w ]{2,30}\))?))?[.!]?"
    # (`… Secret Top Urgent (Limited Distribution)`: who may read it, a caveat)
    r"(?:\s+(?P<caveat>\((?i:limited distribution)\)))?"
    # (a translator's bracket after them: `… Top Urgent [blacked out]`; or the cable office's
    # code: `… Top Urgent Q36RA`)
    r"(?:\s+(?P<remark>\[[^\[\]]*\]|[A-Z0-9]*\d[A-Z0-9]*))?\s*$")


_NUMBER_THEN_MARKINGS = LazyPattern(
    r"^\s*(?:No\.|Nº|N°|№|#|Number)\s*\d[\w/.-]*\s+"
    r"(?P<markings>\((?:(?i:" + PRECEDENCE_WORDS + r"),\s*)?(?=[A-Z])(?i:" + SECRECY + r")"
    r"(?:,\s*(?i:" + PRECEDENCE_WORDS + r"))?\))\s*$")


# `Number 318 (Secret) (Urgent)`: the markings after the number, each in its parentheses, the
# precedence after them or none (`No. 214 (Top Secret) Priority`).
_NUMBER_THEN_BRACKETED = LazyPattern(
    r"^\s*(?:No\.|Nº|N°|№|#|Number)\s*\d[\w/.-]*(?P<markings>(?:\s+\([^()]{3,40}\)){1,2})"
    r"(?:\s+(?P<precedence>(?i:" + PRECEDENCE_WORDS + r")))?\s*$")
_IN_PARENTHESES = LazyPattern(r"\(([^()]*)\)")
_SECRECY_ALONE = LazyPattern(r"(?i:" + SECRECY + r")[.!]?")


def _number_then_markings_apart(unit: Unit, number_role: Role) -> Split | None:
    """`Number 318 (Secret) (Urgent)`: the number, then its classification and its
    precedence, each in parentheses of its own, each placed in its role (the classification
    capitalised: `(secret)` may be a remark)."""
    found = _NUMBER_THEN_BRACKETED.match(unit.text)
    if found is None:
        return None
    starts: list[tuple[int, Role]] = []
    for part in _IN_PARENTHESES.finditer(unit.text, found.start("markings")):
        words = part[1].strip()
        if _SECRECY_ALONE.fullmatch(words) and words[:1].isupper():
            starts.append((part.start(), Role.CLASSIFICATION))
        elif PRECEDENCE.match(words):
            starts.append((part.start(), Role.PRECEDENCE))
        else:
            return None
    if not any(role is Role.CLASSIFICATION for _, role in starts):
        return None
    if found["precedence"] is not None:
        starts.append((found.start("precedence"), Role.PRECEDENCE))
    return cut_into_parts(unit, number_role, starts)


def precedence_and_marking(unit: Unit) -> Split | None:
    """`VERY URGENT. CONFIDENTIAL.`, `Urgent – Secret`: the telegram's precedence, then its
    classification, on one line (the reverse of `marking_and_rest`'s `SECRET – URGENT`), the
    marking capitalised."""
    found = _PRECEDENCE_THEN_MARKING.match(unit.text)
    if found is None or not found["marking"][:1].isupper():
        return None
    precedence, marking = split_at(unit, found.start("marking"))
    return (precedence, Role.PRECEDENCE), (marking, Role.CLASSIFICATION)


_PRECEDENCE_THEN_MARKING = LazyPattern(
    r"^\s*(?i:" + PRECEDENCE_WORDS + r")(?:\s*[—–-]\s*|[.,!]\s*|\s{2,})"
    r"(?P<marking>(?i:" + SECRECY + r"))[.!]?\s*$")


def _marking_after_short_line(unit: Unit) -> re.Match[str] | None:
    """The classification at the end of a line of a letterhead's length."""
    found = MARKING_AT_END.search(unit.text)
    if found is None or len(unit.text[: found.start()].split()) > _LETTERHEAD_WORDS:
        return None
    return found


def _line_then_marking(unit: Unit, found: re.Match[str], role: Role) -> Split:
    line, marking = split_at(unit, found.start("marking"))
    return (line, role), (marking, Role.CLASSIFICATION)


def marking_and_copy(unit: Unit, number_role: Role) -> Split | None:
    """`Top Secret Copy Nº 1`: the classification and the copy's number, side by side."""
    found = MARKING_THEN_COPY.match(unit.text.strip())
    if found is None:
        return None
    start = unit.text.index(found["copy"], len(unit.text) - len(unit.text.lstrip()))
    marking, copy = split_at(unit, start)
    return (marking, Role.CLASSIFICATION), (copy, number_role)


def marking_copy_and_rest(unit: Unit, number_role: Role,
                          date_span: Callable[[str], tuple[int, int] | None]) -> Split | None:
    """`Top Secret, Copy 4, 1 December 1949, No.109`, `Secret, Copy 1, 19 April 1958`: a
    report's head line, its classification, the copy's number, then the date and the
    document's number after commas (`date_span` tells where a line's dates are)."""
    found = _MARKED_COPY_THEN.match(unit.text)
    if found is None:
        return None
    text = unit.text
    starts = [(found.start("copy"), number_role)]
    number_at = found.start("rest")
    dates = date_span(text)
    if dates is not None and dates[0] == number_at:
        starts.append((number_at, Role.DATELINE))
        tail = text[dates[1]:]
        number_at = (dates[1] + len(tail) - len(tail.lstrip(" ,")) if tail.strip(" ,.")
                     else len(text))
    if number_at < len(text):
        if _FORM_NUMBER.match(text[number_at:].strip()) is None:
            return None
        starts.append((number_at, number_role))
    return cut_into_parts(unit, Role.CLASSIFICATION, starts) if len(starts) > 1 else None


_MARKED_COPY_THEN = LazyPattern(r"(?i)^" + MARKED_COPY + r",\s+(?P<rest>\S.*)$")

_FORM_NUMBER = LazyPattern(r"(?i)^(?:no\.?|nº|n°|№)\s*\d[\w/-]*\.?$")


_LETTERHEAD_WORDS = 8

_NOT_BEFORE_MARKING = frozenset({"the", "a", "most", "is", "as", "be", "was", "are", "not",
                                 "and", "or", "of", "kept", "remain", "remains", "very"})


def date_and_marking(unit: Unit, span: tuple[int, int]) -> Split | None:
    """`7 July 1942  Top Secret`, `In Prague 22 July 1955 Top Secret!`: the dateline and the
    classification printed on one line; `1 August 1968 (Secret) 22132`: the paper's number
    after them."""
    rest = unit.text[span[1]:]
    numbered = _MARKING_THEN_NUMBER.match(rest)
    printed = numbered["marking"] if numbered is not None else rest
    # (in parentheses or not: `1 August 1968 (Secret)`)
    if not CLASSIFICATION_LINE.match((parenthesised(printed) or printed).strip()):
        return None
    date, marked = split_at(unit, span[1])
    if numbered is None:
        return (date, Role.DATELINE), (marked, Role.CLASSIFICATION)
    marking, number = split_at(marked, len(marked.text.rstrip()) - len(numbered["number"]))
    return (date, Role.DATELINE), (marking, Role.CLASSIFICATION), (number, Role.DOCUMENT_NUMBER)


# A marking in parentheses, then a number alone: `(Secret) 22132`, `(Top Secret) No. 4510`.
_MARKING_THEN_NUMBER = LazyPattern(r"^\s*(?P<marking>\([^()]{3,30}\))\s+"
                                   r"(?P<number>(?:(?:No\.?|Nº|N°|№)\s*)?\d[\d/.-]*)\s*$")


def marking_and_date(unit: Unit, span: tuple[int, int]) -> Split | None:
    """`Highly Confidential 16.9.79`, `CONFIDENTIAL On 23 of October of 1962`: the
    classification, then the date that ends the line (`On` with it)."""
    if span[0] == 0 or unit.text[span[1]:].strip(" ."):
        return None
    on = _ON_BEFORE.search(unit.text, 0, span[0])
    cut = on.start() if on is not None else span[0]
    if not cut or not CLASSIFICATION_LINE.match(unit.text[:cut].strip().rstrip(",")):
        return None
    marking, date = split_at(unit, cut)
    return (marking, Role.CLASSIFICATION), (date, Role.DATELINE)


_ON_BEFORE = LazyPattern(r"(?<!\w)[Oo]n\s+$")
