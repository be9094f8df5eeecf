"""`Name [?]`: the name the translator doubts is the name's words, not the office's before it."""

from __future__ import annotations

import pytest
from tei_text import converted_text, texts


@pytest.mark.parametrize(("office", "name"), [
    ("Permanent Secretary of the Ministry of Commerce", "Kandiah"),
    ("the Minister of Planning", "Bakhit"),
    ("the Vice-Minister of Fisheries", "Pak Song Chol"),
])
def test_the_portfolio_before_a_doubted_name_is_no_part_of_it(office: str, name: str) -> None:
    root = converted_text(f"Present were the Ambassador and {office} {name} [?], and others "
                          "from the ministries concerned.\n", "May 5, 1959")
    assert texts(root, "//t:text//*[@cert='low']") == [name]


def test_a_name_in_capitals_ending_on_a_syllable_of_one_letter_is_doubted_whole() -> None:
    """`PAK IL U [?]`: the last syllable alone was doubted, the name's capitals read as a
    heading's before it."""
    root = converted_text("Comrade GAO GANG and the Korean representative PAK IL U [?] will "
                          "hand over the detailed list.\n", "November 16, 1950")
    assert texts(root, "//t:text//*[@cert='low']") == ["PAK IL U"]
