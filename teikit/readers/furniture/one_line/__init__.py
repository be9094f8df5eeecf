"""Two furniture items printed on one line, as typed forms and two-column pages set them: an
address and its marking, a cable's number and its signer, a date and the signer, a date and the
classification, the sending and the receipt. Each test gives the two parts with their roles, or
None; the assembler asks them where the line's role allows.
"""

from __future__ import annotations

from teikit.readers.furniture.one_line.markings import (
    address_and_marking,
    column_and_marking,
    date_and_marking,
    description_and_marking,
    filed_number,
    line_and_marking,
    line_and_precedence,
    line_marking_and_copy,
    marking_and_copy,
    marking_and_date,
    marking_and_rest,
    marking_and_title,
    marking_copy_and_rest,
    number_and_marking,
    number_marking_and_precedence,
)
from teikit.readers.furniture.one_line.numbers import (
    PLACE_BEFORE_DATE,
    dashed_number_and_signer,
    date_and_number,
    labelled_columns,
    line_then_copy,
    line_then_number,
    number_and_copy,
    number_and_date,
    number_and_named_copy,
    number_and_signer,
    number_route_and_date,
    number_signer_and_date,
    route_date_and_number,
    two_numbers,
)
from teikit.readers.furniture.one_line.parts import (
    Part,
    Split,
    without_brackets,
)
from teikit.readers.furniture.one_line.signers import (
    copies_and_signer,
    date_and_salute,
    date_and_signer,
    mark_after_date,
    name_after_date,
    sending_and_receipt,
    signer_and_date,
    signers_side_by_side,
    signs_after_date,
)
from teikit.readers.furniture.one_line.then_list import (
    date_then_list,
    number_then_list,
    sentence_then_list,
)

__all__ = [
    "PLACE_BEFORE_DATE",
    "Part",
    "Split",
    "address_and_marking",
    "column_and_marking",
    "copies_and_signer",
    "dashed_number_and_signer",
    "date_and_marking",
    "date_and_number",
    "date_and_salute",
    "date_and_signer",
    "date_then_list",
    "description_and_marking",
    "filed_number",
    "labelled_columns",
    "line_and_marking",
    "line_and_precedence",
    "line_marking_and_copy",
    "line_then_copy",
    "line_then_number",
    "mark_after_date",
    "marking_and_copy",
    "marking_and_date",
    "marking_and_rest",
    "marking_and_title",
    "marking_copy_and_rest",
    "name_after_date",
    "number_and_copy",
    "number_and_date",
    "number_and_marking",
    "number_and_named_copy",
    "number_and_signer",
    "number_marking_and_precedence",
    "number_route_and_date",
    "number_signer_and_date",
    "number_then_list",
    "route_date_and_number",
    "sending_and_receipt",
    "sentence_then_list",
    "signer_and_date",
    "signers_side_by_side",
    "signs_after_date",
    "two_numbers",
    "without_brackets",
]
