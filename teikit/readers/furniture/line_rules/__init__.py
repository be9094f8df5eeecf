"""The furniture rules: what a line of the opening or closing furniture becomes, with the
lines it takes with it. Each rule is small and named; `RULES` runs them in order, and the first
that claims the line places it and says where placing goes on. A line no rule claims keeps the
role the table gave it (`fallback`).

The order is the rules' precedence: a valediction is joined to its name before the name is
read as a signature, a number split from the marking on its line before the line is read as a
number, the date's joins (with a place, an hour, the translator's reading) before a date alone.
"""

from __future__ import annotations

from teikit.model import Role
from teikit.readers.furniture.line_patterns import SALUTATION_OPENING
from teikit.readers.furniture.line_rules.dates import (
    date_alone_over_the_text,
    date_over_its_reading,
    date_over_place,
    date_over_place_and_hour,
    date_then_list,
    date_then_receipt,
    date_under_its_place,
    date_under_where_from,
    date_with_more,
    date_with_the_years_motto,
    dated_by_local_time,
    dated_from_record,
    days_held_in_registry,
    dispatched_dateline,
    first_date_under_text,
    from_place_dated,
    hour_over_day,
    hour_under_date,
    place_and_date_under_the_text,
    place_over_date,
    sent_at,
    signal_sent,
    solar_hijri_date_over_its_reading,
    time_and_place,
)
from teikit.readers.furniture.line_rules.hands import hands_note_and_its_day
from teikit.readers.furniture.line_rules.line import Line, Rule
from teikit.readers.furniture.line_rules.numbers import (
    answered_number,
    archive_reference,
    blank_number_field,
    copies_and_their_day,
    count_and_this_copy,
    date_over_number,
    file_number,
    labelled_number,
    letterhead_contact,
    line_and_copy,
    line_and_number,
    marking_and_its_condition,
    marking_wrapped,
    named_number,
    number_in_brackets,
    number_then_list,
    number_with_signer_or_date,
    paper_title,
    receipt,
    registry_number,
    registry_with_its_day,
    seal_place,
    sentence_then_list,
    several_on_one_line,
    stamp_and_copy,
    stamp_label,
    wrapped_caveat,
)
from teikit.readers.furniture.line_rules.signatures import (
    addressee_of_the_note,
    addressee_under_the_signature,
    copies_beside_the_signature,
    dashed_number_and_signer,
    date_then_mark,
    date_then_signer,
    handwritten_signature_or_date,
    last_sentences,
    name_under_the_copies,
    note_under_the_signature,
    notes_heading,
    office_and_holder_on_one_line,
    office_dash_or_framed_name,
    office_over_signature,
    office_over_the_date,
    recorder_under_the_label,
    relayed_sign_off,
    remark_on_the_record,
    signer_then_date,
    signers_in_columns,
    signers_listed,
    signing_line,
    state_motto,
    unnamed_secretary,
    unnamed_signing_block,
    valediction_and_name,
    years_motto,
)
from teikit.readers.furniture.line_rules.stamps import stamp_over_its_lines
from teikit.readers.furniture.line_shapes import (
    ADDRESS_LINES,
    SCORED_ROLES,
    precedence_alone,
    text_role,
)
from teikit.readers.furniture.placement import Placing, join_lines
from teikit.readers.lines import unemphasised


def fallback(line: Line) -> int:
    """The table's role, or what the line's text still is (`text_role`). `[to] WARSAW, PRAGUE,
    BERLIN, SOFIA,` / `BUDAPEST, … and BELGRADE` / `to the SOVIET AMBASSADOR`: an address over
    several lines, one salutation."""
    final = SCORED_ROLES.get(line.role) or text_role(line.text)
    if final is Role.CLASSIFICATION and precedence_alone(line.plain):
        final = Role.PRECEDENCE  # (`Special Urgent`: how urgent, whatever `Special` says)
    pieces, unit, end = line.asm.pieces, line.unit, line.index + 1
    if final is Role.SALUTE and _addressee_over_salutation(line):
        final = Role.LINE
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


# How far below the addressee the letter's salutation may stand: the address, the place and
# date, a reference and a subject come between (`Mr. Zhong SHITONG,` / `President` / … / `Dear
# President Zhong,`).
_SALUTATION_BELOW = 12


def _addressee_over_salutation(line: Line) -> bool:
    """`Monsieur Samaranch,` / … / `Dear sir,`: a name addressed over the salutation proper
    below it, in the same zone, is the letter's addressee, not a second salutation."""
    if SALUTATION_OPENING.match(line.unit.plain):
        return False
    pieces = line.asm.pieces
    for below in pieces[line.index + 1 : line.index + 1 + _SALUTATION_BELOW]:
        if below.zone != line.piece.zone:
            return False
        if below.kind == "line" and SALUTATION_OPENING.match(below.unit.plain):
            return True
    return False


RULES: tuple[Rule, ...] = (
    hands_note_and_its_day,
    registry_with_its_day,
    seal_place,
    stamp_over_its_lines,
    notes_heading,
    remark_on_the_record,
    letterhead_contact,
    paper_title,
    answered_number,
    blank_number_field,
    valediction_and_name,
    wrapped_caveat,
    marking_and_its_condition,
    hour_over_day,
    place_over_date,
    date_over_place_and_hour,
    date_over_its_reading,
    solar_hijri_date_over_its_reading,
    time_and_place,
    dated_by_local_time,
    days_held_in_registry,
    file_number,
    count_and_this_copy,
    archive_reference,
    number_then_list,
    sentence_then_list,
    date_then_list,
    several_on_one_line,
    addressee_of_the_note,
    state_motto,
    years_motto,
    unnamed_secretary,
    unnamed_signing_block,
    office_over_signature,
    office_and_holder_on_one_line,
    office_over_the_date,
    dashed_number_and_signer,
    handwritten_signature_or_date,
    office_dash_or_framed_name,
    name_under_the_copies,
    recorder_under_the_label,
    number_in_brackets,
    date_then_mark,
    addressee_under_the_signature,
    copies_beside_the_signature,
    signers_in_columns,
    signers_listed,
    note_under_the_signature,
    signing_line,
    number_with_signer_or_date,
    date_over_number,
    registry_number,
    copies_and_their_day,
    stamp_and_copy,
    stamp_label,
    receipt,
    line_and_copy,
    line_and_number,
    from_place_dated,
    sent_at,
    signal_sent,
    date_then_receipt,
    marking_wrapped,
    date_then_signer,
    relayed_sign_off,
    signer_then_date,
    date_with_the_years_motto,
    dispatched_dateline,
    date_with_more,
    date_over_place,
    date_under_where_from,
    first_date_under_text,
    hour_under_date,
    date_under_its_place,
    dated_from_record,
    labelled_number,
    named_number,
    last_sentences,
    date_alone_over_the_text,
    place_and_date_under_the_text,
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
