"""The furniture rules that read who signs: a valediction with its name, an office over the
signature, a hand's signature, a signer with the date on one line, and the text's last short
sentences before them."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.model import Role
from teikit.readers.furniture import lists, one_line
from teikit.readers.furniture.cues import date_only, is_short_sentence
from teikit.readers.furniture.line_patterns import (
    MARK_ALONE,
    OFFICE_LINE,
    RECORDED_BY_ALONE,
    VALEDICTION,
)
from teikit.readers.furniture.line_rules.line import Line
from teikit.readers.furniture.line_shapes import (
    ADDRESS_LINES,
    ADDRESSEE_HONORIFIC,
    ADDRESSEE_TITLED,
    ASSENT,
    HANDWRITTEN_LINE,
    SIGNED_LABEL,
    framed_signature,
    hands_initials_under_its_note,
    marked_signing,
    office_alone,
    office_and_holder,
    office_dash_name,
)
from teikit.readers.furniture.placement import is_date_only, join_lines
from teikit.readers.furniture.settled import cut_off_opening
from teikit.readers.furniture.signing import (
    MARK_AT_START,
    closes_relayed,
    count_beside_signature,
    line_text,
    office_goes_on,
    office_over_signer,
    signs_over,
    wrapped_office_over_signer,
)
from teikit.readers.lines import (
    han_sentence,
    is_name_line,
    is_signer_line,
    names_someone,
    typed_name,
    unemphasised,
    years_motto_alone,
)
from teikit.readers.note_texts import NOTES_HEADING

_FAREWELL_LINES = 4


def valediction_and_name(line: Line) -> int | None:
    """`Sincerely,` / `Communist Salutations!` / `Zhou Enlai`: farewells, then the name they
    close with; `Signed` / the name; `Agreed.` / `Stalin`, an assent and the name."""
    asm, following = line.asm, line.following
    if following is None or not (VALEDICTION.match(line.plain) or SIGNED_LABEL.match(line.text)
                                 or ASSENT.match(line.plain)):
        return None
    unit = line.unit
    # (a farewell runs over a few lines: a closing of many is not walked from each of them)
    last = min(len(asm.pieces) - 1, following + _FAREWELL_LINES)
    while (following < last and asm.pieces[following + 1].kind == "line"
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


# The Party's secretary under a Politburo or Presidium extract, unnamed: the extract's
# certification, no one's signature (`SECRETARY OF THE CC` over the typist's `4ak`).
_UNNAMED_SECRETARY = LazyPattern(r"(?i)^secretary of (?:the )?(?:cc|central committee)"
                                 r"(?: (?:of the )?(?:cpsu|vkp\(b\)|ac?p\(b\)|kpss))?\.?$")


# A state's motto closing its officials' letters, over the signature (Mexico's `EFFECTIVE
# SUFFRAGE. NO REELECTION.`, in Spanish with its translation in brackets too).
_STATE_MOTTO = LazyPattern(r"(?i)^(?:effective\s+suffrage[.,]?\s+no\s+re-?election|"
                           r"sufragio\s+efectivo[.,]?\s+no\s+reelecci[oó]n)\.?"
                           r"(?:\s*\[[^\[\]]+\])?$")


def state_motto(line: Line) -> int | None:
    """`EFFECTIVE SUFFRAGE. NO REELECTION.` over `The Ambassador` / `[illegible signature]`:
    the motto the state closes its letters with, a closing salutation; nobody signs with it."""
    if not line.closing or _STATE_MOTTO.match(line.text) is None:
        return None
    return line.one(Role.SALUTE)


def years_motto(line: Line) -> int | None:
    """`'Year of Planning' [Año de la Planificación]` under the date: the year's motto, a line
    of the closing; nobody signs with it."""
    return line.one(Role.LINE) if line.closing and years_motto_alone(line.text) else None


def unnamed_secretary(line: Line) -> int | None:
    """`SECRETARY OF CC` closing an extract from a protocol, no name on its line or under it:
    the office that certifies the extract, a line of the closing (the readers of the dev
    set's two extracts and of two more leave it unsigned)."""
    if not line.closing or _UNNAMED_SECRETARY.match(line.text) is None:
        return None
    if line.following is not None and is_name_line(line.below().plain.strip()):
        return None  # `Secretary of the CC` / `I. Stalin`: he signs
    return line.one(Role.LINE)


_BLOCK_LINE_WORDS = 16
_BLOCK_LINES = 5


def _office_or_rank(text: str) -> bool:
    """`Operative Plenipotentiary of the 2nd Division …`, `Captain`: an office or a rank alone
    on its line."""
    return OFFICE_LINE.match(text) is not None and len(text.split()) <= _BLOCK_LINE_WORDS


def unnamed_signing_block(line: Line) -> int | None:
    """`Operative Plenipotentiary of the … KGB` / `Captain` / `[Signature]` under the text: the
    office and rank lines over a signature's mark and no name printed: one signing statement,
    the lines together saying who signed (with a name under the mark, `[signature]` / `(A.
    PUZANOV)`, the name and the mark sign, the office over them on its own line)."""
    if not line.closing or line.following is None or not _office_or_rank(line.plain.strip()):
        return None
    asm, unit, at = line.asm, line.unit, line.following
    # (a block is a few lines: a closing of many office lines is not walked from each of them)
    end = min(len(asm.pieces), at + _BLOCK_LINES)
    while at < end and asm.pieces[at].kind == "line" and asm.role(at) in ("text", "signed"):
        text = asm.pieces[at].unit.plain.strip()
        if MARK_ALONE.match(text) is not None:
            after = at + 1
            under = (asm.pieces[after].unit.plain.strip()
                     if after < len(asm.pieces) and asm.pieces[after].kind == "line" else "")
            if under and names_someone(under):
                return None
            return line.signs(join_lines(unit, asm.pieces[at].unit), after)
        if not _office_or_rank(text.replace("[", "").replace("]", "")):
            return None
        unit = join_lines(unit, asm.pieces[at].unit)
        at += 1
    return None


def office_over_signature(line: Line) -> int | None:
    """`Chairman of the … Commission` / `[signature] (V. Grigor’yan)`: the office signs on its
    own line, over the signature (one `signed` per signing line), its colon after it or not
    (`Ambassador of the ČSSR:` / `Miroslav Zedník`: the inventories of the written documents
    sign the name on its own line in every such page, and the office apart in most);
    `DEPUTY CHIEF OF THE GENERAL STAFF AND` / `CHIEF OF THE INTELLIGENCE DEPARTMENT`:
    the offices' line goes on (after a comma, `The Ambassador,` / `G.W. Boissevain.`, two
    signing lines). `The Ambassador` / `(Hasan Alimerko)`: the holder's name in parentheses,
    with no mark of its own, completes the office's line, one signing statement (as `USSR
    AMBASSADOR … (A. ALEKSEYEV)` on one line)."""
    following = line.following
    if not line.closing or following is None:
        return None
    if wrapped_office_over_signer(line.asm, line.index, following):
        return signs_over(line.asm, join_lines(line.unit, line.below()), line.zone,
                          following + 1)
    if not office_over_signer(line.asm, line.index, following):
        return None
    if _mark_alone(line.below().plain.strip()) and _typed_name_at(line, following + 1):
        # `AMBASSADOR` / `[illegible signature]` / `Milorad Kosanović`: the office signs on
        # its own line, the mark with the name under it (as `[signature] (V. Moskovsky)` on
        # one line does), in parentheses or not
        return signs_over(line.asm, line.unit, line.zone, following)
    if (_name_in_parentheses(line.below().plain) or _mark_alone(line.below().plain.strip())
            or office_goes_on(line.text)):
        return line.signs(join_lines(line.unit, line.below()), following + 1)
    return signs_over(line.asm, line.unit, line.zone, following)


def _mark_alone(text: str) -> bool:
    """The signature's mark alone on its line (`[signature]`): the office's signature. With
    the holder's name after it (`[signature] (A. PUZANOV)`), the line signs on its own, one
    signing line each, as the seed and the written documents' inventories have it (a page that
    prints them on one line signs once: `SOVIET AMBASSADOR IN THE DPRK [signature] /A.
    PUZANOV/`)."""
    mark = MARK_AT_START.match(text)
    return mark is not None and not text[mark.end():].strip().rstrip(".")


def _typed_name_at(line: Line, index: int) -> bool:
    """Whether the line at `index` is a typed name (`Dr. M. Růžek`, `/V. MOSKOVSKY/`, `(P.
    Mladenov)`)."""
    text = line_text(line.asm, index)
    return text is not None and names_someone(text)


def _name_in_parentheses(text: str) -> bool:
    """`(Hasan Alimerko)` alone on its line (a name between slashes, `/A. PUZANOV/`, is the
    typed name under a signature, a signing line of its own, as the dev set reads it)."""
    return text.lstrip().startswith("(") and typed_name(text)


def office_and_holder_on_one_line(line: Line) -> int | None:
    """`Secretary of the Tsekapart [Translator’s note: …] of Azerbaijan Bagirov` under the
    text: one signature, the translator's note inside it."""
    if line.closing and office_and_holder(line.text):
        return line.signs()
    return None


def office_over_the_date(line: Line) -> int | None:
    """`Deputy of the secretariat of International Department of CC CPSU` / `"18" April 1980`
    under the text: the office signs, though no name is under it; so it does over the date and
    the signer's name on one line (`USSR AMBASSADOR in the DPRK` / `28.X.52 V. Razuvayev`)."""
    if (line.closing and line.role == "text" and line.following is not None
            and office_alone(line.text) and (is_date_only(line.below(), line.asm.tests)
                                             or _dated_signer(line))):
        return line.signs()
    return None


def _dated_signer(line: Line) -> bool:
    """The line under `line` is a date, then a signer's name."""
    below = line.below().plain
    span = line.asm.tests.date_span(below)
    return span is not None and one_line.name_after_date(below, span) is not None


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
    span = line.asm.tests.date_span(inner)
    # (a sentence before the date is the hand's note, no place: `[handwritten: Agree. Mao
    # Zedong, 11 June]`)
    if span is not None and ". " not in inner[: span[0]] and date_only(inner, span):
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


def recorder_under_the_label(line: Line) -> int | None:
    """`Recorded by:` / `Josef Šediva, counsellor`: the name under the label, his office after
    its comma, signs the record."""
    above = line.asm.pieces[line.index - 1] if line.index else None
    if not (line.closing and line.role == "text" and above is not None
            and above.kind == "line" and RECORDED_BY_ALONE.match(above.unit.plain.strip())):
        return None
    name = line.text.partition(",")[0]
    return line.signs() if is_name_line(name) else None


def date_then_mark(line: Line) -> int | None:
    span = line.span
    if line.closing and span is not None and one_line.mark_after_date(line.unit, span):
        return line.split(one_line.date_and_signer(line.unit, span))
    return None


def addressee_under_the_signature(line: Line) -> int | None:
    """`Yours sincerely, [Homi Bhabha]` / `Shri Lal Bahadur Shastri,` / `Minister Without
    Portfolio,`: an Indian or British letter's addressee under its signature, titled and left
    open on commas, is whom it went to, no second signature."""
    out = line.asm.out
    if not (line.closing and out and out[-1].role is Role.SIGNED
            and ADDRESSEE_TITLED.match(line.text)):
        return None
    # (`His Excellency` / `Mr. Vu Van Mau` / `Secretary of State for Foreign Affairs` /
    # `Republic of Vietnam` / `Saigon`: the title's own line before an address's four)
    alone = ADDRESSEE_HONORIFIC.match(line.text) is not None
    return _addressed(line, ADDRESS_LINES + alone)


# `To the Embassy …`, `To: The Embassy …`: the address's words before the addressee.
_TO_THE = LazyPattern(r"(?i)^(?:to\s*:?\s+)?(?:the\s+)?")
# The fewest letters of a name compared with a note's addressee.
_ADDRESSEE_LETTERS = 6


def addressee_of_the_note(line: Line) -> int | None:
    """`Embassy of the United Kingdom,` / `Paris.` at the foot of a note that `has the honour
    to inform the Embassy of the United Kingdom`: a diplomatic note names at its foot whom it
    went to, in the words of its opening; nobody signs so."""
    if not line.closing or not line.asm.note_addressees:
        return None
    name = _TO_THE.sub("", line.text, count=1).rstrip(" ,.").casefold()
    if len(name) < _ADDRESSEE_LETTERS or not any(
            tail.startswith(name) for tail in line.asm.note_addressees):
        return None
    return _addressed(line)


def _addressed(line: Line, most: int = ADDRESS_LINES) -> int:
    """The line, and the lines of the address under it (`most` lines in all), one `salute`."""
    pieces, unit, end = line.asm.pieces, line.unit, line.index + 1
    while (end < len(pieces) and end - line.index < most and pieces[end].kind == "line"
           and (unit.plain.rstrip().endswith(",") or _address_goes_on(pieces[end].unit.plain))):
        unit = join_lines(unit, pieces[end].unit)
        end += 1
    line.asm.add(line.zone, "furniture", unit, Role.SALUTE)
    return end


# The most words of an address's line under its addressee (`Foreign Secretary`, `Ministry of
# External Affairs,`, `NEW DELHI.`).
_ADDRESS_LINE_WORDS = 6


def _address_goes_on(text: str) -> bool:
    """A short line of an office or a place, no figure in it, under the addressee's name."""
    return (0 < len(text.split()) <= _ADDRESS_LINE_WORDS and not any(c.isdigit() for c in text)
            and text.strip()[:1].isupper())


def copies_beside_the_signature(line: Line) -> int | None:
    """`3 copies made CEREKWISKI [CEREKWICKI?] EUGENIUSZ`: the copies' count and the signature
    in two columns of one line under the text, each in its role; over the copies' numbered
    list the line is the list's head."""
    if (parts := count_beside_signature(line.asm.pieces, line.index)) is not None:
        copies, signature = parts
        # (a count with nobody named under it is no list, as on a line of its own: the
        # typist's record)
        line.asm.add(line.zone, "furniture", copies, Role.DOCKET)
        return line.signs(signature)
    return None


def signers_in_columns(line: Line) -> int | None:
    """`Ferenc Szabo     Lajos Hajdu`: two signers side by side, a signature each."""
    if (line.closing and (line.role == "signed" or line.index in line.asm.signed_by_position)
            and (split := one_line.signers_side_by_side(line.unit)) is not None):
        return line.split(split)
    return None


def signing_line(line: Line) -> int | None:
    """A line the table calls signed, one found signing by where it stands, or one with a
    signature's mark."""
    above = line.asm.pieces[line.index - 1] if line.index else None
    if (not line.closing and above is not None and above.kind == "line"
            and hands_initials_under_its_note(line.text, above.unit.plain)):
        # (over the text, the hand's initials under its note: nobody signs the document; under
        # the text the mark may be the signer's, his name typed under it)
        return None
    if (line.role == "signed" or line.index in line.asm.signed_by_position
            or marked_signing(line.text, line.closing)):
        return line.signs()
    return None


# A person's name of two to four words, capitalised, an initial among them (`Zhang Aiping`,
# `A. I. Alekseyev`).
_PERSON = LazyPattern(r"(?:[A-Z][a-z’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'-]+|[A-Z]\.)){1,3}")
_LISTED_SEPARATOR = LazyPattern(r",\s*(?:and\s+)?|\s+and\s+")


def signers_listed(line: Line) -> int | None:
    """`Zhang Aiping, Liu Xiyao, Cheng Jun, Zhang Zhenhuan, Zhang Yunyu` under a report, over
    its date or ending it: those who report together, one signing line. Under a list's
    heading, or with anything but names on it, no signature."""
    pieces = line.asm.pieces
    if not (line.closing and line.role in ("text", "signed") and line.index
            and pieces[line.index - 1].kind == "prose"
            and line.zone not in line.asm.signed_zones):
        return None
    names = [(name or "").strip() for name in _LISTED_SEPARATOR.split(line.text.rstrip("."))]
    if len(names) < 2 or not all(_PERSON.fullmatch(name) for name in names):
        return None
    if line.following is not None:
        below = line.below().text  # (`10 May 1965 at 2300 hours`)
        if not date_only(below, line.asm.tests.date_span(below)):
            return None
    return line.signs()


def date_then_signer(line: Line) -> int | None:
    """The date, then who signed (a name in capitals, or one the translator identified); not
    the place the text names after `in` (`12.IX.1951 Moscow`, the text `arrived in Moscow`)."""
    span = line.span
    # (one word after the date asked first: the text's places are gathered only then)
    if span is not None and " " not in (after := line.unit.text[span[1]:].strip(" ,.")) \
            and after[:1].isupper() and after in line.asm.places_in_text:
        return None
    if line.closing and span is not None and one_line.signs_after_date(line.unit, span) and (
            line.role in ("dateline", "signed") or line.asm.dated_name(line.index)
            or (line.role == "text" and "[" in line.unit.text[span[1]:])):
        return line.split(one_line.date_and_signer(line.unit, span))
    return None


def relayed_sign_off(line: Line) -> int | None:
    """`Kim Il Sung 29.6.51”`: a relayed message's sign-off, its date in figures and the
    quotation closing on it, one signature; so is its signer's name alone, the quotation
    closing on it (`FILIPPOV [Stalin]”.`)."""
    if line.closing and line.span is not None and closes_relayed(line.unit.text, line.span):
        return line.signs()
    if (line.closing and line.role in ("text", "signed")
            and _CLOSES_QUOTATION.search(line.text) is not None and _opened_above(line.text)
            and is_signer_line(line.text)):
        return line.signs()
    return None


def _opened_above(text: str) -> bool:
    """Whether the quotation the line closes was opened above it (not a name quoted on the
    line: `Informal Collaborator "Albert"`)."""
    return "“" not in text and "«" not in text and text.count('"') < 2


# The quotation's closing mark ending the line, a full stop before or after it.
_CLOSES_QUOTATION = LazyPattern(r"[^\W\d_\]]\]?\.?[”\"»]\.?$")


def signer_then_date(line: Line) -> int | None:
    """`PONOMAREV 26 September 1956`."""
    if line.closing and line.span is not None and line.role in ("dateline", "signed", "text"):
        split = one_line.signer_and_date(line.unit, line.span)
        if split is not None:
            return line.split(split)
    return None


def notes_heading(line: Line) -> int | None:
    """`Endnotes`, `Translator's Notes` over the notes at the text's end: a line of the closer,
    no one's signature; `Note` too, over the one note."""
    if not line.closing:
        return None
    if NOTES_HEADING.match(line.text) or (
            _NOTE_HEADING.fullmatch(line.text.strip()) is not None
            and line.index + 1 < len(line.asm.pieces)
            and line.asm.pieces[line.index + 1].kind == "note"):
        return line.one(Role.LINE)
    return None


def remark_on_the_record(line: Line) -> int | None:
    """`(Not reviewed by the Premier)`, `(Not yet proofread)` under a record of talks: the
    record's state, a line of the closer, nobody's signature."""
    return line.one(Role.LINE) if line.closing and _RECORD_STATE.match(line.text) else None


_RECORD_STATE = LazyPattern(r"(?i)^\s*\(\s*(?:not\s+(?:yet\s+)?(?:been\s+)?(?:reviewed|proofread|"
                            r"approved|checked|revised|verified)|(?:the\s+)?(?:premier|chairman|"
                            r"minister)\s+has\s+(?:yet|not))\b[^()]*\)\.?\s*$")
_NOTE_HEADING = LazyPattern(r"(?i)(?:(?:translator|editor)['’]?s\s+)?note\W*")


# A note the writer adds under the signature, labelled: `Note: the original is handwritten.`,
# `N.B. The figures are provisional.` (a sentence after the label, not a form's `Note`).
_LABELLED_NOTE = LazyPattern(r"^(?:Note|NOTE|N\.\s?B\.?|NB)\s*[:.]\s+\S.{8,}")


def note_under_the_signature(line: Line) -> int | None:
    """`Note: the original is handwritten.` under the signature: a paragraph of the postscript,
    as `P.S.` opens one (it was loose text of the closer, `Note` read as a form's name)."""
    if (line.closing and line.zone in line.asm.signed_zones
            and _LABELLED_NOTE.match(line.text) and line.text.rstrip()[-1:] in ".!?)"):
        line.asm.in_postscript = True
        line.asm.add("postscript", "paragraph", line.unit)
        return line.index + 1
    return None


def last_sentences(line: Line) -> int | None:
    """`Confirm receipt.` / `Telegraph the fulfillment.` before the signature: the text's last
    sentences, each a line too short to be told a paragraph by its length; `Concerning` where
    the export stopped: the first word of the next paragraph."""
    asm = line.asm
    if line.closing and line.role == "text" and asm.text_goes_on() and (
            is_short_sentence(line.text) or han_sentence(line.text)
            or (line.index + 1 == len(asm.pieces) and cut_off_opening(line.text))):
        asm.add("main", "paragraph", line.unit)
        return line.index + 1
    return None
