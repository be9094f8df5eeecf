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
