"""The furniture rules that read a line's numbers and markings: a document's or a registry's
number, a copy's, a classification, a stamp, a receipt, and several of them on one line."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.markings import NUMBER_SLASH_DAY
from teikit.metadata.citation import whole_archive_reference
from teikit.model import Role
from teikit.readers.furniture import one_line
from teikit.readers.furniture.cues import date_only
from teikit.readers.furniture.line_patterns import (
    CLASSIFICATION_LINE,
    COUNT_AND_THIS_COPY,
    COUNT_ONLY,
    ONE_BRACKET,
    OPEN_END,
    RECEIPT,
    STAMP_IN_ITS_BRACKET,
)
from teikit.readers.furniture.line_rules.line import Line
from teikit.readers.furniture.line_shapes import (
    ATTACHMENT_TO_POINT,
    CAVEAT_LINES,
    CAVEAT_OPENING,
    CONTACT,
    FILE_NUMBER,
    FROM_RECEIVED,
    LABELLED_NUMBER,
    PROTOCOL_POINT,
    STAMP_LABEL,
    file_code,
    hands_words,
    numbered_in_brackets,
    registry_code,
)
from teikit.readers.furniture.placement import is_date_only, is_place_and_date, join_lines
from teikit.readers.lines import split_at
from teikit.readers.units import ends_sentence
from teikit.rules.stamp import SEAL_ALONE


def letterhead_contact(line: Line) -> int | None:
    """`OLLENHAUERSTR. 1, 5300 BONN … TELEPHONE 022/532 309`: the letterhead's address, its
    figures a street's and a telephone's, no number of the document."""
    if line.role == "number" and CONTACT.search(line.text):
        return line.one(Role.LINE)
    return None


# A form's field for the paper's own number, left blank (`OFICIO NUMBER:`, `OFICIO No.`,
# `Telegram No. ____`): where its number goes; not a reply's field for the number it answers
# (`Response No.`).
_BLANK_NUMBER_FIELD = LazyPattern(
    r"(?i)^(?:oficio|telegram|cable|ciphergram|memo(?:randum)?|letter|note|dispatch|despatch|"
    r"document|report)\s+(?:no\.?|number|n[º°]|№|núm\.?|número|#)\s*:?\s*_*$")


def blank_number_field(line: Line) -> int | None:
    """`FEDERAL DIRECTORATE OF SECURITY` / `OFICIO NUMBER:` / `SUBJECT: …`: the memo's number
    field, its number not filled in."""
    if line.zone == "opener" and _BLANK_NUMBER_FIELD.match(line.text.strip()):
        return line.one(Role.DOCUMENT_NUMBER)
    return None


# The number of the telegram a reply answers, over its text (`To No. 1726.`, `To No. 483/sh.`,
# `Re your No. 12`): another paper's number, not this one's.
_ANSWERS_NUMBER = LazyPattern(r"(?i)^(?:to|re:?|in reply to|reply to)\s+(?:your\s+)?"
                              r"(?:no\.?|nº|n°|№|#)\s*\d[\w/.-]*\.?$")


def answered_number(line: Line) -> int | None:
    """`To No. 1726.` over a cipher telegram's text: the number of the one it answers, a line
    of the opener (under the text, `To # 0890` is the registry's)."""
    if line.zone == "opener" and _ANSWERS_NUMBER.match(line.text.strip()):
        return line.one(Role.LINE)
    return None


# A paper's title in capitals: its kind, then what it is about (`FACTUAL NOTE REGARDING LOK
# SABHA QUESTION NO. 8196 FOR 30.8.1965.`, `REPORT ON THE VISIT OF DELEGATION NO. 5`).
_PAPER_ABOUT = LazyPattern(r"^(?:[A-Z]+\s+){0,2}?(?:NOTE|REPORT|MEMORANDUM|MINUTES|RECORD|"
                           r"INFORMATION|STATEMENT)\s+(?:REGARDING|CONCERNING|ON|ABOUT|OF)\s")


# What a marking holds under, in parentheses on the line under it (`TOP SECRET` / `(when
# filled)`, `SECRET` / `(without attachment)`): a few words in lower case, no name, no figure.
_MARKINGS_CONDITION = LazyPattern(r"^\((?=[a-z])[a-z ’'-]{2,40}\)$")


def marking_and_its_condition(line: Line) -> int | None:
    """`TOP SECRET` / `(when filled)`: the marking and when it holds, one marking."""
    if (line.following is not None and CLASSIFICATION_LINE.match(line.text) is not None
            and _MARKINGS_CONDITION.match(line.below().plain.strip()) is not None):
        return line.with_below(Role.CLASSIFICATION)
    return None


def paper_title(line: Line) -> int | None:
    """A paper's title in capitals over its text, the number of what it is about inside it: a
    line of the opener, no number of the document."""
    if line.role == "number" and _PAPER_ABOUT.match(line.text.strip()):
        return line.one(Role.LINE)
    return None


def wrapped_caveat(line: Line) -> int | None:
    """`After use, this code message` / `is to be destroyed according to` / `regulations`: one
    handling caveat, wrapped over up to five lines (the most lines that make one)."""
    if line.following is None or CAVEAT_OPENING.match(line.unit.plain.strip()) is None:
        return None
    pieces = line.asm.pieces
    text, end = line.unit.plain.strip(), None
    for at in range(line.index + 1, min(line.index + CAVEAT_LINES, len(pieces))):
        if pieces[at].kind != "line":
            break
        under = pieces[at].unit.plain.strip()
        if end is not None and CLASSIFICATION_LINE.match(under) is not None:
            break  # (`SECRET` under the caveat: the document's marking, a line of its own)
        text += " " + under
        if CLASSIFICATION_LINE.match(text) is not None:
            end = at + 1
    if end is None:
        return None
    lines = [pieces[at].unit for at in range(line.index + 1, end)]
    line.one(Role.CLASSIFICATION, join_lines(line.unit, *lines))
    return end


def file_number(line: Line) -> int | None:
    """`5155/14` alone among the furniture: the file's number and its part (`Č.j.` printed
    before it or not; a stop after it, `00612/1979.`), no date, nor one under it in the
    closing lines."""
    if (line.role == "text" and FILE_NUMBER.fullmatch(_without_stop(line.text)) is not None
            and line.asm.tests.date_span(line.text) is None and not _dated_in_figures(line)):
        return line.one(line.number_role)
    return None


def _without_stop(text: str) -> str:
    """The line without the stop a typist put after its number (`00612/1979.`)."""
    stripped = text.rstrip()
    return stripped[:-1] if stripped.endswith(".") else stripped


def _dated_in_figures(line: Line) -> bool:
    """Under the text, a date in figures alone under the number (`00128/1958` / `15.XI.58`):
    the registry's entry, dated (`registry_number`)."""
    if not line.closing or line.following is None:
        return False
    under = line.below()
    tests = line.asm.tests
    return is_date_only(under, tests) and "numeric_date" in tests.text_cues(under.plain.strip())


def count_and_this_copy(line: Line) -> int | None:
    """`4 copies / 3rd copy`: the copies made and which this is, the copy's number (a count
    of copies heads a list of where they went elsewhere)."""
    if line.role in ("text", "distribution") and COUNT_AND_THIS_COPY.fullmatch(line.plain):
        return line.one(line.number_role)
    # (on two lines, the count over which copy this is: `4 copies` / `3rd copy`)
    if (line.role in ("text", "distribution", "docket") and line.following is not None
            and COUNT_ONLY.match(line.plain.strip())
            and _THIS_COPY_ALONE.fullmatch(line.below().plain.strip()) is not None):
        return line.with_below(Role.DOCUMENT_NUMBER)
    return None


# Which copy the paper is, by its ordinal, alone on its line (`3rd copy`).
_THIS_COPY_ALONE = LazyPattern(r"(?i)\d{1,2}(?:st|nd|rd|th)\s+copy\.?")


def archive_reference(line: Line) -> int | None:
    """`RGASPI f. 17, op. 162, d. 19, l. 49.` over the text: the original's archival reference
    (the archive, its fond, opis, delo and list), a number of the document's, not a line of
    the text."""
    if line.role == "text" and whole_archive_reference(line.text):
        return line.one(Role.DOCUMENT_NUMBER)
    return None


def number_then_list(line: Line) -> int | None:
    """`No. P84/422 Copies: Comrades Malenkov, Molotov, Gromyko`: the extract's number, then
    the comrades it went to."""
    listed = one_line.number_then_list(line.unit)
    return None if listed is None else line.then_list(line.number_role, listed)


def sentence_then_list(line: Line) -> int | None:
    """`Attention [Chen] Jiakang. Forward to: Wen Jin, …` over the text: the form's line, then
    the list of those the cable went to."""
    if line.role != "text" or line.zone != "opener":
        return None
    listed = one_line.sentence_then_list(line.unit)
    return None if listed is None else line.then_list(Role.LINE, listed)


def several_on_one_line(line: Line) -> int | None:
    """A line of two or three pieces of furniture side by side (an address and a marking, a
    marking and a copy's number, a number and a marking, a line and the message's
    precedence): each placed in its role."""
    unit, number_role, role = line.unit, line.number_role, line.role
    if STAMP_IN_ITS_BRACKET.match(" ".join(line.text.split())):
        return None  # `[Stamp: TOP SECRET` / `Copy No. 4]`: the stamp's, whole
    split = (one_line.address_and_marking(unit)
             or one_line.filed_number(unit)
             or one_line.column_and_marking(unit, number_role)
             or one_line.marking_and_copy(unit, number_role)
             or one_line.line_marking_and_copy(unit, number_role)
             or one_line.marking_copy_and_rest(unit, number_role, line.asm.tests.date_span))
    if split is None and role in ("text", "precedence", "classification") and not line.closing:
        split = one_line.precedence_and_marking(unit)
    if split is None and role == "classification":
        # (a numbered line before the marking is the number, whichever role the table gave the
        # whole line: `CABLE Nº 51234 TOP SECRET`)
        split = (one_line.number_and_marking(unit, number_role)
                 or one_line.line_and_marking(unit)
                 or one_line.description_and_marking(unit)
                 or one_line.marking_and_rest(unit, number_role))
    if split is None and role == "text" and not line.closing:
        split = one_line.line_and_precedence(unit) or one_line.marking_and_title(unit)
    if split is None and role in ("number", "text"):
        split = (one_line.number_and_marking(unit, number_role)
                 or one_line.number_marking_and_precedence(unit, number_role)
                 or one_line.number_and_copy(unit, number_role, line.span)
                 or one_line.two_numbers(unit, number_role)
                 or one_line.labelled_columns(unit, number_role)
                 or one_line.number_and_named_copy(unit, number_role)
                 or one_line.number_route_and_date(unit, line.span, number_role)
                 or one_line.route_date_and_number(unit, line.span, number_role))
    if split is None and role == "number":
        # `Confidential Number 103/2`: the marking before the number, kept only as that
        # (`Secret Telegram No. 3267/IV` names its form: one number)
        marked = one_line.marking_and_rest(unit, number_role)
        split = marked if marked is not None and marked[-1][1] is number_role else None
    return line.split(split) if split is not None else None


def number_in_brackets(line: Line) -> int | None:
    """`Nº [handwritten: 328/ag] [signature]`: the number written in by the signer."""
    return line.one(line.number_role) if numbered_in_brackets(line.text) else None


def number_with_signer_or_date(line: Line) -> int | None:
    """A number and its signer or date on one line (under the text, `Nº 395 - 9 August 1960`
    is one registry entry, dated)."""
    unit, span, split = line.unit, line.span, None
    if line.role == "number" and line.closing:
        split = (one_line.number_and_signer(unit, line.text)
                 or one_line.number_signer_and_date(unit, line.text,
                                                    line.asm.tests.date_span(line.text)))
    if line.role in ("number", "dateline") and not line.closing and split is None:
        if _REGISTRY_DAY.fullmatch(line.plain.strip()) is not None:
            # `Nº 229 - 26.IX.62` over a journal's record: the registry's number and its day in
            # figures, one entry, as under the text (the day is no dateline)
            return line.one(Role.REGISTRY)
        split = (one_line.number_and_date(unit, span, Role.DOCUMENT_NUMBER)
                 or one_line.date_and_number(unit, span, Role.DOCUMENT_NUMBER))
    return line.split(split) if split is not None else None


# A number, a dash or a comma, then a day in figures (`Nº 229 - 26.IX.62`, `No. 1071/sh,
# 4.11.52`): the registry's entry on one line.
_REGISTRY_DAY = LazyPattern(r"(?i:n[º°o]\.?|no\.|№)\s*\d[\w/-]*\s*[-–,]\s*"
                            r"\d{1,2}\.(?:\d{1,2}|[IVX]{1,4})\.\d{2,4}\.?")


def date_over_number(line: Line) -> int | None:
    """`17 October 1960` / `Nº 489` under the copies: the registry entry, dated first (its
    label before the date or not: `Registered 11.XI.58` / `No. 5521`)."""
    if (line.zone == "postscript" and line.following is not None
            and line.asm.role(line.following) == "number"
            and (is_date_only(line.unit, line.asm.tests) or _registered_on(line))):
        return line.with_below(Role.REGISTRY)
    return None


# The registry's word for entering the paper, then the day it did (`Registered 11.XI.58`).
_REGISTERED = LazyPattern(r"(?i)(?:registered|entered|filed)(?:\s+(?:on|at))?\s*:?\s+")


def _registered_on(line: Line) -> bool:
    found = _REGISTERED.match(line.text.strip())
    if found is None:
        return False
    rest = line.text.strip()[found.end():]
    return date_only(rest, line.asm.tests.date_span(rest))


def registry_with_its_day(line: Line) -> int | None:
    """`01/014916/29.4.1973`, alone on its line: the registry's entry, not a dateline."""
    if NUMBER_SLASH_DAY.match(line.plain.strip()):
        return line.one(Role.REGISTRY)
    return None


def registry_number(line: Line) -> int | None:
    """A registry number's date is written in figures (`648-VK` / `V.X.51`: a code over such a
    date is the registry's whatever the table says); a date in words under a number is the
    document's dateline, unless the text's closer is behind (`Nº 353` / `31 May 1957` under
    the copies)."""
    if not (line.role == "number" or registry_code(line.text) or file_code(line.text)):
        return None
    tests = line.asm.tests
    under = line.below() if line.following is not None else None
    in_figures = under is not None and "numeric_date" in tests.text_cues(under.plain.strip())
    if under is not None and line.closing and is_date_only(under, tests) and not (
            # (a date in figures a blank line under the number, `No. 118` / / `16.1.51`, is
            # the document's dateline, as one in words is)
            in_figures and under.block != line.unit.block) and (
            (line.role == "number" and line.zone == "postscript") or in_figures
            # (`22-ke` / `31 March 1976` under the text's own date: the registry's)
            or (registry_code(line.text) and line.zone in line.asm.dated_zones)):
        line.asm.add(line.zone, "furniture", join_lines(line.unit, under), Role.REGISTRY)
        return line.index + 2
    if line.role == "number" and " " in (hands_words(line.text) or ""):
        # `[Handwritten: Read. Chen Yi, 30/1]`, `[Handwritten:] Seen. Ö.U. 20/3`: a hand's
        # words, no number (but a number written by hand is one: `[handwritten: TsK-22796]`)
        return line.one(Role.LINE)
    if line.role == "number":
        if ATTACHMENT_TO_POINT.match(line.plain):
            return line.one(Role.LINE)
        return line.one(Role.DOCKET if RECEIPT.match(line.plain) else line.number_role)
    if line.closing and line.following is None and file_code(line.text):
        return line.one(Role.REGISTRY)  # `A .2503` ending the page, under the copies
    return None


def copies_and_their_day(line: Line) -> int | None:
    """`5 copies` / `14 May 1950` under the signature: the typist's record of how many copies
    were made and when, one docket; the day is not the document's dateline."""
    if (line.closing and line.following is not None and COUNT_ONLY.match(line.plain.strip())
            and is_date_only(line.below(), line.asm.tests)):
        return line.with_below(Role.DOCKET)
    return None


def stamp_and_copy(line: Line) -> int | None:
    if (line.role == "stamp"
            and (split := one_line.line_then_copy(line.unit, Role.STAMP)) is not None):
        return line.split(split)
    return None


# Where the seal is set under the signature: `L.S.` (locus sigilli, a treaty's), `M.P.` (the
# Russian `м.п.`), `Seal`, `Place of the seal`.
_SEAL_PLACE = LazyPattern(r"(?i)^\(?(?:L\.\s?S\.|M\.\s?P\.|(?:the\s+)?place\s+(?:of|for)\s+"
                          r"(?:the\s+)?seal|(?:official\s+|round\s+)?seal)\)?\.?$")


def seal_place(line: Line) -> int | None:
    """`I. Ivanov` / `L.S.`: where the seal is, a stamp (`L.S.` signed, `Seal` joined the date
    under it, `Place of the seal` was loose text); so is a line of the seal in the
    translator's bracket, as the stamp rule reads it (`[Seal of the Embassy]`: no signing
    body's line), or in parentheses (`(Seal of the CCP Central Committee)`)."""
    text = line.text.strip()
    if line.closing and (_SEAL_PLACE.match(text) or (
            text.endswith("]") and ONE_BRACKET.fullmatch(text)
            and SEAL_ALONE.match(text[1:-1])) or (
            # (in parentheses, whose seal: `(Seal of the CCP Central Committee)`)
            text[:1] == "(" and text[-1:] == ")" and "(" not in text[1:-1]
            and SEAL_ALONE.match(text[1:-1]))):
        return line.one(Role.STAMP)
    return None


def stamp_label(line: Line) -> int | None:
    """`[Stamp:`, `Stamped by the Registry:` …: a stamp, labelled; the label alone on its line,
    no bracket, over the stamp's lines in its block (`Stamp of receipt:` / `MINISTERIO DE
    RELACIONES EXTERIORES` / … / `ENTRADA N° 3317`), one stamp."""
    if not STAMP_LABEL.match(line.text):
        return None
    if line.text.lstrip().startswith("[") or not line.plain.rstrip().endswith(":"):
        return line.one(Role.STAMP)
    pieces = line.asm.pieces
    end = line.index + 1
    while (end < len(pieces) and end - line.index <= _STAMP_LINES and pieces[end].kind == "line"
           and pieces[end].unit.block == line.unit.block):
        end += 1
    lines = [pieces[at].unit for at in range(line.index + 1, end)]
    line.one(Role.STAMP, join_lines(line.unit, *lines))
    return end


# The most lines a stamp holds under its label.
_STAMP_LINES = 6


def receipt(line: Line) -> int | None:
    """When it came in (`from PEKING received at 13:55 11 November 1949 Copy Nº 1`: and the
    copy's number)."""
    if not ((RECEIPT.match(line.plain) or FROM_RECEIVED.match(line.plain))
            and line.role in ("dateline", "text")):
        return None
    sent = _SENT_THEN_RECEIVED.match(line.unit.text)
    if sent is not None:
        # `Dispatched 17.IV.61, 21h00 – Received 18.IV.61, 03h40`: when it was sent, the
        # telegram's dateline, then when it came in
        sending, receiving = split_at(line.unit, sent.start("receipt"))
        return line.split(((sending, Role.DATELINE), (receiving, Role.DOCKET)))
    split = one_line.line_then_copy(line.unit, Role.DOCKET)
    if split is not None:
        return line.split(split)
    if line.span is None and line.following is not None and (
            _goes_on_to_its_date(line) or is_date_only(line.below(), line.asm.tests)
            or (line.unit.plain.rstrip().endswith(",")
                and is_place_and_date(line.below(), line.asm.tests))):
        # (`Received by diplomatic courier from` / `Cde. Nam Il, Minister of Foreign
        # Affairs,` / `Geneva, 24 June 1954`: left open on its comma, the receipt's sentence
        # goes on to the place and day it was sent from, no dateline of the document)
        # `Presented to I. V. Stalin by Princess` / `Ashraf Pahlavi on 20 July 1946`: the
        # receipt's sentence goes on to its date; `received by Novoselova` / `12 October
        # 1948`: the day it came in, alone under it
        return line.with_below(Role.DOCKET)
    if line.following is not None and _TIME_LINE.fullmatch(line.below().plain.strip()):
        # `Date of receipt 12 August 1978` / `Time 09.40`: the hour it came in, a line of the
        # receipt (a time is no number of the document's)
        return line.with_below(Role.DOCKET)
    return line.one(Role.DOCKET)


# When a telegram was sent, then, after a dash, when it came in.
_SENT_THEN_RECEIVED = LazyPattern(r"(?i)^\s*(?:sent|dispatched|despatched)\b[^–—\n]{3,40}?\d"
                                  r"\s+[–—-]\s*(?P<receipt>(?:received|arrived)\b.*)$")


# The hour alone under a receipt's line, with its label (`Time 09.40`, `Hour: 14:30`).
_TIME_LINE = LazyPattern(r"(?i)(?:time|hour)\s*:?\s*(?:[01]?\d|2[0-3])[.:][0-5]\d"
                         r"(?:\s*(?:hours|hrs\.?|h\.?))?")


def _goes_on_to_its_date(line: Line) -> bool:
    """Whether the line under a receipt's is its sentence going on, to `on` and the date."""
    below = line.below().text
    span = line.asm.tests.date_span(below)
    return (span is not None and not RECEIPT.match(below.strip())
            and _ON_THE_DAY.search(below[: span[0]]) is not None and "," not in below[: span[0]])


_ON_THE_DAY = LazyPattern(r"(?:^|\S\s+)on\s+$")


def line_and_copy(line: Line) -> int | None:
    """`to whom TO SADCHIKOV Copy Nº 1`, `Korea Copy 1`: the copy's number in the form's right
    column, typed on the line of the left column's."""
    if (line.role == "text" and line.zone == "opener"
            and (split := one_line.line_then_copy(line.unit, Role.LINE)) is not None):
        return line.split(split)
    return None


def line_and_number(line: Line) -> int | None:
    """`Addressed to the French Ministry of Foreign Affairs; No 998/1000`: over the text, the
    address, then the telegram's number."""
    if (line.role == "text" and line.zone == "opener"
            and (split := one_line.line_then_number(line.unit, Role.LINE)) is not None):
        return line.split(split)
    return None


def marking_wrapped(line: Line) -> int | None:
    """A classification marking whose line goes on under it: in lower case or figures, or,
    after an article no marking ends on, a short line (`Subject to return to the` / `CPSU CC
    General Department]`)."""
    if line.role == "classification" and line.following is not None and OPEN_END.search(
            line.text):
        below = line.below().plain.strip()
        if (below[:1].islower() or below[:1].isdigit()
                or (_ARTICLE_END.search(line.text) is not None
                    and len(below.split()) <= _WRAPPED_WORDS and not ends_sentence(below))):
            return line.with_below(Role.CLASSIFICATION)
    return None


# An article ends no marking; the most words of the line a wrapped marking goes on to.
_ARTICLE_END = LazyPattern(r"(?i)\b(?:the|a|an)\s*$")
_WRAPPED_WORDS = 8


# A body's or form's name, the year of its series and the document's number, as Chinese cable
# forms print them (`Committee Dispatch [19]64 No. 89`, `[19]63 Foreign Economic Relations
# Bureau Document No. 190`); without the year, a heading or a label names another paper
# (`Attachment No. 2`, `Concerning Outgoing Telegram No. 2600`).
_YEAR = r"(?:\[19\]|19)\d\d"
_NAMED_NUMBER = LazyPattern(rf"^(?:{_YEAR}\s+(?:[A-Z][\w’'-]*\s+){{1,5}}|"
                            rf"(?:[A-Z][\w’'-]*\s+){{1,5}}{_YEAR}\s+)"
                            r"(?:No\.?|Nº|N°|№)\s*\d[\w/.-]*\.?$")


# The offices' letters a ministry numbers its papers by, then the figures, alone on the line
# (`MRE/DGAL/0047/83`, `DEM/014/1986`); not a dateline's days and month in Roman figures
# (`ON/24/25/X/62`), nor a typist's initials (`GB/mlr`).
_OFFICE_CODED_NUMBER = LazyPattern(r"^[A-Z]{2,6}(?:/[A-Z]{2,6})*/\d{2,}(?:/\d{2,4})?$")
# The number after Italian's `N.` (numero) alone on its line (`N. 9487`): figures, no name's
# initial.
_N_NUMBER = LazyPattern(r"^N\.\s?\d{2,}(?:/[\w.-]+)?$")


def named_number(line: Line) -> int | None:
    """`Committee Dispatch [19]64 No. 89`, `MRE/DGAL/0047/83`, `N. 9487` over the text: the
    document's number, its sender's series or offices before it."""
    text = line.plain.strip()
    if (line.zone == "opener" and line.role in ("text", "distribution", "number")
            and (_NAMED_NUMBER.match(text) or _OFFICE_CODED_NUMBER.match(text)
                 or _N_NUMBER.match(text))):
        return line.one(Role.DOCUMENT_NUMBER)
    return None


def labelled_number(line: Line) -> int | None:
    """`Ref. No. 3/456-sh`, `Our ref.: 22/1955`, `Per Point 16, Prot. No. 104`: a number under
    its label."""
    if line.role == "text" and (LABELLED_NUMBER.match(line.plain)
                                or PROTOCOL_POINT.match(line.plain)):
        return line.one(line.number_role)
    return None
