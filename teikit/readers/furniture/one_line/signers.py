"""A date printed on one line with its signer or salutation, two signers side by side, the
copies' count beside the signature, and the sending and the receipt on one line.
"""

from __future__ import annotations

import re
from itertools import pairwise

from teikit.lazy_pattern import LazyPattern
from teikit.model import Role
from teikit.readers.furniture.line_patterns import (
    COPIES_MADE,
    MARK_ALONE,
    OFFICE_TITLE,
    SIGNATURE_LABEL,
)
from teikit.readers.furniture.one_line.parts import Split, cut_into_parts, without_brackets
from teikit.readers.lines import is_name_line, split_at
from teikit.readers.units import Unit

# A receipt clause after the sending clause on one line, after the end of the latter.
# (after a stop, or the sending's figures: `Sent 17.11.50 Received 18.11 4:03`; in lower case
# after a form's dots and a space: `… at 12:00 hours…….. received on 03.12.`; a line is parted
# only at a space, which keeps the words of the source apart in the TEI as they were)
_RECEIPT_AFTER = LazyPattern(r"(?<=[.;,\d…])\s+(?=(?:Received|Arrived|Deciphered|"
                             r"Decoded|Decrypted|Incoming|received on|arrived on)\b)")


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
    return cut_into_parts(unit, Role.SIGNED, [(start, Role.SIGNED) for start in starts])


def name_after_date(text: str, span: tuple[int, int]) -> str | None:
    """`13.6.51 ROSHCHIN`, `6.1.1949 Filippov [Stalin]`: the name after the date that opens the
    line (the translator's identification aside), if a name follows it."""
    if text[: span[0]].strip():
        return None
    name = without_brackets(text[span[1]:]).strip(" ,.")
    if (text[span[1]:].lstrip().startswith(",") and len(name.split()) == 1
            and not name.isupper()):
        return None  # `12 September 1951, Moscow`: where it was written, after a comma
    if _CLOCKS_ZONE.fullmatch(name) is not None:
        return None  # `16 July 1960, 20:00 Moscow time`: whose clock the hour is, no signer
    return name if is_name_line(name) else None


# The zone an hour is given in (`Moscow time`, `local time`, `GMT`).
_CLOCKS_ZONE = LazyPattern(r"(?i)(?:[^\W\d_][\w-]*\s+)?time|GMT|UTC|Z")


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


# How many copies were made, then another column on the same line (`3 copies made CEREKWISKI
# [CEREKWICKI?] EUGENIUSZ`, `3 copies made […] [signature]`).
_COPIES_THEN = LazyPattern(rf"(?i)^(?:{COPIES_MADE})\.?(?=\s+\S)")
# What stands between the copies and the signature: the translator's omission.
_OMITTED = LazyPattern(r"^\s*(?:\[\s*(?:…|\.\.\.)\s*\]\s*)+")


def copies_and_signer(unit: Unit) -> tuple[Unit, Unit] | None:
    """`3 copies made CEREKWISKI [CEREKWICKI?] EUGENIUSZ`, `3 copies made […] [signature]`: the
    typist's count of the copies in the left column, the signature in the right one, printed on
    one line: the two apart (the translator's omission between them stays with the count)."""
    copies = _COPIES_THEN.match(unit.text)
    if copies is None:
        return None
    rest = unit.text[copies.end():]
    omitted = _OMITTED.match(rest)
    signer = rest[omitted.end() if omitted else 0:]
    # (no figure: `Four copies typed Leshevich Nº 6696` names the typist and the number, over
    # the copies' list)
    if any(c.isdigit() for c in signer) or not (
            MARK_ALONE.match(signer.strip()) or (is_name_line(without_brackets(signer).strip())
                                                 and not OFFICE_TITLE.search(signer))):
        return None
    return split_at(unit, len(unit.text) - len(signer.lstrip()))
