"""A number, a date or a sentence printed on the line that opens a list (of addressees or
copies).
"""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.readers.furniture.lists import one_line_list
from teikit.readers.furniture.one_line.parts import SIGNED_NUMBER
from teikit.readers.lines import split_at
from teikit.readers.units import LB, Unit


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

_NUMBER_THEN_LIST = LazyPattern(r"^(?:No\.|Nº|N°|№|#)" + SIGNED_NUMBER + r"\s+(?P<list>\S)")
