"""Word's field codes: the address a `HYPERLINK` field links to."""

from __future__ import annotations

import pytest

from teikit.readers.docx_fields import hyperlink_target, pointer


@pytest.mark.parametrize(("code", "target"), [
    (' HYPERLINK "https://a.example/x y" ', "https://a.example/x y"),
    (" HYPERLINK https://a.example/ \\n ", "https://a.example/"),
    (' HYPERLINK \\o "tip" "https://a.example/" ', "https://a.example/"),
    (' HYPERLINK \\l "_Toc1" ', None),
    (" PAGE ", None),
    ("", None),
])
def test_the_address_of_a_hyperlink_fields_code(code: str, target: str | None) -> None:
    assert hyperlink_target(code) == target


def test_white_space_in_an_address_is_percent_encoded() -> None:
    assert pointer(" https://a.example/x y\tz ") == "https://a.example/x%20y%09z"
