"""A doubted reading is printed in the diplomatic view as the source printed it: the question
mark inside the bracket (`[Stalin?]`) or in a bracket of its own after it (`[Sunan][?]`),
also where the reading is the second member of a choice (`Filippov [Stalin?]`)."""

from __future__ import annotations

from typing import Any

import pytest

from teikit.convert import convert_text
from teikit.render import render_tree

META = {"title": "Test", "date_text": "May 14, 1950", "original_language": "Russian"}
PARAGRAPH = "It was reported that {} said so, and the matter was closed."


@pytest.mark.parametrize("printed", [
    "Comrade Filippov [Stalin?]",
    "Pak Heon-yeong [Pak Hon Yong][?]",
    "the commander of [Sunan][?] airfield",
    "the [railway][?] bridge",
    "the liberation of Beiping [Beijing] [?] and",
    "Comrade Filippov [Stalin]",
    # (a doubted word and a tentative reading: `unclear`, its marks shown as printed; the
    # diplomatic view printed the words alone)
    "the army [?]",
    "the [illegible: Kim?]",
    "the [illegible, possibly Chen]",
])
def test_the_diplomatic_view_prints_the_doubt_where_the_source_did(printed: str,
                                                                    views: Any) -> None:
    tree = convert_text(PARAGRAPH.format(printed), overrides=META).tree
    page = render_tree(tree)
    assert PARAGRAPH.format(printed) in views.text(page, "diplomatic")
    reading = views.text(page, "reading")
    assert "?" not in reading.split("It was reported")[1].split("closed")[0]
