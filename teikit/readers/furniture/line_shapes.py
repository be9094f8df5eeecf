"""What the furniture rules ask of one line's text: its shape (a hand's note, a framed
signature, a number in brackets, a place alone, an hour alone), and the role a line keeps when
no rule claims it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice, takewhile

from teikit.lazy_pattern import LazyPattern
from teikit.markings import SECRECY, unspaced
from teikit.model import Role
from teikit.readers.furniture.cues import without_bracket_marks
from teikit.readers.furniture.line_patterns import (
    BRACKETED,
    CLASSIFICATION_LINE,
    COUNT_ONLY,
    FORM_NAME,
    MARK_ALONE,
    NUMBER_AT_START,
    OFFICE_TITLE,
    ONE_BRACKET,
    PRECEDENCE,
    PROCESSING,
    RECEIPT,
    SENDING,
    SIGNATURE_MARK,
)
from teikit.readers.furniture.placement import is_date_only
from teikit.readers.line_tests import LineTests
from teikit.readers.lines import SALUTE_LINE, is_name_line, names_address, unemphasised
from teikit.readers.units import Unit

# `Signed` alone on its line, over the signer's name.
SIGNED_LABEL = re.compile(r"(?i)^\[?signed\]?:?$")
# A leader's assent over his name on the paper he approved (`Agreed.` / `Stalin`, `I agree` /
# `Molotov`): his sign-off, one signature with the name.
ASSENT = re.compile(r"(?i)^(?:agreed|approved|i agree|correct|(?:i )?concur|no objections?|"
                    r"in favou?r|soglasen)[.!]?$")
STAMP_LABEL = re.compile(r"(?i)^\[?stamp(?:ed)?\b[^:]{0,30}:")
ADDRESS_LINES = 4
"""The most lines an address over the text wraps over."""

def dated_from(unit: Unit, tests: LineTests) -> bool:
    """`from 29.V.1980` alone on its line under a Central Committee's letterhead: the date of
    the record the extract is from, as its form prints it."""
    span = tests.date_span(unit.text)
    return (span is not None and not unit.text[span[1]:].strip(" .,")
            and unit.text[: span[0]].strip().lower() in ("from", "of", "dated")
            # (`From 30 October to 14 November 1956`: the period a journal covers)
            and _DAYS_TO.search(unit.text, span[0], span[1]) is None)


_DAYS_TO = LazyPattern(r"\s(?:to|through|till|until)\s")


# Where a cable came from, or the office that took it in, then when it was received (`from
# PEKING received at 13:55 …`, `Telegram from Pyongyang received 1 Dec. 1961`, `Tenth
# Department Received 18:35 21.XI.1951`).
FROM_RECEIVED = LazyPattern(r"(?i)^(?:(?:telegram|cable)\s+)?from\s+[A-ZА-Я][\w’'-]+[.,]?\s+"
                            r"(?:N[º°o]\.?\s*\d+\s+)?received\b|"
                            r"^(?-i:(?:[A-Z][\w-]*\s+){1,3})(?:received|arrived)\s+(?:at\s+)?\d|"
                            # (`July 11, 10:55 – Received at MOFA`: the date and hour, then
                            # what came in then)
                            r"^[\w ,.:]{4,30}\d\s+[–—-]\s*(?:received|arrived)\b")
# A place the telegram came from, then its date at once (`from Stockholm June 5, 19.00 hrs`).
FROM_PLACE_DATED = LazyPattern(r"^[Ff]rom\s+[A-ZА-Я][\w’'-]+(?:\s+[A-ZА-Я][\w’'-]+)?[.,]?\s+"
                               r"(?:on\s+)?(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)")
# A signal's date-time group, day, hour and minute in Greenwich time, then the month and year
# (`080700Z Feb 79`, `240230Z.`), after where it came from (`FM Tokyo`): when it was sent.
SIGNAL_SENT = LazyPattern(r"^(?:(?:FM|From|FROM)\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}\s+)?"
                          r"[0-3]\d[0-2]\d[0-5]\dZ(?:\s+[A-Z][A-Za-z]{2}\s+\d{2}(?:\d\d)?)?"
                          r"\.?$")
SENT_AT_HOUR = LazyPattern(r"(?i)\bat\s+\d{1,2}[:.][0-5]\d\b")
# (two figures before the year too, past the months: `90/1961`; `12/1961` may be a month)
# (its part and year after it too: `00714/2/1966`)
FILE_NUMBER = LazyPattern(r"(?:\d{3,6}|1[3-9]|[2-9]\d)/\d{1,4}(?:/\d{1,4})?")




# A time of day before a date on its line: `2:00 A.M., `, `10.30 p.m. `, `23:45, `, `1 A.M., `.
_TIME_BEFORE_DATE = LazyPattern(
    r"(?i)^\s*\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|hrs?\.?)?|\s*[ap]\.?\s?m\.?),?\s*$")


def registry_code(text: str) -> bool:
    """`648-VK`: a code with figures, no space in it (no name a list or a signature gives)."""
    return " " not in text and any(c.isdigit() for c in text)


# A file's or registry's code alone: a few capitals, then three figures or more (`A .2503`,
# `B-1234`; not a day and month, `28.10`).
_FILE_CODE = LazyPattern(r"^[A-Z]{0,3}\s?[./-]?\s?\d{3}[\d./-]*+$")


def file_code(text: str) -> bool:
    """`A .2503` under the list of whom a telegram went to: the file's code, nobody named;
    not a date written with the year first (`1951-09-12`, `1951.9.12`)."""
    return _FILE_CODE.match(text) is not None and _YEAR_FIRST_DATE.match(text) is None


# A date in figures, the year first: ISO's, or dotted as East Asian papers write it.
_YEAR_FIRST_DATE = LazyPattern(r"^\s*(?:1[89]|20)\d\d([-./])(?:0?[1-9]|1[0-2])\1"
                               r"(?:0?[1-9]|[12]\d|3[01])\.?\s*$")


# A note written by hand, wholly in its bracket, brackets inside it or not.
_HANDWRITTEN_NOTE = LazyPattern(
    r"(?i)^\[\s*(?:handwritten|in (?:\w+(?:'s|’s)? )?hand(?:writing)?)\b[^\]]*:.*\]\.?$",
    re.DOTALL)
def handwritten_note(text: str) -> bool:
    """`[Handwritten: Read. Chen Yi, 30/1]`: a line wholly a hand's note, its label and colon
    inside the bracket."""
    return _HANDWRITTEN_NOTE.match(text.strip()) is not None


# A hand's label in its bracket, then what the hand wrote (`[Handwritten:] Seen. Ö.U. 20/3`).
_HAND_LABEL_FIRST = LazyPattern(
    r"(?i)^\[\s*(?:handwritten|in (?:\w+(?:'s|’s)? )?hand(?:writing)?)\s*:?\s*\]\s*(?=\S)")


def hands_words(text: str) -> str | None:
    """What the hand wrote, on a line that is wholly its note: inside the bracket after the
    label (`[Handwritten: Read. Chen Yi, 30/1]`) or after the label's bracket
    (`[Handwritten:] Seen. Ö.U. 20/3`); None on any other line."""
    stripped = text.strip()
    if handwritten_note(stripped):
        return stripped.partition(":")[2].strip().rstrip(".]").strip()
    label = _HAND_LABEL_FIRST.match(stripped)
    return stripped[label.end():] if label is not None else None


# What the hand reports before it signs: a few words (`Two copies were sent to Cde. O.A.
# Troyanovsky (Council of Ministers).`, `to the archives: The issue has been settled Sector
# chief`), more than a signer's name or office.
_REPORT_WORDS = 5


def hour_over_day_role(text: str) -> Role | None:
    """The role of `Received at 0450,` (a docket's) or `Sent at 0850,` (a dateline's): the
    hour a telegram came in or left, on a line that ends on a comma, its day on the next."""
    if not text.endswith(","):
        return None
    if RECEIPT.match(text):
        return Role.DOCKET
    return Role.DATELINE if SENDING.match(text) else None


def marked_signing(text: str, closing: bool) -> bool:
    """A line with a signature's mark that is a signing line. A note written by hand and
    signed is the hand's: over the text, a resolution on the document (`[handwritten: "to Cdes.
    … 9 April 1960 [illegible signature]"]`); under it, a clerk's report of what became of the
    paper (`[Handwritten text: “Two copies were sent to … . /Signature/ 3 March 1959”]`)."""
    mark = SIGNATURE_MARK.search(text)
    if mark is None or initialled_annotation(text) or initialled_receipt(text):
        return False
    if _HANDWRITTEN_NOTE.match(text) is None:
        return True
    said = text[text.find(":") + 1 : mark.start()].strip(" “”\"")
    return closing and len(said.split()) < _REPORT_WORDS


# A hand's note or a stamp in its brackets, then the mark of whoever initialled it in brackets
# of its own (`[handwritten: To file. 2.XII.48] [illegible signature]`, `[stamp: MINREX – …
# RECEIVED 26 JAN 1978] [illegible signature]`).
_INITIALLED_ANNOTATION = LazyPattern(
    r"(?i)^\[\s*(?:handwritten|in (?:\w+(?:'s|’s)? )?hand(?:writing)?|[^\[\]]{0,40}\bstamp)\b"
    r"[^\[\]]*\]\s*\[(?:illegible\s+)?(?:signature|initials)\]\.?$")


def hands_initials_under_its_note(text: str, above: str) -> bool:
    """`[Handwritten: To Comrade Mladenov. … 15.XII.]` / `[illegible signature]`: the mark
    alone under a hand's note is the hand's initials, nobody signing the document."""
    return MARK_ALONE.match(text.strip()) is not None and (
        _HANDWRITTEN_NOTE.match(above.strip()) is not None)


def initialled_receipt(text: str) -> bool:
    """`Received by [illegible signature]`: the office's receipt, its clerk's mark alone after
    it (not `Drafted by: Vasile Gliga`, who wrote the record down and signs it)."""
    rest = text.strip()
    for _ in range(_RECEIPTS_ON_A_LINE):
        receipt = RECEIPT.match(rest)
        if receipt is None:
            return False
        rest = _BY.sub("", rest[receipt.end():].strip(" :"), count=1)
        # (`Deciphered 30/5/1978, 23:40 – [illegible signature]`: when, then the clerk's mark,
        # or the mark, then when: `Deciphered by: [illegible signature], 15.XI.1977, 01:40`)
        rest = _WHEN_AFTER_MARK.sub("", _WHEN_BEFORE_MARK.sub("", rest, count=1), count=1)
        if MARK_ALONE.match(rest) is not None:
            return True
        # (`Received: 15.I.59 – 01.35 hours – Deciphered by: [illegible signature]`: when it
        # came in, then who deciphered it)
        rest = _WHEN_BEFORE_MORE.sub("", rest, count=1)
    return False


# The receipts one line may hold, each after the one before (`Received: … – Deciphered by: …`).
_RECEIPTS_ON_A_LINE = 3


_BY = LazyPattern(r"^by\b\s*:?\s*")
# A day and an hour in figures before the clerk's mark, and the words that join them.
# (each part taken whole, never split again: a hostile line of figures is read once)
_WHEN_BEFORE_MARK = LazyPattern(r"^(?>(?:on|at|\d[\d./:]*+|hrs?\.?|h)[\s,;–—-]*+)+(?=\[)")
# A day and an hour in figures before the office's next word on the line.
_WHEN_BEFORE_MORE = LazyPattern(r"^(?>(?:on|at|\d[\dIVX./:]*+|hrs?\.?|hours|h)[\s,;–—-]*+)+")
# The day and hour after the clerk's mark (`[illegible signature], 15.XI.1977, 01:40`), a
# Roman month among its figures.
_WHEN_AFTER_MARK = LazyPattern(r"(?<=\])(?>[\s,;–—-]*+(?:on|at|\d[\dIVX./:]*+|hrs?\.?|h))+\.?$")


def initialled_annotation(text: str) -> bool:
    """A hand's note or a stamp initialled by whoever wrote or set it: that writer's mark on
    the note, no signature of the document's."""
    return _INITIALLED_ANNOTATION.match(text.strip()) is not None


# A line that is one handwritten addition (`[Handwritten: V. Molotov]`).
HANDWRITTEN_LINE = LazyPattern(
    r"(?i)^\[\s*(?:handwritten|in (?:\w+(?:'s|’s)? )?hand(?:writing)?)\s*:\s*"
    r"(?P<inner>[^\[\]]+)\]\.?$")


# An office and what it is of, opening a line (`Secretary of the CC of Azerbaijan`, `USSR
# Ambassador to the DPRK`).
_OFFICE_OF = LazyPattern(
    r"(?i)^(?:[\w’'.-]+\s+){0,2}?(?:ambassador|minister|chairman|secretary|charg[ée] d['’]affaires|"
    r"director|head|consul|president|commissar|envoy|chief|commander|representative|deputy)"
    r"\s+(?:of|in|to|at|for)\s")
# A translator's or editor's note written inside a line.
_NOTE_INSIDE = LazyPattern(r"(?i)\[[^\[\]]*\bnote\b[^\[\]]*\]")
# Words that end an office's name, not a person's (`of the Soviet Union`, `of Foreign Affairs`).
_INSTITUTION_WORDS = frozenset(
    "union republic republics party affairs ministers states kingdom front army forces people "
    "committee ministry council government embassy commission department".split())
_OFFICE_AND_HOLDER_WORDS = 16


def _office_words(plain: str) -> list[str] | None:
    """The words of a line that opens on an office and what it is of, no longer than an
    office and its holder's name; None for any other line."""
    words = plain.split()
    if _OFFICE_OF.match(plain) is None or len(words) > _OFFICE_AND_HOLDER_WORDS:
        return None
    return words


def office_alone(text: str) -> bool:
    """`Deputy of the secretariat of International Department of CC CPSU`: an office and what
    it is of, and nothing more (no sentence, no label)."""
    plain = text.replace("[", "").replace("]", "").strip()
    return _office_words(plain) is not None and not any(mark in plain for mark in ".,;:!?")


# A holder's initials and family name in capitals, ending an office's line.
_INITIALLED_AT_END = LazyPattern(r"\s(?:[A-ZА-Я]\.\s?){1,2}[A-ZА-Я][A-ZА-Я’'-]+$")


def office_and_holder(text: str) -> bool:
    """`Secretary of the Tsekapart [Translator’s note: …] of Azerbaijan Bagirov`: an office and
    what it is of, then who holds it, on one line. Two capitalised words end it, the office's
    place and the name (`Ambassador of the USSR in Korea` ends in its place alone), the last
    no institution's (`of the Soviet Union`)."""
    plain = _NOTE_INSIDE.sub(" ", text).replace("[", "").replace("]", "").strip().rstrip(".")
    words = _office_words(plain)
    if words is None or any(mark in plain for mark in ",;:!?()"):
        return False
    if plain.isupper():
        # (in capitals, the holder's initials tell his name: `SOVIET AMBASSADOR IN THE DPRK A.
        # PUZANOV`)
        holder = _INITIALLED_AT_END.search(plain)
        return holder is not None and _office_words(plain[: holder.start()]) is not None
    capitalised = sum(1 for _ in takewhile(lambda word: word[:1].isupper(), reversed(words)))
    return (2 <= capitalised < len(words)
            and words[-1].lower().strip("’'") not in _INSTITUTION_WORDS)


# A cipher telegram's number between dashes, then who signed it, dashed too (`– 157 –`,
# `– 154 Charges d’Affaires –`, `– 84 – Ágoston –`, `-- 118 --`).
# (`121 – E. –`, `• 93 – E. –`: the first dash left out, or a bullet in its place)
DASHED_NUMBER = LazyPattern(
    r"^(?:[–—-]{1,2}\s*(?P<number>\d{1,5}(?:[–-]\d{1,3})?)\s*[–—-]?|"
    r"(?:[•·]\s*)?(?P<bare>\d{1,5})\s+[–—-]\s)"  # (not a registry's code: `648-VK`)
    r"(?:\s*(?P<signer>[^\d\s–—-][^–—]*?))?\s*[–—-]{0,2}\s*$")
# The signer first, the number after (`– Monori – 423 –`).
DASHED_SIGNER_FIRST = LazyPattern(r"^[–—-]\s*(?P<signer>[^\d\s–—-][^–—\d]*?)\s*[–—-]\s*"
                                  r"(?P<number>\d{1,5})\s*[–—-]?\s*$")


def dashed_number(text: str) -> tuple[tuple[int, int], str] | None:
    """Where the telegram's number stands in a cipher telegram's dashed line, and who signs
    beside it (`– 160 – charge d’affaires –`, `121 – E. –`, `– Monori – 423 –`; none in `– 157
    –`), if the line is one."""
    found = DASHED_NUMBER.match(text)
    if found is not None:
        return (found.span("number" if found["number"] is not None else "bare"),
                found["signer"] or "")
    found = DASHED_SIGNER_FIRST.match(text)
    return (found.span("number"), found["signer"]) if found is not None else None


# A diplomatic note's opening formula, in the third person, before whom the note goes to (`The
# Ministry … has the honour to inform the Embassy of the United Kingdom that …`, `… presents
# its compliments to the Embassy of …`).
_NOTE_FORMULA = LazyPattern(
    r"(?i)\b(?:ha(?:s|ve) the hono(?:u)?r to (?:inform|advise|notify|request|ask|"
    r"(?:transmit|communicate|convey) to|bring to the (?:attention|notice) of)|"
    r"presents? (?:its|his|their) compliments to)\s+(?:the\s+)?")
# What of the opening a foot line's name is compared with.
_NOTE_TAIL = 120
_NOTE_PARAGRAPHS = 3
# (a paragraph that repeats the formula gives no more addressees to compare each line with)
_NOTE_FORMULAS = 2


def note_addressees(paragraphs: Iterable[str]) -> tuple[str, ...]:
    """The words after a note's formula in its first paragraphs (`embassy of the united
    kingdom that the …`), case folded: the addressee a line at the note's foot repeats."""
    return tuple(text[found.end():found.end() + _NOTE_TAIL].casefold()
                 for text in islice(paragraphs, _NOTE_PARAGRAPHS)
                 for found in islice(_NOTE_FORMULA.finditer(text), _NOTE_FORMULAS))


# A title of respect that an addressee's name takes and a signer never gives his own, the
# line left open on a comma (`Shri Lal Bahadur Shastri,`, `His Excellency Mr. …,`).
# A man styled as a British letter addresses him, at the line's end (`M.W. Perrin, Esq.,`).
ESQUIRE = r",\s*Esq\.?,?$"
_HONORIFIC = r"(?:His|Her|Their)\s+Excellenc(?:y|ies)|The\s+Hon(?:ou?rable|\.)"
# The title of respect alone on its line, the addressee's name on the next (`His Excellency`
# / `Ngo Dinh Diem` / `President of the Republic of Viet-Nam` / `Saigon, Viet-Nam`).
ADDRESSEE_HONORIFIC = LazyPattern(rf"^(?:{_HONORIFIC})[,:]?$")
ADDRESSEE_TITLED = LazyPattern(rf"^(?:Shri|Sri|Smt\.?|{_HONORIFIC}|H\.\s?E\.|"
                               r"Mr\.?|Mrs\.?|Dr\.?|Sir)\s+[A-Z].*,$"
                               rf"|{ADDRESSEE_HONORIFIC.pattern}"
                               # (an Indian honorific needs no comma: `Shri S. Dutt` / `Foreign
                               # Secretary` / `Ministry of External Affairs,` / `NEW DELHI.`)
                               r"|^(?:Shri|Sri|Smt\.?)\s+[A-Z][^\d]*$"
                               # (a British letter's addressee, styled `Esq.`: `M.W. Perrin,
                               # Esq.,` / `Ministry of Supply.`; nobody signs so)
                               r"|^[A-Z][\w.’' -]{1,40}" + ESQUIRE
                               # (`Hon. Prof. Aldo MORO` / `Minister for Foreign Affairs`: the
                               # honourable is whom a letter went to; nobody signs so either)
                               + r"|^(?:The\s+)?Hon\.\s+[A-Z][^\d]*$")


_DASHED = LazyPattern(r"^(?P<office>.{3,80}?)\s[-–—]\s(?P<name>[^-–—]{3,60})$")


def office_dash_name(text: str) -> bool:
    """`Head of the East Turkestan Government - ALIHAN TORE [SHAKIRJAN]`: the office, a dash,
    the signer's name in capitals."""
    found = _DASHED.match(text)
    if found is None or OFFICE_TITLE.search(found["office"]) is None:
        return False
    name = " ".join(BRACKETED.sub(" ", found["name"]).split())
    return is_name_line(name) and name.upper() == name


# `– Monori – 423 –`: a cipher telegram's signer and number between dashes.
# (the inner text from its first character to its last that is no space, the spaces around it
# taken whole: a long run of spaces is not shared out between them)
_FRAMED = LazyPattern(r"^[-–—]\s*+(?P<inner>.*\S)\s*+[-–—]$")


def framed_signature(text: str) -> bool:
    found = _FRAMED.match(text)
    return found is not None and any(
        is_name_line(part.strip()) and not part.strip()[:1].isdigit()
        for part in re.split(r"\s*[-–—]\s*", found["inner"]))


def numbered_in_brackets(text: str) -> bool:
    """A number's label whose number and all else are in brackets (`Nº [handwritten: 328/ag]
    [signature]`)."""
    label = NUMBER_AT_START.match(text)
    return (label is not None and "[" in text
            and not BRACKETED.sub(" ", text[label.end():]).strip(" .,"))


def text_role(text: str) -> Role:
    """The role of a furniture line that no scored role claims: what it still is."""
    plain = text.replace("[", "").replace("]", "").strip()
    if RECEIPT.match(plain) or COUNT_ONLY.match(plain) or PROCESSING.match(plain):
        # (`Printed in 5 copies` alone: the typist's record, no list; `Encl.: 3 pages`)
        return Role.DOCKET
    if SALUTE_LINE.match(text) or names_address(text):
        return Role.SALUTE  # (`Peng [Dehuai] and Huang [Kecheng]:`, short enough for a line)
    if PRECEDENCE.match(plain):
        return Role.PRECEDENCE
    if not text.lstrip().startswith("[") and CLASSIFICATION_LINE.match(
            BRACKETED.sub(" ", text).strip()):
        # (the original's words for it after it: `Personal Confidential Matter! [Persönliche
        # Verschlußsache]`; not what a hand wrote: `[handwritten:] Personal!`)
        return Role.CLASSIFICATION
    plain = unspaced(plain)  # (`N o t e`)
    form = FORM_NAME.match(plain)
    if form and len(plain.split()) <= 4 and (plain.upper() == plain
                                             or not plain[form.end():].strip(" .")):
        return Role.FORM  # `CIPHERED TELEGRAM NO. 8600`, `Ciphered Telegram`; not `Note:`
    return Role.LINE


def precedence_alone(text: str) -> bool:
    """Whether a line is a precedence and no marking of secrecy, whatever the table scored
    (`Special Urgent`, a Chinese cable's: `Special` weighs for a marking)."""
    plain = unemphasised(text.strip()).strip(" .!")
    return PRECEDENCE.fullmatch(plain) is not None and _SECRECY_WORD.search(plain) is None


_SECRECY_WORD = LazyPattern(r"(?i:" + SECRECY + r")")


SCORED_ROLES = {
    "signed": Role.SIGNED,
    "dateline": Role.DATELINE,
    "classification": Role.CLASSIFICATION,
    "stamp": Role.STAMP,
}

# Days from one to another (`20-24 October 1960`).
DAYS_SPAN = LazyPattern(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b")
# A mission abroad that sends the text, alone on its line (`Embassy of the GDR in the PR China`;
# its country's letters may come first: `GDR Embassy to the DPRK`).
SENDING_MISSION = LazyPattern(r"^(?:The\s+)?(?:[A-Z]{2,5}\s+)?(?:Embassy|Consulate(?:[- ]General)?|"
                              r"Legation|(?:Permanent |Trade )?Mission)\s+(?:of|in|to)\s+"
                              r"[^,.;:]{3,70}$")
# A place's name alone, in title case (a signer's name under a date is mostly in capitals or of
# several words): `Pyongyang`, `Moscow.`, `Pyongyang”`; a state's or district's letters after
# it (`Washington DC`, `Brasilia-DF`).
PLACE_WORD = LazyPattern(r"^[A-ZА-Я][a-zа-яё’'-]{2,}(?:,?[ -](?:[A-Z]{2}|D\.C\.))?[.,]?"
                         r"[\"”»]?$")
# A place's name alone in capitals (`BEIJING`, `NEW DELHI`), as a letterhead prints it over
# the date.
PLACE_IN_CAPITALS = LazyPattern(r"^[A-ZА-Я][A-ZА-Я’'-]{2,}(?: [A-ZА-Я][A-ZА-Я’'-]{2,})?"
                                r"(?:,? D\.C\.)?[.,]?$")
# Where a cable was sent from, labelled, a place's one word (`From: Bandung`, `from: Pyongyang`,
# `Sent from: Havana`; not the sender: `From: Ambassador Katori`).
SENT_FROM = LazyPattern(r"^(?i:(?:sent\s+)?from):\s*[A-ZА-Я][a-zа-яё’'-]{2,}\.?$")
# Where a cable was sent from, in the cipher office's words (`from SOCHI`, `From Pyongyang`),
# over the line that says when it was sent.
FROM_PLACE = LazyPattern(r"^(?i:from)\s+(?:[A-ZА-Я][a-zа-яё’'-]{2,}|"
                         r"[A-ZА-Я]{3,}(?:[ -][A-ZА-Я]{2,})?)\.?$")
# An hour alone on its line (`(16:50)`, `11.30 hrs`, `10:15 a.m.`, `22:30 Hours`), labelled
# as a form's field (`Time: 18:00` under `Date: 24.07.1975`; `Sent: 02:35` under `Date: 23
# October 1962`, the hour it was sent that day).
HOUR_ALONE = LazyPattern(r"^\s*(?:(?i:time|hour|sent|dispatched)\s*:\s*)?\(?\d{1,2}[:.]\d\d"
                         r"(?:\s*(?i:hrs?\.?|hours|h|[ap]\.\s?m\.))?\)?\.?\s*$")
# A handling caveat's first words, which its line may not hold whole.
CAVEAT_OPENING = LazyPattern(r"(?i)^after (?:use|reading),")
CAVEAT_LINES = 5
# A place and the hour of sending, alone on a line (`Bucharest 2010 hrs`, `Moscow, 18.30 h`).
PLACE_AND_HOUR = LazyPattern(r"^[A-ZА-Я][a-zа-яё’'-]{2,},?\s+\d{1,2}[:.]?\d\d\s*"
                             r"(?:hrs?|hours|h)\.?$")
# A number under a label that says what number it is (reference, registration, inventory,
# file, outgoing), alone on its line.
LABELLED_NUMBER = LazyPattern(
    r"(?i)^(?:(?:our|your)\s+)?(?:ref(?:erence)?|reg(?:istration|istry)?|inv(?:entory)?|file|"
    r"outgoing|incoming|serial|index|orig(?:inal)?|print)\.?\s*(?:no\.?|nr\.?|n[º°o]\.?|№|#)?"
    # (the office's letters may follow: `orig. No. 167/3 ag`; or, after a dash, the writer's
    # and the typist's initials: `Ref.: 641.2 – Br/ms`)
    r"\s*:?\s*[\w/.-]*\d[\w/.-]*(?:\s[a-z]{1,3}|\s[–—-]\s[^\W\d_]{1,4}/[a-z]{1,3})?\.?$")
# How a letterhead says where its writer is reached.
CONTACT = LazyPattern(r"(?i)\b(?:telephone|phone|tel\.|fax|telex|telegrams|cable address|"
                      r"p\.\s?o\.\s?box|postfach)\b")
# The point of a protocol a decision is under (`Per Point 16, Prot. No. 104`, `Reference
# point 151 of Minutes Nº 177`, `Re: item 3 of Protocol No. 12`).
PROTOCOL_POINT = LazyPattern(
    r"(?i)^(?:(?:per|re:?|reference|ref\.|extract from|excerpt from)\s+)?(?:point|item|"
    # (`Per p. 380-gs. Pr. No. 81`: the point's number with its series' letters, `Pr.` for
    # the protocol)
    r"paragraph|para\.|p\.)\s*\d+(?:[a-z]|-[a-z]{1,3})?\s*(?:[.,]\s*|\s+of\s+(?:the\s+)?)"
    r"(?:pr\.|prot(?:ocol)?\.?|minutes)\s*(?:no\.?|nr\.?|n[º°o]\.?|№|#)\s*[\w/-]*\d[\w/-]*\.?"
    r"(?:\s*\[\d{1,2}\])?$")

# An attachment's caption (`to point 24 of Protocol No. 316`, `To item 17s of prot. No. 58`):
# whose attachment it is, the decision's numbers, none of its own.
ATTACHMENT_TO_POINT = LazyPattern(
    r"(?i)^to\s+(?:point|item|p\.)\s*\d+[a-z]?\s+of\s+(?:the\s+)?(?:pr\.|prot(?:ocol)?\.?)")


def dated_line(unit: Unit, tests: LineTests) -> bool:
    """A line of its dates alone, or of a time of day and the date (`2:00 A.M., 6
    October`, as a letter is dated under its signature)."""
    if is_date_only(unit, tests):
        return True
    text = without_bracket_marks(unit.text)  # (`10:00 a.m., 27 July [1958]`)
    span = tests.date_span(text)
    return (span is not None and not text[span[1]:].strip(" .,")
            and _TIME_BEFORE_DATE.match(text[: span[0]]) is not None)


def bracketed_date(text: str, tests: LineTests) -> bool:
    """`[19 March 1974]`: a date alone in square brackets."""
    if ONE_BRACKET.fullmatch(text) is None:
        return False
    inner = text.rstrip(".")[1:-1]
    span = tests.date_span(inner)
    return span is not None and span[0] == 0 and not inner[span[1]:].strip(" .,")
