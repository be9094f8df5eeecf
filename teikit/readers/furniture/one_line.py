"""Two furniture items printed on one line, as typed forms and two-column pages set them: an
address and its marking, a cable's number and its signer, a date and the signer, a date and the
classification, the sending and the receipt. Each test gives the two parts with their roles, or
None; the assembler asks them where the line's role allows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from teikit.lazy_pattern import LazyPattern
from teikit.markings import COPY_ORDINAL, MARKING_LABEL, SECRECY, unspaced
from teikit.model import Role
from teikit.readers.furniture.cues import (
    BRACKETED,
    CLASSIFICATION_LINE,
    FORM_NAME,
    MARK_ALONE,
    MARKED_COPY,
    MARKING_AT_END,
    MARKING_THEN_COPY,
    NUMBER_SIGN,
    OFFICE_TITLE,
    PRECEDENCE,
    PRECEDENCE_WORDS,
    SIGNATURE_LABEL,
)
from teikit.readers.furniture.line_shapes import DASHED_NUMBER, DASHED_SIGNER_FIRST
from teikit.readers.furniture.lists import one_line_list
from teikit.readers.furniture.markings import FILED_MARKING
from teikit.readers.lines import (
    ADDRESS_MARKED,
    DESCRIBED_MARKING,
    is_name_line,
    is_uppercase_line,
    split_at,
)
from teikit.readers.units import LB, Unit

Part = tuple[Unit, Role]
Split = tuple[Part, ...]

# A number after its sign, letters and figures (`No. 15`, `Nº 481/sh`, `No. P84/422`).
# (the token taken whole, a figure in it asked ahead: split at each of its figures in turn, a
# long one was read again from each)
_SIGNED_NUMBER = r"\s*+(?=[\w/.-]*\d)[\w/.-]*+"
_NUMBER_THEN_NAME = LazyPattern(r"^(?P<number>(?:No\.|Nº|N°|№)" + _SIGNED_NUMBER + r")\s+"
                                r"(?:[-–—]\s+)?(?P<name>[^\d\s].*)$")
# A receipt clause after the sending clause on one line, after the end of the latter.
# (after a stop, or the sending's figures: `Sent 17.11.50 Received 18.11 4:03`; in lower case
# after a form's dots and a space: `… at 12:00 hours…….. received on 03.12.`; a line is parted
# only at a space, which keeps the words of the source apart in the TEI as they were)
_RECEIPT_AFTER = LazyPattern(r"(?<=[.;,\d…])\s+(?=(?:Received|Arrived|Deciphered|"
                             r"Decoded|Decrypted|Incoming|received on|arrived on)\b)")


def without_brackets(text: str) -> str:
    """`Filippov [Stalin]` → `Filippov`: the printed name, the translator's identification
    aside."""
    return " ".join(BRACKETED.sub(" ", text).split())


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
    return _cut(unit, Role.LINE, [(found.start("marking"), Role.CLASSIFICATION),
                                  (found.start("copy"), number_role)])


_LINE_THEN_MARKED_COPY = LazyPattern(r"(?i)^\s*\S.*?\s(?=" + SECRECY + r")" + MARKED_COPY
                                     + r"\s*$")


def column_and_marking(unit: Unit, number_role: Role) -> Split | None:
    """`CABLE Nº 58986          TOP SECRET`: the form's number (or a letterhead's line), and
    the classification a column apart (a wide gap, as a typed form sets them; `No. 12 secret`
    is one phrase)."""
    found = _marking_after_short_line(unit)
    if found is None or _COLUMN_GAP.search(unit.text[: found.start("marking")]) is None:
        return None
    numbered = NUMBER_SIGN.search(unit.text[: found.start()]) is not None
    return _line_then_marking(unit, found, number_role if numbered else Role.LINE)


_COLUMN_GAP = LazyPattern(r"\S\s{3,}$")


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
    if found is None or not found["marking"][:1].isupper():
        return None
    starts = [(found.start("marking"), Role.CLASSIFICATION)]
    if found["precedence"]:
        starts.append((found.start("precedence"), Role.PRECEDENCE))
    if found["caveat"]:
        starts.append((found.start("caveat"), Role.CLASSIFICATION))
    if found["remark"]:
        starts.append((found.start("remark"), Role.LINE))
    return _cut(unit, number_role, starts)


_NUMBER_MARKING_PRECEDENCE = LazyPattern(
    # (the number may open on the series' letters: `#P253/P Top Secret`)
    r"^\s*(?:No\.|Nº|N°|№|#|Number)\s*(?:[A-ZА-Я]{1,3}-?)?\d[\w/.-]*"
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
    return _cut(unit, number_role, [(found.start("second"), number_role)])


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
    return _cut(unit, Role.LINE, list(zip(starts, roles, strict=True)))


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
    return _cut(unit, number_role, [(found.start("copy"), number_role)])


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
    return _cut(unit, number_role, starts)


_NUMBER_THEN_COPY = LazyPattern(
    r"^\s*(?:No\.?|Nº|N°|№)\s*\d[\w/.-]*[.,]?\s+"
    r"(?P<copy>(?i:copy)\s+(?:N[º°o]\.?|№|#)?\s*\d{1,3})\.?"
    # (a typed form's third column, the date: `Nº 302   Copy Nº 1  7 December 1957`)
    r"(?:\s{2,}(?P<column>\S.*?))?\s*$")


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
    return _cut(unit, Role.CLASSIFICATION, starts) if len(starts) > 1 else None


def _cut(unit: Unit, first: Role, starts: list[tuple[int, Role]]) -> Split:
    """`unit` cut where each later part starts (positions in its text, in order, each on a
    character that is not a space), the first part `first`'s."""
    parts: list[Part] = []
    rest, role, consumed = unit, first, 0
    for start, next_role in starts:
        piece, rest = split_at(rest, start - consumed)
        parts.append((piece, role))
        role, consumed = next_role, start
    parts.append((rest, role))
    return tuple(parts)


# The gap between two columns of a line (three spaces or more).
_GAP_BETWEEN_COLUMNS = re.compile(r"\S(\s{3,})(?=\S)")
_SIDE_BY_SIDE = 3
"""The most signers printed side by side on one line."""


def signers_side_by_side(unit: Unit) -> Split | None:
    """`Ferenc Szabo     Lajos Hajdu`: two signers' names in columns on one line, a signature
    each."""
    gaps = list(_GAP_BETWEEN_COLUMNS.finditer(unit.text.rstrip()))
    if not gaps or len(gaps) >= _SIDE_BY_SIDE:
        return None
    starts = [gap.end(1) for gap in gaps]
    bounds = [0, *starts, len(unit.text.rstrip())]
    names = [unit.text[a:b].strip() for a, b in pairwise(bounds)]
    if not all(is_name_line(name) and len(name.split()) >= 2 and not OFFICE_TITLE.search(name)
               for name in names):
        return None  # (`Ferenc Szabo     Ambassador of Hungary`: a name and its office)
    return _cut(unit, Role.SIGNED, [(start, Role.SIGNED) for start in starts])


_MARKED_COPY_THEN = LazyPattern(r"(?i)^" + MARKED_COPY + r",\s+(?P<rest>\S.*)$")
_FORM_NUMBER = LazyPattern(r"(?i)^(?:no\.?|nº|n°|№)\s*\d[\w/-]*\.?$")


_LETTERHEAD_WORDS = 8
_NOT_BEFORE_MARKING = frozenset({"the", "a", "most", "is", "as", "be", "was", "are", "not",
                                 "and", "or", "of", "kept", "remain", "remains", "very"})


def number_then_list(unit: Unit) -> tuple[Unit, Unit] | None:
    """`No. P84/422 Copies: Comrades Malenkov, Molotov, Gromyko`: a number, then a list of
    recipients on its line (its heading, a colon, three names or more after commas)."""
    found = _NUMBER_THEN_LIST.match(unit.text)
    if found is None or not one_line_list(unit.text[found.start("list"):]):
        return None
    return split_at(unit, found.start("list"))


def date_then_list(unit: Unit, span: tuple[int, int] | None) -> tuple[Unit, Unit] | None:
    """`28 August 1951 Copies: Malenkov, Molotov, Vyshinsky`: the extract's date, then the
    list of those it went to beside it (a heading, a colon, three names or more)."""
    if span is None or span[0] != 0 or LB in unit.text:
        return None
    rest = unit.text[span[1]:]
    start = span[1] + len(rest) - len(rest.lstrip(" .,"))
    if start == span[1] or not one_line_list(unit.text[start:]):
        return None
    return split_at(unit, start)


def sentence_then_list(unit: Unit) -> tuple[Unit, Unit] | None:
    """`Attention [Chen] Jiakang. Forward to: Wen Jin, Huang Hua, Gong Peng, …`: a short
    sentence of the cable form, then the list of those it went to on its line."""
    found = _SENTENCE_THEN_LIST.match(unit.text)
    if found is None or not one_line_list(unit.text[found.start("list"):]):
        return None
    return split_at(unit, found.start("list"))


# (a few words closed by a stop, then a heading's first word and its colon within a few words)
_SENTENCE_THEN_LIST = LazyPattern(r"^(?:[^\s.:]+\s+){1,5}?[^\s.:]+\.\s+"
                                  r"(?P<list>[A-Z][\w ]{1,30}:)")
_NUMBER_THEN_LIST = LazyPattern(r"^(?:No\.|Nº|N°|№|#)" + _SIGNED_NUMBER + r"\s+(?P<list>\S)")


def number_and_signer(unit: Unit, text: str) -> Split | None:
    """`No. 15 T. SHTYKOV`: the number of the cable and its signer, side by side."""
    signer = _NUMBER_THEN_NAME.match(text)
    if signer is None or not is_name_line(signer["name"]) or (
            signer["name"].upper() != signer["name"]):
        return None
    number, name = split_at(unit, unit.text.index(signer["name"], len(signer["number"])))
    return (number, Role.REGISTRY), (name, Role.SIGNED)


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
    number, rest = split_at(unit, unit.text.index(name, len(signer["number"])))
    signed, date = split_at(rest, rest.text.index(text[date_span[0]:date_span[1]]))
    return (number, Role.REGISTRY), (signed, Role.SIGNED), (date, Role.DATELINE)


# A number and nothing else before a date: `No. 56 228 `, `Nr. 74 320, `.
_NUMBER_ALONE = LazyPattern(r"^(?:No\.?|Nº|N°|№|Nr\.?)\s*\d[\d /.-]*[,.]?\s*$")
# The form's name and number, then the word that dates it (`Order No. 805-327ss/op of`).
_NUMBERED_FORM_OF = LazyPattern(r"^(?:[A-Z][\w-]*\s+){1,3}(?:No\.?|Nº|N°|№|Nr\.?)\s*"
                                r"[\w/.-]*\d[\w/.-]*\s+(?P<dating>of|dated)\s+$")
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
    dated = _NUMBERED_FORM_OF.match(before)
    if dated is None and _NUMBER_ALONE.match(before) is None:
        return None
    rest = unit.text[date_span[1]:].strip()
    if rest and not (rest[:1] in ",." and len(rest.split()) <= 3) and (
            _HOUR.fullmatch(rest) is None):
        return None
    # (`Order No. 805-327ss/op` / `of 9 April 1946`: the word that dates it, the dateline's)
    number, date = split_at(unit, dated.start("dating") if dated is not None else date_span[0])
    return (number, number_role), (date, Role.DATELINE)


# A telegram's form and number, who sent it to whom, then its date, all on one line.
_NUMBER_THEN_ROUTE = LazyPattern(r"^(?:[A-Z][\w-]*\s+){0,2}(?i:No\.?|Nº|N°|№|Nr\.?)"
                                 + _SIGNED_NUMBER + r"\s+(?P<route>\S.*\sto\s.*\S)\s+$")


def number_route_and_date(unit: Unit, date_span: tuple[int, int] | None,
                          number_role: Role) -> Split | None:
    """`Telegram nr.172/62 Comrade [Rudolf] Dölling, Moscow to Secretary of State Winzer
    26.10.1962`: the telegram's number, its sender and addressee, then its date."""
    if date_span is None or unit.text[date_span[1]:].strip(" ."):
        return None
    found = _NUMBER_THEN_ROUTE.match(unit.text[: date_span[0]])
    if found is None:
        return None
    return _cut(unit, number_role, [(found.start("route"), Role.LINE),
                                    (date_span[0], Role.DATELINE)])


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
                           and not (_COLUMN_GAP.search(unit.text[: date_span[1] + stop])
                                    and _CODE_ALONE.match(rest[stop:]) is not None)):
        return None
    date, number = split_at(unit, date_span[1] + stop)
    return (date, Role.DATELINE), (number, number_role)


def name_after_date(text: str, span: tuple[int, int]) -> str | None:
    """`13.6.51 ROSHCHIN`, `6.1.1949 Filippov [Stalin]`: the name after the date that opens the
    line (the translator's identification aside), if a name follows it."""
    if text[: span[0]].strip():
        return None
    name = without_brackets(text[span[1]:]).strip(" ,.")
    return name if is_name_line(name) else None


def signs_after_date(unit: Unit, span: tuple[int, int]) -> bool:
    return span[0] == 0 and name_after_date(unit.text, span) is not None


def mark_after_date(unit: Unit, span: tuple[int, int]) -> bool:
    """`21 May 1952 [signature]`: the date, then the signature's mark alone; `11 November 1945
    Authenticated: (Khokhlov)`: the date, then who authenticated the copy."""
    after = unit.text[span[1]:].strip(" ,")
    return span[0] == 0 and (MARK_ALONE.match(after) is not None
                             or _SIGNATURE_LABEL.match(after) is not None)


_SIGNATURE_LABEL = LazyPattern(rf"(?i)^{SIGNATURE_LABEL}\s*\S")


def date_and_signer(unit: Unit, span: tuple[int, int]) -> Split:
    """`13.6.51 ROSHCHIN`, `13/5-50. Roshchin`: the date with its stop, then the signer."""
    rest = unit.text[span[1]:]
    date, name = split_at(unit, span[1] + len(rest) - len(rest.lstrip(" .,")))
    return (date, Role.DATELINE), (name, Role.SIGNED)


def signer_and_date(unit: Unit, span: tuple[int, int]) -> Split | None:
    """`PONOMAREV 26 September 1956`, `(S. Dutt) 4.5.58`, `Kim Il Sung 29.6.51”`: who signed,
    then the date that ends the line (a closing quotation mark or full stop aside)."""
    text = unit.text
    after = text[span[1]:]
    if span[0] == 0 or after.strip(" .”\"»"):
        return None
    before = without_brackets(text[: span[0]]).rstrip()
    if before.endswith((",", ".")):
        # `[Chinese] Embassy, 1965.2.27.`: the office that signs the cable, then its date; not
        # `Mexico City, 31 October 1962`, `Pyongyang. 8 July 1950.`: a place
        if not _signing_body(before.rstrip(",. ")):
            return None
    elif not _signs_before_date(before.strip(" -–—"), after):
        return None
    signer, date = split_at(unit, span[0])
    return (signer, Role.SIGNED), (date, Role.DATELINE)


def _signs_before_date(name: str, after: str) -> bool:
    """Whether `name`, before a date that ends its line (`after` the date), is who signed: a
    name in capitals, in parentheses (`(S. Dutt) 4.5.58`, as the typist prints the name under
    a signature), or the signer of a quoted message at its close."""
    if not is_name_line(name) or not all(word.lstrip("(")[:1].isupper() for word in name.split()):
        return False  # (a name line has at most four words)
    bracketed = name.startswith("(") and name.endswith(")")
    return (name.upper() == name or bracketed
            or after.strip(" .").endswith(("”", '"', "»")))


# The bodies that sign a cable in their own name, closing it with the date (`[Chinese] Embassy
# in Bulgaria`, `Ministry of Foreign Affairs`).
_SIGNING_BODIES = frozenset("embassy legation consulate mission ministry delegation committee "
                            "department bureau".split())
_SIGNING_BODY_WORDS = 8


def _signing_body(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= _SIGNING_BODY_WORDS and words[0][:1].isupper()
            and any(word.lower().strip(",.") in _SIGNING_BODIES for word in words))


def date_and_marking(unit: Unit, span: tuple[int, int]) -> Split | None:
    """`7 July 1942  Top Secret`, `In Prague 22 July 1955 Top Secret!`: the dateline and the
    classification printed on one line."""
    if not CLASSIFICATION_LINE.match(unit.text[span[1]:].strip()):
        return None
    date, marking = split_at(unit, span[1])
    return (date, Role.DATELINE), (marking, Role.CLASSIFICATION)


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


def date_and_salute(unit: Unit, span: tuple[int, int]) -> Split | None:
    """`Brasília, March 22nd 1977 Dear Hugo,`: the dateline, then the letter's salutation on
    the same line."""
    found = _SALUTATION_AFTER.match(unit.text, span[1])
    if found is None:
        return None
    date, salute = split_at(unit, found.start("salute"))
    return (date, Role.DATELINE), (salute, Role.SALUTE)


_SALUTATION_AFTER = LazyPattern(r"[,.]?\s+(?P<salute>(?:(?:My )?Dear|Esteemed|Respected|"
                                r"Highly esteemed)\s+\S[^.!?]{0,60}[,:!]\s*)$")


def sending_and_receipt(unit: Unit) -> Split | None:
    """`From BEIJING Sent 12.10.50 at 3 hrs 20 min. Received 12.10.50 at 5 hrs.`: the sending
    and the receipt printed on one line."""
    receipt = _RECEIPT_AFTER.search(unit.text)
    if receipt is None:
        return None
    sent, received = split_at(unit, receipt.start())
    return (sent, Role.DATELINE), (received, Role.DOCKET)
