"""The furniture rules: what a line of the opening or closing furniture becomes, with the
lines it takes with it. Each rule is small and named; `RULES` runs them in order, and the first
that claims the line places it and says where placing goes on. A line no rule claims keeps the
role the table gave it (`fallback`).

The order is the rules' precedence: a valediction is joined to its name before the name is
read as a signature, a number split from the marking on its line before the line is read as a
number, the date's joins (with a place, an hour, the translator's reading) before a date alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from teikit.model import Role
from teikit.readers.furniture import lists, one_line
from teikit.readers.furniture.cues import (
    ADDRESS_START,
    BRACKETED,
    CLASSIFICATION_LINE,
    FORM_NAME,
    OPEN_END,
    PRECEDENCE,
    RECEIPT,
    SENDING,
    TIME,
    VALEDICTION,
    date_only,
    is_short_sentence,
)
from teikit.readers.furniture.line_shapes import (
    ADDRESS_LINES,
    CAVEAT_LINES,
    CAVEAT_OPENING,
    CONTACT,
    DAYS_SPAN,
    FILE_NUMBER,
    FROM_PLACE_DATED,
    FROM_RECEIVED,
    HANDWRITTEN_LINE,
    HOUR_ALONE,
    LABELLED_NUMBER,
    PLACE_AND_HOUR,
    PLACE_IN_CAPITALS,
    PLACE_WORD,
    PROTOCOL_POINT,
    SCORED_ROLES,
    SENDING_MISSION,
    SENT_AT_HOUR,
    SENT_FROM,
    SIGNED_LABEL,
    STAMP_LABEL,
    bracketed_date,
    dated_from,
    dated_line,
    framed_signature,
    hour_over_day_role,
    marked_signing,
    numbered_in_brackets,
    office_dash_name,
    registry_code,
    text_role,
)
from teikit.readers.furniture.opener import MEETING_LABEL
from teikit.readers.furniture.placement import Placing, is_date_only, join_lines
from teikit.readers.furniture.sequence import Piece
from teikit.readers.furniture.settled import cut_off_opening, is_period
from teikit.readers.furniture.signing import (
    closes_relayed,
    office_over_signer,
    signed,
    signs_over,
)
from teikit.readers.lines import is_name_line, is_signer_line, unemphasised
from teikit.readers.units import Unit


@dataclass
class Line:
    """A furniture line as the rules see it: where it stands and what the table made of it."""

    asm: Placing
    index: int
    piece: Piece
    text: str
    """Stripped, its emphasis marks dropped."""
    role: str
    following: int | None
    """The next piece's index, when it is a line."""
    zone: str
    closing: bool

    @property
    def unit(self) -> Unit:
        return self.piece.unit

    @cached_property
    def plain(self) -> str:
        """The text without its square brackets."""
        return self.text.replace("[", "").replace("]", "")

    @cached_property
    def span(self) -> tuple[int, int] | None:
        """Where the line's date stands, if it has one."""
        return self.asm.tests.date_span(self.unit.text)

    @property
    def number_role(self) -> Role:
        """What a number on this line is: under the text, the registry's."""
        return Role.REGISTRY if self.closing else Role.DOCUMENT_NUMBER

    @cached_property
    def dated_alone(self) -> bool:
        return (self.role in ("dateline", "text") and dated_line(self.unit, self.asm.tests)
                and not is_period(self.unit.plain))

    def below(self) -> Unit:
        """The next line's unit (ask only when `following` is set)."""
        assert self.following is not None
        return self.asm.pieces[self.following].unit

    def one(self, role: Role, unit: Unit | None = None) -> int:
        """The line placed alone (or `unit`, the line as it was joined), in `role`."""
        self.asm.add(self.zone, "furniture", unit or self.unit, role)
        return self.index + 1

    def with_below(self, role: Role) -> int:
        """The line and the next one, one placement in `role`."""
        assert self.following is not None
        self.asm.add(self.zone, "furniture", join_lines(self.unit, self.below()), role)
        return self.following + 1

    def split(self, split: one_line.Split) -> int:
        """The line's parts, each placed in its role."""
        for unit, role in split:
            self.asm.add(self.zone, "furniture", unit, role)
        return self.index + 1

    def signs(self, unit: Unit | None = None, after: int | None = None) -> int:
        """The line (or `unit`) a signature, with the lines under it that belong to it."""
        return signed(self.asm, unit or self.unit,
                      self.zone, self.index + 1 if after is None else after)


Rule = Callable[[Line], "int | None"]


def letterhead_contact(line: Line) -> int | None:
    """`OLLENHAUERSTR. 1, 5300 BONN … TELEPHONE 022/532 309`: the letterhead's address, its
    figures a street's and a telephone's, no number of the document."""
    if line.role == "number" and CONTACT.search(line.text):
        return line.one(Role.LINE)
    return None


def valediction_and_name(line: Line) -> int | None:
    """`Sincerely,` / `Communist Salutations!` / `Zhou Enlai`: farewells, then the name they
    close with; `Signed` / the name."""
    asm, following = line.asm, line.following
    if following is None or not (VALEDICTION.match(line.plain) or SIGNED_LABEL.match(line.text)):
        return None
    unit = line.unit
    while (following + 1 < len(asm.pieces) and asm.pieces[following + 1].kind == "line"
           and VALEDICTION.match(unemphasised(asm.pieces[following].unit.plain.strip()))
           and asm.role(following) in ("signed", "text")):
        unit = join_lines(unit, asm.pieces[following].unit)
        following += 1
    if asm.role(following) in ("signed", "text") and (
            asm.role(following) == "signed"
            or is_signer_line(asm.pieces[following].unit.plain.strip())):
        return line.signs(join_lines(unit, asm.pieces[following].unit), following + 1)
    if unit is not line.unit:
        return line.signs(unit, following)
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
        text += " " + pieces[at].unit.plain.strip()
        if CLASSIFICATION_LINE.match(text) is not None:
            end = at + 1
    if end is None:
        return None
    lines = [pieces[at].unit for at in range(line.index + 1, end)]
    line.one(Role.CLASSIFICATION, join_lines(line.unit, *lines))
    return end


def hour_over_day(line: Line) -> int | None:
    """`Received at 0450,` / `8 May 1946`: when the telegram came in (or left), the hour on one
    line and its day on the next, one docket (or dateline)."""
    if line.following is None:
        return None
    role = hour_over_day_role(line.text)
    if (role is not None and line.asm.tests.date_span(line.text) is None
            and is_date_only(line.below(), line.asm.tests)):
        return line.with_below(role)
    return None


def place_over_date(line: Line) -> int | None:
    """`Pyongyang` / `31 August 1950` under a signature, `Washington DC` / `26 October 1962`
    or `BEIJING` / `21 AUGUST 1961` over a letter: the place over the date is the dateline's,
    as the place under it is (in capitals, under a signature, it may be the signer's name)."""
    asm, following = line.asm, line.following
    if (following is not None
            and ((PLACE_WORD.match(line.text)
                  and (line.zone in asm.signed_zones or _place_opens_letter(line)))
                 or (PLACE_IN_CAPITALS.match(line.text) and _place_opens_letter(line)))
            and asm.role(following) == "dateline" and is_date_only(line.below(), asm.tests)):
        return line.with_below(Role.DATELINE)
    return None


def date_over_place_and_hour(line: Line) -> int | None:
    """`April 26, 1966` / `Bucharest 2010 hrs`: the date, then where and at what hour the
    telegram left, one dateline."""
    if (line.following is not None and line.role == "dateline" and line.piece.zone == "opener"
            and is_date_only(line.unit, line.asm.tests)
            and PLACE_AND_HOUR.match(line.below().plain.strip())):
        return line.with_below(Role.DATELINE)
    return None


def date_over_its_reading(line: Line) -> int | None:
    """`19.III.1974` / `[19 March 1974]`: the date, then the translator's reading of it in words
    on the line under it, one dateline."""
    if (line.following is not None and line.role in ("dateline", "text")
            and is_date_only(line.unit, line.asm.tests)
            and bracketed_date(line.below().plain.strip(), line.asm.tests)):
        return line.with_below(Role.DATELINE)
    return None


def time_and_place(line: Line) -> int | None:
    """`Time: Morning, 31 March 1965` / `Place: Villa Joly, …`: when and where the talks took
    place (`Date:` or `Time:`, `Place:`, `Location:` or `Venue:`, in either order), one
    dateline; the hours alone will do (`Time: 7:30 p.m. – 8:30 p.m.`)."""
    if line.following is None:
        return None
    first = MEETING_LABEL.match(line.unit.plain.strip())
    second = MEETING_LABEL.match(line.below().plain.strip())
    if first is None or second is None or bool(first["when"]) == bool(second["when"]):
        return None
    timed = (line.unit if first["when"] else line.below()).text
    if line.asm.tests.date_span(timed) is None and TIME.search(timed) is None:
        return None
    return line.with_below(Role.DATELINE)


def days_held_in_registry(line: Line) -> int | None:
    """`02214-gs` / `20-24 October 1960`: the days a registry held the paper, no day anybody
    sent it."""
    out = line.asm.out
    if (line.role == "dateline" and line.piece.zone == "opener" and out
            and out[-1].zone == "opener" and out[-1].role is Role.DOCUMENT_NUMBER
            and is_date_only(line.unit, line.asm.tests) and DAYS_SPAN.search(line.unit.plain)):
        return line.one(Role.DOCKET)
    return None


def file_number(line: Line) -> int | None:
    """`5155/14` alone among the furniture: the file's number and its part (`Č.j.` printed
    before it or not), no date."""
    if (line.role == "text" and FILE_NUMBER.fullmatch(line.text) is not None
            and line.asm.tests.date_span(line.text) is None):
        return line.one(line.number_role)
    return None


def number_then_list(line: Line) -> int | None:
    """`No. P84/422 Copies: Comrades Malenkov, Molotov, Gromyko`: the extract's number, then
    the comrades it went to."""
    listed = one_line.number_then_list(line.unit)
    if listed is None:
        return None
    line.one(line.number_role, listed[0])
    line.asm.add_list(line.piece, [listed[1]])
    return line.index + 1


def date_then_list(line: Line) -> int | None:
    """`28 August 1951 Copies: Malenkov, Molotov, …`: the date, then the copies' list."""
    dated = one_line.date_then_list(line.unit, line.span)
    if dated is None:
        return None
    line.one(Role.DATELINE, dated[0])
    line.asm.add_list(line.piece, [dated[1]])
    return line.index + 1


def several_on_one_line(line: Line) -> int | None:
    """A line of two or three pieces of furniture side by side (an address and a marking, a
    marking and a copy's number, a number and a marking, a line and the message's
    precedence): each placed in its role."""
    unit, number_role, role = line.unit, line.number_role, line.role
    split = (one_line.address_and_marking(unit)
             or one_line.filed_number(unit)
             or one_line.column_and_marking(unit, number_role)
             or one_line.marking_and_copy(unit, number_role)
             or one_line.line_marking_and_copy(unit, number_role)
             or one_line.marking_copy_and_rest(unit, number_role, line.asm.tests.date_span))
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
                 or one_line.number_route_and_date(unit, line.span, number_role))
    if split is None and role == "number":
        # `Confidential Number 103/2`: the marking before the number, kept only as that
        # (`Secret Telegram No. 3267/IV` names its form: one number)
        marked = one_line.marking_and_rest(unit, number_role)
        split = marked if marked is not None and marked[-1][1] is number_role else None
    return line.split(split) if split is not None else None


def office_over_signature(line: Line) -> int | None:
    """`Chairman of the … Commission` / `[signature] (V. Grigor’yan)`: the office signs on its
    own line, over the signature (one `signed` per signing line). `MINISTER OF NATIONAL
    DEFENSE:` / `COLONEL-GENERAL PETROV`: the office introduces the name, one signing
    statement; `DEPUTY CHIEF OF THE GENERAL STAFF AND` / `CHIEF OF THE INTELLIGENCE DEPARTMENT`:
    the offices' line goes on (after a comma, `The Ambassador,` / `G.W. Boissevain.`, two
    signing lines)."""
    following = line.following
    if not line.closing or following is None or not office_over_signer(line.asm, line.index,
                                                                          following):
        return None
    if line.unit.plain.rstrip().endswith(":") or (OPEN_END.search(line.text)
                                                  and not line.text.endswith(",")):
        return line.signs(join_lines(line.unit, line.below()), following + 1)
    return signs_over(line.asm, line.unit, line.zone, following)


def dashed_number_and_signer(line: Line) -> int | None:
    dashed = one_line.dashed_number_and_signer(line.unit) if line.closing else None
    if dashed is not None and line.span is None:
        return line.split(dashed)
    return None


def handwritten_signature_or_date(line: Line) -> int | None:
    """`[Handwritten: V. Molotov]`, `[Handwritten: 29 October, 1947]`: signed and dated by hand
    under the text (`TsK-22796` so written is a number)."""
    by_hand = HANDWRITTEN_LINE.match(line.text) if line.closing else None
    if by_hand is None:
        return None
    inner = by_hand["inner"].strip()
    if is_name_line(inner) and not any(c.isdigit() for c in inner):
        return line.signs()
    if date_only(inner, line.asm.tests.date_span(inner)):
        return line.one(Role.DATELINE)
    return None


def office_dash_or_framed_name(line: Line) -> int | None:
    """`Head of the East Turkestan Government - ALIHAN TORE`, `– Monori – 423 –`: a signature
    on one line."""
    if line.closing and (office_dash_name(line.text) or framed_signature(line.text)):
        return line.signs()
    return None


def name_under_the_copies(line: Line) -> int | None:
    """A name alone under the text, taken for one more recipient of a list above it (the
    opener's `Copies:`), where nobody has signed yet: the signer."""
    if (line.closing and line.role == "distribution" and line.zone not in line.asm.signed_zones
            and is_name_line(line.text) and not lists.names_a_comrade(line.text)
            and not any(c.isdigit() for c in line.text)):
        return line.signs()
    return None


def number_in_brackets(line: Line) -> int | None:
    """`Nº [handwritten: 328/ag] [signature]`: the number written in by the signer."""
    return line.one(line.number_role) if numbered_in_brackets(line.text) else None


def date_then_mark(line: Line) -> int | None:
    span = line.span
    if line.closing and span is not None and one_line.mark_after_date(line.unit, span):
        return line.split(one_line.date_and_signer(line.unit, span))
    return None


def signing_line(line: Line) -> int | None:
    """A line the table calls signed, one found signing by where it stands, or one with a
    signature's mark."""
    if (line.role == "signed" or line.index in line.asm.signed_by_position
            or marked_signing(line.text, line.closing)):
        return line.signs()
    return None


def number_with_signer_or_date(line: Line) -> int | None:
    """A number and its signer or date on one line (under the text, `Nº 395 - 9 August 1960`
    is one registry entry, dated)."""
    unit, span, split = line.unit, line.span, None
    if line.role == "number" and line.closing:
        split = (one_line.number_and_signer(unit, line.text)
                 or one_line.number_signer_and_date(unit, line.text,
                                                    line.asm.tests.date_span(line.text)))
    if line.role in ("number", "dateline") and not line.closing and split is None:
        split = (one_line.number_and_date(unit, span, Role.DOCUMENT_NUMBER)
                 or one_line.date_and_number(unit, span, Role.DOCUMENT_NUMBER))
    return line.split(split) if split is not None else None


def date_over_number(line: Line) -> int | None:
    """`17 October 1960` / `Nº 489` under the copies: the registry entry, dated first."""
    if (line.zone == "postscript" and line.following is not None
            and line.asm.role(line.following) == "number"
            and is_date_only(line.unit, line.asm.tests)):
        return line.with_below(Role.REGISTRY)
    return None


def registry_number(line: Line) -> int | None:
    """A registry number's date is written in figures (`648-VK` / `V.X.51`: a code over such a
    date is the registry's whatever the table says); a date in words under a number is the
    document's dateline, unless the text's closer is behind (`Nº 353` / `31 May 1957` under
    the copies)."""
    if not (line.role == "number" or registry_code(line.text)):
        return None
    tests = line.asm.tests
    under = line.below() if line.following is not None else None
    if under is not None and line.closing and is_date_only(under, tests) and (
            (line.role == "number" and line.zone == "postscript")
            or "numeric_date" in tests.text_cues(under.plain.strip())):
        line.asm.add(line.zone, "furniture", join_lines(line.unit, under), Role.REGISTRY)
        return line.index + 2
    if line.role == "number":
        return line.one(Role.DOCKET if RECEIPT.match(line.plain) else line.number_role)
    return None


def stamp_and_copy(line: Line) -> int | None:
    if (line.role == "stamp"
            and (split := one_line.line_then_copy(line.unit, Role.STAMP)) is not None):
        return line.split(split)
    return None


def stamp_label(line: Line) -> int | None:
    """`[Stamp:`, `Stamped by the Registry:` …: a stamp, labelled."""
    return line.one(Role.STAMP) if STAMP_LABEL.match(line.text) else None


def receipt(line: Line) -> int | None:
    """When it came in (`from PEKING received at 13:55 11 November 1949 Copy Nº 1`: and the
    copy's number)."""
    if not ((RECEIPT.match(line.plain) or FROM_RECEIVED.match(line.plain))
            and line.role in ("dateline", "text")):
        return None
    split = one_line.line_then_copy(line.unit, Role.DOCKET)
    return line.split(split) if split is not None else line.one(Role.DOCKET)


def line_and_copy(line: Line) -> int | None:
    """`to whom TO SADCHIKOV Copy Nº 1`, `Korea Copy 1`: the copy's number in the form's right
    column, typed on the line of the left column's."""
    if (line.role == "text" and line.zone == "opener"
            and (split := one_line.line_then_copy(line.unit, Role.LINE)) is not None):
        return line.split(split)
    return None


def from_place_dated(line: Line) -> int | None:
    """`from Stockholm June 5, 19.00 hrs`: where the code message came from, and when."""
    if (line.role == "text" and line.piece.zone == "opener" and line.span is not None
            and FROM_PLACE_DATED.match(line.plain) is not None):
        return line.one(Role.DATELINE)
    return None


def sent_at(line: Line) -> int | None:
    """`from KUYBYSHEV sent at 2325 9 December 1941`: when it was sent, however the line is
    cased (`Sent: at 10:30 on 15/12`: at an hour, on a day of no year)."""
    if line.role == "text" and SENDING.match(line.plain) and (
            line.span is not None or SENT_AT_HOUR.search(line.plain) is not None):
        return line.one(Role.DATELINE)
    return None


def marking_wrapped(line: Line) -> int | None:
    """A classification marking whose line goes on under it."""
    if line.role == "classification" and line.following is not None and OPEN_END.search(
            line.text):
        continued = line.below().plain.strip()[:1]
        if continued.islower() or continued.isdigit():
            return line.with_below(Role.CLASSIFICATION)
    return None


def date_then_signer(line: Line) -> int | None:
    """The date, then who signed (a name in capitals, or one the translator identified)."""
    span = line.span
    if line.closing and span is not None and one_line.signs_after_date(line.unit, span) and (
            line.role in ("dateline", "signed") or line.asm.dated_name(line.index)
            or (line.role == "text" and "[" in line.unit.text[span[1]:])):
        return line.split(one_line.date_and_signer(line.unit, span))
    return None


def relayed_sign_off(line: Line) -> int | None:
    """`Kim Il Sung 29.6.51”`: a relayed message's sign-off, its date in figures and the
    quotation closing on it, one signature."""
    if line.closing and line.span is not None and closes_relayed(line.unit.text, line.span):
        return line.signs()
    return None


def signer_then_date(line: Line) -> int | None:
    """`PONOMAREV 26 September 1956`."""
    if line.closing and line.span is not None and line.role in ("dateline", "signed", "text"):
        split = one_line.signer_and_date(line.unit, line.span)
        if split is not None:
            return line.split(split)
    return None


def date_with_more(line: Line) -> int | None:
    """A dateline with a marking, a salute or a receipt on its line."""
    if line.role != "dateline":
        return None
    unit, span = line.unit, line.span
    split = ((one_line.date_and_marking(unit, span)
              or one_line.marking_and_date(unit, span)
              or one_line.date_and_salute(unit, span) if span is not None else None)
             or one_line.sending_and_receipt(unit))
    return line.split(split) if split is not None else None


def date_over_place(line: Line) -> int | None:
    """`29 September 1950` / `Pyongyang”` under a signature: the place under the date is the
    dateline's (with no signature before it, the word may be the signer's name; `Ghulja
    [Yining]`: the place and its name today)."""
    if (line.dated_alone and line.following is not None and line.zone in line.asm.signed_zones
            and PLACE_WORD.match(BRACKETED.sub("", line.below().plain).strip())):
        return line.with_below(Role.DATELINE)
    return None


def first_date_under_text(line: Line) -> int | None:
    """A date alone under the text, the first: the document's (a later one dates a docket:
    `received by Novoselova` / `12 October 1948`)."""
    if (line.dated_alone and line.closing and line.role == "text"
            and line.zone not in line.asm.dated_zones):
        return line.one(Role.DATELINE)
    return None


def hour_under_date(line: Line) -> int | None:
    """`7 March, 1968` / `(16:50)`: the hour under the date is the dateline's."""
    if (line.role == "dateline" and line.following is not None
            and line.following == line.index + 1
            and line.asm.pieces[line.following].kind == "line"
            and HOUR_ALONE.match(line.below().plain)):
        return line.with_below(Role.DATELINE)
    return None


def date_under_its_place(line: Line) -> int | None:
    """The dateline's date under where the text was sent from, the line above (which becomes
    the dateline): `Saigon` / `Dispatched 10.04.63 at 11:10 hours`, `From: Bandung` / `Date:
    1955, April, 21`; `Embassy of the USSR, Pyongyang` / `8 July 1950`, `Embassy of the GDR in
    the PR China` / `1 April 1969` or / `Beijing, 28 April 1969` (the mission, the place and
    the date, as the readers of the dev set's w030 and of five later pages mark it; not a title
    going on: `with the Indonesian Minister of Foreign Affairs, Sunario` / `24 March 1955`)."""
    asm = line.asm
    if line.role != "dateline" or not asm.out or asm.out[-1].zone != line.zone:
        return None
    previous = asm.out[-1]
    above = previous.unit.plain.strip()
    sent_from = (previous.kind == "furniture" and previous.role is Role.LINE
                 and ((SENDING.match(line.unit.plain.strip()) and PLACE_WORD.match(above))
                      or SENT_FROM.match(above)))
    mission = (previous.role in (Role.LINE, Role.DATELINE)
               and asm.tests.date_span(previous.unit.text) is None
               and (re.search(r",\s*[A-Z][\w’'-]+$", previous.unit.text)
                    or (SENDING_MISSION.match(above)
                        and date_only(line.unit.text, line.span)))
               and not previous.unit.plain.lstrip()[:1].islower())
    if not (sent_from or mission):
        return None
    previous.unit = join_lines(previous.unit, line.unit)
    previous.role = Role.DATELINE
    asm.dated_zones.add(line.zone)
    return line.index + 1


def dated_from_record(line: Line) -> int | None:
    """`from 29.V.1980` alone under a Central Committee's letterhead."""
    if line.role == "text" and line.zone == "opener" and dated_from(line.unit, line.asm.tests):
        return line.one(Role.DATELINE)
    return None


def labelled_number(line: Line) -> int | None:
    """`Ref. No. 3/456-sh`, `Our ref.: 22/1955`, `Per Point 16, Prot. No. 104`: a number under
    its label."""
    if line.role == "text" and (LABELLED_NUMBER.match(line.plain)
                                or PROTOCOL_POINT.match(line.plain)):
        return line.one(line.number_role)
    return None


def last_sentences(line: Line) -> int | None:
    """`Confirm receipt.` / `Telegraph the fulfillment.` before the signature: the text's last
    sentences, each a line too short to be told a paragraph by its length; `Concerning` where
    the export stopped: the first word of the next paragraph."""
    asm = line.asm
    if line.closing and line.role == "text" and asm.text_goes_on() and (
            is_short_sentence(line.text)
            or (line.index + 1 == len(asm.pieces) and cut_off_opening(line.text))):
        asm.add("main", "paragraph", line.unit)
        return line.index + 1
    return None


def date_alone_over_the_text(line: Line) -> int | None:
    """A date alone on its line among the opening lines, the first: the document's, though the
    line above it seemed to go on into it (`From the diary of` / `8" December 1959`); a period
    goes on a title (`… for the period` / `29 June through 8 August 1960`), as a date does that
    ends on a comma (`Account of a Meeting at the CPSU CC,` / `24 October 1956,` / `on the
    Situation in Poland and Hungary`)."""
    if (line.role == "text" and line.piece.zone == "opener"
            and line.zone not in line.asm.dated_zones
            and is_date_only(line.unit, line.asm.tests) and not is_period(line.unit.plain)
            and not line.unit.plain.rstrip().endswith(",")):
        return line.one(Role.DATELINE)
    return None


def fallback(line: Line) -> int:
    """The table's role, or what the line's text still is (`text_role`). `[to] WARSAW, PRAGUE,
    BERLIN, SOFIA,` / `BUDAPEST, … and BELGRADE` / `to the SOVIET AMBASSADOR`: an address over
    several lines, one salutation."""
    final = SCORED_ROLES.get(line.role) or text_role(line.text)
    pieces, unit, end = line.asm.pieces, line.unit, line.index + 1
    if final is Role.SALUTE:
        while (end < len(pieces) and end - line.index < ADDRESS_LINES
               and pieces[end].kind == "line" and pieces[end].zone == line.piece.zone
               and line.asm.role(end) == "text"
               and (unit.plain.rstrip().endswith(",")
                    or pieces[end].unit.plain.lstrip()[:1].islower())):
            unit = join_lines(unit, pieces[end].unit)
            end += 1
    line.asm.add(line.zone, "furniture", unit, final)
    return end


def _place_opens_letter(line: Line) -> bool:
    """A place alone on a line of the opening furniture, over the date (not the form's name, a
    marking or an address: `Telegram`, `Secret`, `Comrade`)."""
    text = line.text
    return (line.piece.zone == "opener" and line.role in ("text", "dateline")
            and FORM_NAME.fullmatch(text.upper()) is None
            and CLASSIFICATION_LINE.match(text) is None and PRECEDENCE.match(text) is None
            and ADDRESS_START.match(text) is None)


RULES: tuple[Rule, ...] = (
    letterhead_contact,
    valediction_and_name,
    wrapped_caveat,
    hour_over_day,
    place_over_date,
    date_over_place_and_hour,
    date_over_its_reading,
    time_and_place,
    days_held_in_registry,
    file_number,
    number_then_list,
    date_then_list,
    several_on_one_line,
    office_over_signature,
    dashed_number_and_signer,
    handwritten_signature_or_date,
    office_dash_or_framed_name,
    name_under_the_copies,
    number_in_brackets,
    date_then_mark,
    signing_line,
    number_with_signer_or_date,
    date_over_number,
    registry_number,
    stamp_and_copy,
    stamp_label,
    receipt,
    line_and_copy,
    from_place_dated,
    sent_at,
    marking_wrapped,
    date_then_signer,
    relayed_sign_off,
    signer_then_date,
    date_with_more,
    date_over_place,
    first_date_under_text,
    hour_under_date,
    date_under_its_place,
    dated_from_record,
    labelled_number,
    last_sentences,
    date_alone_over_the_text,
)


def place_furniture(asm: Placing, index: int) -> int:
    """Place the furniture line `index` (and the lines it takes with it); the index placing
    goes on from."""
    piece = asm.pieces[index]
    following = index + 1 if (index + 1 < len(asm.pieces)
                              and asm.pieces[index + 1].kind == "line") else None
    line = Line(asm, index, piece, unemphasised(piece.unit.plain.strip()), asm.role(index),
                following, asm.zone(piece), piece.zone == "closer")
    for rule in RULES:
        end = rule(line)
        if end is not None:
            return end
    return fallback(line)
