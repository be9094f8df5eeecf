"""A Chinese document's number with its year in the brackets the original prints."""

from __future__ import annotations

import pytest
from tei_text import converted_text, texts


@pytest.mark.parametrize("number", ["Zhongfa [1965] No. 311", "Zhongfa [60] No. 1107",
                                    "Zhongfa [1960] 685"])
def test_the_year_in_its_brackets_is_the_numbers_own(number: str) -> None:
    """`Zhongfa [1965] No. 311` on its line: one number, the year's brackets its own (the year
    was supplied, or an unclassified bracket, and the number began at `No.`)."""
    root = converted_text(f"To be returned after reading\n\n{number}\n\nThe Central Committee "
                          "agrees with the report of the Ministry and asks the Party committees "
                          "to carry it out.\n", "May 28, 1965")
    assert texts(root, "//t:idno[@type='document']") == [number]
    assert texts(root, "//t:supplied | //t:seg[@type='unclassified-bracket']") == []


def test_a_year_supplied_in_a_sentence_stays_supplied() -> None:
    root = converted_text("In the summer [1965] No. 3 Division moved north to the border and "
                          "took up its positions there.\n", "May 28, 1965")
    assert texts(root, "//t:supplied") == ["1965"]
    assert texts(root, "//t:idno") == []
