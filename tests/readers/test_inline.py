"""Brackets a translator left unbalanced inside a label's bracket (the Puzanov journals'
letterheads): which bracket the last `]` closes, and one warning for the one left open."""

from __future__ import annotations

import pytest
from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text

META = {"title": "Test", "date_text": "May 14, 1950", "original_language": "Russian"}
TEXT = "\n\nI visited the minister today and we talked at length about the plan."


def _opener_and_warnings(head: str) -> tuple[str, list[tuple[int, int]]]:
    result = convert_text(head + TEXT, overrides=META, enrich=False)
    opener = result.tree.getroot().find(f".//{{{TEI_NS}}}opener")
    assert opener is not None
    xml = etree.tostring(opener, encoding="unicode", with_tail=False)
    where = [(d.location.line, d.location.column) for d in result.diagnostics
             if d.code == "unbalanced-bracket" and d.location is not None]
    return xml.replace(f' xmlns="{TEI_NS}"', ""), where


def test_a_doubled_bracket_given_one_mate_leaves_the_label_its_closing_bracket() -> None:
    opener, warnings = _opener_and_warnings(
        "[Handwritten notations:\nto [[illegible name] and\nG. Ye. Samsonov]\nJOURNAL")
    assert ('<add hand="#hand-1" rend="[Handwritten notations: {}]">to [<gap '
            'reason="illegible"><desc>name</desc></gap> and<lb/>\nG. Ye. Samsonov</add>') in opener
    assert warnings == [(2, 4)]  # the doubled bracket's extra `[`, told once


def test_a_bracket_that_closes_a_quotation_opened_before_it_is_not_the_one_closed() -> None:
    opener, warnings = _opener_and_warnings(
        'Nº 169\n[handwritten in the left margin: "DVO [Far East Department"]')
    assert ('<add hand="#hand-1" place="left" rend="[handwritten in the left margin: {}]">'
            "<q>DVO [Far East Department</q></add>") in opener
    assert warnings == [(2, 39)]


@pytest.mark.parametrize("head", [
    # a doubled bracket whole at both ends: the label is the one left open
    "[handwritten: to [[N. P. Varnov?]] and Samsonov",
    # a bracket closed, then one left open: nothing says the label's is the later `]`
    "[Handwritten: to [A] and [B",
])
def test_a_label_left_open_around_well_formed_brackets_stays_text(head: str) -> None:
    opener, warnings = _opener_and_warnings(head)
    assert "<add" not in opener and opener.startswith("<opener>[")
    assert (1, 1) in warnings
