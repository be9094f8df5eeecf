"""XPath text read outside its string literals, with the depth of brackets around it."""

from __future__ import annotations

from teikit.validate.xpath_text import unquoted


def _top(text: str) -> str:
    return "".join(char for _, char, depth in unquoted(text) if depth == 0)


def test_literals_are_skipped_and_nesting_counted() -> None:
    assert _top("a[@n = '|]'] | b[(c)]") == "a[] | b[]"
    assert _top('x[contains(., "[")]/y') == "x[]/y"


def test_a_bracket_is_at_the_depth_of_what_holds_it() -> None:
    depths = {index: depth for index, _, depth in unquoted("a[b[c]]")}
    assert [depths[i] for i in (1, 3, 5, 6)] == [0, 1, 1, 0]
