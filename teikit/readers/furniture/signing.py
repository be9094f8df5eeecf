"""A signature as the document prints it: the signing line with the lines under it that
belong to it (the office over or under the name, the title, the signature's mark, the name the
translator gives in full, a relayed message's date), each signing line one `signed`."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.model import Role
from teikit.offices import PERSON_TITLES
from teikit.readers.furniture.cues import date_only, signing_body
from teikit.readers.furniture.line_patterns import (
    BRACKETED,
    ENUMERATED,
    MARK_ALONE,
    OFFICE_LINE,
    OPEN_END,
    SIGNATURE_BRACKET,
    SIGNATURE_MARK,
    VALEDICTION,
)
from teikit.readers.furniture.line_shapes import ADDRESSEE_TITLED, office_and_holder
from teikit.readers.furniture.one_line.signers import copies_and_signer, date_and_signer
from teikit.readers.furniture.placement import Placing, join_lines
from teikit.readers.furniture.sequence import Piece
from teikit.readers.joining import BRACKET_LINE
from teikit.readers.lines import is_name_line, is_signer_line, names_someone, typed_name
from teikit.readers.units import LB, Unit, ends_sentence

# The mark before an office (`(Signed)Deputy Minister …`); a name wholly in brackets (`[Ewald
# Moldt]`).
_MARK_FIRST = LazyPattern(r"(?i)^[\[(](?:signed|signature)[\])]\s*")

# The signer's telephone under his name or office (`Tel. 34944.`, `Telephone: 301-2240`).
# (each run of spaces taken whole, `*+`: three runs side by side could share a long one out
# every way before the line's end failed)
_TELEPHONE = LazyPattern(r"(?i)^(?:tel(?:ephone)?|phone|ph)\.?\s*+(?:no\.?\s*+)?(?::\s*+)?\+?\d"
                         r"[\d ()/.-]{2,}$")

# The marks that close a quotation; alone after a relayed message's sign-off date, they close
# the message.
_CLOSING_QUOTES = "\"”»’'"
_CLOSING_QUOTE = LazyPattern(rf"^\.?[{_CLOSING_QUOTES}]\.?$")


def closes_relayed(text: str, span: tuple[int, int]) -> bool:
    """Whether `text` ends on a date and the quotation mark closing a relayed message: in
    figures (`Kim Il Sung 29.6.51”`, `13.6.51"`), or in words after the name that signs it
    (`MAO ZEDONG 27 October 1950."`)."""
    date = text[span[0] : span[1]]
    before = text[: span[0]].strip()
    # (a place set off from its date by a stop or a comma dates the message, no one signs it:
    # `Pyongyang. 29 March 1953."`)
    return ((not any(c.isalpha() for c in date)
             or (is_name_line(before) and before[-1:] not in ".,"))
            and _CLOSING_QUOTE.match(text[span[1]:].strip()) is not None)


def office_over_signer(asm: Placing, index: int, following: int) -> bool:
    """An office's title on the line over the signature (`Soviet Ambassador` over
    `[signature] (V. Ivanov)`)."""
    text = _office_title(asm, index)
    next_text = asm.pieces[following].unit.plain.strip()
    return (text is not None and _signs(asm, following, next_text)
            and not _goes_on_below(text, next_text))


def wrapped_office_over_signer(asm: Placing, index: int, following: int) -> bool:
    """An office's title whose name goes on under it, over the signature (`Head of the
    Delegation of the USSR` / `to the Eighteen-Nation Committee` / `9 December 1966
    [signature] A. ROSHCHIN`)."""
    text = _office_title(asm, index)
    below = line_text(asm, following, ("text", "signed"))
    signer = line_text(asm, following + 1)
    return (text is not None and below is not None and signer is not None
            and _goes_on_below(text, below) and _signer_under_office(asm, following + 1, signer))


def _office_title(asm: Placing, index: int) -> str | None:
    """The line `index`, where it is an office's title short enough to sign (text or signing
    as the table has it)."""
    text = asm.pieces[index].unit.plain.strip()
    return text if (OFFICE_LINE.match(text) is not None and len(text.split()) <= _OFFICE_WORDS
                    and asm.role(index) in ("text", "signed")) else None


def _signs(asm: Placing, index: int, text: str) -> bool:
    """Whether the line `index` (its text `text`) is a signing line: read as a signature,
    found signing by where it stands, or holding a signature's mark."""
    return (asm.role(index) == "signed" or index in asm.signed_by_position
            or SIGNATURE_MARK.search(text) is not None)


def _bracketed_name(text: str) -> bool:
    """A name wholly in brackets, as the translator gives it (`[L. BERIA]`)."""
    return BRACKET_LINE.match(text) is not None and is_name_line(text[1:-1])

def signed(asm: Placing, unit: Unit, zone: str, after: int) -> int:
    """A signing line, with the lines under it that belong to the signature: the office
    or the typed name (as two columns printed them), the title line (`Ambassador`), the
    signature's mark."""
    # (a line that signs over the next one hands the signature on to it: in a loop, as many
    # office lines one over another as a page has, however many that is)
    while isinstance(taken := _signed_from(asm, unit, zone, after), tuple):
        unit, after = taken
    return taken


def _marked(unit: Unit) -> bool:
    """Whether a signature's mark is on the signing line, or on its last line where a
    farewell stands over it (`Yours sincerely,` / `Sd/- Brajesh Mishra`)."""
    return (SIGNATURE_MARK.search(unit.plain) is not None
            or SIGNATURE_MARK.search(unit.text.rsplit(LB, 1)[-1].strip()) is not None)


# A signing line is done, and the signature goes on with the line under it (its unit and the
# index after it).
_SignsOver = tuple[Unit, int]


def _signed_from(asm: Placing, unit: Unit, zone: str, after: int) -> int | _SignsOver:
    below = line_text(asm, after, ("text", "signed"))
    if below is not None and date_only(below, asm.tests.date_span(below)):
        below = None  # `Yours sincerely,` / `16/8/88`: the date under it, nobody's name
    if below is not None and ADDRESSEE_TITLED.match(below) is not None:
        below = None  # `[signed Giuseppe Saragat]` / `Hon. Prof. Aldo MORO`: whom it went to
    if below is not None and (OPEN_END.search(BRACKETED.sub(" ", unit.plain).rstrip())
                              or (_marked(unit) and typed_name(below))
                              or (MARK_ALONE.match(unit.text.strip().rsplit(LB, 1)[-1])
                                  is not None
                                  and (is_signer_line(below) or typed_name(below)))):
        # `COUNSELLOR OF THE [signature]` / `USSR MFA DVO (B. VERESHCHAGIN)`; `… [signature]`
        # / `(A. PUZANOV)`; `[signature]` / `G. DIMITROV`
        unit, after = _take_under(asm, unit, after)
    below = line_text(asm, after, ("text", "signed"))
    if (below is not None and _goes_on_below(unit.plain.strip(), below)
            and (OFFICE_LINE.match(unit.plain.strip()) or signing_body(unit.plain))):
        # `Commanding General` / `of the Baku Military District`; `Secretary of the CC of
        # the CP(b)` / `of Azerbaijan M. D. Bagirov`: the office's name goes on under it (a
        # body's too: `Embassy of the` / `People’s Republic` / `of Poland`)
        unit, after = _take_under(asm, unit, after)
        below = line_text(asm, after, ("text", "signed"))
        if below is not None and _signer_under_office(asm, after, below):
            # `PEOPLE'S COMMISSAR OF INTERNAL AFFAIRS` / `of the USSR` / `[L. BERIA]`: the
            # office signs its own lines, over the name (as `office_over_signer` has it)
            return _over(asm, unit, zone, after)
    # (the quotation's closing mark after a relayed letter's last line: `Minister of Foreign
    # Relations"`)
    if below is not None and _holds_offices(below.rstrip(_CLOSING_QUOTES)):
        if LB not in unit.text and (
                (OFFICE_LINE.match(unit.plain.strip()) and not unit.plain.rstrip().endswith(":"))
                or (signing_body(unit.plain) and (office_and_holder(below)
                                                  or _titled_holder(below)))):
            # `CHIEF OF THE … DISTRICT` / `GENERAL-LIEUTENANT` / `/signature/ KALASHNIKOV`:
            # titles over the signature, each its own signing line; so is the body over its
            # officer named with his office (`Chinese Embassy in the DPRK` / `Ambassador Qiao
            # Xiaoguang`)
            return _over(asm, unit, zone, after)
        if _office_at(asm, after - 2) and _signs_at(asm, after + 1):
            # `Deputy Chief of the … Department` / `[signature] (A. Smirnov)` / `Sector chief
            # of a … Department` / `[signature] (I. Kozlov)`: each office over its own
            # signature, as the first signer's stands over his
            asm.add(zone, "furniture", unit, Role.SIGNED)
            return after
        unit, after = _take_under(asm, unit, after)
        below = line_text(asm, after, ("text", "signed"))
        if below is not None and _goes_on_below(unit.plain.strip(), below):
            # `Chairman of the Committee` / `for State Security of the USSR`
            unit, after = _take_under(asm, unit, after)
            below = line_text(asm, after, ("text", "signed"))
        if (below is not None and _holds_offices(below.rstrip(_CLOSING_QUOTES))
                and LB in unit.text and not _signs_at(asm, after + 1)):
            # `Antonín Novotný` / `President of the Czechoslovak Socialist Republic` / `First
            # Secretary of the Central Committee …`: the signer's second office, under his
            # first (not an office over another signer's name)
            unit, after = _take_under(asm, unit, after)
            below = line_text(asm, after, ("text", "signed"))
        if (below is not None and VALEDICTION.match(unit.text.split(LB, 1)[0].strip())
                and below.isupper() and is_name_line(below) and _closes(asm, after)):
            # `Respectfully` / `EL CORONEL D. E. X.` / `FEDERAL DIRECTOR OF SECURITY` /
            # `MANUEL RANGEL ESCAMILLA`: the farewell, the rank and the office over the name
            # that ends the closing, the signer's
            unit, after = _take_under(asm, unit, after)
    below = line_text(asm, after, ("text", "signed"))
    if below is not None and _TELEPHONE.match(below):
        unit, after = _take_under(asm, unit, after)  # `Under Secretary` / `Tel. 34944.`
    below = line_text(asm, after)
    if below is not None and MARK_ALONE.match(below):
        unit, after = _take_under(asm, unit, after)  # `[Signature]`
        below = line_text(asm, after)
        if below is not None and typed_name(below):
            unit, after = _take_under(asm, unit, after)
    elif (below is not None and LB not in unit.text
          and OFFICE_LINE.match(_MARK_FIRST.sub("", unit.plain.strip()))
          and is_name_line(below) and not any(c.isdigit() for c in below)):
        # `(Signed)Deputy Minister of Internal Affairs of the USSR` / `Perevertkin`
        if SIGNATURE_MARK.search(below) is not None:
            # `GENERAL-LIEUTENANT` / `/signature/ KALASHNIKOV`: the name signs its own line
            return _over(asm, unit, zone, after)
        unit, after = _take_under(asm, unit, after)
    below = line_text(asm, after)
    if (below is not None and (span := asm.tests.date_span(below)) is not None
            and span[0] == 0 and closes_relayed(below, span)):
        # `MAO ZEDONG` / `13.6.51"`: the relayed message's date under its signer
        unit, after = _take_under(asm, unit, after)
    below = line_text(asm, after)
    if below is not None and _bracketed_name(below):
        # `[Signed] Moldt` / `[Ewald Moldt]`: the name in full, as the translator gives it
        unit, after = _take_under(asm, unit, after)
    wrapped = 0
    while (wrapped < _OFFICE_WRAPS and office_goes_on(unit.plain.rstrip())
           and (below := line_text(asm, after, ("text", "signed"))) is not None
           and len(below.split()) <= _OFFICE_WORDS and not any(c.isdigit() for c in below)):
        # `Choi Duk Shin` / `Envoy Extraordinary and` / `Minister Plenipotentiary of` / `the
        # Republic of Korea to Viet`: the signer's office wrapped over the lines under his name
        unit, after = _take_under(asm, unit, after)
        wrapped += 1
    dated = _dated_signer(asm, unit)
    if dated is not None:
        # `4 June 1964 /V. RUDNEV/` under the office: the date, then the typed name
        return asm.add_split(zone, date_and_signer(unit, dated), after - 1)
    asm.add(zone, "furniture", unit, Role.SIGNED)
    return after


def _dated_signer(asm: Placing, unit: Unit) -> tuple[int, int] | None:
    """The span of the date that opens a signing line of one line, before the signer's typed
    name (between slashes or in parentheses), if it opens one so."""
    if LB in unit.text:
        return None
    span = asm.tests.date_span(unit.text)
    if span is None or span[0] != 0:
        return None
    rest = unit.text[span[1]:].strip(" ,")
    # (or the signature's mark before it: `9 December 1966 [signature] A. ROSHCHIN`)
    mark = MARK_AT_START.match(rest)
    marked = rest[mark.end():].strip() if mark is not None else ""
    return span if (rest[:1] in "/(" and typed_name(rest)) or (
        marked and names_someone(marked)) else None


# The signature's mark opening a line (`[signature] (A. PUZANOV)`).
MARK_AT_START = LazyPattern(rf"(?i){SIGNATURE_BRACKET}")


# The most lines an office wraps over under the signer's name (each taken joins the lines
# taken so far: a run of thousands would cost the square of its length).
_OFFICE_WRAPS = 4


def office_goes_on(text: str) -> bool:
    """An office's line that ends on a word its next line goes on from (`… Extraordinary and`,
    `… of`), not on a comma."""
    return OPEN_END.search(text) is not None and not text.endswith(",")


def signs_over(asm: Placing, unit: Unit, zone: str, below: int) -> int:
    """`unit` a signing line of its own over the signature that begins at `below`; the
    index after that signature."""
    under, after = _over(asm, unit, zone, below)
    return signed(asm, under, zone, after)


def _titled_holder(text: str) -> bool:
    """`Ambassador Qiao Xiaoguang`: a title, then a name of two words or more."""
    title, _, name = text.strip().partition(" ")
    return (title.lower() in PERSON_TITLES and len(name.split()) >= 2
            and is_name_line(name) and not signing_body(name))


def _over(asm: Placing, unit: Unit, zone: str, below: int) -> _SignsOver:
    asm.add(zone, "furniture", unit, Role.SIGNED)
    return asm.pieces[below].unit, below + 1


def _office_at(asm: Placing, index: int) -> bool:
    """Whether the line `index` is an office's title, signing or not yet read (`Deputy Chief
    of the CPSU CC Department for Relations with Foreign Communist Parties`)."""
    text = line_text(asm, index, ("text", "signed")) if index >= 0 else None
    return text is not None and OFFICE_LINE.match(text) is not None


def _closes(asm: Placing, index: int) -> bool:
    """Whether the line `index` is the last line of the closing (no line under it)."""
    return index + 1 >= len(asm.pieces) or asm.pieces[index + 1].kind != "line"


def _signs_at(asm: Placing, index: int) -> bool:
    """Whether the line `index` is a signing line (see `_signs`)."""
    text = line_text(asm, index, ("text", "signed"))
    return text is not None and _signs(asm, index, text)

def _signer_under_office(asm: Placing, index: int, text: str) -> bool:
    """Whether the line `index` (its text `text`) signs under an office's lines: read as a
    signature, or a name wholly in brackets (`[L. BERIA]`), or a signature's mark."""
    if OFFICE_LINE.match(text):
        return False  # (`Commanding General` / `of the Baku Military District` / `General of
        # the Army …`: a rank under the office, one title)
    return _signs(asm, index, text) or _bracketed_name(text)

def _take_under(asm: Placing, unit: Unit, after: int) -> tuple[Unit, int]:
    """The signature with the line `after` under it joined, and the index after that."""
    return join_lines(unit, asm.pieces[after].unit), after + 1

def line_text(asm: Placing, index: int, roles: tuple[str, ...] | None = None) -> str | None:
    """The text of the line `index`, if it is a line (of one of `roles`, if given)."""
    if index >= len(asm.pieces) or asm.pieces[index].kind != "line":
        return None
    if roles is not None and asm.role(index) not in roles:
        return None
    text = asm.pieces[index].unit.plain.strip()
    # (`SECRETARY OF THE CC` / `Attachment` / `to point 41 of prot. No. 325`: what is attached
    # begins, no line of the signature)
    return None if _ATTACHED.match(text) is not None else text


_ATTACHED = LazyPattern(r"(?i)^(?:attachment|appendix|enclosure|annex)(?:\s+(?:no\.?\s*)?\d+)?"
                        r"(?:\s+(?:to|of)\b.*)?[.:]?$")

# The most words of an office's title on a line of its own (`Chargé d'Affaires ad interim`).
_OFFICE_WORDS = 14
def _holds_offices(text: str) -> bool:
    """An office's line, or two a comma apart (`General Secretary of the Central Committee of
    the Workers' Party of Korea, President of the Democratic People's Republic of Korea`)."""
    if OFFICE_LINE.match(text) and len(text.split()) <= _OFFICE_WORDS:
        return True
    offices = text.split(", ")
    return len(offices) == 2 and all(
        OFFICE_LINE.match(office) and len(office.split()) <= _OFFICE_WORDS for office in offices)


def _goes_on_below(line: str, below: str) -> bool:
    """Whether `below` goes on with the office's name of `line` (`for State Security of the
    USSR` under `Chairman of the Committee`): a short line in lower case that ends no
    sentence, under a line that ends none either (the name in parentheses after it, as the
    office's holder signs, ends none: `of the Latin American Countries (V. BAZYKIN)`; nor
    does a party's faction letter, `of the CC VKP(b)`)."""
    return ((below[:1].islower() or (_GOES_ON_IN_CAPITALS.match(below) is not None
             and line.isupper()))
            and len(below.split()) <= _OFFICE_WORDS
            and SIGNATURE_MARK.search(below) is None  # (`THE MINISTER` / `f.to G. Mascia`)
            and not ends_sentence(_CLOSING_PARENTHESES.sub("", below))
            and not line.rstrip().endswith("."))


# An office's name going on in capitals, as its first line printed it (`USSR AMBASSADOR` /
# `IN THE SYRIAN ARAB REPUBLIC`).
_GOES_ON_IN_CAPITALS = LazyPattern(r"^(?:IN|OF|TO|FOR|AT|WITH)\s+[A-Z][^a-z]*$")


# What parentheses close a line with that ends no sentence: a name (`(V. BAZYKIN)`), or a
# party's faction letter glued to its letters (`VKP(b)`).
_CLOSING_PARENTHESES = LazyPattern(r"(?<!\s)\s*+\([^()]{2,40}\)$|(?<=\w)\([a-z]\)$")


def count_beside_signature(pieces: list[Piece], index: int) -> tuple[Unit, Unit] | None:
    """The closer's line `index` as the typist's count of the copies and the signature printed
    beside it (`3 copies made CEREKWISKI [CEREKWICKI?] EUGENIUSZ`, `3 copies made […]
    [signature]`); None for any other line, and over the copies' numbered list, whose head the
    line is (`Four copies typed …` / `1 – to Cde. Stalin`)."""
    if pieces[index].zone != "closer" or (
            index + 1 < len(pieces) and ENUMERATED.match(pieces[index + 1].unit.plain)):
        return None
    return copies_and_signer(pieces[index].unit)
