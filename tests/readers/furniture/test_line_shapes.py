"""The line shapes the furniture rules ask about, each on lines of the kind the archive
prints (from the development documents and the batches read since)."""

from __future__ import annotations

import pytest

from teikit.model import Role
from teikit.readers.blocks import iter_blocks
from teikit.readers.furniture.line_shapes import (
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
from teikit.readers.joining import make_units
from teikit.readers.line_tests import LineTests
from teikit.readers.units import Unit


def _unit(text: str) -> Unit:
    (only,) = make_units(iter_blocks(text))
    return only


@pytest.fixture(scope="module")
def tests() -> LineTests:
    return LineTests()


@pytest.mark.parametrize(("text", "role"), [
    ("CIPHERED TELEGRAM NO. 8600", Role.FORM),
    ("Ciphered Telegram", Role.FORM),
    ("Note:", Role.LINE),
    ("Received at 13:55", Role.DOCKET),
    ("Top Priority", Role.PRECEDENCE),
    ("To Comrade Stalin:", Role.SALUTE),
])
def test_a_line_no_rule_claims_keeps_what_its_text_is(text: str, role: Role) -> None:
    assert text_role(text) is role


@pytest.mark.parametrize(("text", "dated"), [
    ("6 October 1951", True),
    ("2:00 A.M., 6 October 1951", True),
    ("6 October 1951 at the embassy", False),
    ("Pyongyang, 6 October 1951", False),
])
def test_a_dated_line_holds_its_date_alone_or_an_hour_before_it(
        tests: LineTests, text: str, dated: bool) -> None:
    assert dated_line(_unit(text), tests) is dated


def test_the_translators_reading_of_a_date_is_a_date_in_brackets(tests: LineTests) -> None:
    assert bracketed_date("[19 March 1974]", tests)
    assert not bracketed_date("[19 March 1974, evening session]", tests)
    assert not bracketed_date("19 March 1974", tests)


def test_from_and_a_date_dates_an_extract_but_not_a_period(tests: LineTests) -> None:
    assert dated_from(_unit("from 29.V.1980"), tests)
    assert not dated_from(_unit("From 30 October to 14 November 1956"), tests)


def test_the_hour_over_its_day_is_a_docket_or_a_dateline() -> None:
    assert hour_over_day_role("Received at 0450,") is Role.DOCKET
    assert hour_over_day_role("Sent at 0850,") is Role.DATELINE
    assert hour_over_day_role("Received at 0450") is None  # (the day is on its line)


def test_a_code_with_figures_and_no_space_is_a_registrys() -> None:
    assert registry_code("648-VK")
    assert not registry_code("Comrade Malenkov")
    assert not registry_code("Nº 648")


def test_signatures_on_one_line() -> None:
    assert office_dash_name("Head of the East Turkestan Government - ALIHAN TORE [SHAKIRJAN]")
    assert not office_dash_name("Head of the East Turkestan Government - Alihan Tore")
    assert framed_signature("– Monori – 423 –")
    assert not framed_signature("– 423 –")


def test_a_hands_note_signed_is_a_signature_unless_it_reports() -> None:
    assert marked_signing("V. Molotov [signature]", closing=True)
    assert marked_signing("[Handwritten: V. Molotov [signature]]", closing=True)
    report = ("[Handwritten text: “Two copies were sent to Cde. O.A. Troyanovsky (Council of "
              "Ministers). /Signature/ 3 March 1959”]")
    assert not marked_signing(report, closing=True)
    # (what the hand says before its signature need not end on a full stop)
    assert not marked_signing("[handwritten: to the archives: The issue has been settled Sector "
                              "chief [[illegible signature]] 28 April 1955]", closing=True)
    assert not marked_signing("[handwritten: to Cdes. Molotov [illegible signature]]",
                              closing=False)


def test_a_number_written_in_by_hand_is_a_number_in_brackets() -> None:
    assert numbered_in_brackets("Nº [handwritten: 328/ag] [signature]")
    assert not numbered_in_brackets("Nº 328/ag [signature]")
