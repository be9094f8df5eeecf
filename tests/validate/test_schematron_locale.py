"""The house rules read the same whatever the process's locale: another library of the process
(saxonche does) may set LC_COLLATE to a UTF-8 locale, which elementpath would otherwise take as
the collation of every comparison (a verdict depending on the locale; a lock taken for each
comparison, held forever in a process forked while a comparison failed)."""

from __future__ import annotations

import locale
from collections.abc import Iterator
from pathlib import Path

import pytest
from elementpath.collations import UNICODE_CODEPOINT_COLLATION

from teikit.validate import validate_file
from teikit.validate.catalog import HOUSE_SCH
from teikit.validate.schematron import load_schematron

EDITION = Path(__file__).resolve().parents[2] / "editions" / "razuvayev-1951-09-10" / "edition.xml"


@pytest.fixture
def utf8_collation() -> Iterator[str]:
    before = locale.setlocale(locale.LC_COLLATE)
    for name in ("C.UTF-8", "C.utf8", "en_US.UTF-8"):
        try:
            locale.setlocale(locale.LC_COLLATE, name)
        except locale.Error:
            continue
        try:
            yield name
        finally:
            locale.setlocale(locale.LC_COLLATE, before)
        return
    pytest.skip("no UTF-8 locale on this machine")  # Debian always has C.UTF-8


def test_the_default_collation_is_code_points_in_a_utf8_locale(utf8_collation: str) -> None:
    schema = load_schematron(HOUSE_SCH)
    assert schema.parser.default_collation == UNICODE_CODEPOINT_COLLATION


def test_the_seed_edition_is_valid_in_a_utf8_locale(utf8_collation: str) -> None:
    report = validate_file(EDITION, schemas=[HOUSE_SCH], use_xml_model=False)
    assert report.checked and report.valid and report.messages == []
